import type {InteractionType} from "../types.ts";
import {KIN_NOUNS} from "./kin-words.ts";
/**
 * Small word lists of stage 07 (src/pipeline/interactions/) that guard look-alikes of its
 * patterns. Lower case.
 */

/**
 * Words right after a lowercase "-ed" word that make it a finite verb with an object or an end
 * (", welcomed them", ", announced."), not a participle ("kidnapped in May").
 *
 * @example VERB_OBJECT_OPENERS.includes("them") // true
 */
export const VERB_OBJECT_OPENERS = ["them", "him", "her", "it", "us", "the", "a", "an", "their", "his", "its"];

/**
 * Singular person nouns a go-between may be called by before his name ("through a local priest, Y").
 * Plural person nouns (model/person-nouns.ts) and title heads (model/titles.ts) count too.
 *
 * @example GO_BETWEEN_NOUNS.includes("cleric") // true
 */
export const GO_BETWEEN_NOUNS = [
  "priest", "cleric", "imam", "pastor", "bishop", "archbishop", "elder", "chief", "emir", "sheikh", "intermediary",
  "mediator", "negotiator", "envoy", "friend", "relative", "cousin", "brother", "sister", "lawyer", "diplomat",
  "official", "businessman", "businesswoman", "contact", "journalist", "reporter", "politician", "leader",
  "representative", "go-between", "middleman", "notable", "dignitary", "monk", "nun", "rabbi", "missionary", "teacher"
];

/**
 * Words before a plea verb that say no plea was made ("refused to plead with B", "would never
 * plead with B") or that it was someone else's ("whose families had pleaded with B").
 *
 * @example PLEA_BLOCKERS.includes("refused") // true
 */
export const PLEA_BLOCKERS = ["not", "never", "refused", "refuses", "refusing", "refuse", "declined", "declines", "whose", "n't"];

/**
 * Nouns of strikes: military after a light verb and "on/against" a place or country ("resumed
 * strikes on X"), labour otherwise.
 *
 * @example STRIKE_NOUNS.includes("strikes") // true
 */
export const STRIKE_NOUNS = ["strike", "strikes"];

/**
 * Words right before "strikes" that make them no attack ("hunger strikes").
 *
 * @example NON_ATTACK_STRIKE_MODIFIERS.includes("hunger") // true
 */
export const NON_ATTACK_STRIKE_MODIFIERS = ["hunger", "general", "labour", "labor", "wildcat", "rolling", "teachers", "nurses", "doctors"];

/**
 * Words of an agent's name that make its strikes labour action ("the National Union of
 * Mineworkers launched strikes on …").
 *
 * @example LABOUR_AGENT_WORDS.includes("union") // true
 */
export const LABOUR_AGENT_WORDS = ["union", "unions", "workers", "mineworkers", "federation", "syndicate", "confederation", "guild", "prisoners", "employees", "staff", "nurses", "doctors", "teachers"];

/**
 * Verbs before "to <release verb>" that say the release did not happen ("has refused to free
 * three hostages"), so it is not carried to the next sentence's names.
 *
 * @example REFUSAL_VERBS.includes("refused") // true
 */
export const REFUSAL_VERBS = ["refused", "refuses", "refuse", "refusing", "declined", "declines", "threatened", "threatens"];

/**
 * Relative words after a companion ("along with Hamas, which also signed it") that may make it a
 * party rather than a mediator.
 *
 * @example COMPANION_RELATIVES.includes("which") // true
 */
export const COMPANION_RELATIVES = ["which", "who"];

/**
 * Words after "…, who was (later) freed" that tell how or where the companion got free, so the
 * release is not the captors' own: "freed in an army raid", "released from hospital", "freed
 * when the army stormed the camp" (unlike "freed two days later").
 */
export const OTHER_RELEASE_WORDS = ["in", "from", "when", "after", "during", "as", "while", "at", "through", "with", "following", "once"];

/**
 * Quantifiers before a partitive "of": "met several of the families, including B" still meets
 * B (unlike "met the families of several hostages, including B").
 */
