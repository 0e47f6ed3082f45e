/**
 * Stage 07 arguments, round 32b: a list whose last conjunct is described by a pronoun-owned role set off in commas
 * ("A, her cameraman B and their driver, C, were freed by D") undergoes or acts whole; before, the comma after C
 * was read as closing an apposition of A, and only A had a row (arguments.ts appositionSubjects /
 * ownedRoleListEnding, coordinatedBefore / ownedRoleBeforeComma).
 */
import {describe, it} from "vitest";
import {checkInteractions, type InteractionCase} from "./check.ts";

const crew = ["Ana Reyes", "Luis Soto", "Pedro Gil"];

describe("round 32b: 'A, her X B and their Y, C,' is a list of three", () => {
  it.each<[string, InteractionCase]>([
    ["freed, with a nationality before the role", {s: "Radio reporter Ana Reyes, her cameraman Luis Soto and their Bolivian driver, Pedro Gil, were released on Monday by the Frente Norte, ten days after gunmen stopped their van.", m: [...crew, "Frente Norte:group"], rows: ["Frente Norte -released-> Ana Reyes", "Frente Norte -released-> Luis Soto", "Frente Norte -released-> Pedro Gil"]}],
    ["rescued from a flood", {s: "The strike leader Ana Reyes, his son Luis Soto and their neighbour, Pedro Gil, were rescued by the coastguard.", m: [...crew, "coastguard:organization"], rows: ["coastguard -assisted-> Ana Reyes", "coastguard -assisted-> Luis Soto", "coastguard -assisted-> Pedro Gil"]}],
    ["as subjects of an active verb", {s: "Ana Reyes, her coach Luis Soto and their captain, Pedro Gil, thanked the Frente Norte.", m: [...crew, "Frente Norte:group"], rows: ["Ana Reyes -thanked-> Frente Norte", "Luis Soto -thanked-> Frente Norte", "Pedro Gil -thanked-> Frente Norte"]}]
  ])("%s", (_label, c) => checkInteractions(c));

  it.each<[string, InteractionCase]>([
    ["negative: a sports signing is no relation", {s: "Ana Reyes, her striker Luis Soto and their goalkeeper, Pedro Gil, were signed by the Frente Norte.", m: [...crew, "Frente Norte:organization"], rows: []}],
    ["negative: an assault ('beaten') gives no row", {s: "Ana Reyes, her cameraman Luis Soto and their driver, Pedro Gil, were beaten by the Frente Norte.", m: [...crew, "Frente Norte:group"], rows: []}],
    ["negative: a place among the conjuncts leaves only the named person", {s: "Ana Reyes, Lima and their driver, Pedro Gil, were released by the Frente Norte.", m: ["Ana Reyes", "Lima:place", "Pedro Gil", "Frente Norte:group"], rows: ["Frente Norte -released-> Pedro Gil"]}],
    ["negative: an unnamed role before 'and' is no conjunct", {s: "Ana Reyes said her cameraman and their driver, Pedro Gil, were released by the Frente Norte.", m: ["Ana Reyes", "Pedro Gil", "Frente Norte:group"], rows: ["Frente Norte -released-> Pedro Gil"]}]
  ])("%s", (_label, c) => checkInteractions(c));

  it("a future release keeps its modality", () =>
    checkInteractions({s: "Ana Reyes, her cameraman Luis Soto and their driver, Pedro Gil, will be released by the Frente Norte on Monday.", m: [...crew, "Frente Norte:group"], rows: ["Frente Norte -released-> Ana Reyes", "Frente Norte -released-> Luis Soto", "Frente Norte -released-> Pedro Gil"], modality: "planned"}));
  it("a denied release keeps its modality", () =>
    checkInteractions({s: "Ana Reyes, her cameraman Luis Soto and their driver, Pedro Gil, were not released by the Frente Norte.", m: [...crew, "Frente Norte:group"], rows: ["Frente Norte -released-> Ana Reyes", "Frente Norte -released-> Luis Soto", "Frente Norte -released-> Pedro Gil"], modality: "hypothetical"}));
});
