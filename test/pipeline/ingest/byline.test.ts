import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {bylineText} from "../../../src/pipeline/ingest/byline.ts";
import {ingestCorpus} from "../../../src/pipeline/stages/01-ingest.ts";
import {ctx, file} from "./helpers.ts";

// Invented pages only. Readability (and the simple-article path) drops a page's byline from the
// text; a page without a date in its metadata or URL may state its publication date only there.

/** Body paragraphs long enough for Readability and the simple-article path. */
const BODY =
  "<p>Negotiators for the two farm unions met again on Tuesday at the regional council, where the talks on grain prices had stalled a week earlier, the council said.</p>" +
  "<p>A spokesman for the larger union said the members would vote on any offer before the harvest, and that the blockade of the depots would go on until then.</p>" +
  "<p>The council said it hoped to announce an agreement within days, and that the ministry had sent an observer to the talks at the unions' request.</p>" +
  "<p>Traders said prices at the regional market had risen for a third week, as buyers stocked up on grain ahead of the vote.</p>";

function page(head: string, article: string, extra = ""): string {
  return `<html><head><title>Farm unions resume grain talks</title>${head}</head><body>${extra}<article><h1>Farm unions resume grain talks</h1>${article}${BODY}</article></body></html>`;
}

function published(html: string, path = "talks.html"): {published: string | null; source: string} {
  const a = ingestCorpus([file(path, html)], null, ctx).articles[0];
  return {published: a.published, source: a.publishedSource};
}

describe("a publication date stated only in the byline is read", () => {
  it.each<[string, string, string]>([
    ["byline with author, date and time", '<div class="byline">By Ana Ruiz | Published: March 3, 2024, 10:15 AM</div>', "2024-03-03"],
    ["day-first date after the author, with an update time", '<p class="article-byline">Farm desk | 3 March 2024 | Updated 11:40</p>', "2024-03-03"],
    ["author element inside the article's own header", '<header><span class="author">Written by the farm desk, 12 Jan 2023</span></header>', "2023-01-12"]
  ])("%s", (_label, byline, date) => {
    expect(published(page("", byline))).toEqual({published: date, source: "text"});
  });
});

describe("negatives: the byline does not override a date the page gives elsewhere, nor date another story", () => {
  it("metadata date wins: the byline is not read", () => {
    const head = '<meta property="article:published_time" content="2024-03-05T08:00:00Z">';
    expect(published(page(head, '<div class="byline">By Ana Ruiz | March 3, 2024</div>'))).toEqual({published: "2024-03-05", source: "html_meta"});
  });
  it("a date in the URL wins over the byline", () => {
    const head = '<link rel="canonical" href="https://news.example/2024/03/06/farm-talks">';
    expect(published(page(head, '<div class="byline">By Ana Ruiz | March 3, 2024</div>'))).toEqual({published: "2024-03-06", source: "url"});
  });
  it("sport: a byline in a teaser box beside the story dates the other story, not this one", () => {
    const aside = '<aside><div class="byline">Sports desk | 14 May 2022</div><p>Cup final goes to extra time</p></aside>';
    expect(published(page("", '<div class="byline">By Ana Ruiz</div>', aside)).published).toBeNull();
  });
  it("a byline without a date gives none, and a date in a body sentence stays a sentence", () => {
    const article = '<div class="byline">By the business desk</div><p>Shares in the grain trader fell after its results on March 3, 2024 disappointed analysts.</p>';
    expect(published(page("", article)).published).toBeNull();
  });
});

