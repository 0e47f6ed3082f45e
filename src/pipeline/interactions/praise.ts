/**
 * Round 27: stage 07's check of praise as thanks (model interaction-verbs.ts, flag praisedRole): "A praised
 * the role of B", "A appreciated \"the brotherly role of the State of X\"" → A thanked B.
 */
import type {Token} from "../events/tokens.ts";
import {PRAISED_HELP_NOUNS} from "../model/interaction-verbs.ts";

const HELP_NOUNS = new Set(PRAISED_HELP_NOUNS);
/** The most tokens between the verb and the object ("appreciated \"the brotherly role of the State of X"). */
const PRAISE_REACH = 7;

/**
 * True when the object starting at token `objectFrom` follows the praise verb ending at `to` through a noun of
 * help and "of" ("the (adjective) role of (the) B"), at most seven tokens on, with no punctuation but quote
 * marks and no other "of" phrase on the way.
 *
 * @example praisedRoleOf(tokenize("A praised the role of B."), 2, 5) // true
 */
export function praisedRoleOf(t: readonly Token[], to: number, objectFrom: number): boolean {
  if (objectFrom - to > PRAISE_REACH) return false;
  let of = objectFrom - 1;
  // "the mediation of Bishop B": a capitalised title before the name.
  for (let n = 0; n < 2 && of > to && !t[of].punct && /^\p{Lu}/u.test(t[of].text) && t[of].lower !== "the"; n++) of--;
  if (t[of]?.lower === "the") of--;
  if (t[of]?.lower !== "of" || !HELP_NOUNS.has(t[of - 1]?.lower ?? "")) return false;
  for (let k = to; k < of - 1; k++) if ((t[k].punct && !/^["“”'‘’]$/u.test(t[k].text)) || t[k].lower === "of") return false;
  return true;
}
