/**
 * Character-level and line-level normalisation for stage 01, keeping source positions.
 */
import {MappedBuilder, MappedRecord, OffsetMapRecord, type MappedText} from "./mapped.ts";

/** What the per-character pass does with a non-ASCII or control character (absent: keep). */
const ACTION = new Map<number, "drop" | "space" | "break">();
// Zero-width space/joiners, word joiner, BOM, soft hyphen, DEL: removed ("co\u00adop" → "coop").
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x7f]) ACTION.set(c, "drop");
// Tab, NBSP, ogham space, en/em/thin/hair spaces, narrow NBSP, math space, ideographic space → " ".
for (const c of [0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) ACTION.set(c, "space");
for (let c = 0x2000; c <= 0x200a; c++) ACTION.set(c, "space");
// Vertical tab, form feed, NEL, line/paragraph separators → "\n" (CR is handled with CRLF).
for (const c of [0x0b, 0x0c, 0x85, 0x2028, 0x2029]) ACTION.set(c, "break");
// Other C0 controls are dropped.
for (let c = 0; c < 0x20; c++) if (c !== 10 && c !== 13 && !ACTION.has(c)) ACTION.set(c, "drop");

/**
 * Anything the per-character pass must look at (most texts have none). A regex scan, not a
 * char-code loop: V8 compiles the class to native code, about twice as fast on long texts.
 */
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
/**
 * A character NFC might change or combine with what precedes it; only lines holding one are
 * normalised. Everything else is NFC-stable in any context (quick-check "yes", combining class
 * 0; checked over every pair with a preceding BMP character): below U+0300 (ASCII, Latin-1,
 * Latin Extended, IPA, spacing modifiers), General Punctuation from U+2010 (dashes, curly
 * quotes; U+2000/2001 are excluded, NFC maps them to U+2002/2003) and the currency symbols.
 * So "Café – “Wójcik” £5" is never normalised; a combining accent (U+0301) sends its line to NFC.
 */
const NFC_UNSTABLE = /[^\u0000-\u02ff\u2010-\u206f\u20a0-\u20cf]/g;

/** Index of the first match of a global regex at or after `from`, or -1. */
function firstMatch(re: RegExp, s: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/**
 * Index of the first character normaliseChars rewrites at or after `from`, or -1 (most texts:
 * then it changes nothing).
 *
 * @example firstSpecial("a\r\nb") // 1
 */
export function firstSpecial(s: string, from = 0): number {
  return firstMatch(SPECIAL, s, from);
}

/** A character normaliseChars rewrites or NFC might change: SPECIAL and NFC_UNSTABLE in one class. */
const ODD = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u00a0\u00ad\u2028\u2029\u202f\u205f\u2060]|[^\u0000-\u02ff\u2010-\u206f\u20a0-\u20cf]/g;

/**
 * Index of the first character that normaliseChars rewrites or NFC might change, or -1: one
 * scan that tells most texts (“Floods hit Café” included) need neither step.
 *
 * @example firstOddChar("Café “x”") // -1 (firstOddChar("a\u00a0b") is 1)
 */
export function firstOddChar(s: string): number {
  return firstMatch(ODD, s, 0);
}

/**
 * CRLF/CR → LF, exotic spaces → " ", zero-width characters and other control characters
 * removed. Positions follow (a CRLF's LF maps to the CR).
 *
 * @example normaliseChars(identity("a\u00a0b\r\nc")).text // "a b\nc"
 */
export function normaliseChars(src: MappedText): MappedText {
  const s = src.text;
  const first = firstSpecial(s);
  if (first < 0) return src;
  const b = new MappedBuilder();
  let last = 0;
  // One-for-one replacements (NBSP → " ", lone CR → "\n") keep an unbroken run unbroken; a dropped
  // character or a CRLF pair does not.
  let oneForOne = true;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 10) continue;
    if (c === 13) {
      b.copy(src, last, i);
      b.insert("\n", src.pos[i]);
      if (s.charCodeAt(i + 1) === 10) {
        i++;
        oneForOne = false;
      }
      last = i + 1;
      continue;
    }
    const action = ACTION.get(c);
    if (!action) continue;
    b.copy(src, last, i);
    if (action === "space") b.insert(" ", src.pos[i]);
    else if (action === "break") b.insert("\n", src.pos[i]);
    else oneForOne = false;
    last = i + 1;
  }
  b.copy(src, last, s.length);
  return b.build(oneForOne && src.linear === true);
}

/** One line of an article during ingestion. */
export interface Line {
  /** Trimmed, NFC text. */
  text: string;
  /** Source offset of `text[0]` (meaningful for a non-empty line). */
  start: number;
  /**
   * Source offset of each character of `text`, or null when the line is one unbroken run
   * (character k comes from `start + k`): plain-text lines, the usual case, then carry no
   * per-character array at all.
   */
  pos: Int32Array | null;
  /** Source offset of the line break after it (for joining). */
  breakPos: number;
  /** Set when a boilerplate rule removed the line: the rule's name. */
  removed: string | null;
  /** The line's lineKey, cached by the boilerplate rules for lines the cross-article rule may compare (≤ 100 chars). */
  key?: string;
}

