import type {Article, Context, DateMention, InteractionMention, Mention, Sentence} from "../types.ts";

/**
 * Stage 07: who did what to whom between actor mentions.
 *
 * @example findInteractions(article, sentences, dates, mentions, ctx)
 */
export function findInteractions(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): InteractionMention[] {
  void article; void sentences; void dates; void mentions; void ctx;
  return [];
}
