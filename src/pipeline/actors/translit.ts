/**
 * Transliteration keys: spellings of one name in different romanisations map to one key,
 * so "Khalidov"/"Halidov", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Abu Hamdan"/"Abou Hamdan",
 * "Aleksandr"/"Alexandr" compare equal (person name words also "Mamadou"/"Mamadu" and, through
 * personKey, a hard c / k: "Tiecoura"/"Tiekoura"). Deliberately keeps the feminine "-a" ending
 * ("Volkova" ≠ "Volkov"): gender is a different person.
 */
import {foldKey} from "./tokens.ts";
import {FEMININE_SURNAME_ENDINGS, MASCULINE_SURNAME_ENDINGS} from "../model/name-classes.ts";

const RULES: [RegExp, string][] = [
  [/[^a-z]/g, ""],
  [/shch/g, "sh"],
  [/sch/g, "sh"],
  [/tch/g, "ch"],
  [/x/g, "ks"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/tz/g, "ts"],
  [/w/g, "v"],
  [/ou/g, "u"],
  [/oo/g, "u"],
  // Russian ё written "yo" or "e" after a consonant: Artyom/Artem, Fyodorov/Fedorov, Semyon/Semen.
  [/([bcdfgklmnprstvz])yo/g, "$1e"],
  // Session 32: the South Slavic "đ" written "dj" ("Đurić" / "Djuric", "Đorđe" / "Djordje"): foldKey reads đ as d.
  [/dj/g, "d"],
  [/[yj]/g, "i"],
  [/^ie/, "e"],
  [/(.)\1+/g, "$1"],
  [/(.)(eh|ah)$/, "$1a"],
  [/of$/, "ov"],
  [/ie(v|n)$/, "e$1"],
  // The same ё written "io" in a surname's ending ("Seleznev" / "Selezniov", "Selezneva" /
  // "Selezniova"), and "ye" before the feminine ending ("Seleznyeva"). Endings only: "Antonio",
  // "Marion" keep their "io".
  [/([bcdfgklmnprstvz])io(va?)$/, "$1e$2"],
  [/ie(v|n)a$/, "e$1a"]
];

const cache = new Map<string, string>();

/**
 * Key of one word or name (spaces, hyphens and apostrophes dropped).
 *
 * @example translitKey("Zelenskyy") === translitKey("Zelenskiy") // true ("zelenski")
 */
export function translitKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let s = foldKey(word);
  for (const [re, to] of RULES) s = s.replace(re, to);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, s);
  return s;
}

const personCache = new Map<string, string>();

/**
 * Key of a person name word: translitKey with a hard c before a, o or u read k. French- and
 * English-language outlets spell one West African or Slavic name either way ("Tiecoura" /
 * "Tiekoura", "Nicolae" / "Nikolai"). Person names only: a place ("Kuba" is no "Cuba") or an
 * organisation keeps its c (see translitKey).
 *
 * @example personKey("Tiecoura") === personKey("Tiekoura") // true ("tiekura")
 */
export function personKey(word: string): string {
  const hit = personCache.get(word);
  if (hit !== undefined) return hit;
  const k = translitKey(word);
  const s = k.indexOf("c") >= 0 ? k.replace(/c(?=[aou])/g, "k") : k;
  if (personCache.size > 50_000) personCache.clear();
  personCache.set(word, s);
  return s;
}

/**
 * Whether two person name words are one spelling only once a hard c reads k ("Carla" / "Karla"):
 * their plain keys differ and their person keys agree.
 *
 * @example hardCOnly("Costa", "Kosta") // true
 */
export function hardCOnly(a: string, b: string): boolean {
  return translitKey(a) !== translitKey(b) && personKey(a) === personKey(b);
}

/** Feminine Slavic surname endings (model/name-classes.ts FEMININE_SURNAME_ENDINGS). */
const FEMININE_ENDING = new RegExp(`(${FEMININE_SURNAME_ENDINGS.join("|")})$`);
/** Masculine Slavic surname endings (model/name-classes.ts MASCULINE_SURNAME_ENDINGS). */
const MASCULINE_SURNAME_ENDING = new RegExp(`(${MASCULINE_SURNAME_ENDINGS.join("|")})$`);

