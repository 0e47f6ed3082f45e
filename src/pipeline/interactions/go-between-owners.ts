/**
 * Mend 32 (review F13): stage 07's guard on a go-between told by what it mends ("A bridged the gap / narrowed the
 * differences / ironed out the differences between B and C" → A mediated B and C; model interaction-verbs.ts
 * GO_BETWEEN_WORK_PHRASES, GO_BETWEEN_GAP_PHRASES). Such phrases often have a thing for subject: "A's plan, which bridged
 * the gap between B and C, …", "A's proposal narrowed the differences between B and C" — a plan mediates no one, and
 * the owner named in its possessive is no go-between. The rows of that verb go (the mediations and the meeting of the
 * two sides the phrase gives). Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";

/** First words of the round-32 go-between phrases. */
const MENDING = new Set(["bridging", "bridged", "bridges", "bridge", "narrowing", "narrowed", "narrows", "ironing", "ironed", "irons", "iron", "nursing", "nursed",
  "nurses", "nurse"]);

/**
 * `pairs` without the rows of a mending phrase whose go-between is named only in a possessive ("A's plan bridged …");
 * the same array when none goes.
 *
 * @example withoutOwnedGoBetweens(frame, pairs).length // 0 for "Ana Vidal's proposal narrowed the differences between Chile and Peru at the talks."
 */
export function withoutOwnedGoBetweens<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  const owned = new Set(pairs.filter((p) => p.type === "mediated" && MENDING.has(t[p.from]?.lower ?? "") && possessive(t, p.source.to)).map((p) => p.from));
  if (owned.size === 0) return pairs;
  return withoutWhere(frame, pairs, (_t, p) => owned.has(p.from) && (p.type === "mediated" || p.type === "met"));
}

/** True when the mention ending at `end` is a possessive ("Ana Vidal's", "Ana Vidal ' s"). */
function possessive(t: readonly Token[], end: number): boolean {
  return /^['’]s?$/u.test(t[end]?.text ?? "") || /['’]s$/u.test(t[end - 1]?.text ?? "");
}
