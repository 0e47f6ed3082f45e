/**
 * Stage 07, round 31 (subjects and objects): a passive's agent that is an unnamed group described by an article and
 * lowercase words, then named in commas: "B was kidnapped by a local gang, the Red Hand, on Monday" → the Red Hand
 * abducted B; "B was rescued by a mountain charity, the Alp Aid Trust." (find-interactions.ts passiveAgent,
 * describedGroupAgent; model DESCRIBED_AGENT_GROUP_NOUNS). Before, the comma after the description ended the agent.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B was kidnapped by a local gang, the A, on Monday": {
    s: "Tomas Berg was kidnapped by a local gang, the Red Hand, on Monday.",
    m: ["Tomas Berg", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Tomas Berg"]
  },
  "B was rescued by a mountain charity, the A.": {
    s: "The climber Lena Vos was rescued by a mountain charity, the Alp Aid Trust.",
    m: ["Lena Vos", "Alp Aid Trust:organization"],
    rows: ["Alp Aid Trust -assisted-> Lena Vos"]
  },
  "B was freed by an armed faction, the A, after a week": {
    s: "Mark Hale was freed by an armed faction, the Delta Front, after a week.",
    m: ["Mark Hale", "Delta Front:group"],
    rows: ["Delta Front -released-> Mark Hale"]
  },
  "negative: the group's name opens a speech tag (…, the A said)": {
    s: "Tomas Berg was kidnapped by a local gang, the Red Hand said.",
    m: ["Tomas Berg", "Red Hand:group"],
    rows: []
  },
  "negative: a place after the comma (no group named)": {
    s: "Tomas Berg was kidnapped by a local gang, Tana police said.",
    m: ["Tomas Berg", "Tana:place"],
    rows: []
  },
  "negative: a football club, beaten by a rival team, A (no verb of the stage)": {
    s: "Aire Rovers were beaten by a rival team, Nord United, on Sunday.",
    m: ["Aire Rovers:organization", "Nord United:organization"],
    rows: []
  }
};

describe("round 31: 'B was kidnapped by a local gang, the A' → A abducted B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
