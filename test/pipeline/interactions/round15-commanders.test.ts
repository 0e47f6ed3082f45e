/**
 * Stage 07 on invented sentences (round 15): an armed group acts through its commanders.
 * - "A negotiated with commanders of the <Group>" → A negotiated with the group;
 * - "A had negotiated with the command of the <Group>" → the same;
 * - negative: "commanders of a village militia" names no group (no mention), and "the families of
 *   the <Group>'s captives" are not the group.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A negotiated with commanders of the <Group> → A negotiated with the group": {
    s: "The bishop Ines Olave negotiated with commanders of the Mountain Brigade for nine days.",
    m: ["Ines Olave", "Mountain Brigade:group"],
    rows: ["Ines Olave -negotiated-> Mountain Brigade"]
  },
  "A had negotiated with the command of the <Group> → the same": {
    s: "For weeks Ines Olave had negotiated with the command of the Mountain Brigade over the bridge.",
    m: ["Ines Olave", "Mountain Brigade:group"],
    rows: ["Ines Olave -negotiated-> Mountain Brigade"]
  },
  "negative: the families of a group's captives are not the group": {
    s: "Ines Olave negotiated with the families of the Mountain Brigade hostages.",
    m: ["Ines Olave", "Mountain Brigade:group"],
    rows: []
  }
};

describe("round 15: commanders stand for their group", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
