/**
 * Round 34: a second object told like the first, as a described role and its name in commas. "The Guard has held
 * the ferry's skipper, Captain Tom Berg, and its cook, Omar Saleh, at a depot near Velm" → the Guard held Omar Saleh as well as
 * Tom Berg: after the first object's apposition, ", and its / his / her / their / the <role>, C," names a second object
 * of the same verb. "… Captain Tom Berg, and its owners said …" (no name in commas) and "…, and its cook, Omar Saleh, said"
 * (C the subject of a verb of its own, as in "…, C, met him") give nothing. Called from calls.ts, the last pass over a sentence's pairs.
 */
import {derivedRow} from "./row-passes.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import type {RowPair} from "./row-passes.ts";
import {APPOSED_ROLE_DETERMINERS} from "../model/interaction-verbs.ts";

const DETERMINERS = new Set(APPOSED_ROLE_DETERMINERS);
/** Words that may follow the second object's closing comma: "…, and its cook, C, at a base / who …" (not "C, said", "C, met"). */
const FOLLOWERS = new Set(["at", "in", "on", "for", "from", "since", "aboard", "near", "inside", "who", "whom", "both", "and", "as", "until", "after"]);
/** How many words the second role may run ("its chief engineer"). */
const ROLE_REACH = 4;

/**
 * `pairs` with the row of each first object's verb given to an apposed second object as well; the same array when none is.
 *
 * @example withApposedSecondObjects(frame, pairs) // adds "Guard -held-> Omar Saleh" for "The Guard has held the ferry's skipper, Captain Tom Berg, and its cook, Omar Saleh, at a depot."
 */
export function withApposedSecondObjects<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (const p of pairs) {
    const b = p.target;
    if (p.source.from > b.from) continue;
    // The first object is itself an apposition after the verb: "…, Captain B," (a comma before it or before its title).
    if (b.from <= p.to || t[b.to]?.text !== "," || t[b.to + 1]?.lower !== "and" || !DETERMINERS.has(t[b.to + 2]?.lower ?? "") || !apposedAt(t, b)) continue;
    const c = secondObject(frame, t, b.to + 3);
    if (!c || c.index === p.source.index || (out ?? pairs).some((q) => q.type === p.type && q.source.index === p.source.index && q.target.index === c.index)) continue;
    out ??= pairs.slice();
    out.push(derivedRow(p, {target: c}, "apposed-second-object"));
  }
  return out ?? pairs;
}

/** True when a comma stands right before `b` or before its capitalised title words ("…, Captain B"). */
function apposedAt(t: readonly Token[], b: PlacedMention): boolean {
  let k = b.from - 1;
  while (k > 0 && b.from - k <= 3 && !t[k].punct && /^[A-Z]/u.test(t[k].text)) k--;
  return t[k]?.text === ",";
}

/** The person named in commas after a role of a few lowercase words from token `k` ("cook, C," / "chief engineer, C,"), or null. */
function secondObject(frame: SentenceFrame, t: readonly Token[], k: number): PlacedMention | null {
  let j = k;
  while (j < t.length && j - k < ROLE_REACH && !t[j].punct && /^[a-z]/u.test(t[j].text)) j++;
  if (j === k || t[j]?.text !== ",") return null;
  let c: PlacedMention | null = null;
  for (const m of frame.mentions) if (m.from === j + 1) c = m;
  if (!c || c.mention.kind !== "person") return null;
  // Closed by a comma, or by the sentence's end; not the subject of a verb of its own ("…, C, said").
  const after = t[c.to];
  if (after && after.text !== "," && after.text !== ".") return null;
  // After its closing comma, a preposition, a relative or the end: "…, C, met him" makes C a subject of its own.
  const next = after?.text === "," ? t[c.to + 1] : null;
  if (next && !next.punct && /^[a-z]/u.test(next.text) && !FOLLOWERS.has(next.lower)) return null;
  return c;
}
