/**
 * Counts of informants: people counted as the source of what a sentence reports are not what it reports ("according
 * to two officials, 30 hostages were freed": the officials were freed from nothing).
 */

/** "according to", optionally "the", right before the count: "according to two people familiar with the talks". */
const ACCORDING_TO_BEFORE = /\baccording[ \t]+to[ \t]+(?:the[ \t]+)?$/i;

/**
 * True when the count starting at `start` opens the phrase after "according to": its people are the sources (like
 * "two officials said …"), so only the words of their own phrase may give them a category ("according to 40 freed
 * prisoners" are still freed).
 *
 * @example accordingToBefore("According to two officials familiar with the talks", 13) // true
 */
export function accordingToBefore(text: string, start: number): boolean {
  return start >= 13 && toOrTheBefore(text, start) && ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * Whether blanks end right before `start` after a word ending in "o" or "e", either case ("to ", "the "): what
 * ACCORDING_TO_BEFORE ends with. Most counts ("killed 12", "at least 40") fail here, before the slice and the regex.
 */
function toOrTheBefore(text: string, start: number): boolean {
  let k = start - 1;
  const b = text.charCodeAt(k);
  if (b !== 32 && b !== 9) return false;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  const c = text.charCodeAt(k - 1) | 32;
  return c === 111 || c === 101;
}

/** The end of the "according to …" phrase: the first comma, semicolon, colon or full stop after the count. */
const PHRASE_END = /[,;:.!?]/;

/**
 * Where the phrase of sources that starts at the count (ending at `groupEnd`) ends: its own words up to the first
 * punctuation ("according to the 2,000 residents evacuated, …": "evacuated" is still theirs), at most 80 characters.
 *
 * @example accordingPhraseEnd("according to 40 people evacuated, the river rose", 22) // 32
 */
export function accordingPhraseEnd(text: string, groupEnd: number): number {
  const m = PHRASE_END.exec(text.slice(groupEnd, groupEnd + 80));
  return m === null ? Math.min(text.length, groupEnd + 80) : groupEnd + m.index;
}