/**
 * Source offset of each character of a line (a fresh array for an unbroken run).
 *
 * @example linePositions({text: "ab", start: 4, pos: null, breakPos: 6, removed: null}) // Int32Array [4, 5]
 */
export function linePositions(line: Line): Int32Array {
  if (line.pos) return line.pos;
  const pos = new Int32Array(line.text.length);
  for (let k = 0; k < pos.length; k++) pos[k] = line.start + k;
  return pos;
}

/**
 * A Line as one object literal, every field set (`key` too), so all lines share one object shape.
 * A literal on purpose, not a constructor: lines live until the corpus-wide rules have run, and a
 * literal's allocation site lets V8 allocate them straight in the old generation once it sees they
 * survive ("pretenuring"); constructor-made lines (rounds 18-19) were each copied twice by the
 * young-generation collector first. Measured on the 5,000-article bench (--trace-gc-nvp, stage 01):
 * 59 -> 54 MB promoted, 66 -> 58 MB copied within the young generation, about 74,000 lines. The
 * price is one more compile of toLines when V8 switches the site (it had been why the constructor
 * was written); a few milliseconds of background compiling.
 */
function lineRecord(text: string, start: number, pos: Int32Array | null, breakPos: number): Line {
  return {text, start, pos, breakPos, removed: null, key: undefined};
}

/**
 * Every blank line: one shared object (about half the lines of an article are blank, and the
 * lines of every file stay alive until the corpus-wide rules have run). Only its empty text is
 * ever read: rules skip blank lines, and joining only notes that one stood between two lines
 * (a blank line's positions were never used). Nothing may write to it.
 */
const BLANK_LINE: Line = lineRecord("", -1, null, -1);

/**
 * toLines' working list, filled and copied out at its exact length within one call. Why: a file's
 * lines live until the corpus-wide rules have run, so a list literal in toLines was "pretenuring"
 * (see MappedRecord in mapped.ts) and threw toLines' optimised code away ("code dependencies" in
 * --trace-deopt); `slice` makes the copy without an allocation site (as stage 02's SENTENCES).
 * Not re-entrant: nothing called while it is filled may split lines again.
 */
const LINES: Line[] = [];

/**
 * Splits normalised text into trimmed NFC lines (blank lines kept as "", all one shared
 * read-only object, see BLANK_LINE). `nfc`: the caller
 * knows no character of the text can change under NFC (see firstOddChar), so no line is checked.
 *
 * @example toLines(identity(" a \n\nb")).map((l) => l.text) // ["a", "", "b"]
 */
export function toLines(m: MappedText, nfc = false): Line[] {
  const lines = LINES;
  let n = 0;
  const s = m.text;
  const linear = m.linear === true;
  // Index of the next character NFC could change at or after the current line (s.length: none
  // left). Found by one forward scan over the text, so only lines holding one are normalised.
  let high = nfc ? s.length : -1;
  let start = 0;
  while (start <= s.length) {
    let end = s.indexOf("\n", start);
    if (end < 0) end = s.length;
    let a = start;
    let z = end;
    while (a < z && s.charCodeAt(a) === 32) a++;
    while (z > a && s.charCodeAt(z - 1) === 32) z--;
    if (a === z) {
      lines[n++] = BLANK_LINE;
      start = end + 1;
      continue;
    }
    let text = s.slice(a, z);
    // A view, not a copy, and only for mapped text that is not one unbroken run.
    let pos: Int32Array | null = linear ? null : m.pos.subarray(a, z);
    const lineStart = m.pos[a];
    if (high < a) {
      high = firstMatch(NFC_UNSTABLE, s, a);
      if (high < 0) high = s.length;
    }
    if (high < z) {
      const nfc = text.normalize("NFC");
      if (nfc !== text) {
        // Composition shortens the line; positions are kept per output char, clamped (approximate
        // inside the changed cluster, exact at the line start).
        const old = pos ?? m.pos.subarray(a, z);
        const np = new Int32Array(nfc.length);
        for (let j = 0; j < nfc.length; j++) np[j] = old[Math.min(j, old.length - 1)];
        text = nfc;
        pos = np;
      }
    }
    const breakPos = end < s.length ? m.pos[end] : (m.pos[s.length - 1] ?? -1) + 1;
    // Every field set here, `key` too, so all lines share one object shape.
    lines[n++] = lineRecord(text, lineStart, pos, breakPos);
    start = end + 1;
  }
  const out = lines.slice(0, n);
  // Hold no file's lines past the call.
  lines.length = 0;
  return out;
}

/**
 * Joins the kept lines: one "\n" between lines, "\n\n" where blank or removed-with-blank
 * lines stood between them (runs of blank lines collapse to one). Leading/trailing blank
 * lines vanish.
 *
 * @example joinLines(toLines(identity("a\n\n\n\nb"))).text // "a\n\nb"
 */
