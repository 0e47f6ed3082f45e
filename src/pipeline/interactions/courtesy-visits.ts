/**
 * Round 31: stage 07's reading of "called on B" as a visit in person. "A called on B" is a call to act when an act
 * follows ("called on the board to resign" → called_on) but a visit when it names where B was found and no act:
 * "The envoy called on the two rescued climbers at the hospital within hours of their return" → the envoy met each
 * (model interaction-calls.ts CALLING_ON_VERBS, CALLED_ON_VISIT_PLACES). Called from calls.ts, the last pass over
 * a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {retypedWhere, type RowPair} from "./row-passes.ts";
import {CALLED_ON_VISIT_PLACES, CALLED_ON_VISIT_REACH, CALLING_ON_VERBS} from "../model/interaction-calls.ts";
import {VISIT_PLACE_FOLLOWER_WORDS, VISIT_TIME_WORDS, VISIT_TIME_REACH} from "../model/interaction-guards.ts";
import {DETERMINERS} from "../model/argument-words.ts";

const CALLING_ON = new Set(CALLING_ON_VERBS);
const VISIT_PLACES = new Set(CALLED_ON_VISIT_PLACES);
const VISIT_TIME = new Set(VISIT_TIME_WORDS);
const VISIT_PLACE_FOLLOWERS = new Set(VISIT_PLACE_FOLLOWER_WORDS);
const DET = new Set([...DETERMINERS, "his", "her", "their", "its", "our", "my"]);

/**
 * `pairs` with each "called on B at the hospital / at her home / in hospital" row made a meeting: a visit in person,
 * with no act called for in its clause. The same array when nothing changes.
 *
 * @example calledOnVisits(frame, pairs)[0].type // "met" for "Ann Lee called on Tom Dyke at his home on Sunday."
 */
export function calledOnVisits<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return retypedWhere(frame, pairs, "met", calledOnVisit);
}

/** True for a "called on B" row told as a visit (see calledOnVisits). */
function calledOnVisit(frame: SentenceFrame, p: RowPair): boolean {
  return p.type === "called_on" && callingOn(frame, p) && visitPlaceAfter(frame, p.target.to);
}

/** True when the pair's verb is "called / calls / calling on (upon)". */
function callingOn(frame: SentenceFrame, p: RowPair): boolean {
  const t = frame.tokens;
  const next = t[p.from + 1]?.lower;
  return CALLING_ON.has(t[p.from]?.lower ?? "") && (next === "on" || next === "upon");
}

/**
 * True when the object (ending at token `end`, with the rest of a list of names) is followed, past at most a few words of
 * time ("on Sunday", "late on Monday"), by "at/in (the/his/her…) <place of visit>" that is no modifier of another noun
 * ("at the hospital board meeting", "at the hospital's gates"), and no infinitive of an act ("to resign", "to free")
 * stands in the clause: "at the hospital", "in hospital", "at her home". Mend 31 F3: the place must come right after
 * the one called on; a place later in the clause ("called on B for his resignation after patients died at the
 * hospital", "called on B on Monday over the deaths in hospital") tells no visit. A clause ends at punctuation other
 * than a comma.
 */
function visitPlaceAfter(frame: SentenceFrame, end: number): boolean {
  const t = frame.tokens;
  for (let k = end; k < t.length && k < end + CALLED_ON_VISIT_REACH; k++) {
    const w = t[k].lower;
    if (t[k].punct && t[k].text !== ",") break;
    // "… to resign", "… to free the crew": an act called for (not "to the hospital").
    if (w === "to" && k + 1 < t.length && !t[k + 1].punct && !DET.has(t[k + 1].lower) && /^[a-z]/.test(t[k + 1].text)) return false;
  }
  let k = end;
  // "called on Tom Reyes and Lena Ruiz at …": the rest of a list of names.
  while (k < t.length && k < end + CALLED_ON_VISIT_REACH && (t[k].lower === "and" || /^[A-Z]/.test(t[k].text))) k++;
  for (let j = 0; j < VISIT_TIME_REACH && k < t.length && VISIT_TIME.has(t[k].lower); j++) k++;
  if (t[k]?.lower !== "at" && t[k]?.lower !== "in") return false;
  const n = DET.has(t[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  if (!VISIT_PLACES.has(t[n]?.lower ?? "")) return false;
  const after = t[n + 1];
  if (after && /^['’]s?$/u.test(after.text)) return false;
  return !after || after.punct || !/^[a-z]/.test(after.text) || VISIT_PLACE_FOLLOWERS.has(after.lower);
}
