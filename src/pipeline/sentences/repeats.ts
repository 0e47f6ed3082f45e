import {normalizeLine} from "./normalize.ts";

/** Sentence keys shorter than this must match exactly; longer ones may be cut ("…about 1,500 Israelis"). */
const MIN_PREFIX_CHARS = 40;
/** An agency dateline before a repeated lead: "MOSCOW (Reuters) - ", "GAZA CITY, Nov 3 (AP) — ". */
const AGENCY_DATELINE = /^[A-Z][A-Z .,'’-]{1,40}(?:\([^)]{1,40}\))?\s*[-–—]\s+/;

/**
 * For each paragraph, the index of an earlier paragraph it repeats, else null. A paragraph
 * repeats paragraph j when every one of its sentences is a sentence of j, compared on
 * normalised text (case, spacing and punctuation ignored): the same paragraph printed twice, or
 * a lead printed once as one paragraph and again split in three. An agency dateline before the
 * first sentence is ignored ("MOSCOW (Reuters) - " + the lead), and a cut-off last sentence may
 * be a prefix of one of j's. Linear: sentences are looked up by their letters and digits
 * (`letterKey`, built with native string operations), and only candidate matches are normalised
 * and compared.
 *
 * @example repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Rain  fell!"]]) // [null, null, 0]
 */
export function repeatedParagraphs(paragraphs: string[][]): Array<number | null> {
  const firstByKey = new Map<string, number>();
  const texts: string[][] = [];
  let previous: number | null = null;
  return paragraphs.map((sentences, p) => {
    const own = sentences.map((s, i) => (i === 0 ? s.replace(AGENCY_DATELINE, "") : s));
    texts.push(own);
    const keys = own.map(letterKey);
    let result: number | null = null;
    // A cut-off paragraph has no exact first sentence to look up: try what the paragraph before repeated.
    const j = keys.length ? firstByKey.get(keys[0]) ?? previous ?? undefined : undefined;
    if (j !== undefined && j !== p) {
      const earlier = texts[j].map(normalizeLine);
      const normalized = own.map(normalizeLine);
      if (normalized.every((k, i) => k !== "" && sentenceIn(k, earlier, i === normalized.length - 1))) result = j;
    }
    for (const k of keys) if (k !== "" && !firstByKey.has(k)) firstByKey.set(k, p);
    previous = result;
    return result;
  });
}

function sentenceIn(key: string, earlier: string[], last: boolean): boolean {
  for (const e of earlier) {
    if (e === key) return true;
    if (last && key.length >= MIN_PREFIX_CHARS && e.startsWith(key)) return true;
  }
  return false;
}

/** Everything but ASCII letters and digits and characters from U+00C0 on (× ÷ and U+2000–U+2BFF punctuation/symbols excepted). */
const NOT_LETTER = /[^A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\uffff]+/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_UPPER = /[A-Z]+/g;
/** Map keys longer than this are shortened: V8 hashes very long strings by their length alone. */
const MAX_KEY = 4000;

/**
 * The sentence's ASCII-lowercased letters and digits (other characters from U+00C0 on count too,
 * as they are), spaces and punctuation dropped: equal for texts whose normalised forms are equal.
 * "" = no letters. Built by native replace/lower-case calls, not a character loop.
 *
 * @example letterKey("Rain  fell!") // "rainfell"
 */
export function letterKey(s: string): string {
  const letters = s.replace(NOT_LETTER, "");
  // Only ASCII is lower-cased (as the comparison always did): whole-string lower-casing is exact when all is ASCII.
  let key = NON_ASCII.test(letters) ? letters.replace(ASCII_UPPER, (m) => m.toLowerCase()) : letters.toLowerCase();
  if (key.length > MAX_KEY) key = key.slice(0, MAX_KEY) + "\u0000" + key.length + "\u0000" + tailHash(key);
  return key;
}

/** FNV-1a of a long key's characters (only for keys over MAX_KEY, which garbage input can produce). */
function tailHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
