/**
 * Transliteration keys: spellings of one name in different romanisations map to one key,
 * so "Khalidov"/"Halidov", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Abu Hamdan"/"Abou Hamdan",
 * "Aleksandr"/"Alexandr" compare equal. Deliberately keeps the feminine "-a" ending
 * ("Volkova" ≠ "Volkov"): gender is a different person.
 */
import {foldKey} from "./tokens.ts";

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
  [/[yj]/g, "i"],
  [/^ie/, "e"],
  [/(.)\1+/g, "$1"],
  [/(.)(eh|ah)$/, "$1a"],
  [/of$/, "ov"],
  [/ie(v|n)$/, "e$1"]
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

/** Feminine / masculine Slavic surname endings: "Volkova" is never "Volkov". */
export function surnameGender(word: string): "f" | "m" | null {
  const w = foldKey(word);
  if (/(ova|eva|yova|ina|yna|aya|skaya|tskaya|ska)$/.test(w)) return "f";
  if (/(ov|ev|in|yn|sky|ski|skiy|skyy|skii|skij|iy|yy|oy|off)$/.test(w)) return "m";
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

/** Shortest surname (letters) the French j / English zh rule applies to. */
export const ZH_J_MIN_LETTERS = 7;

/**
 * A surname's transliteration key with "zh" read as "j": French romanises Ж as "j" where English
 * writes "zh" ("Sapojnikov" / "Sapozhnikov", "Joukov" / "Zhukov"). `raw` is the folded surname.
 *
 * @example zhjKey("sapozhnikov") === zhjKey("sapojnikov") // true ("sapoinikov")
 */
export function zhjKey(raw: string): string {
  return raw.includes("zh") ? translitKey(raw.replace(/zh/g, "j")) : translitKey(raw);
}

/**
 * Whether two surnames differ only by French "j" for English "zh": exactly one spells "zh", the
 * keys differ but agree once "zh" reads "j" (the ending too: "Sapojnikova" never meets
 * "Sapozhnikov"), and both have at least ZH_J_MIN_LETTERS letters (a German "j" is a "y":
 * "Jukov" is no "Zhukov"; short names collide too easily).
 *
 * @example sameButZhJ("sapozhnikov", "sapojnikov") // true
 * @example sameButZhJ("zhukov", "jukov") // false (5 letters)
 */
export function sameButZhJ(rawA: string, rawB: string): boolean {
  if (rawA.includes("zh") === rawB.includes("zh")) return false;
  if (letterCount(rawA) < ZH_J_MIN_LETTERS || letterCount(rawB) < ZH_J_MIN_LETTERS) return false;
  return translitKey(rawA) !== translitKey(rawB) && zhjKey(rawA) === zhjKey(rawB);
}

/** Feminine surname endings (folded spelling) and the masculine ending each stands for. */
const MASCULINE_ENDING: [RegExp, string][] = [
  [/skaya$/, "sky"],
  [/ska$/, "ski"],
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
  return translitKey(m) === translitKey(masculine) || sameButHG(m, masculine) || sameButZhJ(m, masculine);
}

/**
 * A transliteration key with e read as i and o as u: English outlets write one Arabic vowel
 * either way ("Hesham" / "Hisham", "Osman" / "Usman", "Tarek" / "Tariq", and a long one "ee" /
 * "i", which the key already writes "e": "Nabeel" → "nabel" → "nabil"). Only for names written
 * from Arabic: "Colleen" is not "Colin".
 *
 * @example arabicVowelKey(translitKey("Hesham")) === arabicVowelKey(translitKey("Hisham")) // true
 */
export function arabicVowelKey(key: string): string {
  return key.replace(/e/g, "i").replace(/o/g, "u");
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

/**
 * A surname's key with French "tch" before i or y read as "t": French-language outlets in West
 * Africa write "tch" where English ones write a plain "t" ("Tchiroma" / "Tiroma"). Only for a
 * spelling that has "tch": an English "ch" ("Chiara") never becomes "t". `raw` is folded.
 *
 * @example tchKey("tchiroma") === tchKey("tiroma") // true
 */
export function tchKey(raw: string): string {
  return raw.includes("tch") ? translitKey(raw.replace(/tch(?=[iy])/g, "t")) : translitKey(raw);
}
