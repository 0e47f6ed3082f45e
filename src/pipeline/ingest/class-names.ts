/**
 * An element's class and id as one key, to test for words a site's templates use
 * ("most-read", "news_ticker", "article-dek") whatever their separators and case.
 */
import type {DomElement} from "./dom-text.ts";

/**
 * Lower-cased class and id with "-", "_" and spaces dropped ("Most-Read box" → "mostreadbox").
 *
 * @example nameKey(parseHTML('<div class="Most-Read box"></div>').document.querySelector("div")) // "mostreadbox"
 */
export function nameKey(el: DomElement): string {
  const raw = `${el.getAttribute("class") ?? ""}${el.getAttribute("id") ?? ""}`;
  return raw ? raw.toLowerCase().replace(/[-_\s]+/g, "") : "";
}

/**
 * Whether a nameKey contains any of `names`.
 *
 * @example namesAny("storyrelatedrail", ["related"]) // true
 */
export function namesAny(key: string, names: readonly string[]): boolean {
  if (!key) return false;
  for (const n of names) if (key.includes(n)) return true;
  return false;
}

