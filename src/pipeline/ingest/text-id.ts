/**
 * An article's id hash and its word count in one pass over the text. Both read every character
 * of every article; the hash is a chain of multiplications (each character waits for the one
 * before), so counting words in the same loop costs almost nothing, while a second loop for
 * the count cost as much again as the hash.
 *
 * The hash is util/hash.ts's hashId: that file's seeds and mix, and its lane steps (nextLane1,
 * nextLane2) written inline here, because a call per character through the module import ran
 * 6× slower than the loop itself (13 MB: ~60 vs ~520 ms CPU). A test pins `textId(s).hash === hashId(s)`.
 */
import {isLetterOrDigit} from "../util/chars.ts";
import {LANE1_SEED, LANE2_SEED, lanesToHex} from "../util/hash.ts";

/**
 * `hash`: hashId(text) (16 hex digits). `words`: the tokens (runs of characters other than
 * space and line break) holding at least one letter or digit ("Floods hit — 12 dead" has 4).
 *
 * @example textId("Floods hit — 12 dead").words // 4
 */
export function textId(text: string): {hash: string; words: number} {
  const n = text.length;
  let lane1 = LANE1_SEED ^ n;
  let lane2 = LANE2_SEED;
  let words = 0;
  // 1 once the current token was counted (a separator resets it). The count is kept with bit
  // operations, not branches: a token boundary every few characters made branches mispredict.
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    lane1 = Math.imul(lane1 ^ c, 0x01000193);
    const h = Math.imul(lane2 ^ c, 0x5bd1e995);
    lane2 = h ^ (h >>> 15);
    const k = c < 128 ? ASCII_CLASS[c] : nonAsciiClass(c);
    const word = k & 1;
    words += word & (counted ^ 1);
    counted = (counted | word) & ((k >> 1) ^ 1);
  }
  return {hash: lanesToHex(lane1, lane2), words};
}

/** ASCII characters: 1 letter or digit, 2 separator (space, line break), 0 anything else. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = 1;
ASCII_CLASS[32] = ASCII_CLASS[10] = 2;

/** A non-ASCII code unit: 1 when a letter or digit on its own, else 0 (never a separator). */
function nonAsciiClass(c: number): number {
  return isLetterOrDigit(c) ? 1 : 0;
}
