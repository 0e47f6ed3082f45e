/**
 * Round 27: the checks of stage 07's order verbs and pleas brought "with" (flag requestWith) (model interaction-verbs.ts ORDER_VERBS, flag order): "A
 * ordered / instructed / directed / told B to …" is a request put to B only when the "to" of the act
 * follows B within a few words, with nothing of another clause between.
 */
import type {Token} from "../events/tokens.ts";
import {DETERMINERS, POSSESSIVE_PRONOUNS} from "../model/argument-words.ts";
import {ORDER_TO_BREAKS, PLEA_WITH_NOUNS} from "../model/interaction-verbs.ts";
import {nounAfterWith} from "./verbs-go-betweens.ts";

const BREAKS = new Set(ORDER_TO_BREAKS);
/** The breaks of the verb-wide check: the object itself may hold "and" or "of" ("told the head of B and C to …"). */
export const VERB_BREAKS: ReadonlySet<string> = new Set(ORDER_TO_BREAKS.filter((w) => w !== "and" && w !== "or" && w !== "of"));
const NOT_A_VERB = new Set([...DETERMINERS, ...POSSESSIVE_PRONOUNS]);
/** Quote marks that may open a quotation right after the act's "to" (a closing ” is none). */
const OPENING_QUOTES = new Set(['"', "“"]);
/** The most words between the object and the "to" of the act ("directed B earlier in the day to …"). */
const MAX_GAP = 6;
/**
 * The most words between an order verb and the "to" of the act, object included ("told Home Affairs Minister B
 * earlier in the day to …"): an order verb with no such "to" is no verb of the sentence at all for stage 07
 * ("A told B he had lost his papers during a visit to X" leaves the visit's doer open).
 */
export const ORDER_VERB_REACH = 14;

/**
 * True when the first "to" after token `i` opens the act ordered: at most `gap` (six) words on, no punctuation but
 * a comma and no ORDER_TO_BREAKS word before it, and a verb after it (not a determiner, a possessive, a
 * number or "be" + participle: "told B to the end", "ordered B to be released" name no act of B's).
 *
 * @example orderedToAct(tokenize("A told B to leave."), 3) // true
 */
export function orderedToAct(t: readonly Token[], i: number, gap: number = MAX_GAP, breaks: ReadonlySet<string> = BREAKS): boolean {
  for (let j = i; j < t.length && j <= i + gap; j++) {
    const w = t[j].lower;
    if (w === "to") {
      // Round 28: 'ordered B to "bring the gunmen to court"': a quotation may open on the act's verb.
      const v = OPENING_QUOTES.has(t[j + 1]?.text ?? "") ? j + 2 : j + 1;
      const next = t[v]?.lower ?? "";
      // "told B during his visit to Moscow that …": a verb after "to" is lowercase.
      if (next === "" || NOT_A_VERB.has(next) || /^\d/u.test(next) || t[v].punct || t[v].text !== next) return false;
      return !(next === "be" && (t[v + 1]?.lower.endsWith("ed") ?? false));
    }
    if ((t[j].punct && t[j].text !== ",") || breaks.has(w)) return false;
  }
  return false;
}

const PLEAS = new Set(PLEA_WITH_NOUNS);

/**
 * Round 27: true when "with" stands at token `end` (right after the object) and a noun of a plea at most three
 * words after it, with no punctuation on the way: "turned to B with a request to help", "approached B with an
 * urgent appeal"; not "turned to B with a smile", "approached B with a knife".
 *
 * @example pleaWith(tokenize("A turned to B with a request."), 4) // true
 */
export function pleaWith(t: readonly Token[], end: number): boolean {
  return nounAfterWith(t, end, PLEAS, 3, false);
}
