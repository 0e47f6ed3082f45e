import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {htmlToText} from "../../../src/pipeline/ingest/html.ts";
import {headlineFor, pageHeadline, withHeadline} from "../../../src/pipeline/ingest/headline.ts";
import type {DomElement} from "../../../src/pipeline/ingest/dom-text.ts";

// Invented pages only. The headline line of an HTML article is what a reader sees on the page:
// the article's <h1> when it says more than the <title> (browser tab, search results); the
// title line stays as it was when the <h1> only repeats its words, or when there is no <h1>.

function dom(html: string): DomElement {
  return parseHTML(html).document as unknown as DomElement;
}

/** Body paragraphs long enough for Readability and the simple-article path. */
const BODY =
  "<p>Rescue boats reached the flooded hamlets of Upper Marren on Thursday, where families had waited on their roofs since the river rose, the district office said.</p>" +
  "<p>Helicopters dropped water and blankets twice a day while the current was too strong for the boats, a spokesman for the coastguard told reporters.</p>" +
  "<p>The district office said all of the villagers had been taken to a school in the market town, and that two of them were treated for exposure.</p>" +
  "<p>Water levels in the lower valley were falling on Friday, but the roads to the hamlets stayed closed to all traffic except the rescue crews.</p>";

const TITLE = "<title>Flood: villagers rescued after days on roofs - Daily Wire</title>";
const H1 = "Flood: villagers rescued after 6 days on roofs";

/** The lines of the text that carry the headline's words (the h1's or the title's). */
function headlineLines(text: string): string[] {
  return text.split("\n").filter((l) => l.startsWith("Flood: villagers rescued"));
}

describe("the page's own <h1> is the headline line, the <title> only the fallback", () => {
  it("an h1 that says more than the title keeps its figure (simple <article> path)", () => {
    const r = htmlToText(`<html><head>${TITLE}</head><body><article><h1>${H1}</h1>${BODY}</article></body></html>`);
    expect(r.via).toBe("article");
    expect(r.text.split("\n")[0]).toBe(H1);
    expect(headlineLines(r.text)).toEqual([H1]);
  });

  it("an h1 that says more than the title keeps its figure (Readability path)", () => {
    const page = `<html><head>${TITLE}</head><body><div class="site"><p>Daily Wire</p></div><main><article><h1>${H1}</h1><div class="story">${BODY}</div></article></main></body></html>`;
    const r = htmlToText(page);
    expect(r.via).toBe("readability");
    expect(r.text.split("\n")[0]).toBe(H1);
    expect(headlineLines(r.text)).toEqual([H1]);
  });

  it("an og:title that differs from the h1 gives way to the h1 in the text, and stays the metadata title", () => {
    const head = `<meta property="og:title" content="Flood: villagers rescued">${TITLE}`;
    const r = htmlToText(`<html><head>${head}</head><body><article><h1>${H1}</h1>${BODY}</article></body></html>`);
    expect(r.title).toBe("Flood: villagers rescued");
    expect(r.text.split("\n")[0]).toBe(H1);
    expect(r.text).not.toContain("Flood: villagers rescued\n");
  });

  it("an h1 that Readability keeps in place is not put on top a second time", () => {
    // The h1 differs from the title (Readability keeps it), below a section label.
    const page = `<html><head><title>Quarry reopens - Daily Wire</title></head><body><main><article><p class="kicker">Region</p><h1>${H1}</h1><div class="story">${BODY}</div></article></main></body></html>`;
    const r = htmlToText(page);
    expect(headlineLines(r.text)).toEqual([H1]);
    expect(r.text).not.toContain("Quarry reopens");
  });
});

