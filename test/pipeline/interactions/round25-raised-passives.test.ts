/**
 * Stage 07 on invented sentences (round 25): a passive raised by a verb of belief or report. "B is
 * believed / thought / said to be held by A", "B and C are thought to have been kidnapped by A" → A held
 * (abducted) B: the patient stands before the raising verb (find-interactions.ts raisedPassive; model
 * interaction-detention.ts RAISING_REPORT_VERBS). Not a plan ("is expected / due to be freed by A"), not
 * a negated belief ("is not believed to be held by A"), not an active infinitive ("to be hiding from A").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B is believed to be held by A' → A held B": {
    s: "The engineer Tom Hale is believed to be held by the Delta Brigade in the creeks.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: ["Delta Brigade -held-> Tom Hale"]
  },
  "positive: 'B and C are thought to have been kidnapped by A' → A abducted both": {
    s: "Ann Ward and Joe Bell are thought to have been kidnapped by the Delta Brigade.",
    m: ["Ann Ward", "Joe Bell", "Delta Brigade:group"],
    rows: ["Delta Brigade -abducted-> Ann Ward", "Delta Brigade -abducted-> Joe Bell"]
  },
  "positive: 'B is said to be held by A' → A held B": {
    s: "Police said Sam Cole is said to be held by the Delta Brigade near Warri.",
    m: ["Sam Cole", "Delta Brigade:group", "Warri:place"],
    rows: ["Delta Brigade -held-> Sam Cole"]
  },
  "negative (review 25 F1, an idiom: 'B is believed to be held in high regard by A'): no hold": {
    s: "Tom Hale is believed to be held in high regard by Ann Vidal.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 25 F1, an idiom: 'B is said to be held in contempt by A'): no hold": {
    s: "Tom Hale is said to be held in contempt by Ann Vidal.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 25 F1, the plain idiom: 'B is held in esteem by A'): no hold": {
    s: "Tom Hale is held in great esteem by Ann Vidal.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (a plan: 'B is expected to be freed by A'): no release": {
    s: "Tom Hale is expected to be freed by the Delta Brigade on Friday.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: []
  },
  "negative (a negated belief: 'B is not believed to be held by A'): no hold": {
    s: "Tom Hale is not believed to be held by the Delta Brigade.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: []
  },
  "negative (an active infinitive: 'B is believed to be hiding from A'): no hold": {
    s: "Tom Hale is believed to be hiding from the Delta Brigade.",
    m: ["Tom Hale", "Delta Brigade:group"],
    rows: []
  }
};

describe("round 25: raised passives", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
