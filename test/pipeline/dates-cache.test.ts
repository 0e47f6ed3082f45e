import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {cueWindows, hasDateCue} from "../../src/pipeline/dates/cues.ts";
import {datesInSentence} from "../../src/pipeline/dates/find.ts";
import {DATE_CUE_AFTER_UNITS, DATE_CUE_LEADS, DATE_CUE_UNITS, DATE_CUE_WORDS} from "../../src/pipeline/model/date-cues.ts";
import {splitSentences} from "../../src/pipeline/stages/02-sentences.ts";
import {findDates} from "../../src/pipeline/stages/03-dates.ts";
import {makeArticle} from "./dates/make-article.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: string[]) => words.map(escape).join("|");
/** The one-regex form of the cue test that `cues.ts` splits in two (word cues, digit cues). */
const ONE_REGEX = new RegExp(
  `\\b(?:${alt(DATE_CUE_WORDS)})\\b|\\b(?:${alt(DATE_CUE_LEADS)})[\\s-]+(?:${alt(DATE_CUE_UNITS)})\\b` +
    `|\\b(?:${alt(DATE_CUE_UNITS)})\\s+(?:${alt(DATE_CUE_AFTER_UNITS)})\\b|\\d{4}|\\d[./-]\\d`,
  "g"
);

/** Windows computed from the one-regex cue list, the way stage 03 built them before the split. */
function windowsByOneRegex(s: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const blank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
  ONE_REGEX.lastIndex = 0;
  for (let m = ONE_REGEX.exec(s); m; m = ONE_REGEX.exec(s)) {
    let from = Math.max(0, m.index - 60);
    let to = Math.min(s.length, m.index + m[0].length + 60);
    while (from > 0 && !blank(s.charCodeAt(from - 1))) from--;
    while (to < s.length && !blank(s.charCodeAt(to))) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const covered = windows.reduce((k, [a, b]) => k + b - a, 0);
  return covered > s.length * 0.7 && windows.length > 0 ? [[0, s.length]] : windows;
}

describe("03 dates: cue pre-filter", () => {
  it.each<[string, string, boolean]>([
    ["month name", "Rivers rose in October after heavy rain.", true],
    ["weekday", "Pumps failed on Friday.", true],
    ["lead and unit", "The levee gave way the next day.", true],
    ["unit and after", "Two weeks after the quake, aid arrived.", true],
    ["four digits", "The mine closed in 2019.", true],
    ["numeric date", "Stamped 03.02.2025 by the clerk.", true],
    ["lowercase month words are not cues", "Crowds may march to the square.", false],
    ["a bare count is not a cue", "Rescuers pulled 12 people from the rubble.", false],
    ["a decimal is a cue (chrono decides)", "Inflation hit 4.5 percent.", true],
    ["month prefix inside a word is not a cue", "The Mayor of the port town spoke.", false]
  ])("%s", (_label, sentence, expected) => {
    expect(hasDateCue(sentence)).toBe(expected);
  });

  it("word and digit cues interleave in text order", () => {
    const filler = "the water rose ".repeat(15);
    const s = filler + "In 2019, on Monday " + filler + "the 3.5 metre wall fell last week " + filler;
    expect(cueWindows(s)).toEqual(windowsByOneRegex(s));
    expect(cueWindows(s).length).toBe(2);
  });

  it("split regexes give the same windows as one alternation (random text)", () => {
    const pieces = ["May", "Jan", "last", "day", "days", "weeks", "after", "ago", "the", "next", " ", "-", "\u00a0", "_", "1", "2", "0", "9", ".", "/", "x", "é", "Monday", "\n", "that", "night", "Sept", "y".repeat(70)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        const s = parts.join("");
        expect(cueWindows(s)).toEqual(windowsByOneRegex(s));
      }),
      {numRuns: 3000}
    );
  });
});

describe("03 dates: repeated sentences", () => {
  const sentence = "Floodwaters reached the town on Thursday and receded two days later.";

  it("the same sentence in two articles gives the same rows, at its own offsets", () => {
    const first = makeArticle(`${sentence}\n\nMore rain is forecast.`, {published: "2024-11-18"});
    const second = makeArticle(`Residents fled.\n\n${sentence}`, {published: "2024-12-02"});
    const a = findDates(first, splitSentences(first));
    const b = findDates(second, splitSentences(second));
    for (const [article, rows] of [[first, a], [second, b]] as const) {
      for (const m of rows) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(a.map((m) => m.text)).toEqual(b.map((m) => m.text));
    // Resolution still uses each article's own publication date.
    expect(a[0].date).toBe("2024-11-14");
    expect(b[0].date).toBe("2024-11-28");
  });

  it("a sentence repeated in one article gives its rows twice, each at its own offsets", () => {
    const article = makeArticle(`${sentence}\n\n${sentence}`, {published: "2024-11-18"});
    const rows = findDates(article, splitSentences(article));
    const perSentence = datesInSentence(sentence, false).length;
    expect(perSentence).toBe(2);
    expect(rows.length).toBe(2 * perSentence);
    expect(rows[perSentence].start - rows[0].start).toBe(sentence.length + 2);
  });

  it("day-first and month-first readings of the same sentence differ", () => {
    const s = "The decree was signed on 03.02.2025.";
    const us = findDates(makeArticle(s, {published: "2025-06-01"}), splitSentences(makeArticle(s, {published: "2025-06-01"})));
    const gb = findDates(makeArticle(s, {published: "2025-06-01", dayFirst: true}), splitSentences(makeArticle(s, {published: "2025-06-01", dayFirst: true})));
    expect(us[0].date).toBe("2025-03-02");
    expect(gb[0].date).toBe("2025-02-03");
  });
});
