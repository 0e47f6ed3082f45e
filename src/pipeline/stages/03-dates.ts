import type {Article, DateMention, Sentence} from "../types.ts";
import {findDateMentions} from "../dates/find.ts";

/**
 * Stage 03: date expressions, resolved against the publication date with a past bias
 * (see `dates/resolve.ts` for the rules). Credits and boilerplate are skipped; sentences
 * without a cheap date cue never reach chrono, and a sentence seen shortly before (wire copy
 * reprinted by several outlets) reuses what was found in it (`dates/sentence-cache.ts`).
 *
 * @example findDates(article, sentences)
 */
export function findDates(article: Article, sentences: Sentence[]): DateMention[] {
  return findDateMentions(article, sentences);
}
