/**
 * Words that keep a stage-07 verb from naming a pair that is not there (session 31's review): the guards of
 * interactions/sideless-rows.ts, courtesy-visits.ts, pressed-requests.ts and site-arrivals.ts. Lowercase.
 */

/**
 * Mend 31 F1: words of a trip that make "for a further / second round with B" a round of talks the traveller comes to
 * ("is due to return to X in October for a further round with B"); without one, a bare "round with B" is a run-off,
 * a bout or a round of golf ("qualified for a second round with B in the presidential election").
 */
export const ROUND_TRIP_WORDS = ["return", "returns", "returned", "returning", "back", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
  "fly", "flies", "flew", "flying", "due", "arrive", "arrives", "arrived", "arriving", "visit", "visits", "visited"];
/** Mend 31 F1: how far before "for a … round" a trip word may stand, within the clause. */
export const ROUND_TRIP_REACH = 10;
/**
 * Mend 31 F1: words right before "for a new round of talks with B" that make the talks only sought or awaited, no
 * meeting: "called / pushed / pressed for …", "rejected calls for …", "braced for …".
 */
export const ROUND_SOUGHT_WORDS = ["called", "call", "calls", "calling", "pushed", "push", "pushes", "pushing", "pressed", "press", "presses", "pressing",
  "urged", "urges", "urging", "appealed", "appeals", "appeal", "lobbied", "lobbying", "braced", "bracing", "prepared", "preparing", "prepare", "hoped", "hopes",
  "hoping", "hope", "ready", "asked", "asking", "demanded", "demanding", "pleaded", "argued", "campaigned", "clamoured", "clamored", "waiting", "waited", "wait"];
/** Mend 31 F1: nouns after "a further round of" that are talks ("… of golf", "… of drinks" are none). */
export const ROUND_TALKS_WORDS = ["talks", "negotiations", "consultations", "discussions", "meetings", "contacts"];

/** Mend 31 F2: words before "bargaining / haggling" that keep it a verb of the clause ("A and B were bargaining"). */
export const BARGAIN_BE_WORDS = ["were", "are", "was", "is", "been", "be", "still", "kept", "keep", "began", "started", "spent", "after", "while", "and"];
/** Mend 31 F2: words after "bargained for" that open the thing one side wants ("for a pay rise", "for their lives"), not a span of time. */
export const BARGAIN_FOR_OPENERS = ["a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "better", "higher", "more", "less", "lower", "release",
  "freedom", "compensation", "cash", "money", "peace", "control"];
/** Mend 31 F2: nouns "bargaining" modifies ("bargaining chips", "bargaining power"). */
export const BARGAINING_NOUNS = ["chip", "chips", "power", "position", "positions", "table", "rights", "tool", "tools", "leverage", "counter", "counters", "agreement",
  "agreements", "unit", "process", "strength", "talks", "session", "sessions", "round", "card", "cards"];

/** Mend 31 F3: words of time that may stand between "called on B" and its place of visit ("called on B late on Sunday at her home"). */
export const VISIT_TIME_WORDS = ["on", "late", "early", "again", "briefly", "later", "yesterday", "today", "last", "this", "night", "morning", "afternoon", "evening",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** Mend 31 F3: most tokens of that time phrase. */
export const VISIT_TIME_REACH = 4;
/** Mend 31 F3: lowercase words that may follow the place of visit ("at the hospital within hours", "in hospital after the crash"); any other makes the place a modifier ("at the hospital board meeting"). */
export const VISIT_PLACE_FOLLOWER_WORDS = ["after", "on", "in", "within", "where", "and", "as", "before", "following", "during", "last", "this", "early", "late",
  "shortly", "to", "for", "with", "just", "soon", "alongside", "together", "briefly", "twice", "again", "overnight", "yesterday", "today", "since", "until", "when",
  "while", "near", "outside", "who", "hours", "days"];

/** Mend 31 F7: words after "attended a <event> in X" that tell no trip: a remote link ("via Zoom", "by phone", "by video link"). */
export const ATTENDED_REMOTE_WORDS = ["video", "videolink", "video-link", "virtually", "remotely", "online", "zoom", "skype", "teams", "webcast", "livestream",
  "videoconference", "teleconference", "phone", "telephone", "link"];
/** Mend 31 F7: how far past the place those words may stand. */
export const ATTENDED_REMOTE_REACH = 5;
/** Mend 31 F7: nouns of "as a …" that make the attendance a life story ("attended a fair in X as a child"). */
export const ATTENDED_LIFE_NOUNS = ["child", "boy", "girl", "teenager", "student", "youth", "youngster", "schoolboy", "schoolgirl", "pupil", "kid"];

/** Mend 31 F8: sites where an arrival is a patient's or a body's more than a visit ("arrived at the hospital in X with burns"). */
export const ARRIVAL_CARE_SITES = ["hospital", "clinic", "infirmary", "morgue", "mortuary", "ward"];
/** Mend 31 F8: infinitives after such an arrival that make it a visit ("arrived at the hospital in X to visit the injured"). */
export const ARRIVAL_VISIT_PURPOSES = ["visit", "see", "meet", "comfort", "console", "thank", "greet", "inspect", "tour"];

/** Mend 31 F9: words that make "A spoke with B" a debate, a broadcast or a writer's interview, no meeting. */
export const SPOKE_WITH_STAGE_WORDS = ["debate", "debates", "televised", "article", "articles", "documentary", "podcast", "book", "column", "broadcast",
  "programme", "program", "hustings", "panel"];

/** Mend 31 F10: things lent that are qualities, not help ("lent B credibility", "lent B his voice"). */
export const LENT_QUALITY_WORDS = ["credibility", "credence", "weight", "legitimacy", "voice", "name", "momentum", "prestige", "clout", "authority", "air", "gravitas",
  "glamour", "charm", "colour", "color", "urgency", "support", "backing", "ear", "hope", "confidence", "respectability"];

/** Mend 31 F11: places besides the seated contests where two seated persons are no sides ("in the dock", "in the dugout before kick-off"). */
export const SEATED_NO_SIDES_WORDS = ["dock", "courtroom", "dugout", "kick-off", "kickoff", "bench", "jury"];

/** Mend 31 F12: openers of "pressed B <time> to free …" that open a time phrase only with a word of time after them. */
export const PRESSED_TIME_PREPOSITIONS = ["on", "in", "over", "for"];
/** Mend 31 F12: words of time in that phrase ("for months", "on Monday", "in recent weeks", "over the summer"). */
export const PRESSED_TIME_NOUNS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "days", "week", "weeks", "weekend",
  "month", "months", "year", "years", "decade", "decades", "hours", "spring", "summer", "autumn", "winter", "fall", "morning", "evening", "night", "recent",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "past", "time", "while", "ages"];