export const PARTITIVE_WORDS = ["several", "some", "many", "most", "all", "few", "each", "one", "none", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Kin nouns a relative is listed by after "and his/her …" ("freed A and her daughter, B"); a
 * trade ("and his lawyer, B") is no relative listed with A. The kin words of stage 09
 * (model/kin-words.ts) and the wider family, and the partners a freed captive is reunited with
 * ("met his mother, A, and his girlfriend, B").
 */
export const LISTED_RELATIVE_NOUNS = [...KIN_NOUNS, "nephew", "niece", "cousin", "uncle", "aunt", "grandfather", "grandmother", "child", "children", "sons", "daughters", "brothers", "sisters", "parents",
  "girlfriend", "boyfriend", "fiancée", "fiancé", "spouse"];

/**
 * Relative words after a delegation noun that let the person who led it join its subjects:
 * "P headed the union team which signed with B" (P signed too). "whom" is left out: "the team
 * whom B received" makes the team an object, not the signer.
 *
 * @example DELEGATION_RELATIVES.includes("which") // true
 */
export const DELEGATION_RELATIVES = ["that", "which", "who"];

/**
 * Relative words a reduced object relative may keep before its subject: "the miners that A
 * freed", "the pilots whom A held", "the nurses who A seized" (a common slip for "whom").
 * "which" is left out: counted complements are persons.
 *
 * @example OBJECT_RELATIVE_WORDS.includes("whom") // true
 */
export const OBJECT_RELATIVE_WORDS = ["that", "whom", "who"];

/**
 * Words that end the noun phrase of a counted complement when read leftwards: "the" and "of" of
 * "two of the six miners A freed", "among" of "was among hostages A held" (the phrase is the
 * lowercase words after them).
 *
 * @example COUNTED_PHRASE_STOPS.includes("among") // true
 */
export const COUNTED_PHRASE_STOPS = ["the", "of", "among"];

/**
 * Forms of "be" a counted complement follows: "B and C were two of the six miners A freed", "B
 * is among the hostages A holds". Only finite forms: "had been among" is rare in reports.
 *
 * @example COUNTED_BE_FORMS.includes("were") // true
 */
export const COUNTED_BE_FORMS = ["is", "are", "was", "were"];

/**
 * Nouns for the family a relative speaks for: "A told the radio the family was grateful to B"
 * (A thanks B). Only the household itself: "the army was grateful to B" is no thanks of A's.
 *
 * @example FAMILY_SPEAKER_NOUNS.includes("family") // true
 */
export const FAMILY_SPEAKER_NOUNS = ["family", "families", "relatives", "parents"];

/**
 * Words before "with" that make the name after it a companion sharing the patient's fate: "B was
 * abducted along with C", "freed B together with C" (C is abducted or freed too).
 *
 * @example COMPANION_WORDS.includes("along") // true
 */
export const COMPANION_WORDS = ["along", "together"];

/**
 * Subordinators an "-ing" participle may follow and still take the main clause's subject: "A freed
 * B after holding him for 40 days" (A held B), "A met C while visiting X".
 *
 * @example PARTICIPLE_TIME_SUBORDINATORS.includes("after") // true
 */
export const PARTICIPLE_TIME_SUBORDINATORS = ["after", "before", "while", "since"];

/**
 * Plural nouns "the two …" may take before a symmetric verb whose parties are the sentence's only
 * two persons: "A handed B a list when the two leaders met" (A met B).
 *
 * @example THE_TWO_NOUNS.includes("leaders") // true
 */
export const THE_TWO_NOUNS = ["men", "women", "leaders", "officials", "ministers", "envoys", "presidents"];

/**
 * Participles of a release a companion's relative clause may tell: "B was abducted along with C,
 * who was freed days later" (the captors released C).
 *
 * @example COMPANION_RELEASE_PARTICIPLES.includes("freed") // true
 */
export const COMPANION_RELEASE_PARTICIPLES = ["freed", "released"];

/**
 * Request verbs whose object is the thing asked for, never the one asked: "requested the release
 * of C" asks no C ("asked B" does ask B).
 *
 * @example THING_REQUEST_VERBS.includes("requested") // true
 */
export const THING_REQUEST_VERBS = ["requested", "requests"];

/**
 * Participles of asking that may follow an appeal and make it a request: "appealed to B last May,
 * asking him to find C" (A asked B).
 *
 * @example APPEAL_ASKING_PARTICIPLES.includes("asking") // true
 */
export const APPEAL_ASKING_PARTICIPLES = ["asking", "requesting"];

/**
 * Words that end a sentence's opening clause before a conjunct verb or a call: "A said … and met
 * B" and "A, who …" open another clause at "and"/"who"; "after", "because", "if" open subordinate
 * ones.
 *
 * @example OPENING_CLAUSE_ENDS.includes("who") // true
 */
export const OPENING_CLAUSE_ENDS = ["and", "or", "but", "who", "which", "that", "while", "after", "before", "when", "because", "if"];

/**
 * Verbs a "Z-brokered <deal>" phrase may be the adjunct of, so Z mediated their parties: "A and B
 * exchanged prisoners in a Z-brokered deal", "A freed the crew under a Z-brokered accord". Not
 * "criticised/welcomed/praised the Z-brokered deal" (no party acts). Only inflected forms: "the
 * release of B in a Z-brokered deal" is a noun.
 *
 * @example BROKERED_DEAL_VERBS.includes("swapped") // true
 */
export const BROKERED_DEAL_VERBS = ["exchanged", "exchanges", "swapped", "swaps", "traded", "freed", "frees", "released", "releases", "signed", "signs", "agreed", "agrees", "handed"];

/**
 * Peaceful acts an unnamed envoy does for the one who sent it: "A invited her spokesman to meet B"
 * (the spokesman met B, not A). Violence ("sent troops to attack X") stays the sender's.
 *
 * @example ENVOY_ACT_TYPES.includes("met") // true
 */
export const ENVOY_ACT_TYPES: InteractionType[] = ["met", "thanked", "negotiated", "asked", "visited", "promised"];

/**
 * Nouns right before a ship's name ("the tanker Nordic Lark", "the bulk carriers A and B",
 * "the fishing trawler Blue Heron"): the name is the vessel's, and a vessel is no participant of an
 * interaction (the crew on board are). "carrier" alone is left out: "the flag carrier Air X" is
 * an airline; it counts after VESSEL_CARRIER_MODIFIERS only.
 */
export const VESSEL_NOUNS = ["tanker", "tankers", "vessel", "vessels", "ship", "ships", "freighter", "freighters", "trawler", "trawlers", "yacht", "yachts", "ferry", "tugboat", "tug", "dhow", "warship", "containership", "boxship"];

/** Words that make "carrier(s)" a ship ("bulk carrier", "aircraft carrier", "ore carrier"). */
export const VESSEL_CARRIER_MODIFIERS = ["bulk", "aircraft", "ore", "gas", "lng", "lpg", "car", "vehicle", "livestock"];

/** Prefixes written at the start of a ship's name ("MV Northern Star", "MT Blue Heron", "M/V Orion"). */
export const VESSEL_PREFIXES = ["mv", "mt", "m/v", "m/t", "fv", "f/v", "mv.", "mt."];

/**
 * Present-tense verbs a quoted "we" performs by saying them, so the quotation's speaker is their
 * subject: "\"We call upon B to free C,\" spokesperson A said" → A called on B; "\"We thank B,\" A
 * said" → A thanked B. Deeds are left out: in "\"We attacked B,\" A said" the group acted, not A.
 *
 * @example WE_PERFORMATIVE_VERBS.includes("urge") // true
 */
export const WE_PERFORMATIVE_VERBS = ["call", "urge", "thank", "ask", "appeal", "demand", "condemn", "welcome", "request", "implore", "beg", "plead", "press"];

/**
 * Nouns of a side in talks that a nationality only qualifies: in "facilitated dialogue between the
 * Russian side and B" the Russian side is no named party, B is (unlike "between Russia and B").
 *
 * @example UNNAMED_SIDE_NOUNS.includes("side") // true
 */
export const UNNAMED_SIDE_NOUNS = ["side", "delegation", "team", "negotiators"];

/**
 * Nouns of a release that a counted object and its doer may follow: "The release of two miners by
 * the Delta Front this week followed weeks of talks" is the Front's release of two, which the next
 * sentence's handover of named persons is (interactions/find-interactions.ts countedRelease).
 */
export const RELEASE_NOUNS = ["release", "freeing"];

/**
 * Words before a release noun that say it was only asked for or hoped for, not done: "demanded the
 * release of two miners by the Front", "called for", "hopes for", "talks on".
 */
export const UNDONE_RELEASE_OPENERS = ["for", "on", "about", "seek", "seeks", "sought", "seeking", "demand", "demanded", "demands", "demanding", "urged", "urge", "urges", "negotiate", "negotiated", "negotiating", "secure", "await", "awaits", "awaited", "awaiting", "block", "blocked", "delay", "delayed", "delays", "expected", "planned", "proposed"];

/**
 * Words that may stand right before a delegation's actor name while its noun phrase still opens the
 * clause ("A senior Karst Front delegation last visited Velm"; the sentence start, a comma, one of
 * these joiners or a reporting verb before it). After anything else the phrase is an object ("Reporters
 * who interviewed Karst Front officials last visited Velm": the officials did not visit), so "last"
 * there is no adverb of theirs. Lowercase.
 */
export const DELEGATION_PHRASE_LEADS = ["a", "an", "the", "senior", "top", "some"];

/** Joiners after which a delegation's noun phrase opens a clause ("…, and Karst Front envoys last met B"). */
export const DELEGATION_CLAUSE_JOINERS = ["and", "but", "that", "while", "as"];

/**
 * Verbs after a release noun that say the release did not happen: "The release of two miners by the
 * Delta Front was blocked by the army", "… failed", "… was denied". A release noun whose own predicate
 * is one of these hands nothing to the next sentence's handover. Lowercase.
 */
export const FAILED_RELEASE_PREDICATES = [
  "blocked", "denied", "delayed", "failed", "fails", "halted", "collapsed", "stalled", "postponed", "cancelled", "canceled",
  "thwarted", "prevented", "stopped", "suspended", "rejected", "vetoed", "derailed", "refused"
];

/**
 * Receivers a handover goes to that make it a case's custody, not a release: "Ana Vik and Karl Dahl
 * were handed over to prosecutors as suspects". The previous sentence's counted release is not
 * carried to such a handover. Not "police": freed captives are often handed to police ("Bandits
 * freed an engineer and her mother. B and C were handed to police in Gusau." is their release,
 * round14-handovers.test.ts). Lowercase.
 */
export const CUSTODY_RECEIVERS = ["prosecutors", "prosecutor", "court", "courts", "judge", "judges", "investigators", "detectives"];

/**
 * Participles by which a third party receives two sides' meeting: "A met B at talks hosted by C",
 * "A and B held talks hosted by C" → C met A and C met B (the host sits with both). Lowercase.
 */
export const HOSTING_PARTICIPLES = ["hosted"];

/**
 * Participles by which a third party mediates two sides' meeting: "A met B in Geneva on Monday in
 * talks mediated by C" → C mediated A and C mediated B. Lowercase; each is a passive mediation verb
 * of model/interaction-verbs.ts.
 */
export const MEETING_MEDIATING_PARTICIPLES = ["mediated", "brokered"];

/**
 * Prepositions of a meeting's place and time adjuncts, passed over back to the persons met: "A met B
 * in X on 3 May with the mediation of C" → C mediated A and B. Lowercase.
 */
export const MEETING_ADJUNCT_PREPOSITIONS = ["in", "at", "on", "near"];

/** Prepositions before the meeting noun of MEETING_MEDIATING_PARTICIPLES: "in talks", "at a meeting", "during the talks". */
export const MEETING_SETTING_PREPOSITIONS = ["in", "at", "during"];

/**
 * Last words of a facility's name that make a visit to it no interaction: "visited the Combined
 * Military Hospital" is a place the visitor went (the wounded there are met, if named), not a
 * party visited. Not embassies or ministries, which stand for their state. Lowercase.
 */
export const VISITED_FACILITY_WORDS = ["hospital", "hospitals", "clinic", "infirmary"];

/**
 * Nouns of time that make the noun phrase after a meeting verb no object (with the date units of
 * model/date-cues.ts): "A and B met the first time in 2019" is a meeting of A and B; "A and B met
 * the commanders" is not. Lowercase.
 */
export const MEETING_TIME_NOUNS = ["time", "times", "weekend", "weekends", "hour", "hours", "minute", "minutes", "moment", "while"];

/**
 * Heads of a manner phrase after "met with a/the" ("A and B met with the mediation/help/support of C",
 * "with the aim of", "with a view to"): how they met, not whom, so the two still met each other.
 * Review 23 F4. Lowercase.
 */
export const MEETING_MANNER_NOUNS = ["help", "mediation", "support", "aid", "blessing", "aim", "view", "participation", "presence", "assistance", "backing", "approval", "consent", "knowledge", "encouragement", "facilitation", "purpose", "goal", "intention", "hope"];

/**
 * Words after "to ask / to request" that keep the request on the one written to ("wrote to B to ask
 * for his help", "… to ask him to intervene"): not a noun phrase of someone else ("to ask the army
 * for help"). Lowercase.
 */
export const LETTER_INFINITIVE_NEXT = ["for", "him", "her", "them", "that", "whether"];

/**
 * Adverbs that may stand between the one written to and "to ask" ("wrote to B twice to ask for his
 * help"), besides words in "-ly" and dates. Lowercase.
 */
export const LETTER_REQUEST_ADVERBS = ["twice", "again", "once", "also", "thrice", "herself", "himself", "themselves"];

/**
 * Verbs of talking something over whose row is a meeting when "at/during a meeting" follows ("A
 * raised the case with B at a meeting in X" → A met B; "A discussed the floods with B" alone stays
 * negotiated). Lowercase first words of the verb phrases.
 */
export const MEETING_DISCUSSION_VERBS = ["raised", "raises", "discussed", "discusses", "discussing"];

/**
 * Nouns of an in-person meeting after "at/during (a/the)" for MEETING_DISCUSSION_VERBS: the
 * encounter of the two. Not "summit": at a gathering of many the two are attendees, and their
 * discussion stays negotiated (round 11's reading). Lowercase.
 */
export const DISCUSSION_MEETING_NOUNS = ["meeting", "meetings"];

/**
 * Words after a MEETING_DISCUSSION_VERBS object that end the discussion's own words: what follows
 * tells another act or another time, so its "at a meeting" is not where the two talked ("discussed
 * with B the proposals to be presented at a meeting", "plans to vote … at a meeting", "ahead of a vote
 * at a meeting", "what had been agreed at the meeting"). Review 23 F2. Lowercase.
 */
export const DISCUSSION_SCAN_STOPS = ["to", "what", "which", "that", "ahead", "before", "after", "until", "since", "when", "whose", "whom", "where"];

/**
 * Forms of "press" that, with an infinitive right after the object, put a request to it: "A has
 * pressed B to free the hostages" → A asked B (the held-out sets' reading). The ongoing "pressing"
 * stays called_on ("are pressing B and C to move to the next phase"), as does "pressed B on X".
 */
export const PRESSED_REQUEST_VERBS = ["pressed", "presses"];

/**
 * Infinitives after "pressed B to" that make the pressing a request (asked): an act only B can do for
 * someone ("pressed B to free/release/help …"). Any other infinitive ("pressed B to end the war", "to cut
 * rates") is policy pressure and stays called_on; a noun phrase ("pressed B to the limit / the ground /
 * her chest / a fifth set") is no request at all. Review 23 F1.
 */
export const PRESSED_REQUEST_INFINITIVES = ["free", "release", "help", "intervene", "hand", "return", "let", "secure"];

/**
 * Words that, after "for hosting B delegations", tell one occasion rather than a habit: "during …"
 * (ONE_OCCASION_PREPOSITIONS) and "at" + a meeting noun within three words (MEETING_AT_PREPOSITIONS).
 * Review 23 F9. Lowercase.
 */
export const ONE_OCCASION_PREPOSITIONS = ["during"];
export const MEETING_AT_PREPOSITIONS = ["at"];

/**
 * Words right after a mediator that tell the mediation's state in an absolute clause ("…, with the
 * mediation of Qatar frozen since May", "… of Qatar now in doubt", "… still stalled"), beside any "-ed"
 * participle ("stalled", "suspended"): no
 * mediation of the meeting. Review 23 F10. Lowercase.
 */
export const MEDIATION_STATE_WORDS = ["frozen", "dormant", "uncertain", "unclear", "doubtful", "broken", "now", "still"];

/**
 * Small words of the round-23 interaction rules, kept here rather than inline (review 23 F12). Lowercase.
 * - RECIPROCAL_OTHER_WORDS: "met each other" — the word after the determiner that makes the two sides
 *   the object (unnamedObject).
 * - DISCUSSION_AT_PREPOSITIONS: "at/during (a/the) meeting" after a raised/discussed object (meetingAfter);
 *   MEETING_NOUN_ARTICLES: the articles that may stand before its noun.
 * - GATHERING_OF_WORDS: "a meeting of EU ministers": a gathering of many (meetingAfter).
 * - NEGATION_WORDS: a negated participle ("one of two fans not held by A") is no act (oneOfDescribed).
 * - ONE_OF_PHRASE: "<B>, one of …" (oneOfDescribed): the count word and the partitive.
 * - DATE_ADJUNCT_PREPOSITIONS: "on Monday", "in May" before a date mention (adverbsOnly).
 * - NEGOTIATORS_OF_WORDS: "negotiators of (the) A" (negotiatorsOf): the partitive and the article.
 */
export const RECIPROCAL_OTHER_WORDS = ["other"];
export const DISCUSSION_AT_PREPOSITIONS = ["at", "during"];
export const MEETING_NOUN_ARTICLES = ["a", "the"];
export const GATHERING_OF_WORDS = ["of"];
export const NEGATION_WORDS = ["not", "never"];
export const ONE_OF_PHRASE = {count: "one", partitive: "of"} as const;
export const DATE_ADJUNCT_PREPOSITIONS = ["on", "in"];
export const NEGOTIATORS_OF_WORDS = {partitive: "of", article: "the"} as const;

/**
 * Auxiliaries of a passive whose subject is a named meeting: "the meeting between B and C was
 * arranged by A", "talks between B and C had been set up by A" (nominal.ts arrangedBy). "has/have/had"
 * only before "been". No "is/be": "is arranged by" and "will be arranged by" tell a plan or a habit.
 */
export const ARRANGED_AUXILIARIES = ["was", "were", "had", "has", "have"];

/** Punctuation that ends the aside in commas after a meeting's parties before its passive ("…, at which …, was set up by A"). */
export const ASIDE_STOPS = [".", ";", ":", "(", ")", "?", "!"];

/**
 * Nouns of a request named with its asker and its addressee: "a request from A to B", "the personal
 * request of A to the leadership of B", "A's request to B" → A asked B (nominal.ts addressedRequest).
 * Not "appeal": an appeal to captors is a plea, read elsewhere.
 */
export const ADDRESSED_REQUEST_NOUNS = ["request", "requests"];

/**
 * Round 26: verbs that send a request to its addressee, in a relative after the noun ("the request (that) A
 * had sent to B", "the personal request A addressed to B") or in its passive ("A request for X was passed
 * to B by A") → A asked B (nominal.ts sentRequest). Lowercase.
 *
 * @example REQUEST_SENDING_VERBS.includes("addressed") // true
 */
export const REQUEST_SENDING_VERBS = ["sent", "addressed", "made", "delivered", "passed", "conveyed", "submitted", "handed", "relayed", "forwarded",
  "transmitted", "presented", "directed",
  // Round 33: "the request (that) A put to B", "A request for help was put to B by A".
  "put"];

/**
 * Round 26: auxiliaries before such a verb in a relative ("the request A had sent to B") or its passive
 * ("was passed to B by A", "had been passed": "been" after had/has/have).
 */
export const REQUEST_SENDING_AUXILIARIES = ["had", "has", "have", "was", "were", "been"];

/** Words before such a request that deny it was made: "no request from A to B", "without any request …". */
export const DENIED_REQUEST_WORDS = ["no", "without", "any", "never", "not"];

/**
 * Words of a time still to come after "was arranged by A": "The meeting between B and C has been
 * arranged by A for next week" tells a plan, not a meeting that took place (nominal.ts arrangedBy;
 * review 24 F12). Lowercase.
 */
export const FUTURE_TIME_WORDS = ["next", "tomorrow", "upcoming", "coming", "later"];

/**
 * Verbs of denial that govern a request told after them ("Ruritania denied that there had been a
 * request from A to B"): no request was made (nominal.ts addressedRequest; review 24 F7). Not "rejected"
 * or "dismissed": "A rejected a request from B to C" tells the request made. Lowercase.
 */
export const REQUEST_DENIAL_VERBS = ["denied", "deny", "denies", "denying", "disputed"];

/**
 * Words after "was/were" that make a request told before them a fake ("The request from A to B was
 * fabricated"): no request was made (review 24 F7). Lowercase.
 */
export const FABRICATED_WORDS = ["fabricated", "forged", "fake", "false", "invented", "bogus", "made-up", "hoax"];

/**
 * Words that may stand between a definite meeting noun and the comma of its "between" aside: "The
 * meeting itself, between B and C, took place in X", "The talks themselves, between B and C, …" (round 25).
 * Kept after review 25 F10: these are English's closed class of emphatic reflexives after a noun (not a
 * phrase of one article), they add no wrong row on any corpus, and dropping them costs three correct
 * heldout24 rows. Lowercase.
 */
export const MEETING_ASIDE_INTENSIFIERS = ["itself", "themselves"];

/**
 * Round 26: determiners that make a meeting noun definite before a "between" aside, with a few
 * lowercase modifiers between ("The meeting, between B and C, …", "Their only face-to-face encounter,
 * between B and C, came in X"). Lowercase.
 */
export const MEETING_ASIDE_DETERMINERS = ["the", "their", "this", "that"];

/**
 * Participles of running a meeting after "with <name>": "… took place in X, with A chairing the
 * session", "B met C, with A presiding" → A mediated B and C (round 25; "hosting" stays a host's
 * meeting, HOSTING_PARTICIPLES; "with C mediating" is find-interactions.ts withMediating's, whose parties
 * are the clause's subjects). Lowercase.
 */
export const CHAIRING_PARTICIPLES = ["chairing", "presiding", "moderating", "facilitating"];

/**
 * What a chairing participle may run when it has an object: "with A chairing the session / presiding over
 * the talks" (review 25 F8: "with A moderating the debate on television" is a host of a show). Lowercase.
 */
export const CHAIRED_MEETING_NOUNS = ["session", "sessions", "meeting", "meetings", "talks", "negotiations", "summit", "dialogue", "discussions", "consultations", "round"];

/**
 * Words of a game, a court or a broadcast that make "with A presiding / moderating" a referee, a judge or a
 * presenter, not a go-between (review 25 F8: "France met Italy in the final, with A presiding", "B met C in
 * court, with Judge A presiding"). Lowercase.
 */
export const CHAIRED_NON_MEETING_WORDS = ["final", "finals", "semifinal", "semi-final", "match", "game", "games", "tournament", "race", "bout", "fight",
  "referee", "umpire", "court", "courtroom", "trial", "hearing", "judge", "tribunal", "jury", "inquest", "debate", "television", "tv", "broadcast", "show"];

/**
 * Words after "held in" of an idiom of esteem, no detention: "B is (believed to be) held in high regard /
 * in contempt / in esteem by A" (review 25 F1). Lowercase.
 */
export const HELD_IN_IDIOM_WORDS = ["high", "low", "great", "such", "regard", "esteem", "contempt", "respect", "awe", "reverence", "affection", "suspicion", "disdain", "disrepute"];

/**
 * Infinitives after "leaned on B to" whose doer is the one leaning, not B: reliance, no pressure ("leaned on B
 * to get through the final set", "to survive"; review 25 F4). With a determiner after "to" ("to the very end")
 * it is no infinitive at all. Lowercase.
 */
export const LEANING_RELIANCE_INFINITIVES = ["get", "stand", "win", "survive", "reach", "make", "cope", "stay", "keep", "walk", "carry", "pull", "see", "finish",
  "recover", "heal", "grieve", "overcome", "manage", "score", "lead", "steady", "balance", "rest"];

/**
 * Words of a seated contest or a meal that make "A sat across the table from B" no meeting ("across the chess
 * board", "the televised debate", "at the wedding dinner"; review 26 verbs F3). Not "final": "shook hands on the
 * final night" of talks. Lowercase.
 */
export const SEATED_CONTEST_WORDS = ["chess", "poker", "cards", "dinner", "wedding", "banquet", "feast", "televised", "debate", "debates", "exam", "examination",
  "tournament", "match", "game", "games", "championship",
  // Round 33: a seat beside a stranger or in a hearing ("sat across from B on the train", "in the courtroom").
  "train", "bus", "flight", "subway", "courtroom", "dock", "jury",
  // Mend 33 (review F7): a hearing, a plane seat, a studio or a parliament's benches ("sat across from B during the hearing",
  // "on the opposition benches for a decade").
  "hearing", "hearings", "trial", "court", "plane", "studio", "benches", "bench", "chamber", "panel", "audience"];

/**
 * Round 31: first words of a time phrase that may stand between "pressed B" and its "to free …" with the request kept:
 * "A had pressed B since the spring to free the crew", "pressed B for months to release …" (interactions/pressed-requests.ts).
 * Lowercase.
 */
export const PRESSED_TIME_OPENERS = ["since", "for", "throughout", "over", "on", "in", "last", "this", "all", "repeatedly", "again", "privately", "publicly"];

/** Round 31: most tokens of that time phrase ("since the start of the year" is six). */
export const PRESSED_TIME_REACH = 6;

/**
 * Round 32: the people of a body pressed in its name ("pressed Acme Steel's leaders to release the pay"): the request is
 * the body's, as "pressed Acme Steel to release the pay" (interactions/pressed-requests.ts). Lowercase.
 *
 * @example PRESSED_OWNED_GROUP_NOUNS.includes("leadership") // true
 */
export const PRESSED_OWNED_GROUP_NOUNS = ["leaders", "leadership", "officials", "bosses", "management", "negotiators", "commanders", "chiefs", "executives", "board"];

/**
 * Round 33: verbs that answer a request put to their subject, granting or refusing it: "A approved / granted / turned
 * down a request from B (for help)", "A rejected B's request" → B asked A (the request was made to A whatever the
 * answer; interactions/granted-requests.ts). Not "received" or "denied" (a request only said to exist, or said not to),
 * nor "considered" (no answer yet). Lowercase; "turned / turns down" are read as their two words.
 *
 * @example GRANTING_REQUEST_VERBS.includes("approved") // true
 */
export const GRANTING_REQUEST_VERBS = ["approved", "approves", "approve", "approving", "granted", "grants", "grant", "granting", "accepted", "accepts", "accepting",
  "rejected", "rejects", "rejecting", "refused", "refuses", "refusing", "declined", "declines", "declining", "honoured", "honored", "honours", "honors", "heeded",
  "heeds", "fulfilled", "fulfils", "fulfills", "answered", "answers"];
/** Round 33: first words of the two-word granting verbs ("turned down a request from B"), before "down". */
export const GRANTING_REQUEST_DOWN_VERBS = ["turned", "turns", "turning", "turn"];
/**
 * Mend 33 (review F8): words of a court that make a granted or refused request a motion, no request of the one who rules
 * ("the Supreme Court rejected a request from B to delay his trial", "Judge A granted a request from B for bail"), as a
 * request "put to a court" is none (granted-requests.ts). Lowercase.
 */
export const GRANTING_COURT_WORDS = ["court", "courts", "tribunal", "judge", "judges", "justice", "bail", "trial", "prosecutors", "prosecution", "defence", "defense",
  "lawyers", "attorneys", "hearing", "appeal", "appeals", "sentencing"];
/** Round 33: words right before a granting verb that say it did not happen ("has not approved", "never granted"). */
export const GRANTING_NEGATIONS = ["not", "never", "n't", "yet", "to"];

/**
 * Round 33: nouns of one sitting of talks that a chair or an organiser runs "between" two sides: "A chaired the first
 * round / both sessions between B and C" → A mediated B and C (interactions/nominal.ts chairedRound; only after a verb of
 * ARRANGING_VERBS, never alone: "the second round between two players" is a game). Lowercase.
 */
export const CHAIRED_ROUND_NOUNS = ["round", "rounds", "session", "sessions", "sitting", "sittings"];
/**
 * Mend 33 (review F4): words of a vote that make "the second round between B and C" a run-off, no talks ("the electoral
 * commission organised the second round between B and C on Sunday"; nominal.ts chairedRound). Lowercase.
 */
export const CHAIRED_ROUND_VOTE_WORDS = ["election", "elections", "electoral", "vote", "votes", "voting", "voters", "ballot", "ballots", "polls", "poll", "run-off",
  "runoff", "primary", "primaries", "presidential", "candidate", "candidates", "contest", "race", "campaign",
  // Mend 33 (review F20): a bout, a sale or a stage show ("the boxing board oversaw the third round between B and C", "the
  // second round between B and C in the bidding", "moderated a session between B and C at the festival").
  "boxing", "wrestling", "tennis", "golf", "snooker", "darts", "judo", "knockout", "belt", "competition", "qualifying", "bidding", "bid", "bids",
  "bidders", "tender", "auction", "festival", "quiz", "audience", "concert"];
