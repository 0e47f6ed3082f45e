/**
 * Words of figures/gate.ts: whether a bare number (no person noun after it) is still a count of people, and
 * whether a count of days is a count of days in captivity. Data only; gate.ts builds its sets and regexes from
 * these lists (a space in a phrase matches spaces or tabs). Lower case.
 */

/**
 * Words after a bare number that let it be a subject or object of a casualty verb: "3,400 had been killed",
 * "two survived", "80 of them seriously" (an adverb of the earlier verb), "four may no longer be alive" (a modal
 * before the count's own verb), "thousands marched" (a crowd's verb: the count is then a generic count).
 *
 * @example BARE_VERB_NEXT.includes("survived") // true ("two survived")
 */
export const BARE_VERB_NEXT: string[] = [
  "were", "was", "had", "have", "has", "are", "is", "been", "being", "died", "survived", "remain", "remained", "remains",
  "killed", "wounded", "injured", "dead", "missing", "perished", "fled", "lost", "still", "reportedly", "also", "who", "whose",
  "all", "believed", "thought", "presumed", "feared", "confirmed", "now", "more", "others", "alive", "freed", "released",
  "abducted", "kidnapped", "displaced", "evacuated", "taken", "held", "hurt", "slain", "captured", "seized", "returned",
  "rescued", "arrested", "detained", "buried", "trapped", "remaining",
  // crowd verbs: "hundreds rallied outside the court"
  "joined", "walked", "rallied", "marched", "protested", "gathered", "attended", "stayed", "took",
  // "four may no longer be alive", "two could still be held": a modal before the count's own verb
  "may", "might", "could",
  // "80 of them seriously": an adverb of the earlier verb
  "seriously", "critically", "severely", "badly", "gravely", "fatally", "slightly", "lightly"
];

/**
 * Words (and punctuation, "" for the end of the text) after a bare number that close its phrase: "killing
 * hundreds and …", "rose to 3,400 on …", "freed 12, according to …" (prepositions, conjunctions and time words
 * that cannot continue a noun phrase).
 *
 * @example BARE_STOP_NEXT.includes("on") // true ("rose to 3,400 on …")
 */
export const BARE_STOP_NEXT: string[] = [
  "", ".", ",", ";", ":", "!", "?", ")", "\"", "”", "’", "'", "—", "–", "-", "and", "or", "in", "on", "at", "to", "from",
  "by", "with", "since", "over", "during", "after", "before", "across", "as", "including", "among", "while", "when",
  "according", "last", "this", "so", "but", "amid", "until", "throughout", "within", "inside", "near", "each"
];

/**
 * First words of a time phrase right after a bare count ("released two the following morning", "freed 12 of them
 * a week later", "… four yesterday"): a count followed by any other word (or a digit) skips the time regex.
 *
 * @example TIME_FIRST_WORDS.includes("the") // true ("the following week")
 */
export const TIME_FIRST_WORDS: string[] = ["the", "a", "one", "two", "three", "four", "five", "six", "yesterday", "today", "overnight"];

/** Verbs of keeping someone captive, as participles: "held for 42 days", "the 400 days they were held", "detained since March". *
 * @example HOLDING_PARTICIPLES.includes("kept") // true ("kept for 40 days")
 */
export const HOLDING_PARTICIPLES: string[] = ["held", "kept", "detained", "imprisoned", "jailed"];

/**
 * Stems of captivity words near a day count: "after 90 days in captivity", "52 days held in a tunnel" (a tunnel is
 * where hostages are held), "the 300 days she spent in confinement". Matched as word beginnings ("captiv" for
 * captivity and captive).
 *
 * @example CAPTIVITY_STEMS.includes("captiv") // true ("in captivity")
 */
export const CAPTIVITY_STEMS: string[] = ["captiv", "custody", "detention", "hostage", "prison", "jail", "tunnel", "held", "confinement"];

/**
 * Stems that make "once/twice in 214 days" a captivity length: the sentence names custody ("allowed to call home
 * twice in 214 days of detention"; a cell is a prison's).
 *
 * @example CUSTODY_STEMS.includes("cell") // true ("twice in 214 days in a cell")
 */
export const CUSTODY_STEMS: string[] = ["captiv", "custody", "detention", "detained", "prison", "jail", "held", "hostage", "cell"];

/**
 * Words right before a day count that measure a stay when the story is about captivity: "held for 42 days", "after
 * 498 days", "following 60 days", "spent 90 days", "enduring 100 days" (the holding participles come first).
 *
 * @example DAYS_BEFORE_WORDS.includes("after") // true ("after 498 days")
 */
export const DAYS_BEFORE_WORDS: string[] = [...HOLDING_PARTICIPLES, "spent", "after", "following", "for", "endured", "survived", "enduring", "spending"];

