/**
 * Splits a person name into first name and surname for cross-outlet comparison:
 * "Samir Abu Hamdan" → first "samir", surname "abu hamdan"; "al-Amin" → surname "amin";
 * "Olsen" → surname only; "Ingrid" → first name only.
 */
import {ABD_PREFIXES, ARABIC_GIVEN_NAMES, FIRST_NAMES, ARABIC_NAME_MARKERS, DROPPED_SURNAME_ARTICLES, SOMALI_GIVEN_NAMES, FEMININE_GIVEN_NAMES, SURNAME_JOINING_PARTICLES, SURNAME_PREFIXES_AFTER_GIVEN, PILGRIM_HONORIFICS, SHARED_SHORT_FORMS, SPACED_SURNAME_PREFIXES} from "../model/first-names.ts";
import {NAME_CLASSES} from "../model/name-classes.ts";
import {FIRST, PARTICLES} from "./lexicon.ts";
import {GENERATIONAL_SUFFIXES, NAME_LINEAGE_PARTICLES} from "../model/titles.ts";
import {foldKey, leadingInitial, tokenize} from "./tokens.ts";
import {personKey, surnameGender} from "./translit.ts";

/**
 * Articles and connectors dropped before a surname ("al-Amin" = "Amin", "el-Sisi" = "Sisi"), and
 * the pilgrim's "Haji" / "Hadji" some outlets write before a given name and others leave out
 * ("Hadji Karim Lawan" = "Karim Lawan").
 */
const DROP = new Set([...DROPPED_SURNAME_ARTICLES, ...PILGRIM_HONORIFICS]);
/**
 * Words that mark a name written from Arabic script ("al-", "Abu", "bin", "Abdel"): such names take
 * e or i, o or u for one vowel ("al-Hakeemi" / "al-Hakimi"). "ben" is left out: Hebrew names use it.
 */
const ARABIC_PARTICLES = new Set(ARABIC_NAME_MARKERS);
// Somali given names are written from a spelling as loose in English as Arabic's ("Abdirashid" / "Abdurashid").
const ARABIC_GIVEN = new Set([...ARABIC_GIVEN_NAMES, ...SOMALI_GIVEN_NAMES]);
const ABD: ReadonlySet<string> = new Set(ABD_PREFIXES);
/** Surname prefixes that are also given names ("Dan", "Dela"): part of the surname only after a given name. */
const AFTER_GIVEN: ReadonlySet<string> = new Set(SURNAME_PREFIXES_AFTER_GIVEN);
/**
 * Particles that belong to the surname ("Abu Hamdan", "bin Salman"), and the North African
 * prefixes written joined or apart ("Ould Hamdi" = "Ouldhamdi"; model/first-names.ts SPACED_SURNAME_PREFIXES).
 */
const JOIN = new Set([...SURNAME_JOINING_PARTICLES, ...SPACED_SURNAME_PREFIXES]);

const CLASS = new Map<string, string>();
for (const cls of NAME_CLASSES) for (const n of cls) if (!CLASS.has(n)) CLASS.set(n, cls[0]);
// The same classes by transliteration key, so a spelling the list does not name still finds its
// class: "Grigori" (not listed) has the key of the listed "Grigory".
const CLASS_BY_KEY = new Map<string, string>();
for (const cls of NAME_CLASSES) for (const n of cls) if (!CLASS_BY_KEY.has(personKey(n))) CLASS_BY_KEY.set(personKey(n), cls[0]);
/** Listed feminine given names: a key match never crosses gender ("Olga" and "Oleg" share the key "olg"). */
const FEMININE_LISTED: ReadonlySet<string> = new Set(FEMININE_GIVEN_NAMES);
const GIVEN_LISTED: ReadonlySet<string> = new Set(FIRST_NAMES);

/**
 * True when a lowercase given name is surely a man's: listed (model/first-names.ts), no listed woman's name, and not
 * ending in "a" ("Karl" yes; "Anne", "Maria", "Nikita" and unlisted names no). Stage 07 and its pronoun checks ask it.
 *
 * @example mansGivenName("karl") // true
 */