/** Feminine / masculine Slavic surname endings: "Volkova" is never "Volkov". */
export function surnameGender(word: string): "f" | "m" | null {
  const w = foldKey(word);
  // Polish "-cka" / "-cki" too: "Rudnicka" is never "Rudnicki".
  if (FEMININE_ENDING.test(w)) return "f";
  if (MASCULINE_SURNAME_ENDING.test(w)) return "m";
  return null;
}

/** Shortest surname (letters) the Ukrainian h / Russian g rule applies to: short names collide too easily. */
export const H_G_MIN_LETTERS = 6;

/**
 * A transliteration key with every "g" read as "h": Ukrainian romanises Г as "h" where Russian
 * uses "g" ("Hryhorenko" / "Grigorenko" → "hrihorenko" both).
 *
 * @example hgKey(translitKey("Grigorenko")) === hgKey(translitKey("Hryhorenko")) // true
 */
export function hgKey(key: string): string {
  return key.includes("g") ? key.replace(/g/g, "h") : key;
}

/**
 * Whether two surnames differ only by Ukrainian h / Russian g: their keys differ, are equal once
 * g reads h (so every other letter agrees, the ending too: "Hnatova" never meets "Gnatov"),
 * both have at least H_G_MIN_LETTERS letters, and neither spells "kh" or "gh" (an h there is
 * another letter: Х, not Г). `raw` is the folded surname as written ("hryhorenko").
 *
 * @example sameButHG("hryhorenko", "grigorenko") // true
 * @example sameButHG("hohol", "gogol") // false (5 letters)
 */
export function sameButHG(rawA: string, rawB: string): boolean {
  const a = translitKey(rawA);
  const b = translitKey(rawB);
  if (a === b || letterCount(rawA) < H_G_MIN_LETTERS || letterCount(rawB) < H_G_MIN_LETTERS) return false;
  if (/kh|gh/.test(rawA) || /kh|gh/.test(rawB)) return false;
  return hgKey(a) === hgKey(b);
}

function letterCount(s: string): number {
  return s.replace(/[^a-z]/g, "").length;
}

/**
 * A spelling one romanisation uses where another writes something else, read the other way
 * before keying: French "j" for English "zh", Polish "c" for "ts". `marks` says the folded
 * surname uses it (a cheap test, run first), `rewrite` reads it the other way.
 */
interface Spelling {
  readonly marks: (raw: string) => boolean;
  readonly rewrite: (raw: string) => string;
  /** Shortest surname (letters) the rule applies to: short names collide too easily. */
  readonly minLetters: number;
}

/** Transliteration key of a folded surname, read through `spelling` when it uses that spelling. */
function spellingKey(spelling: Spelling, raw: string): string {
  return spelling.marks(raw) ? translitKey(spelling.rewrite(raw)) : translitKey(raw);
}

/**
 * Whether two folded surnames differ only by `spelling`: exactly one uses it, both are long
 * enough, the plain keys differ and the keys agree once that one is read the other way (the
 * ending too: "Javoronkova" never meets "Zhavoronkov").
 */
function sameButSpelling(spelling: Spelling, rawA: string, rawB: string): boolean {
  if (spelling.marks(rawA) === spelling.marks(rawB)) return false;
  if (letterCount(rawA) < spelling.minLetters || letterCount(rawB) < spelling.minLetters) return false;
  return translitKey(rawA) !== translitKey(rawB) && spellingKey(spelling, rawA) === spellingKey(spelling, rawB);
}

/** Shortest surname (letters) the French j / English zh rule applies to. */
export const ZH_J_MIN_LETTERS = 7;

/** French "j" for Ж where English writes "zh" ("Joukov" / "Zhukov"): the English side is marked. */
const ZH_J: Spelling = {marks: (raw) => raw.includes("zh"), rewrite: (raw) => raw.replace(/zh/g, "j"), minLetters: ZH_J_MIN_LETTERS};

