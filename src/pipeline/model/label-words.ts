/**
 * Words for stage 08 labels: the head nouns a descriptor ends with ("Palestinian militant
 * group", "Israeli hostage", "specially designated global terrorist"), verbs that attach a
 * designation ("recognised as", "designated"), and words that end a descriptor phrase.
 * Title heads (src/pipeline/model/titles.ts) count as heads too. Lowercase.
 */
export const LABEL_HEADS: readonly string[] = [
  "group", "movement", "organisation", "organization", "faction", "militia", "militants", "party", "wing", "network",
  "regime", "government", "authority", "state", "terrorist", "terrorists", "fighter", "fighters", "insurgents", "rebels",
  "hostage", "captive", "prisoner", "detainee", "citizen", "national", "native", "resident", "soldier", "servicemember",
  "serviceman", "servicewoman", "serviceperson", "reservist", "conscript", "activist", "journalist", "reporter", "outlet",
  "agency", "broadcaster", "newspaper", "daily", "tabloid", "channel", "media", "enclave", "territory", "ally", "proxy",
  "mediator", "doctor", "survivor", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband",
  "girlfriend", "boyfriend", "grandmother", "grandfather", "family", "victim", "victims", "businessman", "businesswoman",
  "tycoon", "oligarch", "dissident", "critic", "veteran", "student", "teacher", "engineer", "farmer", "worker", "nurse",
  "paramedic", "volunteer", "entity", "body", "bloc", "alliance", "coalition", "force", "army", "corps", "unit",
  "organizations", "organisations", "groups", "movements", "country", "nation", "power", "superpower", "neighbour",
  "neighbor", "monarchy", "republic", "dictatorship", "democracy", "jihadists", "extremists", "islamists", "nationalists",
  "separatists", "militant", "figure", "member", "members", "operative", "commander", "mastermind", "architect",
  "company", "contractor", "firm", "miner", "miners", "charity", "ngo", "watchdog", "institution", "lawyer", "envoy"
];

/** Passive verbs that attach a designation: "recognised as terrorist organisations", "designated a terrorist group". */
export const LABEL_VERBS: readonly string[] = [
  "considered", "designated", "listed", "recognised", "recognized", "branded", "labelled", "labeled", "described",
  "classified", "regarded", "seen", "viewed", "proscribed", "named", "deemed", "called", "characterised",
  "characterized", "known", "identified"
];

/** Adverbs allowed between the copula and the designation ("are both recognised as"). */
export const LABEL_ADVERBS: readonly string[] = [
  "both", "also", "widely", "officially", "still", "now", "often", "internationally", "formally", "already", "long",
  "legally", "generally", "increasingly"
];

/** Words that end a descriptor phrase ("a Palestinian militant group allied with Hamas" → "…group"). */
export const LABEL_BREAKERS: readonly string[] = [
  "who", "which", "that", "whose", "whom", "said", "says", "told", "is", "was", "are", "were", "has", "have", "had",
  "will", "would", "could", "and", "or", "but", "with", "in", "on", "at", "from", "since", "after", "before", "during",
  "to", "for", "by", "allied", "backed", "based", "linked", "led", "run", "funded", "controlled", "affiliated",
  "supported", "sponsored", "when", "while", "as", "than", "because", "if", "where", "amid", "over", "under", "into",
  "about", "against", "between", "through", "including", "such", "accused", "claimed", "reported", "added", "noted"
];

/** Lowercase words that never belong to a descriptor before a name ("released by Palestinian militant group Hamas"). */
export const PRENOMINAL_STOPS: readonly string[] = [
  "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "by", "of",
  "with", "from", "to", "for", "in", "on", "at", "and", "or", "but", "as", "said", "says", "told", "is", "was", "are",
  "were", "has", "have", "had", "be", "been", "being", "will", "would", "could", "should", "may", "might", "can",
  "that", "which", "who", "when", "while", "between", "against", "among", "after", "before", "during", "about",
  "including", "like", "than", "then", "also", "not", "no", "both", "all", "some", "many", "met", "meet", "meeting",
  "called", "urged", "thanked", "asked", "released", "freed", "held", "killed", "captured", "abducted", "visited",
  "accused", "praised", "criticized", "criticised", "condemned", "via", "per", "into", "onto", "upon", "under", "over"
];