/**
 * Participles of a person's seizure after "N days after he was …": days counted from it are days in captivity
 * ("210 days after she was dragged from her car"; "taken" also as "taken hostage").
 *
 * @example SEIZURE_PARTICIPLES.includes("snatched") // true ("40 days after she was snatched")
 */
export const SEIZURE_PARTICIPLES: string[] = ["abducted", "kidnapped", "dragged", "taken", "seized", "captured", "snatched"];

/** Release verbs before "N days later": "was freed 40 days later", "let go eleven days later". *
 * @example LATER_RELEASE_VERBS.includes("let go") // true ("let go 11 days later")
 */
export const LATER_RELEASE_VERBS: string[] = ["freed", "released", "set free", "let go"];

/**
 * Words right after a day count that make it a distance in time, not a length of captivity: "40 days later",
 * "ten days ago", "two days before the vote", "100 days of the war", "30 days each", "five days a week".
 *
 * @example DAYS_NOT_AFTER.includes("ago") // true ("ten days ago")
 */
export const DAYS_NOT_AFTER: string[] = [
  "later", "ago", "after", "before", "earlier", "from now", "into", "of the", "before", "prior", "long", "each", "a week", "per"
];

/**
 * Nouns of a seizure after "N days after (the/their) …": days counted from it are days in captivity ("released 17
 * days after their abduction", headlines: "Crew freed 40 days after river kidnapping").
 *
 * @example SEIZURE_NOUNS.includes("abduction") // true ("freed 40 days after their abduction")
 */
export const SEIZURE_NOUNS: string[] = ["kidnapping", "kidnap", "abduction", "capture", "seizure", "hijacking"];

/**
 * Words of a release or an escape that must stand before "N days after the kidnapping" for the days to be a captivity
 * (with LATER_RELEASE_VERBS): "crew free 17 days after …", "rescued 30 days after their abduction", "walked free".
 * ("Police arrested two suspects 12 days after the kidnapping" measures no captivity.)
 *
 * @example DAYS_RELEASE_WORDS.includes("rescued") // true ("rescued 30 days after the kidnapping")
 */
// Session 32: "walk out": "let the two walk out of Gaza on Tuesday after 619 days".
export const DAYS_RELEASE_WORDS: string[] = ["free", "frees", "rescued", "escaped", "returned home", "back home", "walked free", "walk out", "walked out"];

/**
 * Words of a hand-over before "after N days" in the same clause, with nothing after the days: "were handed over to
 * the Red Cross after 211 days.", "pardoned by the governor after 47 days;" (figures/gate.ts asks the article to be
 * about a release too: a court "handed over the files after 30 days" in a story of no captives is no captivity).
 *
 * @example DAYS_HANDOVER_WORDS.includes("pardoned") // true ("were pardoned by the junta after 47 days")
 */
export const DAYS_HANDOVER_WORDS: string[] = ["handed over", "handed back", "pardoned"];

/**
 * Words of a return before "after N days" and a capitalised place between them: "Two nurses back in Nairobi after 90
 * days" (a headline's release; "back in office after 100 days" has no place).
 *
 * @example DAYS_RETURN_WORDS.includes("back in") // true ("back in Nairobi after 90 days")
 */
export const DAYS_RETURN_WORDS: string[] = ["back in",
  // Session 28: a coming out of or back from a named place ("walked out of Kidal on Sunday after 212 days", "Back from
  // Kidal after 212 days", a headline with no subject), with the same subject checks.
  "back from", "home from", "walked out of", "came out of", "emerged from"];

/**
 * Possessives right before a day count that make the days someone's stay: "during his 60 days in <Place>" is a
 * captivity in a sentence or story of captives (not "his 40 days in <Place>" in a travel story: a captivity word is needed).
 *
 * @example DAYS_POSSESSIVES.includes("his") // true ("during his 60 days in <Place>")
 */
export const DAYS_POSSESSIVES: string[] = ["her", "his", "their", "my", "our"];

/**
 * Nouns of records or acts after a seizure noun used as a modifier: "1,900 kidnapping complaints", "12 abduction
 * attempts", "300 hijacking cases" count the records or acts, not people (figures/seizure-records.ts).
 *
 * @example SEIZURE_RECORD_NOUNS.includes("complaints") // true ("recorded 1,900 kidnapping complaints")
 */
export const SEIZURE_RECORD_NOUNS: string[] = [
  "cases", "complaints", "reports", "attempts", "incidents", "charges", "claims", "calls", "investigations", "threats",
  "plots", "convictions", "trials", "lawsuits", "warnings", "alerts", "operations", "raids", "attacks", "rings", "gangs",
  "networks", "statistics", "figures", "records", "files", "hotspots"
];

