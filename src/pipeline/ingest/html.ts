/**
 * HTML articles: main text via linkedom + Readability (fallback: the body's text), plus
 * the metadata a page carries (title, article:published_time, og:site_name, canonical URL).
 * The text's first line is the page's headline (its <h1> when it says more than its title, else
 * its title: see headline.ts).
 * Text is read from DOM text nodes only: markup never reaches Article.text, and an escaped
 * "&lt;script&gt;" in the article stays the literal text "<script>".
 */
import {parseHTML} from "linkedom";
import {Readability} from "@mozilla/readability";
import {HTML_DATE_META} from "../model/ingest-metadata.ts";
import {countWords, elementsByTag, nodeText, SKIP, SKIP_BODY, type DomElement, type DomNode} from "./dom-text.ts";
import type {MarkupSpan} from "../types.ts";
import {removeLinkBoxes} from "./link-boxes.ts";
import {headlineElement, headlineFor, pageHeadline, withHeadline} from "./headline.ts";
import {markupSpans, pageParts, restoreParts, type PageParts} from "./page-parts.ts";
import {simpleArticleText} from "./simple-article.ts";
import {bylineParts} from "./byline.ts";

export interface HtmlResult {
  text: string;
  title: string | null;
  published: string | null;
  siteName: string | null;
  url: string | null;
  /** "article" (a simple page's one <article>, see simple-article.ts), "readability", or "body" (Readability found no article). */
  via: "article" | "readability" | "body";
  /** Lines put back from the markup (see page-parts.ts): a <figcaption>'s ("caption"), a standfirst's ("body"). */
  markup: MarkupSpan[];
  /**
   * The byline element's text when the page's metadata gives no date (see byline.ts), else null:
   * the text drops the byline, and a page may state its date only there.
   */
  byline: string | null;
  /**
   * The date stamp inside the byline or the article's own <header> when the page's metadata gives
   * no date (see byline.ts), else null: "<span class="date">8 June 2023</span>".
   */
  dateStamp: string | null;
  /** Notes for Article.warnings (link boxes kept because removing them would empty the page). */
  warnings: string[];
}

/**
 * Readability is super-linear on deep trees (300 nested divs: 2 s; 1,000: 80 s), so pages
 * deeper or bigger than this skip it and use the body text (a hostile or broken page, rarely
 * a real article: news pages nest 20–60 levels).
 */
const READABILITY_MAX_DEPTH = 80;
const READABILITY_MAX_ELEMENTS = 20_000;
/** Readability output with fewer words than this is not trusted; the body is used instead. */
const MIN_READABILITY_WORDS = 25;

/**
 * Extracts the main text and metadata of an HTML page.
 *
 * @example htmlToText("<title>T</title><p>Floods hit the valley.</p>").text // "T\nFloods hit the valley."
 */
export function htmlToText(html: string): HtmlResult {
  // One parse serves the metadata, the simple-article test, the body text and Readability:
  // everything that reads the tree runs before Readability rewrites it.
  const {document} = parseHTML(wrap(html));
  const doc = document as unknown as DomElement;
  const {authored, ...meta} = readMeta(doc);
  // Lists of links to other stories are navigation on every path; captions and the standfirst
  // are read now, while the tree is still the page.
  const warnings: string[] = [];
  removeLinkBoxes(doc, warnings);
  // Read before the text is taken (both paths drop the byline), and only when metadata has no date.
  const {byline, dateStamp} = meta.published ? {byline: null, dateStamp: null} : bylineParts(doc);
  // The article's own <h1> (found once: the standfirst sits beside it, and its text is the headline).
  const h1Element = headlineElement(doc);
  const parts = pageParts(doc, h1Element);
  // The headline a reader sees (the article's <h1>), read now: Readability may drop it.
  const h1 = pageHeadline(doc, h1Element);
  const body = (document as unknown as {body: DomNode | null}).body;
  // A page naming its author in metadata: Readability then keeps the byline in the text, which
  // the simple-article path would drop, so Readability decides.
  let text = (!authored && simpleArticleText(doc, meta.title, body)) || "";
  let via: HtmlResult["via"] = text ? "article" : "body";
  let bodyText = "";
  // The whole page's text in reading order, where captions or a standfirst may need putting back.
  let pageText = "";
  if (!text) {
    if (body && (parts.captions.length || parts.standfirsts.length)) pageText = nodeText(body, SKIP);
    // The fallback text is read now, while the tree is still the page (Readability rewrites it).
    bodyText = body ? nodeText(body, SKIP_BODY) : "";
    try {
      const root = (document as unknown as {documentElement: DomNode | null}).documentElement;
      const article =
        root && withinLimits(root)
          ? (new Readability(document as unknown as Document, {charThreshold: 100, maxElemsToParse: READABILITY_MAX_ELEMENTS, serializer: (el: Node) => el} as never).parse() as unknown as {content: DomNode | null} | null)
          : null;
      if (article?.content) {
        const t = nodeText(article.content, SKIP);
        if (countWords(t) >= MIN_READABILITY_WORDS) {
          text = t;
          via = "readability";
        }
      }
    } catch {
      // Readability gave up on this page: fall back to the body below.
    }
  }
  if (!text) text = bodyText;
  // Readability keeps the body it picked: a caption or standfirst beside it is put back in place,
  // and only those lines get a kind from the markup. A caption Readability kept is judged by its
  // text as before: the gold sets disagree on captions (some annotate a relation or a date that a
  // kept <figcaption> states), and text put back must not cost what was read before.
  let restored: PageParts = {captions: [], standfirsts: []};
  if (pageText) ({text, restored} = restoreParts(text, pageText, parts));
  // Readability usually drops the <h1> (one that mostly repeats the title): put it back on top so
  // later stages see its words ("… rescued after 6 days" under a <title> "… after days").
  text = withHeadline(text, headlineFor(h1, meta.title), h1);
  return {...meta, text, via, markup: markupSpans(text, restored), byline, dateStamp, warnings};
}

