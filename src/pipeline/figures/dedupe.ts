/**
 * A paragraph repeated in one article (syndication, a headline printed twice) yields its figures once:
 * two figures with the same quote and the same words around them (60 characters each side, inside the
 * sentence, whitespace and case ignored) are one.
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
  const norm = (x: string) => x.toLowerCase().replace(/\s+/g, " ").trim();
  return `${norm(f.quote)}|${norm(s.text.slice(Math.max(0, ls - CONTEXT), ls))}|${norm(s.text.slice(le, le + CONTEXT))}`;
}
