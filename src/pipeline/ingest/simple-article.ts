/**
 * A fast path around Readability for simple pages: when a page's text sits in ONE <article>
 * (or, without one, ONE <main>) made only of plain prose elements (paragraphs, headings,
 * quotes, inline formatting), Readability would pick that element and return its text minus
 * the byline and the heading that repeats the title. We do the same directly, with
 * Readability's own patterns, instead of running it (most of the cost of an HTML article).
 * Anything Readability might judge differently — hidden or styled elements, class names it
 * treats as clutter ("share", "related", "sidebar"), lists, tables, divs, text outside the
 * article — sends the page through Readability as before.
 */
import {Readability} from "@mozilla/readability";
import {countWords, nodeText, SKIP, SKIP_BODY, type DomElement, type DomNode} from "./dom-text.ts";

/** Readability's own class/id patterns and roles, so the fast path judges elements as it does. */
const R = (Readability as unknown as {prototype: {REGEXPS: Record<string, RegExp>; UNLIKELY_ROLES: string[]}}).prototype;
const BYLINE = R.REGEXPS.byline;
const UNLIKELY = R.REGEXPS.unlikelyCandidates;
const MAYBE = R.REGEXPS.okMaybeItsACandidate;
const NEGATIVE = R.REGEXPS.negative;
const UNLIKELY_ROLES = new Set(R.UNLIKELY_ROLES);

/** Elements a simple article may contain: prose blocks, inline formatting, pictures. */
const PROSE = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "a", "em", "strong", "b", "i", "u", "span", "br", "time", "abbr", "cite", "q", "sub", "sup", "small", "mark", "s", "figure", "figcaption", "img", "picture", "source"]);
/** The article must hold at least this much text: short pages go to Readability (its thresholds decide those). */
const MIN_CHARS = 500;
const MIN_WORDS = 25;
/** Readability drops a heading whose words mostly repeat the title (same measure, same bound). */
const TITLE_SIMILARITY = 0.75;
/** Readability's byline: a short element (fewer characters than this) marked as author or byline. */
const BYLINE_MAX_CHARS = 100;

/**
 * The article text of a simple page, or null when Readability must decide. The body must have
 * no visible text outside the article but chrome (nav, header, footer, aside: SKIP_BODY), so
 * Readability could not have added a sibling paragraph.
 *
 * @example simpleArticleText(document, "Dam bursts in the valley", document.body) // "Water rose …" or null
 */
export function simpleArticleText(doc: DomElement, title: string | null, body: DomNode | null): string | null {
  const root = soleElement(doc, "article") ?? (doc.getElementsByTagName("article").length === 0 ? soleElement(doc, "main") : null);
  if (!root || !body || insideChrome(root)) return null;
  const drop = new Set<DomNode>();
  let byline = false;
  let heading = false;
  // Every element of the article, in document order (iterative: pages can be deep).
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const name = el.localName;
    if (el !== root && !PROSE.has(name)) return null;
    if (el.hasAttribute("style") || el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return null;
    const role = el.getAttribute("role");
    if (role !== null && UNLIKELY_ROLES.has(role)) return null;
    const match = `${el.className ?? ""} ${el.id ?? ""}`;
    if (!byline && isByline(el, match)) {
      byline = true;
      drop.add(el);
      continue;
    }
    if ((UNLIKELY.test(match) && !MAYBE.test(match) && name !== "a") || NEGATIVE.test(match)) return null;
    if (!heading && title && (name === "h1" || name === "h2") && similarity(title, innerText(el)) > TITLE_SIMILARITY) {
      heading = true;
      drop.add(el);
      continue;
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const text = nodeText(root, SKIP, drop);
  if (text.length < MIN_CHARS || countWords(text) < MIN_WORDS) return null;
  if (/\S/.test(nodeText(body, SKIP_BODY, new Set([root])))) return null;
  return text;
}

/** An element inside chrome the body text leaves out (an <article> teaser in an <aside>). */
function insideChrome(el: DomNode): boolean {
  for (let p = (el as unknown as {parentNode: DomNode | null}).parentNode; p; p = (p as unknown as {parentNode: DomNode | null}).parentNode) {
    if (p.nodeType === 1 && SKIP_BODY.has(p.nodeName.toLowerCase())) return true;
  }
  return false;
}

/** The one element with this tag, or null when there is none or several. */
function soleElement(doc: DomElement, tag: string): DomElement | null {
  const list = doc.getElementsByTagName(tag);
  return list.length === 1 ? list[0] : null;
}

/** Readability's byline test (_isValidByline): rel/itemprop author or a byline class/id, short text. */
function isByline(el: DomElement, match: string): boolean {
  const itemprop = el.getAttribute("itemprop");
  if (!(el.getAttribute("rel") === "author" || (itemprop !== null && itemprop.includes("author")) || BYLINE.test(match))) return false;
  const length = (el.textContent ?? "").trim().length;
  return length > 0 && length < BYLINE_MAX_CHARS;
}

function innerText(el: DomElement): string {
  return (el.textContent ?? "").trim().replace(/\s{2,}/g, " ");
}

/**
 * Readability's _textSimilarity: the share of the heading's words (by length) also in the title.
 *
 * @example similarity("Dam bursts | Valley News", "Dam bursts") // 1
 */
export function similarity(title: string, heading: string): number {
  const a = title.toLowerCase().split(/\W+/).filter(Boolean);
  const b = heading.toLowerCase().split(/\W+/).filter(Boolean);
  if (!a.length || !b.length) return 0;
  const unique = b.filter((t) => !a.includes(t));
  return 1 - unique.join(" ").length / b.join(" ").length;
}
