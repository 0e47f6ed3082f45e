/**
 * Words that signal a date expression, for stage 03 and for dateline lines in stage 02.
 * Data only (lowercase); logic lives in `src/pipeline/dates/`.
 */

/** Month names and abbreviations → month number (1–12). "may" is listed; capitalisation decides later. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12
};

/** Weekday names and abbreviations → day of week (0 = Sunday, as `Date.getUTCDay`). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4,
  thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6
};

/**
 * Number words used in "two weeks after", "three days ago", "Forty days after the quake". The
 * date parsers also join a tens word and a units word: "twenty-five days after" is 25.
 */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  "a couple of": 2, couple: 2
};

/**
 * Cheap pre-filter: a sentence is handed to chrono only when it contains one of these. Case
 * matters: month and weekday names count only capitalised (the only way stage 03 keeps them), so
 * "may", "march" and "Marcos" do not send a sentence to chrono.
 */
export const DATE_CUE_WORDS: string[] = [
  "January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun", "July", "Jul", "August",
  "Aug", "September", "Sept", "Sep", "October", "Oct", "November", "Nov", "December", "Dec",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "yesterday", "Yesterday", "today", "Today", "tonight", "Tonight", "tomorrow", "Tomorrow", "ago", "weekend", "Weekend",
  // "Earlier in the day, the dam gave way": the day of the date before it (no lead before "day").
  "earlier in the day", "Earlier in the day", "later in the day", "Later in the day"
];

/** Words that make a date with a following unit: "last week", "the next day", "that morning". */
export const DATE_CUE_LEADS: string[] = [
  "last", "Last", "next", "Next", "this", "This", "following", "previous", "preceding", "same", "that", "That",
  // "this past summer", "in late summer", "early spring", "over the coming winter".
  "past", "late", "Late", "early", "Early", "coming",
  // "slipped away on the first night": the day of the date before it (parsers.ts ANCHOR_PHRASE).
  "first"
];

/** Units counted in relative dates: "the next day", "two weeks after", "later that month"; seasons ("last summer", "this winter"). */
export const DATE_CUE_UNITS: string[] = [
  "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon", "evening",
  "spring", "summer", "autumn", "fall", "winter"
];

/**
 * Seasons → the months they span (northern hemisphere, as the outlets write; winter runs from
 * December to February and is counted in the year of its January and February). Lowercase only:
 * "the Arab Spring", "Prague Spring" are names, not seasons.
 */
export const SEASONS: Record<string, {start: number; end: number}> = {
  spring: {start: 3, end: 5}, summer: {start: 6, end: 8}, autumn: {start: 9, end: 11}, fall: {start: 9, end: 11}, winter: {start: 12, end: 2}
};

/**
 * Prepositions before "the" + season that make it a date ("in the spring", "during the winter",
 * "by the autumn"). "fall" takes only the first four: "after the fall" is more often a tumble.
 */
export const SEASON_PREPOSITIONS: string[] = ["in", "during", "by", "until", "over", "through", "throughout", "since", "before", "after", "till"];

/** Words after a unit that make it a date: "two weeks after", "a day later", "three years ago". */
export const DATE_CUE_AFTER_UNITS: string[] = ["later", "earlier", "after", "before", "ago"];

/** Tokens allowed in a dateline line besides numbers ("Updated 10:40 GMT, Nov 15, 2024"). */
export const DATELINE_WORDS: string[] = [
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), "updated", "published", "posted", "last", "modified", "on", "at",
  "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "msk", "cet", "cest", "bst", "ist", "eet", "eest", "jst",
  "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "min", "mins", "read", "ago", "hour", "hours", "minute", "minutes", "day", "days", "|", "-", "–", "—", "•", "·", "/", "of", "the"
];

/** Words before a bare month name that make it a date ("in March", "since May", "a March meeting"). */
export const MONTH_CONTEXT_BEFORE: string[] = [
  "in", "since", "by", "until", "till", "from", "through", "throughout", "during", "of", "before", "after", "between",
  "and", "to", "early", "mid", "late", "last", "this", "next", "past", "a", "the", "that", "end", "start",
  "beginning", "middle", "on", "around", "for", "as", "or"
];

/**
 * Words shortly before a weekday that point to the future ("will meet on Thursday", "is due on
 * Friday"): then the weekday is the next one after publication instead of the last one before it.
 */
