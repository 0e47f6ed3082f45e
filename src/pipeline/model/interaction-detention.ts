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

/**
 * Participles of keeping a captive that share the agent of an abduction before them: "B was
 * kidnapped by A in May and held for 40 days" → A held B as well as abducted B.
 *
 * @example ABDUCTION_HOLD_PARTICIPLES.includes("held") // true
 */
export const ABDUCTION_HOLD_PARTICIPLES = ["held", "kept"];

/**
 * Adverbs that may stand between "and" and the hold participle ("and later held", "and then kept").
 * No negation: "and never held" tells no hold.
 */
export const ABDUCTION_HOLD_ADVERBS = ["later", "then", "subsequently", "reportedly", "allegedly"];

/**
 * Words that may follow the hold participle when it tells the captive kept ("held for 90 days",
 * "held in a forest", "held captive", "held hostage", "held until", "held incommunicado"); any other word
 * ("held talks", "held a press conference", "held his nerve", "held by C") is another verb or agent.
 *
 * @example ABDUCTION_HOLD_NEXT.includes("for") // true
 */
export const ABDUCTION_HOLD_NEXT = ["for", "in", "at", "captive", "hostage", "prisoner", "until", "incommunicado", "without", "there", "near", ",", ".", ";"];

/**
 * Words after "held in" / "kept in" that make an idiom, not a place of captivity: "held in high regard",
 * "held in contempt of court", "kept in touch", "held in check" (review 24 F2). "on" is no longer a
 * word of ABDUCTION_HOLD_NEXT: "held on to power", "kept on working".
 *
 * @example ABDUCTION_HOLD_IDIOMS_AFTER_IN.includes("contempt") // true
 */
export const ABDUCTION_HOLD_IDIOMS_AFTER_IN = ["high", "contempt", "esteem", "regard", "touch", "check", "reserve", "mind", "awe", "suspense", "place", "abeyance", "low"];

/**
 * Nouns of a captive's state after "in" and its holder: "B remains in A captivity", "B is in A's
 * custody", "B is still in the custody of A" → A held B (holdState in detention.ts).
 *
 * @example CAPTIVITY_NOUNS.includes("captivity") // true
 */
export const CAPTIVITY_NOUNS = ["captivity", "custody"];

/** The noun of "in the hands of A": "B is still in the hands of A" → A held B. */
export const HANDS_NOUN = "hands";

/** Nouns of a captive named with the holder after "of": "B remains a prisoner of A" → A held B. */
export const CAPTIVE_OF_NOUNS = ["prisoner", "hostage", "captive"];

/**
 * Verbs that tell a state with the captivity phrase as their complement ("is", "remains", "has been",
 * "is still"). No negation passes: "is no longer in A captivity", "was never a prisoner of A".
 *
 * @example HOLD_STATE_VERBS.includes("remains") // true
 */
export const HOLD_STATE_VERBS = ["is", "are", "was", "were", "remains", "remain", "remained", "been", "stays", "stay", "stayed"];

/** Adverbs that may stand between the state verb and the captivity phrase ("is still in", "remains now in"). */
export const HOLD_STATE_ADVERBS = ["still", "now", "reportedly", "apparently", "probably", "likely"];

/**
 * Words that may follow the holder of "in the hands of / in the custody of / a prisoner of A" when A
 * closes the phrase: punctuation (not "'s") and these. Any other word means A is the possessor or
 * modifier of another noun ("a prisoner of Ruritania's tax code", "in the hands of Ruritanian
 * doctors"), so A holds nobody.
 *
 * @example HOLDER_CLOSERS.includes("since") // true
 */
export const HOLDER_CLOSERS = ["in", "at", "near", "from", "inside", "outside", "for", "under", "during", "throughout", "on", "since", "until", "till",
  "after", "before", "ahead", "pending", "and", "but", "who", "which", "where", "when", "while", "because", "with", "without"];