/**
 * Words after which a lone head word in its -s form is a verb, not a plural descriptor: "Anwar
 * Ibrahim, who chairs ASEAN", "the bank, which also heads the consortium", "she now leads Fatah".
 */
export const PRENOMINAL_VERB_LEADS: readonly string[] = ["who", "which", "that", "also", "now", "currently", "still", "jointly", "he", "she", "it", "they"];

/** Lowercase words allowed before a nationality in a descriptor ("dual Russian-Israeli citizen", "radical Islamist movement"). */
export const PRENOMINAL_MODIFIERS: readonly string[] = [
  "dual", "former", "radical", "militant", "armed", "senior", "top", "prominent", "veteran", "hardline", "hard-line",
  "jihadist", "extremist", "far-right", "far-left", "ultranationalist", "nationalist", "influential", "powerful",
  "notorious", "exiled", "jailed", "detained", "freed", "released", "kidnapped", "abducted", "late", "young", "elderly",
  "ex", "pro", "anti", "fellow", "wealthy", "leading", "outspoken", "opposition", "secular", "ultra-orthodox", "orthodox",
  "state-run", "state-owned", "state-controlled", "state-funded", "independent", "main", "largest", "second-largest"
];

/**
 * Participles that describe in a descriptor before a name ("suspected militant Abu X", "specially
 * designated global terrorist"). Any other word in -ed there is a verb whose object the descriptor
 * is ("Police named aid worker X", "Crowds cheered aid workers X and Y"), and ends the descriptor.
 * PRENOMINAL_MODIFIERS ("jailed", "freed", "armed") are allowed as well, and so is any "un…ed"
 * word ("unrelated farmer", "unarmed protester"), an adjective, not a verb.
 */
export const PRENOMINAL_PARTICIPLES: readonly string[] = [
  "designated", "suspected", "alleged", "banned", "outlawed", "proscribed", "sanctioned", "wanted", "convicted",
  "indicted", "accused", "disgraced", "embattled", "beleaguered", "retired", "elected", "appointed", "acquitted",
  "self-styled", "so-called", "self-proclaimed", "self-declared", "unnamed", "unidentified", "renowned", "celebrated",
  "acclaimed", "respected", "decorated", "licensed", "qualified", "trained", "skilled", "seasoned", "wounded", "injured",
  "missing", "deceased", "assassinated", "murdered", "slain", "ousted", "deposed", "exiled", "imprisoned", "captured",
  "masked", "hooded", "bearded", "married", "aged", "educated", "bereaved", "devoted", "dedicated", "committed",
  "experienced", "talented", "noted", "learned", "beloved", "hardened", "battle-hardened", "veiled", "naturalised",
  "naturalized", "registered", "certified", "ordained", "fabled", "storied", "vaunted", "feared"
];

/**
 * Label heads that name a collective rather than a person. Before ", Name, and …" such a head is
 * read as the first item of a list ("officials from the army, Al-Shabaab, and the UN"), not as
 * a descriptor of the name.
 */
export const COLLECTIVE_HEADS: readonly string[] = [
  "group", "movement", "organisation", "organization", "faction", "militia", "party", "wing", "network", "regime",
  "government", "authority", "state", "agency", "broadcaster", "newspaper", "outlet", "channel", "media", "enclave",
  "territory", "entity", "body", "bloc", "alliance", "coalition", "force", "army", "corps", "unit", "company", "firm",
  "charity", "ngo", "watchdog", "institution", "country", "nation", "power", "superpower", "monarchy", "republic",
  "family", "daily", "tabloid"
];
