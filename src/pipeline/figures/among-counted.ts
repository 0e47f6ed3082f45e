/**
 * Stage 05's last step, after partsAmongThem (same-group.ts): a count said to be among a counted whole right after
 * it ("five Britons were among the 40 hostages seized in the raid") is a part of that whole and shares what happened
 * to it.
 */
import type {Figure} from "../types.ts";

/**
 * Between the part's number and the whole's number: up to five words of group ("people holding French passports"),
 * a copula (also perfect: "had been"), an optional adverb, "among", an optional article.
 */
const AMONG_COUNTED = /^[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,5}?(?:were|are|was|is|(?:had|have|has)[ \t]+been)[ \t]+(?:also[ \t]+|reportedly[ \t]+|believed[ \t]+to[ \t]+(?:be|have[ \t]+been)[ \t]+)?among[ \t]+(?:the[ \t]+|those[ \t]+)?$/i;
/** How long the gap between the two numbers may be (characters). */
const GAP_REACH = 90;

/**
 * "Five Britons were among the 40 hostages seized in the raid", "two nurses had been among some 300 people killed":
 * a count with no category of its own (other) followed in its sentence by "… <copula> among (the) <count>" takes the
 * category of that next count (rule "+among-count"), whatever it is (abducted, killed, freed). A whole of "other"
 * ("among the 300 people who attended") changes nothing. Changes `figures` in place; they are in article order.
 *
 * @example partsAmongCounted(text, figures) // "Five Britons were among the 40 hostages seized" → abducted
 */
export function partsAmongCounted(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const f = figures[i], whole = figures[i + 1];
    if (f.category !== "other" || whole.category === "other" || whole.category === "captivity_days") continue;
    if (whole.sentenceIndex !== f.sentenceIndex || whole.start <= f.end || whole.start - f.end > GAP_REACH) continue;
    const gap = text.slice(f.end, whole.start);
    if (!gap.includes("among") || !AMONG_COUNTED.test(gap)) continue;
    f.category = whole.category;
    f.rule += "+among-count";
  }
}
