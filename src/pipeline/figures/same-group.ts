/**
 * Stage 05's last step over an article's figures: a definite count that names the same group as an
 * earlier figure takes that figure's category ("Of the 120 prisoners" after "freeing 120 prisoners"), and so
 * does a count said to be "among them" right after a figure.
 */
import type {Figure, Sentence} from "../types.ts";
import {sentenceCues} from "./category.ts";
import {HOSTAGE_NOUNS} from "../model/figure-categories.ts";

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
  // The first figure of each key among the earlier ones with a category. Keys (a string per figure) are built
  // only once a definite count of "other" needs them: most articles have none. `indexed` figures are in the map
  // (when they count); a figure changed below was "other" when reached, so it never enters the map.
  let earlier: Map<string, Figure> | null = null;
  let indexed = 0;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.category !== "other" || !countsGroup(f) || !THE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    earlier ??= new Map();
    for (; indexed < i; indexed++) {
      const e = figures[indexed];
      if (e.category === "other" || !countsGroup(e)) continue;
      const key = groupKey(e);
      if (!earlier.has(key)) earlier.set(key, e);
    }
    indexed = i + 1;
    const first = earlier.get(groupKey(f));
    if (!first || first.sentenceIndex === f.sentenceIndex) continue;
    const s = sentences.find((x) => x.index === f.sentenceIndex);
    if (!s || hasOwnCue(s, f)) continue;
    f.category = first.category;
    f.rule += "+same-group";
  }
}

/** A count of a named group of people with an exact value (not days, not vague): the figures that may match. */
function countsGroup(f: Figure): boolean {
  return f.value !== null && f.groupLabel !== null && f.groupLabel !== "days" && !f.vague;
}

/** The same group: the same value and head noun ("120|prisoners"). */
function groupKey(f: Figure): string {
  return `${f.value}|${headOf(f.groupLabel!)}`;
}

/** A category cue within OWN_CUE_REACH of the figure's number (its own verb or noun decides then). */
function hasOwnCue(s: Sentence, f: Figure): boolean {
  const lo = f.start - s.start - OWN_CUE_REACH, hi = f.end - s.start + OWN_CUE_REACH;
  for (const c of sentenceCues(s.text)) if (c.end > lo && c.start < hi && !c.cue.startsWith("not:")) return true;
  return false;
}

const HOSTAGE_HEADS = new Set(HOSTAGE_NOUNS);
/** "Up to four of them", "two of those": a part of a group named before. */
const OF_THEM_AFTER = /^[ \t]+of[ \t]+(?:them|those|these)\b/i;

/**
 * "9 hostages remain in Mali. Up to four of them may no longer be alive.": a dead part ("of them") opening the
 * sentence after a hostage count is of those hostages, so hostages_dead, not a death toll (rule "+hostage-part").
 * Only the first figure of a sentence, right after a sentence whose last figure counts hostages. Changes
 * `figures` in place; they are in article order.
 *
 * @example deadPartsOfHostages(article.text, figures) // "Up to four of them" → hostages_dead
 */
export function deadPartsOfHostages(text: string, figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i], prev = figures[i - 1];
    if (f.category !== "killed" || f.groupLabel !== null || prev.sentenceIndex !== f.sentenceIndex - 1) continue;
    if (prev.groupLabel === null || !namesHostages(prev.groupLabel)) continue;
    if (text.charCodeAt(f.end) !== 32 || !OF_THEM_AFTER.test(text.slice(f.end, f.end + 16))) continue;
    f.category = "hostages_dead";
    f.rule += "+hostage-part";
  }
}

/** A group label whose noun is a hostage noun ("hostages in mali", "living israeli hostages"). */
function namesHostages(label: string): boolean {
  for (const w of label.split(" ")) if (HOSTAGE_HEADS.has(w)) return true;
  return false;
}

/**
 * "… foreign nationals are among them": up to three words of group, then (round 19) an optional short phrase with
 * "with", "from" or "holding" ("two more people with Dutch passports are believed to be among them", "three
 * sailors from the tanker are among them"), a copula, "among them/those/these".
 */
const AMONG_THEM_AFTER = /^[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}(?:(?:with|from|holding)[ \t]+(?:[A-Za-z'’-]+[ \t]+){1,3})?(?:were|are|was|is)[ \t]+(?:also[ \t]+|reportedly[ \t]+|believed[ \t]+to[ \t]+be[ \t]+)?among[ \t]+(?:them|those|these)\b/i;
/**
 * The inverted order (round 22): "Among those were four firefighters", "among them are two nurses": "among
 * them/those/these", an optional comma, a copula and an optional "also" or hedge-free adverb right before the count.
 */
const AMONG_THEM_BEFORE = /\bamong[ \t]+(?:them|those|these)[ \t]*,?[ \t]+(?:were|are|was|is)[ \t]+(?:also[ \t]+|reportedly[ \t]+)?$/i;

/** True when AMONG_THEM_BEFORE ends right before the count at `start` (only a stretch with "mong" reaches the regex). */
function amongThemBefore(text: string, start: number): boolean {
  const left = text.slice(Math.max(0, start - 40), start);
  return left.includes("mong") && AMONG_THEM_BEFORE.test(left);
}

/**
 * Mend 22 F3: right after the count's group, its own relative clause ("Among them were three children, who were
 * released first"): the clause tells what happened to the part, so it does not take the whole's category.
 */
const OWN_RELATIVE_AFTER = /^[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,4}?[A-Za-z'’-]+[ \t]*,[ \t]*(?:who|which|whom|whose)[ \t]+[a-z]/;

/**
 * The whole an inverted "Among them were N" is a part of: the figure before it, walking back over figures that are
 * themselves inverted "among them" parts (Mend 22 F3: "Among them were three officers, who were killed. Among them
 * were two nurses" — the nurses are part of the first whole, not of the officers). Index, or -1.
 */
function amongWholeBefore(text: string, figures: Figure[], i: number): number {
  let k = i - 1;
  while (k >= 0 && amongThemBefore(text, figures[k].start)) k--;
  return k;
}

/** How far after the number "among" may start (a few words of group, a short with-phrase and a copula). */
const AMONG_REACH = 90;

/**
 * "Police detained 90 strikers on Friday. At least six union leaders are among them, a lawyer says.": a count said
 * to be among "them" is a part of the figure just before it (same or previous sentence) and shares its category
 * (rule "+among-them"). Only counts with no category of their own (other). Changes `figures` in place. The
 * inverted order counts too: "The storm killed 31 people. Among those were four firefighters." (AMONG_THEM_BEFORE).
 *
 * @example partsAmongThem(article.text, figures) // "Between 10 and 20 foreigners are among them" → hostages_held
 */
export function partsAmongThem(text: string, figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    if (f.category !== "other") continue;
    // A bounded window: the article after the count is never scanned.
    const right = text.slice(f.end, f.end + AMONG_REACH + 12);
    const after = right.includes("among") && AMONG_THEM_AFTER.test(right);
    const before = !after && amongThemBefore(text, f.start);
    if (!after && !before) continue;
    if (before && OWN_RELATIVE_AFTER.test(right)) continue;
    const w = before ? amongWholeBefore(text, figures, i) : i - 1;
    if (w < 0) continue;
    const prev = figures[w];
    if (prev.category === "other" || prev.category === "captivity_days") continue;
    // The whole is in the same or the previous sentence as the part (or as the chain of inverted parts before it).
    if (prev.sentenceIndex < figures[Math.min(w + 1, i)].sentenceIndex - 1) continue;
    f.category = prev.category;
    f.rule += "+among-them";
  }
}
