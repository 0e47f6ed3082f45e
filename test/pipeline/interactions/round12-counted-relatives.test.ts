/**
 * Stage 07 on invented sentences (round 12): a reduced object relative after "be one/two… of"
 * or "be among" ("B was among the miners that A freed") makes the subject of "be" A's patient.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const countedCases: Record<string, Case> = {
  "B, <age>, <trade>, was among the <plural> that A freed → A released B": {
    s: "Karl Dahl, 41, a welder, was among the miners that the Sierra Front freed in June.",
    m: ["Karl Dahl", "Sierra Front:group"],
    rows: ["Sierra Front -released-> Karl Dahl"],
    rule: "active-among-relative"
  },
  "B was one of <n> <plural> A kidnapped from X → A abducted B": {
    s: "Ana Leon was one of 12 nurses the Delta Brigade kidnapped from a clinic in Velm.",
    m: ["Ana Leon", "Delta Brigade:group", "Velm:place"],
    rows: ["Delta Brigade -abducted-> Ana Leon"]
  },
  "B and C are among the <plural> A still holds → A held B and C": {
    s: "Ines Moura and Tomas Vik are among the engineers the Delta Brigade still holds.",
    m: ["Ines Moura", "Tomas Vik", "Delta Brigade:group"],
    rows: ["Delta Brigade -held-> Ines Moura", "Delta Brigade -held-> Tomas Vik"]
  },
  "negative: a count as the object of another verb is no complement of 'be'": {
    s: "Ana Leon counted two of the miners the Sierra Front freed.",
    m: ["Ana Leon", "Sierra Front:group"],
    rows: []
  },
  "negative: a count as a subject after a reporting verb names no one": {
    s: "Ana Leon said two of the miners the Sierra Front freed were ill.",
    m: ["Ana Leon", "Sierra Front:group"],
    rows: []
  }
};

describe("findInteractions: persons counted among those a relative clause's subject acted on", () => {
  it.each(Object.entries(countedCases))("%s", (_label, c) => check(c));
});
