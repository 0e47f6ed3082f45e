/**
 * Stage 07 on invented sentences (round 24): "it" after a reporting verb whose subject is told with
 * an apposition stands for the body named (arguments.ts itAfterReporting through
 * speakerPastApposition, shared with the "he/she" case):
 * - "The <noun>, B, said it had <verb> C" → B <verb> C (the body named in apposition);
 * - "B, which runs X, said it had <verb> C" → B <verb> C (the body before the apposition).
 * Negatives: a body inside an "of" phrase ("Fans of B, who …, said it …"), a name closing a
 * relative clause ("The report, which cites B, said it …"), a person in apposition ("it" is no person).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'The aid agency, B, said it had helped C with …' → B assisted C": {
    s: "The charity, Oxfam, said on Tuesday that it had assisted the Water Board after the storm.",
    m: ["Oxfam:organization", "Water Board:organization"],
    rows: ["Oxfam -assisted-> Water Board"]
  },
  "positive: 'The rebel group, B, said it had freed C' → B released C": {
    s: "The rebel group, the Delta Movement, said it had freed Piet Claes on Sunday.",
    m: ["Delta Movement:group", "Piet Claes"],
    rows: ["Delta Movement -released-> Piet Claes"]
  },
  "positive: 'B, which runs X, said it had freed C' → B released C": {
    s: "The Coastal Front, which controls the river delta, said it had freed Ana Vidal on Sunday.",
    m: ["Coastal Front:group", "Ana Vidal"],
    rows: ["Coastal Front -released-> Ana Vidal"]
  },
  "negative (a body in an 'of' phrase: 'Fans of B, who …, said it had helped C'): no help": {
    s: "Fans of Ajax, who packed the square, said it had helped the Water Board.",
    m: ["Ajax:organization", "Water Board:organization"],
    rows: []
  },
  "negative (a name closing a relative clause: 'The report, which cites B, said it had helped C'): no help": {
    s: "The report, which cites the World Bank, said it had helped the Water Board.",
    m: ["World Bank:organization", "Water Board:organization"],
    rows: []
  },
  "negative (a person in apposition: 'The minister, B, said it had freed C'): 'it' is no person": {
    s: "The minister, Kofi Boateng, said it had freed Ana Vidal.",
    m: ["Kofi Boateng", "Ana Vidal"],
    rows: []
  }
};

describe("stage 07 round 24: 'it' after an apposed speaker", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