export const FUTURE_CUES: string[] = [
  "will", "would", "shall", "'ll", "’ll", "is due", "are due", "due to", "scheduled", "expected to", "set to",
  "plans to", "plan to", "planned for", "is to", "are to", "next", "coming", "upcoming", "hope to", "hopes to",
  "intend to", "intends to", "aim to", "aims to", "going to", "about to",
  // Present simple with a scheduled sense: "the new governor takes office on Jan. 5" (written in
  // December: next January), "the truce expires on Friday", "the trial opens on 3 March".
  "takes office", "take office", "assumes office", "takes effect", "take effect", "comes into force",
  "come into force", "enters into force", "expires", "begins", "starts", "opens", "reopens", "resumes",
  "kicks off", "is expected", "are expected", "slated", "set for",
  // Session 28: an expectation told in the present with its subject between, "officials expect the envoy to return
  // in December", "the ministry expects 30 nationals to be evacuated in early March" (present forms only: "as
  // expected" is past; "could / did not expect" are blocked below: review 28 F14).
  "expect", "expects",
  // A plan told in reported speech keeps its future, as "scheduled" and "expected to" do: "the mediator said the
  // next round was expected in late October" (written in September: this October).
  "was expected", "were expected",
  // …and its end: "the pause, which ends in early May", "the mandate lapses in June", "the
  // offer runs out on Friday", "the exhibition closes on 3 March".
  "ends", "concludes", "closes", "lapses", "runs out",
  // Session 32: a trip told in the present simple is scheduled: "the foreign minister, who mediated the talks, arrives
  // in Moscow on Tuesday", "the envoy travels to Minsk on Friday".
  "arrives in", "arrives at", "travels to", "flies to", "heads to",
  // Round 34: a visit told in the present simple is a programme too: "the deputy minister visits Minsk on Monday" (the
  // next Monday; the past is "visited").
  "visits",
  // Present progressive of preparing: "another swap is being prepared for early October".
  "being prepared for", "being planned for",
  // A plan or pledge reported in the past tense still points ahead: "the union said it planned to
  // march on Saturday", "the governor promised to reopen the bridge on Monday". After "had"
  // (FUTURE_CUE_BLOCKERS) the plan is over: "had planned to march on Saturday".
  "planned to", "planning to", "promised to", "pledged to", "vowed to",
  // An appointment held now is one ahead: "the mother has an appointment at the ministry on Wednesday" ("had an
  // appointment" is past: "had" is not "has").
  "has an appointment", "have an appointment", "has another appointment", "have another appointment", "has a second appointment",
  "has a follow-up appointment", "has a hearing", "have a hearing",
  // A summons to appear, standing now, points to its day ahead: "has been summoned to testify before the committee
  // on Thursday" ("was summoned on Monday" stays past). Only with the act summoned to: "has been summoned to the
  // ministry over the drone attack on Tuesday" dates the attack (review 26 args F1).
  "has been summoned to answer", "has been summoned to appear", "has been summoned to testify", "has been summoned to explain",
  "have been summoned to answer", "have been summoned to appear", "have been summoned to testify", "has been called to testify",
  "has been invited to testify", "have been invited to testify"
];

/**
 * Verbs after which "before" is a preposition, not the start of a new clause: "is due to appear before an
 * investigating magistrate on Thursday", "will testify before the senate committee on Tuesday", "will be brought
 * before a judge on Monday". The future cue then reaches the date (dates/cues.ts). Lowercase.
 */
export const BEFORE_PREPOSITION_VERBS: string[] = [
  "appear", "appears", "appearing", "testify", "testifies", "testifying", "brought", "bring", "go", "goes", "come",
  "comes", "stand", "stands", "standing", "plead", "pleads", "argue", "argues", "speak", "speaks", "address", "face",
  "faces", "put", "placed", "taken",
  // "has a hearing before the appeals court on Tuesday": the noun of an appearance too.
  "hearing"
];

/**
 * Words right before a future cue that make the plan a past one: "the talks had been due to
 * resume on Monday" (and did not), "the couple had planned to marry on Saturday". The date then
 * keeps the past bias.
 */
export const FUTURE_CUE_BLOCKERS: string[] = ["had", "had been", "'d", "’d",
  // Session 28 (review 28 F14): an expectation that looked back, "Nobody could expect the flood that hit in February".
  "could", "couldn't", "did not", "didn't", "nobody", "no one"];

/**
 * Past-tense verbs that, after a future cue in the same clause, make the date past again:
 * "officials who will oversee the vote met on Monday", "the army will free prisoners who were
 * seized on 2 May". Only forms that are plainly past (no "-ed" words: "the newly elected mayor
 * will take office" is future); after "be", "been", "have", "has", "had" or "to" they are
 * participles ("will be told on Friday") and do not count.
 */
export const PAST_VERBS: string[] = [
  "was", "were", "did", "met", "began", "took", "came", "went", "gave", "saw", "told", "spoke", "fled", "flew", "fell",
  "rose", "won", "struck", "said", "sent", "broke", "drove", "ran", "wrote", "sank"
];

/**
 * Words before a date that make it the start or the end of a period rather than the date of an
 * event (DateMention.role): "since October", "since the war began in October", "until Friday".
 */
