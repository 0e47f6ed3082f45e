/**
 * Headline strips (tickers, breaking-news bars) are site chrome: each item is another story's
 * headline ("Latest · Port strike enters its third day · 9 hurt as bus overturns"), so its counts are not
 * this article's. They often carry no links (a scrolling <span> list), which is why the link-box
 * test (link-boxes.ts) does not catch them: they are known by their class or id instead.
 */
import {TICKER_MAX_WORDS, TICKER_NAMES} from "../model/boilerplate.ts";
import {countWords, type DomElement, type DomNode} from "./dom-text.ts";
import {nameKey, namesAny} from "./class-names.ts";

/** Never a strip: the article's own containers. */
const NEVER = new Set(["article", "main", "body", "html", "h1"]);

/**
 * Whether `el` is a headline strip (`key`: its nameKey, when the caller has it): named by TICKER_NAMES, short (TICKER_MAX_WORDS), outside any
 * <article> (a "Breaking" label inside the story is the story's), holding no headline or article.
 *
 * @example isTicker(parseHTML('<ul class="site-ticker"><li>Port strike enters its third day</li></ul>').document.querySelector("ul")) // true
 */
export function isTicker(el: DomElement, key: string = nameKey(el)): boolean {
  if (NEVER.has(el.localName) || !namesAny(key, TICKER_NAMES)) return false;
  if (el.getElementsByTagName("h1").length || el.getElementsByTagName("article").length || el.getElementsByTagName("main").length) return false;
  if (countWords(el.textContent ?? "") > TICKER_MAX_WORDS) return false;
  return !insideArticle(el);
}

function insideArticle(el: DomNode): boolean {
  for (let p = (el as unknown as {parentNode: DomNode | null}).parentNode; p; p = (p as unknown as {parentNode: DomNode | null}).parentNode) {
    if (p.nodeType === 1 && (p as DomElement).localName === "article") return true;
  }
  return false;
}
