/**
 * Context that makes a number something other than a count of people. Data for src/pipeline/figures/exclusions.ts.
 * Lower case unless noted.
 */

/** Month names and abbreviations: "October 7", "7 October", "Oct. 7" are dates. */
export const MONTHS: string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
];

/** Currency symbols before a number ("$5", "€1.2 million"). */
export const CURRENCY_SYMBOLS: string = "$€£¥₽₴₪₹";

/** Words before a number that make it an identifier or a measure ("Resolution 2334", "Article 51", "aged 37"). */
export const BEFORE_WORDS: string[] = [
  "resolution", "article", "articles", "no", "no.", "number", "nos", "chapter", "section", "page", "pages", "paragraph",
  "flight", "route", "highway", "road", "room", "unit", "building", "block", "gate", "line", "platform", "channel",
  "vol", "volume", "issue", "episode", "season", "round", "phase", "stage", "level", "category", "grade", "class",
  "aged", "age", "ages", "year", "years", "size", "model", "version", "ward", "bus", "train", "tel", "phone", "fax",
  "code", "zone", "district", "area", "sector", "km", "kilometre", "kilometer", "mile", "pm", "am", "gmt", "utc",
  "usd", "eur", "rub", "nis", "shekels", "rubles", "roubles", "dollars", "euros", "rs", "covid", "mh", "su",
  // Session 32: ISO currency codes written before an amount ("will receive EGP 200,000 each", "fined MVR 1,000"), and
  // local currency words (not codes that are English words: "try", "pen", "mad", "cop").
  "gbp", "jpy", "cny", "inr", "pkr", "lkr", "bdt", "npr", "egp", "ngn", "kes", "ugx", "tzs", "zar", "ghs", "xof", "xaf",
  "etb", "dzd", "tnd", "uah", "kzt", "uzs", "gel", "amd", "azn", "aed", "sar", "qar", "kwd", "omr", "bhd",
  "jod", "lbp", "iqd", "irr", "afn", "mvr", "myr", "idr", "php", "thb", "vnd", "krw", "brl", "mxn", "clp",
  "hnl", "gtq", "ves", "chf", "sek", "nok", "dkk", "pln", "huf", "czk", "bgn", "rsd", "cad", "aud", "nzd",
  "rupees", "naira", "shillings", "dirhams", "riyals", "dinars", "pesos", "lira", "hryvnias", "tenge"
];

/** Words right after a number that make it something other than a count of people. */
export const AFTER_WORDS: string[] = [
  "percent", "per", "%", "years old", "year old", "year-old", "years-old", "am", "pm", "a.m.", "p.m.", "o'clock",
  "gmt", "utc", "st", "nd", "rd", "th", "dollars", "euros", "rubles", "roubles", "pounds", "shekels", "yuan", "usd",
  "bn", "m", "km", "kg",
  // "sentenced to eight and a half years": a fraction is a length or an amount, never a head count
  "and a half", "and half", "and a quarter", "and three quarters"
];

/** Nouns before "under/over N" that make N an age limit ("children under five", "people over 65"). */
export const AGE_LIMIT_WORDS: string[] = [
  "children", "child", "kids", "babies", "infants", "toddlers", "boys", "girls", "people", "adults", "those", "anyone",
  "men", "women", "pupils", "students", "teenagers", "minors", "aged", "age", "ages"
];

/** Singular person nouns before ", N," that make N an age ("the suspect, 34, was arrested"). Lower case. */
export const AGE_APPOSITIVE_NOUNS: string[] = [
  "man", "woman", "boy", "girl", "child", "person", "suspect", "victim", "driver", "pilot", "soldier", "officer",
  "policeman", "policewoman", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
  "grandmother", "grandfather", "hostage", "captive", "prisoner", "detainee", "student", "teacher", "doctor", "nurse",
  "worker", "resident", "farmer", "fisherman", "journalist", "reporter", "activist", "survivor", "teenager", "citizen",
  "national", "commander", "sergeant", "corporal", "private", "volunteer", "passenger", "tourist", "miner", "owner"
];

/**
 * Capitalised words after "killed in" / "held in" that are times, not places ("killed in October",
 * "freed in Monday's exchange"): a group label never takes them as its place. Months come from MONTHS.
 */
export const NOT_PLACE_WORDS: string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter", "ramadan", "eid",
  "spring", "summer", "autumn", "winter", "january", "february"
];

/**
 * Institutions after "back in" that are no place one returns to: "back in Parliament", "back in power" (times
 * come from MONTHS and NOT_PLACE_WORDS).
 */
export const NOT_BACK_PLACE_WORDS: string[] = ["parliament", "office", "power", "court", "congress", "government"];

/**
 * States after "remain in" that are no captivity: "two hostages remain in hospital", "… in stable condition",
 * "… in contact with their families", "three of the 40 seized remain in office".
 */
