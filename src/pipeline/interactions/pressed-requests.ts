/**
 * Round 31: stage 07's reading of "pressed B <time> to free …" as a request, as "pressed B to free …" is (model
 * interaction-cues.ts PRESSED_REQUEST_VERBS, PRESSED_REQUEST_INFINITIVES): a time phrase between the object and its
 * infinitive does not change what was asked. "The union had pressed Acme Steel since March to release the withheld
 * pay" → the union asked Acme Steel. Round 32: so does a body's leaders pressed in its name ("had pressed Acme Steel's
 * leaders in October to release the pay" → asked Acme Steel). Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {retypedWhere, type RowPair} from "./row-passes.ts";
import {PRESSED_OWNED_GROUP_NOUNS, PRESSED_REQUEST_INFINITIVES, PRESSED_REQUEST_VERBS, PRESSED_TIME_OPENERS, PRESSED_TIME_REACH} from "../model/interaction-cues.ts";
import {PRESSED_TIME_NOUNS, PRESSED_TIME_PREPOSITIONS} from "../model/interaction-guards.ts";

const PRESSED = new Set(PRESSED_REQUEST_VERBS);
const INFINITIVES = new Set(PRESSED_REQUEST_INFINITIVES);
const TIME_OPENERS = new Set(PRESSED_TIME_OPENERS);
const PRESSED_TIME = new Set(PRESSED_TIME_NOUNS);
const OWNED_GROUPS = new Set(PRESSED_OWNED_GROUP_NOUNS);

/**
 * `pairs` with each "pressed B <time phrase> to free / release / help …" call made a request (asked). The same array
 * when nothing changes.
 *
 * @example pressedPastTime(frame, pairs)[0].type // "asked" for "Ann Lee pressed Acme for months to release the pay."
 */
export function pressedPastTime<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return retypedWhere(frame, pairs, "asked", pressedRequest);
}

/** True for a "pressed B <time phrase> to free …" row (see pressedPastTime). */
function pressedRequest(frame: SentenceFrame, p: RowPair): boolean {
  if (p.type !== "called_on" || !PRESSED.has(frame.tokens[p.from]?.lower ?? "") || p.to !== p.from + 1) return false;
  const end = ownedGroupEnd(frame, p.target.to);
  // Round 32: "pressed Acme Steel's leaders to release the pay": the body's people asked in its name.
  if (end > p.target.to && frame.tokens[end]?.lower === "to" && INFINITIVES.has(frame.tokens[end + 1]?.lower ?? "")) return true;
  return requestPastTime(frame, end);
}

/**
 * Round 32: the token after "'s <leaders / leadership / officials …>" right after a possessive object ending at `end`
 * ("Acme Steel's leaders"), else `end` itself.
 */
function ownedGroupEnd(frame: SentenceFrame, end: number): number {
  const t = frame.tokens;
  const owned = /['’]s$/u.test(t[end - 1]?.text ?? "") ? end : /^['’]s?$/u.test(t[end]?.text ?? "") ? end + 1 : -1;
  return owned >= 0 && OWNED_GROUPS.has(t[owned]?.lower ?? "") ? owned + 1 : end;
}

/**
 * True when the object's end `end` is followed by a time phrase (a TIME_OPENERS word, at most PRESSED_TIME_REACH tokens,
 * no punctuation) and then "to" with a request infinitive: "since the spring to free", "for months to release".
 */
function requestPastTime(frame: SentenceFrame, end: number): boolean {
  const t = frame.tokens;
  if (!TIME_OPENERS.has(t[end]?.lower ?? "")) return false;
  // Mend 31 F12: "on / in / over / for" open a time phrase only with a word of time in it ("for months", "on Monday");
  // "pressed B in the final set to free herself" is a rally, "on the issue" a topic.
  let timed = !PRESSED_TIME_PREPOSITIONS.includes(t[end].lower);
  for (let k = end + 1; k < t.length && k <= end + PRESSED_TIME_REACH; k++) {
    if (t[k].punct) return false;
    if (PRESSED_TIME.has(t[k].lower)) timed = true;
    if (t[k].lower === "to") return timed && INFINITIVES.has(t[k + 1]?.lower ?? "");
  }
  return false;
}