export function mansGivenName(given: string): boolean {
  return GIVEN_LISTED.has(given) && !FEMININE_LISTED.has(given) && !given.endsWith("a");
}

export interface PersonName {
  /** Class id of the first name ("aleksandr" → "alexander"), or its translit key; null when absent. */
  first: string | null;
  /** Surname as written (folded), particles kept: "abu hamdan". */
  surname: string | null;
  /** Translit key of the surname: "abumarzuk". */
  surnameKey: string | null;
  /** "full" (first + surname), "surname" (surname only), "first" (a lone first name). */
  shape: "full" | "surname" | "first";
  /** Written from Arabic: an Arabic particle before the last word, or an Arabic given name first. */
  arabic: boolean;
  /** A full name's given name as written (folded: "ahmed"), before any class; absent otherwise. */
  given?: string;
  /** A generational suffix after the surname ("jr" in "Roberto Salcedo Jr."); absent otherwise. */
  suffix?: string;
}

const SUFFIXES: ReadonlySet<string> = new Set(GENERATIONAL_SUFFIXES);

/**
 * Whether a folded word is a generational suffix that may close a name of three words or more
 * ("jr" in "Roberto Salcedo Jr."): it is no surname.
 *
 * @example generationalSuffix("iii") // true
 */
export function generationalSuffix(word: string): boolean {
  return SUFFIXES.has(word);
}

/**
 * Whether a name's words (folded) read as written from Arabic: an Arabic particle before the last
 * word ("Nadim al-Rawi", "Abu Khalil"), a first word that is an Arabic given name ("Hesham Rawi"),
 * or an ayn / hamza apostrophe inside a word ("Ja'far Lawan", see aynMark).
 *
 * @example arabicName(["hesham", "rawi"]) // true
 */
export function arabicName(words: readonly string[]): boolean {
  if (words.length > 0 && ARABIC_GIVEN.has(words[0])) return true;
  for (let i = 0; i < words.length - 1; i++) if (ARABIC_PARTICLES.has(words[i])) return true;
  for (const w of words) if (aynMark(w)) return true;
  return false;
}

/**
 * An apostrophe inside a word after two letters or more, a letter after it: the ayn or hamza of a
 * name written from Arabic ("Ja'far", "Ma'mun", "Mu'min"), which other outlets leave out or write
 * as a long vowel ("Jaafar", "Maamun"). Not an Irish, French or Italian elision ("O'Neill", "D'Souza").
 *
 * @example aynMark("ja'far") // true
 */
export function aynMark(word: string): boolean {
  const at = word.indexOf("'");
  return at >= 2 && at < word.length - 1 && word.charCodeAt(at + 1) >= 97 && word.charCodeAt(at + 1) <= 122;
}

const FEMININE_CLASSES = new Set(FEMININE_GIVEN_NAMES.map((n) => firstNameClass(n)));

/**
 * Whether a first-name class id (as in PersonName.first) is a feminine given name: "Iryna" and
 * "Irina" (class "irina") are, "Sasha" (class "alexander") is not.
 *
 * @example feminineGiven(firstNameClass("Iryna")) // true
 */
export function feminineGiven(first: string | null): boolean {
  return first !== null && FEMININE_CLASSES.has(first);
}

/** First-name class id, or its transliteration key when it is in no class. */
export function firstNameClass(word: string): string {
  const k = foldKey(word);
  const key = personKey(k);
  const listed = CLASS.get(k);
  if (listed !== undefined) return listed;
  const byKey = CLASS_BY_KEY.get(key);
  return byKey !== undefined && FEMININE_LISTED.has(k) === FEMININE_LISTED.has(byKey) ? byKey : "~" + key;
}

/**
 * Class id of a first name the class list names ("lyosha" → "alexei"), or null: no
 * transliteration guess, for in-article lookups where a wrong class would rename a person.
 *
 * @example listedNameClass("greg") // "grigory"
 */
