import type {Article, DateMention, Sentence} from "../types.ts";
import {findDateMentions} from "../dates/find.ts";

/**
 * Stage 03: date expressions, resolved against the publication date with a past bias
 * (see `dates/resolve.ts` for the rules). Credits and boilerplate are skipped; sentences
 * without a cheap date cue are not parsed, and the common phrases are parsed without building
 * chrono's objects (`dates/light-chrono.ts`, same results as chrono).
 *
 * @example findDates(article, sentences)
 */
export function findDates(article: Article, sentences: Sentence[]): DateMention[] {
  return findDateMentions(article, sentences);
}
