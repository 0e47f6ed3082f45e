/**
 * What the page's markup says about its text, read from the linkedom tree before Readability
 * rewrites it (link boxes are removed first, see link-boxes.ts): captions (<figcaption>) and
 * the standfirst under the headline (an <h2 class="sub-text">) are article text Readability
 * often leaves out (they sit beside the body it picks). They are put back in reading order,
 * and their lines are named so stage 02 gives captions the kind "caption" and a standfirst the
 * kind "body" (see MarkupSpan).
 */
import {
  CAPTION_MIN_KEPT_SHARE,
  STANDFIRST_MAX_LINK_SHARE,
  STANDFIRST_MAX_WORDS,
  STANDFIRST_MIN_WORDS,
  STANDFIRST_NAMES,
  STANDFIRST_TAGS
} from "../model/boilerplate.ts";
import type {MarkupSpan, SentenceKind} from "../types.ts";
import {CHROME_TAGS, countWords, elementsByTag, nodeText, SKIP, type DomElement} from "./dom-text.ts";
import {nameKey, namesAny} from "./class-names.ts";
import {headlineElement} from "./headline.ts";
import {linkShare} from "./link-boxes.ts";

/** Text the markup names: caption lines and standfirst lines, each as it reads in nodeText. */
export interface PageParts {
  captions: string[];
  standfirsts: string[];
}

interface TreeElement extends DomElement {
  parentNode: TreeElement | null;
  nextElementSibling: TreeElement | null;
}

/** Elements a caption or standfirst must not sit in (chrome every path leaves out; a <header> is judged apart). */
const CHROME = new Set(CHROME_TAGS.filter((t) => t !== "header"));
/** One walk finds every standfirst candidate in page order (elementsByTag). */
const STANDFIRST_TAG_SET: ReadonlySet<string> = new Set(STANDFIRST_TAGS);

/**
 * The captions and the standfirst of a page, outside chrome: every <figcaption>'s lines, and
 * at most one standfirst: the first element in the headline's box (its <article>, <main> or
 * <header>, else the <h1>'s parent) that is the <h2>/<h3> right after the <h1> or is named a
 * standfirst (STANDFIRST_NAMES), reads as a sentence or two, and is not in a repeated card
 * (another story's teaser: `<div class="card"><p class="card-excerpt">` beside its twins).
 *
 * `h1`: headlineElement(doc), when the caller already found it (see pageHeadline).
 *
 * @example pageParts(parseHTML("<h1>Dam bursts</h1><h2>Rivers rose for three days in June</h2>").document).standfirsts // ["Rivers rose for three days in June"]
 */
export function pageParts(doc: DomElement, h1: DomElement | null = headlineElement(doc)): PageParts {
  const captions: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("figcaption")) as TreeElement[]) {
    if (inChrome(el)) continue;
    for (const line of nodeText(el, SKIP).split("\n")) if (line) captions.push(line);
  }
  const standfirst = h1 ? findStandfirst(h1 as TreeElement) : null;
  return {captions, standfirsts: standfirst ? [standfirst] : []};
}

/**
 * The first standfirst candidate in the headline's box that passes standfirstText. The headline
 * is the article's own <h1> (headline.ts), not the first in the page: in `<header><h1>Valley
 * News</h1><h2>Your paper since 1920</h2></header>` the site's tagline is no standfirst.
 */
function findStandfirst(h1: TreeElement): string | null {
  const box = headlineBox(h1);
  if (!box) return null;
  const next = h1.nextElementSibling;
  const heading = next && (next.localName === "h2" || next.localName === "h3") ? next : null;
  for (const el of elementsByTag(box, STANDFIRST_TAG_SET) as TreeElement[]) {
    if (el !== heading && !namesAny(nameKey(el), STANDFIRST_NAMES)) continue;
    // The heading right after the <h1> is beside it, in no teaser grid: a section heading's class
    // it shares (<h2 class="block-heading"> above each section) says nothing against it.
    const text = standfirstText(el, box, el === heading);
    if (text) return text;
  }
  return null;
}

/** The headline's <article> or <main>, else its <header>, else its parent. */
function headlineBox(h1: TreeElement): TreeElement | null {
  let header: TreeElement | null = null;
  for (let p = h1.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    if (p.localName === "article" || p.localName === "main") return p;
    if (p.localName === "header") header ??= p;
  }
  return header ?? h1.parentNode;
}

/** The element's text when it reads as a standfirst: one line of a sentence or two, mostly not links, outside chrome and cards. */
function standfirstText(el: TreeElement, box: TreeElement, besideHeadline: boolean): string | null {
  if (inChrome(el) || (!besideHeadline && inCard(el, box))) return null;
  const text = nodeText(el, SKIP);
  const words = countWords(text);
  if (words < STANDFIRST_MIN_WORDS || words > STANDFIRST_MAX_WORDS || text.includes("\n")) return null;
  return linkShare(el, text) >= STANDFIRST_MAX_LINK_SHARE ? null : text;
}

