/**
 * Small closed word classes the stage 07 argument rules rely on (data, not code).
 */

/** A mention right after one of these is a place or a complement, not a subject or object ("in Israel", "to Moscow"). */
export const OBLIQUE_PREPOSITIONS = ["in", "at", "near", "from", "inside", "outside", "into", "to", "toward", "towards", "across", "for", "against", "about", "under", "over", "among", "via", "through", "within", "during", "throughout", "by", "with", "on"];

/** Subject pronouns: when one stands between a mention and the verb, the pronoun is the subject. */
export const SUBJECT_PRONOUNS = ["he", "she", "they", "it", "we", "i", "you", "one"];

/** Reporting verbs: "A said B freed C" — A is not the subject of "freed". */
export const REPORTING_WORDS = ["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "according", "claimed", "reported", "announced", "explained", "stressed", "insisted", "argued", "believes", "believe", "thinks", "hopes", "denied", "confirmed", "revealed", "warned", "recalled", "recalls"];

/**
 * Mend 31: reporting verbs that deny what they report: "The rebels denied (that) they had kidnapped B" tells no
 * kidnapping, so a body's "they" after one is not read as the body's deed (arguments.ts theyAfterBodyReport).
 */
export const DENYING_REPORT_WORDS = ["denied", "denies", "deny", "disputed", "rejected"];

/**
 * Mend 31: prepositions of a place at sea that close the reach for a named object after the verb's own object
 * ("the coastguard rescued 40 migrants off Libya": Libya is where, not who was helped) (arguments.ts objectsAfter).
 */
export const OFFSHORE_PREPOSITIONS = ["off"];

/** Words that end the search for an object after the verb ("freed the crew that …"). */
export const OBJECT_BREAKS = ["that", "which", "who", "whom", "whose", "to", "by", "after", "before", "while", "when", "because", "and", "or", "but", "said", "says", "told", "if", "as", "than", "since", "until"];

/** Determiners and possessives: a trigger right after one is a noun ("the release", "his visit"). */
export const DETERMINERS = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "whose", "any", "no", "each", "every", "another", "such", "further", "first", "second", "last", "latest", "recent", "eventual", "possible", "potential", "imminent", "swift", "immediate", "safe", "early", "planned"];

/** Verbs that govern an infinitive that is only asked for ("urged A to release B" is no release). */
export const CALL_GOVERNORS = ["called", "calls", "call", "calling", "urged", "urge", "urges", "urging", "asked", "ask", "asks", "asking", "demanded", "demand", "demands", "appealed", "appeals", "pressed", "pressure", "pressured", "wants", "want", "wanted", "requested", "encouraged", "pushed", "begged", "tasked", "instructed", "ordered"];

/**
 * Determiners that are adverbs right after a name or pronoun: "A first met B in May" is a verb,
 * "the first meeting" a noun.
 *
 * @example ORDINAL_ADVERBS.includes("first") // true
 */
export const ORDINAL_ADVERBS = ["first", "last"];

/** Auxiliaries of a passive ("was freed", "being held"). */
export const PASSIVE_AUX = ["was", "were", "is", "are", "been", "being", "be", "get", "got", "gets", "getting", "'s"];

/** Openers of an apposition the subject search may jump over ("A, a group allied with B, freed C"). */
export const APPOSITION_OPENERS = ["a", "an", "the", "who", "whom", "which", "whose", "one", "its", "his", "her", "their", "also", "itself", "himself", "herself", "themselves", "along", "together", "both", "now", "then", "on", "in", "last", "earlier", "according"];

/** Nouns for people sent by an actor: "negotiators from A and B met C" makes A and B the subjects. */
export const DELEGATE_NOUNS = ["delegation", "delegations", "delegates", "negotiators", "officials", "envoys", "representatives", "diplomats", "mediators", "team", "teams", "ministers"];

/** Object pronouns that may stand for a person named earlier ("since A released him"). */
export const OBJECT_PRONOUNS = ["him", "her"];

/** Every personal pronoun in object form: an object none of them names ("thanked them for responding to B's request"). */
export const PERSONAL_OBJECT_PRONOUNS = ["them", "him", "her", "it", "us", "me", "you"];

/**
 * Short openers a subject pronoun may follow and still be sentence-initial ("On Tuesday she met B",
 * "A day earlier she …", "There he was met by B": the place of the sentence before).
 */
export const PRONOUN_LEAD_INS = ["on", "in", "at", "later", "then", "earlier", "last", "next", "afterwards", "that", "this", "a", "there"];

/**
 * Round 29: aspectual verbs that carry a passive's patient (find-interactions.ts aspectualPassive). Before "to be":
 * "B continues to be held by A" (lowercase forms of "continue"); right before the participle: "B remains (still)
 * held by A" (forms of "remain"). Not "seems / appears" (no state told) nor "is expected / due to be" (a plan).
 */
