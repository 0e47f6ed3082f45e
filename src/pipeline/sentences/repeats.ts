import {normalizeLine} from "./normalize.ts";

/** Containment checks are quadratic: only for articles up to this many paragraphs. */
const MAX_PARAGRAPHS_FOR_CONTAINMENT = 400;
/** A paragraph must have this many characters (normalised) before containment counts as a repeat. */
const MIN_CONTAINED_CHARS = 40;

/**
 * For each paragraph, the index of an earlier paragraph it repeats, else null. A repeat is the
 * same normalised text, or text wholly contained in an earlier paragraph (a page that prints the
 * lead as one paragraph and again split in three), or an earlier paragraph plus a short prefix
 * such as an agency dateline ("MOSCOW (Reuters) - " + the same lead).
 *
 * @example repeatedParagraphs(["Rain fell.", "Roads closed.", "Rain  fell!"]) // [null, null, 0]
 */
export function repeatedParagraphs(lines: string[]): Array<number | null> {
  const keys = lines.map(normalizeLine);
  const firstSeen = new Map<string, number>();
  const containment = lines.length <= MAX_PARAGRAPHS_FOR_CONTAINMENT;
  return keys.map((key, i) => {
    if (!key) return null;
    const seen = firstSeen.get(key);
    if (seen !== undefined) return seen;
    firstSeen.set(key, i);
    if (!containment || key.length < MIN_CONTAINED_CHARS) return null;
    for (let j = 0; j < i; j++) {
      const earlier = keys[j];
      if (earlier.length < MIN_CONTAINED_CHARS) continue;
      if (earlier.length >= key.length && earlier.includes(key)) return j;
      if (earlier.length >= key.length * 0.8 && key.includes(earlier)) return j;
    }
    return null;
  });
}