/**
 * Auxiliaries right before a hand-over word of DAYS_HANDOVER_WORDS: only a passive hands over people ("were handed
 * over to the Red Cross after 211 days"); an active "handed over the files / power / their proposal" hands over things.
 *
 * @example DAYS_HANDOVER_AUXILIARIES.includes("were") // true
 */
export const DAYS_HANDOVER_AUXILIARIES: string[] = ["was", "were", "been", "being", "is", "are"];

/** Adverbs between such an auxiliary and the hand-over word: "were finally handed over after 90 days". */
export const DAYS_HANDOVER_ADVERBS: string[] = ["later", "then", "finally", "eventually", "also", "formally", "safely"];

/**
 * Words that make a hand-over's subject no captives: "The bodies of three soldiers were handed over after 12 days" (the
 * days are no captivity, and the dead are hostages_dead's business).
 */
export const DAYS_HANDOVER_DEAD_WORDS: string[] = ["bodies", "body", "remains", "corpses", "corpse", "ashes", "coffins"];

/**
 * Words that end the stretch before a hand-over's verb, so what follows them is its subject: "The Red Cross said the
 * men were handed over", "their ordeal ended when they were handed over".
 */
export const DAYS_SUBJECT_OPENERS: string[] = ["when", "that", "said", "says", "after", "before", "as", "while", "but", "because", "then", "once"];

/** Pronouns that may be the subject of a passive hand-over of people ("they were handed over after 211 days"). */
export const DAYS_HANDOVER_PRONOUNS: string[] = ["they", "he", "she", "we", "i", "both", "all"];

/**
 * Auxiliaries that open the own verb of a bare count coordinated after a count of people: "30 reporters have been
 * jailed, and at least 200 have fled abroad" (the 200 are reporters too).
 *
 * @example COORDINATED_COUNT_AUXILIARIES.includes("have") // true
 */
export const COORDINATED_COUNT_AUXILIARIES: string[] = ["were", "was", "are", "is", "have", "has", "had"];

/** Conjunctions that join such a count's clause to the one before it: "…, and at least 200 have …", "…; 12 were …". */
export const COORDINATED_COUNT_CONJUNCTIONS: string[] = ["and", "but", "while", "whereas"];

/**
 * Auxiliaries that open the predicate after a whole's phrase in "N of the M <people> … <predicate>" ("All but 6 of
 * the 23 captives still on the island are believed dead"): the predicate is the part's.
 *
 * @example PREDICATE_AUXILIARIES.includes("are") // true
 */
export const PREDICATE_AUXILIARIES: string[] = ["are", "were", "is", "was", "have", "has", "had", "remain", "remained", "remains"];

/** Relative pronouns whose auxiliary is their clause's, not the predicate's ("the 28 soldiers who were taken are home"). */
export const PREDICATE_RELATIVES: string[] = ["who", "that", "which", "whom"];

/**
 * Determiners between "of" and a whole's count: "three of the 40 miners", "Of its 30 crew, …".
 *
 * @example WHOLE_DETERMINERS.includes("its") // true
 */
export const WHOLE_DETERMINERS: string[] = ["the", "its", "their", "his", "her", "our", "these", "those"];

/**
 * Words that end a part's predicate ("Two of the 12 hostages freed were children | whose parents were killed"): a
 * relative clause, an "of"/"to the" phrase or a second clause tells of other people, not of the part.
 *
 * @example PREDICATE_STOPS.includes("whose") // true
 */
export const PREDICATE_STOPS: string[] = [
  "whose", "who", "whom", "that", "which", "where", "of", "to the", "to a", "to their", "but", "while", "whereas", "and", "although", "though"
];

/**
 * Words of a still-lasting state after a bare count and its auxiliary ("while 59 are still in the tunnels", "12
 * remain"): no coordinated count of the people before.
 *
 * @example STILL_STATE_WORDS.includes("still") // true
 */
export const STILL_STATE_WORDS: string[] = ["still", "remain", "remains"];

/**
 * Session 32: armed men and their verbs of seizing, after "N days after": "freed on Wednesday, 18 days after gunmen
 * stopped their car" counts days in captivity (figures/gate.ts DAYS_AFTER_SEIZURE, with a release verb before).
 * Lowercase.
 */
export const SEIZING_AGENTS: string[] = ["gunmen", "soldiers", "kidnappers", "militants", "rebels", "fighters", "pirates", "abductors", "captors", "attackers"];
export const SEIZING_VERBS: string[] = ["stopped", "seized", "abducted", "kidnapped", "took", "grabbed", "snatched", "captured", "ambushed"];
