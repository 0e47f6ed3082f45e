/**
 * Stage 07: a phone call told with its content is that content only (docs/evaluation.md,
 * Interactions; model interaction-calls.ts).
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {CALL_CONTENT_TYPES, CALL_FOLLOWERS, CALL_WORD_REACH, CALLING_VERBS} from "../model/interaction-calls.ts";
import {WEEKDAYS} from "../model/date-cues.ts";
import {PHONE_WORDS} from "../model/interaction-verbs.ts";
import type {InteractionType} from "../types.ts";

const CONTENT = new Set<InteractionType>(CALL_CONTENT_TYPES as InteractionType[]);
const PHONES = new Set(PHONE_WORDS);
const CALLING = new Set(CALLING_VERBS);
const FOLLOWERS = new Set(CALL_FOLLOWERS);
/** Words before which a "to" after the person is a place or a body, not a purpose ("called B to the stand"). */
const TO_THINGS = new Set(["the", "a", "an", "his", "her", "their", "its"]);

interface CallPair {
  source: PlacedMention;
  target: PlacedMention;
  type: InteractionType;
  from: number;
  to: number;
}

/** The actor a mention stands for, as stage 07 compares them (gazetteer name, else name). */
function actorOf(m: PlacedMention): string {
  return (m.mention.gazetteerName ?? m.mention.name).toLowerCase();
}

/** True when a phone word stands in the meeting verb or up to CALL_WORD_REACH tokens after it. */
function isCall(frame: SentenceFrame, p: CallPair): boolean {
  const t = frame.tokens;
  if (CALLING.has(t[p.from].lower)) return true;
  for (let k = p.from; k < t.length && k < p.to + CALL_WORD_REACH; k++) if (PHONES.has(t[k].lower)) return true;
  return false;
}

/**
 * `pairs` without the meetings of a phone call whose two actors also thanked, asked, called on,
 * promised or criticised each other in a later verb joined to it by "and": "A spoke by telephone with B and thanked him
 * for his help" → A thanked B only; "B spoke to A by phone, and A thanked him" → A thanked B only.
 * A meeting in person ("A met B and thanked him") and a call with no such content ("A spoke to B by
 * phone on Monday") stay. The same array when nothing goes.
 *
 * @example withoutCallMeetings(frame, pairs).length // one less for "A spoke by phone with B and thanked him"
 */
export function withoutCallMeetings<P extends CallPair>(frame: SentenceFrame, pairs: P[]): P[] {
  if (pairs.length < 2) return pairs;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const drop = p.type === "met" && isCall(frame, p) && hasContent(frame, pairs, p);
    if (drop && !out) out = pairs.slice(0, k);
    else if (!drop && out) out.push(p);
  }
  return out ?? pairs;
}

/**
 * True when a later pair of the sentence, joined to the call by "and", is a content act between
 * the meeting's two actors, either way ("spoke with B by phone and thanked him"; not "A, who spoke
 * with B by phone, thanked him in a video statement": the thanks are no part of the call).
 */
function hasContent(frame: SentenceFrame, pairs: CallPair[], met: CallPair): boolean {
  const a = actorOf(met.source);
  const b = actorOf(met.target);
  for (const q of pairs) {
    if (!CONTENT.has(q.type) || q.from < met.to || !joinedToCall(frame, met.to, q.from)) continue;
    const s = actorOf(q.source);
    const g = actorOf(q.target);
    if ((s === a && g === b) || (s === b && g === a)) return true;
  }
  return false;
}

/**
 * True when an "and" stands between tokens `from` and `to` ("by phone on Monday, …, and thanked"),
 * or a purpose "to" right before the content verb ("phoned B on Tuesday to thank him").
 */
function joinedToCall(frame: SentenceFrame, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (frame.tokens[k].lower === "and") return true;
  return frame.tokens[to - 1]?.lower === "to";
}

/**
 * True when a calling verb's person (the last target, ending at token `end`) is followed by what
 * keeps it a bare call: the sentence's end or a comma, a time or "by phone" (CALL_FOLLOWERS, a
 * weekday), with no content after it (contentAfter). True for other verbs. False for "called B a
 * traitor", "called B into the squad", "the so-called envoy B" (no call), and "phoned B to thank
 * him" (the content only). The verb stands at token `from`.
 *
 * @example callerObject(frame, verb, 1, 3) // true for "A called B on Tuesday."
 */
export function callerObject(frame: SentenceFrame, verb: {phrase: string}, from: number, end: number): boolean {
  if (!CALLING.has(verb.phrase)) return true;
  const t = frame.tokens;
  // "the so-called envoy B": half of a compound adjective, no call.
  if (t[from - 1]?.text === "-") return false;
  // "called B's mother, C, on Tuesday": past the relative named in apposition (ownTargets keeps C).
  if (/['’]s$/u.test(t[end - 1]?.text ?? "")) {
    let k = end;
    while (k < end + 3 && t[k] && !t[k].punct && /^\p{Ll}/u.test(t[k].text)) k++;
    if (k === end || t[k]?.text !== ",") return false;
    for (k++; k < t.length && t[k].text !== "," && t[k].text !== "."; k++);
    end = k;
  }
  const next = t[end];
  const bare = !next || next.text === "," || next.text === "." || next.text === ";" || FOLLOWERS.has(next.lower) || Object.hasOwn(WEEKDAYS, next.lower);
  return bare && !contentAfter(frame, end);
}

/**
 * True when the call at whose person's end `end` stands goes on with what it said: a purpose "to"
 * before a verb ("called B on Tuesday to thank him") or "and" before a lowercase past verb ("called
 * B on Saturday, the office said, and invited the family"). The content verb makes its own row, if
 * any; the call is no meeting of its own (docs/evaluation.md). "and C thanked D" (a name after
 * "and") is another clause, "and visited C" another act on another person.
 */
function contentAfter(frame: SentenceFrame, end: number): boolean {
  const t = frame.tokens;
  for (let k = end; k < t.length; k++) {
    const w = t[k].lower;
    const after = t[k + 1];
    if (!after || after.punct || /^\p{Lu}/u.test(after.text)) continue;
    if (w === "to" && !TO_THINGS.has(after.lower)) return true;
    // "and visited C at the hospital": another act on another named person, no content of the call.
    if (w === "and" && after.lower.endsWith("ed") && !/^\p{Lu}/u.test(t[k + 2]?.text ?? "")) return true;
  }
  return false;
}