/**
 * Words of an abduction or captivity in the sentence that make "in the hands of" an organisation a
 * hold; without one, the idiom is one of responsibility ("in the hands of the jury / the Supreme
 * Court / Real Madrid / the Red Cross") and only a group or a country holds. The seizure participles
 * count ("B, who was dragged out of the same room, is still in the hands of A").
 *
 * @example HANDS_CAPTIVITY_CUES.includes("kidnapped") // true
 */
export const HANDS_CAPTIVITY_CUES = ["kidnapped", "kidnap", "kidnapping", "kidnappers", "abducted", "abduction", "abductors", "hostage", "hostages",
  "captive", "captives", "captivity", "captors", "seized", "captured", "ransom", "dragged", "snatched", "taken"];

/**
 * Mend 29 (review F1): words that make "let B go" a release only inside the row, between "let" and its end ("let
 * political prisoner B go", "let B, seized in May, go"): sentence-wide they are loose ("after he had taken a bribe",
 * "after two prisoners escaped", "after the rebels retreated", "its plant was seized by creditors"). Lowercase.
 */
export const LET_GO_ROW_CAPTIVITY_WORDS = ["taken", "seized", "captured", "dragged", "snatched", "prisoner", "prisoners", "detainee", "detainees", "militants", "rebels",
  "siege", "standoff", "stand-off"];

/**
 * Round 29: words of captivity that make "let B go / walk free / leave" a release (interactions/calls.ts): the
 * captivity cues of HANDS_CAPTIVITY_CUES and words of captors or prisoners ("the gunman let two hostages go", "the
 * rebels let B walk free"); without one, "let B go" is a dismissal or a sale. Lowercase.
 */
export const LET_GO_CAPTIVITY_WORDS = [...HANDS_CAPTIVITY_CUES.filter((w) => !LET_GO_ROW_CAPTIVITY_WORDS.includes(w)), "hostage-taker", "hostage-takers", "kidnapper",
  "abductor", "captor", "hijackers", "hijacker", "gunman", "gunmen"];

/**
 * Round 29: words right after "let B go / leave / walk" that make it leave given for an errand, not a release: "let B go
 * to the rebels' camp to negotiate", "let B go ahead", "let B leave for the talks". Lowercase.
 */
export const LET_GO_PERMISSION_NEXT = ["to", "ahead", "into", "out", "for", "with", "and", "through", "there", "see", "get", "ask", "talk"];

/**
 * Words of an arrest or detention in the sentence that make "in the custody of" an organisation a
 * hold ("in the custody of US Marshals ahead of his trial"); without one, custody by an agency is a
 * child's or a ward's ("in the custody of Child Protective Services", "of UNICEF after the earthquake").
 *
 * @example CUSTODY_DETENTION_CUES.includes("arrest") // true
 */
export const CUSTODY_DETENTION_CUES = ["arrest", "arrested", "detained", "detention", "charged", "charges", "trial", "extradition", "extradited",
  "jailed", "remanded", "prison", "kidnapped", "abducted", "hostage", "captive"];

/**
 * Words of an organisation's own name that mark it as a detaining body ("the Metropolitan Police",
 * "US Marshals", "the Ministry of Justice"): its custody is a hold without any other cue.
 *
 * @example CUSTODIAN_NAME_WORDS.includes("police") // true
 */
export const CUSTODIAN_NAME_WORDS = ["police", "marshals", "marshal", "army", "military", "forces", "guard", "guards", "security", "intelligence",
  "justice", "prison", "prisons", "corrections", "border", "immigration", "gendarmerie", "militia"];

/**
 * Round 27: last words of an armed unit's or faction's name ("the Sultan Murad Division", "the Hamza Brigade",
 * "the 4th Battalion"): its custody is a hold without any other cue. Only as the name's last word: "the
 * Division of Child Services" is an agency. Lowercase.
 *
 * @example ARMED_UNIT_NAME_ENDS.includes("division") // true
 */
