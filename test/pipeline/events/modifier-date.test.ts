import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const events = (s: string, d: string[]): string[] => sentenceEvents(s, d, true);

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

describe("findEvents: more dated clauses reach an event", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a list of dates reaches the verb before the first",
      "Dam inspectors toured the spillway in 2021 and in May 2022, then once more this June.",
      ["2021=2021", "May 2022=2022-05", "this June=2025-06"],
      ["other:toured=2021/reported", "other:toured=2022-05/reported", "other:toured=2025-06/reported"]
    ],
    [
      "an event noun before the date of a verbless clause",
      "Omar Haddad had run a bakery in Lyon for nine years before his arrest in May 2022.",
      ["May 2022=2022-05"],
      ["other:arrest=2022-05/reported"]
    ],
    [
      "'due to the <event> in <month>' is a cause, not a plan",
      "The harvest is poor due to the drought in August.",
      ["in August=2025-08"],
      ["other:drought=2025-08/reported"]
    ],
    ["negative: a noun that is no event", "Omar Haddad ran a bakery for nine years before his move to the bakery in May 2022.", ["May 2022=2022-05"], []]
  ])("%s", (_label, s, d, expected) => {
    expect(events(s, d)).toEqual(expected);
  });
});
