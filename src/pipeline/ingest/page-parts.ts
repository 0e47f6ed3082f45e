/**
 * What the page's markup says about its text, read from the linkedom tree before Readability
 * rewrites it:
 *  - link boxes ("Read more", "Most read", "Also read" lists, asides, newsletter boxes) are
 *    navigation: removed from the tree, so no path (simple article, Readability, body) reads
 *    their headlines as article sentences;
 *  - captions (<figcaption>) and the standfirst under the headline (an <h2 class="sub-text">)
 *    are article text Readability often leaves out (they sit beside the body it picks): they
 *    are put back in reading order, and their lines are named so stage 02 gives captions the
 *    kind "caption" and a standfirst the kind "body" (see MarkupSpan).
 */
import {
  LINK_BOX_MAX_PROSE_WORDS,
  LINK_BOX_NAMES,
  LINK_ITEM_MIN_SHARE,
  LINK_LIST_MIN_SHARE,
  STANDFIRST_NAMES
} from "../model/boilerplate.ts";
import type {MarkupSpan, SentenceKind} from "../types.ts";

export type {MarkupSpan} from "../types.ts";
import {countWords, nodeText, SKIP, type DomElement, type DomNode} from "./dom-text.ts";


/** Text the markup names: caption lines and standfirst lines, each as it reads in nodeText. */
export interface PageParts {
  captions: string[];
  standfirsts: string[];
}

interface TreeElement extends DomElement {
  parentNode: TreeElement | null;
  nextElementSibling: TreeElement | null;
  remove(): void;
}

/** Elements a caption or standfirst must not sit in (chrome every path leaves out). */
const CHROME = new Set(["nav", "footer", "aside", "menu"]);
/** Elements that may hold a standfirst. */
const STANDFIRST_TAGS = new Set(["h2", "h3", "h4", "p", "div"]);
/** A standfirst is a sentence or two: fewer words is a label, more is the body. */
const STANDFIRST_MIN_WORDS = 4;
const STANDFIRST_MAX_WORDS = 80;

/**
 * Removes link boxes and lists of links from the page; returns how many elements went.
 * A list of links is a <ul>/<ol> whose items are mostly one link each; a link box is an
 * <aside>, or an element whose class/id names related stories, most-read lists, newsletters
 * (LINK_BOX_NAMES) unless it holds the headline or reads as prose. An article's own list of
 * facts (items of plain text) stays.
 *
 * @example removeLinkBoxes(parseHTML('<p>Rain.</p><ul><li><a href="/a">Dam bursts</a></li></ul>').document) // 1
 */
export function removeLinkBoxes(doc: DomElement): number {
  const doomed: TreeElement[] = [];
  const stack: DomNode[] = [doc];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1 && node.nodeType !== 9) continue;
    const el = node as TreeElement;
    const name = el.localName;
    if (node.nodeType === 1 && (name === "aside" || ((name === "ul" || name === "ol") && isLinkList(el)) || (name !== "body" && name !== "html" && isLinkBox(el)))) {
      doomed.push(el);
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) if (kids[i].nodeType === 1) stack.push(kids[i]);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}

/** Lower-cased class and id with "-", "_" and spaces dropped ("Most-Read box" → "mostreadbox"). */
function nameKey(el: DomElement): string {
  const raw = `${el.getAttribute("class") ?? ""}${el.getAttribute("id") ?? ""}`;
  return raw ? raw.toLowerCase().replace(/[-_\s]+/g, "") : "";
}

function namesAny(key: string, names: readonly string[]): boolean {
  if (!key) return false;
  for (const n of names) if (key.includes(n)) return true;
  return false;
}

