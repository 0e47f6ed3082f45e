/**
 * A tally of arrests over a span: "Since the protests began, 23 Canadian students have been detained in the capital",
 * "Since January, 40 foreigners have been arrested in the country". The present perfect of the arrest after a
 * fronted "since" counts people detained at some point of the span (arrests, other), not people still held now;
 * foreigners detained are otherwise read as held (category.ts). A "since" after the verb is the start of one
 * detention that goes on ("12 Belgians have been detained in Iran since 2022" are still held): not read.
 * Called from extract.ts after the passes over neighbours.
 */
import type {FigureCategory} from "../types.ts";

/** What detainedTallies reads of an accepted count (extract.ts's Accepted). */
interface TallyCount {
  c: {start: number; groupEnd: number};
  category: FigureCategory;
  rule: string;
}

/** Right after the count's phrase (up to three words of group between): "have/has been detained/arrested". */
const PERFECT_ARREST_AFTER = /^(?:[ \t]+[A-Za-z'’-]+){0,3}[ \t]+(?:have|has)[ \t]+been[ \t]+(?:detained|arrested)\b/i;
/** "since" as a word (a span's start: "since the coup", "since January", "since then"). */
const SINCE = /\bsince\b/i;
/** "Since …," opening the sentence or a clause before the count (the span fronted). */
const FRONTED_SINCE = /(?:^|[,;:][ \t]*)since\b[^;]*$/i;

/**
 * Sets other on a held count whose own verb is "have/has been detained/arrested" after a fronted "since"
 * (PERFECT_ARREST_AFTER, FRONTED_SINCE): a tally of arrests. "are still detained", "remain in custody" and a perfect without
 * "since" are left as they are.
 *
 * @example detainedTallies("Since March, nine Swiss citizens have been detained by the police.", accepted) // the nine become other
 */
export function detainedTallies(text: string, accepted: TallyCount[]): void {
  if (!SINCE.test(text)) return;
  for (const a of accepted) {
    if (a.category !== "hostages_held") continue;
    if (!PERFECT_ARREST_AFTER.test(text.slice(a.c.groupEnd, a.c.groupEnd + 60))) continue;
    if (!FRONTED_SINCE.test(text.slice(0, a.c.start))) continue;
    a.category = "other";
    a.rule += "+arrest-tally";
  }
}