function wrap(html: string): string {
  // linkedom needs a document element; fragments ("<p>…</p>") get one.
  return /<html[\s>]/i.test(html.slice(0, 2000)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** The elements readMeta reads, found by one walk in document order (elementsByTag). */
const META_TAGS: ReadonlySet<string> = new Set(["meta", "link", "script", "title", "h1", "time"]);

/** Meta names and properties Readability reads a byline from (dc:creator, author, article:author, …). */
const AUTHOR_META = /author|creator/i;

/** The page's metadata, and whether it names an author (in meta tags or JSON-LD). */
function readMeta(doc: DomElement): Omit<HtmlResult, "text" | "via" | "markup" | "byline" | "dateStamp" | "warnings"> & {authored: boolean} {
  const metas: DomElement[] = [];
  const links: DomElement[] = [];
  const scripts: DomElement[] = [];
  let titleEl: DomElement | null = null;
  let h1: DomElement | null = null;
  let timeEl: DomElement | null = null;
  for (const el of elementsByTag(doc, META_TAGS)) {
    const name = (el as unknown as {localName: string}).localName;
    if (name === "meta") metas.push(el);
    else if (name === "link") links.push(el);
    else if (name === "script") scripts.push(el);
    else if (name === "title") titleEl ??= el;
    else if (name === "h1") h1 ??= el;
    else if (name === "time" && !timeEl && el.getAttribute("datetime") !== null) timeEl = el;
  }
  // Each meta's key once: (property ?? name ?? itemprop), lower case.
  const keys = metas.map((el) => (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase());
  const metaContent = (key: string): string | null => {
    for (let i = 0; i < metas.length; i++) {
      if (keys[i] !== key) continue;
      const v = clean(metas[i].getAttribute("content"));
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLd(scripts);
  const title = metaContent("og:title") ?? clean(ld.headline) ?? clean(titleEl?.textContent) ?? clean(h1?.textContent) ?? null;
  let published: string | null = null;
  for (const key of HTML_DATE_META) if (!published) published = metaContent(key);
  published ??= clean(ld.datePublished) ?? clean(timeEl?.getAttribute("datetime"));
  const siteName = metaContent("og:site_name") ?? clean(ld.publisher) ?? metaContent("application-name");
  const canonical = links.find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"));
  const url = clean(canonical?.getAttribute("href")) ?? metaContent("og:url") ?? clean(ld.url);
  const authored =
    metas.some((el) => AUTHOR_META.test(`${el.getAttribute("property") ?? ""} ${el.getAttribute("name") ?? ""}`) && !!clean(el.getAttribute("content"))) ||
    scripts.some((el) => (el.getAttribute("type") ?? "").toLowerCase() === "application/ld+json" && /author/i.test(el.textContent ?? ""));
  return {title, published, siteName, url: url && /^https?:\/\//i.test(url) ? url : null, authored};
}

/** headline / datePublished / publisher name / url from JSON-LD blocks (NewsArticle…). */
function jsonLd(scripts: DomElement[]): {headline?: string; datePublished?: string; publisher?: string; url?: string} {
  const out: {headline?: string; datePublished?: string; publisher?: string; url?: string} = {};
  for (const el of scripts) {
    if ((el.getAttribute("type") ?? "").toLowerCase() !== "application/ld+json") continue;
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let n = 0; queue.length && n < 200; n++) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o["@graph"])) queue.push(...(o["@graph"] as unknown[]));
        if (typeof o.datePublished === "string") {
          out.datePublished ??= o.datePublished;
          if (typeof o.headline === "string") out.headline ??= o.headline;
          if (typeof o.url === "string") out.url ??= o.url;
          const pub = o.publisher as Record<string, unknown> | undefined;
          if (pub && typeof pub.name === "string") out.publisher ??= pub.name;
        }
      }
    }
  }
  return out;
}

function clean(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/g, " ").trim();
  return t || null;
}

/** Depth and size check before Readability (iterative, stops early). */
function withinLimits(root: DomNode): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  let elements = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    if (++elements > READABILITY_MAX_ELEMENTS || depth > READABILITY_MAX_DEPTH) return false;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], depth + 1]);
  }
  return true;
}
