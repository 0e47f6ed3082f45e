/**
 * Role and title words seen before a person's name ("Deputy Foreign Minister Elena Marsh",
 * "government spokesman Lars Berg", "Rabbi David Stein"). Lowercase.
 */

/** Head words: a title must contain one (the word that names the role). */
export const TITLE_HEADS: readonly string[] = [
  "president", "vice-president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
  "ambassador", "envoy", "emissary", "chief", "head", "leader", "chairman", "chairwoman", "chair", "secretary",
  "secretary-general", "commander", "general", "king", "queen", "prince", "princess", "crown", "emir", "sheikh", "sheikha", "shaikh",
  "rabbi", "imam", "cleric", "pope", "patriarch", "archbishop", "bishop", "monsignor", "msgr", "cardinal", "senator", "congressman", "congresswoman",
  "governor", "mayor", "prosecutor", "judge", "justice", "director", "official", "negotiator", "adviser", "advisor",
  "aide", "representative", "rep", "sen", "gov", "mp", "lawmaker", "legislator", "diplomat", "consul", "attaché",
  "officer", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral",
  "marshal", "corporal", "cpl", "private", "pte", "brigadier", "gen", "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
  "father", "ayatollah", "sultan", "monarch", "speaker", "ceo", "founder", "coordinator", "commissioner", "mufti",
  "ombudsman", "ombudswoman", "operative", "militant", "commander-in-chief", "deputy", "vice",
  // Military and police ranks and their abbreviations ("Cmdr. Ana Silva", "Chief Superintendent Alan Hughes").
  "inspector", "superintendent", "constable", "detective", "commandant", "commodore", "cmdr", "cdr", "adm", "brig",
  "lieut", "insp", "supt", "cmdt",
  // Officials whose office is a body of its own ("the Comptroller's Office", actors/find-mentions.ts officeAfter).
  "comptroller", "auditor",
  // Heads of a district or regency, written after its name ("Karsava regent Arvo Kask").
  "regent",
  // Round 31: appointed heads of a region or department in France, Poland ("the prefect of the department, B").
  // Mend 31: "akim" and "wali" are given names too ("Akim Mensah", "Wali Rahimi"): they stand in
  // argument-words.ts OFFICE_ROLE_NOUNS, read only before their link word, never dropped from a name.
  "prefect", "voivode",
  // Round 32: the heads of a district in South Asia, written as titles before the name ("District Collector
  // N. Ramaswamy", "District Magistrate Farah Haq"; an initial after one opens the name as after "Minister").
  "collector", "magistrate",
  // School heads, named with their title in kidnapping and strike stories ("Principal Teresa Ocampo").
  "principal", "headmaster", "headmistress", "headteacher",
  // Honorifics written before a name and kept with it (KEPT_HONORIFICS): "Datu Ismael Sabdani", "Alhaji Bello Tanko",
  // the Gulf "Sayyid Murad al-Kassabi".
  "datu", "alhaji", "alhaja", "hajiya", "sayyid", "sayyida",
  // Traditional rulers' titles written before the name and dropped by other outlets: the Somali
  // clan chief's "Ugaas" / "Ugas", "Garaad", "Suldaan" ("Garaad Mahad Elmi" = "Mahad Elmi").
  "ugaas", "ugas", "garaad", "garad", "suldaan",
  // Clergy titles before a name ("Pastor Ruth Okello", "Chaplain Tom Hale", "Vicar Ann Lowe", "Deacon Paul Ibe").
  "pastor", "chaplain", "vicar", "deacon",
  // Round 33: a nun's or a senior nurse's "Sister" ("Sister Ann Lowe", then "Sister Lowe": one woman) and the priest's
  // "Fr", the short "Father" ("Fr Tom Eze" is "Father Tom Eze").
  "sister", "fr",
  // Malaysian and Bruneian honorific styles, dropped by foreign outlets ("Datuk Seri Anwar Salleh" is "Anwar Salleh",
  // "Datin Seri Noor Aziz"). Left out: "Tan Sri" ("Tan" alone is a common surname) and "Sri" ("Sri Lanka", "Sri Mulyani"). The
  // cost: a rare given name "Seri" is read as the style ("Seri Rahayu" → "Rahayu").
  "datuk", "dato", "datin",
  // Members of parliaments by their short titles (ACRONYM_TITLES).
  "mk", "mep", "mla", "msp", "mpp", "mna"
];

