import {describe, expect, it} from "vitest";
import {findDate, hasNumericDate, numericOrderEvidence, parseDateValue} from "../../../src/pipeline/ingest/dates.ts";
import {datelineDate, datelineOutlet, headlineLine, mayHoldUrl, urlDate, urlLines} from "../../../src/pipeline/ingest/metadata.ts";
import {hostOf, outletFromName, outletFromUrl} from "../../../src/pipeline/ingest/outlets.ts";
import {ctx} from "./helpers.ts";

describe("dates in metadata", () => {
  it.each([
    ["ISO", "2024-11-15", true, "2024-11-15"],
    ["month first", "November 15, 2024", true, "2024-11-15"],
    ["abbreviated month with period", "Nov. 5, 2023", true, "2023-11-05"],
    ["day first", "15 November 2024", true, "2024-11-15"],
    ["ordinal day", "3rd of March 2022", true, "2022-03-03"],
    ["stamp, day-first outlet", "10:40 GMT 03.02.2025", true, "2025-02-03"],
    ["stamp, month-first (US) outlet", "10:40 GMT 03.02.2025", false, "2025-03-02"],
    ["first number > 12 is a day even for a US outlet", "15/03/2024", false, "2024-03-15"],
    ["second number > 12 is a day even for a day-first outlet", "03/15/2024", true, "2024-03-15"],
    ["impossible date", "31.02.2024", true, null],
    ["no year", "November 15", true, null]
  ])("%s: %s", (_label, s, dayFirst, expected) => {
    expect(findDate(s, dayFirst)?.date ?? null).toBe(expected);
  });

  it.each([
    ["timestamp", "2024-11-15T09:30:00Z", "2024-11-15"],
    ["month precision", "2024-11", "2024-11"],
    ["year precision", "2024", "2024"],
    ["written date", "Friday, 15 November 2024", "2024-11-15"],
    ["garbage", "last week", null],
    ["a sentence with a date in it", "The council met on 15 November 2024 to discuss the budget shortfall and the new plan for the harbour", null]
  ])("parseDateValue %s", (_label, v, expected) => {
    expect(parseDateValue(v, true)).toBe(expected);
  });

  it("numericOrderEvidence counts unambiguous numeric dates", () => {
    expect(numericOrderEvidence("on 15/03/2024 and 20/04/2024, then 04/05/2024")).toBe(2);
    expect(numericOrderEvidence("on 03/15/2024")).toBe(-1);
  });
});

describe("URL lines and URL dates", () => {
  it.each([
    ["/YYYY/MM/DD/", "https://www.example.com/2024/11/15/storm-hits-a123", "2024-11-15"],
    ["/YYYY-MM-DD-", "https://example.com/news/2021-06-04-port-strike", "2021-06-04"],
    ["/YYYYMMDD/", "https://example.com/20210604/port-strike", "2021-06-04"],
    ["month name path", "https://www.theguardian.com/business/2021/jun/04/x", "2021-06-04"],
    ["a word that is not a month", "https://example.com/2021/news/04/x", null],
    ["no date", "https://example.com/news/port-strike", null],
    ["date in the domain is not a path", "https://2024.example.com/x", null]
  ])("urlDate %s", (_label, url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });

  it.each([
    ["a bare URL line", ["Storm", "https://example.com/a"], ["https://example.com/a"]],
    ["a labelled URL line", ["Storm", "Original url:", "Source: https://example.com/a"], ["https://example.com/a"]],
    ["a URL broken by a stray space is rejoined", ["https://example.com/2024/01/02/storm-hits-the-coa st-a1"], ["https://example.com/2024/01/02/storm-hits-the-coast-a1"]],
    ["a URL inside a sentence is not the article's address", ["Details are at https://example.com/a for readers."], []]
  ])("urlLines: %s", (_label, lines, expected) => {
    expect(urlLines(lines)).toEqual(expected);
  });
});

describe("datelines", () => {
  it.each([
    ["a dated line under the headline", ["Storm hits coast", "November 15, 2024", "Rain fell."], "2024-11-15"],
    ["Published label and time", ["Storm hits coast", "Published: 15 Nov 2024, 10:40 GMT", "Rain fell."], "2024-11-15"],
    ["byline and date", ["Storm hits coast", "By Jane Doe | March 3, 2021", "Rain fell."], "2021-03-03"],
    ["a date inside a sentence is not a dateline", ["Storm hits coast", "The storm that began on November 15, 2024 was the worst in a decade, officials said."], null],
    ["Published beats Updated", ["Updated 16 Nov 2024", "Published 15 Nov 2024"], "2024-11-15"],
    ["Updated when nothing else", ["Updated 16 Nov 2024"], "2024-11-16"],
    ["day, abbreviated month, comma, year and time", ["Storm hits coast", "14 Oct, 2025 10:40"], "2025-10-14"],
    ["'Published On' label", ["Storm hits coast", "Published On 15 Nov 2024"], "2024-11-15"],
    ["time with a GMT offset and an update note", ["Storm hits coast", "November 15, 2024 4:41 PM GMT+3 Updated 2 hours ago"], "2024-11-15"],
    ["ISO timestamp line", ["Storm hits coast", "2024-11-15T09:30:00Z"], "2024-11-15"],
    ["weekday and date", ["Storm hits coast", "Friday 15 November 2024 09.30 GMT"], "2024-11-15"]
  ])("%s", (_label, lines, expected) => {
    expect(datelineDate(lines, true)).toBe(expected);
  });

  it("a US outlet's numeric stamp is month-first", () => {
    expect(datelineDate(["Storm hits coast", "10:40 GMT 03.02.2025"], false)).toBe("2025-03-02");
  });
});

