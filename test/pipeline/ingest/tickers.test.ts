import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {htmlToText} from "../../../src/pipeline/ingest/html.ts";
import {isTicker} from "../../../src/pipeline/ingest/tickers.ts";
import {removeLinkBoxes} from "../../../src/pipeline/ingest/link-boxes.ts";
import type {DomElement} from "../../../src/pipeline/ingest/dom-text.ts";

function dom(html: string): DomElement {
  return parseHTML(`<!DOCTYPE html><html><head><title>Ferry sinks off Pemba</title></head><body>${html}</body></html>`).document as unknown as DomElement;
}

function first(html: string, selector: string): DomElement {
  return dom(html).querySelector(selector) as unknown as DomElement;
}

/** The story's paragraphs: long enough that Readability keeps them, with their own counts. */
const PARAGRAPHS =
  "<p>A passenger ferry carrying 120 people sank off the island of Pemba on Tuesday evening, and 14 passengers were still missing on Wednesday, the port authority said.</p>" +
  "<p>Fishermen pulled 98 survivors from the water overnight. Divers from the navy joined the search at dawn, and the regional governor flew in from the mainland to meet relatives at the harbour.</p>" +
  "<p>The ferry had been licensed for 80 passengers, according to the transport ministry, which said it would open an inquiry into the operator and its safety record.</p>";

/** An older CMS page: headline and paragraphs straight in <body> (Readability then keeps the body's other blocks too). */
const BARE = `<h1>Ferry sinks off Pemba, 14 missing</h1>${PARAGRAPHS}`;
/** A page with its story in <main><article>. */
const BOXED = `<main><article><h1>Ferry sinks off Pemba, 14 missing</h1>${PARAGRAPHS}</article></main>`;

describe("headline strips (tickers) are site chrome, not the article", () => {
  it.each([
    // Fails without tickers.ts: Readability keeps the strip along with the body's paragraphs.
    ["a list-shaped ticker of plain items, no links, above a bare page", '<ul class="site-ticker"><li>Port strike enters its third day</li><li>9 hurt as bus overturns near Arusha</li></ul>', BARE, "9 hurt as bus"],
    ["a breaking-news bar above a bare page", '<div id="breaking_news"><span>Breaking</span> <span>Bus crash near Arusha: 9 hurt</span></div>', BARE, "Bus crash near Arusha"],
    ["a ticker above a boxed story", '<p class="ticker-line">Updated 14:05 — 30 arrested at port protest</p>', BOXED, "30 arrested"],
    ["a news-flash strip inside <main> but outside the article", '<main><p class="news-flash">Flash: dockers vote to end the port strike</p></main>', BOXED, "dockers vote"]
  ])("dropped: %s", (_label, strip, story, needle) => {
    const page = htmlToText(`<!DOCTYPE html><html><head><title>Ferry sinks off Pemba, 14 missing | Coast Times</title></head><body>${strip}${story}</body></html>`);
    expect(page.text).not.toContain(needle);
    expect(page.text).toContain("14 passengers were still missing");
  });

  it("isTicker: named strips outside the article are tickers; the same name inside the article or on long prose is not", () => {
    expect(isTicker(first('<ol class="ticker"><li>Fuel prices up 8%</li></ol><p>Rain.</p>', "ol"))).toBe(true);
    expect(isTicker(first('<article><p>Rain.</p><span class="breaking-news">Breaking</span></article>', "span"))).toBe(false);
    expect(isTicker(first(`<div class="marquee-wrap">${"The river rose again overnight. ".repeat(20)}</div>`, "div"))).toBe(false);
    expect(isTicker(first('<div class="story-body"><p>Rain.</p></div>', "div"))).toBe(false);
  });

  it("a page whose only text is in a ticker-named wrapper keeps it (never empties the page)", () => {
    const html = '<div class="ticker-page"><h1>Ferry sinks off Pemba</h1><p>Fourteen passengers were missing.</p></div>';
    expect(removeLinkBoxes(dom(html))).toBe(0);
  });
});