/**
 * Two-word Malaysian styles written before a name and dropped by foreign outlets ("Datuk Seri Anwar Salleh" is
 * "Anwar Salleh", "Tan Sri Noor Aziz", "Dato Sri Razif Hamzah"). Each word alone is kept: "Seri" and "Sri" are given
 * names and words of places ("Sri Lanka", "Bandar Seri Begawan"), "Tan" a common surname. Lowercase pairs.
 */
export const STYLE_PAIRS: readonly (readonly [string, string])[] = [
  ["datuk", "seri"], ["datuk", "sri"], ["dato", "seri"], ["dato", "sri"], ["datin", "seri"], ["datin", "sri"], ["tan", "sri"], ["toh", "puan"]
];

/**
 * Short titles of members of parliaments ("Opposition MK Dana Levi", "MEP Jan Novak", "MLA Priya
 * Nair", "MSP Fiona Reid", "MPP Kevin Lam"): a title before a name, never part of it; written alone
 * the letters may be a party's or a company's ("the MK party"), so alone they stay a name.
 */
export const ACRONYM_TITLES: readonly string[] = ["mk", "mep", "mla", "msp", "mpp", "mna"];

/** Modifiers that may precede a head inside a title ("deputy", "foreign", "prime"). */
export const TITLE_MODIFIERS: readonly string[] = [
  "deputy", "vice", "foreign", "prime", "former", "ex", "acting", "senior", "top", "chief", "defence", "defense",
  "interior", "finance", "economy", "economic", "justice", "health", "education", "energy", "trade", "security",
  "intelligence", "political", "military", "supreme", "grand", "special", "general", "executive", "press", "national",
  "state", "first", "late", "outgoing", "incoming", "interim", "assistant", "associate", "permanent", "presidential",
  "government", "cabinet", "opposition", "religious", "spiritual", "armed", "forces", "army", "navy", "police",
  "office", "bureau", "wing", "committee", "council", "ministry", "department", "agency", "service", "delegation",
  "affairs", "relations", "communities", "community", "strategic", "regional", "federal", "crown", "high", "lead",
  "staff", "humanitarian", "development", "public", "news", "media", "spy", "hostage", "hostages",
  // Words of compound ranks ("Rear Admiral", "Lance Corporal", "Petty Officer", "Flight Lieutenant").
  "rear", "field", "air", "lance", "master", "petty", "flight", "squadron", "warrant"
];

/**
 * Titles that name a woman ("Mrs Baranov"): the bare masculine surname after one is hers, not
 * that of a man who shares it (actors/resolve.ts firstSuffix).
 */
export const FEMININE_TITLES: readonly string[] = ["mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame"];

/**
 * Women's titles that also open or end an office ("First Lady Olena Marchuk", "Madam Speaker",
 * "Miss Universe", "Dame Commander"): they tell stage 04 a woman, but a name after one is no
 * courtesy surface form of its actor ("Lady Olena Marchuk" is no way to write the first lady's name).
 */
export const OFFICE_FORMING_TITLES: readonly string[] = ["lady", "dame", "madam", "miss"];

/** Courtesy titles that name a man and no office ("Mr Mena"): a lone surname after one may be a two-surname name's. */
export const MASCULINE_TITLES: readonly string[] = ["mr", "mister", "senor", "señor", "sr", "sig", "herr", "monsieur", "m"];

