/**
 * Words of a detention told with its length (data for src/pipeline/interactions/detention.ts).
 */

/**
 * Verbs of a state's detention that are a hold only with a term: "B was detained by A for 43 days",
 * "B was arrested by A … and held for 263 days" → A held B; "B was arrested by police in May" or
 * "arrested for drunk driving" tells no hold.
 *
 * @example DETENTION_VERBS.includes("detained") // true
 */
export const DETENTION_VERBS = ["detained", "arrested"];

/**
 * Units of a term of detention. No hours or minutes: "detained by stewards for ten minutes" or
 * "questioned for two hours" is no captivity.
 *
 * @example DETENTION_TERM_UNITS.includes("days") // true
 */
export const DETENTION_TERM_UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years"];

/**
 * Words that may stand between "for" and the unit of a term: counts in letters, "more than",
 * "nearly", "almost", "about" ("for more than two years", "for nearly 11 months").
 *
 * @example DETENTION_TERM_QUALIFIERS.includes("nearly") // true
 */
export const DETENTION_TERM_QUALIFIERS = ["more", "than", "nearly", "almost", "about", "over", "some", "around", "at", "least"];
