import type {SentenceKind} from "../types.ts";
import {firstNormalizedWord, lineKind, type LineKind} from "./kinds.ts";
import {normalizeLine} from "./normalize.ts";

/** How many lines at the top of an article may still be title lines. */
const MAX_HEAD_LINES = 8;
const MAX_TITLE_CHARS = 300;
/** Last characters of a line that ends like a sentence; any other ends it unpunctuated ("… Port-au-Prince, Haiti, Friday, June 30, 2023"). */
const PUNCTUATED_END = new Set([...".!?…\"”’)]"]);

/**
 * Kind of every line of an article, using neighbours: title lines are the headline-like lines at
 * the top (before the first body paragraph; datelines, credits and boilerplate may sit among
 * them), any line equal to the title or to one of those lines later on (a repeated title) is a
 * headline too, and a short unpunctuated line next to a credit is that photo's caption.
 * Other headline-like lines further down (subheads) count as body.
 *
 * `plainSpaces`: the lines hold no tab or NBSP (see `words.ts`), so words are counted faster.
 *
 * @example paragraphKinds(["Floods hit the valley", "Rivers rose on Monday."], null) // ["headline", "body"]
 */
export function paragraphKinds(lines: string[], title: string | null, plainSpaces = false): SentenceKind[] {
  // A loop with push, not map: one elements kind for every article (see splitSentences).
  const own: LineKind[] = [];
  for (const line of lines) own.push(lineKind(line, plainSpaces));
  const titleKey = title ? normalizeLine(title) : "";
  const headKeys = new Set<string>();
  // First words of the title and head lines: a line can only equal one of them normalised if its
  // own first word is among these, so most body lines are never normalised.
  const headFirstWords = new Set<string>();
  // Raw lengths of the title and head lines: likewise, a line far from all of them cannot repeat one.
  const headLengths: number[] = [];
  if (titleKey) {
    headKeys.add(titleKey);
    headFirstWords.add(firstWordOfKey(titleKey));
    headLengths.push((title as string).length);
  }
  const kinds: SentenceKind[] = new Array(lines.length);
  let inHead = true;
  for (let i = 0; i < lines.length; i++) {
    const k = own[i];
    // Titles are short: only short lines can repeat one (saves normalising every body line).
    const len = lines[i].length;
    // Below the first line, an unpunctuated line next to a credit is that photo's caption.
    const besideCredit = i > 0 && (own[i - 1] === "credit" || own[i + 1] === "credit");
    const headCandidate = inHead && i < MAX_HEAD_LINES && k === "headline_like" && !besideCredit;
    const mayRepeat = !headCandidate && nearHeadLength(len, headLengths) && headFirstWords.has(firstNormalizedWord(lines[i]));
    const key = (k === "headline_like" || k === "body") && len <= MAX_TITLE_CHARS && (headCandidate || mayRepeat) ? normalizeLine(lines[i]) : "";
    if (key && headKeys.has(key)) {
      kinds[i] = "headline";
      continue;
    }
    if (headCandidate) {
      kinds[i] = "headline";
      headKeys.add(key);
      headFirstWords.add(firstWordOfKey(key));
      headLengths.push(len);
      continue;
    }
    if (k === "body") inHead = false;
    kinds[i] = k === "headline_like" ? "body" : k;
  }
  // Captions: an unpunctuated line of five words or more right next to a credit line.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (kinds[i] !== "body" || line === "" || PUNCTUATED_END.has(line.charAt(line.length - 1))) continue;
    const nearCredit = kinds[i - 1] === "credit" || kinds[i + 1] === "credit";
    if (nearCredit && line.split(/\s+/).length >= 5) kinds[i] = "caption";
  }
  return kinds;
}

/** Whether a line of `n` characters is within 30 % (plus ten characters) of a title or head line's length. */
function nearHeadLength(n: number, headLengths: number[]): boolean {
  for (const l of headLengths) if (Math.abs(n - l) <= l * 0.3 + 10) return true;
  return false;
}

/** First word of a normalised key ("read more floods" → "read"). */
function firstWordOfKey(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}
