/**
 * Stage 07 on invented sentences (round 27): a request or an appeal told with a participle of sending, its
 * addressee after "to" and its sender after "by": "an appeal addressed to B by A" → A called on B, "the request
 * sent to B by A" → A asked B. Negatives: a legal appeal, a denied request, a newsroom's request for comment,
 * a sender that is only the possessor.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "an appeal addressed to B by A → A called on B": {
    s: "The miners were freed after an appeal addressed to the Delta Front by Bishop Tomas Rueda.",
    m: ["Delta Front:group", "Tomas Rueda"],
    rows: ["Tomas Rueda -called_on-> Delta Front"]
  },
  "an appeal addressed to the leadership of B by <title>, A → A called on B": {
    s: "The crew owes its freedom to an appeal addressed to the leadership of the Red Dawn by the governor of Tarsa, Lina Ortez.",
    m: ["Red Dawn:group", "Lina Ortez", "Tarsa:place"],
    rows: ["Lina Ortez -called_on-> Red Dawn"]
  },
  "the request sent to B by A → A asked B": {
    s: "The request sent to Mayor Karl Ek by union leader Marta Kohl was answered within a day.",
    m: ["Karl Ek", "Marta Kohl"],
    rows: ["Marta Kohl -asked-> Karl Ek"]
  },
  "negative: an appeal addressed to a court is legal": {
    s: "An appeal addressed to the Supreme Court by Marta Kohl against her conviction was rejected.",
    m: ["Supreme Court:organization", "Marta Kohl"],
    rows: []
  },
  "negative: no request addressed to B by A": {
    s: "There was no request addressed to Karl Ek by Marta Kohl.",
    m: ["Karl Ek", "Marta Kohl"],
    rows: []
  },
  "negative: a newsroom's request for comment": {
    s: "A request for comment sent to Karl Ek by Reuters went unanswered.",
    m: ["Karl Ek", "Reuters:media"],
    rows: []
  }
};

describe("findInteractions: a request or an appeal sent to B by A (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
