/**
 * Stage 07: what a host's guests did, beside the host's meeting with them (model
 * interaction-hosting.ts). Read by verbPairs after a verb's objects are found.
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {InteractionVerb} from "../model/interaction-verbs.ts";
import {APART_WORDS, GATHERING_HOST_VERBS, HOSTED_GUEST_NOUNS, HOSTING_VERBS} from "../model/interaction-hosting.ts";
import type {Pair} from "./find-interactions.ts";

const HOSTING = new Set(HOSTING_VERBS);
const GATHERING = new Set(GATHERING_HOST_VERBS);
const GUESTS = new Set(HOSTED_GUEST_NOUNS);
const APART = new Set(APART_WORDS);

/** How far after the last guest an APART_WORDS word still parts them ("… at his office on separate days"). */
const APART_REACH = 8;

/**
 * "A hosted B and C (at his office)": two or more persons one host received together met each
 * other; pushes B met C (each pair of guests) and returns nothing. Not when the guests are states
 * or teams ("the club hosted Rovers and United": organisations, no persons), nor when the
 * sentence keeps them apart ("hosted B and C separately", "on separate days").
 *
 * @example hostedGuestsMet(frame, verb, from, to, targets, "active-direct", pairs)
 */
export function hostedGuestsMet(frame: SentenceFrame, verb: InteractionVerb, from: number, to: number, targets: PlacedMention[], rule: string, out: Pair[]): void {
  if (rule !== "active-direct" || !GATHERING.has(verb.phrase) || targets.length < 2 || targets.length > 4) return;
  for (const m of targets) if (m.mention.kind !== "person") return;
  const t = frame.tokens;
  const end = targets[targets.length - 1].to;
  for (let k = end; k < t.length && k < end + APART_REACH && frame.clauses[k] === frame.clauses[end - 1]; k++) if (APART.has(t[k].lower)) return;
  for (let i = 0; i < targets.length; i++)
    for (let j = i + 1; j < targets.length; j++)
      if (targets[i].mention.name !== targets[j].mention.name) out.push({source: targets[i], target: targets[j], type: "met", from, to, rule: "active-hosted-guests"});
}

/**
 * "Tirana hosts Karst Front leaders", "criticised Tirana for receiving Karst Front delegations": a capital or
 * country hosting a group's envoys is the group's visit to it (the Karst Front visited Tirana), not a
 * meeting of the host with the group. Pushes those pairs and returns true; false when the host
 * is no place or country, or an object is no group or organisation followed by a noun of its
 * envoys ("Lisbon hosts the Uruguay team", "Malta hosted Latvian negotiators").
 *
 * @example hostedDelegation(frame, verb, from, to, subjects, targets, pairs) // true
 */
export function hostedDelegation(frame: SentenceFrame, verb: InteractionVerb, from: number, to: number, subjects: PlacedMention[], targets: PlacedMention[], out: Pair[]): boolean {
  if (!HOSTING.has(verb.phrase) || subjects.length === 0 || targets.length === 0) return false;
  for (const s of subjects) if (s.mention.kind !== "place" && s.mention.kind !== "country") return false;
  const t = frame.tokens;
  for (const m of targets) {
    const kind = m.mention.kind;
    // "Malta hosted Latvian negotiators": a nationality's unnamed envoys stay a meeting of the host.
    if ((kind !== "group" && kind !== "organization") || !GUESTS.has(t[m.to]?.lower ?? "")) return false;
  }
  for (const m of targets) for (const s of subjects) if (m.mention.name !== s.mention.name) out.push({source: m, target: s, type: "visited", from, to, rule: "active-hosted-delegation"});
  return true;
}
