/**
 * Round 26: checks of the go-between and helper verbs of stage 07 (model interaction-verbs.ts, flags
 * messageCue, shuttle and aidWith): a go-between carries messages between two sides, or goes to and fro
 * between two persons; a helper supplies someone with aid.
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {objectsAfter, type MentionGrid} from "./arguments.ts";
import type {Token} from "../events/tokens.ts";
import {GO_BETWEEN_MESSAGE_NOUNS, OFFERED_AID_NOUNS, OFFERED_AID_STOPS, SUPPLIED_AID_NOUNS} from "../model/interaction-verbs.ts";

const MESSAGES = new Set(GO_BETWEEN_MESSAGE_NOUNS);

/**
 * True when a noun of a message stands between the verb ending at token `to` and a "between" at most
 * seven tokens on, with no punctuation on the way: "relayed proposals between B and C", "carried lists
 * of names back and forth between B and C"; not "passed the ball between B and C".
 *
 * @example messageBeforeBetween(tokenize("A relayed proposals between B and C."), 2) // true
 */
export function messageBeforeBetween(t: readonly Token[], to: number): boolean {
  let message = false;
  for (let k = to; k < t.length && k < to + 7; k++) {
    if (t[k].punct && t[k].text !== "-") return false;
    if (t[k].lower === "between") return message;
    if (MESSAGES.has(t[k].lower)) message = true;
  }
  return false;
}

/**
 * The sides of "A shuttled between B and C": two or more, persons, or any actors when the sentence tells
 * talks (`talks`); none otherwise ("the striker shuttled between Ajax and PSV" names clubs, no talks).
 *
 * @example shuttleParties([b, c], false) // [b, c] when B and C are persons
 */
export function shuttleParties(targets: PlacedMention[], talks: boolean): PlacedMention[] {
  if (targets.length < 2) return [];
  if (talks || targets.every((m) => m.mention.kind === "person")) return targets;
  return [];
}

/**
 * Round 27: the index of the "from" of "carried / passed / relayed <messages, proposals …> from B to C", at
 * most seven tokens after the verb's first token `from`, with a noun of a message before it (in the verb's
 * phrase or after it) and no punctuation on the way; -1 otherwise.
 *
 * @example messageFrom(tokenize("A passed messages from B to C."), 1) // 3
 */
function messageFrom(t: readonly Token[], from: number): number {
  let message = false;
  for (let k = from + 1; k < t.length && k < from + 8; k++) {
    if (t[k].punct && t[k].text !== "-") return -1;
    if (t[k].lower === "from") return message ? k : -1;
    if (t[k].lower === "between") return -1;
    if (MESSAGES.has(t[k].lower)) message = true;
  }
  return -1;
}

/**
 * Round 27: the two sides of a go-between's messages carried one way: "A passed messages from B to C", "A
 * relayed proposals from B to C" → A mediated B and C. One party right after "from", one right after the
 * "to" that closes it; not both places ("couriers carried letters from Oslo to Bergen" is the post). Empty
 * when the verb starting at token `from` has no such phrase.
 *
 * @example messageFromToParties(frame, grid, 1) // [Moscow, the Front] for "A passed messages from Moscow to the Front."
 */
export function messageFromToParties(frame: SentenceFrame, grid: MentionGrid, from: number): PlacedMention[] {
  const t = frame.tokens;
  const f = messageFrom(t, from);
  if (f < 0) return [];
  const first = objectsAfter(frame, grid, f + 1, {gap: 1})[0];
  if (!first || t[first.to]?.lower !== "to") return [];
  const second = objectsAfter(frame, grid, first.to + 1, {gap: 1})[0];
  if (!second || second.from > first.to + 2) return [];
  if (first.mention.kind === "place" && second.mention.kind === "place") return [];
  return [first, second];
}

/**
 * True when the verb starting at token `from` (ending at `to`) carries a message "between" two sides or
 * "from" one "to" another (messageBeforeBetween, messageFrom).
 */
export function carriesMessage(t: readonly Token[], from: number, to: number): boolean {
  return messageBeforeBetween(t, to) || messageFrom(t, from) >= 0;
}

const AID: ReadonlySet<string> = new Set(SUPPLIED_AID_NOUNS);

/**
 * True when "with" stands at token `end` (right after the object) and a noun of aid within the four words
 * after it, with no punctuation on the way: "supplied B with water tablets", "provided B with two
 * helicopters"; not "provided B with information".
 *
 * @example aidAfter(tokenize("A supplied B with tents."), 3) // true
 */
export function aidAfter(t: readonly Token[], end: number): boolean {
  return nounAfterWith(t, end, AID, 4, true);
}

/**
 * True when "with" stands at token `end` (right after a verb's object) and one of `nouns` at most `reach` words
 * after it, with no punctuation on the way (a hyphen passes when `hyphen`): "supplied B with water tablets"
 * (aidAfter), "turned to B with a request" (orders.ts pleaWith).
 *
 * @example nounAfterWith(tokenize("A supplied B with tents."), 3, new Set(["tents"]), 4, true) // true
 */
export function nounAfterWith(t: readonly Token[], end: number, nouns: ReadonlySet<string>, reach: number, hyphen: boolean): boolean {
  return t[end]?.lower === "with" && nounWithin(t, end + 1, nouns, reach - 1, hyphen);
}

/**
 * True when one of `nouns` stands from token `start` to `reach` words after it, with no punctuation on the way (a
 * hyphen passes when `hyphen`) and none of `stops` before it.
 *
 * @example nounWithin(tokenize("tents for B"), 0, new Set(["tents"]), 3, true) // true
 */
function nounWithin(t: readonly Token[], start: number, nouns: ReadonlySet<string>, reach: number, hyphen: boolean, stops?: ReadonlySet<string>): boolean {
  for (let k = start; k < t.length && k <= start + reach; k++) {
    if (t[k].punct && !(hyphen && t[k].text === "-")) return false;
    if (nouns.has(t[k].lower)) return true;
    if (stops?.has(t[k].lower)) return false;
  }
  return false;
}

const OFFERED = new Set(OFFERED_AID_NOUNS);
const OFFER_STOPS = new Set(OFFERED_AID_STOPS);

/**
 * Round 28: true when a noun of aid (OFFERED_AID_NOUNS) follows a verb's first object ending at token `end` within
 * five words, with no punctuation and no OFFERED_AID_STOPS word before it: "offered B a survey ship", "offered B
 * two helicopters"; not "offered B his condolences", "offered B a ride to the hospital".
 *
 * @example aidOffered(tokenize("A offered B two helicopters."), 3) // true
 */
export function aidOffered(t: readonly Token[], end: number): boolean {
  return nounWithin(t, end, OFFERED, 5, true, OFFER_STOPS);
}
