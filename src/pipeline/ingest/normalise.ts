/**
 * Character-level and line-level normalisation for stage 01, keeping source positions.
 */
import {MappedBuilder, type MappedText} from "./mapped.ts";

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
/** Anything the per-character pass must look at (fast pre-check: most texts have none). */
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * CRLF/CR → LF, exotic spaces → " ", zero-width characters and other control characters
 * removed. Positions follow (a CRLF's LF maps to the CR).
 *
 * @example normaliseChars(identity("a\u00a0b\r\nc")).text // "a b\nc"
 */
export function normaliseChars(src: MappedText): MappedText {
  const s = src.text;
  if (!SPECIAL.test(s)) return src;
  const b = new MappedBuilder();
  let last = 0;
  // One-for-one replacements (NBSP → " ", lone CR → "\n") keep an unbroken run unbroken; a dropped
  // character or a CRLF pair does not.
  let oneForOne = true;
  for (let i = 0; i < s.length; i++) {
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
  const out = b.build();
  if (oneForOne && src.linear) out.linear = true;
  return out;
}

/** One line of an article during ingestion. */
export interface Line {
  /** Trimmed, NFC text. */
  text: string;
  /** Source offset of each character of `text`. */
  pos: Int32Array;
  /** Source offset of the line break after it (for joining). */
  breakPos: number;
  /** Set when a boilerplate rule removed the line: the rule's name. */
  removed: string | null;
  /** True when `pos` is an unbroken run (`pos[i] === pos[0] + i`); see MappedText.linear. */
  linear?: boolean;
}

/**
 * Splits normalised text into trimmed NFC lines (blank lines kept as "").
 *
 * @example toLines(identity(" a \n\nb")).map((l) => l.text) // ["a", "", "b"]
 */
export function toLines(m: MappedText): Line[] {
  const lines: Line[] = [];
  const s = m.text;
  let start = 0;
  while (start <= s.length) {
    let end = s.indexOf("\n", start);
    if (end < 0) end = s.length;
    let a = start;
    let z = end;
    while (a < z && s.charCodeAt(a) === 32) a++;
    while (z > a && s.charCodeAt(z - 1) === 32) z--;
    let text = s.slice(a, z);
    // A view, not a copy: line positions are never written to.
    let pos = m.pos.subarray(a, z);
    let linear = m.linear === true;
    if (/[^\u0000-\u007f]/.test(text)) {
      const nfc = text.normalize("NFC");
      if (nfc !== text) {
        // Composition shortens the line; positions are kept per output char, clamped (approximate
        // inside the changed cluster, exact at the line start).
        const np = new Int32Array(nfc.length);
        for (let j = 0; j < nfc.length; j++) np[j] = pos[Math.min(j, pos.length - 1)];
        text = nfc;
        pos = np;
        linear = false;
      }
    }
    const breakPos = end < s.length ? m.pos[end] : (m.pos[s.length - 1] ?? -1) + 1;
    lines.push({text, pos, breakPos, removed: null, linear});
    start = end + 1;
  }
  return lines;
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
  walkKeptLines(lines, (text, pos) => b.copy({text, pos}, 0, text.length), (sep, at) => b.insert(sep, at));
  return b.build();
}

/**
 * joinLines straight to Article.text and its compressed offset map (the same result as
 * `toOffsetMap(joinLines(lines))`), without building a per-character position array for the
 * whole article: the map only records where the text-to-source shift changes.
 *
 * @example joinLinesToText(toLines(identity("a\n\n\nb"))) // {text: "a\n\nb", offsetMap: {textStart: [3], rawStart: [4]}}
 */
export function joinLinesToText(lines: Line[]): {text: string; offsetMap: {textStart: number[]; rawStart: number[]}} {
  const parts: string[] = [];
  const textStart: number[] = [];
  const rawStart: number[] = [];
  let i = 0;
  let shift = 0;
  walkKeptLines(
    lines,
    (text, pos, linear) => {
      parts.push(text);
      // An unbroken line has one shift: only its first character can start a new map entry.
      const n = linear ? Math.min(1, pos.length) : pos.length;
      for (let k = 0; k < n; k++, i++) {
        if (pos[k] - i !== shift) {
          textStart.push(i);
          rawStart.push(pos[k]);
          shift = pos[k] - i;
        }
      }
      i += pos.length - n;
    },
    (sep, raw) => {
      parts.push(sep);
      for (let k = 0; k < sep.length; k++, i++) {
        if (raw - i !== shift) {
          textStart.push(i);
          rawStart.push(raw);
          shift = raw - i;
        }
      }
    }
  );
  return {text: parts.join(""), offsetMap: {textStart, rawStart}};
}

/** The pieces joinLines puts together, in order: kept lines and the separators between them. */
function walkKeptLines(lines: Line[], line: (text: string, pos: Int32Array, linear: boolean) => void, separator: (sep: string, at: number) => void): void {
  let prev: Line | null = null;
  let blankBetween = false;
  for (const l of lines) {
    if (l.removed) continue;
    if (l.text === "") {
      if (prev) blankBetween = true;
      continue;
    }
    if (prev) separator(blankBetween ? "\n\n" : "\n", prev.breakPos);
    line(l.text, l.pos, l.linear === true);
    prev = l;
    blankBetween = false;
  }
}
