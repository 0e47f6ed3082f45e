import type {SentenceKind} from "../types.ts";
import {lineKind, type LineKind} from "./kinds.ts";
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
 * @example paragraphKinds(["Floods hit the valley", "Rivers rose on Monday."], null) // ["headline", "body"]
 */
export function paragraphKinds(lines: string[], title: string | null): SentenceKind[] {
  const own: LineKind[] = lines.map(lineKind);
  const titleKey = title ? normalizeLine(title) : "";
  const headKeys = new Set<string>();
  // Raw lengths of the title and head lines: a line far from all of them cannot repeat one,
  // so most body lines are never normalised.
  const headLengths: number[] = [];
  if (titleKey) {
    headKeys.add(titleKey);
    headLengths.push((title as string).length);
  }
  const nearHeadLength = (n: number) => headLengths.some((l) => Math.abs(n - l) <= l * 0.3 + 10);
  const kinds: SentenceKind[] = new Array(lines.length);
  let inHead = true;
  for (let i = 0; i < lines.length; i++) {
    const k = own[i];
    // Titles are short: only short lines can repeat one (saves normalising every body line).
    const len = lines[i].length;
    // Below the first line, an unpunctuated line next to a credit is that photo's caption.
    const besideCredit = i > 0 && (own[i - 1] === "credit" || own[i + 1] === "credit");
    const headCandidate = inHead && i < MAX_HEAD_LINES && k === "headline_like" && !besideCredit;
    const key = (k === "headline_like" || k === "body") && len <= MAX_TITLE_CHARS && (headCandidate || nearHeadLength(len)) ? normalizeLine(lines[i]) : "";
    if (key && headKeys.has(key)) {
      kinds[i] = "headline";
      continue;
    }
    if (headCandidate) {
      kinds[i] = "headline";
      headKeys.add(key);
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
