/**
 * Stage 05's last step over an article's figures: a definite count that names the same group as an
 * earlier figure takes that figure's category ("Of the 120 prisoners" after "freeing 120 prisoners").
 */
import type {Figure, Sentence} from "../types.ts";
import {sentenceCues} from "./category.ts";

/** "the 342 prisoners", "Of the 40 miners": a definite article right before the count points back to a group. */
const THE_BEFORE = /\bthe[ \t]+$/i;
/** How far (characters) around such a count a cue of its own keeps its category. */
const OWN_CUE_REACH = 40;

/** The last word of a group label: its head noun ("palestinian prisoners" → "prisoners"). */
function headOf(label: string): string {
  return label.slice(label.lastIndexOf(" ") + 1);
}

/**
 * "Israel began freeing 120 prisoners. … Of the 120 prisoners, 30 are serving life terms.": a definite count with
 * the same number and head noun as a figure earlier in the article is the same group, so with no cue of its own
 * (category other) it takes the earlier figure's category (rule "+same-group"). Counts with a cue nearby keep
 * theirs. Changes `figures` in place; they are in article order.
 *
 * @example inheritDefiniteCounts(article.text, figures, sentences) // "the 120 prisoners" → prisoners_released
 */
export function inheritDefiniteCounts(text: string, figures: Figure[], sentences: Sentence[]): void {
  let earlier: Map<string, Figure> | null = null;
  for (const f of figures) {
    if (f.value === null || f.groupLabel === null || f.groupLabel === "days" || f.vague) continue;
    const key = `${f.value}|${headOf(f.groupLabel)}`;
    if (f.category !== "other") {
      earlier ??= new Map();
      if (!earlier.has(key)) earlier.set(key, f);
      continue;
    }
    const first = earlier?.get(key);
    if (!first || first.sentenceIndex === f.sentenceIndex || !THE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    const s = sentences.find((x) => x.index === f.sentenceIndex);
    if (!s || hasOwnCue(s, f)) continue;
    f.category = first.category;
    f.rule += "+same-group";
  }
}

/** A category cue within OWN_CUE_REACH of the figure's number (its own verb or noun decides then). */
function hasOwnCue(s: Sentence, f: Figure): boolean {
  const lo = f.start - s.start - OWN_CUE_REACH, hi = f.end - s.start + OWN_CUE_REACH;
  for (const c of sentenceCues(s.text)) if (c.end > lo && c.start < hi && !c.cue.startsWith("not:")) return true;
  return false;
}
