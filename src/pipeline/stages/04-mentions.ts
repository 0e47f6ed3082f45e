import type {Article, Context, Mention, Sentence} from "../types.ts";

/**
 * Stage 04: actor mentions (gazetteer names, titles, capitalised chunks, roles).
 *
 * @example findMentions(article, sentences, ctx)
 */
export function findMentions(article: Article, sentences: Sentence[], ctx: Context): Mention[] {
  void article; void sentences; void ctx;
  return [];
}