// Not "corps": the Peace Corps, the Diplomatic Corps (review 27 verbs F8). "Division" stays for armed factions named
// so ("the Hamza Division"), at the cost of a court's "Family Division" in custody cases.
export const ARMED_UNIT_NAME_ENDS = ["division", "brigade", "brigades", "battalion", "battalions", "regiment", "faction", "militias"];

/**
 * Round 27: nouns after a holder's name that make it an armed group: "B remains in the hands of the X
 * movement / the X militia" → X held B, whatever the sentence's other words (the noun closes the phrase,
 * like the name's end). Lowercase.
 *
 * @example ARMED_HOLDER_NOUNS.includes("movement") // true
 */
// Not "group": "in the hands of the Sony group", "the Stellar group, his agents" (review 27 verbs F20).
export const ARMED_HOLDER_NOUNS = ["movement", "militia", "faction", "rebels", "insurgents", "militants", "jihadists", "fighters", "gang", "cartel"];

/**
 * Verbs of belief or report that raise a passive's patient: "B is believed / thought / said / understood
 * to be held by A", "B is believed to have been kidnapped by A" → the passive's patient is B (round 25).
 * Not "expected / due / set" (a plan, no act told). Lowercase.
 */
export const RAISING_REPORT_VERBS = ["believed", "thought", "said", "understood", "known", "reported", "presumed", "feared", "suspected"];

/**
 * Round 32: nouns of captives told with their term and holder: "B and C came home after 200 days as hostages of A" → A
 * held B and C (interactions/captive-terms.ts). Lowercase.
 *
 * @example CAPTIVE_TERM_NOUNS.includes("hostages") // true
 */
export const CAPTIVE_TERM_NOUNS = ["hostage", "hostages", "captive", "captives", "prisoner", "prisoners"];

/**
 * Round 32: words right after the captives' names that make them no subject of the sentence's clause but speakers or
 * objects ("B said …", "B told …"): the term is then someone else's (interactions/captive-terms.ts). Lowercase.
 */
export const CAPTIVE_TERM_SPEECH_VERBS = ["said", "says", "told", "tells", "recalled", "recalls", "described", "describes", "wrote", "writes", "spoke", "speaks"];

/**
 * Round 33: forms of "keep" that tell a hold in a relative clause about the captive ("B, whom A is still keeping in the
 * hills" → A held B; interactions/kept-captives.ts). Lowercase.
 */
export const KEEPING_VERBS = ["keeping", "keeps", "kept", "keep"];
/**
 * Round 33: words right after such a "keep" that leave the captive where the holder keeps them: a place preposition,
 * "somewhere", a captive's noun, or the clause's end. Anything else ("kept B informed / waiting / on the payroll") is
 * no hold. Lowercase.
 */
export const KEEPING_CAPTIVE_NEXT = ["in", "inside", "at", "somewhere", "under", "near", "captive", "hostage", "prisoner", "locked", ",", ".", ";", "—", "–", ")"];
/**
 * Round 33: words of care, work, sport or a promise in the sentence that make "whom A keeps in …" no captivity ("whom the
 * hospital is keeping in intensive care", "whom the club kept in the squad", "whom Acme kept in his post"). Lowercase.
 */
export const KEEPING_NOT_CAPTIVE_WORDS = ["hospital", "care", "ward", "clinic", "intensive", "squad", "team", "side", "lineup", "line-up", "job", "post", "role",
  "office", "cabinet", "contract", "payroll", "loop", "touch", "mind", "thoughts", "prayers", "school", "class", "league", "game", "match", "season", "coach",
  "manager", "quarantine", "isolation",
  // Mend 33 (review F2): idioms and posts ("whom A kept in the dark / in charge / at arm's length / at the ministry").
  "dark", "charge", "check", "bay", "length", "line", "power", "government", "ministry", "position", "reserves", "reserve", "employment", "business",
  "suspense", "command", "helm", "party",
  // Mend 33 (review F19): watch, notice and standing ("whom A kept under surveillance / in the background / in the spotlight").
  "surveillance", "background", "spotlight", "limelight", "wraps", "review", "pressure"];