export const ASPECTUAL_TO_BE_VERBS = ["continue", "continues", "continued", "continuing"];
export const ASPECTUAL_STATE_VERBS = ["remain", "remains", "remained", "remaining"];

/**
 * Mend 29 F1: nouns inside a relative clause that a name in commas after the clause may describe instead of the
 * clause's head ("met the judge who sentenced the activist, B" → B is the activist; "blamed the firm that sued
 * its rival, X" → X is the rival), beside the person, kin, title and relational nouns and agent endings
 * (arguments.ts relativeApposition).
 */
export const CLAUSE_REFERENT_NOUNS = ["suspect", "suspects", "victim", "victims", "champion", "champions", "rival", "rivals", "boss", "chief",
  "coach", "captain", "guest", "guests", "envoy", "envoys", "heir", "hostage", "hostages", "company", "companies", "firm", "firms", "club",
  "clubs", "team", "teams", "party", "parties", "group", "groups", "bank", "banks", "agency", "union", "newspaper", "paper", "channel",
  "network", "side", "opposition", "successor", "predecessor", "deputy", "candidate", "candidates", "winner", "owner", "son", "daughter",
  "wife", "husband", "mother", "father", "brother", "sister", "nephew", "niece", "cousin", "uncle", "aunt", "widow", "partner"];

/** Mend 29 F1: endings of agent nouns in a relative clause ("activist", "reporter", "contractor", "defendant", "student", "chairman"). */
export const CLAUSE_AGENT_ENDINGS = ["ist", "ists", "er", "ers", "or", "ors", "ant", "ants", "ent", "ents", "man", "men", "woman", "women"];

/** Mend 29 F1: words with those endings that name no one ("after", "never", "order", "government", "statement"). */
export const CLAUSE_AGENT_EXCEPTIONS = ["her", "after", "over", "under", "never", "ever", "later", "earlier", "together", "rather", "whether",
  "either", "neither", "other", "another", "further", "for", "or", "nor", "per", "then", "when", "than", "sent", "spent", "went", "meant",
  "lent", "want", "want", "can", "began", "ran", "than", "often", "even", "seven", "eleven", "between", "when", "again", "open", "men"];

/**
 * Mend 29 F6: verbs before an unnamed relative head that keep the sentence's subject as the clause's: the
 * subject leads the group ("A headed the delegation that met B", "A led the team that rescued B") or becomes
 * the head ("A became the first minister who met B") — arguments.ts unnamedRelativeHead.
 */
export const RELATIVE_HEAD_KEEPERS = ["led", "leads", "lead", "leading", "headed", "heads", "chaired", "chairs", "became", "becomes", "become", "remained", "remains"];

/** Round 29: words before a time word that may close a participle's clause before "was/were" ("Among the hostages freed by A on Monday was B"). */
export const TIME_PHRASE_PREPOSITIONS = ["on", "in", "last"];

/** Words that introduce named members of a plural object ("freed four sailors, among them B"). */
export const MEMBER_MARKERS = ["including", "among"];

/** Verbs whose second conjunct shares the first one's subject: "A met B and (later) asked him". */
export const CONJUNCT_ADVERBS = ["later", "then", "also", "subsequently"];

/** Adverbs that may stand between an auxiliary and its participle ("were quickly flown to X"). */
export const MANNER_ADVERBS = ["immediately", "quickly", "swiftly", "promptly", "soon", "first", "finally", "eventually", "safely", "secretly", "reportedly", "briefly"];

/**
 * Subordinators and coordinators after which "he/she" is the one person named before in the
 * sentence ("A arrived in X, where he met B", "A arrived and he met B").
 */
export const PRONOUN_SUBORDINATORS = ["where", "when", "after", "before", "until", "once", "because", "as", "while", "and", "but"];

/** Nouns that sum up the previous clause as an act ("X halted aid, a move A condemned" → A criticized X). */
export const ACT_NOUNS = ["move", "step", "decision", "action", "act"];

/**
 * Verbs whose object is the doer of a following infinitive ("allowed B to leave"), so "to"
 * after their object is no purpose clause of the subject (unlike "A telephoned B to thank him").
 */
export const OBJECT_CONTROL_VERBS = ["told", "tell", "tells", "allowed", "allows", "allow", "invited", "invites", "invite", "persuaded", "forced", "forces", "encouraged", "encourages", "helped", "helps", "help", "enabled", "enables", "wanted", "wants", "want", "expected", "expects", "ordered", "orders", "instructed", "authorized", "authorised", "permitted", "got", "convinced", "advised", "needed", "needs", "left", "sent", "sends", "hired", "appointed", "elected", "chose", "named",
  // Transfer verbs: "brought B to meet C" — B meets C.
  "brought", "brings", "bring", "took", "takes", "flew", "escorted", "drove", "invites"];

/**
 * Verbs of speaking or posting a participle clause may hang on: "A said in a statement,
 * thanking B" and "A wrote on social media, thanking B" both make A the one who thanks.
 */
