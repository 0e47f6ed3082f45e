/**
 * Words for the stage 06 fallback that keeps a dated clause on the timeline when no trigger
 * claimed its date (data for src/pipeline/events/orphan-dates.ts).
 */

/**
 * Session 33: the words of a clock time before a date, which the fallback's reach does not count ("at about 9:20 am on
 * Tuesday" is one time; a one- or two-digit number counts neither). Lowercase tokens.
 */
export const CLOCK_TIME_WORDS = [":", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", ".", "gmt", "utc", "local", "time", "hours", "hrs"];

/** How far from the date a fallback verb or plan cue may stand: words before / after it. */
export const FALLBACK_BEFORE = 10;
export const FALLBACK_AFTER = 6;

/**
 * Words that open a noun phrase after a comma: the fallback's long reach back to a verb stops there, since the phrase
 * is a clause of its own with its verb left out ("paid the ransom in two instalments, the second one last week": the
 * second instalment's payment, not the first clause's). A preposition after the comma goes on ("welcomed the nurse's
 * brothers, Tomas and Piet Brill, in the old library on 9 May").
 */
export const ELLIPSIS_OPENERS = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "one", "another"];

/**
 * Words that join two dates of one list ("sank the ships on July 7 and July 8"): the fallback's long reach back goes on
 * past an earlier date joined only by these, and stops at any other earlier date.
 */
export const DATE_LIST_JOINERS = ["and", "or", ",", "on", "in"];

/** Reporting verbs: "the agency said on Tuesday" becomes a dated statement. */
export const REPORTING_TRIGGERS = ["said", "says", "told", "reported", "confirmed", "added", "stated", "wrote", "posted", "tweeted", "revealed", "disclosed", "warned", "acknowledged", "denied", "insisted", "explained"];

/** Common irregular past-tense verbs a dated clause may hang on ("Shares fell on Wednesday"). */
export const IRREGULAR_PAST = [
  "was", "were", "had", "went", "came", "fell", "rose", "broke", "hit", "shook", "sank", "struck", "began", "left", "took",
  "made", "gave", "got", "ran", "held", "saw", "spent", "lost", "won", "sent", "brought", "found", "kept", "led", "became",
  "fought", "flew", "drove", "grew", "paid", "put", "set", "stood", "tore", "threw", "wrote", "began", "swept", "spread",
  "burnt", "burned", "dug", "caught", "chose", "heard", "knew", "met", "sought", "taught", "thought", "sold", "bought", "fled", "hid", "shot", "sat",
  // Same form in present and past, like "hit", "put" and "set" above: "On Sunday, the utility cut off power".
  "cut", "shut", "hurt", "split", "cast", "quit",
  // A date on these dates them too: "the nurses woke at dawn on Monday", "they slept in their own beds on
  // Friday". ("spoke" is left out: "The port will reopen soon and the mayor spoke to reporters on Monday" would
  // give a dated "spoke" the plan's modality, which events/modality.ts reads over the whole sentence.)
  "woke", "awoke", "slept", "wept", "ate", "drank"
];

/**
 * Irregular past participles: a verb only right after an auxiliary ("were flown to the capital on Friday",
 * "had been taken to the border on Sunday"); alone they are often adjectives ("a driven manager", "given the risk").
 */
export const IRREGULAR_PARTICIPLES = [
  "flown", "driven", "taken", "brought", "given", "held", "shown", "thrown", "beaten", "chosen", "hidden", "stolen", "written",
  "ridden", "broken", "spoken", "woken", "frozen", "sworn", "torn", "worn", "born", "borne", "known", "grown", "drawn", "blown",
  "sent", "kept", "left", "led", "fled", "found", "bought", "sold", "told", "caught", "taught", "sought", "fought",
  "lost", "won", "met", "paid", "laid", "hit", "shot", "put", "set", "cut", "shut", "hurt", "struck", "hung", "seen", "done",
  "gone", "come", "become", "begun", "run", "sunk", "swept", "spent", "dug", "bitten", "shaken", "forgotten", "forgiven",
  "overthrown", "overtaken", "undertaken", "withdrawn", "rebuilt", "built", "made", "heard"
];

/** Words ending in -ed that are not verbs ("hundred", "red"). */
export const NOT_PAST = ["hundred", "red", "bed", "need", "seed", "speed", "feed", "indeed", "shed", "united", "so-called", "based", "related", "armed", "detailed", "limited", "skilled", "aged"];

/**
 * Words before "to" that announce a plan, so the verb after "to" is the planned event: "plans to
 * reopen the bridge in May", "is due to sail on Friday", "agreed to resume talks next week".
 * "will" needs no "to" ("the ferry will sail on Friday").
 */
export const PLAN_BEFORE_TO = [
  "plans", "plan", "planned", "planning", "intends", "intend", "intended", "expects", "expected", "due", "set", "scheduled",
  "aims", "aim", "aiming", "hopes", "hope", "hoping", "going", "ready", "prepared", "agreed", "decided", "promised", "vowed",
  "pledged", "wants", "want", "preparing", "poised", "likely"
];

/**
 * Words before "to" in PLAN_BEFORE_TO that announce a plan only after a form of "be" (PLAN_BE_FORMS):
 * "the bridge is due to open in May" is a plan, "yields are low due to frost in May" a cause.
 */
export const PLAN_AFTER_BE = ["due"];

/** Forms of "be" before a PLAN_AFTER_BE word ("is due to", "were due to"). */
export const PLAN_BE_FORMS = ["is", "are", "was", "were"];

/** Determiners: they open a noun phrase ("due to the floods" is a cause; "the 2019 floods" is an attributive date). */
export const DETERMINERS = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"];

/**
 * Prepositions that end the words a year modifies: "in 2018 during the strikes" dates the verb of the
 * clause, not "strikes" ("the 2018 general strike" has only an adjective between).
 */
export const PREPOSITIONS = ["of", "in", "on", "at", "for", "by", "with", "from", "during", "after", "before", "since", "amid", "until", "to", "into", "over", "under"];

/** Words after "to" or "will" that are not the planned verb ("due to the floods", "will this"): no event. */
export const NOT_PLANNED_VERB = [...DETERMINERS, "date", "be", "have", "not", "of", "and", "or", "in", "on", "at", "for", "by", "with", "from"];

/** Adverbs that may stand between "will"/"to" and the planned verb ("will soon reopen"). */
export const PLAN_ADVERBS = ["soon", "also", "then", "again", "still", "only", "finally", "formally", "officially"];

/** Words that may stand before a date that opens its clause ("On Tuesday, …", "Late on Friday, …"). */
export const FRONT_LEADS = ["on", "in", "at", "by", "early", "late", "later", "earlier", "then", "and", "but", "so"];

/** Words between an event noun and its date ("her detention in June 2021", "the envoy's death on 4 May"). */
export const NOUN_DATE_PREPOSITIONS = ["in", "on", "at", "during", "late", "early"];