export function listedNameClass(key: string): string | null {
  return CLASS.get(key) ?? null;
}

/**
 * A name's words (folded keys, numbers left out), two capitalised words joined by a hyphen kept
 * as one ("Jean-Luc Moreau-Petit" → "jean-luc", "moreau-petit"): a hyphenated given name or
 * surname is one name, not a given name and a surname. A particle before the hyphen stays a word
 * of its own ("el-Sisi", "Al-Amin", "Abu-Salim", "Ben-Ami").
 *
 * @example nameWords("Jean-Luc Moreau-Petit") // ["jean-luc", "moreau-petit"]
 */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  let prevCap = false;
  for (const t of tokenize(name)) {
    const k = t.key;
    if (!k || /^\d+$/.test(k)) {
      prevCap = false;
      continue;
    }
    const last = out.length - 1;
    if (t.sep === "-" && t.cap && prevCap && last >= 0 && !DROP.has(out[last]) && !JOIN.has(out[last]) && !ARABIC_PARTICLES.has(out[last])) out[last] += "-" + k;
    else out.push(k);
    prevCap = t.cap;
  }
  return out;
}

/** A hyphenated word whose every part is a given name ("jean-luc", "mary-ann"): a given name. */
function hyphenedGiven(word: string): boolean {
  if (word.indexOf("-") < 0) return false;
  for (const part of word.split("-")) if (!FIRST.has(part)) return false;
  return true;
}

/**
 * Class id of the woman's name a shared short form stands for ("sasha" → the class of
 * "Alexandra"), or null when `word` (folded) is no such short form (see SHARED_SHORT_FORMS).
 *
 * @example sharedShortFormFeminine("zhenya") === firstNameClass("Yevgenia") // true
 */
export function sharedShortFormFeminine(word: string): string | null {
  const full = Object.hasOwn(SHARED_SHORT_FORMS, word) ? SHARED_SHORT_FORMS[word] : undefined;
  return full === undefined ? null : firstNameClass(full);
}

/**
 * First-name class of a full name's given name: a short form a man and a woman share ("Sasha")
 * takes the woman's class before a feminine surname ("Sasha Orlova" is an "Alexandra Orlova"),
 * the man's otherwise ("Sasha Orlov" is an "Alexander").
 */
function givenClass(given: string, surname: string): string {
  if (surnameGender(surname) === "f") {
    const feminine = sharedShortFormFeminine(given);
    if (feminine !== null) return feminine;
  }
  return firstNameClass(given);
}

/**
 * @example parsePersonName("Samir Abu Hamdan") // {first: "~samir", surname: "abu hamdan", surnameKey: "abuhamdan", shape: "full", arabic: true}
 */
export function parsePersonName(name: string): PersonName {
  const toks = nameWords(name);
  // "D.A. Petrova", "A.S. Orlov": initials are the given name, never a particle ("da", "as").
  const space = name.indexOf(" ");
  const initials = space > 0 && name.charCodeAt(space - 1) === 46 && leadingInitial(name.slice(0, space)) !== null;
  const kept = toks.filter((k, i) => !(DROP.has(k) && i < toks.length - 1 && !(i === 0 && initials)));
  // "Roberto Salcedo Jr.": the suffix is set aside, the surname is "salcedo".
  const suffix = kept.length >= 3 && SUFFIXES.has(kept[kept.length - 1]) ? kept.pop() : undefined;
  const arabic = arabicName(toks);
  if (kept.length === 0) return new ParsedName(null, null, null, "surname", arabic, undefined, undefined);
  if (kept.length === 1) {
    const only = kept[0];
    if (FIRST.has(only) || hyphenedGiven(only)) return new ParsedName(firstNameClass(only), null, null, "first", arabic, undefined, undefined);
    return new ParsedName(null, only, personKey(only), "surname", arabic, undefined, undefined);
  }
  // "Abdel Wahid el-Hadi": "Abd al-" and the word after it are one given name ("Abdelwahid").
  // "Abd al-Rahman" / "Abd ar-Rahman" keep their article as "abdal" ("abdalrahman"), which the
  // Arabic vowel key reads as "Abdulrahman"; without it "abdrahman" meets no other spelling.
  if (kept.length >= 3 && ABD.has(kept[0])) kept.splice(0, 2, abdPrefix(toks, kept[0]) + kept[1]);
  // Surname: the last word, with a joining particle before it ("Abu Hamdan", "von der Leyen").
  let s = kept.length - 1;
  while (s > 0 && !(s === 1 && initials) && (JOIN.has(kept[s - 1]) || (s > 1 && AFTER_GIVEN.has(kept[s - 1])))) s--;
  const surname = kept.slice(s).join(" ");
  if (s === 0) return new ParsedName(null, surname, personKey(surname), "surname", arabic, undefined, undefined);
  return new ParsedName(givenClass(kept[0], kept[kept.length - 1]), surname, personKey(surname), "full", arabic, kept[0], suffix);
}