export function joinLines(lines: Line[]): MappedText {
  const b = new MappedBuilder();
  walkKeptLines(lines, (l) => b.copy(new MappedRecord(l.text, linePositions(l), false), 0, l.text.length), (sep, at) => b.insert(sep, at));
  return b.build();
}

/**
 * joinLinesToText's working lists, copied out with `slice` at the end of each call: the article
 * keeps its offset map to the end of the run, so list literals here were pretenured (see
 * OffsetMapRecord in mapped.ts); a slice has no allocation site. Emptied at the start of every
 * call too, so a call that threw half-way leaves nothing behind. Not re-entrant.
 */
const TEXT_START: number[] = [];
const RAW_START: number[] = [];

/**
 * joinLines straight to Article.text and its compressed offset map (the same result as
 * `toOffsetMap(joinLines(lines))`), without building a per-character position array for the
 * whole article: the map only records where the text-to-source shift changes.
 *
 * @example joinLinesToText(toLines(identity("a\n\n\nb"))) // {text: "a\n\nb", offsetMap: {textStart: [3], rawStart: [4]}}
 */
export function joinLinesToText(lines: Line[], source?: MappedText): {text: string; offsetMap: {textStart: number[]; rawStart: number[]}} {
  const verbatim = source ? verbatimSpan(lines, source) : null;
  const parts: string[] = [];
  const textStart = TEXT_START;
  const rawStart = RAW_START;
  textStart.length = 0;
  rawStart.length = 0;
  let i = 0;
  let shift = 0;
  walkKeptLines(
    lines,
    (l) => {
      if (!verbatim) parts.push(l.text);
      const pos = l.pos;
      if (pos === null) {
        // An unbroken line has one shift: only its first character can start a new map entry.
        if (l.start - i !== shift) {
          textStart.push(i);
          rawStart.push(l.start);
          shift = l.start - i;
        }
        i += l.text.length;
        return;
      }
      for (let k = 0; k < pos.length; k++, i++) {
        if (pos[k] - i !== shift) {
          textStart.push(i);
          rawStart.push(pos[k]);
          shift = pos[k] - i;
        }
      }
    },
    (sep, raw) => {
      if (!verbatim) parts.push(sep);
      for (let k = 0; k < sep.length; k++, i++) {
        if (raw - i !== shift) {
          textStart.push(i);
          rawStart.push(raw);
          shift = raw - i;
        }
      }
    }
  );
  // The same characters either way; a slice shares the source's memory instead of copying it.
  const offsetMap = new OffsetMapRecord(textStart.slice(), rawStart.slice());
  textStart.length = 0;
  rawStart.length = 0;
  return {text: verbatim ? source!.text.slice(verbatim[0], verbatim[1]) : parts.join(""), offsetMap};
}

/**
 * Where the joined text already stands in `source`, or null: every kept line is an unbroken run
 * of `source` (no NFC change) and what lies between two kept lines is exactly the separator
 * joinLines puts there ("\n", or "\n\n" across one empty line). Most plain-text articles are
 * like that ("Quake hits\n\nRescuers dig."); the span must be most of the source, so a short
 * slice never keeps a long source alive.
 */
function verbatimSpan(lines: Line[], source: MappedText): [number, number] | null {
  if (!source.linear || source.text.length === 0) return null;
  const s = source.text;
  const base = source.pos[0];
  let from = -1;
  let end = -1;
  let ok = true;
  walkKeptLines(
    lines,
    (l) => {
      if (!ok) return;
      const at = l.start - base;
      if (l.pos !== null || at < 0 || s.length < at + l.text.length) ok = false;
      else if (from < 0) from = at;
      else if (at !== end) ok = false;
      end = at + l.text.length;
    },
    (sep) => {
      if (!ok) return;
      for (let k = 0; k < sep.length; k++) if (s.charCodeAt(end + k) !== 10) ok = false;
      end += sep.length;
    }
  );
  if (!ok || from < 0 || (end - from) * 4 < s.length * 3) return null;
  return [from, end];
}

/**
 * Calls `visit` with each kept line and its offset in the joined text (joinLines' layout).
 *
 * @example keptLineOffsets(toLines(identity("a\n\n\nb")), (l, at) => log(l.text, at)) // a 0, b 3
 */
export function keptLineOffsets(lines: Line[], visit: (line: Line, at: number) => void): void {
  let i = 0;
  walkKeptLines(
    lines,
    (l) => {
      visit(l, i);
      i += l.text.length;
    },
    (sep) => {
      i += sep.length;
    }
  );
}

/** The pieces joinLines puts together, in order: kept lines and the separators between them. */
function walkKeptLines(lines: Line[], line: (l: Line) => void, separator: (sep: string, at: number) => void): void {
  let prev: Line | null = null;
  let blankBetween = false;
  for (const l of lines) {
    if (l.removed) continue;
    if (l.text === "") {
      if (prev) blankBetween = true;
      continue;
    }
    if (prev) separator(blankBetween ? "\n\n" : "\n", prev.breakPos);
    line(l);
    prev = l;
    blankBetween = false;
  }
}