/**
 * Mend 33 (review F19): words of captivity that a person holder needs in the sentence for "B, whom A kept in / near …" to
 * be a hold ("whom Tom Berg kept near him at all times" is a confidant; "whom the kidnapper Tom Berg kept in a cellar" is
 * a captive). A body or a group needs none. Lowercase.
 */
export const KEEPING_PERSON_CAPTIVITY_WORDS = ["hostage", "hostages", "captive", "captives", "captivity", "captor", "captors", "kidnapper", "kidnappers", "kidnapped",
  "kidnapping", "abducted", "abductor", "abductors", "abduction", "seized", "ransom", "chained", "locked", "prisoner", "prisoners", "cellar", "basement"];

/**
 * Round 33: words of a settlement that make "A let B and C go" a release with no word of captivity in the sentence ("the
 * Delta Front let Tom Berg and Ana Lee go under a deal struck in Velm"): a deal, a swap, a truce (interactions/calls.ts
 * letGoNoCaptive). Lowercase.
 */
export const LET_GO_SETTLEMENT_WORDS = ["deal", "swap", "exchange", "truce", "ceasefire", "agreement", "mediation", "negotiations", "ransom"];
/** Round 33: units of a captivity's length after "after <number>" ("let B and C walk out after 300 days"); not years (a career's length). */
export const LET_GO_SPAN_UNITS = ["days", "weeks", "months"];
/**
 * Round 33: words of a job, a club or a sale that keep "A let B and C go" a dismissal or a transfer even with a deal or a
 * span told ("let B and C go under a deal with Chelsea", "let two coaches go after six months"). Lowercase.
 */
export const LET_GO_DISMISSAL_WORDS = ["club", "transfer", "contract", "contracts", "season", "squad", "players", "coach", "coaches", "manager", "loan", "fee",
  "staff", "employees", "workers", "jobs", "job", "redundancy", "redundancies", "layoffs", "laid", "fired", "sacked", "severance", "payroll", "company", "firm",
  "board", "shareholders",
  // Mend 33 (review F6): a firm's deal or losses ("Acme Bank let B and C go under a settlement agreement", "after 18 months of losses").
  "bank", "executive", "executives", "chief", "ceo", "director", "directors", "merger", "takeover", "restructuring", "settlement", "losses", "profits", "cuts",
  "budget", "shares", "revenue", "employer", "office"];
/**
 * Round 33: words of a release or of its negotiators that make "A kept B back" a captive held back from a release ("A has
 * kept B back, a negotiator told the paper"; interactions/kept-captives.ts keptBack). Not "talks" or "deal" alone ("kept B back
 * after the talks" is a company's or a club's). Lowercase.
 */
export const KEEPING_RELEASE_WORDS = [
  // Mend 33 (review F12): not the nouns "release / releases" nor "handed" ("after the release of the report, A kept B back").
  "released", "freed", "freeing", "negotiator", "negotiators", "swap", "hostage", "hostages", "captive", "captives", "captivity", "ransom"];

/**
 * Round 33: nouns of captives a person is counted among, then their holder ("B is among the captives A still keeps in X" →
 * A held B; interactions/nominal.ts amongCaptives), and the holding verbs after the holder. Lowercase.
 */
export const AMONG_CAPTIVE_NOUNS = ["captives", "hostages", "prisoners", "detainees"];
export const AMONG_HOLDING_VERBS = ["holds", "held", "holding", "keeps", "kept", "keeping", "detains", "detained", "has", "have", "is", "still"];

/**
 * Round 34: the participle clause of a hold told after a release ("released B after holding them for 94 days", "… having
 * held him since May": interactions/held-before-release.ts). Openers, then participles, both lowercase.
 */
export const RELEASE_HOLD_OPENERS = ["after", "having"];
export const RELEASE_HOLD_PARTICIPLES = ["holding", "detaining", "held", "detained"];
