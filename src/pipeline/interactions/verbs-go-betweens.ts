/**
 * Round 26: checks of the go-between and helper verbs of stage 07 (model interaction-verbs.ts, flags
 * messageCue, shuttle and aidWith): a go-between carries messages between two sides, or goes to and fro
 * between two persons; a helper supplies someone with aid.
 */
import type {PlacedMention} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {GO_BETWEEN_MESSAGE_NOUNS, SUPPLIED_AID_NOUNS} from "../model/interaction-verbs.ts";

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

const AID: ReadonlySet<string> = new Set(SUPPLIED_AID_NOUNS);

/**
 * True when "with" stands at token `end` (right after the object) and a noun of aid within the four words
 * after it, with no punctuation on the way: "supplied B with water tablets", "provided B with two
 * helicopters"; not "provided B with information".
 *
 * @example aidAfter(tokenize("A supplied B with tents."), 3) // true
 */
export function aidAfter(t: readonly Token[], end: number): boolean {
  if (t[end]?.lower !== "with") return false;
  for (let k = end + 1; k < t.length && k <= end + 4; k++) {
    if (t[k].punct && t[k].text !== "-") return false;
    if (AID.has(t[k].lower)) return true;
  }
  return false;
}