/** Lowercase words that separate two parts of a title ("Ambassador to Israel", "Minister of Defence"). */
export const TITLE_LINKS: readonly string[] = ["to", "of", "for", "at", "in"];

/**
 * Honorifics that Gulf usage writes as part of a ruler's full name ("Sheikh Hamdan bin Rashid Al
 * Maktoum"): before a name with a lineage particle (see NAME_LINEAGE_PARTICLES) the mention's
 * text keeps them, as outlets and references write it; the name itself goes without.
 */
export const NAME_HONORIFICS: readonly string[] = ["sheikh", "sheikha", "shaikh", "shaikha", "sultan", "emir"];

/**
 * Honorifics that outlets write as part of any person's name, lineage particle or not: the
 * Philippine Muslim "Datu" (a traditional chief: "Datu Ismael Sabdani") and the West African
 * pilgrim's "Alhaji" / "Alhaja" / "Hajiya" ("Alhaji Bello Tanko"), the Gulf honorific "Sayyid" / "Sayyida" of
 * a ruling family ("Sayyid Murad al-Kassabi", who is "Murad al-Kassabi" elsewhere). The mention's text keeps them;
 * the name goes without, so "Bello Tanko" of another outlet is the same name. Title heads too.
 */
export const KEPT_HONORIFICS: readonly string[] = ["datu", "alhaji", "alhaja", "hajiya", "sayyid", "sayyida"];

/** "bin", "bint", "ibn": son or daughter of, in a full Arabic name ("Hamdan bin Rashid"). */
export const NAME_LINEAGE_PARTICLES: readonly string[] = ["bin", "bint", "ibn"];

/**
 * Generational suffixes after a surname ("Jr.", "Sr.", "III"), folded: not the surname itself, so
 * "Roberto Salcedo Jr." is the "Salcedo" of the next sentence, and the suffix tells a son from his
 * father of the same name.
 */
export const GENERATIONAL_SUFFIXES: readonly string[] = ["jr", "sr", "ii", "iii", "iv"];

/**
 * Title words that are also Arabic given names: "Sultan al-Nuaimi" is a man named Sultan (a
 * sultan is written with his given name, "Sultan Qaboos"). Before an Arabic family name alone
 * (the article "al-" / "Al" and one word) stage 04 reads the word as the given name, so the
 * person's mention is the whole name; before a given name and surname it stays a title
 * ("Sultan Omar Haddad" keeps Omar as the given name). Lowercase.
 *
 * @example TITLE_GIVEN_NAMES.includes("sultan") // true
 */
export const TITLE_GIVEN_NAMES: readonly string[] = ["sultan"];

/**
 * The Arabic article that opens a family name after TITLE_GIVEN_NAMES ("al-Nuaimi", "Al Nuaimi",
 * "el-Sayed"): only a family name so written makes the title word a given name. Lowercase.
 *
 * @example FAMILY_NAME_ARTICLES.includes("al") // true
 */
export const FAMILY_NAME_ARTICLES: readonly string[] = ["al", "el"];

/**
 * Titles of rank or faith a person keeps whatever office is named before them: "Foreign Minister Prince Faisal
 * bin Farhan" is "Prince Faisal bin Farhan" too, "Deputy Minister Sheikh Ali" is "Sheikh Ali" (actors/title-surface.ts).
 * An office's last word alone is no such form ("Lieutenant Governor X" is not "Governor X").
 */
export const STANDALONE_TITLES: readonly string[] = [
  "prince", "princess", "king", "queen", "emir", "sheikh", "sheikha", "shaikh", "shaikha", "sultan",
  "bishop", "archbishop", "cardinal", "monsignor", "msgr", "rabbi", "imam", "ayatollah", "rev", "reverend"
];

/**
 * Mend 33: words before a lowercase office that make it another office under it or gone ("the deputy governor, James
 * Otieno" is no "Governor Otieno"; actors/merge.ts lowerOfficeRightBefore). Lowercase.
 *
 * @example UNDER_OFFICE_WORDS.includes("deputy") // true
 */
