/**
 * Capitalised words that are not names: sentence starters, function words, months, weekdays,
 * time-zone and page furniture words. A chunk never starts or contains one of these
 * ("On Monday Putin said" → only "Putin"). Lowercase.
 */
export const STOP_CAPS: readonly string[] = [
  "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
  "their", "our", "my", "your", "him", "them", "us", "in", "on", "at", "by", "for", "from", "with", "without", "after",
  "before", "during", "since", "until", "while", "when", "where", "what", "which", "who", "whom", "whose", "why", "how",
  "if", "as", "but", "and", "or", "nor", "so", "yet", "also", "however", "meanwhile", "according", "although", "though",
  "despite", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "here", "there", "some",
  "many", "more", "most", "all", "both", "each", "every", "no", "not", "none", "one", "two", "three", "four", "five",
  "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
  "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  // Plural only: a bare "Hundred" or "Dozen" opens no count ("a hundred") but may be a name's
  // word ("Hundred Acre", "Maria Dozen").
  "hundreds", "thousands", "dozens", "first", "second", "third", "then", "now", "still", "even", "only", "just",
  "such", "other", "another", "several", "few", "any", "much", "about", "over", "under", "into", "onto", "through",
  "between", "among", "against", "amid", "around", "near", "because", "unless", "whether", "once", "instead", "thus",
  "therefore", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "indeed", "perhaps", "yes",
  "please", "thank", "thanks", "dear", "let", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has",
  "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to", "of", "up", "out",
  "off", "well", "very", "too", "again", "ago", "via", "per", "including", "related", "read", "source", "photo",
  "photos", "video", "videos", "image", "images", "file", "copyright", "advertisement", "subscribe", "share", "follow",
  "click", "back", "top", "home", "breaking", "update", "updated", "exclusive", "opinion", "analysis", "listen",
  "live", "latest", "more", "see", "also", "note", "editor", "editors", "checkout", "link", "links", "comments",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
  "sun", "gmt", "utc", "est", "edt", "pst", "cet", "cest", "msk", "am", "pm", "bst", "idt", "ist", "madam", "ok", "okay", "oh", "hi", "hello", "ah", "wow", "tv", "pdf", "faq", "etc", "ie", "eg", "vs",
  "allah", "christmas", "easter", "ramadan", "eid", "hanukkah", "passover", "yom", "kippur", "sabbath", "shabbat",
  "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring", "summer",
  "autumn", "winter", "chapter", "section", "page", "hamas-led", "mid", "pro", "anti", "non",
  "least", "less", "almost", "nearly", "approximately", "roughly", "brief", "full", "breaking",
  "celsius", "fahrenheit", "kelvin", "rs", "usd", "eur", "gbp", "km", "kg", "mph",
  "nothing", "everything", "someone", "everyone", "nobody", "something", "anything", "anyone", "everybody", "somebody"
];

/**
 * Words that make a quoted all-caps phrase a slogan, not a name ("WATER IS LIFE", "NO MORE
 * CUTS"): verbs and negations a name never holds. Lowercase.
 */
export const SLOGAN_WORDS: readonly string[] = ["is", "are", "was", "were", "be", "no", "not", "never", "free", "now", "stop", "we", "our", "you", "your", "us", "will", "must"];

/**
 * Stop words (months) that are also given names: read as a first name when a capitalised word that is no stop
 * word follows after one space ("Jan Horak said", "the activist Jan Kowalczyk"); still a month before a digit,
 * a period or a lowercase word ("on Jan 5", "Jan. 12", "in Jan and Feb"). See src/pipeline/actors/tokens.ts.
 */
export const MONTH_GIVEN_NAMES: readonly string[] = ["jan"];

/**
 * Month abbreviations that open a hyphenated given name ("Jan-Erik Lund", Korean "Jun-Ho Park"):
 * joined by a hyphen to a capitalised word that is no stop word, they are a name; a month range
 * stays months ("Jan-Mar", "Jun-Aug": the word after is a month). See src/pipeline/actors/find-mentions.ts.
 */
export const MONTH_HYPHEN_GIVEN_NAMES: readonly string[] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * All-caps words that are never names: time zones ("GMT", "MSK"), "AM" / "PM", and function words
 * of all-caps headlines ("THE", "AND"). Other all-caps words ("US", "WHO", "IT") may be names, so
 * STOP_CAPS is not used for them. Lowercase.
 *
 * @example UPPER_STOP_WORDS.includes("gmt") // true
 */
export const UPPER_STOP_WORDS: readonly string[] = ["gmt", "utc", "est", "edt", "pst", "cet", "cest", "msk", "bst", "idt", "am", "pm", "the", "and", "of", "in", "on", "for", "to", "a"];

/**
 * Words Title Case leaves lowercase in a headline ("Kremlin Hosts Hamas Official to Discuss
 * Hostages"): a line whose lowercase words are all of these (or numbers) reads as a headline, not
 * a sentence. "s" is a possessive's remainder. Lowercase.
 *
 * @example HEADLINE_SMALL_WORDS.includes("to") // true
 */
export const HEADLINE_SMALL_WORDS: readonly string[] = ["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "as", "vs", "from", "with", "into", "over", "than", "s"];

/**
 * Verbs that follow a named subject ("Hezbollah said", "Olsen is", "Ruto vowed"): a capitalised
 * word that opens a sentence and stands before one of them is kept as a name, though a
 * sentence-initial capital alone proves nothing. ("added" is listed twice; a set keeps one.)
 * Lowercase.
 *
 * @example SUBJECT_VERBS_AFTER_NAME.includes("said") // true
 */
export const SUBJECT_VERBS_AFTER_NAME: readonly string[] = ["said", "says", "told", "has", "had", "is", "was", "will", "would", "claimed", "announced", "denied", "warned", "insisted", "stated", "added", "confirmed", "reported", "accused", "urged", "called", "launched", "vowed", "rejected", "agreed", "added"];

/**
 * Word endings of plural common nouns that open a sentence before a verb ("Officials said",
 * "Analysts say", "Witnesses told", "Residents were"): such a word is no name, whatever verb
 * follows.
 *
 * @example PLURAL_SUBJECT_ENDINGS.includes("ses") // true: "Witnesses said"
 */
export const PLURAL_SUBJECT_ENDINGS: readonly string[] = ["ials", "ists", "ents", "ers", "ors", "ics", "ses", "ies", "ans", "ens", "ees", "ives"];
