/**
 * Stage 07, mend 32 (arguments): regressions found reviewing round 32's argument rules, each an invented sentence
 * that gave a wrong row on the round's code (docs: /work/brief/REVIEW32-mr32a-report.md, F-numbers below).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F2: an aside after a name that is a preposition's or a participle's object follows no subject.
  "F2: 'Fans of B, from the suburbs, attacked C' (the fans act, not B)": {
    s: "Fans of Jonas Eke, from the eastern suburbs, attacked Pia Lund after the derby.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F2: 'Followers of B, however, accused C' (the followers act)": {
    s: "Followers of Jonas Eke, however, accused Pia Lund of fraud in the club's election.",
    m: ["Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F2: 'Protesters backing B, of the X Party, attacked C'": {
    s: "Protesters backing Jonas Eke, of the Green Party, attacked Pia Lund outside the town hall.",
    m: ["Jonas Eke", "Green Party:organization", "Pia Lund"],
    rows: []
  },
  "F2 positive kept: 'In X, B, however, criticised C'": {
    s: "In Tana, Jonas Eke, however, criticised Pia Lund over the delays.",
    m: ["Tana:place", "Jonas Eke", "Pia Lund"],
    rows: ["Jonas Eke -criticized-> Pia Lund"]
  },
  // F4: a body's armed men who turn on "their" own leaders act against their side, not for the body.
  "F4: 'Soldiers from the X Army accused their commander, B, of …' (the soldiers complain)": {
    s: "Soldiers from the Coastal Army accused their commander, Jonas Eke, of selling their rations.",
    m: ["Coastal Army:organization", "Jonas Eke"],
    rows: []
  },
  "F4: 'Fighters from the X Front criticised their leaders' named in apposition": {
    s: "Fighters from the Black Claw criticised their leader, Pia Lund, for the failed truce.",
    m: ["Black Claw:group", "Pia Lund"],
    rows: []
  },
  "F4 positive kept: 'Fighters from the X freed their captive, B'": {
    s: "Fighters from the Black Claw freed their captive, Jonas Eke, near the border.",
    m: ["Black Claw:group", "Jonas Eke"],
    rows: ["Black Claw -released-> Jonas Eke"]
  },
  // F5: ", both said" after a listed object: the two speak; the list is no object of the seizure.
  "F5: 'seized the bus, its driver, B, and the guard C, both said' (B and C speak)": {
    s: "The Black Claw seized the lorry, its driver, Jonas Eke, and the guard Pia Lund, both said on Monday.",
    m: ["Black Claw:group", "Jonas Eke", "Pia Lund"],
    rows: []
  },
  "F5 positive kept: ', police said' after the list (police speak)": {
    s: "The Black Claw seized the lorry, its driver, Jonas Eke, and the guard Pia Lund, police said on Monday.",
    m: ["Black Claw:group", "Jonas Eke", "Pia Lund"],
    rows: ["Black Claw -abducted-> Jonas Eke", "Black Claw -abducted-> Pia Lund"]
  }
};

describe("mend 32 arguments", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
