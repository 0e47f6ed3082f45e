/**
 * Stage 07, round 32b: "A toured X and was briefed (greeted) by B" — a person-only passive after "and was" takes the
 * sentence's opening person when the walk back found only the first verb's place or body (find-interactions.ts
 * passive-by-opening-subject). Before, the place X was the patient, the person-only verb dropped it, and no row
 * was left.
 */
import {describe, it} from "vitest";
import {checkInteractions, type InteractionCase} from "./check.ts";

describe("round 32b: 'A visited X and was briefed by B' → B met A", () => {
  it.each<[string, InteractionCase]>([
    ["briefed by a titled agency head, with a time before 'and'", {s: "Ana Reyes toured Piura this afternoon and was briefed by the head of the flood agency, Luis Soto, at the emergency centre.", m: ["Ana Reyes", "Piura:place", "Luis Soto"], rows: ["Ana Reyes -visited-> Piura", "Luis Soto -met-> Ana Reyes"]}],
    ["briefed at a camp, 'by' after the place", {s: "The labour minister Ana Reyes reached Talara and was briefed at the strike camp by the union's leader, Luis Soto.", m: ["Ana Reyes", "Talara:place", "Luis Soto"], rows: ["Luis Soto -met-> Ana Reyes"]}],
    ["greeted after a visit", {s: "Ana Reyes toured Piura and was greeted by the mayor, Luis Soto.", m: ["Ana Reyes", "Piura:place", "Luis Soto"], rows: ["Ana Reyes -visited-> Piura", "Luis Soto -met-> Ana Reyes"]}]
  ])("%s", (_label, c) => checkInteractions(c));

  it.each<[string, InteractionCase]>([
    ["negative: a future briefing gives no met row", {s: "Ana Reyes toured Piura and will be briefed by Luis Soto.", m: ["Ana Reyes", "Piura:place", "Luis Soto"], rows: ["Ana Reyes -visited-> Piura"]}],
    ["negative: a denied briefing gives no met row", {s: "Ana Reyes toured Piura and was not briefed by Luis Soto.", m: ["Ana Reyes", "Piura:place", "Luis Soto"], rows: ["Ana Reyes -visited-> Piura"]}],
    ["negative: a football transfer is no meeting", {s: "Ana Reyes played for Piura and was signed by Luis Soto.", m: ["Ana Reyes", "Piura:place", "Luis Soto"], rows: []}],
    ["negative: the owner of the one who toured is not greeted", {s: "Ana Reyes's brother toured Piura and was greeted by Luis Soto.", m: ["Ana Reyes", "Piura:place", "Luis Soto"], rows: []}],
    ["negative: a body's tour is no person met", {s: "The Frente Norte toured Piura and was greeted by Luis Soto.", m: ["Frente Norte:group", "Piura:place", "Luis Soto"], rows: []}]
  ])("%s", (_label, c) => checkInteractions(c));
});
