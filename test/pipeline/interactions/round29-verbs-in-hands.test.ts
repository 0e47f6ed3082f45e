/**
 * Stage 07 on invented sentences (round 29, verb class of holding): the possessive twin of "in the hands of A": "B
 * remains / is still in A's hands", "B is in A hands" → A held B (as "B remains in A's custody").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "remains in a group's hands → held": {
    s: "Ali Omar remains in the Delta Front's hands.",
    m: ["Ali Omar", "Delta Front:group"],
    rows: ["Delta Front -held-> Ali Omar"]
  },
  "is still in a group's hands, with an apposition → held": {
    s: "Ali Omar, 34, is still in Delta Front hands, his family said.",
    m: ["Ali Omar", "Delta Front:group"],
    rows: ["Delta Front -held-> Ali Omar"]
  },
  "remains in the group's custody (the article before the possessive) → held": {
    s: "The engineer Sara Nuri remains in the Delta Front's custody.",
    m: ["Sara Nuri", "Delta Front:group"],
    rows: ["Delta Front -held-> Sara Nuri"]
  },
  "a kidnapped aid worker in a country's hands → held": {
    s: "Kidnapped aid worker Ali Omar is still in Valdoria's hands.",
    m: ["Ali Omar", "Valdoria:country"],
    rows: ["Valdoria -held-> Ali Omar"]
  },
  "negative: a player in a club's hands (a contract)": {
    s: "The striker Tom Hale is in United's hands now.",
    m: ["Tom Hale", "United:organization"],
    rows: []
  },
  "negative: someone's fate in a company's hands": {
    s: "Ann Lee's fate is in Acme's hands.",
    m: ["Ann Lee", "Acme:organization"],
    rows: []
  },
  "negative: no longer in a group's hands (negation)": {
    s: "Ali Omar is no longer in the Delta Front's hands.",
    m: ["Ali Omar", "Delta Front:group"],
    rows: []
  },
  "negative: a case in a country's hands with no captivity told": {
    s: "Ann Lee is in Valdoria's hands now, her lawyer said of the extradition case.",
    m: ["Ann Lee", "Valdoria:country"],
    rows: []
  }
};

describe("round 29 verbs: in A's hands is held", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