export const SPEAKING_VERBS = ["said", "says", "wrote", "writes", "posted", "posts", "tweeted", "added", "adds", "stated", "announced", "told", "tells"];

/** Words that lead a delegation ("a delegation led by B"). */
export const LEADING_WORDS = ["led", "headed"];

/** Nouns of a two-sided exchange: "a prisoner swap with B, mediated by Z" has B and the speaker's side as parties. */
export const EXCHANGE_NOUNS = ["exchange", "exchanges", "swap", "swaps"];

/**
 * Count words a plural object may open with before its members in apposition ("freed two
 * soldiers, B and C"); digits count too.
 */
export const COUNT_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "both"];

/**
 * Nouns for those who act for a named body: "thanked the leadership of the movement B" thanks
 * B (unlike "the family of B", someone else). An armed group acts through its commanders:
 * "A talked for weeks with the commanders of the B" talks with B.
 */
export const GOVERNING_NOUNS = ["leadership", "leaders", "government", "governments", "authorities", "administration", "commanders", "command"];

/**
 * Acts a free participle may tell with the main clause's named subject when no verb of the stage
 * stands before it ("A took a harder line, condemning B", "A flew home on Sunday, thanking B"):
 * what is said, asked or promised, and meetings. Not a go-between's or a captor's acts ("had
 * trouble choosing, going back and forth between B and C" is no mediation).
 */
export const FREE_PARTICIPLE_TYPES = ["criticized", "thanked", "called_on", "asked", "promised", "met"];

/**
 * Nouns for one's opposite number in another government or body: "A, speaking by phone with B,
 * thanked his Kuwaiti counterpart" thanks B.
 */
export const COUNTERPART_NOUNS = ["counterpart"];

/**
 * Words a described first conjunct of an object list opens with ("thanked the church and B",
 * "thanked its divers and B", "met their families and B"): the article and the possessives.
 */
export const DESCRIBED_CONJUNCT_OPENERS = ["the", "his", "her", "its", "their", "our"];

/**
 * Time and frequency words that may stand between an object and an infinitive of purpose:
 * "A visited B twice in May to meet C" still makes A the one who meets (month and weekday names
 * are matched in lowercase).
 */
export const PURPOSE_GAP_WORDS = ["twice", "again", "once", "times", "several", "three", "four", "last", "this", "next", "week", "month", "year", "weekend", "in", "on", "early", "late", "mid", "earlier", "later",
  "morning", "afternoon", "evening", "night", "yesterday", "today",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  // Session 34: the means of a call ("spoke to B by phone on Wednesday to thank him": the thanks are A's).
  "by", "phone", "telephone", "video", "link"];

/**
 * Plural nouns for people who act for a group: "released by fighters of the X Front" has the
 * Front as the agent (the fighters are unnamed, docs/evaluation.md).
 */
export const AGENT_MEMBER_NOUNS = ["fighters", "members", "militants", "gunmen", "soldiers", "troops", "operatives", "commanders", "representatives", "officials", "negotiators", "envoys", "units", "forces", "agents"];

/**
 * Round 31: words of a rough count that may stand before AGENT_MEMBER_NOUNS in a passive's agent ("seized by
 * roughly a dozen militants of the Red Hand", "by some 20 fighters of the Delta Front", "by more than 40 members
 * of …"); digits and COUNT_WORDS count too. Lowercase.
 */
export const AGENT_COUNT_WORDS = ["about", "some", "around", "nearly", "almost", "roughly", "approximately", "at", "least", "more", "than", "over", "up", "to",
  "a", "an", "dozen", "dozens", "score", "scores", "hundred", "hundreds", "handful", "of", "twenty", "thirty", "forty", "fifty"];

/**
 * Round 31: what joins unnamed members to their group besides "of": "gunmen from the Red Hand" (find-interactions.ts
 * membersOf). Lowercase.
 */
export const AGENT_MEMBER_LINKS = ["of", "from"];

/**
 * Round 31: nouns of an unnamed group or body that a passive's agent may describe before naming it in commas: "was
 * kidnapped by a local gang, the Red Hand", "was rescued by a mountain charity, Alp Aid" (find-interactions.ts
 * describedGroupAgent). Lowercase, singular.
 */
export const DESCRIBED_AGENT_GROUP_NOUNS = ["gang", "band", "cartel", "clan", "syndicate", "cell", "network", "group", "movement", "militia", "faction",
  "organisation", "organization", "charity", "company", "firm", "agency", "unit", "team", "service"];

/**
 * Round 31: words that name an unnamed group noun after "of / from": "militants from a cartel known (in the valley) as
 * the Red Hand", "fighters of a militia called the Delta Front", "members of a cell calling itself X". Each phrase
 * space-separated, lowercase; the words between the group noun and the phrase (one or two) are read in
 * find-interactions.ts namingPhraseEnd.
 */