describe("outlets", () => {
  it.each([
    ["www subdomain", "https://www.bbc.com/news/world-1", "bbc"],
    ["country domain", "https://www.bbc.co.uk/news/uk-1", "bbc"],
    ["language subdomain", "https://arabic.rt.com/news/1", "rt"],
    ["longest domain wins", "https://news.sky.com/story/x", "sky-news"],
    ["upper case host", "HTTPS://WWW.REUTERS.COM/world/", "reuters"],
    ["unknown domain", "https://example.org/a", null],
    ["suffix that is not a subdomain", "https://notbbc.com/a", null]
  ])("outletFromUrl %s", (_label, url, id) => {
    expect(outletFromUrl(url, ctx.outlets)?.id ?? null).toBe(id);
  });

  it.each([
    ["id", "rt", "rt"],
    ["name with The", "The Moscow Times", "the-moscow-times"],
    ["name without The, other case", "moscow times", "the-moscow-times"],
    ["domain", "apnews.com", "ap"],
    ["unknown", "The Daily Planet", null]
  ])("outletFromName %s", (_label, name, id) => {
    expect(outletFromName(name, ctx.outlets)?.id ?? null).toBe(id);
  });

  it("lookups are indexed per outlet list: a list that grows is re-indexed, another list has its own answers", () => {
    const list = ctx.outlets.filter((o) => o.id !== "ap");
    expect(outletFromName("apnews.com", list)).toBeNull();
    expect(outletFromUrl("https://apnews.com/article/x", list)).toBeNull();
    list.push(ctx.outlets.find((o) => o.id === "ap")!);
    expect(outletFromName("apnews.com", list)?.id).toBe("ap");
    expect(outletFromUrl("https://apnews.com/article/x", list)?.id).toBe("ap");
    expect(outletFromName("apnews.com", [])).toBeNull();
  });

  it("hostOf strips www and lower-cases", () => {
    expect(hostOf("https://WWW.Example.COM/x")).toBe("example.com");
  });

  it.each([
    ["place (Outlet) -", ["GENEVA (Reuters) - Talks resumed on Monday."], "reuters"],
    ["place, country (Outlet) —", ["NAIROBI, Kenya (AP) — Floods killed 40."], "ap"],
    ["not a wire dateline", ["Officials (including the mayor) - said more."], null],
    ["unknown outlet in parentheses", ["LIMA (Planet News) - Rain fell."], null],
    // The "(" pre-test: the first "(" must stand 2–60 characters in, as the regex needs.
    ["first \"(\" at 60 characters", [`${"A".repeat(59)} (Reuters) - Talks resumed.`], "reuters"],
    ["first \"(\" past 60 characters", [`${"A".repeat(61)}(Reuters) - Talks resumed.`], null],
    ["\"(\" too early", ["K(Reuters) - Talks resumed."], null],
    ["a bracket closed before the outlet's", ["GENEVA (1) (Reuters) - Talks resumed."], null]
  ])("datelineOutlet %s", (_label, lines, id) => {
    expect(datelineOutlet(lines, ctx.outlets)?.id ?? null).toBe(id);
  });
});

describe("headlineLine", () => {
  it.each([
    ["first line", ["Floods force thousands from their homes", "Rain fell all night."], "Floods force thousands from their homes"],
    ["skips a one-word section label", ["Europe", "Floods force thousands from their homes"], "Floods force thousands from their homes"],
    ["not a sentence with a period", ["Rain fell all night across the region.", "More text."], null],
    ["not a date line", ["November 15, 2024", "Rain."], null],
    // Taken as the title, the paragraph became a headline line: no mentions, no events.
    ["not a paragraph of sentences that ends with a question", ["Rain fell on Monday in Tarma. Who pays for the damage?", "More text."], null],
    ["a headline with abbreviations", ["U.S. Sends Aid as Gov. Ruiz Tours Flooded Valley", "Rain."], "U.S. Sends Aid as Gov. Ruiz Tours Flooded Valley"],
    ["a headline that is a question", ["Who will pay for the flood damage in Tarma?", "Rain."], "Who will pay for the flood damage in Tarma?"]
  ])("%s", (_label, lines, expected) => {
    expect(headlineLine(lines)).toBe(expected);
  });
});

describe("whole-text prefilters", () => {
  it.each([
    ["Rain fell on 15.03.2024.", true],
    ["On 3/15/2024 it rained", true],
    ["Rain fell on 2024-03-15 and 3.5 mm fell", false]
  ])("hasNumericDate(%s) → %s", (text, expected) => {
    expect(hasNumericDate(text)).toBe(expected);
  });
  it.each([
    ["Floods\nSource: https://example.com/a", true],
    ["See WWW.example.com", true],
    ["Rain fell. It was a www-like day", false]
  ])("mayHoldUrl(%s) → %s", (text, expected) => {
    expect(mayHoldUrl(text)).toBe(expected);
    if (!expected) expect(urlLines(text.split("\n"))).toEqual([]);
  });
});
