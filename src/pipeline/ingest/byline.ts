/**
 * The text of a page's byline element, read before the article text is taken: Readability (and
 * the simple-article path, which follows it) drops the byline from the text, and with it a
 * publication date the page states only there ("By Jane Doe | Published: 8 June 2023, 09:15").
 * Stage 01 reads a date from it only when the page has no date in its metadata, its URL or
 * its kept lines (resolve-metadata.ts).
 */
import {Readability} from "@mozilla/readability";
import {SKIP_BODY, type DomElement, type DomNode} from "./dom-text.ts";

/** Readability's own byline pattern (byline, author, dateline, …), so both agree on the element. */
const BYLINE = (Readability as unknown as {prototype: {REGEXPS: Record<string, RegExp>}}).prototype.REGEXPS.byline;
/** Readability's byline bound: a byline is a short element (fewer characters than this). */
const BYLINE_MAX_CHARS = 100;
/** Elements visited at most: a byline sits near the top of the article. */
const MAX_ELEMENTS = 5_000;

/**
 * The first byline element's text (class or id naming a byline or author, rel/itemprop author,
 * under 100 characters, outside page chrome such as nav, footer, aside, or a header outside the article), or null.
 *
 * @example bylineText(parseHTML('<p class="byline">By Ann Lee | 8 June 2023</p>').document) // "By Ann Lee | 8 June 2023"
 */
export function bylineText(doc: DomNode): string | null {
  // Each node with whether it sits inside an <article> or <main>.
  const stack: [DomNode, boolean][] = [];
  const top = doc.childNodes;
  for (let i = top.length - 1; i >= 0; i--) stack.push([top[i], false]);
  for (let n = 0; stack.length && n < MAX_ELEMENTS; n++) {
    const [node, inArticle] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const name = el.localName.toLowerCase();
    // A byline in a teaser box, the footer or the site's header belongs to another story or to
    // the site; a <header> inside the article is the article's own (as in page-parts.ts).
    if (SKIP_BODY.has(name) && !(name === "header" && inArticle)) continue;
    const itemprop = el.getAttribute("itemprop");
    if (el.getAttribute("rel") === "author" || (itemprop !== null && itemprop.includes("author")) || BYLINE.test(`${el.className ?? ""} ${el.id ?? ""}`)) {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text.length > 0 && text.length < BYLINE_MAX_CHARS) return text;
    }
    const inside = inArticle || name === "article" || name === "main";
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], inside]);
  }
  return null;
}