export const GROUP_NAMING_PHRASES = ["known as", "known locally as", "locally known as", "called", "named", "calling itself", "that calls itself"];

/**
 * Plural nouns a group name may modify as an adjective: "freed 104 Rebel Front prisoners" frees
 * prisoners of the group, not the group itself (nor "between the Delta juntas and …").
 */
export const GROUP_MEMBER_NOUNS = ["prisoners", "detainees", "captives", "fighters", "militants", "members", "soldiers", "commanders", "juntas", "supporters", "rebels", "inmates"];

/**
 * Nouns by which a sentence refers back to a group it named: "B, who was seized by the group in
 * 2019" has the group named earlier in the sentence as the agent.
 */
export const GROUP_BACK_NOUNS = ["group", "movement", "militia", "faction", "organisation", "organization", "rebels", "insurgents", "militants", "jihadists"];

/**
 * Nouns for those who speak for a person: in "A's aides said she had thanked B" the "she" is A,
 * not the aides ("press office", "press service" end in these too).
 */
export const VOICE_NOUNS = ["office", "aides", "camp", "service", "spokesman", "spokeswoman", "spokesperson"];

/** Verbs of wishing a first-person speaker uses to do the act itself: "I wish to thank B" thanks B (unlike "urged B to free C"). */
export const WISH_VERBS = ["want", "wanted", "wish", "wished"];

/** Words that open a clause of its own: an infinitive after one has that clause's subject ("the clinic where nurses hoped to thank B"). */
export const CLAUSE_OPENING_WORDS = ["where", "when", "while", "because", "who", "whom", "whose", "which", "that", "since", "until", "although", "though", "if", "as"];

/** Words that open an apposition or a parenthetical phrase besides APPOSITION_OPENERS ("A, with B, …"). */
export const PHRASE_OPENING_WORDS = ["with", "under", "through", "including", "alongside", "backed", "led", "like", "as",
  // A participle aside between subject and verb: "A, speaking to reporters by phone, thanked B" (A thanks).
  "speaking", "talking", "writing", "addressing", "standing", "sitting", "flanked", "accompanied"];

/**
 * Round 25: prepositions that open an aside of time or occasion between a subject and its verb ("A,
 * after meeting B, thanked C", "A, during a visit to X, met C", "A, despite the dispute, accused
 * C"): the aside is passed over whole, and a name in it never acts. Not "at" (", at least three
 * citizens, B and C," is a list).
 */
export const ASIDE_PREPOSITIONS = ["after", "before", "during", "following", "despite", "amid"];

/**
 * Round 32: prepositions that open an aside of affiliation or origin right after a named person and before
 * the verb: "Ada Obi, of the opposition Green Party, criticised B", "C, from the dockers' union, met D".
 * The person before the aside acts; a body named inside it does not.
 */
export const ORIGIN_ASIDE_OPENERS = ["of", "from"];

/**
 * Round 32: discourse asides set off by commas between a subject and its verb, passed over whole: "A, for her part,
 * urged B to …", "A, however, criticised B", "A, meanwhile, met B". Lowercase, as word sequences.
 */
export const DISCOURSE_ASIDES = ["for her part", "for his part", "for its part", "for their part", "for our part", "however", "meanwhile", "too", "though", "instead", "in response", "in return", "likewise", "separately", "nevertheless", "nonetheless", "for example", "by contrast", "in contrast", "in the meantime"];

/** Forms of "be" and "have": a verb after a name, never part of a title ("the Front were B"). */
export const COPULA_WORDS = ["is", "are", "was", "were", "be", "been", "has", "have", "had"];

/** Possessive pronouns that open a relation before a name ("her brother B"). */
export const POSSESSIVE_PRONOUNS = ["his", "her", "their"];

/** Verbs of saying inside a relative clause: "B, which X says is backed by A". */
export const RELATIVE_REPORT_VERBS = ["say", "says", "said", "believe", "believes", "allege", "alleges"];

/** Verbs of writing to someone: "A wrote to B, asking him to …" makes B the one asked. */
export const WRITING_VERBS = ["wrote", "writes", "write", "written", "writing"];

/** Auxiliaries that mark a reported clause as backshifted ("said B had freed C"). */
export const BACKSHIFT_AUXILIARIES = ["had", "has", "have", "would", "will"];

/**
 * Lowercase words that carry a sentence on after a list of names in apposition without making
 * the list a subject: "freed two nurses, B and C, aged 30 and 41", "…, B and C, and then …".
 */
export const ASIDE_CONTINUATIONS = ["and", "or", "but", "aged", "respectively", "including", "among", "after", "before", "while", "when", "because", "as", "since", "until", "if", "where", "whose", "then", "later", "both", "all", "each", "too"];

/**
 * Verbs of calling someone on the telephone that are no interaction of their own (the annotated
 * sets disagree on calls): "A phoned B on Monday and thanked him" still makes A the one who
 * thanks, the subject of the call, not B. "called" only when a name follows it ("called on B"
 * is a call on B, "was called" a passive).
 */
