/**
 * Round 33: stage 07's guard on mediation told by one shared place ("A brought B and C to the same table", "coaxed B and
 * C into the same room", "sat B and C down at one table" → A mediated B and C; model interaction-verbs.ts
 * MEDIATING_SAME_PLACE_PHRASES, read with no word of talks needed). Its rows go when the sentence tells a meal, a party,
 * a picture or a game instead (SAME_TABLE_SOCIAL_WORDS): "brought the two families to the same table for Christmas
 * dinner" is no go-between's work. Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {hasWordIn, type Token} from "../events/tokens.ts";
import {derivedRow, withoutWhere, type RowPair} from "./row-passes.ts";
import {SAME_TABLE_SOCIAL_WORDS, TALKS_CUE_WORDS} from "../model/interaction-verbs.ts";

const SOCIAL = new Set(SAME_TABLE_SOCIAL_WORDS);
const TALKS_CUE = new Set(TALKS_CUE_WORDS);
const SHARED = new Set(["same", "one", "together"]);
const PLACES = new Set(["table", "room", "together"]);

/**
 * `pairs` without the mediated rows of a shared-place phrase in a sentence of a meal, a party or a game; the same array
 * when none goes (and at once when the sentence has no such word).
 *
 * @example withoutSocialTables(frame, pairs).length // 0 for "Ana Lee brought Tom Berg and Omar Saleh to the same table for dinner."
 */
export function withoutSocialTables<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  if (!hasWordIn(frame.tokens, SOCIAL)) return pairs;
  return withoutWhere(frame, pairs, sharedPlaceRow);
}

/** True for a mediated row whose verb span ends in "same / one … table / room" or "down together". */
function sharedPlaceRow(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "mediated") return false;
  const last = t[p.to - 1]?.lower ?? "";
  return PLACES.has(last) && (last === "together" ? t[p.to - 2]?.lower === "down" : SHARED.has(t[p.to - 2]?.lower ?? ""));
}

/**
 * `pairs` with the two sides of a shared-place mediation meeting each other when the sentence tells talks ("A coaxed B and
 * C into the same room for the border talks" → B met C too, as "brought B and C to the table for talks" gives); the same
 * array when none is added.
 *
 * @example withSameTableMeetings(frame, pairs) // adds "B -met-> C" for "A brought B and C to the same table for talks."
 */
export function withSameTableMeetings<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    if (!sharedPlaceRow(t, p) || pairs.findIndex((q) => q.from === p.from && q.type === "mediated") !== k) continue;
    const own = pairs.filter((q) => q.from === p.from && q.type === "mediated");
    if (own.length !== 2 || own[0].target.index === own[1].target.index || !hasWordIn(t, TALKS_CUE)) continue;
    out ??= pairs.slice();
    // The rule the brought-together meetings carry (find-interactions.ts broughtTogether).
    out.push(derivedRow(p, {source: own[0].target, target: own[1].target, type: "met"}, "brought-together-met"));
  }
  return out ?? pairs;
}
