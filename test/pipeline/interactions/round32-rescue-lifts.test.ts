/**
 * Stage 07 on invented sentences (round 32): a rescue told by the lift out of danger, "A winched B off the roof", "A pulled
 * B from the rubble", "B was pulled from the wreckage by A" → A assisted B (model RESCUE_LIFT_VERBS, RESCUE_LIFT_PLACES;
 * interactions/rescue-lifts.ts). Not a lift with no danger ("onto his shoulders"), not a thing lifted, not a player
 * pulled from a team.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'The pilot, A, hoisted a stranded walker, B, off the ledge' (an apposition names the one lifted) → A assisted B": {
    s: "The coastguard pilot, Lars Eng, hoisted a stranded walker, Mara Tull, off the ledge on Saturday.",
    m: ["Lars Eng", "Mara Tull"],
    rows: ["Lars Eng -assisted-> Mara Tull"]
  },
  "positive: 'Two days after the quake, B was hauled out of the rubble by firefighter A' (the passive) → A assisted B": {
    s: "Two days after the quake, a miner named Piet Vos was hauled out of the rubble by firefighter Mara Tull.",
    m: ["Piet Vos", "Mara Tull"],
    rows: ["Mara Tull -assisted-> Piet Vos"]
  },
  "positive: 'The Mountain Rescue pulled B from the rubble on Tuesday' → A assisted B": {
    s: "The Mountain Rescue pulled Karl Moss from the rubble of the collapsed school on Tuesday.",
    m: ["Mountain Rescue:organization", "Karl Moss"],
    rows: ["Mountain Rescue -assisted-> Karl Moss"]
  },
  "negative (no danger: 'lifted B onto his shoulders'): no row": {
    s: "Tom Hale lifted Ana Lee onto his shoulders.",
    m: ["Tom Hale", "Ana Lee"],
    rows: []
  },
  "negative (a team, no rescue: 'pulled B from the team after the final'): no row": {
    s: "Coach Tom Hale pulled Ana Lee from the team after the final.",
    m: ["Tom Hale", "Ana Lee"],
    rows: []
  },
  "negative (mend 32 F1, an assault: 'A dragged B from the car and beat her'): no rescue": {
    s: "Witnesses said Karl Moss dragged Rosa Quint from the car and beat her in the street.",
    m: ["Karl Moss", "Rosa Quint"],
    rows: []
  },
  "negative (mend 32 F1, an assault told in the passive: 'B was pulled out of the car by A and stabbed'): no rescue": {
    s: "Rosa Quint was pulled out of the car by Karl Moss and stabbed twice.",
    m: ["Karl Moss", "Rosa Quint"],
    rows: []
  },
  "negative (mend 32 F2, a body recovered: 'B's body was pulled from the river by A'): no rescue": {
    s: "Jorge Pinto's body was pulled from the river by a police diver, Ines Vidal, on Sunday.",
    m: ["Jorge Pinto", "Ines Vidal"],
    rows: []
  },
  "negative (mend 32 F17, a vehicle and no danger: 'Police hauled B off the ferry during the protest'): no rescue": {
    s: "Harbour police hauled the campaigner Mara Tull off the ferry during the blockade.",
    m: ["Harbour police:organization", "Mara Tull"],
    rows: []
  },
  "positive (mend 32 F17, a vehicle in danger: 'A pulled B from the car moments before it sank') → A assisted B": {
    s: "A passing cyclist, Lars Eng, pulled Mara Tull from the car moments before it sank in the canal.",
    m: ["Lars Eng", "Mara Tull"],
    rows: ["Lars Eng -assisted-> Mara Tull"]
  },
  "negative (a thing: 'lifted the trophy off the table'): no row": {
    s: "Tom Hale lifted the trophy off the table while Ana Lee watched.",
    m: ["Tom Hale", "Ana Lee"],
    rows: []
  }
};

describe("findInteractions: round 32 rescues told by the lift", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
