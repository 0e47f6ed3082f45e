/**
 * A count whose own present copula names them captives ("at least 60 people jailed on extremism charges are
 * political prisoners", "some 40 journalists remain prisoners of conscience") counts people still held: hostages_held
 * (docs/evaluation.md: "people still held in captivity", detained civilians included).
 */
import {CAPTIVE_PREDICATE_NOUNS} from "../model/figure-categories.ts";

/**
 * After the group: an optional participle phrase of how they were held ("jailed on extremism charges", no comma),
 * then "are" or "remain" ("still", "now" allowed) and a captive noun (model CAPTIVE_PREDICATE_NOUNS). Not "hostages
 * to" (a figure of speech: "are hostages to the club's debts"), not a past "were" (a captivity that may be over).
 */
const ARE_CAPTIVES = new RegExp(
  String.raw`^(?:[ \t]+(?:jailed|held|detained|imprisoned|arrested|convicted|sentenced)\b[^,;:.!?()]{0,60}?)?[ \t]+(?:are|remain)[ \t]+(?:(?:still|now|all)[ \t]+)?(?:${CAPTIVE_PREDICATE_NOUNS.join("|")})\b(?![ \t]+to\b)`,
  "i"
);

/**
 * True when the count's group (ending at `groupEnd`) has its own present copula naming them captives (ARE_CAPTIVES).
 * Only a text holding "are " or "remain " after the count reaches the regex.
 *
 * @example areCaptives("Rights groups say 1,200 people are political prisoners.", 28) // true
 */
export function areCaptives(text: string, groupEnd: number): boolean {
  if (groupEnd < 0) return false;
  const after = text.slice(groupEnd, groupEnd + 140);
  return (after.includes("are ") || after.includes("remain ")) && ARE_CAPTIVES.test(after);
}