export const PHONING_VERBS = ["called", "calls", "phoned", "phones", "telephoned", "telephones", "rang", "rings"];

/**
 * Nouns for the staff who act for a person: after "A told the council", "her staff had met B" is A's
 * act, as "he/she had met B" would be.
 */
export const STAFF_NOUNS = ["office", "team", "staff", "ministry"];

/**
 * Focus adverbs after "and" in a list of objects that single out the next one: "thanked A and
 * especially B", "and \"personally B\"" (B is thanked too). Only these: "and reportedly B was
 * there" opens a clause.
 *
 * @example FOCUS_ADVERBS.includes("particularly") // true
 */
export const FOCUS_ADVERBS = ["especially", "particularly", "personally", "notably"];

/**
 * Nouns after "the <Surname>" that name the bearer's household, not the bearer: "met the Lind
 * family" meets relatives, no person the mention stage read as "Lind".
 */
export const SURNAME_FAMILY_NOUNS = ["family", "families", "household", "clan"];

/**
 * Plural nouns after a nationality that leave those met unnamed: "met Chilean officials" meets no
 * country (unlike "met the Chilean delegation", which stands for Chile).
 */
export const UNNAMED_OFFICIAL_NOUNS = ["officials", "authorities"];

/**
 * Verbs of an aside that only gives a name's other name, after ", as" ("A, as the rebels call
 * themselves, and B", "A, as the town is known locally, and B"): the list goes on past it.
 */
export const NAMING_ASIDE_VERBS = ["call", "calls", "called", "know", "known", "style", "styles", "styled"];

/**
 * Auxiliaries after which an outlet may open a quotation of the clause's own verb: in 'A had
 * "facilitated dialogue between B and C"' or 'A has "repeatedly urged B"' the quote carries A's
 * words, so A stays the subject (a quote before a verb with no auxiliary may open someone else's).
 *
 * @example QUOTED_VERB_AUXILIARIES.includes("had") // true
 */
export const QUOTED_VERB_AUXILIARIES = ["had", "has", "have", "would", "will", "could", "should", "might"];

/**
 * Round 32: auxiliaries and modals after a name that make the name a clause's subject: after "her" the name opens
 * the clause a verb of promising or assuring takes, and "her" is the pronoun object ("promised her Portugal would
 * pay" → promised her; not "her Kenyan counterpart", a possessive).
 */
