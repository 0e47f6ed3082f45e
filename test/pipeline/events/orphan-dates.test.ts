/**
 * Round 21 class for stage 06's fallback events (events/orphan-dates.ts nearestVerb): a date inside a relative clause
 * set off by commas dates that clause's verb, not the main verb after the closing comma. Sentences invented for the
 * tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("findEvents: a date inside ', who … ,' dates the relative clause's verb", () => {
  it.each<[string, string, string[], string[]]>([
    ["a past participle in the relative clause", "The mayor, who was jailed in a Swiss prison in 2020, accepted the request.", ["2020=2020"], ["other:jailed=2020"]],
    [
      "over a reporting verb after the comma",
      "The singer, who was treated in a Lisbon clinic in 2021, thanked her doctors, her agent said.",
      ["2021=2021"],
      ["other:treated=2021"]
    ],
    // negatives
    ["no relative clause: the reporting verb after the comma still wins", "The crew reached the port on Saturday, the company said.", ["Saturday=2025-10-11"], ["statement:said=2025-10-11"]],
    [
      "a comma before the date that opens no relative clause: the reporting verb after the date still wins",
      "In the north, the crew reached the port on Saturday, the company said.",
      ["Saturday=2025-10-11"],
      ["statement:said=2025-10-11"]
    ],
    [
      "an apposition with no relative opener: the main verb after it",
      "The mayor, a teacher at a Braga school in 2019, accepted the request.",
      ["2019=2019"],
      ["other:accepted=2019"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});

describe("findEvents: the clause's verb before a long agent or object phrase (longReachVerb)", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a passive with a long agent and its acronym",
      "Anna Weber was questioned by investigators of the Central Bureau for Economic Crime (CBEC) of Austria on August 21.",
      ["August 21=2025-08-21"],
      ["other:questioned=2025-08-21"]
    ],
    [
      "an object with a name set off by commas, then a place",
      "The bishop welcomed the nurse's two brothers, Tomas and Piet Brill, in the old library of the cathedral on 9 May.",
      ["9 May=2025-05-09"],
      ["other:welcomed=2025-05-09"]
    ],
    [
      "past an earlier date of the same list",
      "Storms sank the ferries Blue Star and Green Wave off the northern coast on July 7 and July 8.",
      ["July 7=2025-07-07", "July 8=2025-07-08"],
      ["other:sank=2025-07-07", "other:sank=2025-07-08"]
    ],
    // negatives
    [
      "a comma that opens a noun phrase: a clause of its own with its verb left out",
      "The families paid a ransom of 90,000 dinars in two instalments to the middlemen, the second one last week.",
      ["last week=2025-10"],
      []
    ],
    [
      "an earlier date not joined to it: that date's verb",
      "The minister walked to the harbour on Wednesday with her deputy and two advisers from the agency for a dinner on Thursday.",
      ["Wednesday=2025-10-08", "Thursday=2025-10-09"],
      ["other:walked=2025-10-08"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});

/**
 * Review 21 F15: the long reach took the first verb 10+ tokens back, which after a relative clause closed before the
 * date or a reduced relative in the object is the inner verb. Those verbs are skipped now.
 */
describe("review 21 F15: the long reach skips a closed relative clause and a reduced relative", () => {
  it.each<[string, string, string[], string[]]>([
    // negatives: the inner verb never takes the date
    [
      "a relative clause closed before the date: not its verb",
      "Gunmen kidnapped the priest, who had served the parish of Saint Mary in the remote village of Kuduru for years, on Monday.",
      ["Monday=2025-10-06"],
      // the kidnapping's own trigger (undated: the reach stops at its span's limit), never "served" with Monday
      ["abduction:kidnapped=null"]
    ],
    [
      "a reduced relative in the object: the main verb before it",
      "The judge rejected the appeal filed by lawyers for the former interior minister and three of his aides on Friday.",
      ["Friday=2025-10-10"],
      ["other:rejected=2025-10-10"]
    ],
    // positive kept: a passive's own participle after its auxiliary is no reduced relative
    [
      "a passive with a long agent phrase",
      "Marta Kovac was detained by agents of the National Bureau for Organised Crime of Croatia in Zadar on 3 March.",
      ["3 March=2025-03-03"],
      ["other:detained=2025-03-03"]
    ]
  ])("%s", (_label, s, d, expected) => {
    expect(sentenceEvents(s, d)).toEqual(expected);
  });
});
