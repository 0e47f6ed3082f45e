/**
 * Round 33: captivity told with "keep" in a relative clause about the captive: "Their son, Jonas Eke, whom the Red
 * Hand is still keeping inside the forest, was left out of the exchange" → Red Hand held Jonas Eke (model interaction-verbs.ts
 * lists keeping / keeps / kept as a hold; model interaction-detention.ts KEEPING_*). The verb is loose, so its row stands
 * only in that shape: the captive named before a "whom / who / that" and the holder after it, a place, "somewhere", a
 * captive's noun or the clause's end right after the verb, and no word of care, work or sport in the sentence. "A kept B
 * informed", "kept the channel open" and "whom the hospital is keeping in intensive care" give nothing. Called from
 * calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {hasWordIn, type Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {KEEPING_PERSON_CAPTIVITY_WORDS, KEEPING_CAPTIVE_NEXT, KEEPING_NOT_CAPTIVE_WORDS, KEEPING_RELEASE_WORDS, KEEPING_VERBS} from "../model/interaction-detention.ts";

const KEEPING = new Set(KEEPING_VERBS);
const CAPTIVE_NEXT = new Set(KEEPING_CAPTIVE_NEXT);
const NOT_CAPTIVE = new Set(KEEPING_NOT_CAPTIVE_WORDS);
const RELATIVES = new Set(["whom", "who", "that"]);
const PERSON_CAPTIVITY = new Set(KEEPING_PERSON_CAPTIVITY_WORDS);

/**
 * `pairs` without the held rows of a "keep" verb outside a captive's relative clause; the same array when none goes.
 *
 * @example withoutLooseKeeping(frame, pairs).length // 0 for "The mayor kept Tom Berg informed."
 */
export function withoutLooseKeeping<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  // "B was abducted by A and kept there for a month": the coordinated participle is read by its own rule and stays.
  // "B is among the captives A still keeps" is read by nominal.ts amongCaptives and stays.
  // Mend 33 (review F1): only when the captive is told before the verb: "A thanked B and kept C waiting" keeps no one.
  return withoutWhere(frame, pairs, (t, p) => p.type === "held" && KEEPING.has(t[p.from]?.lower ?? "") && !(t[p.from - 1]?.lower === "and" && p.target.to <= p.from) &&
    (p as {rule?: string}).rule !== "nominal-among-captives" && !keptCaptive(t, p));
}

/**
 * True when the keeping row `p` has the captive before a relative word, the holder after it, and a captive's place after
 * the verb; or tells a captive kept back from a release ("A has kept B back, a negotiator told the paper": keptBack).
 */
function keptCaptive(t: readonly Token[], p: RowPair): boolean {
  if (keptBack(t, p)) return true;
  if (p.target.to > p.source.from || p.source.to > p.from) return false;
  let relative = false;
  for (let k = p.target.to; k < p.source.from; k++) if (RELATIVES.has(t[k].lower)) relative = true;
  if (!relative || !CAPTIVE_NEXT.has(t[p.to]?.lower ?? "")) return false;
  // Mend 33 (review F19): a person keeping someone near is a hold only with a word of captivity in the sentence.
  if (p.source.mention.kind === "person" && !hasWordIn(t, PERSON_CAPTIVITY)) return false;
  return !hasWordIn(t, NOT_CAPTIVE);
}

const RELEASE_TALK = new Set(KEEPING_RELEASE_WORDS);

/**
 * Round 33: a captive kept back from a release, in a sentence of a release or of its negotiators (KEEPING_RELEASE_WORDS):
 * "A has kept B back, a negotiator told the paper" (the object then "back"). "The school kept B back a year", "kept B back
 * after the talks" and "kept B back in defence" have no such word. (", keeping B" after a release is left: its subject is
 * often another name of the sentence.)
 */
function keptBack(t: readonly Token[], p: RowPair): boolean {
  if (p.source.to > p.from || p.target.from < p.to || hasWordIn(t, NOT_CAPTIVE) || !hasWordIn(t, RELEASE_TALK)) return false;
  return t[p.target.to]?.lower === "back";
}
