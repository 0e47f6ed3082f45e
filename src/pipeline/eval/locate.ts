/**
 * Finding gold snippets in the pipeline's normalised article text. Gold is written against the
 * source file; ingestion may change whitespace or quotes, so we try exact, then loosened matches.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Every span where `quote` occurs inside an occurrence of `context` (or of `quote` itself when there
 * is no context). The first span is the one the gold means; later ones are repeats (a repeated
 * paragraph, a headline repeated in the body).
 *
 * @example locateAll("Hamas freed 20. Hamas freed 20.", "20", "freed 20") // [{start: 12, end: 14}, {start: 28, end: 30}]
 */
export function locateAll(text: string, quote: string, context?: string): Span[] {
  const ctx = context && context.includes(quote) ? context : quote;
  const offset = ctx.indexOf(quote);
  const spans: Span[] = [];
  for (const at of occurrences(text, ctx)) spans.push({start: at + offset, end: at + offset + quote.length});
  if (spans.length > 0) return spans;
  // Loosened: case-insensitive, whitespace collapsed (ingestion may rejoin lines or change case of headlines).
  const loose = looseIndex(text);
  const needle = squash(ctx).toLowerCase();
  const qNeedle = squash(quote).toLowerCase();
  const qOffset = needle.indexOf(qNeedle);
  for (const at of occurrences(loose.text, needle)) {
    const start = loose.map[at + qOffset];
    const end = loose.map[at + qOffset + qNeedle.length - 1] + 1;
    spans.push({start, end});
  }
  return spans;
}

/**
 * True when two half-open spans share at least one character.
 *
 * @example overlaps({start: 0, end: 5}, {start: 4, end: 9}) // true
 */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Lower-cased, whitespace-collapsed, curly quotes straightened: for comparing quotes by text.
 *
 * @example normalizeQuote("More  than 4,000") // "more than 4,000"
 */
export function normalizeQuote(s: string): string {
  return squash(s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')).toLowerCase();
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let at = text.indexOf(needle);
  while (at >= 0) {
    out.push(at);
    at = text.indexOf(needle, at + 1);
  }
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Lower-cased text with whitespace runs collapsed to one space, and a map back to original offsets. */
function looseIndex(text: string): {text: string; map: number[]} {
  const chars: string[] = [];
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const space = c === " " || c === "\n" || c === "\t" || c === "\r";
    if (space && prevSpace) continue;
    const lower = c.toLowerCase();
    // Keep one char per char so the offset map stays exact ("İ".toLowerCase() is two chars).
    chars.push(space ? " " : lower.length === 1 ? lower : c);
    map.push(i);
    prevSpace = space;
  }
  return {text: chars.join(""), map};
}
