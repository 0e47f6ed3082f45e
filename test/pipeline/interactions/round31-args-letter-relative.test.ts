/**
 * Stage 07, round 31 (subjects and objects): a relative clause in commas between the one written to and the
 * request participle ("A had written to B, who chairs the union in exile, in late June, asking her to …") is passed
 * over whole: A asked B. Before, the walk back from "asking" stopped at the clause's second comma, and the name
 * inside the clause was read as the asker (find-interactions.ts letterRequest, relativeClauseOpen).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A had written to B, who chairs X in exile, in late June, asking her to …": {
    s: "Mark Hale had written to Lena Vos, who chairs the Harbour Union in exile, in late June, asking her to end the strike.",
    m: ["Mark Hale", "Lena Vos", "Harbour Union:organization"],
    d: ["June"],
    rows: ["Mark Hale -asked-> Lena Vos"]
  },
  "A wrote to B, who runs X, on Monday, asking that …": {
    s: "The coach, Ada Obi, wrote to Tomas Berg, who runs the Aire Rovers club, on Monday, asking that the match be moved.",
    m: ["Ada Obi", "Tomas Berg", "Aire Rovers:organization"],
    d: ["Monday"],
    rows: ["Ada Obi -asked-> Tomas Berg"]
  },
  "A had written to B, which owns X, in March, asking for …": {
    s: "Lena Vos had written to Fjord Lines, which owns the Nordic Star ferry, in March, asking for a refund.",
    m: ["Lena Vos", "Fjord Lines:organization", "Nordic Star:organization"],
    d: ["March"],
    rows: ["Lena Vos -asked-> Fjord Lines"]
  },
  "negative: the writer replied inside a second clause (C replied, asking …)": {
    s: "Mark Hale had written to Lena Vos, who chairs the Harbour Union, and Tomas Berg replied, asking for time.",
    m: ["Mark Hale", "Lena Vos", "Harbour Union:organization", "Tomas Berg"],
    rows: []
  },
  "negative: a speech tag closes the relative clause (C said, asking …): no letter request is read": {
    s: "Mark Hale had written to Lena Vos, who chairs the Harbour Union, Ada Obi said, asking for calm.",
    m: ["Mark Hale", "Lena Vos", "Harbour Union:organization", "Ada Obi"],
    rows: []
  }
};

describe("round 31: 'A wrote to B, who leads X, in June, asking …' → A asked B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
