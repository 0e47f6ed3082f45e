import type {Article, Context, DateMention, EventMention, Mention, Sentence} from "../types.ts";

/**
 * Stage 06: event mentions from a trigger lexicon, with date, actors and place.
 *
 * @example findEvents(article, sentences, dates, mentions, ctx)
 */
export function findEvents(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): EventMention[] {
  void article; void sentences; void dates; void mentions; void ctx;
  return [];
}