/**
 * A surname's transliteration key with "zh" read as "j": French romanises Ж as "j" where English
 * writes "zh" ("Javoronkov" / "Zhavoronkov", "Joukov" / "Zhukov"). `raw` is the folded surname.
 *
 * @example zhjKey("sapozhnikov") === zhjKey("sapojnikov") // true ("sapoinikov")
 */
export function zhjKey(raw: string): string {
  return spellingKey(ZH_J, raw);
}

/**
 * Whether two surnames differ only by French "j" for English "zh": exactly one spells "zh", the
 * keys differ but agree once "zh" reads "j" (the ending too: "Javoronkova" never meets
 * "Zhavoronkov"), and both have at least ZH_J_MIN_LETTERS letters (a German "j" is a "y":
 * "Jukov" is no "Zhukov"; short names collide too easily).
 *
 * @example sameButZhJ("sapozhnikov", "sapojnikov") // true
 * @example sameButZhJ("zhukov", "jukov") // false (5 letters)
 */
export function sameButZhJ(rawA: string, rawB: string): boolean {
  return sameButSpelling(ZH_J, rawA, rawB);
}

/** Polish letters as English romanisations of Belarusian, Ukrainian or Russian write them. */
const POLISH_SOUND: Readonly<Record<string, string>> = {ch: "kh", cz: "ch", sz: "sh", rz: "zh", ie: "e", c: "ts"};
/**
 * Polish spellings: "ch" (the sound kh), "cz", "sz", "rz", "ie" (a soft e), and "c" for "ts"
 * where it is no English "ck" or "ch", but also before the "-ki" / "-ka" ending ("Borecki").
 */
const POLISH_SPELLING = /ch|cz|sz|rz|ie|c(?=k[aiy]$)|c(?![hkz])/g;
/** A surname marked Polish: a "c" other than in "ch" / "ck" (but "-cki"), or "sz". */
const POLISH_MARK = /c(?![hk])|c(?=k[aiy]$)|sz/;
/** Shortest surname (letters) the Polish spelling rule applies to. */
export const POLISH_MIN_LETTERS = 6;

const POLISH: Spelling = {marks: (raw) => POLISH_MARK.test(raw), rewrite: (raw) => raw.replace(POLISH_SPELLING, (m) => POLISH_SOUND[m]), minLetters: POLISH_MIN_LETTERS};

/**
 * A surname's transliteration key read as Polish spelling when it is one (see POLISH_MARK):
 * Polish outlets write Belarusian and Ukrainian names their own way ("Rudnicki" for
 * "Rudnitsky", "Kowalczuk" for "Kovalchuk", "Szewczenko" for "Shevchenko"). `raw` is folded.
 *
 * @example polishKey("rudnicki") === polishKey("rudnitsky") // true ("rudnitski")
 */
export function polishKey(raw: string): string {
  return spellingKey(POLISH, raw);
}

/**
 * Whether two surnames differ only by Polish spelling (see polishKey): exactly one is spelt the
 * Polish way, both have POLISH_MIN_LETTERS letters or more, and they agree once it is read in
 * English romanisation, the ending too ("Rudnicka" never meets "Rudnitsky").
 *
 * @example sameButPolish("rudnicki", "rudnitsky") // true
 * @example sameButPolish("kowalczyk", "kovalchuk") // false (y / u: another surname)
 */
export function sameButPolish(rawA: string, rawB: string): boolean {
  return sameButSpelling(POLISH, rawA, rawB);
}

/**
 * Why two different surnames are one spelling apart: Ukrainian h / Russian g, French j / English
 * zh or Polish spelling, or null when none of these.
 *
 * @example spellingReason("rudnicki", "rudnitsky") // "Polish spelling"
 */
export function spellingReason(rawA: string, rawB: string): string | null {
  if (sameButHG(rawA, rawB)) return "Ukrainian h / Russian g";
  if (sameButZhJ(rawA, rawB)) return "French j / English zh";
  if (sameButPolish(rawA, rawB)) return "Polish spelling";
  return null;
}

