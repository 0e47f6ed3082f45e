/**
 * Stage 07 on invented sentences (round 26): a counted plural object with its country or body after
 * "of", then its members named in commas, is those members: "thanked two members of the Red Cross,
 * B and C, for …", "met three leaders of the X Union, B, C and D, on Monday" → B, C (and D)
 * (arguments.ts countedOfBody, read from objectsAfter into titleApposition).
 * Negatives: a speech tag after the list ("beat two players of the X team, B and C said"), a list
 * with an unnamed member ("two members of the Red Cross, B and a nurse,"), and a body alone ("met
 * two members of the Red Cross on Monday": no row for the body).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A thanked two members of the Red Cross, B and C, for …' → A thanked B and C": {
    s: "Ana Vidal thanked two members of the Red Cross, Piet Claes and Lena Roth, for their work.",
    m: ["Ana Vidal", "Red Cross:organization", "Piet Claes", "Lena Roth"],
    rows: ["Ana Vidal -thanked-> Piet Claes", "Ana Vidal -thanked-> Lena Roth"]
  },
  "positive: 'A met three leaders of the X Union, B, C and D, on Monday' → A met all three": {
    s: "Jonas Dahl met three leaders of the Dock Workers Union, Piet Claes, Lena Roth and Kofi Boateng, on Monday.",
    m: ["Jonas Dahl", "Dock Workers Union:organization", "Piet Claes", "Lena Roth", "Kofi Boateng"],
    rows: ["Jonas Dahl -met-> Piet Claes", "Jonas Dahl -met-> Lena Roth", "Jonas Dahl -met-> Kofi Boateng"]
  },
  "negative (a speech tag): 'A beat two players of the X team, B and C said' → no row": {
    s: "Ana Vidal criticised two players of the Tamba Rovers, Piet Claes and Lena Roth said.",
    m: ["Ana Vidal", "Tamba Rovers:organization", "Piet Claes", "Lena Roth"],
    rows: []
  },
  "negative (an unnamed member): 'A thanked two members of the Red Cross, B and a nurse, …' → no named list": {
    s: "Ana Vidal thanked two members of the Red Cross, Piet Claes and a nurse, for their work.",
    m: ["Ana Vidal", "Red Cross:organization", "Piet Claes"],
    rows: []
  },
  "negative (no list): 'A met two members of the Red Cross on Monday' → no row for the body": {
    s: "Jonas Dahl met two members of the Red Cross on Monday.",
    m: ["Jonas Dahl", "Red Cross:organization"],
    rows: []
  }
};

describe("round 26: a counted object's members named after its body", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