/** `el` or an ancestor below `box` has a sibling of the same tag and class: one card of a grid of teasers. */
function inCard(el: TreeElement, box: TreeElement): boolean {
  for (let p: TreeElement | null = el; p && p !== box && p.nodeType === 1; p = p.parentNode) {
    const cls = p.getAttribute("class");
    const parent = p.parentNode;
    if (!cls || !parent) continue;
    const kids = parent.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i] as DomElement;
      if (k !== p && k.nodeType === 1 && k.localName === p.localName && k.getAttribute("class") === cls) return true;
    }
  }
  return false;
}

/** Inside nav, footer, aside or menu, or a <header> of the page (not of an <article>/<main>). */
function inChrome(el: TreeElement): boolean {
  let header = false;
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const name = p.localName;
    if (name === "header") header = true;
    else if (CHROME.has(name)) return true;
    else if (name === "article" || name === "main") return false;
  }
  return header;
}

/**
 * The extracted text with every caption or standfirst line it lacks put back in reading order
 * (before the first line of `text` that follows it in `page`, the whole page's text, or at the
 * end), and the lines put back. A standfirst goes back only above the text's first line (one
 * found after it is no standfirst); a caption is there already when a line of `text` holds it
 * or is most of it (Readability trimmed a "Share" button inside the <figcaption>).
 *
 * @example restoreParts("Rain fell.", "Dam bursts\nRain fell.", {captions: [], standfirsts: ["Dam bursts"]}).text // "Dam bursts\nRain fell."
 */
export function restoreParts(text: string, page: string, parts: PageParts): {text: string; restored: PageParts} {
  const restored: PageParts = {captions: [], standfirsts: []};
  const lines = text.split("\n");
  const have = new Set(lines);
  const standfirsts = new Set(parts.standfirsts.filter((l) => !have.has(l)));
  const captions = new Set(parts.captions.filter((l) => !have.has(l)));
  if (captions.size) for (const l of keptCaptions(captions, lines)) captions.delete(l);
  if (!standfirsts.size && !captions.size) return {text, restored};
  const pageLines = page.split("\n");
  const at = placeLines(lines, pageLines);
  const first = at.find((k) => k >= 0) ?? -1;
  const before = new Map<number, string[]>();
  const tail: string[] = [];
  // `i` is the first kept line placed after page line p (placed lines are in page order).
  let i = 0;
  for (let p = 0; p < pageLines.length; p++) {
    const line = pageLines[p];
    const caption = captions.delete(line);
    const standfirst = !caption && standfirsts.delete(line) && first > p;
    if (!caption && !standfirst) continue;
    (caption ? restored.captions : restored.standfirsts).push(line);
    while (i < at.length && at[i] <= p) i++;
    if (i === at.length) tail.push(line);
    else before.set(i, [...(before.get(i) ?? []), line]);
  }
  const out: string[] = [];
  for (let j = 0; j < lines.length; j++) out.push(...(before.get(j) ?? []), lines[j]);
  out.push(...tail);
  return {text: out.join("\n"), restored};
}

/**
 * Each line's place in the page (-1: not found), matched in order: a line printed twice takes
 * its next place after the line before. Page lines are indexed once (not scanned per line).
 */
function placeLines(lines: string[], pageLines: string[]): number[] {
  const places = new Map<string, number[]>();
  for (let p = 0; p < pageLines.length; p++) {
    const list = places.get(pageLines[p]);
    if (list) list.push(p);
    else places.set(pageLines[p], [p]);
  }
  // Places before q are never wanted again (q only grows): each list is read from a cursor.
  const cursor = new Map<string, number>();
  const at: number[] = [];
  let q = 0;
  for (const line of lines) {
    const list = places.get(line);
    let c = cursor.get(line) ?? 0;
    while (list && c < list.length && list[c] < q) c++;
    if (list && c < list.length) {
      at.push(list[c]);
      q = list[c] + 1;
      c++;
    } else at.push(-1);
    cursor.set(line, c);
  }
  return at;
}

/** The captions a line of `lines` already holds, or nearly is (spaces collapsed). */
function keptCaptions(captions: Set<string>, lines: string[]): string[] {
  const flat = lines.map(collapse);
  const kept: string[] = [];
  for (const cap of captions) {
    const c = collapse(cap);
    if (flat.some((l) => l.includes(c) || (l.length >= c.length * CAPTION_MIN_KEPT_SHARE && c.includes(l)))) kept.push(cap);
  }
  return kept;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
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