describe("a date stamp element in the byline or the article's header is the publication date", () => {
  it.each<[string, string, string]>([
    [
      "byline with two authors and their desks, too many words for a date line, with a date span",
      '<p class="byline">By Marta Solis, Agriculture Correspondent, and Piet de Boer, Rotterdam <span class="date">4 April 2024</span></p>',
      "2024-04-04"
    ],
    ["a timestamp span in the article's own header", '<header><p class="standfirst-row">Farm desk, regional news, and the agriculture team in the capital <span class="timestamp">2 Apr 2024 07:30 GMT</span></p></header>', "2024-04-02"],
    ["a publish-date element in the header", '<header><div class="article-publish-date">Posted 9 Feb 2022</div></header>', "2022-02-09"]
  ])("%s", (_label, article, date) => {
    expect(published(page("", article))).toEqual({published: date, source: "text"});
  });
});

describe("negatives: date stamps that are not the article's publication date", () => {
  it("a date-classed element in a body paragraph (not the byline, not the header) is not read", () => {
    const article = '<div class="byline">By the farm desk</div><p>The depots were last blockaded on <span class="date">14 May 2019</span>, when the union struck for nine days over quotas.</p>';
    expect(published(page("", article)).published).toBeNull();
  });
  it("an 'updated' stamp in the header is not the publication date", () => {
    const byline = '<p class="byline">By Marta Solis, Agriculture Correspondent, and Piet de Boer, Rotterdam <span class="date updated">5 April 2024</span></p>';
    expect(published(page("", byline)).published).toBeNull();
  });
  it("a date stamp in a teaser beside the story belongs to the other story", () => {
    const aside = '<aside><p class="byline">Cycling desk <span class="date">1 July 2021</span></p></aside>';
    expect(published(page("", "", aside)).published).toBeNull();
  });
});

describe("bylineText", () => {
  const doc = (html: string) => parseHTML(html).document as never;
  it("reads the first short byline outside chrome", () => {
    expect(bylineText(doc('<footer><p class="byline">Site team 2020</p></footer><main><p class="byline">By  Ann\n Lee | 8 June 2023</p></main>'))).toBe("By Ann Lee | 8 June 2023");
  });
  it("skips a byline of 100 characters or more (Readability's bound)", () => {
    expect(bylineText(doc(`<main><p class="byline">${"By a very long list of contributors ".repeat(3)}</p></main>`))).toBeNull();
  });
});

describe("round 26: a byline whose date follows a line break, after the author's desk", () => {
  it.each<[string, string, string]>([
    ["author, desk, <br>, weekday and date", '<div class="byline">By Marta Solis, Southern Africa correspondent<br>Thursday 21 November 2024</div>', "2024-11-21"],
    ["author and desk with a date in words after a comma", '<p class="byline">By Piet de Boer, agriculture and trade correspondent, 4 April 2024</p>', "2024-04-04"]
  ])("%s", (_label, byline, date) => {
    expect(published(page("", byline))).toEqual({published: date, source: "text"});
  });
  it("the line break reads as a space", () => {
    expect(bylineText(parseHTML('<p class="byline">By Ana Ruiz<br>8 June 2023</p>').document)).toBe("By Ana Ruiz 8 June 2023");
  });
  it("negative: a byline with a month and year only gives none", () => {
    expect(published(page("", '<div class="byline">By Marta Solis, Southern Africa correspondent, November 2024</div>')).published).toBeNull();
  });
});

describe("review 26 F8: a date of the author's story is no publication date", () => {
  it("the page's own date stamp wins over a date inside the byline", () => {
    const article = '<div class="byline">By Ann Lee, our Kyiv correspondent since 24 February 2022</div><p class="date">Published: <time>Monday 10 March 2025</time></p>';
    expect(published(page("", article)).published).toBe("2025-03-10");
  });
  it("a date inside the byline's sentence, not ending it, gives none", () => {
    expect(published(page("", '<p class="byline">By Tom Ray, who covered the 12 June 2019 floods, and Ann Lee</p>')).published).toBeNull();
  });
  it("a date after 'since' at the byline's end gives none", () => {
    expect(published(page("", '<p class="byline">By Ann Lee, our Kyiv correspondent since 24 February 2022</p>')).published).toBeNull();
  });
});
