import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const events = (s: string, d: string[]): string[] => sentenceEvents(s, d, true);

describe("findEvents fallback: an irregular participle after an auxiliary is the dated verb", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "'were flown to <place> on <date>': flown, not were",
      "The three trawlermen were flown to Tromsø on Tuesday.",
      ["on Tuesday=2025-10-14"],
      ["other:flown=2025-10-14/reported"]
    ],
    [
      "'were driven to the border on <date>'",
      "The evacuees were driven to the border with Moldova on Sunday.",
      ["on Sunday=2025-10-12"],
      ["other:driven=2025-10-12/reported"]
    ],
    [
      "'had been taken to <place> on <date>': past 'been'",
      "The fishermen had been taken to a naval base near Dakar on Monday.",
      ["on Monday=2025-10-13"],
      ["other:taken=2025-10-13/reported"]
    ],
    [
      "'have been brought' with an adverb before the participle",
      "The striking dockers have now been brought back to the table on Thursday.",
      ["on Thursday=2025-10-16"],
      ["other:brought=2025-10-16/reported"]
    ],
    [
      "negative: an adjective participle does not beat a reporting verb",
      "A driven manager of the mine said on Friday that the shafts were safe.",
      ["on Friday=2025-10-17"],
      ["statement:said=2025-10-17/reported"]
    ],
    [
      "negative: a participle with no auxiliary is no verb ('given the floods')",
      "Given the floods in Bavaria on Saturday, the organisers stay at home.",
      ["on Saturday=2025-10-11"],
      []
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});
