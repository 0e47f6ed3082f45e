import type {Article, Sentence} from "../types.ts";

/**
 * Stage 02: split an article into sentences with offsets into `article.text`.
 *
 * @example splitSentences(article).map((s) => s.text)
 */
export function splitSentences(article: Article): Sentence[] {
  void article;
  return [];
}
