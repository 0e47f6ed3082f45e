/**
 * Round 34: a state that hosts a meeting between two sides is their go-between, not a party at the table. "Norway hosted
 * the meeting between the union's Pia Lund and Acme Steel's Omar Saleh" → Norway mediated each (a person hosting still
 * meets them: a held-out gold gives a prime minister "hosting talks between B and C" a meeting with each). The same when the
 * hosting is told as what a state is thanked for: "A thanked Norway for hosting the May 3 meeting in Oslo between B and C"
 * → Norway mediated B and C. Called from calls.ts, the last pass over a sentence's pairs.
 */
import {derivedRow} from "./row-passes.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import type {RowPair} from "./row-passes.ts";
import {phraseHeadAt} from "./together-with.ts";
import {HOSTED_MEETING_NOUNS, HOSTING_VERBS} from "../model/interaction-verbs.ts";

const HOSTING = new Set(HOSTING_VERBS);
const MEETINGS = new Set(HOSTED_MEETING_NOUNS);
/** How many words may stand between the hosting verb and its meeting noun ("the June 12 meeting"), then before "between". */
const NOUN_REACH = 6;

/**
 * `pairs` with a state's hosting of a meeting between two sides read as its mediation of each; the same array when there
 * is none (and at once when the sentence has no hosting verb).
 *
 * @example statesHostingAsMediation(frame, pairs) // "Norway -mediated-> Pia Lund", "… -> Omar Saleh" for "Tom Berg thanked Norway for hosting the meeting between Pia Lund and Omar Saleh."
 */
export function statesHostingAsMediation<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let h = 1; h < t.length; h++) {
    if (!HOSTING.has(t[h].lower)) continue;
    const b = betweenAfter(frame, h);
    if (b < 0) continue;
    const sides = sidesAfter(frame, b);
    if (!sides) continue;
    // The host: the state that hosted ("Norway hosted …"), or the one thanked for hosting ("thanked Norway for hosting").
    const host = hostOf(frame, pairs, h);
    if (!host || sides.includes(host)) continue;
    // Mend 34 (review F16): a hotel, a stadium or a school that "hosted the meeting between B and C" is its venue, no
    // party and no go-between: its met rows go, no row comes in their place.
    if (host.mention.kind === "organization" || host.mention.kind === "place") {
      out = (out ?? pairs).filter((p) => !(p.from === h && p.type === "met" && p.source.index === host.index && sides.some((s) => s.index === p.target.index)));
      continue;
    }
    if (host.mention.kind !== "country") continue;
    // Mend 34 (review F13): a side that is the host's own ("between its envoy B and C", "between Norway's envoy B and C")
    // makes the host a party to the talks, no go-between.
    if (sides.some((side) => ownedByHost(frame, side, host))) continue;
    const like = pairs.find((p) => p.source.index === host.index || p.target.index === host.index);
    if (!like) continue;
    // "Norway hosted the meeting between B and C": the host's own met rows give way.
    out = (out ?? pairs).filter((p) => !(p.from === h && p.type === "met" && p.source.index === host.index));
    for (const side of sides) out.push(derivedRow(like, {source: host, target: side, type: "mediated", from: h, to: h + 1}, "hosted-between"));
  }
  return out ?? pairs;
}

/** The "between" after the hosting verb at `h` and its meeting noun ("hosting last week's meeting in X between"), or -1. */
function betweenAfter(frame: SentenceFrame, h: number): number {
  const t = frame.tokens;
  let noun = -1;
  for (let k = h + 1; k < t.length && k <= h + NOUN_REACH; k++) {
    // Mend 34 (review F9): the meeting is the verb's own object: "hosted B during the talks between C and D" hosts B.
    if (HOSTED_OBJECT_STOPS.has(t[k].lower) || frame.mentions.some((m) => m.from === k)) return -1;
    if (MEETINGS.has(t[k].lower) && !gameNounAt(t, k)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return -1;
  for (let k = noun + 1; k < t.length && k <= noun + NOUN_REACH; k++) {
    if (t[k].lower === "between") return k;
    if (t[k].punct && t[k].text !== ".") return -1;
  }
  return -1;
}

/** The two sides after "between" at `b`: the name right before "and", then the name heading the phrase after it. */
function sidesAfter(frame: SentenceFrame, b: number): PlacedMention[] | null {
  const t = frame.tokens;
  let first: PlacedMention | null = null;
  for (const m of frame.mentions) {
    if (m.from <= b) continue;
    if (t[m.to]?.lower !== "and") {
      if (m.to - b > NOUN_REACH) return null;
      continue;
    }
    first = m;
    break;
  }
  if (!first || first.to - b > NOUN_REACH) return null;
  const second = phraseHeadAt(frame, first.to + 1);
  return second && second.index !== first.index ? [first, second] : null;
}

/** The host of the hosting verb at `h`: the subject of its met rows, or the target thanked right before "for <hosting>". */
function hostOf<P extends RowPair>(frame: SentenceFrame, pairs: P[], h: number): PlacedMention | null {
  for (const p of pairs) if (p.from === h && p.type === "met") return p.source;
  if (frame.tokens[h - 1]?.lower !== "for") return null;
  for (const p of pairs) if (p.type === "thanked" && p.target.to === h - 1) return p.target;
  return null;
}

/** Mend 34 (review F3): sport's words among the meetings: "round" / "encounter" only as "round of talks"; "the second round between B and C" is a game. */
const GAME_MEETING_NOUNS = new Set(["round", "encounter"]);

/** True when the meeting noun at `k` may be a game's ("round", "encounter") and no "of talks / negotiations" follows it. */
function gameNounAt(t: readonly Token[], k: number): boolean {
  if (!GAME_MEETING_NOUNS.has(t[k].lower)) return false;
  return !(t[k + 1]?.lower === "of" && MEETINGS.has(t[k + 2]?.lower ?? "") && !GAME_MEETING_NOUNS.has(t[k + 2].lower));
}

/** Mend 34 (review F9): words that end the hosting verb's object before a meeting noun ("hosted B during / after / at the talks"). */
const HOSTED_OBJECT_STOPS = new Set(["during", "after", "before", "at", "in", "on", "for", "with", "amid", "ahead", "while", "since", "and", "as", "to"]);

/** Mend 34 (review F13): true when "its" or the host's own name with "'s" stands in the few words before `side`. */
function ownedByHost(frame: SentenceFrame, side: PlacedMention, host: PlacedMention): boolean {
  const t = frame.tokens;
  for (let k = side.from - 1; k >= 0 && k >= side.from - 4; k--) {
    const w = t[k].lower;
    if (w === "between" || w === "and") return false;
    if (w === "its") return true;
    if ((w === "'s" || w === "’s" || w === "'" || w === "’") && frame.mentions.some((m) => m.to === k && m.mention.name === host.mention.name)) return true;
  }
  return false;
}