export const NOT_HELD_REMAIN_IN: string[] = [
  "hospital", "stable", "critical", "serious", "good", "contact", "touch", "office", "power", "charge", "place"
];

/**
 * Gatherings that are held, besides the event nouns of model/date-cues.ts YEAR_EVENT_NOUNS: "the ceremony was
 * held together with three other couples" holds no one.
 */
export const EVENT_HELD_NOUNS: string[] = [
  "meeting", "meetings", "ceremony", "ceremonies", "conference", "funeral", "funerals", "rally", "rallies", "session",
  "hearing", "festival", "concert", "wedding", "weddings", "event", "match", "race", "service", "vigil", "march", "parade"
];

/**
 * Subjects of "was N when …" that make N a count, not an age: "the toll was 12 when rescuers arrived",
 * "there were 40 when the bus left". Any other subject is a person ("She was 17 when her son was seized").
 */
export const AGE_WHEN_COUNT_SUBJECTS: string[] = [
  "toll", "number", "count", "total", "figure", "tally", "there", "it", "casualties", "dead", "crowd", "turnout"
];

/** Superlatives of age right before a bare number: "the oldest 61", "the youngest 22" are ages. */
export const AGE_SUPERLATIVES: string[] = ["oldest", "youngest", "eldest"];

/** Parents described by their children: "a father of two", "a mother of four children" are no counts (family descriptors). */
export const PARENT_NOUNS: string[] = [
  "father", "mother", "parent", "dad", "mum", "mom", "grandfather", "grandmother", "grandparent"
];


/**
 * The owner of children told by "has / had": "Ana, who has three children", "he has two young sons" describe a
 * family, not people counted in the story (figures/exclusions.ts). The word before the verb (lowercase) must be
 * one of these, so "the camp has 300 children" (a place) still counts.
 */
export const CHILD_OWNER_WORDS: string[] = ["who", "he", "she", "and", "also"];

/** The verbs of having that tell a family: "who has three children", "she had two daughters". Lowercase. */
export const HAVING_VERBS: string[] = ["has", "had", "have"];

/** Children nouns after "has N (young)" in a family descriptor. Lowercase. */
export const CHILD_NOUNS: string[] = ["children", "kids", "sons", "daughters", "grandchildren", "boys", "girls", "stepchildren"];

/**
 * The words before a count that make it a capacity, not people present: "a centre built for about 400 people",
 * "a hall with a capacity of 2,000", "licensed to carry 120 passengers" (figures/exclusions.ts). Two or three words, lowercase, the
 * word farther from the number first. "to carry" alone is not enough: "the rebels want to hold 40 hostages".
 */
export const CAPACITY_BEFORE: string[] = [
  "built for", "designed for", "meant for", "intended for", "planned for", "capacity of", "capacity for", "room for",
  "space for", "beds for", "can hold", "could hold", "can carry", "could carry", "can accommodate", "could accommodate",
  "can seat", "could seat", "licensed to carry", "certified to carry", "rated to carry", "allowed to carry",
  "able to carry", "able to hold", "able to accommodate", "built to hold", "built to carry", "built to accommodate",
  "designed to hold", "designed to carry", "designed to accommodate", "licensed for", "certified for", "rated for"
];

/**
 * Time units after "a / an / per" that make a count of people a rate, not a count: "carries up to
 * 2,400 skiers an hour", "the clinic sees about 300 patients a day", "28,000 readers a day" (figures/extract.ts),
 * when the unit ends the clause or a word of RATE_AFTER_WORDS follows. Lowercase.
 */
export const RATE_UNITS: string[] = ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "season", "shift"];

/**
 * Words after "<people> a day / an hour" that keep the rate reading (review 29 F6): a place, a time of year, a span
 * ("300 patients a day in the dry season", "5,000 travellers per day at the border"). Anything else ("a year on",
 * "a week into the talks", "a day early", "an hour's drive") is a point in time or a distance. Lowercase.
 */
export const RATE_AFTER_WORDS: string[] = ["in", "at", "during", "through", "throughout", "across", "for", "until"];

/**
 * Last words of a care place a person is "taken to" (figures/extract.ts TAKEN_AFTER): "taken to St Anne's Hospital",
 * "taken to Kisumu County Referral Hospital" is care, not an abduction. Case as written.
 */
export const CARE_PLACE_WORDS: string[] = ["hospital", "Hospital", "Medical", "Clinic", "clinic", "Infirmary", "Health"];

/**
 * The wild that captives are held in, after "are still in the …" ("Of the 40 miners abducted, 12 are still in the
 * forest": figures/extract.ts STILL_IN_PLACE_AFTER). Lowercase.
 */
export const CAPTIVITY_WILDS: string[] = ["forest", "forests", "bush", "hills", "mountains", "jungle", "desert", "woods", "creeks", "swamp", "swamps", "wilderness"];
