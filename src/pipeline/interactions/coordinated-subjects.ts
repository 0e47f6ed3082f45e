/**
 * Round 34: a subject does not reach into a later clause that has its own subject. "A appealed on Friday to B to stop
 * the raids, and Amnesty called on C to free the pupils" gives Amnesty the call on C, not A: a row of A's for the second
 * verb goes when that verb's own subject stands right before it after ", and", and A already has a row of its own verb
 * between. "A and Amnesty called on C" (one clause, two subjects) keeps both. Called from calls.ts, the last pass over a
 * sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";

/**
 * `pairs` without the rows that lend a first clause's subject to a later ", and C <verb>" clause's verb; the same array when
 * none goes.
 *
 * @example withoutBorrowedSubjects(frame, pairs) // drops "Tom Berg -called_on-> Delta Front" in "Tom Berg appealed to Omar Saleh to help, and Amnesty called on the Delta Front to free them."
 */
export function withoutBorrowedSubjects<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  if (pairs.length < 3) return pairs;
  return withoutWhere(frame, pairs, (t, p) => {
    // Mend 34 (review F7): nor does a first verb's object list run on into that clause's subject: "A visited X, and C
    // thanked D" gives A no row with C, C being the subject of the verb right after it.
    const c = p.target;
    if (t[c.from - 1]?.lower === "and" && t[c.from - 2]?.text === "," && p.to < c.from - 2
      && pairs.some((q) => q !== p && q.source.index === c.index && q.from === c.to)) return true;
    for (const q of pairs) {
      if (q === p || q.from !== p.from || q.type !== p.type || q.source.index === p.source.index) continue;
      // The verb's own subject: right before it, after ", and".
      const own = q.source;
      if (own.to !== p.from || t[own.from - 1]?.lower !== "and" || t[own.from - 2]?.text !== "," || p.source.to > own.from - 2) continue;
      // The borrowed subject has a verb of its own before that clause.
      if (pairs.some((r) => r.source.index === p.source.index && r.from >= p.source.to && r.to <= own.from - 2)) return true;
    }
    return false;
  });
}
