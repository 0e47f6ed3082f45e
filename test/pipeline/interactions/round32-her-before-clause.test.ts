/**
 * Stage 07, round 32 (objects): "her" before a clause whose subject is a name is the object pronoun, not a
 * possessive: "met B at the school and promised her Portugal would pay" → promised B, not Portugal (arguments.ts
 * herBeforeClause in objectsAfter and objectPronoun, model CLAUSE_SUBJECT_AUXILIARIES: the name is followed by an
 * auxiliary or a modal). Before, the clause's subject was read as what was promised.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "met B and promised her <country> would pay": {
    s: "Governor Ana Lopes met Rita Cruz at the flooded school and promised her Portugal would pay for the repairs.",
    m: ["Ana Lopes", "Rita Cruz", "Portugal:country"],
    rows: ["Ana Lopes -met-> Rita Cruz", "Ana Lopes -promised-> Rita Cruz"]
  },
  "thanked B and promised her <club> would …": {
    s: "Jonas Eke thanked Pia Lund and promised her Aire Rovers would keep the youth academy open.",
    m: ["Jonas Eke", "Pia Lund", "Aire Rovers:organization"],
    rows: ["Jonas Eke -thanked-> Pia Lund", "Jonas Eke -promised-> Pia Lund"]
  },
  "met B and promised her <person> had been freed": {
    s: "The mediator Mark Hale met Lena Vos and promised her Tomas Berg had been freed.",
    m: ["Mark Hale", "Lena Vos", "Tomas Berg"],
    rows: ["Mark Hale -met-> Lena Vos", "Mark Hale -promised-> Lena Vos"]
  },
  "negative: 'her' owning a nationality noun stays a possessive (no clause after the name)": {
    s: "Ana Lopes met Rita Cruz and her Ghanaian counterpart on Friday.",
    m: ["Ana Lopes", "Rita Cruz"],
    d: ["Friday"],
    rows: ["Ana Lopes -met-> Rita Cruz"]
  },
  "negative: a promise denied gives no row": {
    s: "Governor Ana Lopes met Rita Cruz but did not promise her Portugal would pay.",
    m: ["Ana Lopes", "Rita Cruz", "Portugal:country"],
    rows: ["Ana Lopes -met-> Rita Cruz"]
  }
};

describe("round 32: 'promised her Portugal would pay' → promised her", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
