/**
 * HTML articles: main text via linkedom + Readability (fallback: the body's text), plus
 * the metadata a page carries (title, article:published_time, og:site_name, canonical URL).
 * Text is read from DOM text nodes only: markup never reaches Article.text, and an escaped
 * "&lt;script&gt;" in the article stays the literal text "<script>".
 */
import {parseHTML} from "linkedom";
import {Readability} from "@mozilla/readability";
import {HTML_DATE_META} from "../model/ingest-metadata.ts";

export interface HtmlResult {
  text: string;
  title: string | null;
  published: string | null;
  siteName: string | null;
  url: string | null;
  /** "readability" or "body" (Readability found no article). */
  via: "readability" | "body";
}

/** Elements whose content is never article text. */
const SKIP = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "form", "button", "input", "select", "textarea", "head", "video", "audio", "map", "dialog"]);
/** Extra chrome skipped when falling back to the whole body. */
const SKIP_BODY = new Set(["nav", "header", "footer", "aside", "menu"]);
/** Elements that start a new line. */
const BLOCK = new Set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "figure", "figcaption", "caption", "header", "footer", "aside", "nav", "address", "hr", "br", "details", "summary", "body", "html"]);
/**
 * Readability is super-linear on deep trees (300 nested divs: 2 s; 1,000: 80 s), so pages
 * deeper or bigger than this skip it and use the body text (a hostile or broken page, rarely
 * a real article: news pages nest 20–60 levels).
 */
const READABILITY_MAX_DEPTH = 80;
const READABILITY_MAX_ELEMENTS = 20_000;
/** Readability output with fewer words than this is not trusted; the body is used instead. */
const MIN_READABILITY_WORDS = 25;

// Minimal structural view of the DOM nodes we read (linkedom's own types differ from lib.dom's).
interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

/**
 * Extracts the main text and metadata of an HTML page.
 *
 * @example htmlToText("<title>T</title><p>Floods hit the valley.</p>").text // "T\nFloods hit the valley."
 */
export function htmlToText(html: string): HtmlResult {
  // One parse serves the metadata and Readability: metadata is read first, before Readability
  // rewrites the tree (the body fallback below parses again for that reason).
  const {document} = parseHTML(wrap(html));
  const meta = readMeta(document as unknown as DomElement);
  let text = "";
  let via: HtmlResult["via"] = "body";
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
  if (!text) {
    const {document} = parseHTML(wrap(html));
    const body = (document as unknown as {body: DomNode | null}).body;
    const skip = new Set([...SKIP, ...SKIP_BODY]);
    text = body ? nodeText(body, skip) : "";
  }
  // Readability usually drops the <h1>; put the headline back on top so later stages see it.
  if (meta.title && !text.split("\n").slice(0, 4).some((l) => l.trim() === meta.title)) text = text ? `${meta.title}\n${text}` : meta.title;
  return {...meta, text, via};
}

function wrap(html: string): string {
  // linkedom needs a document element; fragments ("<p>…</p>") get one.
  return /<html[\s>]/i.test(html.slice(0, 2000)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function readMeta(doc: DomElement): Omit<HtmlResult, "text" | "via"> {
  const metaContent = (key: string): string | null => {
    for (const el of Array.from(doc.querySelectorAll("meta"))) {
      const name = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
      if (name === key) {
        const v = clean(el.getAttribute("content"));
        if (v) return v;
      }
    }
    return null;
  };
  const ld = jsonLd(doc);
  const titleEl = doc.querySelector("title");
  const h1 = doc.querySelector("h1");
  const title = metaContent("og:title") ?? clean(ld.headline) ?? clean(titleEl?.textContent) ?? clean(h1?.textContent) ?? null;
  let published: string | null = null;
  for (const key of HTML_DATE_META) if (!published) published = metaContent(key);
  published ??= clean(ld.datePublished) ?? clean(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
  const siteName = metaContent("og:site_name") ?? clean(ld.publisher) ?? metaContent("application-name");
  const canonical = Array.from(doc.querySelectorAll("link")).find((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"));
  const url = clean(canonical?.getAttribute("href")) ?? metaContent("og:url") ?? clean(ld.url);
  return {title, published, siteName, url: url && /^https?:\/\//i.test(url) ? url : null};
}

/** headline / datePublished / publisher name / url from JSON-LD blocks (NewsArticle…). */
function jsonLd(doc: DomElement): {headline?: string; datePublished?: string; publisher?: string; url?: string} {
  const out: {headline?: string; datePublished?: string; publisher?: string; url?: string} = {};
  for (const el of Array.from(doc.querySelectorAll("script"))) {
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

/** Text of a subtree: block elements on their own lines, skipped elements dropped. Iterative (deep pages). */
function nodeText(root: DomNode, skip: Set<string>): string {
  const out: string[] = [];
  const stack: (DomNode | "\n")[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === "\n") {
      out.push("\n");
      continue;
    }
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/[ \t\r\n\f]+/g, " "));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (skip.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      out.push("\n");
      stack.push("\n");
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  // Every block boundary emitted a newline on each side: one line per block.
  return out.join("").replace(/ *\n[ \n]*/g, "\n").trim();
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

function countWords(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}
