/**
 * The headline line of an HTML article: what a reader sees on the page, the article's <h1>.
 * Readability and the simple-article path drop an <h1> that mostly repeats the page's title,
 * and the <title> (the browser tab's text) may say less than the <h1>: "Flood: villagers
 * rescued after days on roofs - Daily Wire" above an <h1> "Flood: villagers rescued after 6
 * days on roofs". The text's headline line is the <h1>'s when it says more than the title;
 * the title stays the line of a page whose <h1> only repeats it, or that has none.
 */
import {nodeText, SKIP, type DomElement} from "./dom-text.ts";

interface TreeElement extends DomElement {
  parentNode: TreeElement | null;
}

/** Ancestors that make an <h1> chrome: another story's box or the site's navigation. */
const CHROME = new Set(["nav", "aside", "footer", "menu"]);
/** How many lines at the top of the text may already hold the headline (a section label or a ticker may sit above it). */
const HEADLINE_TOP_LINES = 4;

/**
 * The page's own headline: the text of the first visible, non-empty <h1> inside the page's
 * <article> or <main> (on a page with neither, outside the page's header and navigation), on
 * one line. Null when there is none: a site's name in an <h1> of the page header is no headline.
 * Read before Readability rewrites the tree.
 *
 * `h1`: headlineElement(doc) when the caller already found it (htmlToText hands the same
 * element to page-parts.ts): finding it walks the whole page three times.
 *
 * @example pageHeadline(parseHTML("<header><h1>Valley News</h1></header><article><h1>Dam bursts</h1></article>").document) // "Dam bursts"
 */
export function pageHeadline(doc: DomElement, h1: DomElement | null = headlineElement(doc)): string | null {
  return h1 ? headingText(h1) : null;
}

/**
 * The <h1> pageHeadline reads (null when none): page-parts.ts looks for the standfirst beside
 * this one, not beside a site-name <h1> that comes first in the page header.
 *
 * @example headlineElement(parseHTML("<header><h1>Valley News</h1></header><main><h1>Dam bursts</h1></main>").document)?.textContent // "Dam bursts"
 */
export function headlineElement(doc: DomElement): DomElement | null {
  const boxed = doc.getElementsByTagName("article").length > 0 || doc.getElementsByTagName("main").length > 0;
  for (const h1 of Array.from(doc.getElementsByTagName("h1")) as TreeElement[]) {
    if (isArticleHeading(h1, boxed) && /[\p{L}\p{N}]/u.test(headingText(h1))) return h1;
  }
  return null;
}

/** An <h1>'s text on one line: lines split by a <br> or a <span class="block"> read as one headline. */
function headingText(h1: DomElement): string {
  return nodeText(h1, SKIP).replace(/\s+/g, " ").trim();
}

/**
 * An <h1> a reader sees as the article's headline: not hidden, not in nav/aside/footer/menu,
 * not in a <header> of the page (one inside the <article> or <main> is the article's own), and
 * inside an <article> or <main> when the page has one (`boxed`).
 */
function isArticleHeading(h1: TreeElement, boxed: boolean): boolean {
  let header = false;
  let inBox = false;
  for (let el: TreeElement | null = h1; el && el.nodeType === 1; el = el.parentNode) {
    if (isHidden(el)) return false;
    const name = el.localName;
    if (CHROME.has(name)) return false;
    // A <header> below the <article> or <main> is the article's own (its h1 is the headline);
    // <header><h1>Valley News</h1></header> with no box above it is the site's.
    if (name === "article" || name === "main") {
      inBox = true;
      header = false;
    } else if (name === "header" && !inBox) header = true;
  }
  return boxed ? inBox : !header;
}

/** Hidden from readers by an attribute or an inline style (a duplicate <h1> kept for search engines). */
function isHidden(el: TreeElement): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The headline line of the text: the page's <h1> when it says something the title does not
 * (a word of the <h1> missing from the title: "… rescued after 6 days on roofs" under a title
 * "… rescued after days on roofs - Daily Wire"), else the title as the page gives it. An <h1>
 * that only repeats the title's words ("Dam bursts" under "Dam bursts | Valley News") leaves
 * the title line as it was: the gold sets were read with that line, and cutting the site's
 * name off it moves a figure at the end of a headline ("… storm kills three | Site") in and out
 * of reach of stage 05.
 *
 * @example headlineFor("Dam bursts, 6 missing", "Dam bursts | Valley News") // "Dam bursts, 6 missing"
 */
export function headlineFor(h1: string | null, title: string | null): string | null {
  if (!h1) return title;
  if (!title) return h1;
  const said = new Set(words(title));
  return words(h1).some((w) => !said.has(w)) ? h1 : title;
}

/** Lower-case words and numbers of a line ("Flood: 6 days" → flood, 6, days). */
function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The text with the headline on top, unless the text already has a headline among its first
 * lines: the headline itself, or the page's <h1> (`shown`) that Readability kept below a section
 * label, on one line or on two (an <h1> split by a <br>). The headline is never printed twice:
 * a title line above the <h1> that says the same thing would be a second headline.
 *
 * @example withHeadline("Rain fell.", "Dam bursts") // "Dam bursts\nRain fell."
 */
export function withHeadline(text: string, headline: string | null, shown: string | null = null): string {
  if (!headline) return text;
  if (!text) return headline;
  const top = topLines(text);
  if (atTop(top, collapse(headline)) || (shown && atTop(top, collapse(shown)))) return text;
  return `${headline}\n${text}`;
}

/**
 * Whether the text already opens with `line` as withHeadline reads it: one of its first lines, or
 * two of them joined, is the line (spaces collapsed). Markdown's front-matter title uses it too.
 *
 * @example opensWith("KAMPALA\n\nFerry sinks\nRescuers searched.", "Ferry sinks") // true
 */
export function opensWith(text: string, line: string): boolean {
  return atTop(topLines(text), collapse(line));
}

/** The text's first lines that may hold its headline, spaces collapsed (one more, for a headline on two lines). */
function topLines(text: string): string[] {
  return text.split("\n", HEADLINE_TOP_LINES + 1).map(collapse);
}

/** Whether one of the first lines, or two of them joined, is `want`. */
function atTop(top: string[], want: string): boolean {
  for (let i = 0; i < Math.min(top.length, HEADLINE_TOP_LINES); i++) {
    if (top[i] === want || (i + 1 < top.length && `${top[i]} ${top[i + 1]}` === want)) return true;
  }
  return false;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
