/**
 * A bare count that restates the count told just before it: "The army says 40 soldiers died. Local officials put
 * the figure at nearly 60." ("puts the number at", "put the figure at", "estimates the total at"). The
 * count has no noun and no cue of its own; what it counts is the figure before it, in the same or the previous
 * sentence. Accepted in extract.ts (bareCountRule, rule "bare-number-at"), given its category in stage 05 by
 * numberAtCategories, and dropped there when no figure stands before it (then nothing says it counts people: "the
 * ministry puts the number at 40" of what?).
 */
import type {Figure} from "../types.ts";

/**
 * Right before the count: a verb of estimating, "the/that/its/their" and a noun of a count, then "at" (the count's
 * hedge is its own: "at more than 800" reaches the regex as "… at "). "the number of ships at 40" has "of" between:
 * not read, nor "the cost at", "the toll at" (a toll's cue is its own).
 */
const NUMBER_AT_BEFORE = /\b(?:puts?|putting|places?|placed|placing|estimates?|estimated|estimating)[ \t]+(?:the|that|its|their|this)[ \t]+(?:number|figure|total|tally|count)[ \t]+at[ \t]+$/i;

/** The rule name a restated count carries from extract.ts until numberAtCategories reads it. */
export const NUMBER_AT_RULE = "bare-number-at";

/**
 * True when the bare count starting at `start` follows NUMBER_AT_BEFORE ("puts the figure at 31").
 *
 * @example numberAtBefore("Their union puts the figure at 31.", 28) // true
 */
export function numberAtBefore(text: string, start: number): boolean {
  if (start < 20 || text.charCodeAt(start - 1) !== 32) return false;
  // The pattern ends in "at" and blanks: most counts ("killed 12", "the 40") have other letters there.
  let k = start - 1;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if ((text.charCodeAt(k - 1) | 32) !== 116 || (text.charCodeAt(k - 2) | 32) !== 97) return false;
  return NUMBER_AT_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}

/** How far apart a restated count and the count before it may be (either way) and still count the same people. */
const RESTATED_FACTOR = 5;

/**
 * A restated count is another estimate of the same people, so of the same order as the count before it: "40
 * soldiers died … put the figure at nearly 60" is one, "Twelve fans were injured. Organisers put the figure at
 * 60,000" is a crowd, and "freed 12 hostages after a ransom was paid. Local media put the figure at 500,000" a sum.
 */
function sameOrder(prev: Figure, f: Figure): boolean {
  const a = prev.value ?? prev.high ?? prev.low;
  const b = f.value ?? f.high ?? f.low;
  if (a === null || b === null || a <= 0 || b <= 0) return false;
  return b <= a * RESTATED_FACTOR && a <= b * RESTATED_FACTOR;
}

/**
 * Gives each restated count (rule NUMBER_AT_RULE) the category and group of the figure just before it when that one
 * stands in the same or the previous sentence, counts people (not days) and is of the same order (sameOrder); drops it
 * otherwise. A release only asked
 * for or planned before it makes the restated count one of people still held. In place, in order.
 *
 * @example numberAtCategories(figures) // "estimates the total at 15" after "Rebels still hold 12 hostages" → hostages_held
 */
export function numberAtCategories(figures: Figure[]): void {
  let k = 0;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.rule === NUMBER_AT_RULE) {
      const prev = k > 0 ? figures[k - 1] : null;
      if (prev === null || prev.sentenceIndex < f.sentenceIndex - 1 || prev.category === "captivity_days" || !sameOrder(prev, f)) continue;
      // "urged the junta to release 25 fishermen. Their union puts the figure at 31.": a release asked
      // for or planned has not happened; the restated count counts the people still held.
      const unfreed = (prev.category === "hostages_released" || prev.category === "prisoners_released") && (prev.modality === "planned" || prev.modality === "hypothetical");
      f.category = unfreed ? "hostages_held" : prev.category;
      f.groupLabel = prev.groupLabel;
      f.rule += "+restated";
    }
    figures[k++] = f;
  }
  figures.length = k;
}

/**
 * Session 28: right before a count, a verb of estimating, "the/its/their (total/overall/official) number/count/tally
 * of", the people counted (group 1: at most 60 characters, no punctuation), then "at" (the count's hedge is its own).
 */
const NUMBER_OF_AT = /\b(?:puts?|putting|places?|placed|placing|estimates?|estimated|estimating)[ \t]+(?:the|its|their)[ \t]+(?:(?:total|overall|official)[ \t]+)?(?:number|count|tally)[ \t]+of[ \t]+([^,;:.!?"“”()]{2,60}?)[ \t]+at[ \t]+$/i;

/** The " at " that ends NUMBER_OF_AT's match. */
const AT_END = /[ \t]+at[ \t]+$/;

/**
 * Where the people counted start when the count (its hedge included) starting at `start` follows NUMBER_OF_AT
 * ("Officials put the total number of hostages still held at about 22"), else -1.
 *
 * @example numberOfAtBefore("They put the number of dead at 41.", 38) // 25
 */
export function numberOfAtBefore(text: string, start: number): number {
  if (start < 30 || text.charCodeAt(start - 1) !== 32 || (text.charCodeAt(start - 2) | 32) !== 116 || (text.charCodeAt(start - 3) | 32) !== 97) return -1;
  const from = Math.max(0, start - 120);
  const m = NUMBER_OF_AT.exec(text.slice(from, start));
  if (!m) return -1;
  // Group 1 ends right before the final " at ".
  const phraseEnd = from + m.index + AT_END.exec(m[0])!.index;
  return phraseEnd - m[1].length;
}
