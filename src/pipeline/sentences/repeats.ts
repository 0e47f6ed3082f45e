import {normalizeLine} from "./normalize.ts";

/** Sentence keys shorter than this must match exactly; longer ones may be cut ("…about 300 residents"). */
const MIN_PREFIX_CHARS = 40;
/** Letters hashed to tell whether a sentence could open a paragraph. */
const OPENING_LETTERS = 24;
/** An agency dateline before a repeated lead: "LONDON (Reuters) - ", "MEXICO CITY, Nov 3 (AP) — ". */
const AGENCY_DATELINE = /^[A-Z][A-Z .,'’-]{1,40}(?:\([^)]{1,40}\))?\s*[-–—]\s+/;

/**
 * For each paragraph, the index of an earlier paragraph it repeats, else null. A paragraph
 * repeats paragraph j when every one of its sentences is a sentence of j, compared on
 * normalised text (case, spacing and punctuation ignored): the same paragraph printed twice, or
 * a lead printed once as one paragraph and again split in three. An agency dateline before the
 * first sentence is ignored ("LONDON (Reuters) - " + the lead), and a cut-off last sentence may
 * be a prefix of one of j's. Linear: sentences are looked up by a hash of their letters and
 * digits, and only candidate matches are normalised and compared.
 *
 * @example repeatedParagraphs([["Rain fell."], ["Roads closed."], ["Rain  fell!"]]) // [null, null, 0]
 */
export function repeatedParagraphs(paragraphs: string[][]): Array<number | null> {
  const firstByHash = new Map<number, number>();
  const texts = paragraphs.map((sentences) => sentences.map((s, i) => (i === 0 ? s.replace(AGENCY_DATELINE, "") : s)));
  // A sentence can only match another one with the same opening letters, and only first sentences
  // are looked up. So a sentence is hashed in full only when another sentence shares its opening
  // and it is a first sentence or opens like one; the rest (most of an article) never match.
  const openings = texts.map((own) => own.map((s) => letterHash(s, OPENING_LETTERS)));
  const openingCount = new Map<number, number>();
  const firstOpenings = new Set<number>();
  for (const row of openings) {
    for (const o of row) openingCount.set(o, (openingCount.get(o) ?? 0) + 1);
    if (row.length) firstOpenings.add(row[0]);
  }
  let previous: number | null = null;
  return texts.map((own, p) => {
    const hashes = own.map((s, i) => {
      const o = openings[p][i];
      return o !== 0 && openingCount.get(o)! > 1 && (i === 0 || firstOpenings.has(o)) ? letterHash(s) : 0;
    });
    let result: number | null = null;
    // A cut-off paragraph has no exact first sentence to look up: try what the paragraph before repeated.
    const j = hashes.length ? firstByHash.get(hashes[0]) ?? previous ?? undefined : undefined;
    if (j !== undefined && j !== p) {
      const earlier = texts[j].map(normalizeLine);
      const keys = own.map(normalizeLine);
      if (keys.every((k, i) => k !== "" && sentenceIn(k, earlier, i === keys.length - 1))) result = j;
    }
    for (const h of hashes) if (h !== 0 && !firstByHash.has(h)) firstByHash.set(h, p);
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

/**
 * FNV-1a over the lowercased ASCII letters and digits (other characters above U+00BF count too),
 * skipping spaces and punctuation: equal for texts whose normalised forms are equal. 0 = empty.
 * With `maxLetters`, only the opening letters count (equal texts still hash equal).
 */
function letterHash(s: string, maxLetters = Infinity): number {
  let h = 0x811c9dc5;
  let any = false;
  let letters = 0;
  for (let i = 0; i < s.length && letters < maxLetters; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && !(c >= 0x2000 && c < 0x2c00) && c !== 0xd7 && c !== 0xf7))) continue;
    h = Math.imul(h ^ c, 0x01000193);
    any = true;
    letters++;
  }
  return any ? h >>> 0 || 1 : 0;
}
