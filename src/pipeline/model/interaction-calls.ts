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

/** Words that date a meeting by another event: "met B after their phone call" (the call is not the meeting's manner). */
export const TIME_ORDER_WORDS: readonly string[] = ["after", "before", "since", "following"];

/**
 * Verbs that are a phone call themselves: "A telephoned B", "A phoned his counterpart, B" is a meeting
 * told with no content (docs/evaluation.md); "A telephoned B and thanked him" or "… to thank him" is the
 * thanks only (calls.ts). Not "called" or "rang" (also "called B a liar", "rang the bell"), nor the
 * present "phones/telephones" (also plural nouns: "seized the phones").
 */
export const CALL_VERBS = ["telephoned", "phoned", "telephoning", "phoning"];

/**
 * Infinitives of a call's purpose that say its content: "A telephoned B to thank him / to express
 * Moscow's gratitude / to urge him to …" is that act, not a meeting (its own row, if any, comes from
 * the infinitive). Lowercase.
 */
export const CALL_PURPOSE_CONTENT = ["thank", "express", "convey", "ask", "request", "urge", "press", "demand", "appeal", "plead", "beg",
  "promise", "assure", "pledge", "complain", "protest", "criticise", "criticize", "condemn", "warn", "reprimand", "rebuke",
  // Review 25 F2: praise, offers and threats are content too.
  "praise", "offer", "threaten"];

/**
 * Session 28: purposes of courtesy, which no interaction type tells: "A phoned B to congratulate him on his
 * re-election", "… to apologise", "… to offer his condolences" is a call that took place and no other act, so
 * the call stays a meeting (docs/evaluation.md: "a call told with no other content is met"; two blind sets'
 * writers annotated condolence calls so). CALL_COURTESY_VERBS are such infinitives; CALL_COURTESY_NOUNS make
 * an "offer / express / convey / extend / send" purpose one ("to offer condolences", within four words).
 * Lowercase.
 *
 * @example CALL_COURTESY_VERBS.includes("congratulate") // true
 */
export const CALL_COURTESY_VERBS = ["congratulate", "condole", "commiserate", "apologise", "apologize", "wish"];
export const CALL_COURTESY_NOUNS = ["condolences", "condolence", "sympathy", "sympathies", "congratulations", "apologies", "apology", "wishes", "solidarity"];
export const CALL_COURTESY_CARRIERS = ["offer", "express", "convey", "extend", "send", "pass", "present"];

/**
 * Session 28: infinitives of a purpose after "called / rang B" that make the verb a telephone call by the
 * subject, so the infinitive is the caller's act, not one asked of B: "A called B on Tuesday to thank him" → A
 * thanked B (as "A phoned B to thank him"); "A called B to urge him to stay" → A called on B. Not "called B to
 * testify", "called B to the stand" (a summons), nor "called on B to thank C" (B is asked to thank). Lowercase.
 *
 * @example CALLED_CONTENT_PURPOSES.includes("thank") // true
 */
export const CALLED_CONTENT_PURPOSES = ["thank", "urge", "press", "assure", "reassure"];
/** Session 28: the purpose's object that tells the one called again ("called B to thank him"). Lowercase. */
export const CALLED_OBJECT_PRONOUNS = ["him", "her", "them"];

/**
 * Words after a call verb's object that tell the call got through to no one: "telephoned B but the calls
 * went unanswered", "… but he did not answer" (review 25 F2): no meeting. UNANSWERED_CALL_WORDS stand alone;
 * ANSWERING_WORDS count after a negation (CALL_NEGATIONS) up to three tokens before them. Lowercase.
 */
export const UNANSWERED_CALL_WORDS = ["unanswered", "voicemail", "answerphone"];
export const ANSWERING_WORDS = ["answer", "answered", "pick", "picked", "reach", "reached", "respond", "responded", "return", "returned"];
export const CALL_NEGATIONS = ["not", "n't", "never", "no", "failed", "unable", "without"];

/** How many tokens after a call's object its purpose "to" may stand ("phoned B last week to thank him"). */
export const CALL_PURPOSE_REACH = 6;

/**
 * Round 26: a call's purpose of thanks told as a noun: "A telephoned B last week to express Moscow's
 * gratitude", "… to convey his thanks" → A thanked B (calls.ts gratitudePurpose): one of these verbs after
 * the purpose "to", then a noun of thanks within four words. Lowercase.
 */
export const CALL_GRATITUDE_VERBS = ["express", "convey", "extend", "offer"];
export const CALL_GRATITUDE_NOUNS = ["gratitude", "thanks", "appreciation"];

/**
 * Round 27: "called" and "rang" are calls only with a purpose of talk after the object: "A called B (on Monday)
 * to discuss the floods", "A rang B to brief him" → A met B (a call with no typed content; "called B a liar",
 * "called B to testify", "called B to the stand" are none). Lowercase infinitives.
 *
 * @example CALLED_TALK_PURPOSES.includes("discuss") // true
 */
export const CALLED_TALK_PURPOSES = ["discuss", "review", "brief", "consult", "coordinate", "co-ordinate", "exchange", "compare", "go"];
/** Round 27: the verbs read with CALLED_TALK_PURPOSES (find-interactions.ts flag talkPurpose). */
export const CALLED_VERBS = ["called", "calls", "calling", "rang", "rings", "ringing"];

/**
 * Round 28: a video call is a call: "video" before one of CALL_VIDEO_NOUNS ("video call", "video conference", "video
 * link") or one of CALL_VIDEO_COMPOUNDS. A bare "video" ("in a video statement") is none. Lowercase.
 */
export const CALL_VIDEO_WORDS = ["video"];
export const CALL_VIDEO_NOUNS = ["call", "calls", "conference", "conferences", "link", "talks", "conversation"];
export const CALL_VIDEO_COMPOUNDS = ["videoconference", "videoconferences", "video-conference", "videocall"];

/**
 * Round 31: the verbs of "calling on" someone, which also tell a visit in person: "The minister called on the
 * injured driver at his home" is a visit (met), "called on the board to resign" a call to act (called_on).
 * Lowercase, first word of the phrase (its "on"/"upon" follows).
 *
 * @example CALLING_ON_VERBS.includes("called") // true
 */
export const CALLING_ON_VERBS = ["called", "calls", "calling", "call"];

/**
 * Round 31: places where "called on B at/in <place>" is a visit to B: a home, a hospital, a bedside
 * ("called on the rescued climber at the hospital", "called on the widow at her home"). Not an event's venue
 * ("called on B at a press conference to …": a call to act). Lowercase nouns.
 *
 * @example CALLED_ON_VISIT_PLACES.includes("bedside") // true
 */
export const CALLED_ON_VISIT_PLACES = ["home", "homes", "house", "residence", "flat", "apartment", "hospital", "hospitals", "clinic", "bedside", "ward", "hotel", "villa", "dacha"];

/** Round 31: how far past the one called on a place of visit or an act's "to" may stand in its clause. */
export const CALLED_ON_VISIT_REACH = 12;

/** Round 31: verbs of "spoke with B" read as a meeting without a phone word (calls.ts withoutTopicTalks). Lowercase. */
export const SPOKE_WITH_VERBS = ["spoke", "speaks", "spoken"];

/**
 * Round 31: words right after "spoke with B" that name the talk's topic, so no meeting is told ("spoke with B about the
 * floods", "… over the weekend's riots", "… regarding the strike"); "on" counts unless a date follows ("on Thursday").
 */
export const TALK_TOPIC_WORDS = ["about", "over", "regarding", "concerning"];
