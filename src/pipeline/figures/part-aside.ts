/**
 * A part's aside right after a count: "The gang still holds 12 captives, two of them dead", "… 40 hostages, at least
 * a dozen of whom are believed dead". What the aside says (dead, freed, wounded) is the part's, not the whole's: the
 * cues inside it are dropped when the whole is categorised. The part itself is a count of its own and keeps them.
 * A closed aside gives the clause back: in "the remaining 9 hostages, two of them Germans, were freed" the verb
 * after the closing comma is the nine's.
 */
import {MULTIPLIERS, TENS, UNITS} from "../model/number-words.ts";
import {PART_ASIDE_QUANTITY_WORDS} from "../model/figure-categories.ts";

const WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS), ...PART_ASIDE_QUANTITY_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, "[ \\t]+"));
/** ", <quantity words or digits> of them / of whom" right after the count's group. */
const PART_ASIDE_OPEN = new RegExp(String.raw`^[ \t]*,[ \t]*(?:(?:${WORDS.join("|")}|\d[\d,.]*)(?:-[a-z]+)?[ \t]+){1,3}of[ \t]+(?:them|whom)\b`, "i");
/** What closes the aside: a comma, semicolon, colon, dash or the end of the sentence. */
const ASIDE_CLOSE = /[,;:—–]|[ \t]-[ \t]/g;

/**
 * The [start, end) span of a part's aside after a count's group, or null.
 *
 * @example partAsideSpan("12 captives, two of them dead.", 11) // {start: 11, end: 30}
 */
export function partAsideSpan(text: string, groupEnd: number): {start: number; end: number} | null {
  if (groupEnd < 0) return null;
  // Most counts are not followed by a comma: the regex runs only when one is.
  let k = groupEnd;
  while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
  if (text[k] !== ",") return null;
  const m = PART_ASIDE_OPEN.exec(text.slice(groupEnd, groupEnd + 80));
  if (m === null) return null;
  const openEnd = groupEnd + m[0].length;
  ASIDE_CLOSE.lastIndex = openEnd;
  const close = ASIDE_CLOSE.exec(text);
  return {start: groupEnd, end: close === null ? text.length : close.index};
}