export const CLAUSE_SUBJECT_AUXILIARIES = ["would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "can", "should", "must", "might", "may", "did", "does"];

/**
 * Offices whose holder speaks for the person served ("the spokesman for B", "the press secretary to B"): a relative
 * clause after such an apposition is B's deed as often as the holder's, so stage 07 does not give it to the holder.
 */
export const SPEAKER_OFFICE_WORDS: readonly string[] = ["spokesman", "spokeswoman", "spokesperson", "secretary"];

/**
 * Object pronouns that tell a man or a woman. An object pronoun ("free her") never stands for the
 * person an object pronoun of the other sex between them already stood for: "A met B and promised
 * him that Lumenia would free her" (her is not B). Possessives and subjects ("his office", "he")
 * are left out: they often stand for the subject ("B met A at his office and thanked her"); so are
 * reflexives, which always do ("A met B, introduced himself and thanked her": her is B).
 */
export const GENDERED_OBJECT_PRONOUNS = {masculine: ["him"], feminine: ["her"]};

/**
 * Words of "B and the other miners", "B and his fellow captives": a named person with an unnamed
 * group of the same kind, whom a later "them" takes in ("visited B and the other miners and
 * promised them compensation" → promised B). Lowercase.
 */
export const OTHER_MEMBER_WORDS = ["other", "fellow"];

/**
 * Nouns for the attackers themselves: "Police killed two gunmen in the attack on B" kills the
 * attackers, so the attack is not the subject's (interactions/nominal.ts inAttack; review 22, F15).
 */
export const ATTACKER_OBJECT_NOUNS = ["gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "militants", "militant",
  "jihadists", "jihadist", "fighters", "terrorists", "terrorist", "insurgents", "insurgent", "bandits", "hijackers", "hijacker",
  "raiders", "kidnappers", "abductors", "captors", "bombers", "bomber", "rebels", "suspects", "perpetrators", "extremists"];

/**
 * Security-force nouns after a subject's name ("French police", "Kenyan security forces"): such a
 * subject that kills in "the attack on B" usually fought the attackers off, so it is read as the
 * attacker only with a victims object ("killed 30 civilians"); review 22, F15.
 */
export const SECURITY_FORCE_NOUNS = ["police", "policemen", "troops", "forces", "soldiers", "army", "military", "guards", "commandos",
  "officers", "security", "navy", "gendarmes", "gendarmerie", "marines", "special", "counterterrorism", "counter-terrorism"];

/** Object nouns for victims of an attack: "killed 30 people / civilians / villagers in the attack on B". */
export const ATTACK_VICTIM_NOUNS = ["people", "civilians", "villagers", "residents", "children", "women", "worshippers", "passengers",
  "traders", "students", "pupils", "farmers", "journalists", "staff", "workers", "patients", "tourists", "shoppers", "refugees"];

/**
 * Verbs whose object pronoun, after "B's <kin>, C,", is the kin owner B whatever was told before
 * ("B's wife, C, met / embraced / visited him"). With other verbs ("thanked him", "urged him") a
 * person named in the sentence before keeps the pronoun: "Ruto received B. B's wife, C, thanked
 * him" thanks Ruto (interactions/arguments.ts kinPronounOwner; review 22, F20).
 */
export const KIN_MEETING_VERBS = ["met", "meet", "meets", "meeting", "visited", "visit", "visits", "visiting", "embraced", "embrace",
  "embraces", "embracing", "hugged", "hug", "hugs", "hugging", "greeted", "greet", "greets", "greeting", "kissed", "kiss", "spoke",
  "speak", "speaks", "speaking", "talked", "talk", "talks", "reunited", "joined", "accompanied", "saw", "see", "sees", "seeing"];

/** Words that may own "the other(s)" after "and" ("B and his other companions"): interactions/arguments.ts withTheOthers. */
export const OTHER_MEMBER_OWNERS = ["the", "his", "her", "their"];

/** Prepositions that open "in/during the (dated) attack on B" (interactions/nominal.ts inAttack). */
export const IN_ATTACK_OPENERS = ["in", "during"];

/**
 * Pronouns that may be the whole object of "with" between a passive's subject and its verb ("B was
 * seized with her and is still held by A", "was taken with them and …"): the walk back to the subject
 * passes over "with <pronoun>" (arguments.ts wholePronounObject).
 */
export const PRONOUN_OBJECTS_OF_WITH = ["her", "him", "them"];

/** Words that close such a pronoun object: "with her and …" (not "with her son"). */
export const PRONOUN_OBJECT_CLOSERS = ["and"];

/**
 * Participles of speaking that open a sentence before its pronoun subject ("Speaking to reporters outside
 * the hospital, he thanked B", "Writing on social media, she …"): such an opener keeps "he/she" the
 * previous sentence's person, as a short time opener does (arguments.ts speakingOpener).
 */
export const SPEAKING_PARTICIPLE_OPENERS = ["speaking", "talking", "writing", "addressing", "responding", "answering"];

/**
 * Round 25: first words of a longer fronted adverbial that keeps "he/she" the previous sentence's
 * person under the same guards as a speaking opener ("In a statement on his website, he thanked B",
 * "After returning home, she met B", "Upon his arrival in X, he …", "Back in X, she …").
 */
export const ADVERBIAL_OPENERS = ["in", "after", "upon", "following", "returning", "arriving", "back", "later"];

/**
 * Words that make a speaking opener introduce an unnamed source or a spokesperson, not the previous
 * sentence's person: "Speaking on condition of anonymity, he said …", "Speaking on behalf of the
 * family, he thanked …" (review 24 F5). Review 25 F6: words of the other party's side, where a
 * writer turns to the patient or the respondent of the previous sentence ("A shot B. In hospital,
 * he …", "A criticised B. In response, he …", "Upon his release, he …", "After questioning, he …",
 * "In his concession speech, he …"); also stops a short time or place opener ("In response, he").
 * Lowercase.
 */
export const SPEAKING_OPENER_STOPS = ["anonymity", "condition", "behalf", "anonymously",
  "response", "reply", "release", "questioning", "concession", "freedom"];

/**
 * Review 25 F6: places of the other party's side that stop an opener not led by a speaking
 * participle ("A shot B. In hospital, he …", "In custody, he …"); "Speaking to reporters outside
 * the hospital, he …" stays the previous sentence's person. Lowercase.
 */
export const PATIENT_PLACE_OPENER_STOPS = ["hospital", "custody", "captivity", "prison", "jail"];

/**
 * Words right before a person that make it the object of its sentence, not its subject ("Police
 * arrested B", "was freed by B"), beside any lowercase word ending in "-ed": a speaking opener in the
 * next sentence ("Speaking at a press conference, he …") does not stand for such a person (review 24 F5).
 */
export const OBJECT_MARKING_WORDS = ["met", "held", "took", "saw", "told", "hit", "beat", "caught", "shot", "sent", "kept", "brought", "found",
  "freed", "thanked", "by", "to", "with", "for", "of", "against", "from", "about", "and", "or"];

/** Auxiliaries of the perfect, before "been" ("B has been in A captivity", "was arranged … had been arranged"). Lowercase. */
export const PERFECT_AUXILIARIES = ["has", "have", "had"];

/** Kinds of actor that stand as a body (not a person): holders of captives, speakers of an apposed "it". */
export const BODY_ACTOR_KINDS = ["organization", "group", "country"];

/**
 * Round 25: prepositions of a short adjunct between a reporting verb and "(that) he/she" ("A said in a
 * statement that he had thanked B", "A said at a news conference he met B", "A said in an interview
 * with Radio Sur she …"): the pronoun is still the speaker's.
 */
export const SPEECH_ADJUNCT_PREPOSITIONS = ["in", "on", "at", "during", "after", "via", "through", "with"];

/**
 * Determiners a speech adjunct's noun phrase may open with after its preposition ("in a statement",
 * "at his home", "on its website"; arguments.ts adjunctsOnly). Lowercase.
 */
export const SPEECH_ADJUNCT_DETERMINERS = ["a", "an", "the", ...POSSESSIVE_PRONOUNS, "its"];

/**
 * Lowercase words (and possessive marks) a subject's noun phrase may hold before a lowercase speech
 * tag besides title words ("the Kenyan foreign ministry's chief negotiator, officials said, …";
 * arguments.ts speechTagBetween).
 */
export const TAGGED_SUBJECT_PHRASE_WORDS = ["the", "of", "and", "'s", "’s", "'", "’", "-"];

/**
 * Singular nouns of a place in a body that name one person like a title head does, before the
 * body's link word: "met a member of the X bureau, B" (B is met; interactions/arguments.ts
 * officeHolderAfter).
 */
export const OFFICE_ROLE_NOUNS = ["member", "delegate", "co-founder",
  // Mend 31: appointed heads of a region or province in Central Asia and North Africa ("met the akim of the
  // region, B", "the wali of the province, B"); no title heads, for they are given names too ("Akim Mensah").
  "akim", "wali"];


/**
 * Floating quantifiers that open an aside after a listed subject: "A, B and C, all aid workers,
 * were freed by D" (interactions/arguments.ts appositionStart).
 */
export const QUANTIFIER_ASIDE_OPENERS = ["all", "each"];

/**
 * Irregular past participles that open an aside as a regular "-ed" one does when a preposition
 * follows: "A, taken from her home in May, was freed by D", "A, held since 2022, …"
 * (interactions/arguments.ts participleAsideAt).
 */
export const IRREGULAR_ASIDE_PARTICIPLES = ["taken", "held", "born", "known", "flown", "driven", "brought", "caught", "chosen", "given", "shot", "sent", "kept", "found", "seen", "beaten", "hidden", "stolen", "bitten", "thrown", "sworn", "hit", "hurt", "struck", "stuck", "left", "lost", "built", "sold", "told", "paid", "made"];

/**
 * Nouns of people who stand for or around someone, besides the kin nouns (model/kin-words.ts KIN_NOUNS): "The
 * family of B thanked C", "Lawyers for B met C", "Critics of B accused C" — B is the complement, not the subject
 * (review 26 args F4, F8). Lowercase, singular and plural.
 */
export const RELATIONAL_HEAD_NOUNS = ["family", "families", "relatives", "relative", "lawyer", "lawyers", "attorney", "attorneys", "supporters",
  "supporter", "critics", "critic", "spokesman", "spokeswoman", "spokesperson", "representative", "representatives", "friends", "friend",
  "colleagues", "colleague", "aides", "aide", "wives", "husbands", "sons", "daughters", "brothers", "sisters", "parents", "children", "mothers",
  "fathers", "widows", "son-in-law", "daughter-in-law", "entourage", "allies", "ally", "opponents", "rivals", "neighbours", "neighbors",
  // Session 32: crowds named after whom they follow or oppose ("Fans of B attacked C", "Followers of B met D").
  "fans", "fan", "followers", "follower", "admirers", "loyalists", "loyalist", "devotees", "disciples", "backers", "detractors"];

/**
 * Military and police ranks written lowercase before listed names, singular or plural: "released
 * Sergeant A, Corporal B and privates C and D", "arrested Inspector A and constable B". Only
 * ranks, not trades: "and thanked B" or "and farmers B" are not read through this list.
 */
export const LOWERCASE_RANK_NOUNS = ["private", "privates", "corporal", "corporals", "sergeant", "sergeants", "constable", "constables", "lieutenant", "lieutenants", "captain", "captains", "colonel", "colonels", "inspector", "inspectors", "seaman", "seamen", "sailor", "sailors", "trooper", "troopers", "gunner", "gunners", "rifleman", "riflemen", "warrant", "officer", "officers"];

/**
 * Plural nouns for the people a body or country sends to work in its name: "Volunteers from the X
 * Society have been helping Y", "Divers from the X Navy rescued B" make the body the subject, as
 * DELEGATE_NOUNS do for negotiators. Not people who merely come from somewhere ("refugees",
 * "fans", "residents", "hostages"), and only bodies and countries, not towns (stage 07 sentBy).
 */
/**
 * The people a body acts through after "its" ("X said its troops had freed B", "its staff met B"): the body's
 * own, whatever they are (arguments.ts, before the subject's walk).
 */
export const OWN_PEOPLE_NOUNS = ["volunteers", "rescuers", "divers", "medics", "paramedics", "doctors", "nurses", "surgeons", "engineers", "experts", "specialists", "firefighters", "crews", "staff", "personnel", "workers", "troops", "soldiers", "investigators", "inspectors", "observers", "monitors", "instructors", "trainers", "technicians"];

// Only people a body sends to act for it: not "workers from Nepal", "nurses from the hospital" (who may act for
// themselves, in a dispute with their employer) nor "doctors from Cuba" (review 27 args F1).
export const BODY_PEOPLE_NOUNS = ["volunteers", "rescuers", "divers", "medics", "paramedics", "engineers", "firefighters", "crews", "investigators", "inspectors", "observers", "monitors", "instructors", "trainers", "technicians",
  // Round 32: the armed men of a group or a force act for it ("Gunmen from the Red Hand seized B" → the Red Hand
  // abducted B; "Soldiers from the Lusitanian Army backed the National Guard"). Still only after a body's name,
  // never a country's or a town's ("soldiers from Ghana", "gunmen from the hills").
  "gunmen", "fighters", "militants", "militiamen", "soldiers", "troops", "commandos"];

/**
 * Mend 32 F4: the leaders of a body's own people, after "their" as a verb's object: "Soldiers from the X Army
 * accused their commander, B, of …", "Fighters from the X Front turned on their leaders": the people act against
 * their own side, not for the body that sent them. Lowercase.
 */
export const OWN_SIDE_LEADER_NOUNS = ["commander", "commanders", "leader", "leaders", "officer", "officers", "chief", "chiefs", "superior", "superiors", "general", "generals", "boss", "bosses", "comrade", "comrades", "employer", "employers"];

/**
 * Round 27: subordinators that open a fronted participle clause before "he/she" ("Before flying
 * south he met B", "While visiting X, she thanked B", "On arriving in X he met B"): the clause has
 * no subject of its own, so the pronoun stays the previous sentence's person, with or without the
 * closing comma (arguments.ts participleOpener). Lowercase.
 */
export const PARTICIPLE_CLAUSE_SUBORDINATORS = ["before", "after", "while", "whilst", "since", "on", "upon", "when", "by"];

/** Words ending in -ing that are no participle opening a clause ("During talks", "Nothing, he said"). Lowercase. */
export const NON_PARTICIPLE_ING_WORDS = ["during", "nothing", "something", "everything", "anything", "morning", "evening", "king", "spring", "notwithstanding", "according", "including", "regarding", "concerning", "following", "pending", "ceiling"];

/**
 * Round 27: prepositions of a place that may stand between a verb and its moved object ("received
 * at State House B", "met in Nairobi B and C"; arguments.ts personAfterLocative). Lowercase.
 */
export const LOCATIVE_SHIFT_PREPOSITIONS = ["at", "in"];

/**
 * Round 27: openers of an aside that adds companions to the subject: "A, alongside B, met C", "A,
 * as well as B, criticised C" → A and B act (arguments.ts companionAside); "along/together with"
 * are read in find-interactions.ts withCompanions. Lowercase, multi-word openers space-separated.
 */
export const COMPANION_ASIDE_OPENERS = ["alongside", "as well as"];

/**
 * Mend 28 (F14): the CRITICIZED_POSSESSIONS nouns naming a governing body, which may open a compound whose head
 * is someone else ("accused B's government spokesman of lying"); interactions/criticism.ts checks that the word
 * after one of these heads nothing. Acts ("B's decision not to attend", "B's remarks last week") get no check.
 * Lowercase.
 */
export const GOVERNING_POSSESSIONS = ["government", "administration", "cabinet", "regime", "leadership"];

/**
 * Mend 28 (F3): words right before a person (after the subject) that make that person the partner of
 * talks, a call or a meeting, whom "his/her counterpart" may name: "speaking by telephone with B",
 * "received B", "met B" (interactions/find-interactions.ts counterpartNamedBefore). Lowercase.
 */
export const COUNTERPART_LINK_WORDS = ["with", "met", "meeting", "received", "receiving", "hosted", "hosting", "phoned", "phoning", "called", "calling"];

/**
 * Mend 28 (F6): lowercase words that may close a time opener right before "he/she" after a subordinator
 * ("and later she met B", "and two weeks later he …", "and that evening she …"); a date closes one too
 * (arguments.ts subordinatorBeforeTime). Any other word before the pronoun ("and on Friday the party he
 * founded …") ends no opener. Lowercase.
 */
export const TIME_OPENER_ENDS = ["later", "afterwards", "afterward", "then", "earlier", "ago", "soon", "subsequently", "eventually", "finally", "meanwhile", "today", "yesterday", "tonight", "overnight", "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"];
