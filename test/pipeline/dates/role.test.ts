import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {dateRole} from "../../../src/pipeline/dates/role.ts";
import type {Spec} from "../../../src/pipeline/dates/spec.ts";
import {DATE_ROLE_CUES} from "../../../src/pipeline/model/date-cues.ts";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {findDates} from "../../../src/pipeline/stages/03-dates.ts";
import {makeArticle} from "./make-article.ts";

/** [date text, role] for every date of a text (published on a Wednesday). */
function roles(text: string): Array<[string, string | undefined]> {
  const article = makeArticle(text, {published: "2024-11-20"});
  return findDates(article, splitSentences(article)).map((d) => [d.text, d.role]);
}

describe("03 dates: the role of a date in its clause", () => {
  it.each<[string, string, Array<[string, string]>]>([
    ["a plain event date", "The ferry capsized on Monday.", [["Monday", "point"]]],
    ["a held-for duration next to the release date", "She was held for 52 days before the group freed her in November 2023.", [["52 days before", "duration"], ["November 2023", "point"]]],
    ["for two weeks after a date", "The curfew lasted for two weeks after the 7 October riots.", [["two weeks after the 7 October", "duration"]]],
    ["since a month and year", "Aid convoys have been blocked since October 2023.", [["October 2023", "since"]]],
    ["since the war began in …", "Aid has been blocked since the war began in October.", [["October", "since"]]],
    ["ever since a year", "Ever since 2014 the valley has flooded each spring.", [["2014", "since"]]],
    ["since a clause, then a point after the comma", "Since the floods began in March, officials said on Monday, 40 people have died.", [["March", "since"], ["Monday", "point"]]],
    ["since … and a later point", "Rescuers have searched since Monday and found 12 survivors on Tuesday.", [["Monday", "since"], ["Tuesday", "point"]]],
    ["starting a date", "The strike will run starting Friday.", [["Friday", "since"]]],
    ["until", "The port stays shut until Friday.", [["Friday", "until"]]],
    ["up until a month", "Talks continued up until March.", [["March", "until"]]],
    ["from … to …", "Schools closed from Monday to Wednesday.", [["Monday", "since"], ["Wednesday", "until"]]],
    ["from … until …, then a point", "The strike ran from May until July, and talks resumed on Tuesday.", [["May", "since"], ["July", "until"], ["Tuesday", "point"]]],
    ["a relative clause keeps its own point", "The talks, which began on Monday, ended on Tuesday.", [["Monday", "point"], ["Tuesday", "point"]]],
    ["later is a point", "The miners were freed two weeks later.", [["two weeks later", "point"]]],
    ["from alone is a point (a source, not a range)", "Reports from Monday showed the damage.", [["Monday", "point"]]],
    // the current period in a perfect clause is the span a toll runs over, not an event's date
    ["'this year' after a perfect verb is a period", "At least 40 miners have died in the pits this year.", [["this year", "duration"]]],
    ["'this summer' after a perfect verb is a period", "Wildfires have burned 12,000 hectares this summer.", [["this summer", "duration"]]],
    ["a count with a comma does not end the clause", "The epidemic has infected more than 3,500 people this year.", [["this year", "duration"]]],
    ["negative: 'this year' in a simple past clause is a point", "The dam burst this year after heavy rain.", [["this year", "point"]]],
    ["negative: a comma between the perfect verb and the date", "The strikes have spread, and wages rose this year.", [["this year", "point"]]],
    ["negative: 'last year' after a perfect verb stays a point", "The rebels have freed 30 hostages last year.", [["last year", "point"]]]
  ])("%s", (_label, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

/** dateRole as plain regexes, without the word gates of role.ts (the reference they must agree with). */
function roleByRegexes(sentence: string, start: number, end: number, spec: Spec): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alt = (list: string[]) => list.map((w) => escape(w).replace(/ /g, "\\s+")).join("|");
  const filler = "(?:(?:the|early|mid|late)[\\s-]+)?";
  const before = sentence.slice(Math.max(0, start - 120), start);
  if (spec.kind === "fromAnchor" && /\bfor\s+$/i.test(before)) return "duration";
  if (new RegExp(`\\b(?:${alt(DATE_ROLE_CUES.until)})\\s+${filler}$`, "i").test(before)) return "until";
  if (new RegExp(`\\b(?:${alt(DATE_ROLE_CUES.since)})\\s+${filler}$`, "i").test(before)) return "since";
  if (new RegExp(`\\bfrom\\s+${filler}$`, "i").test(before) && /^\s*(?:to|until|till|through|-|–|—)\s/i.test(sentence.slice(end, end + 12))) return "since";
  if (new RegExp(`\\bfrom\\b[^,;:()—–]*\\s(?:to|through|-|–|—)\\s+${filler}$`, "i").test(before)) return "until";
  let after = -1;
  const anywhere = new RegExp(`\\b(?:${alt(DATE_ROLE_CUES.since)})\\b`, "gi");
  for (let m = anywhere.exec(before); m; m = anywhere.exec(before)) after = m.index + m[0].length;
  return after >= 0 && !/[,;:()—–]|\b(?:and|but|while|whereas|when|after|before|because|which|who|until|till|then)\b/i.test(before.slice(after)) ? "since" : "point";
}

describe("03 dates: dateRole's word gates change no role", () => {
  it("on random clauses before a date", () => {
    const pieces = [
      "since", "Since", "ever", "starting", "from", "FROM", "beginning", "in", "on", "until", "Till", "up", "to", "through", "for", "the", "The",
      "early", "mid", "late", "and", "rain", "x", "é", " ", "  ", "-", "–", "—", "\u00a0", "\u2009", ",", "\n"
    ];
    const specs: Spec[] = [{kind: "calendar", month: 5}, {kind: "fromAnchor", unit: "day", n: 1}];
    const words = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((p) => p.join(""));
    // Clauses ending like a cue: "… from 2020 to mid-", "up until the ", "beginning on ", "– ".
    const ends = fc.array(fc.constantFrom("since", "from", "until", "up", "to", "through", "on", "beginning", "the", "mid", "late", "for", "-", "–", "—", "x"), {maxLength: 3});
    const gaps = fc.array(fc.constantFrom(" ", "  ", "-", "\u2009", ""), {minLength: 4, maxLength: 4});
    fc.assert(
      fc.property(words, words, ends, gaps, words, fc.constantFrom(...specs), (head, middle, end, gap, tail, spec) => {
        const before = `${head}${gap[0]}${middle}${gap[1]}${end.join(gap[2] || " ")}${gap[3]}`;
        const sentence = `${before}May${tail}`;
        expect(dateRole(sentence, before.length, before.length + 3, spec)).toBe(roleByRegexes(sentence, before.length, before.length + 3, spec));
      }),
      {numRuns: 20000}
    );
  });
});
