/**
 * Who holds people "in the hands of" or "held by" as a captor: a captor noun after up to two modifiers ("a
 * Venezuelan gang", "the rebels", "armed men"), or a capitalised name that is no state holder ("Hamas", "the
 * Kotome Youth Front"). "in the hands of the police / the administrators / forensic experts" names no captor
 * (review 29 F4, F5).
 */
import {CAPTOR_NOUNS, STATE_HOLDERS} from "../model/figure-categories.ts";

const STATE_NAMES = STATE_HOLDERS.filter((w) => !w.includes(" ")).map((w) => w[0].toUpperCase() + w.slice(1));

/** Regex source (no flags; case as written) of a captor holder at the start of the text after "of" / "by". */
export const CAPTOR_HOLDER = String.raw`(?:(?:the|a|an|their|its|his|her)[ \t]+)?(?:(?:[A-Za-z'’-]+[ \t]+){0,2}?(?:${CAPTOR_NOUNS.join("|")})\b|(?!(?:${STATE_NAMES.join("|")})\b)[A-Z][A-Za-z'’-]+)`;

/** "<days> in the hands of <captor>": a span of captivity told by its holder anywhere in a sentence. */
export const DAYS_IN_CAPTOR_HANDS = new RegExp(String.raw`\b(?:days|weeks|months)[ \t]+in[ \t]+the[ \t]+hands[ \t]+of[ \t]+${CAPTOR_HOLDER}`);

/**
 * "held by <captor noun>" (session 31): people held by rebels, a gang, pirates … are captives, however the sentence
 * goes on ("Seventeen seafarers held by Yemen's Houthi rebels for 134 days were released"). Only a captor noun, not
 * a capitalised name: "Palestinians held by Israel" are prisoners.
 */
export const HELD_BY_CAPTOR_NOUN = new RegExp(String.raw`\b(?:held|kept)[ \t]+(?:captive[ \t]+|hostage[ \t]+)?by[ \t]+(?:(?:the|a|an|their|its)[ \t]+)?(?:[A-Za-z'’-]+[ \t]+){0,2}?(?:${CAPTOR_NOUNS.join("|")})\b`);