/** Feminine surname endings (folded spelling) and the masculine ending each stands for. */
const MASCULINE_ENDING: [RegExp, string][] = [
  [/skaya$/, "sky"],
  [/ska$/, "ski"],
  [/cka$/, "cki"],
  [/(ov|ev|in|yn)a$/, "$1"]
];

/**
 * The masculine spelling of a feminine Slavic surname ("sokolova" → "sokolov", "zaretskaya" →
 * "zaretsky"), or null when the ending is not feminine. `raw` is the folded surname.
 *
 * @example masculineSurname("zaretskaya") // "zaretsky"
 */
export function masculineSurname(raw: string): string | null {
  for (const [re, to] of MASCULINE_ENDING) if (re.test(raw)) return raw.replace(re, to);
  return null;
}

/**
 * Whether a feminine surname and a masculine one are the same family name ("Sokolova" /
 * "Sokolov", "Zaretskaya" / "Zaretski", "Kozhevnikova" / "Kojevnikov"): the feminine one read in
 * the masculine has the other's key, or differs from it only by h / g or j / zh. Whether they are
 * one person is the caller's question (a woman's given name on both sides).
 *
 * @example sameFamilyName("zaretskaya", "zaretski") // true
 */
export function sameFamilyName(feminine: string, masculine: string): boolean {
  const m = masculineSurname(feminine);
  if (m === null) return false;
  return translitKey(m) === translitKey(masculine) || spellingReason(m, masculine) !== null;
}

/**
 * A transliteration key with e read as i and o as u: English outlets write one Arabic vowel
 * either way ("Hesham" / "Hisham", "Osman" / "Usman", "Rafeq" / "Rafiq", and a long one "ee" /
 * "i", which the key already writes "e": "Nabeel" → "nabel" → "nabil"; the diphthong ai / ei and
 * the "Abdul" / "Abdel" prefix too). Only for names written from Arabic: "Colleen" is not "Colin".
 *
 * @example arabicVowelKey(translitKey("Hesham")) === arabicVowelKey(translitKey("Hisham")) // true
 */
export function arabicVowelKey(key: string): string {
  let k = key.replace(/e/g, "i").replace(/o/g, "u");
  // The diphthong "ai" / "ay" / "ei" is also written as a plain "i" or "ee": "Zubair" / "Zubeir"
  // / "Zubeer", "Faisal" / "Feisal", "Hussain" / "Hussein" all read "zubir", "fisal", "husin".
  if (k.indexOf("ai") >= 0) k = k.replace(/ai/g, "i");
  // "ii" once e reads i is one long vowel: the "-ei" ending some Gulf spellings give a family
  // name ("al-Dhaheriei" / "al-Dhaheri" → "dhahiri"), or "ie" / "ei" inside a word.
  if (k.indexOf("ii") >= 0) k = k.replace(/ii+/g, "i");
  // "Abd al-" (servant of) is written "Abdul", "Abdel" or "Abdal": "Abdulkarim" / "Abdelkarim";
  // Somali outlets write its vowel "i" before the next name ("Abdirashid" / "Abdurashid").
  return k.indexOf("abd") >= 0 ? k.replace(/abd[aiu]l/g, "abdul").replace(/abdi(?=[^aeiou])/g, "abdu") : k;
}

/**
 * A transliteration key with e read as a and o as u: Egyptian and Levantine spellings write a
 * short Arabic "a" as "e" ("Hemdan" / "Hamdan", "Mesri" / "Masri"). Weaker than arabicVowelKey
 * (an "e" is as often an "i"), so stage 09 allows it for one word of a name only.
 *
 * @example arabicOpenVowelKey(translitKey("Hemdan")) === arabicOpenVowelKey(translitKey("Hamdan")) // true
 */
export function arabicOpenVowelKey(key: string): string {
  return key.replace(/e/g, "a").replace(/o/g, "u");
}