export const DATE_ROLE_CUES: {since: string[]; until: string[]} = {
  since: ["since", "ever since", "starting", "starting from", "beginning in", "beginning on"],
  until: ["until", "till", "up until", "up to", "through to"]
};

/** Nouns that make "the 2000 …" or "a 2000 …" a count, not a year ("the 2000 Ukrainian prisoners", "a 2000 km pipeline"). */
export const COUNTED_NOUNS: string[] = [
  "people", "persons", "prisoners", "detainees", "hostages", "captives", "soldiers", "troops", "fighters", "civilians",
  "residents", "workers", "children", "women", "men", "migrants", "refugees", "families", "homes", "houses", "buildings",
  "victims", "casualties", "dead", "wounded", "inmates", "members", "students", "patients", "passengers", "miners",
  "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters",
  "feet", "foot", "tonnes", "tons", "ton", "tonne", "hectares", "acres", "square", "strong", "page", "pages", "word", "words"
];

/**
 * Event nouns a year may modify after an adjective: "the disputed 2019 election", "a failed 2021
 * coup", "the deadly 2010 floods". With a word between "the" and the year, one of these must
 * follow (maybe after a modifier or two: "presidential election", "peace agreement"), since "the
 * remaining 2000 prisoners" is a count.
 */
export const YEAR_EVENT_NOUNS: string[] = [
  "election", "elections", "vote", "referendum", "poll", "polls", "crackdown", "coup", "putsch", "uprising", "revolution",
  "revolt", "protest", "protests", "riots", "unrest", "war", "invasion", "offensive", "siege", "attack", "attacks", "bombing",
  "bombings", "massacre", "earthquake", "quake", "flood", "floods", "flooding", "tsunami", "cyclone", "hurricane", "drought",
  "famine", "ceasefire", "truce", "agreement", "accord", "deal", "treaty", "summit", "talks", "crisis", "strike", "strikes",
  "kidnapping", "abduction", "swap", "exchange", "release", "raid", "shooting", "explosion", "blast", "crash", "fire", "wildfire"
];

/**
 * Event nouns a date may follow in a clause with no verb: "after her capture in June 2021",
 * "since her detention on 4 May" (a length of time, "his arrest for two years", is no date).
 */
export const NOUNS_BEFORE_DATE: string[] = [
  ...YEAR_EVENT_NOUNS, "arrest", "arrests", "detention", "capture", "disappearance", "death", "murder", "assassination",
  "conviction", "trial", "sentencing", "escape", "return", "arrival", "departure", "resignation", "inauguration"
];

/**
 * Event nouns after "the day after the …", "two days before the …": the count is from the day the article told
 * that event on ("the day after the collapse" counts from the day of the collapse, not from the last date read).
 * Read with NOUNS_BEFORE_DATE. Lowercase.
 */
export const DAY_COUNT_EVENT_NOUNS: string[] = [
  ...NOUNS_BEFORE_DATE, "collapse", "derailment", "sinking", "capsizing", "landslide", "mudslide", "stampede", "crush", "handover",
  "hijacking", "ambush", "storm", "fighting", "riot", "mutiny", "takeover", "seizure", "accident", "disaster", "tragedy", "incident",
  // "two days after the blaze" (a fire told earlier: "a fire gutted the market on Monday").
  "blaze", "eruption"
];

/** Determiners before the event noun of a day count ("the day after the collapse", "after his arrest"). Lowercase. */
export const EVENT_NOUN_DETERMINERS: string[] = ["the", "his", "her", "their", "its"];

/**
 * Verbs of reporting: a date right after one ("said on 9 March that the collapse …", "told reporters on Monday") is
 * the day of the report, not of the event it names. Lowercase.
 */
export const REPORTING_VERBS: string[] = ["said", "says", "told", "announced", "reported", "confirmed", "added", "stated", "declared", "revealed", "disclosed", "wrote", "tweeted", "posted"];

/**
 * Other words that tell the event of a DAY_COUNT_EVENT_NOUNS noun ("the release" was told as "were freed", "walked out
 * of Gaza"; "the arrest" as "were detained"). The noun's own first letters count too ("collaps" for "collapsed").
 * Lowercase word beginnings.
 */
export const DAY_COUNT_EVENT_WORDS: Record<string, string[]> = {
  release: ["freed", "set free", "walked free", "walked out of", "handed over", "handed to", "let go"],
  arrest: ["detain", "seiz", "captur", "taken into custody"],
  detention: ["arrest", "seiz", "captur"],
  capture: ["seiz", "arrest", "detain"],
  kidnapping: ["abduct", "kidnap", "seiz"],
  abduction: ["abduct", "kidnap", "seiz"],
  attack: ["attack", "struck", "stormed"],
  blast: ["explo", "blew up"],
  explosion: ["blast", "blew up"],
  crash: ["crashed", "came down"],
  handover: ["handed"],
  // Not "burn" (protesters burning tyres, a Mr Burns) nor "struck" (drones, strikers, lightning): review 27 F1, F2.
  blaze: ["fire", "flames", "ablaze"],
  fire: ["blaze", "flames", "ablaze"],
  quake: ["earthquake", "tremor"],
  earthquake: ["quake", "tremor"],
  flood: ["flood"],
  flooding: ["flood"]
};