/**
 * parsePersonName's answer. A class with every field always set (`given` and `suffix` undefined
 * when absent), not literals of three shapes: stage 09's phases read the names of every shape in
 * one loop, and a shape first met after that loop was compiled sent it back to the interpreter
 * ("wrong map") and through a second compile.
 */
class ParsedName implements PersonName {
  // (Fields `declare`d and set by the constructor: see CandidateRow in candidate.ts for why.)
  declare first: string | null;
  declare surname: string | null;
  declare surnameKey: string | null;
  declare shape: PersonName["shape"];
  declare arabic: boolean;
  declare given: string | undefined;
  declare suffix: string | undefined;
  constructor(first: string | null, surname: string | null, surnameKey: string | null, shape: PersonName["shape"], arabic: boolean, given: string | undefined, suffix: string | undefined) {
    this.first = first;
    this.surname = surname;
    this.surnameKey = surnameKey;
    this.shape = shape;
    this.arabic = arabic;
    this.given = given;
    this.suffix = suffix;
  }
}

const LINEAGE: ReadonlySet<string> = new Set(NAME_LINEAGE_PARTICLES);

/** A bare "abd" written before a dropped article ("Abd al-", "Abd ar-") is "abdal"; any other prefix as written. */
function abdPrefix(toks: readonly string[], prefix: string): string {
  if (prefix !== "abd") return prefix;
  const at = toks.indexOf(prefix);
  return at >= 0 && at + 1 < toks.length && DROP.has(toks[at + 1]) ? "abdal" : prefix;
}

/**
 * The paternal surname of a name written with two surnames, Spanish style ("Luis Alberto Mena
 * Cordero" → "mena": a story calls him "Mena" after the first mention), or null. `words` are the
 * name's folded words. Only names of three words or more once particles are dropped, whose
 * second-to-last word is no known given name ("Juan Carlos Mena": "carlos" is his second given
 * name, not a surname), and not Arabic lineage names ("Faisal bin Saad Al Harbi": "saad" is the
 * father, another person) nor Arabic names at all, whose middle word is the father's given name.
 * A generational suffix is no surname ("Roberto Salcedo Jr." has one surname).
 *
 * @example paternalSurname(["luis", "alberto", "mena", "cordero"]) // "mena"
 */
export function paternalSurname(words: readonly string[]): string | null {
  if (words.length < 3) return null;
  let kept = 0;
  // An index loop, not for…of: leaving a for…of early closes its iterator, a path that first
  // runs on a lineage name ("Faisal bin Saad Al Harbi") long after V8 optimised this
  // ("Insufficient type feedback").
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (LINEAGE.has(w)) return null;
    if (!PARTICLES.has(w) && !SUFFIXES.has(w)) kept++;
  }
  if (kept < 3 || arabicName(words)) return null;
  let seen = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (PARTICLES.has(words[i]) || SUFFIXES.has(words[i])) continue;
    if (++seen === 2) return FIRST.has(words[i]) ? null : words[i];
  }
  return null;
}
