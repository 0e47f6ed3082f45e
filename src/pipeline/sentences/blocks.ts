/** One non-blank line of an article: offsets into Article.text, trimmed of surrounding whitespace. */
export interface Block {
  start: number;
  end: number;
  /** 0-based index among the non-blank lines (the `paragraph` of its sentences). */
  index: number;
}

/**
 * Splits text into non-blank lines. Every newline is a boundary: ingested news text puts one
 * paragraph per line, and headlines, datelines and credits sit on lines of their own.
 *
 * @example lineBlocks("Title\n\nBody one. Body two.\n") // [{start: 0, end: 5, index: 0}, {start: 7, end: 26, index: 1}]
 */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({start: s, end: e, index: blocks.length});
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/**
 * Whitespace as JavaScript's `\s` sees it (ASCII, NBSP, Unicode spaces, line separators), by char code.
 *
 * @example isSpace(" ".charCodeAt(0)) // true
 */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
