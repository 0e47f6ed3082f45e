/**
 * Stage 07 on invented sentences (round 27): a conjunct written as an office with its body, then
 * the holder's name in commas ("met A and the chairman of the X railways, B, at …") lists the holder,
 * as the same office right after the verb already did (arguments.ts officeConjunct in
 * coordinatedAfter, reading officeRoleBefore/officeHolderAfter).
 * Negatives: the office opening a clause of its own ("and the head of the union said …"), a kin
 * noun ("and the mother of the drowned boy, B": B may be either), and a holder with a speech tag
 * ("and the head of the union, B said").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A met B and the chairman of the X railways, C, at …' → A met B and C": {
    s: "Ana Vidal met Piet Claes and the chairman of the Tarma Railways, Oskar Lind, at the cabinet office.",
    m: ["Ana Vidal", "Piet Claes", "Tarma Railways:organization", "Oskar Lind"],
    rows: ["Ana Vidal -met-> Piet Claes", "Ana Vidal -met-> Oskar Lind"]
  },
  "positive: 'A thanked the X and a member of the Y, C' → A thanked X and C": {
    s: "Ana Vidal thanked the Coastal Guard and a member of the Tarma Rowing Federation, Oskar Lind.",
    m: ["Ana Vidal", "Coastal Guard:organization", "Tarma Rowing Federation:organization", "Oskar Lind"],
    rows: ["Ana Vidal -thanked-> Coastal Guard", "Ana Vidal -thanked-> Oskar Lind"]
  },
  "negative (a clause of its own): 'A met B and the head of the union said …' → only A met B": {
    s: "Ana Vidal met Piet Claes and the head of the dockers' union said the talks had failed.",
    m: ["Ana Vidal", "Piet Claes"],
    rows: ["Ana Vidal -met-> Piet Claes"]
  },
  "negative (a kin noun): 'A met B and the mother of the drowned boy, C, …' → only A met B": {
    s: "Ana Vidal met Piet Claes and the mother of the drowned boy, Lena Roth, on Monday.",
    m: ["Ana Vidal", "Piet Claes", "Lena Roth"],
    rows: ["Ana Vidal -met-> Piet Claes"]
  },
  "negative (a speech tag): 'A met B and the head of the union, C said' → only A met B": {
    s: "Ana Vidal met Piet Claes and the head of the dockers' union, Oskar Lind said.",
    m: ["Ana Vidal", "Piet Claes", "Oskar Lind"],
    rows: ["Ana Vidal -met-> Piet Claes"]
  }
};

describe("round 27: an office's holder in a list", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
