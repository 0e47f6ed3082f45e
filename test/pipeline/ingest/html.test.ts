import {describe, expect, it} from "vitest";
import {htmlToText} from "../../../src/pipeline/ingest/html.ts";
import {fixture} from "./helpers.ts";

describe("htmlToText on a news page", () => {
  const page = htmlToText(fixture("corpus/strike.html"));

  it("takes the one simple <article> (the text Readability would give) and keeps its paragraphs, one per line", () => {
    expect(page.via).toBe("article");
    expect(page.text).toContain("About 2,500 dockworkers walked off the job on Friday");
    expect(page.text).toContain("under the supervision of a government mediator.");
    expect(page.text.split("\n").length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ["script content", "should not appear"],
    ["style content", "color: red"],
    ["navigation", "Home | World"],
    ["markup", "<p>"]
  ])("drops %s", (_label, needle) => {
    expect(page.text).not.toContain(needle);
  });

  it.each([
    ["title from og:title", "title", "Dockworkers strike halts port traffic"],
    ["published from article:published_time", "published", "2021-06-04T09:30:00Z"],
    ["site name from og:site_name", "siteName", "The Guardian"],
    ["canonical URL", "url", "https://www.theguardian.com/business/2021/jun/04/dockworkers-strike"]
  ] as const)("meta: %s", (_label, key, value) => {
    expect(page[key]).toBe(value);
  });

  it("starts with the headline even when Readability dropped the <h1>", () => {
    expect(page.text.split("\n")[0]).toBe("Dockworkers strike halts port traffic");
  });
});

describe("htmlToText on a hostile page", () => {
  const page = htmlToText(fixture("hostile.html"));

  it("extracts the article text", () => {
    expect(page.text).toContain("Firefighters battled a wildfire that has burned 12,000 hectares");
    expect(page.text).toContain("lists the 14 shelters opened");
  });

  it.each([
    ["<script> element content", "alert(1)"],
    ["onload handler", "alert('body')"],
    ["onclick handler", "alert('p')"],
    ["<img onerror>", "onerror"],
    ["javascript: link target", "javascript:"],
    ["iframe", "evil.example"],
    ["script-written paragraph", "injected paragraph"],
    ["any tag as markup", "<img"],
    ["style", "display: none"]
  ])("nothing of %s survives", (_label, needle) => {
    expect(page.text).not.toContain(needle);
  });

  it("an XSS string written inside the article stays literal text", () => {
    expect(page.text).toContain('the string <script>alert("xss")</script> in a comment');
  });

  it("link text is kept without its target", () => {
    expect(page.text).toContain("Click here for the evacuation map");
  });
});

describe("htmlToText edge cases", () => {
  it.each([
    ["a fragment without <html>", "<p>Rain fell on the plains for three days.</p>", "Rain fell on the plains for three days."],
    ["a page with a title only", "<html><head><title>Storm warning issued</title></head><body></body></html>", "Storm warning issued"],
    ["broken markup", "<html><body><p>Rivers rose <b>fast<p>Roads closed", "Rivers rose fast\nRoads closed"],
    ["entities decoded", "<p>Smith &amp; Sons said 5 &lt; 7</p>", "Smith & Sons said 5 < 7"]
  ])("%s", (_label, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it("deeply nested markup does not overflow the stack", () => {
    const html = "<div>".repeat(5000) + "<p>Deep text here.</p>" + "</div>".repeat(5000);
    expect(() => htmlToText(html)).not.toThrow();
  });

  it("JSON-LD gives the date when meta tags are missing", () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2020-02-03T10:00:00+01:00","publisher":{"name":"Reuters"}}</script></head><body><p>The bridge reopened.</p></body></html>`;
    const r = htmlToText(html);
    expect(r.published).toBe("2020-02-03T10:00:00+01:00");
    expect(r.siteName).toBe("Reuters");
    expect(r.title).toBe("Bridge reopens");
  });
});
