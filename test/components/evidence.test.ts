import {parseHTML} from "linkedom";
import {beforeAll, describe, expect, it} from "vitest";
import {safeHref} from "../../src/components/dom.ts";
import {evidenceContext, evidencePanel} from "../../src/components/evidence.ts";

beforeAll(() => {
  const {document} = parseHTML("<!doctype html><html><body></body></html>");
  (globalThis as any).document = document;
});

describe("safeHref", () => {
  it.each([
    ["https", "https://news.example/a?b=1", "https://news.example/a?b=1"],
    ["http", "http://news.example/", "http://news.example/"],
    ["javascript", "javascript:alert(1)", null],
    ["data", "data:text/html,<script>", null],
    ["relative", "/a/b", null],
    ["null", null, null]
  ])("%s", (_label, url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe("evidence", () => {
  const articles = [{article_id: "a1", outlet: "coast-news", published: "2024-04-02", title: "<b>Dam</b> breaks", url: "javascript:alert(1)"}];
  const sentences = [{article_id: "a1", sentence_index: 1, char_start: 20, sentence: "At least 40 <img src=x onerror=alert(1)> people drowned."}];

  it("converts article offsets to sentence offsets", () => {
    const item = evidenceContext(articles, sentences)({article_id: "a1", sentence_index: 1, char_start: 20, char_end: 31});
    expect(item.sentence.slice(item.start!, item.end!)).toBe("At least 40");
  });

  it("drops offsets that fall outside the sentence instead of highlighting garbage", () => {
    const item = evidenceContext(articles, sentences)({article_id: "a1", sentence_index: 1, char_start: 5, char_end: 9});
    expect([item.start, item.end]).toEqual([null, null]);
  });

  it("renders article text as text (no markup) and refuses non-http links", () => {
    const panel = evidencePanel();
    const item = evidenceContext(articles, sentences)({article_id: "a1", sentence_index: 1, char_start: 20, char_end: 31});
    panel.show([item], "Drowned");
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector("img")).toBeNull();
    expect(panel.querySelector("b")).toBeNull();
    expect(panel.querySelector("a")).toBeNull();
    expect(panel.querySelector("mark")!.textContent).toBe("At least 40");
    expect(panel.textContent).toContain("<img src=x onerror=alert(1)>");
    panel.clear();
    expect(panel.hidden).toBe(true);
  });
});
