/**
 * Small word lists of stage 06 (events: clauses, locations, orphan dates, periods), data not code.
 * Each says why its words are there; the modules build their sets from them.
 */

/**
 * Punctuation that always ends a clause: a date or place after ";" or ")" belongs to another
 * statement ("freed on Monday; talks resume in May").
 *
 * @example CLAUSE_BREAK_MARKS.includes(";") // true
 */
export const CLAUSE_BREAK_MARKS = [";", ":", "—", "–", "(", ")", "[", "]", "?", "!"];

/**
 * Words that open a new clause wherever they stand: "… released while talks went on" (the talks'
 * date is not the release's).
 *
 * @example CLAUSE_OPENER_WORDS.includes("while") // true
 */
export const CLAUSE_OPENER_WORDS = ["while", "whereas", "when", "after", "before", "although", "though", "because", "until", "whilst"];

/**
 * Times of day after which "before", "after" or "until" is a preposition, not a clause opener: "was flown to the
 * capital before dawn on Tuesday", "fighting went on until midnight on Sunday" (events/clauses.ts).
 */
export const CLAUSE_TIME_OF_DAY_WORDS = ["dawn", "daybreak", "sunrise", "noon", "midday", "midnight", "dusk", "sunset", "nightfall", "lunch", "lunchtime", "breakfast", "dinner"];

/**
 * Coordinators that join two clauses ("A said the talks had failed, and B, visiting Paris, thanked C"): a search
 * for a clause's verb going back stops at one.
 *
 * @example CLAUSE_COORDINATOR_WORDS.includes("but") // true
 */
export const CLAUSE_COORDINATOR_WORDS = ["and", "but", "or", "yet", "while", "whereas"];

/**
 * Words that open a new clause right after a comma, besides CLAUSE_OPENER_WORDS: "…, who was
 * abducted in May", "…, according to …", "…, adding that …", "…, including …".
 *
 * @example COMMA_CLAUSE_OPENER_WORDS.includes("who") // true
 */
export const COMMA_CLAUSE_OPENER_WORDS = ["who", "which", "where", "whose", "but", "as", "according", "and", "adding", "saying", "including"];

/**
 * Prepositions that make the following place the location of an event: "freed in Qatar", "near
 * the border", "off the coast". ("to" only locates a movement and is added where one is read.)
 *
 * @example LOCATIVE_PREPOSITIONS.includes("near") // true
 */
export const LOCATIVE_PREPOSITIONS = ["in", "near", "at", "from", "inside", "outside", "into", "across", "off"];

/**
 * Auxiliaries before an irregular participle that make it a verb: "were flown", "had been taken",
 * "have driven".
 *
 * @example PARTICIPLE_AUXILIARY_WORDS.includes("been") // true
 */
export const PARTICIPLE_AUXILIARY_WORDS = ["was", "were", "is", "are", "be", "been", "being", "had", "has", "have"];

/**
 * Conjunctions after which an irregular participle shares the auxiliary of a passive before them ("were seized … on
 * 5 June and driven to a camp on 6 June": were … driven; events/orphan-dates.ts passiveBefore, round 23).
 *
 * @example SHARED_AUXILIARY_CONJUNCTIONS.includes("and") // true
 */
export const SHARED_AUXILIARY_CONJUNCTIONS = ["and"];

/**
 * Words that open a relative clause set off by commas, whose date is not the main clause's: "B,
 * who was four when …, was freed".
 *
 * @example RELATIVE_CLAUSE_OPENERS.includes("whose") // true
 */
export const RELATIVE_CLAUSE_OPENERS = ["who", "which", "whose"];

/**
 * Auxiliaries that yield to the verb right after them as an event's trigger: "was reunited" →
 * "reunited".
 *
 * @example YIELDING_AUXILIARIES.includes("had") // true
 */
export const YIELDING_AUXILIARIES = ["was", "were", "had", "has", "have", "is", "are"];

/**
 * Words that make the date right after them start or end a period, no event's day: "since
 * October", "until Friday", "from May to July".
 *
 * @example PERIOD_CUE_WORDS.includes("since") // true
 */
export const PERIOD_CUE_WORDS = ["since", "until", "till", "from", "to", "through"];

/**
 * Words that may stand between a period cue and its date: "since the 15th", "until late May",
 * "from mid-June".
 *
 * @example PERIOD_FILLER_WORDS.includes("late") // true
 */
export const PERIOD_FILLER_WORDS = ["the", "early", "mid", "late", "-"];

/**
 * Auxiliaries headline grammar drops ("Hostages freed by rebels"): a line marked as a headline
 * that opens with an article and has one of these ("The two hostages were freed by rebels on
 * Sunday; …") is prose, the page's standfirst, and its events count (stage 06).
 */
// Session 32: the present copula too ("The two nurses crossed out of the Sahel on Tuesday afternoon; their driver is
// still held"): headline grammar drops it as well ("driver still held").
export const PROSE_AUXILIARY_WORDS = ["was", "were", "had", "has", "have", "is", "are"];

/** Articles a standfirst opens with and headline grammar drops. */
export const PROSE_OPENING_ARTICLES = ["The", "A", "An"];

/** Fewest words of such a standfirst: a headline is shorter. */
export const PROSE_MIN_WORDS = 12;

/**
 * Words that open a relative clause inside a long subject ("the squad that won the 1998 title"): a verb after them,
 * up to the next comma, is not the sentence's main verb.
 *
 * @example SUBJECT_RELATIVE_WORDS.includes("that") // true
 */
export const SUBJECT_RELATIVE_WORDS = ["that", "who", "which", "whose", "whom"];

/**
 * Coordinators after which a second verb is coordinated with the first ("gathered and marched"), not the clause's main
 * verb after a reduced participle.
 *
 * @example VERB_COORDINATOR_WORDS.includes("and") // true
 */
export const VERB_COORDINATOR_WORDS = ["and", "or", "but"];

/**
 * Session 33: date texts that give an event the day of an earlier event of its own type (stages/06-events.ts
 * sameDayAsLastRelease): "Nicaragua also freed another seven prisoners the same day" after a release on Wednesday. Lowercase,
 * as stage 03 writes the date's text.
 */
export const SAME_DAY_TEXTS = ["the same day", "on the same day", "that same day", "on that same day", "the very same day"];
