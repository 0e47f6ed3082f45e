import {describe, expect, it} from "vitest";
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
    ["from alone is a point (a source, not a range)", "Reports from Monday showed the damage.", [["Monday", "point"]]]
  ])("%s", (_label, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
