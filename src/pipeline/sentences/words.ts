/**
 * Whether `text` separates words with plain spaces only (no tab, no NBSP): then words can be
 * counted by hopping from space to space. Checked once per article, not per line.
 *
 * @example hasOnlyPlainSpaces("Rain fell.\nRoads closed.") // true
 */
export function hasOnlyPlainSpaces(text: string): boolean {
  return text.indexOf("\t") < 0 && text.indexOf("\u00a0") < 0;
}

/**
 * Words in `s` (runs of characters other than space, tab and NBSP), counting no further than
 * `limit`: callers compare with small numbers, so only the start of a long line is read. With
 * `plainSpaces` (the caller knows `s` holds no tab or NBSP, see hasOnlyPlainSpaces) it hops
 * from space to space with indexOf, about twice as fast as reading every character.
 *
 * @example countWords("The  river rose.", 61, true) // 3
 */
export function countWords(s: string, limit: number, plainSpaces = false): number {
  if (!plainSpaces) return countWordsByChar(s, limit);
  let n = 0;
  let i = 0;
  while (i < s.length && n < limit) {
    if (s.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    n++;
    const space = s.indexOf(" ", i + 1);
    if (space < 0) break;
    i = space + 1;
  }
  return n;
}

function countWordsByChar(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
