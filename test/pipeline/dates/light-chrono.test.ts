import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {chronoForMask, NEED_BITS, needMask, REFERENCE} from "../../../src/pipeline/dates/chrono-instance.ts";
import {cueWindows} from "../../../src/pipeline/dates/cues.ts";
import {hasOwnSpec, interpret} from "../../../src/pipeline/dates/interpret.ts";
import {lightParse, lightSpec} from "../../../src/pipeline/dates/light-chrono.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {makeArticle} from "./make-article.ts";

/**
 * The light path (`light-chrono.ts`) must give exactly what chrono gives whenever it answers:
 * same results, offsets, texts, Specs and own/built-in origin. Checked on every date window of
 * the bundled and fixture articles, on labelled phrases, and on generated sentences that splice
 * date phrases (and near misses) into plain text. It may decline (null); then chrono answers.
 */

/** What stage 03 reads from one parse, as text for comparison; null when the light path declines. */
function light(text: string, dayFirst: boolean): string | null {
  const results = lightParse(text, dayFirst, needMask(text));
  return results && JSON.stringify(results.map((r) => [r.index, r.text, lightSpec(r), r.own !== null]));
}

function viaChrono(text: string, dayFirst: boolean): string {
  const results = chronoForMask(dayFirst, needMask(text)).parse(text, REFERENCE);
  return JSON.stringify(results.map((r) => [r.index, r.text, interpret(r), hasOwnSpec(r)]));
}

/** Every cue window of every sentence of the articles in `dir`. */
function windowsOf(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    const article = makeArticle(readFileSync(`${dir}/${name}`, "utf8"));
    for (const s of splitSentences(article)) for (const [from, to] of cueWindows(s.text)) out.push(s.text.slice(from, to));
  }
  return out;
}

describe("03 dates: the light path answers as chrono does", () => {
  it.each<[string, string]>([
    ["weekday", "Rescuers reached the village on Monday."],
    ["last weekday", "The levee broke last Friday, officials said."],
    ["weekday merged with a date", "The strike began on Monday, October 7, 2024."],
    ["day-month", "Flights resumed on 7 October after the storm."],
    ["month-day with a year", "The quake struck on Oct. 7, 2023, at dawn."],
    ["range", "Talks ran 7-9 October in Geneva."],
    ["month alone", "The river peaked in March."],
    ["modifier", "Rains returned in late November."],
    ["year suffix", "The dam failed on 7 October of last year."],
    ["offset after a date", "Two weeks after the 7 October flood, schools reopened."],
    ["relative phrases", "Three days ago the bridge fell; the next day crews arrived."],
    ["a year alone", "The mine has been closed since 2014."],
    ["weekend is no date", "Crews worked through the weekend, October 7."],
    ["May the modal", "Officials said the roads may reopen on Friday."],
    ["capitalised abbreviation after a date", "On Monday UN officials met; on Tuesday EST was noted."],
    ["numbers that are not dates", "A magnitude 5.4 tremor on Sunday displaced 1.5 million people."],
    ["day in words", "The seventh of October was calm; October seventh too."]
  ])("%s", (_label, sentence) => {
    for (const dayFirst of [false, true]) {
      for (const [from, to] of cueWindows(sentence)) {
        const part = sentence.slice(from, to);
        const got = light(part, dayFirst);
        if (got !== null) expect(got).toBe(viaChrono(part, dayFirst));
      }
    }
  });

  it("answers most windows of the bundled and fixture articles, always as chrono does", () => {
    const windows = [...windowsOf("data/corpus"), ...windowsOf("test/fixtures/gold/corpus"), ...windowsOf("test/fixtures/dates")];
    let answered = 0;
    const problems: string[] = [];
    for (const part of windows) {
      for (const dayFirst of [false, true]) {
        const got = light(part, dayFirst);
        if (got === null) continue;
        answered++;
        if (got !== viaChrono(part, dayFirst)) problems.push(part);
      }
    }
    expect(problems).toEqual([]);
    expect(answered).toBeGreaterThan(windows.length * 2 * 0.8);
  });

  it("declines ISO, month/year and other numeric forms (chrono's), answers dotted dates and a plain weekday", () => {
    expect(lightParse("The decree was signed on 2025-02-03.", false, needMask("The decree was signed on 2025-02-03."))).toBeNull();
    for (const dayFirst of [false, true]) {
      for (const text of ["The decree was signed on 03.02.2025.", "It fell on 21.35.2023, when", "on 31.12.2023", "on 13.05.2023"]) {
        const got = light(text, dayFirst);
        expect(got).not.toBeNull();
        expect(got).toBe(viaChrono(text, dayFirst));
      }
    }
    expect(lightParse("on Monday", false, NEED_BITS.weekday)?.map((r) => r.text)).toEqual(["on Monday"]);
  });

  const PHRASES = [
    "on Monday", "last Friday", "Monday, October 7", "Monday 7 October 2023", "7 October", "October 7, 2023", "Oct. 7", "Sept. 11",
    "in October", "in Oct", "October 2023", "2023 October", "late November", "mid-March", "the end of October", "last October",
    "this March", "7 October of last year", "Oct. 7 last year", "two weeks after the 7 October", "the next day", "a day later",
    "three days ago", "yesterday", "last night", "this morning", "last week", "earlier this year", "in 2023", "since 2014",
    "mid-2022", "the 2020 election", "the weekend", "weekday", "Monday EST", "Monday, UN", "Monday (AP)", "October 15",
    "15th October", "the seventh of October", "October seventh", "7-9 October", "October 7-9", "Monday -3", "Monday +0300",
    "May", "may", "March", "march", "Sun", "Sat.", "Wed.", "Thurs.", "2023", "50 people", "in March 30 people", "December 31st",
    "the day before", "the night before", "the morning after", "last summer", "this past winter", "summer 2023", "in the spring", "after the fall", "the war of 2020", "a total of 2000", "twenty-five days after", "Thirty two days later", "the following week", "that day", "later that month", "a year later", "next Tuesday", "Tuesday next week",
    "(Saturday)", "Friday,Saturday", "Mon", "weekend, October 7", "AD 70", "2023 AD", "in October 2023-24", "from Monday to Wednesday",
    "1.5 million", "9/11", "03.02.2025", "10:40 GMT", "Oct 7 2023", "in Sept.", "June of 2024", "on the 15th", "32 October",
    "21.35.2023", "10/07/2023", "15/11", "31/12/2023", "13/13/2023", "0/5/2023", "5/0/23", "7.10.23", "12.31.99", "2023-10-07", "12/2023",
    "Monday, 03.02.2025", "03.02.2025 last year", "3-1", "1/2/3/4", "04/05 2023"
  ];
  const WORDS = ["the", "flood", "rescuers", "said", "and", "of", "in", "on", "a", "Red", "Cross", "UN", "residents", "fled", ",", "."];

  it("generated sentences: same answers (fast-check)", () => {
    const piece = fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...WORDS));
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 12}), fc.constantFrom(" ", ", ", "  ", " (", "-"), fc.boolean(), (pieces, glue, dayFirst) => {
        const sentence = pieces.join(glue);
        for (const [from, to] of cueWindows(sentence)) {
          const part = sentence.slice(from, to);
          const got = light(part, dayFirst);
          if (got !== null && got !== viaChrono(part, dayFirst)) return false;
        }
        return true;
      }),
      {numRuns: 1500, seed: 20251122}
    );
  });
});
