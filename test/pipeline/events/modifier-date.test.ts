import {describe, expect, it} from "vitest";
import {findEvents} from "../../../src/pipeline/stages/06-events.ts";
import {datesFrom, emptyCtx, makeArticle} from "./helpers.ts";

/** Every event of the sentence as "type:trigger=date/modality". */
function events(s: string, d: string[]): string[] {
  const {article, sentences} = makeArticle([s]);
  return findEvents(article, sentences, datesFrom(sentences[0], d), [], emptyCtx).map((e) => `${e.type}:${e.trigger}=${e.date}/${e.modality}`);
}

describe("findEvents: a date right before a trigger noun dates that noun", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "'held since the <date> attack': the attack, not the release day",
      "Rebels on Thursday freed two nurses held since the May 4, 2024 attack on the clinic.",
      ["Thursday=2025-10-16", "May 4, 2024=2024-05-04@since"],
      ["release:freed=2025-10-16/reported", "attack:attack=2024-05-04/reported"]
    ],
    [
      "'the <year> kidnapping' in a clause dated otherwise",
      "Police on Monday charged a driver over the 2021 kidnapping of a banker.",
      ["Monday=2025-10-13", "2021=2021"],
      ["other:charged=2025-10-13/reported", "abduction:kidnapping=2021/reported"]
    ],
    [
      "negative: a date with words between it and the trigger does not date it",
      "Rebels on Thursday freed two nurses held since May 2024 after an attack on the clinic.",
      ["Thursday=2025-10-16", "May 2024=2024-05@since"],
      ["release:freed=2025-10-16/reported", "attack:attack=null/reported"]
    ],
    [
      "negative: a lowercase 'may' is still the modal",
      "The rebels may release the nurses on Friday.",
      ["on Friday=2025-10-17"],
      ["release:release=2025-10-17/hypothetical"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});
