/**
 * Text that remembers where each character came from: `pos[i]` is the offset in the
 * decoded source of `text[i]`. Every ingestion step (markdown syntax removal, character
 * normalisation, boilerplate removal) keeps `pos` in step, so Article.offsetMap can point
 * back to the source even after lines were dropped.
 */

export interface MappedText {
  text: string;
  pos: Int32Array;
  /**
   * True when known to be an unbroken run (`pos[i] === pos[0] + i`), as `identity` makes:
   * joining lines then needs no per-character look at `pos`. Absent: unknown.
   */
  linear?: boolean;
}

/**
 * A MappedText built by a constructor rather than an object literal, every field always set
 * (`linear` false = unknown), in the order the literals had.
 *
 * Why: an article's mapped source lives until the last file of the corpus is read (ReadFile.source,
 * read again when lines are joined), so V8 soon decided to allocate the literals' objects straight
 * in the old generation ("pretenuring", per allocation site), and that decision threw away the
 * optimised code that had inlined the allocation: identity and normaliseChars were compiled twice
 * in a cold run ("code dependencies" in --trace-deopt, gone with --no-allocation-site-pretenuring).
 * Objects made by a constructor have no allocation site (as SentenceRecord in stage 02).
 *
 * @example new MappedRecord("abc", Int32Array.of(0, 1, 2), true)
 */
export class MappedRecord implements MappedText {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare text: string;
  declare pos: Int32Array;
  declare linear: boolean;
  constructor(text: string, pos: Int32Array, linear: boolean) {
    this.text = text;
    this.pos = pos;
    this.linear = linear;
  }
}

/**
 * Wraps a source string, each character mapped to itself shifted by `base`
 * (e.g. the length of a stripped front matter block).
 *
 * @example identity("abc", 4).pos // Int32Array [4, 5, 6]
 */
export function identity(text: string, base = 0): MappedText {
  // Every plain-text article starts here: at base 0 the positions are a view of one shared
  // 0, 1, 2, … array instead of a fresh array per article (positions are never written to).
  if (base === 0 && text.length <= SHARED_MAX) return new MappedRecord(text, countingUpTo(text.length), true);
  const pos = new Int32Array(text.length);
  for (let i = 0; i < pos.length; i++) pos[i] = base + i;
  return new MappedRecord(text, pos, true);
}

/** Longest text served from the shared array (4 MB of Int32 kept at most); longer ones get their own. */
const SHARED_MAX = 1 << 20;
let counting = new Int32Array(0);

/** A read-only view [0, 1, …, n − 1] of the shared counting array, grown (doubling) when needed. */
function countingUpTo(n: number): Int32Array {
  if (counting.length < n) {
    const grown = new Int32Array(Math.min(SHARED_MAX, Math.max(n, counting.length * 2, 4096)));
    for (let i = 0; i < grown.length; i++) grown[i] = i;
    counting = grown;
  }
  return counting.subarray(0, n);
}

/**
 * A slice of mapped text (positions travel along).
 *
 * @example sliceMapped(identity("abc", 4), 1, 3).pos // Int32Array [5, 6]
 */
export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  return new MappedRecord(m.text.slice(start, end), m.pos.slice(start, end), m.linear === true);
}

/**
 * Collects mapped pieces; `build()` joins them.
 *
 * @example const b = new MappedBuilder(); b.copy(src, 0, 3); b.insert("\n", 7); b.build().text
 */
export class MappedBuilder {
  private parts: string[] = [];
  private posParts: Int32Array[] = [];
  private length = 0;

  /** Appends a slice of `src` unchanged. */
  copy(src: MappedText, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(src.text.slice(start, end));
    this.posParts.push(src.pos.subarray(start, end));
    this.length += end - start;
  }

  /** Appends replacement text whose characters all map to source offset `at`. */
  insert(text: string, at: number): void {
    if (!text) return;
    this.parts.push(text);
    this.posParts.push(new Int32Array(text.length).fill(at));
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  /**
   * The joined text and positions; `linear` only when the caller knows the result is an
   * unbroken run. Always written (false = unknown), never added afterwards: every MappedText
   * then has one object shape (a MappedRecord), and optimised code reading `m.text` is not
   * thrown away when a two-field object turns up (normaliseChars was compiled three times).
   */
  build(linear = false): MappedText {
    const pos = new Int32Array(this.length);
    let k = 0;
    for (const p of this.posParts) {
      pos.set(p, k);
      k += p.length;
    }
    return new MappedRecord(this.parts.join(""), pos, linear);
  }
}

/**
 * Deletes the given [start, end) ranges (sorted, non-overlapping) from mapped text.
 *
 * @example deleteRanges(identity("a**b**"), [[1, 3], [4, 6]]).text // "ab"
 */
export function deleteRanges(m: MappedText, ranges: [number, number][]): MappedText {
  if (ranges.length === 0) return m;
  const b = new MappedBuilder();
  let last = 0;
  for (const [s, e] of ranges) {
    if (s < last) continue;
    b.copy(m, last, s);
    last = e;
  }
  b.copy(m, last, m.text.length);
  return b.build();
}

/**
 * An Article.offsetMap built by a constructor rather than an object literal (the fields in the
 * literal's order). Why: every article keeps its map to the end of the run, so V8 pretenured the
 * literal inside joinLinesToText and aborted the compile of assembleArticle, which inlines it
 * ("Bailed out due to dependency change" in --trace-opt; see MappedRecord above).
 *
 * @example new OffsetMapRecord([1], [2])
 */
export class OffsetMapRecord {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare textStart: number[];
  declare rawStart: number[];
  constructor(textStart: number[], rawStart: number[]) {
    this.textStart = textStart;
    this.rawStart = rawStart;
  }
}

/**
 * Compresses per-character positions into Article.offsetMap: one entry wherever the shift
 * between text offset and source offset changes. Empty when text and source are identical.
 *
 * @example toOffsetMap({text: "ab", pos: Int32Array.of(0, 2)}) // {textStart: [1], rawStart: [2]}
 */
export function toOffsetMap(m: MappedText): {textStart: number[]; rawStart: number[]} {
  const textStart: number[] = [];
  const rawStart: number[] = [];
  let shift = 0;
  for (let i = 0; i < m.pos.length; i++) {
    const s = m.pos[i] - i;
    if (s !== shift) {
      textStart.push(i);
      rawStart.push(m.pos[i]);
      shift = s;
    }
  }
  return {textStart, rawStart};
}

/**
 * The source offset of a text offset, read from an Article.offsetMap.
 *
 * @example rawOffset({textStart: [1], rawStart: [2]}, 1) // 2
 */
export function rawOffset(map: {textStart: number[]; rawStart: number[]}, textOffset: number): number {
  let lo = 0;
  let hi = map.textStart.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.textStart[mid] <= textOffset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k < 0 ? textOffset : map.rawStart[k] + (textOffset - map.textStart[k]);
}
