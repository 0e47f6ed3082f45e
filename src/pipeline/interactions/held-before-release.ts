/**
 * Round 34: a hold told by a participle clause after a release. "The rebels freed nine aid workers, among them nurse Tom
 * Berg, after holding them in a camp for six weeks" → the rebels held Tom Berg as well as released him. The clause's
 * object pronoun stands for the ones just released (a counted list with its named members, which the hold's own frame does
 * not reach); the releaser is the holder. "after holding talks", "after holding a vote" (no pronoun) and a hold by someone
 * else ("after the gang had held them") give nothing. Called from calls.ts, the last pass over a sentence's pairs.
 */
import {derivedRow} from "./row-passes.ts";
import type {SentenceFrame} from "../events/frame.ts";
import type {RowPair} from "./row-passes.ts";
import {RELEASE_HOLD_OPENERS, RELEASE_HOLD_PARTICIPLES} from "../model/interaction-detention.ts";

const OPENERS = new Set(RELEASE_HOLD_OPENERS);
const HOLDING = new Set(RELEASE_HOLD_PARTICIPLES);
const PRONOUNS = new Set(["them", "him", "her"]);
/**
 * Mend 34 (review F6): words after "after holding them" that make the holding no custody: "to a draw", "responsible",
 * "accountable", "in contempt", "in high regard", "back", "up".
 */
const NOT_CUSTODY = new Set(["to", "responsible", "accountable", "liable", "in", "back", "up", "off", "together", "close", "dear"]);
/** Mend 34 (review F6): the places of a custody after "in" ("holding them in a cell / in custody"). */
const CUSTODY_IN = new Set(["custody", "a", "cells", "detention", "jail", "prison", "captivity", "the", "isolation", "solitary"]);

/**
 * `pairs` with a held row beside each released row whose release is followed by "after holding them / him / her"; the same
 * array when none is added.
 *
 * @example withHoldsBeforeRelease(frame, pairs) // adds "Navy -held-> Tom Berg" for "The Navy released 12 sailors, among them Tom Berg, after holding them for 40 days."
 */
export function withHoldsBeforeRelease<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  let out: P[] | null = null;
  for (const p of pairs) {
    if (p.type !== "released") continue;
    const h = holdAfter(frame, Math.max(p.to, p.target.to));
    if (h < 0 || (out ?? pairs).some((q) => q.type === "held" && q.source.index === p.source.index && q.target.index === p.target.index)) continue;
    out ??= pairs.slice();
    out.push(derivedRow(p, {type: "held", from: h, to: h + 1}, "held-before-release"));
  }
  return out ?? pairs;
}

/** The token of "holding" in "after holding them" (or "having held them") within the release's clause after `k`, or -1. */
function holdAfter(frame: SentenceFrame, k: number): number {
  const t = frame.tokens;
  for (let j = k; j + 2 < t.length && j < k + 14; j++) {
    const w = t[j];
    if (w.punct && w.text !== ",") return -1;
    if (OPENERS.has(w.lower) && HOLDING.has(t[j + 1].lower) && PRONOUNS.has(t[j + 2].lower)) return custodyAfter(t, j + 3) ? j + 1 : -1;
  }
  return -1;
}

/** Mend 34 (review F6): false when the words from `k` make the holding no custody ("to a draw", "responsible", "in contempt"). */
function custodyAfter(t: SentenceFrame["tokens"], k: number): boolean {
  const w = t[k]?.lower ?? "";
  if (!NOT_CUSTODY.has(w)) return true;
  if (w !== "in") return false;
  // "in custody / in a cell / in the barracks": custody; "in contempt / in high regard / in check": none.
  return CUSTODY_IN.has(t[k + 1]?.lower ?? "");
}
