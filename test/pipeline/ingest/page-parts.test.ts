import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {htmlToText} from "../../../src/pipeline/ingest/html.ts";
import {ingestFiles, keptMarkup} from "../../../src/pipeline/ingest/ingest-corpus.ts";
import {markArticleBoilerplate} from "../../../src/pipeline/ingest/boilerplate.ts";
import {identity} from "../../../src/pipeline/ingest/mapped.ts";
import {joinLinesToText, toLines} from "../../../src/pipeline/ingest/normalise.ts";
import {removeLinkBoxes} from "../../../src/pipeline/ingest/link-boxes.ts";
import {markupSpans, pageParts, restoreParts} from "../../../src/pipeline/ingest/page-parts.ts";
import type {DomElement} from "../../../src/pipeline/ingest/dom-text.ts";
import {extractArticle} from "../../../src/pipeline/index.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {ctx, file, fixture} from "./helpers.ts";

function dom(html: string): DomElement {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as DomElement;
}

/** A paragraph of body text, so a box beside it is not most of the page. */
const BODY = "<p>Rain fell all week on the hills above the town, and on Sunday the river broke its banks in three places, flooding the market square and the station.</p>";

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
    ["a list of links", BODY + '<ul><li><a href="/a">Dam bursts in the east</a></li><li><a href="/b">5 hurt in crash</a></li></ul>', 1],
    ["a box named related", BODY + '<div class="related-coverage"><a href="/a">Dam bursts</a> <a href="/b">Levee holds</a></div>', 1],
    ["a newsletter sign-up box (a form, no links)", BODY + '<div id="newsletter-signup">Get the morning briefing in your inbox. <form><input type="email"></form></div>', 1],
    ["a newsletter sign-up box (one short link)", BODY + '<div class="newsletter-box">Get the evening edition by email every day of the week <a href="/nl">Sign up</a></div>', 1],
    ["a box named related with a link in prose (kept: few of its letters are links)", BODY + '<div class="related-note">The dam was built in 1961 and <a href="/d">raised twice</a> since then by the county.</div>', 0],
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

/** Paragraphs of invented prose (enough words for Readability to pick them as the body). */
function prose(who: string, n: number): string {
  return Array.from({length: n}, (_, i) => `<p>${who} said ${i + 3} hectares of forest burned near the ridge overnight before the crews held the line at the river.</p>`).join("");
}

describe("review: a standfirst is the one under the headline, not another story's teaser", () => {
  const card = (head: string, blurb: string) => `<div class="tile"><h3><a href="/t">${head}</a></h3><p class="tile-excerpt">${blurb}</p></div>`;
  const TEASER = "Nine miners were trapped when the shaft flooded at dawn on Thursday.";
  const TEASER2 = "Customs officers seized 40 crates of rifles at the northern port.";
  const teaserPage = `<html><body><h1>Fire crews hold the ridge</h1><div class="story">${prose("Chief Ruth Hale", 6)}</div><section class="latest-strip">${card("Mine floods", TEASER)}${card("Port seizure", TEASER2)}</section><footer>f</footer></body></html>`;

  it("a teaser blurb in a grid of cards after the body is not put back", () => {
    const r = htmlToText(teaserPage);
    expect(r.text).not.toContain(TEASER);
    expect(r.text).not.toContain(TEASER2);
    expect(r.markup).toEqual([]);
  });

  it("pageParts: repeated cards (siblings with the same class) hold no standfirst", () => {
    expect(pageParts(dom(`<h1>Fire crews hold the ridge</h1>${prose("Chief Ruth Hale", 2)}${card("Mine floods", TEASER)}${card("Port seizure", TEASER2)}`)).standfirsts).toEqual([]);
  });

  it("pageParts: at most one standfirst, the first in the headline's container; not one outside it", () => {
    const html = `<article><h1>Fire crews hold the ridge</h1><p class="story-intro">Crews held the fire at the river after two days of wind.</p><p class="box-summary">Three villages were told to leave their homes on Friday.</p></article><div class="other"><p class="promo-deck">A second story about the harbour strike is below.</p></div>`;
    expect(pageParts(dom(html)).standfirsts).toEqual(["Crews held the fire at the river after two days of wind."]);
  });

  it("pageParts: the heading right after the headline stays a standfirst though section headings share its class", () => {
    const html = `<h1>Fire crews hold the ridge</h1><h2 class="block-heading">Crews held the fire at the river after two days of wind</h2>${prose("Chief Ruth Hale", 2)}<h2 class="block-heading">What happens next for the valley</h2>`;
    expect(pageParts(dom(html)).standfirsts).toEqual(["Crews held the fire at the river after two days of wind"]);
  });

  it("restoreParts: a standfirst found after the first line of the text (after the body) stays out", () => {
    const parts = {captions: [], standfirsts: ["Crews held the fire at the river."]};
    const page = "Fire crews\nWind rose at noon.\nPumps ran.\nCrews held the fire at the river.";
    expect(restoreParts("Wind rose at noon.\nPumps ran.", page, parts)).toEqual({text: "Wind rose at noon.\nPumps ran.", restored: {captions: [], standfirsts: []}});
  });

  it("positive: a named standfirst under the headline Readability leaves out is put back as body", () => {
    const SF = "Crews held the fire at the river after two days of strong wind.";
    const r = htmlToText(`<html><body><article><header><h1>Fire crews hold the ridge</h1><p class="article-dek">${SF}</p></header><div class="story">${prose("Chief Ruth Hale", 6)}</div></article></body></html>`);
    expect(r.text.split("\n").slice(0, 2)).toEqual(["Fire crews hold the ridge", SF]);
    expect(r.markup).toEqual([{start: r.text.indexOf(SF), end: r.text.indexOf(SF) + SF.length, kind: "body"}]);
  });
});

