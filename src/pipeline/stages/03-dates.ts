import type {Article, DateMention, Sentence} from "../types.ts";
import {findDateMentions} from "../dates/find.ts";

/**
 * Stage 03: date expressions, resolved against the publication date with a past bias
 * (see `dates/resolve.ts` for the rules). Credits and boilerplate are skipped; sentences
 * without a cheap date cue never reach chrono.
 *
 * @example findDates(article, sentences)
 */
export function findDates(article: Article, sentences: Sentence[]): DateMention[] {
  return findDateMentions(article, sentences);
}
