import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {htmlToText} from "../../../src/pipeline/ingest/html.ts";
import {ingestFiles, keptMarkup} from "../../../src/pipeline/ingest/ingest-corpus.ts";
import {markArticleBoilerplate} from "../../../src/pipeline/ingest/boilerplate.ts";
import {identity} from "../../../src/pipeline/ingest/mapped.ts";
import {joinLinesToText, toLines} from "../../../src/pipeline/ingest/normalise.ts";
import {markupSpans, pageParts, removeLinkBoxes, restoreParts} from "../../../src/pipeline/ingest/page-parts.ts";
import type {DomElement} from "../../../src/pipeline/ingest/dom-text.ts";
import {extractArticle} from "../../../src/pipeline/index.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {ctx, file, fixture} from "./helpers.ts";

function dom(html: string): DomElement {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as DomElement;
}

describe("link boxes and lists of links are navigation, dropped on every path", () => {
  const page = htmlToText(fixture("link-boxes.html"));

  it.each([
    ["a 'Read more' box's headlines", 'Storm warning: "12 villages cut off"'],
    ["a second headline of the same box", "Police: 6 arrested after harbour brawl"],
    ["an 'also read' box inside the article body", "Bus overturns near Carrow, 15 hurt"],
    ["an aside's 'Most read' list", "Two climbers missing on Mount Brae"],
    ["a box whose class says trending", "Three fishermen saved off Dun Rock"]
  ])("drops %s", (_label, line) => {
    expect(page.text).not.toContain(line);
  });

  it("keeps the article's own list of facts (items of plain text, not links), in place", () => {
    const lines = page.text.split("\n");
    const at = lines.indexOf("What the coastguard has confirmed so far:");
    expect(lines.slice(at, at + 4)).toEqual([
      "What the coastguard has confirmed so far:",
      "41 passengers were rescued, 9 of them with hypothermia",
      "7 passengers remain missing",
      "The crew of 3 all survived"
    ]);
  });

  it.each([
    ["a list of links", '<p>Rain.</p><ul><li><a href="/a">Dam bursts in the east</a></li><li><a href="/b">5 hurt in crash</a></li></ul>', 1],
    ["a box named related", '<p>Rain.</p><div class="related-coverage"><a href="/a">Dam bursts</a> <a href="/b">Levee holds</a></div>', 1],
    ["a newsletter sign-up box", '<p>Rain.</p><div id="newsletter-signup">Get the morning briefing in your inbox.</div>', 1],
    // Negatives: text that only carries a link, and a mislabelled wrapper holding the story.
    ["a list of facts with a link inside a sentence (kept)", '<ul><li>Two bridges closed on Monday, the <a href="/m">road agency</a> said</li><li>Schools shut in 4 districts</li></ul>', 0],
    ["a 'related' wrapper holding the headline (kept)", '<div class="story related-on"><h1>Dam bursts</h1><p>Water rose.</p></div>', 0]
  ])("removeLinkBoxes: %s", (_label, html, removed) => {
    expect(removeLinkBoxes(dom(html))).toBe(removed);
  });
});

