import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

// Invented sentences. An irregular participle right after a counted or determined noun and before a
// preposition opens a reduced relative ("the 40 miners [who were] taken to the camp on 3 May"): it is
// the verb the clause's date belongs to.

describe("findEvents: a reduced relative's irregular participle takes the clause's date", () => {
  it.each<[string, string, string[], string[]]>([
    ["'Of the 40 miners taken to the camp on <date>, 12 remain'", "Of the 40 miners taken to the camp on May 3, 2024, 12 remain there.", ["May 3, 2024=2024-05-03"], ["other:taken=2024-05-03"]],
    ["'the paintings stolen from the museum on <date>'", "Three of the paintings stolen from the museum on 4 June are still missing.", ["4 June=2024-06-04"], ["other:stolen=2024-06-04"]]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});

describe("negatives: the participle alone is no verb", () => {
  it.each<[string, string, string[]]>([
    ["an adjective after a determiner ('a driven manager')", "Rovers hired a driven manager from Leeds on 4 June.", ["4 June=2024-06-04"]],
    ["no preposition after it ('the men given food')", "The men given food on 4 June are still weak.", ["4 June=2024-06-04"]]
  ])("%s", (_label, s, d) => {
    expect(sentenceEvents(s, d).filter((e) => e.includes(":driven=") || e.includes(":given="))).toEqual([]);
  });
});
