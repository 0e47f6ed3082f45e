/**
 * Stage 07 on invented sentences (round 26): a subject written "B of the <body>" is B, who acts for
 * the body, as "B of <body>" already was ("Consul B of the X Embassy in Y will meet C", "B of the
 * Red Cross met C" → B; arguments.ts personOf passes the body's article).
 * Negatives (readings that stay): no named person before "of the" ("Supporters of the X Front met
 * C" → the Front) and the same words as an object ("C thanked B of the Red Cross" → C thanked B).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'Consul B of the X Embassy in Y will meet C and D' → B met C and D": {
    s: "Consul Jonas Dahl of the Norwegian Embassy in Chile will meet Vidal and Claes at the hospital on Friday.",
    m: ["Jonas Dahl", "Norwegian Embassy:organization", "Chile:country", "Vidal", "Claes"],
    rows: ["Jonas Dahl -met-> Vidal", "Jonas Dahl -met-> Claes"]
  },
  "positive: 'B of the Red Cross met C' → B met C": {
    s: "Lena Roth of the Red Cross met Ana Vidal at the border crossing.",
    m: ["Lena Roth", "Red Cross:organization", "Ana Vidal"],
    rows: ["Lena Roth -met-> Ana Vidal"]
  },
  "positive: 'Dr B of the X Federation thanked C' → B thanked C": {
    s: "Dr Kofi Boateng of the Ghana Football Association thanked Piet Claes for the referees' report.",
    m: ["Kofi Boateng", "Ghana Football Association:organization", "Piet Claes"],
    rows: ["Kofi Boateng -thanked-> Piet Claes"]
  },
  "negative (no named person before 'of the'): 'Supporters of the X Front met C' → the Front": {
    s: "Supporters of the Tamba Front met Ana Vidal on Friday.",
    m: ["Tamba Front:group", "Ana Vidal"],
    rows: ["Tamba Front -met-> Ana Vidal"]
  },
  "negative (an object): 'C thanked B of the Red Cross' → C thanked B": {
    s: "Ana Vidal thanked Lena Roth of the Red Cross for the convoy.",
    m: ["Ana Vidal", "Lena Roth", "Red Cross:organization"],
    rows: ["Ana Vidal -thanked-> Lena Roth"]
  }
};

describe("round 26: 'B of the <body>' as the subject is B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