export const UNDER_OFFICE_WORDS: readonly string[] = ["deputy", "vice", "lieutenant", "assistant", "former", "ex", "sub"];

/**
 * Round 33: titles of faith and of the religious orders that outlets write before a given name or a surname alone once
 * the full name is known ("Father Tom Eze" … "Fr Tom"; "Sister Ann Lowe" … "Sister Ann"; "Bishop Kwame Boadu" …
 * "Bishop Kwame"): such a form of a mention resolved to the full name is one of that person's surface forms
 * (actors/merge.ts). Lowercase, an abbreviation without its period.
 */
export const RELIGIOUS_TITLES: readonly string[] = [
  "father", "fr", "sister", "brother", "bishop", "archbishop", "cardinal", "monsignor", "msgr", "pastor", "rabbi",
  "imam", "rev", "reverend", "deacon", "chaplain", "vicar"
];

/**
 * Royal titles, written before a given name alone: "Sheikh Nawaf", "Prince Faisal", "King Abdullah". A one-word
 * name after one is a given name, never a surname a reference person is known by ("Sheikh Nawaf" is not Khaled
 * Nawaf), and it is the person whose full name the corpus writes with the same title and given name
 * ("Sheikh Nawaf bin Saif al-Harthy"; actors/merge.ts joinRoyalGivenNames). Lowercase.
 */
export const ROYAL_TITLES: readonly string[] = ["prince", "princess", "king", "queen", "emir", "sheikh", "sheikha", "shaikh", "shaikha", "sultan"];

/**
 * Given names so common among Gulf royals and sheikhs that a royal title and the name alone ("Sheikh Mohammed",
 * "Sheikh Abdullah") identify nobody outside its own article: joinRoyalGivenNames joins them only to a full name
 * of the same article (review 26 F13). Folded, lowercase.
 */
export const COMMON_ROYAL_GIVEN_NAMES: readonly string[] = [
  "mohammed", "muhammad", "mohamed", "mohammad", "abdullah", "abdallah", "ahmed", "ahmad", "ali", "khalid", "khaled", "hamad",
  "hamdan", "saud", "zayed", "rashid", "sultan", "abdulaziz", "abdul aziz"
];

/** Possessives before a title that make it a common noun, not a title: "Her Father Tom Ruiz …" ("the Rev. X" keeps its title; actors/title-surface.ts). */
export const TITLE_DETERMINERS: readonly string[] = ["her", "his", "their", "our", "my", "its", "your"];

/**
 * Round 34: short forms of ranks and offices and the title each writes in full ("Sgt Okafor" is the "Sergeant Tom
 * Okafor" of the same story). Lowercase, without the period: actors/resolve.ts titledHolder reads both as one title.
 */
export const TITLE_SHORT_FORMS: Readonly<Record<string, string>> = {
  sgt: "sergeant", capt: "captain", lt: "lieutenant", lieut: "lieutenant", col: "colonel", gen: "general", maj: "major",
  cpl: "corporal", pte: "private", pvt: "private", insp: "inspector", supt: "superintendent", det: "detective",
  cmdr: "commander", cdr: "commander", adm: "admiral", brig: "brigadier", gov: "governor", sen: "senator", rep: "representative",
  prof: "professor", fr: "father", rev: "reverend", cmdt: "commandant"
};

/**
 * Round 34: titles of traditional rulers written before the name they rule under ("Senior Chief Tembo", "Paramount
 * Chief Mwale"): a chieftaincy name, often no surname at all, so the titled form is how every outlet names the
 * ruler (actors/merge.ts keeps it as a surface form of a lone name left unresolved). Lowercase.
 */
export const CHIEF_TITLES: readonly string[] = ["chief", "senior chief", "paramount chief", "inkosi"];
