import {normalizeLine} from "./normalize.ts";

/** Sentence keys shorter than this must match exactly; longer ones may be cut ("…about 300 residents"). */
const MIN_PREFIX_CHARS = 40;
/**
 * "No limit" for letterHash: a small integer, not Infinity, so the loop's comparison stays an
 * integer one (Infinity threw away letterHash's optimised code on its first full hash).
 */
const ALL_LETTERS = 0x7fffffff;
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
  // A loop with push, not map: one elements kind for every article (see splitSentences).
  const texts: string[][] = [];
  for (const own of paragraphs) texts.push(withoutDateline(own));
  // One flat typed array of opening hashes (paragraph p's sentences at first[p]…first[p + 1]),
  // not an array per paragraph: per-paragraph arrays of hashes came out as small-integer or
  // double arrays depending on the values, and optimised code deopted on every switch.
  // Both are module scratch arrays (see scratch): nothing here outlives the call.
  const first = scratch(FIRST, texts.length + 1);
  first[0] = 0;
  for (let p = 0; p < texts.length; p++) first[p + 1] = first[p] + texts[p].length;
  const count = first[texts.length];
  const openings = scratch(OPENINGS, count);
  // A sentence can only match another one with the same opening letters, and only first sentences
  // are looked up. So a sentence is hashed in full only when another sentence shares its opening
  // and it is a first sentence or opens like one; the rest (most of an article) never match.
  for (let p = 0; p < texts.length; p++) {
    const own = texts[p];
    for (let i = 0; i < own.length; i++) openings[first[p] + i] = letterHash(own[i], OPENING_LETTERS);
  }
  // Openings held by two sentences or more, found on a sorted copy (a native numeric sort, equal
  // values side by side) instead of a Set of every opening: most articles have none, and then
  // no sentence can match another and no paragraph repeats.
  const shared = sharedValues(openings, count);
  const result: Array<number | null> = new Array(texts.length).fill(null);
  if (shared === null) return result;
  const firstOpenings = new Set<number>();
  for (let p = 0; p < texts.length; p++) if (texts[p].length) firstOpenings.add(openings[first[p]]);
  const firstByHash = new Map<number, number>();
  // Each paragraph's normalised sentences, built the first time a comparison needs them (a
  // paragraph printed three times is compared twice with the first one).
  const keys: Array<string[] | undefined> = new Array(texts.length);
  let previous: number | null = null;
  for (let p = 0; p < texts.length; p++) {
    const own = texts[p];
    const at = first[p];
    let repeated: number | null = null;
    // A cut-off paragraph has no exact first sentence to look up: try what the paragraph before repeated.
    const j: number | undefined = own.length ? firstByHash.get(fullHash(own, openings, at, 0, shared, firstOpenings)) ?? previous ?? undefined : undefined;
    if (j !== undefined && j !== p && repeatsParagraph((keys[p] ??= normalizedKeys(own)), (keys[j] ??= normalizedKeys(texts[j])))) repeated = j;
    for (let i = 0; i < own.length; i++) {
      const h = fullHash(own, openings, at, i, shared, firstOpenings);
      if (h !== 0 && !firstByHash.has(h)) firstByHash.set(h, p);
    }
    previous = repeated;
    result[p] = repeated;
  }
  return result;
}

/**
 * A paragraph's sentences normalised, built with push rather than `map`: arrays from `map`
 * came out with another elements kind than the ones optimised code had seen, which threw away
 * the compiled repeatedParagraphs once per run.
 */
function normalizedKeys(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) out.push(normalizeLine(t));
  return out;
}

/** Whether every sentence of `own` is a sentence of `earlier`, both normalised (the last may be cut off). */
function repeatsParagraph(own: string[], earlier: string[]): boolean {
  for (let i = 0; i < own.length; i++) {
    const k = own[i];
    if (k === "" || !sentenceIn(k, earlier, i === own.length - 1)) return false;
  }
  return true;
}

/**
 * The values found twice or more among the first `n` of `values`, or null when all differ.
 *
 * @example sharedValues(Int32Array.of(5, 3, 5), 3) // Set {5}
 */
function sharedValues(values: Int32Array, n: number): Set<number> | null {
  const sorted = scratch(SORTED, n);
  for (let i = 0; i < n; i++) sorted[i] = values[i];
  // subarray: a view of the first n, sorted in place (numerically, as the copy's sort was).
  const view = sorted.subarray(0, n).sort();
  let out: Set<number> | null = null;
  for (let i = 1; i < n; i++) if (view[i] === view[i - 1]) (out ??= new Set()).add(view[i]);
  return out;
}

/**
 * Reusable Int32Arrays for repeatedParagraphs, one per use (FIRST, OPENINGS, SORTED): a typed
 * array over 64 bytes (more than 16 paragraphs or sentences, most articles) gets its memory
 * outside the heap, about ten times the cost of a small one, and an article needed three.
 */
const FIRST = {array: new Int32Array(256)};
const OPENINGS = {array: new Int32Array(1024)};
const SORTED = {array: new Int32Array(1024)};

/** Largest scratch array kept between articles: a longer article (a hostile million-line file) gets its own, dropped after. */
const SCRATCH_KEPT = 65536;

/** `holder`'s array with room for `n` values (grown, doubling, when short); its contents are stale, not zeroed. */
function scratch(holder: {array: Int32Array}, n: number): Int32Array {
  if (n > SCRATCH_KEPT) return new Int32Array(n);
  if (holder.array.length < n) holder.array = new Int32Array(Math.min(SCRATCH_KEPT, Math.max(n, holder.array.length * 2)));
  return holder.array;
}

/** Hash of sentence i of a paragraph (its openings from `at`) when it could match or be matched, else 0 (see repeatedParagraphs). */
function fullHash(own: string[], openings: Int32Array, at: number, i: number, shared: Set<number>, firstOpenings: Set<number>): number {
  const o = openings[at + i];
  return o !== 0 && shared.has(o) && (i === 0 || firstOpenings.has(o)) ? letterHash(own[i]) : 0;
}

/** A paragraph's sentences with an agency dateline cut from the first ("LONDON (Reuters) - The …"). */
function withoutDateline(sentences: string[]): string[] {
  const first = sentences[0];
  // AGENCY_DATELINE needs two capitals or a capital and a space or punctuation at the start ("LONDON", "A. "):
  // most first sentences ("The …", "Rescuers …") are turned away without running it.
  if (first === undefined || !mayOpenDateline(first)) return sentences;
  const cut = first.replace(AGENCY_DATELINE, "");
  if (cut === first) return sentences;
  const out = sentences.slice();
  out[0] = cut;
  return out;
}

function mayOpenDateline(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a >= 65 && a <= 90 && ((b >= 65 && b <= 90) || b === 32 || b === 46 || b === 44 || b === 39 || b === 0x2019 || b === 45);
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
function letterHash(s: string, maxLetters = ALL_LETTERS): number {
  let h = 0x811c9dc5;
  let any = false;
  let letters = 0;
  for (let i = 0; i < s.length && letters < maxLetters; i++) {
    let c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    } else if (c < 0xc0 || (c >= 0x2000 && c < 0x2c00) || c === 0xd7 || c === 0xf7) continue;
    h = Math.imul(h ^ c, 0x01000193);
    any = true;
    letters++;
  }
  // An int32 (the typed array keeps it as is); 1 stands in for a hash of 0, which means "empty".
  return any ? h | 0 || 1 : 0;
}
