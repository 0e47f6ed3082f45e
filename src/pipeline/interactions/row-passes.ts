/**
 * What the late passes over a sentence's interaction rows share (calls.ts and the modules it runs: courtesy-visits.ts,
 * pressed-requests.ts, sideless-rows.ts): the fields a pass reads, and the two loops that drop or retype rows while
 * handing the same array back when nothing changes (most sentences), so no copy is made for them.
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import type {InteractionType} from "../types.ts";

/** The fields of a row a late pass reads: its two endpoints, its type and its verb's tokens [from, to). */
export interface RowPair {
  source: PlacedMention;
  target: PlacedMention;
  type: InteractionType;
  from: number;
  to: number;
}

/**
 * `pairs` without the rows `drop` names; the same array when none goes.
 *
 * @example withoutWhere(frame, pairs, () => false) === pairs // true
 */
export function withoutWhere<P extends RowPair>(frame: SentenceFrame, pairs: P[], drop: (t: readonly Token[], p: P) => boolean): P[] {
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const gone = drop(frame.tokens, pairs[k]);
    if (gone && !out) out = pairs.slice(0, k);
    else if (!gone && out) out.push(pairs[k]);
  }
  return out ?? pairs;
}

/**
 * `pairs` with each row `pick` names given the type `type`; the same array when none is.
 *
 * @example retypedWhere(frame, pairs, "met", () => false) === pairs // true
 */
export function retypedWhere<P extends RowPair>(frame: SentenceFrame, pairs: P[], type: InteractionType, pick: (frame: SentenceFrame, p: P) => boolean): P[] {
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const picked = pick(frame, p);
    if (picked && !out) out = pairs.slice(0, k);
    if (out) out.push(picked ? {...p, type} : p);
  }
  return out ?? pairs;
}

/**
 * A row derived from `like` with the fields `change` gives, carrying the rule `rule` where rows name one (the Pair of
 * find-interactions.ts does; a bare RowPair does not): the one way the late passes add a row of their own.
 *
 * @example derivedRow(p, {type: "held", from: h, to: h + 1}, "held-before-release")
 */
export function derivedRow<P extends RowPair>(like: P, change: Partial<RowPair>, rule: string): P {
  const row: P = {...like, ...change};
  if ("rule" in row) (row as {rule: string}).rule = rule;
  return row;
}
