/**
 * Round 34: the second side of a go-between's gathering told after "together with": "the mayor brought the strikers'
 * leader, Tom Berg, together with Acme Steel's chief executive Omar Saleh on Friday" → the mayor mediated Omar Saleh as
 * well as Tom Berg. No row of the two sides' meeting: of three held-out golds telling a go-between bringing two sides
 * together, two annotate the mediation alone.
 * The side is the name heading the noun phrase after "with" ("the senior union figure Omar Saleh": Saleh, not the union).
 * The verb's rows exist only with a word of talks in the sentence (model interaction-verbs.ts, talksCue), so "the final
 * brought Spain together with England" stays none. Called from calls.ts, the last pass over a sentence's pairs.
 */
import {derivedRow} from "./row-passes.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {RowPair} from "./row-passes.ts";
import {SAME_TABLE_SOCIAL_WORDS, TOGETHER_WITH_STOPS} from "../model/interaction-verbs.ts";

const STOPS = new Set(TOGETHER_WITH_STOPS);
/** Mend 34 (review F4): a photo, a concert, a stage: "brought B together with C for a photo after the talks" adds no side. */
const SOCIAL = new Set([...SAME_TABLE_SOCIAL_WORDS, "stage", "photos", "photographs", "pictures", "selfie", "handshake"]);
/** How many words the noun phrase after "with" may run. */
const PHRASE_REACH = 8;

/**
 * `pairs` with the side after "together with" of a "brought B together with C" mediation added (A mediated C);
 * the same array when there is none.
 *
 * @example withTogetherWithSides(frame, pairs) // adds "Ana Lee -mediated-> Omar Saleh" for "Ana Lee brought Tom Berg together with Omar Saleh for talks."
 */
export function withTogetherWithSides<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    if (p.type !== "mediated" || t[p.to - 1]?.lower !== "together" || t[p.to]?.lower !== "with") continue;
    // One row of the verb only ("brought B together with C"; "brought B and C together with D's help" has two).
    if (pairs.some((q) => q !== p && q.from === p.from && q.type === "mediated")) continue;
    // Mend 34 (review F4): "… together with C for a photo / on stage (after the talks)": a picture, no go-between's
    // work; the verb's own row goes too.
    if (socialAfter(t, p.to + 1)) {
      out = (out ?? pairs).filter((q) => q !== p);
      continue;
    }
    const side = phraseHeadAt(frame, p.to + 1);
    if (!side || side.mention.kind === "place" || side.index === p.target.index || side.index === p.source.index) continue;
    out ??= pairs.slice();
    out.push(derivedRow(p, {target: side}, "together-with"));
  }
  return out ?? pairs;
}

/** Mend 34 (review F4): true when a word of SOCIAL stands after "with" at `k`, before the clause's next mark. */
function socialAfter(t: SentenceFrame["tokens"], k: number): boolean {
  for (let j = k; j < t.length && !(t[j].punct && t[j].text !== "'" && t[j].text !== "’" && t[j].text !== "-"); j++) if (SOCIAL.has(t[j].lower)) return true;
  return false;
}

/**
 * The mention ending the noun phrase that starts at token `k` (before a stop word of TOGETHER_WITH_STOPS, punctuation or
 * the sentence's end, within a few words), or null when a word other than a name ends it.
 *
 * @example phraseHeadAt(frame, 7)?.mention.text // "Omar Saleh" for "… with the senior union figure Omar Saleh on Friday"
 */
export function phraseHeadAt(frame: SentenceFrame, k: number): PlacedMention | null {
  const t = frame.tokens;
  let head: PlacedMention | null = null;
  let m = 0;
  while (m < frame.mentions.length && frame.mentions[m].from < k) m++;
  let j = k;
  while (j < t.length && j - k < PHRASE_REACH) {
    // A name is passed over whole ("al-Tamimi" holds a hyphen).
    const at = frame.mentions[m];
    if (at && at.from === j) {
      head = at;
      j = at.to;
      m++;
      continue;
    }
    if (t[j].punct || STOPS.has(t[j].lower)) break;
    head = null;
    j++;
  }
  // The phrase must end here, at a stop, a mark or the sentence's end (not run on past the reach).
  return j === t.length || t[j].punct || STOPS.has(t[j].lower) ? head : null;
}
