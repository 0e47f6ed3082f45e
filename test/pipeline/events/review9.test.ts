import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const events = (s: string, d: string[]): string[] => sentenceEvents(s, d, true);

describe("review 9: a date right before a verb is no modifier (only an attributive date is)", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a headline-style 'detained since <month> released': the release keeps no date",
      "Three aid workers detained since March released, agency says.",
      ["March=2025-03@since"],
      ["release:released=null/reported"]
    ],
    [
      "still: 'since the <date> raid' dates the raid",
      "Troops on Sunday released four farmers held since the June 2, 2024 raid on their village.",
      ["Sunday=2025-10-12", "June 2, 2024=2024-06-02@since"],
      ["release:released=2025-10-12/reported", "attack:raid=2024-06-02/reported"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});

describe("review 9: a plan dates only a future date, and 'due to' is a plan only after a form of 'be'", () => {
  it.each<[string, string, string[], string[]]>([
    ["negative: '<adjective> due to <adjective> <noun>' is a cause", "Olive yields are low due to persistent frost in March.", ["in March=2026-03"], []],
    [
      "negative: the event noun of such a cause is reported, not planned",
      "Rice yields are low due to harsh drought in July.",
      ["in July=2026-07"],
      ["other:drought=2026-07/reported"]
    ],
    [
      "negative: a past date does not date the plan of another clause",
      "The port will reopen soon and the mayor spoke to reporters on Monday.",
      ["on Monday=2025-10-13"],
      []
    ],
    ["still: 'is due to <verb>' with a future date", "The new ferry terminal is due to open in April.", ["in April=2026-04"], ["other:open=2026-04/planned"]],
    ["still: 'will <verb>' on the day of publication", "The rowers will cross the finish line today.", ["today=2025-10-15"], ["other:cross=2025-10-15/planned"]]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});

describe("review 9: only adjectives and nouns stand between a year and its event noun", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "negative: a preposition after the year ends the search",
      "He worked in Tbilisi in 2018 during the strikes.",
      ["in 2018=2018"],
      ["other:worked=2018/reported"]
    ],
    ["negative: a determiner after the year ends the search", "The mill closed in 2016 and the floods came later.", ["in 2016=2016"], ["other:closed=2016/reported"]],
    ["still: an adjective between", "Thousands marched after the contested 2020 regional election.", ["2020=2020"], ["other:election=2020/reported"]]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});
