/**
 * Round 34: a go-between named with its acronym in brackets after the talks it served. "The lockout ended after talks
 * between B and C, with the Velm Dockers Federation (VDF) acting as go-between" → the Federation mediated B and C, as
 * it does with no acronym (find-interactions.ts withMediating, which reads the name right before the participle). The
 * sides are the two ends of the last meeting or talks row told before ", with". "with the VDF (a union) acting as
 * go-between" (no name before the bracket) and "with the VDF (VDF) watching" (no go-between's participle) give nothing.
 * Called from calls.ts, the last pass over a sentence's pairs.
 */
import {derivedRow} from "./row-passes.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import type {RowPair} from "./row-passes.ts";
import {BRACKETED_GO_BETWEEN_NOUNS, BRACKETED_GO_BETWEEN_PARTICIPLES} from "../model/interaction-verbs.ts";
import {modalityAt} from "../events/modality.ts";

const PARTICIPLES = new Set(BRACKETED_GO_BETWEEN_PARTICIPLES);
const ROLES = new Set(BRACKETED_GO_BETWEEN_NOUNS);

/**
 * `pairs` with the bracketed go-between's mediation of the talks' two sides added; the same array when there is none (and
 * at once when the sentence has no closing bracket before a participle).
 *
 * @example withBracketedGoBetweens(frame, pairs) // adds "Velm Dockers Federation -mediated-> B" and "… -> C" for "talks between B and C, with the Velm Dockers Federation (VDF) acting as go-between"
 */
export function withBracketedGoBetweens<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let k = 4; k < t.length; k++) {
    if (t[k].text !== ")" || !goBetweenAt(t, k + 1)) continue;
    const open = lastOpenBefore(t, k);
    if (open < 0) continue;
    const mediator = mentionEndingAt(frame, open);
    if (!mediator) continue;
    const w = t[mediator.from - 1]?.lower === "the" ? mediator.from - 2 : mediator.from - 1;
    if (t[w]?.lower !== "with" || t[w - 1]?.text !== ",") continue;
    const sides = sidesBefore(pairs, w);
    if (sides.length < 2 || sides.some((s) => s.index === mediator.index)) continue;
    // Mend 34 (review F12): a meeting only planned or refused ("B may meet C next week, with X (XF) acting as go-between")
    // has had no go-between yet; the mediation row, read at "acting", would be told as done.
    const met = pairs.find((p) => (p.type === "met" || p.type === "negotiated") && p.to <= w && sides.some((s) => s.index === p.source.index) && sides.some((s) => s.index === p.target.index));
    if (met && modalityAt(t as Token[], frame.clauses, met.from, met.to) !== "reported") continue;
    const like = pairs.find((p) => p.to <= w);
    if (!like) continue;
    out ??= pairs.slice();
    for (const side of sides) out.push(derivedRow(like, {source: mediator, target: side, type: "mediated", from: k + 1, to: k + 2}, "with-bracketed-mediating"));
  }
  return out ?? pairs;
}

/** True when the words from `k` on are a go-between's participle: "mediating", "acting as (a) go-between". */
function goBetweenAt(t: readonly Token[], k: number): boolean {
  const w = t[k]?.lower ?? "";
  if (!PARTICIPLES.has(w)) return false;
  // Mend 34 (review F5): "(VDF) mediating between D and E" names its own sides, not the talks told before.
  if (w === "mediating") return t[k + 1]?.lower !== "between" && t[k + 1]?.lower !== "in";
  if (t[k + 1]?.lower !== "as") return false;
  const n = t[k + 2]?.lower === "a" || t[k + 2]?.lower === "an" || t[k + 2]?.lower === "the" ? k + 3 : k + 2;
  // "go-between" comes as three tokens: "go", "-", "between".
  if (t[n]?.lower === "go" && t[n + 1]?.text === "-" && t[n + 2]?.lower === "between") return true;
  return ROLES.has(t[n]?.lower ?? "");
}

/** The "(" of the bracket closed at `close`, a few words before it, or -1. */
function lastOpenBefore(t: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 4; j--) if (t[j].text === "(") return j;
  return -1;
}

/** The mention ending right before token `k`, or null. */
function mentionEndingAt(frame: SentenceFrame, k: number): PlacedMention | null {
  for (const m of frame.mentions) if (m.to === k) return m;
  return null;
}

/** The two ends of the last met or negotiated row told wholly before token `w`, each once. */
function sidesBefore(pairs: readonly RowPair[], w: number): PlacedMention[] {
  let from = -1;
  for (const p of pairs) if ((p.type === "met" || p.type === "negotiated") && p.to <= w && p.target.to <= w && p.source.to <= w && p.from > from) from = p.from;
  const sides: PlacedMention[] = [];
  for (const p of pairs) if (p.from === from && (p.type === "met" || p.type === "negotiated"))
    for (const m of [p.source, p.target]) if (!sides.some((s) => s.index === m.index)) sides.push(m);
  return sides;
}
