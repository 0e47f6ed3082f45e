/**
 * Link boxes ("Read more", "Most read", "Also read" lists, asides, newsletter sign-ups) and
 * headline strips (tickers.ts) are navigation: removed from the linkedom tree before any path (simple article, Readability,
 * body) reads it, so their headlines never become article sentences. A box that is the
 * article itself (an <article>/<main>, a wrapper holding most of the page's words, a story
 * that is a list of links) stays.
 */
import {
  LINK_BOX_MAX_PAGE_SHARE,
  LINK_BOX_MAX_PROSE_WORDS,
  LINK_BOX_MIN_SHARE,
  LINK_BOX_NAMES,
  LINK_ITEM_MIN_SHARE,
  LINK_LIST_MIN_SHARE,
  SIGNUP_BOX_NAMES
} from "../model/boilerplate.ts";
import {nameKey, namesAny} from "./class-names.ts";
import {countWords, nodeText, SKIP_BODY, type DomElement, type DomNode} from "./dom-text.ts";
import {isTicker} from "./tickers.ts";

interface TreeElement extends DomElement {
  remove(): void;
}

/**
 * Removes link boxes and lists of links from the page; returns how many elements went.
 * A list of links is a <ul>/<ol> whose items are mostly one link each; a link box is an
 * <aside>, or an element whose class/id names related stories, most-read lists, newsletters
 * (LINK_BOX_NAMES) and whose letters are mostly links (or a short sign-up box), or a headline
 * strip (a ticker, links or not: tickers.ts). Never an
 * <article>/<main>, the headline's box, or a box holding most of the page's words. When the
 * removals together would leave nothing but the headline, nothing is removed and `warnings`
 * says so (a page of links is still that page). An article's own list of facts stays.
 *
 * @example removeLinkBoxes(parseHTML('<p>Rain fell all week.</p><ul><li><a href="/a">Dam bursts</a></li></ul>').document) // 1
 */
export function removeLinkBoxes(doc: DomElement, warnings?: string[]): number {
  const root = (doc as {body?: DomNode | null}).body ?? doc;
  // Words of the page outside chrome, read only when a box is found (most pages have a few).
  let pageWords = -1;
  const doomed: TreeElement[] = [];
  const stack: DomNode[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    const el = node as TreeElement;
    if (node.nodeType === 1 && isBoxOrList(el)) {
      if (pageWords < 0) pageWords = countWords(nodeText(root, SKIP_BODY));
      if (el.localName === "aside" || !holdsMostOf(el, pageWords)) {
        doomed.push(el);
        continue;
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) if (kids[i].nodeType === 1) stack.push(kids[i]);
  }
  if (!doomed.length) return 0;
  if (onlyHeadlineLeft(doc, root, doomed)) {
    warnings?.push(`link boxes kept: removing ${doomed.length} link box${doomed.length > 1 ? "es" : ""} would leave nothing but the headline`);
    return 0;
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}

function isBoxOrList(el: DomElement): boolean {
  const name = el.localName;
  if (name === "aside") return true;
  const key = nameKey(el);
  if (name === "ul" || name === "ol") return isLinkList(el) || isTicker(el, key);
  return isLinkBox(el, key) || isTicker(el, key);
}

/** More than LINK_BOX_MAX_PAGE_SHARE of the page's words are in `el`: it is the article's content. */
function holdsMostOf(el: DomElement, pageWords: number): boolean {
  return countWords(nodeText(el, SKIP_BODY)) > pageWords * LINK_BOX_MAX_PAGE_SHARE;
}

/** The page less `doomed` has no more words than its headline (an empty page counts). */
function onlyHeadlineLeft(doc: DomElement, root: DomNode, doomed: DomNode[]): boolean {
  const left = countWords(nodeText(root, SKIP_BODY, new Set(doomed)));
  const h1 = doc.getElementsByTagName("h1")[0];
  return left <= (h1 ? countWords(h1.textContent ?? "") : 0);
}

/** Never an article's own box: these tags, or an element holding the headline or an article. */
const NEVER_LINK_BOX = new Set(["article", "main", "body", "html"]);

/** An element named as a link box whose letters are mostly links, or a short sign-up box with a link or a form. */
function isLinkBox(el: DomElement, key: string): boolean {
  if (NEVER_LINK_BOX.has(el.localName)) return false;
  if (!namesAny(key, LINK_BOX_NAMES)) return false;
  // "article related-on" wrapping the story itself: its headline tells.
  if (el.getElementsByTagName("h1").length || el.getElementsByTagName("article").length || el.getElementsByTagName("main").length) return false;
  const text = el.textContent ?? "";
  if (linkShare(el, text) >= LINK_BOX_MIN_SHARE) return true;
  return namesAny(key, SIGNUP_BOX_NAMES) && countWords(text) <= LINK_BOX_MAX_PROSE_WORDS && hasAny(el, SIGNUP_TAGS);
}

/** What a sign-up box holds besides its line of text: a "Sign up" link or a form. */
const SIGNUP_TAGS = ["a", "form", "input"];

function hasAny(el: DomElement, tags: readonly string[]): boolean {
  for (const t of tags) if (el.getElementsByTagName(t).length) return true;
  return false;
}

/** A <ul>/<ol> whose non-empty items are mostly links (LINK_LIST_MIN_SHARE of them, each LINK_ITEM_MIN_SHARE a link). */
function isLinkList(list: DomElement): boolean {
  if (list.getElementsByTagName("a").length === 0) return false;
  let items = 0;
  let links = 0;
  const kids = list.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const li = kids[i] as DomElement;
    if (li.nodeType !== 1 || li.localName !== "li") continue;
    const text = li.textContent ?? "";
    if (!/\S/.test(text)) continue;
    items++;
    if (linkShare(li, text) >= LINK_ITEM_MIN_SHARE) links++;
  }
  return items > 0 && links >= items * LINK_LIST_MIN_SHARE;
}

/**
 * Share of the element's non-space characters (of `text`, its textContent) that sit inside links.
 *
 * @example linkShare(p, p.textContent) // 0.5 for <p><a>Rain</a> fell</p>
 */
export function linkShare(el: DomElement, text: string): number {
  const all = visible(text);
  if (!all) return 0;
  let inLinks = 0;
  const anchors = el.getElementsByTagName("a");
  for (let i = 0; i < anchors.length; i++) inLinks += visible(anchors[i].textContent ?? "");
  return Math.min(1, inLinks / all);
}

function visible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}
