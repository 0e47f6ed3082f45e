/**
 * Stage 07, round 32 (subjects): a discourse aside in commas between a named subject and its verb is passed over
 * whole: "A, for her part, urged B to …" → A called on B; "A, however, criticised B"; "A, meanwhile,
 * met B" (arguments.ts subjectsBefore → discourseAsideStart, model DISCOURSE_ASIDES). Before, the aside's comma
 * opened nothing the walk knew and the subject was lost.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A, for her part, urged B to …": {
    s: "Ana Lopes, for her part, urged union boss Tomas Berg to call off the walkout.",
    m: ["Ana Lopes", "Tomas Berg"],
    rows: ["Ana Lopes -called_on-> Tomas Berg"]
  },
  "A, however, criticised B": {
    s: "The club's owner, Jonas Eke, however, criticised the Aire Rovers board for the sale.",
    m: ["Jonas Eke", "Aire Rovers:organization"],
    rows: ["Jonas Eke -criticized-> Aire Rovers"]
  },
  "A, meanwhile, met B": {
    s: "Mark Hale, meanwhile, met Lena Vos at the flooded school on Tuesday.",
    m: ["Mark Hale", "Lena Vos"],
    d: ["Tuesday"],
    rows: ["Mark Hale -met-> Lena Vos"]
  },
  "X, for its part, thanked B": {
    s: "The Red Cross, for its part, thanked Rita Cruz for the boats.",
    m: ["Red Cross:organization", "Rita Cruz"],
    rows: ["Red Cross -thanked-> Rita Cruz"]
  },
  "negative: a refusal after the aside is no meeting that took place (modality hypothetical)": {
    s: "Ana Lopes, for her part, refused to meet Tomas Berg.",
    m: ["Ana Lopes", "Tomas Berg"],
    rows: ["Ana Lopes -met-> Tomas Berg"],
    modality: "hypothetical"
  },
  "negative: a meeting still to come keeps its modality": {
    s: "Mark Hale, meanwhile, will meet Lena Vos in Lagoa next week.",
    m: ["Mark Hale", "Lena Vos", "Lagoa:place"],
    rows: ["Mark Hale -met-> Lena Vos"],
    modality: "planned"
  },
  "negative: an aside closed before 'and <verb>' leaves the name an object": {
    s: "Police questioned Mark Hale, however, and criticised Lena Vos.",
    m: ["Mark Hale", "Lena Vos"],
    rows: []
  }
};

describe("round 32: 'A, for her part, urged B' → A acts", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
