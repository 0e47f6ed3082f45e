/**
 * Stage 07 on invented sentences (round 25): a title or kin noun written without an article in
 * apposition after a name, ending in a link word, is passed over to reach the subject, as "the
 * <title> of" already was (arguments.ts bareTitleAt in appositionStart):
 * - "A, leader of the B party, accused C …", "A, deputy head of B, thanked C", "A, spokeswoman for B,
 *   criticised C", "A, ambassador to B, met C", "A, mother of a missing sailor, asked C" → A acts.
 * Negatives: the name inside the apposition never acts ("A, head of the B, thanked C" gives no B row),
 * an oblique name before the apposition ("a letter to A, head of B, criticised C": no A row), and a
 * lowercase aside with no title head after an object ("Coastguards rescued A, most of the crew having
 * swum ashore, and thanked C": A thanks no one).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A, leader of B's party, accused C of …' → A criticized C": {
    s: "Lena Roth, leader of Austria's Greens, accused Karl Huber of ignoring the flood warnings.",
    m: ["Lena Roth", "Austria:country", "Karl Huber"],
    rows: ["Lena Roth -criticized-> Karl Huber"]
  },
  "positive: 'A, deputy head of <body>, thanked C' → A thanked C": {
    s: "Piet Claes, deputy head of the Rhine Rescue Service, thanked Ana Vidal for the boats.",
    m: ["Piet Claes", "Rhine Rescue Service:organization", "Ana Vidal"],
    rows: ["Piet Claes -thanked-> Ana Vidal"]
  },
  "positive: 'A, spokeswoman for <body>, criticised C' → A criticized C": {
    s: "Maria Keller, spokeswoman for the Dockers Union, criticised the Port Authority over the new rota.",
    m: ["Maria Keller", "Dockers Union:organization", "Port Authority:organization"],
    rows: ["Maria Keller -criticized-> Port Authority"]
  },
  "positive: 'A, ambassador to <country>, met C' → A met C": {
    s: "Kofi Boateng, ambassador to Norway, met Jonas Dahl in Oslo on Monday.",
    m: ["Kofi Boateng", "Norway:country", "Jonas Dahl", "Oslo:place"],
    rows: ["Kofi Boateng -met-> Jonas Dahl"]
  },
  "positive: 'A, mother of a missing sailor, appealed to C' → A asked/called on C": {
    s: "Rosa Mendes, mother of a missing trawlerman, appealed to Pedro Sanchez to resume the search.",
    m: ["Rosa Mendes", "Pedro Sanchez"],
    rows: ["Rosa Mendes -called_on-> Pedro Sanchez"]
  },
  "negative (the body inside the apposition does not act): 'A, head of B, thanked C' gives no B row": {
    s: "Jonas Dahl, head of the Fjord Ferry Company, thanked Lena Roth.",
    m: ["Jonas Dahl", "Fjord Ferry Company:organization", "Lena Roth"],
    rows: ["Jonas Dahl -thanked-> Lena Roth"]
  },
  "negative (the name before the apposition is oblique: 'a letter to A, head of B, criticised C'): no row": {
    s: "A letter to Jonas Dahl, head of the Fjord Ferry Company, criticised Lena Roth.",
    m: ["Jonas Dahl", "Fjord Ferry Company:organization", "Lena Roth"],
    rows: []
  },
  "negative (no title head in the aside: 'Coastguards rescued A, most of the crew having swum ashore, and thanked C'): no A row": {
    s: "Coastguards rescued Piet Claes, most of the crew having swum ashore, and thanked Ana Vidal.",
    m: ["Piet Claes", "Ana Vidal"],
    rows: []
  }
};

describe("stage 07 round 25: bare titles in apposition", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