/**
 * Words before "of" that make a following four-digit number a quantity, not a year: "a total of
 * 2000", "out of 2000", "a toll of 1999". Any other word before "of" names a time: "the war of
 * 2020", "the floods of 1998".
 */
export const QUANTITY_BEFORE_OF: string[] = [
  "total", "sum", "figure", "toll", "number", "tally", "count", "maximum", "minimum", "average", "out", "budget", "cost",
  "price", "fee", "fine", "salary", "population", "capacity", "score", "rate", "value", "amount", "fleet", "force",
  "crowd", "group", "batch", "list", "team", "army", "staff", "loss", "losses", "debt", "deficit", "ransom", "reward",
  "payment", "payments", "sentence", "sentences", "term", "distance", "height", "depth", "length", "width", "weight",
  "area", "range", "dozens", "hundreds", "thousands", "one", "some", "all", "most", "many", "none", "each", "any"
];

/** "early March", "mid-2022", "late November", "the end of May": modifiers kept in date_text. */
export const PERIOD_MODIFIERS: string[] = [
  "early", "mid", "late", "the end of", "end of", "the beginning of", "beginning of", "the start of", "start of",
  "the middle of", "middle of", "the first half of", "the second half of", "the spring of", "the summer of",
  "the autumn of", "the fall of", "the winter of"
];

/**
 * Phrases that tell chrono's built-in parsers apart by what they match, since class names do not
 * survive minification. A parser matching any `drop` phrase is left out (times, casual words,
 * phrases counted from today: stage 03 parses those itself with a news past bias); the others are
 * filed under the first group whose phrases they match, so a text without that kind of cue skips
 * them. A parser matching none of the phrases (a future chrono addition) is left out too.
 */
export const CHRONO_PARSER_PROBES: {drop: string[]; numeric: string[]; month: string[]; weekday: string[]} = {
  drop: ["now", "tonight", "this afternoon", "at 10:40", "within 3 days", "3 days ago", "3 days later", "next week", "last 2 days", "+2 days", "end of the month"],
  numeric: ["2023-10-07", "10/07/2023", "10/2023", "2023/10/07"],
  month: ["7 October", "October 7", "in October", "October 2023", "2023 October"],
  weekday: ["on Monday"]
};

/**
 * Phrases on which each chrono refiner stage 03 leaves out changes chrono's raw results: a range
 * merger ("Monday to Wednesday" → one range), the unlikely-format filters (a bare year from our
 * year parser, "May" alone), the end-of-period refiner ("the end of October" → the 31st), and
 * the relative mergers ("2 weeks after Monday", a date then "+2 days"; `PROBE_DATE` is a stand-in
 * date only the probe parser reads). Refiners that leave all of them unchanged are kept.
 */
export const CHRONO_REFINER_PROBES: string[] = [
  "Monday to Wednesday", "in 2023", "they met then May", "at the end of October", "2 weeks after Monday", "PROBE_DATE +2 days"
];

/**
 * Verbs that tell a date as a recollection, a look back out of the story's order: "a resident recalled that the
 * river first rose on 2 June". A later "the next day" resumes the story, not the recollection (see dates/find.ts
 * resumesStory); a past told plainly ("he said he was seized on 2 May") is the story's own, and the count follows it.
 */
export const RECALL_VERBS: string[] = [
  "recalled", "recalls", "recalling", "remembered", "remembers", "remembering", "recounted", "recounts", "recounting",
  "looked back", "looking back"
];

/**
 * Possessive determiners that, after "and" following a future verb's named object, join a second
 * object to it ("will meet Rosa Lima and her daughters in Porto on Friday"): one future clause.
 */
export const FUTURE_OBJECT_DETERMINERS: string[] = ["his", "her", "their", "its"];

/**
 * Session 32: verbs of asking before an object and "to <verb>": a bare weekday after them is the asked act's day, ahead
 * ("asked the collector to report back on Friday"; dates/find.ts requestedWeekdays). Lowercase; a two-word verb is
 * written with one space.
 *
 * @example REQUEST_VERBS.includes("called on") // true
 */
export const REQUEST_VERBS: string[] = ["asked", "told", "ordered", "instructed", "directed", "invited", "summoned", "urged", "pressed", "called on", "appealed to"];
