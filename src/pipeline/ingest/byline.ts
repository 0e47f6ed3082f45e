/**
 * The text of a page's byline element, read before the article text is taken: Readability (and
 * the simple-article path, which follows it) drops the byline from the text, and with it a
 * publication date the page states only there ("By Jane Doe | Published: 8 June 2023, 09:15").
 * Stage 01 reads a date from it only when the page has no date in its metadata, its URL or
 * its kept lines (resolve-metadata.ts).
 */
import {Readability} from "@mozilla/readability";
import {DATE_ELEMENT_CLASS_WORDS, DATE_ELEMENT_MAX_CHARS, DATE_ELEMENT_UPDATED_WORDS} from "../model/ingest-metadata.ts";
import {nodeText, SKIP_BODY, type DomElement, type DomNode} from "./dom-text.ts";

/** Readability's own byline pattern (byline, author, dateline, …), so both agree on the element. */
const BYLINE = (Readability as unknown as {prototype: {REGEXPS: Record<string, RegExp>}}).prototype.REGEXPS.byline;
/** Readability's byline bound: a byline is a short element (fewer characters than this). */
const BYLINE_MAX_CHARS = 100;
/** Elements visited at most: a byline sits near the top of the article. */
const MAX_ELEMENTS = 5_000;

/** What the top of a page says about its author and date. */
export interface BylineParts {
  /** The first byline element's text (see bylineText), or null. */
  byline: string | null;
  /**
   * The text (or `datetime` attribute) of the first date stamp inside that byline or inside the
   * article's own <header>: a `<time>` element, or one whose class or id names a date
   * ("<span class="date">18 May 2024</span>"), not an update stamp. Null when there is none.
   */
  dateStamp: string | null;
}

/**
 * The first byline element's text (class or id naming a byline or author, rel/itemprop author,
 * under 100 characters, outside page chrome such as nav, footer, aside, or a header outside the article), or null.
 *
 * @example bylineText(parseHTML('<p class="byline">By Ann Lee | 8 June 2023</p>').document) // "By Ann Lee | 8 June 2023"
 */
export function bylineText(doc: DomNode): string | null {
  return bylineParts(doc).byline;
}

const DATE_WORDS = new Set(DATE_ELEMENT_CLASS_WORDS);
const UPDATE_WORDS = new Set(DATE_ELEMENT_UPDATED_WORDS);

/**
 * The byline's text and the date stamp inside the byline or the article's header (see BylineParts).
 * A date stamp elsewhere (a teaser, the footer, a comment, the site's header) is not the article's.
 *
 * @example bylineParts(parseHTML('<article><p class="byline">By Ann Lee, Lima <span class="date">8 June 2023</span></p></article>').document).dateStamp // "8 June 2023"
 */
export function bylineParts(doc: DomNode): BylineParts {
  let byline: string | null = null;
  let dateStamp: string | null = null;
  // Each node with whether it sits inside an <article> or <main>, and inside the byline or the
  // article's own <header> (where a date stamp is the article's).
  const stack: [DomNode, boolean, boolean][] = [];
  const top = doc.childNodes;
  for (let i = top.length - 1; i >= 0; i--) stack.push([top[i], false, false]);
  for (let n = 0; stack.length && n < MAX_ELEMENTS && (byline === null || dateStamp === null); n++) {
    const [node, inArticle, inHead] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const name = el.localName.toLowerCase();
    // A byline in a teaser box, the footer or the site's header belongs to another story or to
    // the site; a <header> inside the article is the article's own (as in page-parts.ts).
    if (SKIP_BODY.has(name) && !(name === "header" && inArticle)) continue;
    let head = inHead || (name === "header" && inArticle);
    if (byline === null) {
      const itemprop = el.getAttribute("itemprop");
      if (el.getAttribute("rel") === "author" || (itemprop !== null && itemprop.includes("author")) || BYLINE.test(`${el.className ?? ""} ${el.id ?? ""}`)) {
        const text = bylineElementText(el);
        if (text.length > 0 && text.length < BYLINE_MAX_CHARS) {
          byline = text;
          head = true;
        }
      }
    }
    if (head && dateStamp === null && isDateStamp(el, name)) {
      const text = (el.getAttribute("datetime") ?? "").trim() || (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text.length > 0 && text.length < DATE_ELEMENT_MAX_CHARS) dateStamp = text;
    }
    const inside = inArticle || name === "article" || name === "main";
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], inside, head]);
  }
  return {byline, dateStamp};
}

/** No element skipped by name when a byline's text is read (dom-text.ts nodeText). */
const NO_SKIP: Set<string> = new Set();

/**
 * The byline element's text, one line per line break or block ("By Ann Lee, correspondent<br>Thursday 21
 * November 2024" reads "… correspondent Thursday 21 November 2024": textContent glued "correspondentThursday",
 * and the date was lost), with any "updated" stamp inside it left out (see isDateStamp).
 *
 * @example bylineElementText(parseHTML("<p>By Ann Lee<br>8 June 2023</p>").document.querySelector("p")) // "By Ann Lee 8 June 2023"
 */
function bylineElementText(el: DomElement): string {
  return nodeText(el, NO_SKIP, updateStampsIn(el)).replace(/\s+/g, " ").trim();
}

/** The elements below `el` whose class or id name an update ("<span class="date updated">"). */
function updateStampsIn(el: DomNode): Set<DomNode> {
  const out = new Set<DomNode>();
  const stack: DomNode[] = Array.from(el.childNodes);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType !== 1) continue;
    if (updateStamp(n as DomElement)) out.add(n);
    else stack.push(...Array.from(n.childNodes));
  }
  return out;
}

/** Whether the element's class or id words name an update ("date updated", "last-modified"). */
function updateStamp(el: DomElement): boolean {
  const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase().split(/[-_\s]+/);
  return words.some((w) => UPDATE_WORDS.has(w));
}

/** A `<time>` element, or one whose class or id words name a date and not an update. */
function isDateStamp(el: DomElement, name: string): boolean {
  const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase().split(/[-_\s]+/);
  if (words.some((w) => UPDATE_WORDS.has(w))) return false;
  return name === "time" || words.some((w) => DATE_WORDS.has(w));
}
