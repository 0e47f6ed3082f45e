import type {Article, DateMention, Sentence} from "../types.ts";

/**
 * Stage 03: date expressions, resolved against the publication date with a past bias.
 *
 * @example findDates(article, sentences)
 */
export function findDates(article: Article, sentences: Sentence[]): DateMention[] {
  void article; void sentences;
  return [];
}
