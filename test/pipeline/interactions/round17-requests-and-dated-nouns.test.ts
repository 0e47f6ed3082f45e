/**
 * Stage 07 on invented sentences (round 17):
 * - a request told in time: "X freed B after a request from A", "X … following A's request" → A
 *   asked X (not "following an appeal from A": a plea, see REQUEST_TIME_OPENERS);
 * - a trigger word a date modifies is a noun, not a verb: "B, seized in the March 3, 2024 attack on
 *   X" has no attacker B, and a later request goes to the releaser, not to B.
 * Negatives: an appeal after "following", a request after a verb that is no interaction (courts),
 * a request that heads its own clause, a date-modified noun in a sports and a business sentence.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "X freed B after a request from <title> A → A asked X": {
    s: "The Sierra Front freed the priest Paolo Conti after a request from Cardinal Ivo Serrat.",
    m: ["Sierra Front:organization", "Paolo Conti", "Ivo Serrat"],
    rows: ["Sierra Front -released-> Paolo Conti", "Ivo Serrat -asked-> Sierra Front"]
  },
  "X handed B over following A's request → A asked X": {
    s: "Malawi handed Ola Berg over to the embassy following Iceland's request.",
    m: ["Malawi:country", "Ola Berg", "Iceland's:country"],
    rows: ["Malawi -released-> Ola Berg", "Iceland's -asked-> Malawi"]
  },
  "B, seized in the <date> attack on X, … a response to a request from A → A asked the releaser": {
    s: "The Sierra Front released Paolo Conti, a priest seized in the March 3, 2024 attack on Tumaco, calling it a response to a request from Cardinal Ivo Serrat.",
    m: ["Sierra Front:organization", "Paolo Conti", "Tumaco:place", "Ivo Serrat"],
    d: ["March 3, 2024=2024-03-03"],
    rows: ["Sierra Front -released-> Paolo Conti", "Ivo Serrat -asked-> Sierra Front"]
  },
  "negative: \"following an appeal from A\" is a plea, no request row": {
    s: "The Sierra Front freed Paolo Conti following an appeal from Cardinal Ivo Serrat.",
    m: ["Sierra Front:organization", "Paolo Conti", "Ivo Serrat"],
    rows: ["Sierra Front -released-> Paolo Conti"]
  },
  "negative (courts): a request told in time after a verb that is no interaction": {
    s: "Judge Kojo Mensah adjourned the hearing after a request from the lawyer Ines Mota.",
    m: ["Kojo Mensah", "Ines Mota"],
    rows: []
  },
  "negative: a request that heads its own clause is not acted on": {
    s: "The Sierra Front held Paolo Conti after a request from Cardinal Ivo Serrat was refused.",
    m: ["Sierra Front:organization", "Paolo Conti", "Ivo Serrat"],
    rows: ["Sierra Front -held-> Paolo Conti"]
  },
  "negative (sport): the <date> visit of a club is no visit by a named player": {
    s: "Fans recalled Dario Bellini in the June 2, 2019 visit to Turin.",
    m: ["Dario Bellini", "Turin:place"],
    d: ["June 2, 2019=2019-06-02"],
    rows: []
  },
  "negative (business): the <year> attack on a bank's servers names no attacker": {
    s: "Analyst Mia Costa blamed the 2022 attack on Norbank for the losses.",
    m: ["Mia Costa", "Norbank:organization"],
    d: ["2022=2022"],
    rows: []
  }
};

describe("round 17: requests told in time, date-modified nouns", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