describe("captions and the standfirst Readability leaves out are put back", () => {
  const page = htmlToText(fixture("caption-standfirst.html"));
  const lines = page.text.split("\n");
  const STANDFIRST = "Workers at the Ostrow quarry walked out in March over unpaid overtime; the owners agreed to a new rota";
  const CAPTION = "The 27 strike leaders at the quarry gate on Tuesday morning. | Photo: Leon Adder";

  it("in reading order: headline, standfirst, caption, body", () => {
    expect(page.via).toBe("readability");
    expect(lines.slice(1, 3)).toEqual([STANDFIRST, CAPTION]);
    expect(lines[3]).toMatch(/^Some 230 workers/);
  });

  it("names the lines it put back, with exact offsets", () => {
    expect(page.markup).toEqual([
      {start: page.text.indexOf(STANDFIRST), end: page.text.indexOf(STANDFIRST) + STANDFIRST.length, kind: "body"},
      {start: page.text.indexOf(CAPTION), end: page.text.indexOf(CAPTION) + CAPTION.length, kind: "caption"}
    ]);
  });

  it("leaves a heading in the page's own header (a site tagline) out", () => {
    expect(page.text).not.toContain("News from the whole valley");
  });

  it("stage 02 gives the caption the kind caption and the standfirst the kind body", () => {
    const [article] = ingestFiles([file("valley/quarry.html", fixture("caption-standfirst.html"))], null, ctx).articles;
    const kinds = new Map(splitSentences(article).map((s) => [s.text, s.kind]));
    expect(kinds.get(STANDFIRST)).toBe("body");
    expect(kinds.get("The 27 strike leaders at the quarry gate on Tuesday morning.")).toBe("caption");
    for (const s of article.markup ?? []) expect(article.text.slice(s.start, s.end)).toMatch(/^(?:Workers at|The 27 strike)/);
  });

  it("the caption's figure counts, its date gives no event; the standfirst's date dates an event", () => {
    const [article] = ingestFiles([file("valley/quarry.html", fixture("caption-standfirst.html"))], null, ctx).articles;
    const x = extractArticle(article, ctx);
    const captionIndex = x.sentences.find((s) => s.kind === "caption")!.index;
    expect(x.figures.some((f) => f.value === 27 && f.sentenceIndex === captionIndex)).toBe(true);
    expect(x.dates.some((d) => d.sentenceIndex === captionIndex)).toBe(true);
    expect(x.events.filter((e) => e.sentenceIndex === captionIndex)).toEqual([]);
    const standfirst = x.sentences.find((s) => s.text === STANDFIRST)!.index;
    expect(x.dates.some((d) => d.sentenceIndex === standfirst && d.text.includes("March"))).toBe(true);
    expect(x.events.some((e) => e.sentenceIndex === standfirst)).toBe(true);
  });
});

describe("page-parts helpers", () => {
  it("pageParts: a figcaption in the article, an h2 right after the h1; not a figcaption in an aside", () => {
    const parts = pageParts(dom('<h1>Dam bursts</h1><h2>Rivers rose for three days in June</h2><figure><figcaption>Boats on the flooded square</figcaption></figure><aside><figure><figcaption>Other story photo</figcaption></figure></aside>'));
    expect(parts).toEqual({captions: ["Boats on the flooded square"], standfirsts: ["Rivers rose for three days in June"]});
  });

  it("pageParts: an h2 after the h1 that is a two-word label is no standfirst", () => {
    expect(pageParts(dom("<h1>Dam bursts</h1><h2>Live updates</h2>")).standfirsts).toEqual([]);
  });

  it("restoreParts puts a missing line before the next line it precedes in the page, and leaves present ones", () => {
    const parts = {captions: ["Boats on the square"], standfirsts: ["Rivers rose for days"]};
    const r = restoreParts("Rivers rose for days\nWater rose.\nPumps ran.", "Dam bursts\nRivers rose for days\nWater rose.\nBoats on the square\nPumps ran.", parts);
    expect(r.text).toBe("Rivers rose for days\nWater rose.\nBoats on the square\nPumps ran.");
    expect(r.restored).toEqual({captions: ["Boats on the square"], standfirsts: []});
  });

  it("keptMarkup: a span moves with its line when a line before it is removed as boilerplate (offsets exact)", () => {
    const lines = toLines(identity("Advertisement\n\nBoats on the square\nRain fell."));
    markArticleBoilerplate(lines);
    const {text} = joinLinesToText(lines);
    const spans = keptMarkup(lines, [{start: 15, end: 34, kind: "caption"}]);
    expect(spans).toEqual([{start: 0, end: 19, kind: "caption"}]);
    expect(text.slice(spans[0].start, spans[0].end)).toBe("Boats on the square");
  });

  it("markupSpans: whole lines only (a line merely containing a caption is not one)", () => {
    expect(markupSpans("Boats on the square, officials said.\nBoats on the square", {captions: ["Boats on the square"], standfirsts: []})).toEqual([{start: 37, end: 56, kind: "caption"}]);
  });
});
