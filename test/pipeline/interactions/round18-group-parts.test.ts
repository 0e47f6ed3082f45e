/**
 * Stage 07 on invented sentences (round 18): the agent of a passive may be a part of a group
 * ("a cell of", "a unit of", "the armed wing of", "a faction of"): the group named after "of" is
 * the agent, as with "fighters of" (find-interactions.ts membersOf; model AGENT_PART_NOUNS):
 * - "B had been held by a cell of the X gang" → X held B;
 * - "B was abducted by a unit of the X Front" → X abducted B;
 * - "B was freed by the armed wing of X" → X released B.
 * Negatives: one member is a person's deed ("attacked by a member of the Porto squad", sport), a
 * part of no named group ("held by a cell of inmates"), a company's shares held by a bank's unit (business).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B had been held by a cell of the X gang → X held B": {
    s: "Investigators said Tomas Lindqvist had been held for weeks by a cell of the Red Scorpions gang.",
    m: ["Tomas Lindqvist", "Red Scorpions:group"],
    rows: ["Red Scorpions -held-> Tomas Lindqvist"]
  },
  "B was abducted by a unit of the X Front → X abducted B": {
    s: "Amara Okafor was abducted in March by a unit of the Delta Liberation Front.",
    m: ["Amara Okafor", "Delta Liberation Front:group"],
    rows: ["Delta Liberation Front -abducted-> Amara Okafor"]
  },
  "B was freed by the armed wing of X → X released B": {
    s: "Kojo Mensah was freed on Sunday by the armed wing of the Sahel Unity Movement.",
    m: ["Kojo Mensah", "Sahel Unity Movement:group"],
    rows: ["Sahel Unity Movement -released-> Kojo Mensah"]
  },
  "negative (sport): one member's deed is no club's": {
    s: "Dario Bellini was attacked by a member of the Porto squad after the match.",
    m: ["Dario Bellini", "Porto:organization"],
    rows: []
  },
  "negative: a cell of no named group": {
    s: "Tomas Lindqvist was held by a cell of inmates in the Red Scorpions wing of the jail.",
    m: ["Tomas Lindqvist", "Red Scorpions:group"],
    rows: []
  },
  "negative (business): shares held by a unit of a bank are no captive": {
    s: "Shares in Nordfisk were held by a unit of Danske Bank until May.",
    m: ["Nordfisk:organization", "Danske Bank:organization"],
    rows: []
  }
};

describe("round 18: a part of a group as the passive agent", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
