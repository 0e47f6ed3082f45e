/**
 * Stage 07, round 32b: an age in commas between a name and "whom" ("B, 61, whom A is still holding") no longer hides
 * the relative clause's head (find-interactions.ts relativeHead). Before, the age stood where the head was looked
 * for, and the relative's verb gave no row.
 */
import {describe, it} from "vitest";
import {checkInteractions, type InteractionCase} from "./check.ts";

describe("round 32b: 'B, 58, whom A <verb>' → A <verb> B", () => {
  it.each<[string, InteractionCase]>([
    ["a hold still going on", {s: "Pedro Gil, 58, whom the Frente Norte is still holding, is the last of the bus drivers in captivity.", m: ["Pedro Gil", "Frente Norte:group"], rows: ["Frente Norte -held-> Pedro Gil"]}],
    ["a release", {s: "Pedro Gil, 58, whom the Frente Norte freed on Monday, was flown to Quito.", m: ["Pedro Gil", "Frente Norte:group", "Quito:place"], rows: ["Frente Norte -released-> Pedro Gil"]}],
    ["a meeting", {s: "Marta Ruiz, 71, whom Luis Soto met on Friday, lost her home in the flood.", m: ["Marta Ruiz", "Luis Soto"], rows: ["Luis Soto -met-> Marta Ruiz"]}]
  ])("%s", (_label, c) => checkInteractions(c));

  it.each<[string, InteractionCase]>([
    ["negative: a football signing is no relation", {s: "Pedro Gil, 19, whom the Atletico Sur signed in May, scored twice.", m: ["Pedro Gil", "Atletico Sur:organization"], rows: []}],
    ["negative: a debate is no meeting", {s: "Marta Ruiz, 71, whom Luis Soto debated on television, lost the vote.", m: ["Marta Ruiz", "Luis Soto"], rows: []}]
  ])("%s", (_label, c) => checkInteractions(c));

  it("a release not yet made keeps its modality", () =>
    checkInteractions({s: "Pedro Gil, 58, whom the Frente Norte has refused to free, is the last captive.", m: ["Pedro Gil", "Frente Norte:group"], rows: ["Frente Norte -released-> Pedro Gil"], modality: "hypothetical"}));
});
