/**
 * A bare number before a seizure noun used as a modifier and a noun of records or acts ("Police recorded 1,900
 * kidnapping complaints", "foiled 12 abduction attempts") counts the records or acts, not people: no figure. (The
 * seizure noun right after the number would otherwise be read as the count's verb, "some 250 taken hostage".)
 */
import {SEIZURE_NOUNS, SEIZURE_RECORD_NOUNS} from "../model/figure-gate-words.ts";

const SEIZURES = new Set(SEIZURE_NOUNS);
/** The noun of records right after the seizure noun (one blank between). */
const RECORDS_AFTER = new RegExp(String.raw`^[ \t]+(?:${SEIZURE_RECORD_NOUNS.join("|")})\b`, "i");

/**
 * True when `next` (the word after a bare count, lower case, starting at `nextStart`) is a seizure noun followed by
 * a noun of records or acts.
 *
 * @example seizureRecords("recorded 1,900 kidnapping complaints", "kidnapping", 15) // true
 */
export function seizureRecords(text: string, next: string, nextStart: number): boolean {
  if (!SEIZURES.has(next)) return false;
  const end = nextStart + next.length;
  return RECORDS_AFTER.test(text.slice(end, end + 20));
}
