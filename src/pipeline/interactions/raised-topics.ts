/**
 * Round 32: stage 07's guard on "A raised … with B" read as a meeting (model interaction-verbs.ts, "raised" with its
 * "with" object). A matter brought up with someone is a talk ("The union raised the overtime dispute with the port
 * authority" → the union met the port authority), but money raised, children reared, a thing lifted or a price put up
 * "with" someone is none: "The club raised 2 million euros with a sponsor", "She raised three children with her
 * husband", "He raised a glass with the mayor" (model RAISED_NOT_TOPIC_WORDS, and any figure between the verb and
 * "with"). A named person's case raised with someone stays a plea for that person, a request (the first held-out set
 * reads "A had raised B's case with C" as A asked C): "The federation raised Kofi Mensah's case with the club" → asked.
 * Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {retypedWhere, withoutWhere, type RowPair} from "./row-passes.ts";
import {RAISED_NOT_TOPIC_WORDS, RAISED_WRITTEN_CHANNELS, RAISING_VERBS} from "../model/interaction-verbs.ts";

const RAISING = new Set(RAISING_VERBS);
const NOT_TOPIC = new Set(RAISED_NOT_TOPIC_WORDS);
const WRITTEN = new Set(RAISED_WRITTEN_CHANNELS);
/** Mend 32 (review F7): most tokens after the one raised with in which "by / in (a) <channel in writing>" is read. */
const WRITTEN_REACH = 8;

/**
 * `pairs` without the "raised <money / children / a thing> with B" meetings; the same array when none goes.
 *
 * @example withoutRaisedThings(frame, pairs).length // 0 for "Tom Hale raised 2 million euros with Otto Berg."
 */
export function withoutRaisedThings<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, raisedThing);
}

/**
 * `pairs` with each "raised B's case with C" meeting made a request of C's (asked): the plea of a named person's case.
 * The same array when nothing changes.
 *
 * @example raisedCasesAsked(frame, pairs)[0].type // "asked" for "Oslo raised Ana Souza's case with the Delta Group."
 */
export function raisedCasesAsked<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return retypedWhere(frame, pairs, "asked", raisedNamedCase);
}

/** True for a met row of "raised" with a named person's possessive right after the verb ("raised Ana Souza's case with C"). */
function raisedNamedCase(frame: SentenceFrame, p: RowPair): boolean {
  const t = frame.tokens;
  if (p.type !== "met" || !RAISING.has(t[p.from]?.lower ?? "") || p.to !== p.from + 1) return false;
  const owner = frame.mentions.find((m) => m.from === p.to && m.mention.kind === "person");
  // The possessive is a token of its own ("Souza ' s") or the end of the name's last token ("Souza's").
  return owner !== undefined && owner.to < p.target.from && (/^['’]s?$/u.test(t[owner.to]?.text ?? "") || /['’]s?$/u.test(t[owner.to - 1]?.text ?? ""));
}

/** True for a met row of "raised" whose words up to its object name no matter talked of (see withoutRaisedThings). */
function raisedThing(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || !RAISING.has(t[p.from]?.lower ?? "") || p.to !== p.from + 1) return false;
  for (let k = p.to; k < p.target.from && k < t.length; k++) {
    if (NOT_TOPIC.has(t[k].lower) || /\d/.test(t[k].text) || /^[$€£¥]/u.test(t[k].text)) return true;
  }
  return inWriting(t, p.target.to);
}

/**
 * Mend 32 (review F7): true when "by / in (a / an …) <letter / email / writing>" follows the one raised with (ending at
 * `end`) in its clause: "raised her objections with B by email", "raised concerns with B in a letter" — no meeting.
 */
function inWriting(t: readonly Token[], end: number): boolean {
  for (let k = end; k < t.length && k < end + WRITTEN_REACH; k++) {
    if (t[k].punct && t[k].text !== ",") return false;
    if (!WRITTEN.has(t[k].lower)) continue;
    for (let j = k - 1; j >= end && j >= k - 3; j--) if (t[j].lower === "by" || t[j].lower === "in") return true;
  }
  return false;
}
