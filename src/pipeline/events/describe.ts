import type {SentenceFrame} from "./frame.ts";
import {hasWord, wordSet} from "./word-index.ts";

/** Longest description kept. */
export const MAX_DESCRIPTION = 160;

/** Words that only join the clause to the previous one and read badly at the start. */
const LEADING_GLUE = wordSet(["and", "but", "while", "whereas", "who", "which", "where", "as", "adding", "saying"]);

/**
 * A short description of the event at token range [from, to): its clause, without
 * leading glue words, cut to ≤ 160 characters around the trigger at word boundaries.
 * Clauses shorter than 40 characters borrow from the whole sentence instead. Always a
 * substring of the article text (returned with its offsets).
 *
 * @example describe(frame, 4, 5).text // "rescuers freed 40 villagers from the flooded valley"
 */
export function describe(frame: SentenceFrame, from: number, to: number): {text: string; start: number; end: number} {
  const {tokens, clauses} = frame;
  const clause = clauses[from];
  let a = from;
  let b = to - 1;
  while (a > 0 && clauses[a - 1] === clause) a--;
  while (b < tokens.length - 1 && clauses[b + 1] === clause) b++;
  // Long clauses: start from a window around the trigger rather than trimming word by word.
  a = Math.max(a, from - 40);
  b = Math.min(b, to + 40);
  // Probed by token key (word-index.ts): no string hash per word.
  while (a < from && (tokens[a].punct || hasWord(LEADING_GLUE, tokens[a].lower, tokens[a].key))) a++;
  while (b >= to && tokens[b].punct && !closesQuote(tokens[b].text)) b--;
  if (tokens[b].end - tokens[a].start < 40) {
    // Borrow from the sentence, but only a window around the trigger (linear on long lines).
    a = Math.max(0, from - 40);
    b = Math.min(tokens.length - 1, to + 40);
    while (a < from && tokens[a].punct) a++;
    while (b >= to && tokens[b].punct) b--;
  }
  // Trim symmetric-ish around the trigger until it fits.
  while (tokens[b].end - tokens[a].start > MAX_DESCRIPTION && (a < from || b >= to)) {
    const left = tokens[from].start - tokens[a].start;
    const right = tokens[b].end - tokens[to - 1].end;
    if ((right >= left && b >= to) || a >= from) b--;
    else a++;
  }
  while (a < from && tokens[a].punct) a++;
  while (b >= to && tokens[b].punct) b--;
  const start = tokens[a].start;
  const end = tokens[b].end;
  return {text: frame.text.slice(start - frame.offset, end - frame.offset), start, end};
}

/**
 * Whether a punctuation token (one character) is ")", "”", '"' or "’": a description keeps such a
 * closer at its end. A character compare rather than a regex call per trailing token.
 */
function closesQuote(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length === 1 ? c === 0x29 || c === 0x201d || c === 0x22 || c === 0x2019 : /[)”"’]/.test(text);
}
