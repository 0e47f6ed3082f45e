/**
 * Stage 07 on invented sentences (round 25): a name that ends a fronted phrase ("After meeting B,",
 * "Like B,", "In a letter carried by B,", "Unlike B,") is no co-subject of the clause after the
 * comma: a name joined to the subject by a bare comma, with no "and" in the list, is a conjunct only
 * when it opens its clause (arguments.ts coordinatedBefore, nameOpensClause).
 * - "After meeting B, A thanked C" → A thanked C only.
 * Negatives (lists that stay lists): "B, A and D thanked C" (all three thank), "The B, A and D
 * thanked C", and a headline's "B, A thank C".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'After meeting B, A thanked C' → only A thanked C": {
    s: "After meeting Lena Roth, Jonas Dahl thanked Kofi Boateng.",
    m: ["Lena Roth", "Jonas Dahl", "Kofi Boateng"],
    rows: ["Jonas Dahl -thanked-> Kofi Boateng"]
  },
  "positive: 'Like B, A criticised C' → only A criticized C": {
    s: "Like the Dockers Union, the Rail Workers Federation criticised the Port Authority.",
    m: ["Dockers Union:organization", "Rail Workers Federation:organization", "Port Authority:organization"],
    rows: ["Rail Workers Federation -criticized-> Port Authority"]
  },
  "positive: 'In a letter carried by B, A asked C to …' → only A asked C": {
    s: "In a letter carried by Piet Claes, Ana Vidal asked the Sahel Front to free the drivers.",
    m: ["Piet Claes", "Ana Vidal", "Sahel Front:organization"],
    rows: ["Ana Vidal -asked-> Sahel Front"]
  },
  "positive: 'Unlike B, A met C' → only A met C": {
    s: "Unlike Chile, Peru met the Andean Miners Union on Friday.",
    m: ["Chile:country", "Peru:country", "Andean Miners Union:organization"],
    rows: ["Peru -met-> Andean Miners Union"]
  },
  "negative (a list with 'and': 'B, A and D thanked C'): all three thank": {
    s: "Lena Roth, Jonas Dahl and Ana Vidal thanked Kofi Boateng.",
    m: ["Lena Roth", "Jonas Dahl", "Ana Vidal", "Kofi Boateng"],
    rows: ["Lena Roth -thanked-> Kofi Boateng", "Jonas Dahl -thanked-> Kofi Boateng", "Ana Vidal -thanked-> Kofi Boateng"]
  },
  "negative (a list of bodies after 'the'): 'The B, A and D criticised C': all three criticise": {
    s: "The Dockers Union, the Rail Workers Federation and the Bus Drivers Guild criticised the Port Authority.",
    m: ["Dockers Union:organization", "Rail Workers Federation:organization", "Bus Drivers Guild:organization", "Port Authority:organization"],
    rows: ["Dockers Union -criticized-> Port Authority", "Rail Workers Federation -criticized-> Port Authority", "Bus Drivers Guild -criticized-> Port Authority"]
  },
  "negative (two names opening a headline, joined by a bare comma: 'B, A thank C'): both thank": {
    s: "Lena Roth, Jonas Dahl thank Kofi Boateng for flood rescue",
    m: ["Lena Roth", "Jonas Dahl", "Kofi Boateng"],
    rows: ["Lena Roth -thanked-> Kofi Boateng", "Jonas Dahl -thanked-> Kofi Boateng"]
  }
};

describe("stage 07 round 25: names ending a fronted phrase", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
