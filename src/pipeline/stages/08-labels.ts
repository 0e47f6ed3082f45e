import type {Article, Context, LabelMention, Mention, Sentence} from "../types.ts";

/**
 * Stage 08: descriptors an outlet attaches to an actor (appositives, "the militant group Hamas").
 *
 * @example findLabels(article, sentences, mentions, ctx)
 */
export function findLabels(article: Article, sentences: Sentence[], mentions: Mention[], ctx: Context): LabelMention[] {
  void article; void sentences; void mentions; void ctx;
  return [];
}
