/**
 * Round 27: stage 07's check of "to see B" as a visit (model interaction-verbs.ts, flag tripSee): "A came to X
 * to see B", "A is due to see B at X" → A met B; "A wanted to see B play" names a sight.
 */
import type {Token} from "../events/tokens.ts";
import {SEEING_TRIP_WORDS, SEEN_OBJECT_ENDS, SHOW_WORDS} from "../model/interaction-verbs.ts";
import {hasWordIn} from "../events/tokens.ts";

const TRIP = new Set(SEEING_TRIP_WORDS);
const ENDS = new Set(SEEN_OBJECT_ENDS);
const SHOWS = new Set(SHOW_WORDS);
/** How far before the "to" the word of a trip or a plan may stand ("came to X on Wednesday afternoon to see B"). */
const TRIP_REACH = 10;

/**
 * True when "see" at token `from` (after "to") is a trip's or a plan's purpose: a SEEING_TRIP_WORDS word at
 * most ten tokens before the "to", with no punctuation but commas on the way, and the one seen (ending at
 * token `objectEnd`) followed by nothing, punctuation or a SEEN_OBJECT_ENDS word.
 *
 * @example seenOnTrip(tokenize("A came to X to see B."), 5, 7) // true
 */
export function seenOnTrip(t: readonly Token[], from: number, objectEnd: number): boolean {
  const next = t[objectEnd];
  if (next && !next.punct && !ENDS.has(next.lower)) return false;
  // A show or a game in the sentence: a sight, not a visit.
  if (hasWordIn(t, SHOWS)) return false;
  for (let k = from - 2; k >= 0 && k >= from - 1 - TRIP_REACH; k--) {
    if (t[k].punct && t[k].text !== ",") return false;
    if (TRIP.has(t[k].lower)) return true;
  }
  return false;
}
