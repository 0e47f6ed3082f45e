/**
 * Reading text out of a linkedom DOM for stage 01: the minimal node types we rely on and
 * `nodeText`, which turns a subtree into lines (one per block element). Shared by the
 * Readability path (html.ts) and the simple-article path (simple-article.ts).
 */

// Minimal structural view of the DOM nodes we read (linkedom's own types differ from lib.dom's).
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}
export interface DomElement extends DomNode {
  localName: string;
  className: string;
  id: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

/** Elements whose content is never article text. */
export const SKIP = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "form", "button", "input", "select", "textarea", "head", "video", "audio", "map", "dialog"]);
/**
 * Page chrome: skipped when falling back to the whole body, and never holding a caption or a
 * standfirst (page-parts.ts; there a <header> inside an <article> is the article's own).
 */
export const CHROME_TAGS: readonly string[] = ["nav", "header", "footer", "aside", "menu"];
/** Elements skipped when falling back to the whole body: SKIP and the chrome. */
export const SKIP_BODY = new Set([...SKIP, ...CHROME_TAGS]);
/** Elements that start a new line. */
const BLOCK = new Set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "figure", "figcaption", "caption", "header", "footer", "aside", "nav", "address", "hr", "br", "details", "summary", "body", "html"]);

/**
 * Text of a subtree: block elements on their own lines, elements named in `skip` and the
 * nodes in `drop` left out. Iterative (deep pages).
 *
 * @example nodeText(parseHTML("<p>Rain</p><p>fell</p>").document, SKIP) // "Rain\nfell"
 */
export function nodeText(root: DomNode, skip: Set<string>, drop?: Set<DomNode>): string {
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
    // localName is lower case already (no copy per element); documents and fragments have none.
    const name = (node as {localName?: string}).localName ?? node.nodeName.toLowerCase();
    if (drop?.has(node)) continue;
    if (skip.has(name)) {
      if (FOREIGN.has(name)) for (const el of breakouts(node as DomElement).reverse()) stack.push(el);
      continue;
    }
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

/**
 * The elements below `root` (not `root` itself) whose tag is in `tags`, in document order, as
 * `root.querySelectorAll("meta,link,…")` returns them for a list of tag names: tag names compared
 * in lower case, a <template>'s content left out (linkedom's querySelectorAll skips it too). One
 * walk of our own instead of linkedom's selector engine, which compiled each selector and was
 * one of the larger compile jobs of a cold run for the two lists of tags stage 01 asks for.
 *
 * @example elementsByTag(parseHTML("<title>T</title><p>a</p><meta name=x>").document, new Set(["meta", "title"])).map((e) => e.localName) // ["title", "meta"]
 */
export function elementsByTag(root: DomNode, tags: ReadonlySet<string>): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomNode[] = [];
  const top = root.childNodes;
  for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const name = el.localName;
    if (tags.has(name.toLowerCase())) out.push(el);
    if (name === "template") continue;
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Foreign-content roots: their own content (icon paths, formulas) is no text, but see breakouts. */
const FOREIGN = new Set(["svg", "math"]);
/**
 * HTML tags that close an <svg> or <math> left open (the HTML parser's "breakout" tags, those that
 * hold text): a browser shows them as page text, but the tree we read keeps them inside the
 * foreign element. `<svg onload=…><article><p>Rescuers pulled 12 …</p>` would lose the story.
 */
const BREAKOUT = "p,div,h1,h2,h3,h4,h5,h6,ul,ol,dl,dd,dt,li,table,blockquote,pre,listing,menu,center,b,big,code,em,i,nobr,ruby,s,small,span,strike,strong,sub,sup,tt,u,var";
const BREAKOUT_TAGS = new Set(BREAKOUT.split(","));

/** The outermost breakout elements inside a foreign element, in document order. */
function breakouts(foreign: DomElement): DomNode[] {
  const out: DomNode[] = [];
  for (const el of Array.from(foreign.querySelectorAll(BREAKOUT))) {
    let inner = false;
    for (let p = (el as unknown as {parentNode: DomElement | null}).parentNode; p && p !== foreign; p = (p as unknown as {parentNode: DomElement | null}).parentNode) {
      if (BREAKOUT_TAGS.has(p.localName)) {
        inner = true;
        break;
      }
    }
    if (!inner) out.push(el);
  }
  return out;
}

/**
 * Whitespace-separated words of a string.
 *
 * @example countWords("Rain fell  all night") // 4
 */
export function countWords(s: string): number {
  // Counts the starts of non-space runs (the same as s.match(/\S+/g).length, without the array).
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The characters of JavaScript's \s (ASCII spaces first: most text has no other). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
