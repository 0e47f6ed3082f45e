/**
 * `\s` of JavaScript regexes as a test on one char code, for the hand-written gates of stage 03
 * that must agree with its regexes: ASCII blanks and line breaks, the no-break space, the
 * Unicode space separators, the line and paragraph separators and the byte-order mark.
 *
 * Any other number (NaN, -1 for "no character") is no space.
 *
 * @example isRegexSpace(0x2009) // true (thin space)
 */
export function isRegexSpace(c: number): boolean {
  return REGEX_SPACE[c] === 1;
}

/**
 * The definition behind isRegexSpace, read once per UTF-16 code unit into REGEX_SPACE at load.
 * A table, not this chain of compares, answers the callers: the chain's non-ASCII branch is first
 * reached late in a run (a curly apostrophe or an accent), and an optimised caller with it inlined
 * had no feedback there yet and was thrown away and compiled again (stage 05's subjectBefore, twice).
 */
function spaceByCompare(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const REGEX_SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (spaceByCompare(c)) REGEX_SPACE[c] = 1;

/**
 * The first index at or after `from` that is not `\s` (the text's length when none).
 *
 * @example skipRegexSpaces("on  Monday", 2) // 4
 */
export function skipRegexSpaces(text: string, from: number): number {
  let k = from;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * The lowercase run of ASCII letters before `index` once `\s` and hyphens are skipped ("" when
 * none): "late" before "late November", "mid" in "from mid-", "until" in "ran until ". The
 * refiners and the role rules compare it with the last word of each of their phrases, so a regex
 * is only tried when that word can end it.
 *
 * @example lastWordBefore("talks ran until ", 16) // "until"
 */
export function lastWordBefore(text: string, index: number): string {
  const end = lastWordEnd(text, index);
  return text.slice(lastWordStart(text, end), end).toLowerCase();
}

/**
 * Whether lastWordBefore(text, index) is one of `words` (lowercase ASCII), compared in place: most
 * dates have no modifier before them, and building the word for each cost a slice and a copy.
 *
 * @example lastWordIsOneOf("in Late ", 8, ["late", "mid"]) // true
 */
export function lastWordIsOneOf(text: string, index: number, words: readonly string[]): boolean {
  const end = lastWordEnd(text, index);
  const start = lastWordStart(text, end);
  const length = end - start;
  for (const word of words) if (word.length === length && sameLetters(text, start, word)) return true;
  return false;
}

/** Whether text[start…] spells `word` in any case (`| 32` lowercases an ASCII letter). */
function sameLetters(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** `index` moved back over `\s` and hyphens. */
function lastWordEnd(text: string, index: number): number {
  let end = index;
  while (end > 0 && (text.charCodeAt(end - 1) === 45 || isRegexSpace(text.charCodeAt(end - 1)))) end--;
  return end;
}

/** `end` moved back over ASCII letters. */
function lastWordStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    start--;
  }
  return start;
}