describe("review: a caption Readability trimmed is not printed twice", () => {
  const CAP = "Volunteers fill sandbags outside the town hall.";
  const page = (extra: string) => `<html><body><h1>Fire crews hold the ridge</h1><div class="story">${prose("Chief Ruth Hale", 5)}<figure><img src="f.jpg"><figcaption>${CAP} ${extra}</figcaption></figure>${prose("Later Omar Diaz", 3)}</div></body></html>`;

  it.each([
    ["a share button span", '<span class="social-share">Share this</span>'],
    ["a hidden span", "<span hidden>Image 2 of 5</span>"]
  ])("with %s inside the figcaption", (_label, extra) => {
    const r = htmlToText(page(extra));
    expect(r.text.split("\n").filter((l) => l.includes(CAP))).toHaveLength(1);
    expect(r.markup).toEqual([]);
  });

  it("restoreParts: a caption is present when a line holds it, or it holds a line, spaces collapsed", () => {
    const parts = {captions: ["Boats on  the flooded square. Share"], standfirsts: []};
    expect(restoreParts("Rain fell.\nBoats on the flooded square.", "Rain fell.\nBoats on the flooded square. Share", parts).restored.captions).toEqual([]);
    const inside = {captions: ["Boats on the square"], standfirsts: []};
    expect(restoreParts("Rain fell.\nPhoto: Boats on the square (AP)", "Rain fell.\nBoats on the square", inside).restored.captions).toEqual([]);
  });

  it("negative: a short line that merely occurs inside a caption does not count as the caption", () => {
    const parts = {captions: ["Rain fell on the boats moored in the flooded square"], standfirsts: []};
    const r = restoreParts("Rain fell\nPumps ran.", "Rain fell\nRain fell on the boats moored in the flooded square\nPumps ran.", parts);
    expect(r.restored.captions).toEqual(["Rain fell on the boats moored in the flooded square"]);
  });
});

describe("review: an article whose container is named like a link box stays", () => {
  it.each([
    ["a div whose class holds 'related'", `<html><body><div class="content with-related-rail"><h2>Ferries stop</h2><p>Four ferries were cancelled on Sunday after the gale reached the bay, the harbour master said.</p><p>The port reopened on Monday morning.</p></div></body></html>`, "Four ferries were cancelled"],
    ["an article whose class holds 'newsletter'", `<html><body><article class="newsletter-edition"><h2>Evening digest</h2><p>Four ferries were cancelled on Sunday after the gale reached the bay, the harbour master said on the radio.</p></article></body></html>`, "Four ferries were cancelled"]
  ])("%s", (_label, html, line) => {
    expect(htmlToText(html).text).toContain(line);
  });

  it("removeLinkBoxes: a named box with no links is not a link box; main and article never are", () => {
    expect(removeLinkBoxes(dom('<p>Rain.</p><div class="related-note">The dam was built in 1961 and raised twice since.</div>'))).toBe(0);
    expect(removeLinkBoxes(dom('<main class="related-hub"><a href="/a">Dam bursts</a></main><p>Rain fell all week.</p>'))).toBe(0);
  });

  it("removeLinkBoxes: a list of links holding most of the page's text is the article's content", () => {
    const items = ["Bridge over the canal closed to lorries", "Second crossing shut after an inspection", "Ring road flyover shut for repairs", "Footbridge near the station closed"];
    const html = `<h1>Bridges closed</h1><ul>${items.map((t, i) => `<li><a href="/b${i}">${t}</a></li>`).join("")}</ul><p>Drivers were warned.</p>`;
    expect(removeLinkBoxes(dom(html))).toBe(0);
  });

  it("removeLinkBoxes: removal that would leave only the headline is not done, with a warning", () => {
    const warnings: string[] = [];
    // Each box is under half the page, so each alone would go; together they are all of it.
    const html = '<h1>Bridges closed</h1><div class="related-links"><a href="/a">Canal bridge shut</a></div><ul><li><a href="/b">Flyover shut</a></li><li><a href="/c">Ferry stopped</a></li></ul>';
    expect(removeLinkBoxes(dom(html), warnings)).toBe(0);
    expect(warnings).toEqual([expect.stringMatching(/link box/)]);
    const [article] = ingestFiles([file("roads/bridges.html", `<html><body>${html}</body></html>`)], null, ctx).articles;
    expect(article.warnings).toContainEqual(expect.stringMatching(/link boxes kept/));
    expect(article.text).toContain("Flyover shut");
  });
});

describe("the standfirst is the one beside the article's own headline, not beside a site-name <h1>", () => {
  const site = '<header><h1>Valley News</h1><h2>Your local paper, every day since 1920</h2></header>';
  const story = '<main><article><h1>Dam bursts above Carrow</h1><p class="standfirst">Rivers rose for three days before the wall gave way on Sunday.</p><p>Water reached the market square by noon.</p></article></main>';

  it("a site's tagline under its header <h1> is not taken; the article's standfirst is", () => {
    expect(pageParts(dom(site + story)).standfirsts).toEqual(["Rivers rose for three days before the wall gave way on Sunday."]);
  });

  it("a page whose only <h1> is the site's (inside a boxed page) has no standfirst", () => {
    expect(pageParts(dom(`${site}<main><p>Water reached the market square by noon on Sunday.</p></main>`)).standfirsts).toEqual([]);
  });

  it("an unboxed page keeps reading the heading after its one <h1>", () => {
    expect(pageParts(dom("<h1>Dam bursts</h1><h2>Rivers rose for three days in June</h2>")).standfirsts).toEqual(["Rivers rose for three days in June"]);
  });
});