describe("negatives: one headline line, and never a site's h1", () => {
  const FULL_TITLE = "Flood: villagers rescued after days on roofs - Daily Wire";

  it("an h1 equal to the title minus its site suffix gives one headline line: the title's, as before", () => {
    const page = `<html><head><title>${H1} - Daily Wire</title></head><body><article><h1>${H1}</h1>${BODY}</article></body></html>`;
    expect(headlineLines(htmlToText(page).text)).toEqual([`${H1} - Daily Wire`]);
  });

  it("an h1 equal to the title (no suffix) gives one headline line", () => {
    const page = `<html><head><title>${H1}</title></head><body><main><article><h1>${H1}</h1><div class="story">${BODY}</div></article></main></body></html>`;
    expect(headlineLines(htmlToText(page).text)).toEqual([H1]);
  });

  it("an h1 with fewer words than the title keeps the title line", () => {
    const page = `<html><head>${TITLE}</head><body><article><h1>Flood: villagers rescued</h1>${BODY}</article></body></html>`;
    expect(headlineLines(htmlToText(page).text)).toEqual([FULL_TITLE]);
  });

  it("no h1: the title is the headline line", () => {
    const r = htmlToText(`<html><head>${TITLE}</head><body><article>${BODY}</article></body></html>`);
    expect(r.text.split("\n")[0]).toBe(FULL_TITLE);
    expect(headlineLines(r.text)).toEqual([FULL_TITLE]);
  });

  it("an h1 outside the article (the site's name in the page header) is not the headline", () => {
    const page = `<html><head>${TITLE}</head><body><header><h1>Daily Wire News Network</h1></header><article>${BODY}</article></body></html>`;
    const r = htmlToText(page);
    expect(r.text.split("\n")[0]).toBe(FULL_TITLE);
    expect(r.text).not.toContain("Network");
  });

  it("an h1 in the navigation of a page without <article> is not the headline", () => {
    const page = `<html><head>${TITLE}</head><body><nav><h1>Daily Wire News Network</h1><a href="/">Home</a></nav><div class="story">${BODY}</div></body></html>`;
    const r = htmlToText(page);
    expect(r.text.split("\n")[0]).toBe(FULL_TITLE);
    expect(r.text).not.toContain("Network");
  });

  it("an empty h1 (a logo image) is no headline: the title is", () => {
    const page = `<html><head>${TITLE}</head><body><article><h1><img src="logo.png" alt=""></h1>${BODY}</article></body></html>`;
    expect(htmlToText(page).text.split("\n")[0]).toBe(FULL_TITLE);
  });
});

describe("pageHeadline", () => {
  it.each([
    ["the article's first h1", `<body><article><h1>Dam bursts</h1><h1>Second</h1><p>x</p></article></body>`, "Dam bursts"],
    ["an h1 in <main> when there is no <article>", `<body><main><h1>Dam bursts</h1><p>x</p></main></body>`, "Dam bursts"],
    ["a bare h1 on a page with neither", `<body><div><h1>Dam bursts</h1><p>x</p></div></body>`, "Dam bursts"],
    ["the article's h1, not the site's before it", `<body><div><h1>Valley News</h1></div><article><h1>Dam bursts</h1></article></body>`, "Dam bursts"],
    ["its words on one line, spaces collapsed", `<body><article><h1>Dam <em>bursts</em>\n  in the  valley</h1></article></body>`, "Dam bursts in the valley"],
    ["none for an h1 outside the article", `<body><div><h1>Valley News</h1></div><article><p>x</p></article></body>`, null],
    ["none for an h1 in an aside of the article", `<body><article><aside><h1>Most read</h1></aside><p>x</p></article></body>`, null],
    ["none for a hidden h1", `<body><article><h1 hidden>Dam bursts</h1><p>x</p></article></body>`, null],
    ["none without an h1", `<body><article><h2>Dam bursts</h2></article></body>`, null]
  ])("%s", (_label, html, want) => {
    expect(pageHeadline(dom(`<!DOCTYPE html><html><head></head>${html}</html>`))).toBe(want);
  });
});

describe("headlineFor", () => {
  it.each([
    ["the h1 when it has a word the title lacks", "Dam bursts, 6 missing", "Dam bursts | Valley News", "Dam bursts, 6 missing"],
    ["the title when the h1 repeats its words", "Dam bursts", "Dam bursts | Valley News", "Dam bursts | Valley News"],
    ["the title when the h1 differs only in case and punctuation", "Dam Bursts!", "Dam bursts - Valley News", "Dam bursts - Valley News"],
    ["the h1 without a title", "Dam bursts", null, "Dam bursts"],
    ["the title without an h1", null, "Dam bursts | Valley News", "Dam bursts | Valley News"],
    ["nothing without either", null, null, null]
  ])("%s", (_label, h1, title, want) => {
    expect(headlineFor(h1, title)).toBe(want);
  });
});

describe("withHeadline", () => {
  it.each([
    ["puts a missing headline on top", "Rain fell.", "Dam bursts", "Dam bursts\nRain fell."],
    ["keeps one already among the first lines", "Region\nDam bursts\nRain fell.", "Dam bursts", "Region\nDam bursts\nRain fell."],
    ["keeps one split over two lines by a <br>", "Dam bursts\nin the valley\nRain fell.", "Dam bursts in the valley", "Dam bursts\nin the valley\nRain fell."],
    ["adds no title above the page's h1 kept among the first lines", "Region\nDam bursts\nRain fell.", "Dam bursts | Valley News", "Region\nDam bursts\nRain fell."],
    ["is the headline alone for an empty text", "", "Dam bursts", "Dam bursts"],
    ["leaves the text without a headline", "Rain fell.", null, "Rain fell."]
  ])("%s", (_label, text, headline, want) => {
    expect(withHeadline(text, headline, "Dam bursts")).toBe(want);
  });
});
