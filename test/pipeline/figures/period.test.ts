/**
 * Period phrases of a sentence: each pattern runs only when its key words are there (see PERIOD_KEYS).
 */
import {describe, expect, it} from "vitest";
import {findAsOf, findPeriods, periodsAndAsOf} from "../../../src/pipeline/figures/period.ts";

const texts = (t: string) => findPeriods(t).map((p) => p.text);

describe("findPeriods", () => {
  it.each<[string, string[]]>([
    ["killed over 15 months.", ["over 15 months"]],
    ["in the past 24 hours, 12 died", ["in the past 24 hours"]],
    // The blank after "last" is shared by the "the last" key and the unit key.
    ["fled in the last days of the siege", ["in the last days"]],
    ["In The Past Week 40 were freed", ["In The Past Week"]],
    ["Since the war began, 300 were held", ["Since the war began"]],
    ["40 people were freed so far this year", ["so far this year"]],
    ["On Monday and today 40 were freed", []],
    ["after\t3\tweeks in captivity", ["after\t3\tweeks"]]
  ])("%s", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe("findAsOf", () => {
  it("finds as of / as at phrases", () => {
    expect(findAsOf("3,400 had been killed as of Wednesday.").map((p) => p.text)).toEqual(["as of Wednesday"]);
  });
});

describe("periodsAndAsOf", () => {
  it.each([
    "3,400 killed over 15 months as of Wednesday.",
    "As at the past 3 days, 40 were freed",
    "as of days ago, since the war began, 12 died so far",
    "No period here, 40 were freed."
  ])("equals findPeriods and findAsOf: %s", (text) => {
    expect(periodsAndAsOf(text)).toEqual({periods: findPeriods(text), asOfs: findAsOf(text)});
  });
});
