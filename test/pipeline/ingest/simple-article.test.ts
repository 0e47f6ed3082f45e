import {describe, expect, it} from "vitest";
import {parseHTML} from "linkedom";
import {Readability} from "@mozilla/readability";
import {nodeText, SKIP, type DomElement, type DomNode} from "../../../src/pipeline/ingest/dom-text.ts";
import {htmlToText} from "../../../src/pipeline/ingest/html.ts";
import {similarity, simpleArticleText} from "../../../src/pipeline/ingest/simple-article.ts";

/** What the fast path returns for a page (title as htmlToText would pass it: the <title>). */
function fast(html: string): string | null {
  const {document} = parseHTML(html);
  const title = document.querySelector("title")?.textContent ?? null;
  return simpleArticleText(document as unknown as DomElement, title, (document as unknown as {body: DomNode}).body);
}

/** The oracle: Readability's own text for the page, read the way htmlToText reads it. */
function readability(html: string): string {
  const {document} = parseHTML(html);
  const article = new Readability(document as unknown as Document, {charThreshold: 100, serializer: (el: Node) => el} as never).parse() as unknown as {content: DomNode};
  return nodeText(article.content, SKIP);
}

const P1 = "Floodwater rose above the levee overnight and crews pumped water out of forty homes in the lower town, the mayor said on Tuesday.";
const P2 = "Engineers inspected the two bridges on the river road and closed the older one to trucks until repairs are finished next month.";
const P3 = "Farmers moved cattle to higher fields, and the school in the valley stayed shut while volunteers cleared mud from its classrooms.";
const P4 = "Officials warned residents that more rain was expected at the weekend and opened a second shelter in the sports hall.";
const page = (article: string, {head = "", outside = ""} = {}) =>
  `<!DOCTYPE html><html><head><title>River floods lower town | Valley News</title>${head}</head><body><header><a href="/">Valley News</a></header><nav><a href="/">Home</a> | <a href="/local">Local</a></nav>${outside}${article}<footer>© Valley News</footer></body></html>`;
const paras = `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>`;

describe("simpleArticleText gives exactly Readability's text on simple pages", () => {
  it.each([
    ["paragraphs only", page(`<article>${paras}</article>`)],
    ["headline repeating the title is dropped", page(`<article><h1>River floods lower town</h1>${paras}</article>`)],
    ["a different headline stays", page(`<article><h1>Crews pump water from forty homes</h1>${paras}</article>`)],
    ["byline class dropped", page(`<article><h1>River floods lower town</h1><p class="byline">By Ana Reyes</p>${paras}</article>`)],
    ["rel=author link dropped, 'By' stays", page(`<article><p>By <a rel="author" href="/ar">Ana Reyes</a></p>${paras}</article>`)],
    ["quotes, links, emphasis and a caption", page(`<article><blockquote><p>${P1}</p></blockquote><p>${P2.replace("bridges", '<a href="/b">bridges</a>')}</p><p><em>${P3}</em></p><figure><img src="m.jpg"><figcaption>Volunteers clear mud from a classroom.</figcaption></figure><p>${P4}</p></article>`)],
    ["a <main> without <article>", page(`<main>${paras}</main>`)]
  ])("%s", (_label, html) => {
    const text = fast(html);
    expect(text).not.toBeNull();
    expect(text).toBe(readability(html));
  });
});

describe("simpleArticleText leaves other pages to Readability (null)", () => {
  it.each([
    ["no article element", page(`<div>${paras}</div>`)],
    ["two articles", page(`<article>${paras}</article><article>${paras}</article>`)],
    ["a paragraph outside the article", page(`<article>${paras}</article>`, {outside: `<p>${P4}</p>`})],
    ["a list inside", page(`<article>${paras}<ul><li>Shelter: sports hall</li></ul></article>`)],
    ["a div inside", page(`<article><div>${paras}</div></article>`)],
    ["a share widget class", page(`<article>${paras}<p class="share-tools">Share</p></article>`)],
    ["a related-stories class", page(`<article>${paras}<p class="related">More floods</p></article>`)],
    ["a hidden element", page(`<article>${paras}<p hidden>Draft</p></article>`)],
    ["an inline style", page(`<article>${paras}<p style="display:none">Draft</p></article>`)],
    ["too short", page(`<article><p>${P1}</p></article>`)],
    ["an article inside an aside", page(`<aside><article>${paras}</article></aside>`)]
  ])("%s", (_label, html) => {
    expect(fast(html)).toBeNull();
  });

  it("a page naming its author in metadata goes to Readability (it then keeps the byline)", () => {
    const html = page(`<article><p class="byline">By Ana Reyes</p>${paras}</article>`, {head: `<meta name="author" content="Ana Reyes">`});
    const r = htmlToText(html);
    expect(r.via).toBe("readability");
    expect(r.text).toContain("By Ana Reyes");
  });
});

describe("similarity (Readability's title measure)", () => {
  it.each([
    ["same words", "River floods lower town", "River floods lower town", 1],
    ["title with a site suffix", "River floods lower town | Valley News", "River floods lower town", 1],
    ["no shared word", "River floods", "Strike ends", 0]
  ])("%s", (_label, a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected);
  });
});
