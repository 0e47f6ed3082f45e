/**
 * Stage 07 on invented sentences (round 28): a request told with its agent after "by", as after "from": "X freed B
 * after / following / in response to a request by A" → A asked X; a headline drops the article ("X frees two
 * miners after request by A"). Negatives: a request to a judge (no act of the interaction class before it), a
 * request refused, an appeal told only in time, a newsroom's request for comment, a request that is itself a
 * clause's subject.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "X freed B after a request by A → A asked X": {
    s: "The Red Dawn militia freed three surveyors on Tuesday after a request by Bishop Tomas Rueda.",
    m: ["Red Dawn:group", "Tomas Rueda"],
    rows: ["Tomas Rueda -asked-> Red Dawn"]
  },
  "X released B following a personal request by A → A asked X": {
    s: "The Delta Front released the nurse Ada Moll following a personal request by Governor Lina Ortez.",
    m: ["Delta Front:group", "Ada Moll", "Lina Ortez"],
    rows: ["Delta Front -released-> Ada Moll", "Lina Ortez -asked-> Delta Front"]
  },
  "X freed B in response to a request by A → A asked X": {
    s: "The Kasai Rangers freed two aid workers in response to a request by the Vatican.",
    m: ["Kasai Rangers:group", "Vatican:organization"],
    rows: ["Vatican -asked-> Kasai Rangers"]
  },
  "headline: X frees B after request by A → A asked X": {
    s: "Rebels free six dam engineers held for 40 days after request by Archbishop Paulo Mena",
    m: ["Rebels:group", "Paulo Mena"],
    rows: ["Paulo Mena -asked-> Rebels"]
  },
  "negative: a judge adjourning after a request by a lawyer": {
    s: "Judge Kojo Mensah adjourned the hearing after a request by the lawyer Ines Mota.",
    m: ["Kojo Mensah", "Ines Mota"],
    rows: []
  },
  "negative: a request by A that was refused": {
    s: "The Red Dawn militia kept the surveyors after a request by Tomas Rueda was refused.",
    m: ["Red Dawn:group", "Tomas Rueda"],
    rows: []
  },
  "negative: after an appeal by A only tells time": {
    s: "The Red Dawn militia freed three surveyors after an appeal by Tomas Rueda.",
    m: ["Red Dawn:group", "Tomas Rueda"],
    rows: []
  },
  "negative: in response to an appeal by A is a plea, not a request": {
    s: "The Kasai Rangers freed two aid workers in response to an appeal by the Vatican.",
    m: ["Kasai Rangers:group", "Vatican:organization"],
    rows: []
  },
  "negative: no response to a request by a newsroom": {
    s: "The Delta Front did not respond to a request by Reuters for comment.",
    m: ["Delta Front:group", "Reuters:media"],
    rows: []
  },
  "negative: a request by A as the subject of its own clause": {
    s: "The Delta Front freed two guards, and a request by Lina Ortez went unanswered.",
    m: ["Delta Front:group", "Lina Ortez"],
    rows: []
  }
};

describe("round 28 verbs: requests told with their agent after 'by'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
