/**
 * Session 32: people counted "among the captives" or "among the hostages" are held, whoever they are: "The
 * ministry counted four Peruvian engineers among the captives" → hostages_held. Not when the captives named are
 * freed ones ("three Peruvians were among the hostages freed on Sunday", "among the captives who were released"):
 * the release after the noun decides, as its own cue.
 */
import {occursWithin} from "./chars.ts";

/**
 * After the count's group: an optional copula, "among (the) (remaining|surviving|other)? hostages|captives", and no
 * release word right after the noun (a participle or a relative clause with one).
 */
const AMONG_CAPTIVES_AFTER =
  /^[ \t]+(?:(?:are|were|is|was|remain|remained|may[ \t]+be|could[ \t]+be)[ \t]+(?:still[ \t]+)?)?among[ \t]+(?:the[ \t]+)?(?:remaining[ \t]+|surviving[ \t]+|other[ \t]+)?(?:hostages|captives)\b(?![ \t]+(?:who[ \t]+(?:were|have[ \t]+been|had[ \t]+been)[ \t]+)?(?:freed|released|handed|set[ \t]+free|returned|rescued|liberated|killed|executed|let[ \t]+go)\b)/i;

/**
 * True when "among the captives" (or "hostages") follows the count's group ending at `groupEnd`. Only a group
 * followed by "among" within 30 characters reaches the regex.
 *
 * @example amongCaptives("Moscow counted three Peruvians among the captives.", 29) // true
 */
export function amongCaptives(text: string, groupEnd: number): boolean {
  if (groupEnd < 0) return false;
  // A bounded search: an unbounded indexOf would read to the end of a long line for every count in it.
  if (!occursWithin(text, "among", groupEnd, groupEnd + 35)) return false;
  return AMONG_CAPTIVES_AFTER.test(text.slice(groupEnd, groupEnd + 90));
}
