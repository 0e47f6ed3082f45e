/**
 * Stage 07 on invented sentences (round 26): a captive's state raised by a verb of belief or report.
 * "B is believed / thought / said / reported to be in the hands of / in the custody of A" means A held B,
 * as "B is in the hands of A" does (detention.ts holdState, raisedPassive).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B is believed to be in the hands of A' → A held B": {
    s: "The engineer Tom Hale is believed to be in the hands of the Delta Brigade, an armed group.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: ["Delta Brigade -held-> Tom Hale"]
  },
  "positive: 'B is said to be in the custody of A' → A held B": {
    s: "Joe Bell is said to be in the custody of the Sierra Front near the border.",
    m: ["Joe Bell", "Sierra Front:group"],
    rows: ["Sierra Front -held-> Joe Bell"]
  },
  "positive: 'B is reported to be still in the hands of A' → A held B": {
    s: "Ann Vidal is reported to be still in the hands of the Sierra Front.",
    m: ["Ann Vidal", "Sierra Front:group"],
    rows: ["Sierra Front -held-> Ann Vidal"]
  },
  "negative ('is not believed to be in the hands of A'): no hold": {
    s: "Tom Hale is not believed to be in the hands of the Delta Brigade.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: []
  },
  "negative ('is expected to be in the hands of A'): a plan, no hold": {
    s: "The kidnapped Tom Hale is expected to be in the hands of the Delta Brigade.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: []
  },
  "negative ('B's fate is believed to be in the hands of A'): the fate, no captive": {
    s: "Tom Hale's fate is believed to be in the hands of the Delta Brigade.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: []
  },
  "negative (a title 'believed to be in the hands of' a club): no hold": {
    s: "The league title is believed to be in the hands of Real Madrid already, Tom Hale said.",
    m: ["Real Madrid:organization", "Tom Hale"],
    rows: []
  }
};

describe("round 26: raised hold states", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