/** An element named as a link box, holding no headline and little prose outside its links. */
function isLinkBox(el: DomElement): boolean {
  if (!namesAny(nameKey(el), LINK_BOX_NAMES)) return false;
  // "article related-on" wrapping the story itself: its headline or its prose tells.
  if (el.getElementsByTagName("h1").length || el.getElementsByTagName("article").length) return false;
  const text = el.textContent ?? "";
  if (countWords(text) <= LINK_BOX_MAX_PROSE_WORDS) return true;
  return linkShare(el, text) >= 0.5;
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

/** Share of the element's non-space characters that sit inside links. */
function linkShare(el: DomElement, text: string): number {
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

/**
 * The captions and the standfirst of a page, outside chrome: every <figcaption>'s lines, and
 * a short heading or paragraph right after the page's <h1> that is an <h2>/<h3>, or any
 * element whose class/id names a standfirst (STANDFIRST_NAMES).
 *
 * @example pageParts(parseHTML("<h1>Dam bursts</h1><h2>Rivers rose for three days in June</h2>").document).standfirsts // ["Rivers rose for three days in June"]
 */
export function pageParts(doc: DomElement): PageParts {
  const captions: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("figcaption")) as TreeElement[]) {
    if (inChrome(el)) continue;
    for (const line of nodeText(el, SKIP).split("\n")) if (line) captions.push(line);
  }
  const standfirsts: string[] = [];
  const seen = new Set<DomElement>();
  const h1 = doc.getElementsByTagName("h1")[0] as TreeElement | undefined;
  const next = h1?.nextElementSibling;
  if (next && (next.localName === "h2" || next.localName === "h3")) addStandfirst(next, standfirsts, seen);
  for (const tag of STANDFIRST_TAGS) {
    for (const el of Array.from(doc.getElementsByTagName(tag)) as TreeElement[]) {
      if (namesAny(nameKey(el), STANDFIRST_NAMES)) addStandfirst(el, standfirsts, seen);
    }
  }
  return {captions, standfirsts};
}

function addStandfirst(el: TreeElement, out: string[], seen: Set<DomElement>): void {
  if (seen.has(el) || inChrome(el)) return;
  seen.add(el);
  const text = nodeText(el, SKIP);
  const words = countWords(text);
  if (words < STANDFIRST_MIN_WORDS || words > STANDFIRST_MAX_WORDS || text.includes("\n")) return;
  if (linkShare(el, text) >= 0.5) return;
  out.push(text);
}

/** Inside nav, footer, aside or menu, or a <header> of the page (not of an <article>/<main>). */
function inChrome(el: TreeElement): boolean {
  let header = false;
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const name = p.localName;
    if (CHROME.has(name)) return true;
    if (name === "header") header = true;
    else if (name === "article" || name === "main") return false;
  }
  return header;
}

/**
 * The extracted text with every caption or standfirst line it lacks put back in reading order
 * (before the first line of `text` that follows it in `page`, the whole page's text, or at the
 * end), and the lines put back. Lines already in `text` are left where they are.
 *
 * @example restoreParts("Rain fell.", "Dam bursts\nRain fell.", {captions: [], standfirsts: ["Dam bursts"]}).text // "Dam bursts\nRain fell."
 */
export function restoreParts(text: string, page: string, parts: PageParts): {text: string; restored: PageParts} {
  const restored: PageParts = {captions: [], standfirsts: []};
  const lines = text.split("\n");
  const have = new Set(lines);
  const missing = new Set([...parts.standfirsts, ...parts.captions].filter((l) => !have.has(l)));
  if (!missing.size) return {text, restored};
  for (const l of parts.captions) if (missing.has(l)) restored.captions.push(l);
  for (const l of parts.standfirsts) if (missing.has(l)) restored.standfirsts.push(l);
  const pageLines = page.split("\n");
  // Each kept line's place in the page, matched in order (a line printed twice takes the next one).
  const at: number[] = [];
  let q = 0;
  for (const line of lines) {
    let k = q;
    while (k < pageLines.length && pageLines[k] !== line) k++;
    if (k < pageLines.length) q = k + 1;
    at.push(k < pageLines.length ? k : -1);
  }
  const before = new Map<number, string[]>();
  const tail: string[] = [];
  for (let p = 0; p < pageLines.length; p++) {
    const line = pageLines[p];
    if (!missing.has(line)) continue;
    missing.delete(line);
    const i = at.findIndex((k) => k > p);
    if (i < 0) tail.push(line);
    else before.set(i, [...(before.get(i) ?? []), line]);
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) out.push(...(before.get(i) ?? []), lines[i]);
  out.push(...tail);
  return {text: out.join("\n"), restored};
}

/**
 * Spans of `text` whose lines are a caption or a standfirst, as MarkupSpans (offsets into
 * `text`, each a whole line).
 *
 * @example markupSpans("Dam bursts\nRain fell.", {captions: ["Rain fell."], standfirsts: []}) // [{start: 11, end: 21, kind: "caption"}]
 */
export function markupSpans(text: string, parts: PageParts): MarkupSpan[] {
  const kinds = new Map<string, SentenceKind>();
  for (const l of parts.standfirsts) kinds.set(l, "body");
  for (const l of parts.captions) kinds.set(l, "caption");
  const out: MarkupSpan[] = [];
  if (!kinds.size) return out;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const kind = kinds.get(text.slice(start, end));
    if (kind) out.push({start, end, kind});
    start = end + 1;
  }
  return out;
}
