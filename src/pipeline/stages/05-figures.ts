import type {Article, Context, DateMention, Figure, Mention, Sentence} from "../types.ts";

/**
 * Stage 05: counts of people and days, with hedge, category, group, attribution, period.
 *
 * @example findFigures(article, sentences, dates, mentions, ctx)
 */
export function findFigures(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): Figure[] {
  void article; void sentences; void dates; void mentions; void ctx;
  return [];
}
