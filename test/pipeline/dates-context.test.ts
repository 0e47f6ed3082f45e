import {describe, expect, it} from "vitest";
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {splitSentences} from "../../src/pipeline/stages/02-sentences.ts";
import {findDates} from "../../src/pipeline/stages/03-dates.ts";
import {dateForSpan} from "../../src/pipeline/dates/nearest.ts";
import {datesOf, type Row} from "./dates/helpers.ts";
import {makeArticle} from "./dates/make-article.ts";
import {TZ_CASES} from "./dates/tz-cases.ts";

describe("03 dates: hand-labelled fixture article", () => {
  it("finds exactly the labelled dates of test/fixtures/dates/flood-article.txt", () => {
    const gold = JSON.parse(readFileSync("test/fixtures/dates/flood-article.gold.json", "utf8")) as {published: string; dayFirst: boolean; dates: Row[]};
    const text = readFileSync("test/fixtures/dates/flood-article.txt", "utf8");
    expect(datesOf(text, gold.published, gold.dayFirst)).toEqual(gold.dates);
  });
});

describe("03 dates: no dependence on the machine's time zone", () => {
  it("spot checks at day/month/year edges", () => {
    const [first, second] = TZ_CASES.map(([text, published, dayFirst]) => datesOf(text, published, dayFirst));
    expect(first.map((r) => r.date)).toEqual(["2023-12-31", "2023-12-31", "2023-12-29", "2023-12"]);
    expect(second.map((r) => r.date)).toEqual(["2023-12-31", "2024-01-01", "2024-02"]);
  });
  it.each(["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "UTC"])("same rows under TZ=%s", (tz) => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "test/pipeline/dates/tz-probe.ts"], {
      env: {...process.env, TZ: tz},
      encoding: "utf8",
      timeout: 60_000
    });
    expect(child.status, child.stderr).toBe(0);
    const expected = TZ_CASES.map(([text, published, dayFirst]) => datesOf(text, published, dayFirst));
    expect(JSON.parse(child.stdout)).toEqual(expected);
  }, 60_000);
});

describe("dateForSpan: the date that dates a span", () => {
  const setup = (text: string, published = "2024-11-20") => {
    const article = makeArticle(text, {published});
    const sentences = splitSentences(article);
    const dates = findDates(article, sentences);
    const span = (word: string, nth = 0) => {
      let at = -1;
      for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
      return [at, at + word.length] as const;
    };
    return {sentences, dates, span};
  };
  it.each<[string, string, string, string | null]>([
    ["same clause beats a closer date in another clause", "The dam failed on Monday, and on Tuesday, 1998 records fell.", "failed", "Monday"],
    ["fronted date governs the main clause", "On Tuesday, rescuers evacuated 300 people.", "evacuated", "Tuesday"],
    ["closest within the clause", "Aid arrived on Friday after the storm of 14 March 2024.", "arrived", "Friday"],
    ["a date in a relative clause does not date the main verb", "Crews, who arrived on Monday, rebuilt the levee on Friday.", "rebuilt", "Friday"],
    ["no date in the sentence", "Crews rebuilt the levee.", "rebuilt", null]
  ])("%s", (_label, text, word, expected) => {
    const {sentences, dates, span} = setup(text);
    const [start, end] = span(word);
    const sentence = sentences.find((s) => s.start <= start && end <= s.end)!;
    expect(dateForSpan(dates, sentence, start, end)?.text ?? null).toBe(expected);
  });
  it("only looks inside the given sentence", () => {
    const {sentences, dates, span} = setup("The river rose on Monday. Crews rebuilt the levee.");
    const [start, end] = span("rebuilt");
    expect(dateForSpan(dates, sentences[1], start, end)).toBeNull();
  });
  it("prefers a resolved date over an unresolved one", () => {
    const article = makeArticle("The next day, on 3 May 2024, crews rebuilt the levee.", {published: "2024-11-20"});
    const sentences = splitSentences(article);
    const dates = findDates(article, sentences);
    const at = article.text.indexOf("rebuilt");
    expect(dateForSpan(dates, sentences[0], at, at + 7)?.text).toBe("3 May 2024");
  });
});
