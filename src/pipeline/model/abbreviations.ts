/**
 * Initials of Russian given names written with two Latin letters (Ю, Я, Е, Ё, Ж, Х, Ц, Ш):
 * "Yu. Petrenko" is Yurii or Yuliya Petrenko. Lowercase, without the period; ABBREVIATIONS below
 * lists them capitalised.
 */
export const DIGRAPH_INITIALS: readonly string[] = ["yu", "ya", "ye", "yo", "zh", "kh", "ts", "sh"];

/**
 * Abbreviations that end with a period but do not end a sentence ("Dr. Smith", "Lt. Col. Ivanov",
 * "Jan. 5", "No. 10"). Handed to `sbd` as its full list (sbd replaces its own list with ours, so
 * its defaults are repeated here). Case matters as written; sbd strips the trailing period.
 * Data only: edit freely.
 */
export const ABBREVIATIONS: string[] = [
  // sbd's built-in English list
  "al", "adj", "assn", "Ave", "BSc", "MSc", "Cell", "Ch", "Co", "cc", "Corp", "Dem", "Dept", "ed", "eg", "Eq", "Eqs",
  "est", "etc", "Ex", "ext", "Fig", "fig", "Figs", "figs", "i.e", "ie", "Inc", "inc",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "jr", "mi", "Miss", "Mrs", "Mr", "Ms", "Mol", "mt", "mts", "no", "No", "Nos", "PhD", "MD", "BA", "MA", "MM", "pl", "pop",
  "pp", "Prof", "Dr", "pt", "Ref", "Refs", "Rep", "repr", "rev", "Sec", "Secs", "Sgt", "Col", "Gen", "Sen", "Gov", "Lt",
  "Maj", "Capt", "St", "Sr", "sr", "Jr", "Rev", "Sun", "Mon", "Tu", "Tue", "Tues", "Wed", "Th", "Thu", "Thur", "Thurs",
  "Fri", "Sat", "trans", "Univ", "Viz", "Vol", "vs", "v",
  // military, civil and religious titles common in news copy
  "Adm", "Brig", "Cmdr", "Cdr", "Cpl", "Pvt", "Pte", "Lieut", "Sgt", "Msgr", "Fr", "Rt", "Hon", "Pres", "Amb", "Supt",
  "Insp", "Det", "Atty", "Gov", "Rep", "Reps", "Sens", "Mme", "Mlle", "Messrs", "Dr", "Drs",
  // initials of Russian given names that romanise one letter as two ("Yu. Petrenko", "Zh. Abenov")
  ...DIGRAPH_INITIALS.map((d) => d[0].toUpperCase() + d.slice(1)),
  // places, companies, misc
  "Ltd", "Bros", "Blvd", "Rd", "Mt", "Ft", "Pt", "Ave", "Sq", "Hwy", "approx", "appr", "Nr", "nr", "tel", "Tel", "cf",
  "ca", "c", "b", "d", "e.g", "a.m", "p.m", "Ph", "Art", "Para", "para", "Arts", "Sect", "Ch", "Op", "Gov't"
];

/**
 * Abbreviations whose period keeps to the word inside a name while stage 04 scans tokens ("Mr.
 * Okafor", "Lt. Col. Mensah", "Mt. Elgon"): the period is no sentence end, so the title and the
 * name stay one capitalised run. Lowercase, without the final period; "lt.col" is the one entry
 * with an inner period (a word holds none, so it never matches a single word; kept as the list
 * always held it). Titles: "mr" … "cmdt" (civil, military and police ranks written before a
 * surname); "jr"/"sr" (after a name: "Ortiz Jr."); "st", "mt", "ft" (places named after a saint,
 * a mountain, a fort: "St. Louis", "Ft. Portal").
 *
 * @example NAME_ABBREVIATIONS.includes("capt") // true: "Capt. Adeyemi" keeps its period
 */
export const NAME_ABBREVIATIONS: readonly string[] = [
  "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "prof", "rev", "sen", "rep", "gov", "jr", "sr", "mt", "ft",
  "lt.col", "cmdr", "cdr", "adm", "brig", "cpl", "pte", "lieut", "insp", "supt", "cmdt"
];

/**
 * Word endings of plural common nouns ("Residents", "Soldiers", "Officials", "Medics",
 * "Civilians", "Employees", "Relatives"). Why: after a lone capital letter and its period ("…in
 * Sector C. Soldiers followed") such a word starts a sentence stage 02 did not cut, so the letter
 * is no initial of a name ("R. Sundaram" is).
 *
 * @example PLURAL_NOUN_ENDINGS.includes("ers") // true: "Sector C. Rangers" is no name
 */
export const PLURAL_NOUN_ENDINGS: readonly string[] = ["ials", "ists", "ents", "ers", "ors", "ics", "ies", "ans", "ens", "ees", "ives"];
