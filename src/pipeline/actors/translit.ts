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
