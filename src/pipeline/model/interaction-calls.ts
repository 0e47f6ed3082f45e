/**
 * Words of phone calls told with their content (data for src/pipeline/interactions/calls.ts).
 */

/**
 * Interaction types that are what a call said: a call told with one of them between the same two
 * actors is that act only, not also a meeting (docs/evaluation.md, Interactions: "a call with a
 * content verb gets that verb only"). "A spoke by telephone with B and thanked him" → A thanked B.
 *
 * @example CALL_CONTENT_TYPES.includes("thanked") // true
 */
export const CALL_CONTENT_TYPES = ["thanked", "asked", "called_on", "promised", "criticized"];

/**
 * How many tokens after a meeting verb a phone word may stand and still make it a call ("spoke to
 * B by phone on Monday", "held a telephone conversation with B"; the verb's own words count too).
 */
export const CALL_WORD_REACH = 8;

/**
 * Verbs of placing a call on a person: "A called B on Tuesday night" is a call told with no other
 * content, a meeting (docs/evaluation.md); with a content verb after it ("phoned B to thank him",
 * "called B and promised her …") the content only. Read only when a time, a comma or the end
 * follows the person, and no content after (interactions/calls.ts callerObject): "called B a
 * traitor", "called B into the squad", "called B as a witness" place no call.
 *
 * @example CALLING_VERBS.includes("phoned") // true
 */
export const CALLING_VERBS = ["called", "phoned", "telephoned", "rang"];

/**
 * Words that may follow the person called and keep the verb a call: a time ("on Tuesday", "late
 * on Monday", "last week", "this morning", "yesterday"), "by phone", "again", "twice".
 *
 * @example CALL_FOLLOWERS.includes("on") // true
 */
export const CALL_FOLLOWERS = ["on", "late", "last", "this", "yesterday", "earlier", "today", "tonight", "by", "again", "twice", "shortly", "after", "before", "during", "from"];
