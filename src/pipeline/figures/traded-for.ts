/**
 * The other side of a release told with a bare "for": "The militia freed 14 hostages for 300 prisoners", "returned
 * 20 captives on Friday, three of them dead, for about 600 detainees". The prisoners had no cue
 * of their own ("for" is no release word, and an aside between moved the release out of their window), so they
 * were counted as other; they are the prisoners freed in the trade. Called from extract.ts after swapSides.
 */
import {PRISONER_NOUNS} from "../model/figure-categories.ts";
import type {FigureCategory} from "../types.ts";

const PRISONER_HEADS = new Set(PRISONER_NOUNS);

/** What tradedForPrisoners reads of an accepted count (extract.ts's Accepted). */
interface TradeSide {
  c: {start: number; groupEnd: number; group: {head: string | null; partitive?: boolean}};
  category: FigureCategory;
  rule: string;
}

/**
 * Between the freed count and the prisoners: no sentence or clause break, at most a participle and a short aside
 * ("on Friday, three of them dead,"), then "for" (and "the") right before the prisoners' count.
 */
const FOR_GAP = /^[^.;:!?]{0,60}?[ \t]for[ \t]+(?:the[ \t]+)?$/i;
/**
 * A gap that opens another clause or a second "for": "freed 3 hostages on Monday and searched for 40 inmates", "freed
 * 3 for now, for …", "freed 12 hostages while police hunted for 40 inmates" (the "for" is then that verb's).
 */
const NOT_TRADE_GAP = /\b(?:and|but|or|while|whereas|then|when|after|before|as|who|which|that)\b|\bfor\b[^]*\bfor[ \t]+(?:the[ \t]+)?$/i;
/** The most characters between the freed count's end and the prisoners' count. */
const MAX_GAP = 70;

/**
 * Sets prisoners_released on a count of prisoners (head in PRISONER_NOUNS) with no category of its own ("other")
 * that follows "for" right after a count freed earlier in the sentence (FOR_GAP), past partitive asides
 * ("three of them dead"). Counts are in sentence order.
 *
 * @example tradedForPrisoners("The militia freed 14 hostages for 300 prisoners.", accepted) // the 300 become prisoners_released
 */
export function tradedForPrisoners(text: string, accepted: TradeSide[]): void {
  for (let j = 1; j < accepted.length; j++) {
    const b = accepted[j];
    if (b.category !== "other" || !PRISONER_HEADS.has(b.c.group.head ?? "")) continue;
    let i = j - 1;
    while (i >= 0 && accepted[i].c.group.partitive === true) i--;
    if (i < 0) continue;
    const a = accepted[i];
    if (a.category !== "hostages_released" && a.category !== "prisoners_released") continue;
    if (b.c.start - a.c.groupEnd > MAX_GAP) continue;
    const gap = text.slice(a.c.groupEnd, b.c.start);
    if (!FOR_GAP.test(gap) || NOT_TRADE_GAP.test(gap)) continue;
    b.category = "prisoners_released";
    b.rule += "+traded-for";
  }
}
