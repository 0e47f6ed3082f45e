/**
 * A paragraph repeated in one article (syndication, a headline printed twice) yields its figures once:
 * two figures with the same quote and the same 60 characters on each side (inside the sentence) are one.
 */
import type {Figure, Sentence} from "../types.ts";

const CONTEXT = 60;

/**
 * Key for deduplication.
 *
 * @example dedupeKey(figure, sentence) // "approximately 2,000|in exchange for|palestinian prisoners."
 */
export function dedupeKey(f: Figure, s: Sentence): string {
  const ls = f.start - s.start, le = f.end - s.start;
  // Raw slices (no normalisation): repeated paragraphs are byte-identical, and this runs per figure.
  return `${f.quote}|${s.text.slice(Math.max(0, ls - CONTEXT), ls)}|${s.text.slice(le, le + CONTEXT)}`;
}