/**
 * A transliteration key with every a, e and i read alike (and o as u): the block in which two
 * spellings of one Arabic name may meet, whichever of the two vowel rules joins them.
 *
 * @example arabicLooseKey(translitKey("Hemdan")) === arabicLooseKey(translitKey("Himdan")) // true
 */
export function arabicLooseKey(key: string): string {
  return key.replace(/[ae]/g, "i").replace(/o/g, "u").replace(/ii+/g, "i");
}

/** Round 34: fewest letters a given name needs before its first letter's "dh" / "z" / "d" may be one sound. */
const ARABIC_DH_MIN_LETTERS = 5;

/**
 * Round 34: a name word's key read with the Arabic consonants English outlets romanise more than one way, for names
 * written from Arabic only: ج inside a word as "j" or as the Egyptian and Lebanese hard "g" ("Rajab" / "Ragab", "Hajjar" /
 * "Haggar"; "gh" is another letter, غ, and stays), and, at a given name's start, ظ / ذ as "dh", "z" or "d" ("Dhafer"
 * / "Zafer" / "Dafer"; ARABIC_DH_MIN_LETTERS letters or more: "Dina" and "Zina" are two names). Then read through
 * arabicVowelKey. `raw` is the folded word.
 *
 * @example arabicConsonantKey("haggar", false) === arabicConsonantKey("hajjar", false) // true
 */
export function arabicConsonantKey(raw: string, given: boolean): string {
  let s = raw;
  if (given && s.length >= ARABIC_DH_MIN_LETTERS && (s.charCodeAt(0) === 122 || (s.charCodeAt(0) === 100 && s.charCodeAt(1) === 104))) s = "d" + s.slice(s.charCodeAt(0) === 122 ? 1 : 2);
  // Mend 34: a word's first "g" stays: Sudanese, Gulf and Libyan outlets write ق (and some غ) with it, so "Gasim" is
  // Qasim, not the other name "Jasim" (جاسم), and "Gazi" is Ghazi, not "Jazi". Inside a word ج's "gg" / "g" still reads j.
  if (s.indexOf("g", 1) >= 0) s = s.charAt(0) + s.slice(1).replace(/g(?!h)/g, "j");
  return arabicVowelKey(personKey(s));
}

/** Fewest letters a given name needs before a dropped vowel may still name the same person. */
export const LONG_GIVEN_MIN_LETTERS = 8;

const isVowel = (c: string) => c === "a" || c === "e" || c === "i" || c === "o" || c === "u";

/**
 * Whether two long given names' keys differ by one vowel between two consonants, which French-
 * and English-language outlets write or drop in long West African and Arabic names
 * ("Abdelrahaman" / "Abdelrahman"). Both keys need LONG_GIVEN_MIN_LETTERS letters, and a vowel at
 * either end never counts ("Antonia" / "Antonio", "Christophe" / "Christopher" are other names).
 *
 * @example droppedVowel("abdelrahaman", "abdelrahman") // true
 */
export function droppedVowel(a: string, b: string): boolean {
  if (a.length === b.length + 1) return droppedVowel(b, a);
  if (b.length !== a.length + 1 || a.length < LONG_GIVEN_MIN_LETTERS) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === 0 || i >= a.length || !isVowel(b[i]) || isVowel(b[i - 1]) || isVowel(b[i + 1])) return false;
  return a.slice(i) === b.slice(i + 1);
}

/** French "tch" before i or y for a plain "t" (a surname-key rewrite only: no length rule of its own). */
const TCH_T: Spelling = {marks: (raw) => raw.includes("tch"), rewrite: (raw) => raw.replace(/tch(?=[iy])/g, "t"), minLetters: 0};

/**
 * A surname's key with French "tch" before i or y read as "t": French-language outlets in West
 * Africa write "tch" where English ones write a plain "t" ("Tchiroma" / "Tiroma"). Only for a
 * spelling that has "tch": an English "ch" ("Chiara") never becomes "t". `raw` is folded.
 *
 * @example tchKey("tchiroma") === tchKey("tiroma") // true
 */
export function tchKey(raw: string): string {
  return spellingKey(TCH_T, raw);
}
