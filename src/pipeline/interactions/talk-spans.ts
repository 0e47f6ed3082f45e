/**
 * Round 32: stage 07's guard on talks told with the two sides as a coordinated subject ("A and B talked for hours", "A
 * and B went through the list of names": model interaction-verbs.ts TALKED_SPANS, WENT_THROUGH_DOCUMENTS). Such a row
 * has no object, so the media and interview guards of an object verb never see it: "The two coaches talked for an hour
 * on the Sports Hour podcast" is a broadcast, no meeting. The row goes when the sentence names a media outlet or tells an
 * interview or a show (model INTERVIEW_WORDS). Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {INTERVIEW_WORDS, TALKS_TRIP_NOT_HELD_WORDS} from "../model/interaction-verbs.ts";

const TALKING = new Set(["talked", "talks", "talking"]);
const GOING = new Set(["went", "go", "goes", "going"]);
const INTERVIEW = new Set(INTERVIEW_WORDS);

/**
 * `pairs` without the "A and B talked for hours" / "went through the list" meetings of a sentence that tells a broadcast
 * (a media mention or an interview word); the same array when none goes.
 *
 * @example withoutBroadcastTalks(frame, pairs).length // 0 for "Tom Hale and Otto Berg talked for hours on the Sports Hour podcast."
 */
export function withoutBroadcastTalks<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  if (!frame.mentions.some((m) => m.mention.kind === "media") && !frame.tokens.some((t, k) => INTERVIEW.has(t.lower) || onAir(frame.tokens, k))) return pairs;
  return withoutWhere(frame, pairs, talkSpanRow);
}

/** Mend 32 (review F10): talk told on air or before the press: "on the radio / on television / on air", "at a press conference", "in a (televised) debate". */
const ON_AIR = new Set(["radio", "television", "tv", "air", "livestream", "stage"]);
const PUBLIC_EVENTS = new Set(["briefing", "debate", "hustings", "rally"]);
function onAir(t: readonly Token[], k: number): boolean {
  const w = t[k].lower;
  if (ON_AIR.has(w)) return t[k - 1]?.lower === "on" || t[k - 2]?.lower === "on";
  if (w === "conference" && t[k - 1]?.lower !== "press" && t[k - 1]?.lower !== "news") return false;
  if (PUBLIC_EVENTS.has(w) || w === "conference") return t.slice(Math.max(0, k - 4), k).some((x) => x.lower === "at" || x.lower === "in" || x.lower === "during");
  return false;
}

/** True for a met row of "talked for <span>" or "went through <document>" (its verb's first two words). */
function talkSpanRow(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met") return false;
  const v = t[p.from]?.lower ?? "";
  const next = t[p.from + 1]?.lower;
  return (TALKING.has(v) && (next === "for" || next === "late" || next === "through")) || (GOING.has(v) && next === "through");
}

const NOT_HELD = new Set(TALKS_TRIP_NOT_HELD_WORDS);
/** Mend 32 (review F4): most tokens looked back from "for talks" for a refusal or an invitation. */
const NOT_HELD_REACH = 10;

/**
 * Mend 32 (review F4): `pairs` without the "… for talks with B" meetings whose clause tells the talks refused, only
 * invited or campaigned for ("refused to go to X for talks with B", "rejected an invitation to X for talks with B"); the
 * same array when none goes.
 *
 * @example withoutUnheldTalks(frame, pairs).length // 0 for "Ana Lee refused to go to Lisbon for talks with Tom Hale."
 */
export function withoutUnheldTalks<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, unheldTalks);
}

/** True for a met row of "for (…) talks" with a word of refusal, invitation or campaign earlier in its clause. */
function unheldTalks(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || t[p.from]?.lower !== "for" || !(t[p.from + 1]?.lower === "talks" || t[p.from + 2]?.lower === "talks")) return false;
  for (let k = p.from - 1; k >= 0 && k >= p.from - NOT_HELD_REACH; k--) {
    if (t[k].punct && t[k].text !== ",") return false;
    if (NOT_HELD.has(t[k].lower)) return true;
  }
  return false;
}

const HAVING = new Set(["has", "had", "have", "having"]);
/** Mend 32 (review F12): words after an appointment that tell it missed or called off. Lowercase. */
const MISSED = new Set(["cancelled", "canceled", "cancel", "cancels", "missed", "misses", "postponed", "skipped", "no-show"]);

/**
 * Mend 32 (review F12): `pairs` without the "A had an appointment with B" meetings that the rest of the sentence tells
 * missed or called off ("… but did not turn up", "… but cancelled it", "… which was postponed"); the same array when none
 * goes.
 *
 * @example withoutMissedAppointments(frame, pairs).length // 0 for "Tom Hale had an appointment with Otto Berg but did not turn up."
 */
export function withoutMissedAppointments<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, missedAppointment);
}

/** True for a met row of "has / had (a …) appointment" with a word of a missed or cancelled meeting after its object. */
function missedAppointment(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || !HAVING.has(t[p.from]?.lower ?? "") || !t.slice(p.from + 1, p.to).some((x) => x.lower === "appointment")) return false;
  for (let k = p.target.to; k < t.length; k++) {
    const w = t[k].lower;
    if (MISSED.has(w)) return true;
    // "did not / never turn up / show up / attend", "failed to turn up"
    if ((w === "turn" || w === "show" || w === "attend" || w === "turned" || w === "showed") && t.slice(Math.max(p.target.to, k - 3), k).some((x) => ["not", "n't", "never", "failed"].includes(x.lower))) return true;
  }
  return false;
}
