/**
 * Round 27: the check of stage 07's order verbs (model interaction-verbs.ts ORDER_VERBS, flag order): "A
 * ordered / instructed / directed / told B to …" is a request put to B only when the "to" of the act
 * follows B within a few words, with nothing of another clause between.
 */
import type {Token} from "../events/tokens.ts";
import {DETERMINERS, POSSESSIVE_PRONOUNS} from "../model/argument-words.ts";
import {ORDER_TO_BREAKS} from "../model/interaction-verbs.ts";

const BREAKS = new Set(ORDER_TO_BREAKS);
const NOT_A_VERB = new Set([...DETERMINERS, ...POSSESSIVE_PRONOUNS]);
/** The most words between the object and the "to" of the act ("directed B earlier in the day to …"). */
const MAX_GAP = 6;

/**
 * True when the first "to" after token `i` opens the act ordered: at most six words on, no punctuation but
 * a comma and no ORDER_TO_BREAKS word before it, and a verb after it (not a determiner, a possessive, a
 * number or "be" + participle: "told B to the end", "ordered B to be released" name no act of B's).
 *
 * @example orderedToAct(tokenize("A told B to leave."), 3) // true
 */
export function orderedToAct(t: readonly Token[], i: number): boolean {
  for (let j = i; j < t.length && j <= i + MAX_GAP; j++) {
    const w = t[j].lower;
    if (w === "to") {
      const next = t[j + 1]?.lower ?? "";
      // "told B during his visit to Moscow that …": a verb after "to" is lowercase.
      if (next === "" || NOT_A_VERB.has(next) || /^\d/u.test(next) || t[j + 1].punct || t[j + 1].text !== next) return false;
      return !(next === "be" && (t[j + 2]?.lower.endsWith("ed") ?? false));
    }
    if ((t[j].punct && t[j].text !== ",") || BREAKS.has(w)) return false;
  }
  return false;
}
