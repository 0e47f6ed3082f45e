/**
 * Session 32: people who came home, landed or arrived "after N days in custody" (detention, captivity, jail, prison)
 * were freed: "Eleven sailors landed at the capital's airport on Friday after 52 days in custody" and the headline
 * "11 sailors home after 52 days in detention" count a release (its kind, hostages or prisoners, is the sentence's:
 * custody and detention are prisoner words). Not a stay of another kind ("after 52 days in hospital", "after three
 * weeks at sea") nor a return told by someone else's verb past a clause end.
 */
import type {CueHit} from "./category.ts";
import {occursWithin} from "./chars.ts";

/**
 * After the count's group, in its own clause (no full stop or semicolon): a return word, then "after" + a number of
 * days, weeks, months or years + "in/of" + (an optional capitalised word: "Maldivian custody") + the custody noun.
 */
const RETURN_AFTER_CUSTODY =
  /^[^.;!?]{0,110}?\b(?:home|landed|arrived|returned|back)\b[^.;!?]{0,90}?\bafter[ \t]+(?:(?:more[ \t]+than|nearly|almost|some|about|over)[ \t]+)?[\w,-]+[ \t]+(?:days|weeks|months|years)[ \t]+(?:in|of)[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:custody|detention|captivity|jail|prison)\b/;

/**
 * A release cue for a count followed by a return "after N <time> in custody" (RETURN_AFTER_CUSTODY), at distance 1,
 * else null. Only a group with "after" and "days|weeks|months|years" within 220 characters reaches the regex.
 *
 * @example returnAfterCustody("Eleven sailors landed in Accra after 52 days in custody", 14)?.category // "hostages_released"
 */
export function returnAfterCustody(text: string, groupEnd: number): CueHit | null {
  if (groupEnd < 0) return null;
  // A bounded search: an unbounded indexOf would read to the end of a long line for every count in it.
  if (!occursWithin(text, "after", groupEnd, groupEnd + 215)) return null;
  const window = text.slice(groupEnd, groupEnd + 260);
  const m = RETURN_AFTER_CUSTODY.exec(window);
  if (m === null) return null;
  return {category: "hostages_released", cue: "home after custody", start: groupEnd, end: groupEnd + m[0].length, distance: 1};
}
