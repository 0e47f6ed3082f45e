/**
 * Stage 07, round 32b: "A thanked B, whom she met on Saturday" — a "he" / "she" right after "whom" is the relative
 * clause's subject and cannot be its head B; it stands for the sentence's opening person A (arguments.ts
 * resolvePronoun / whomClauseSubject), and the relative's verb takes B (find-interactions.ts pronounAfterWhom,
 * rule active-relative). Before, the pronoun resolved to no one and the relative's verb gave no row.
 */
import {describe, it} from "vitest";
import {checkInteractions, type InteractionCase} from "./check.ts";

describe("round 32b: 'A <verb> B, whom she met' → A met B", () => {
  it.each<[string, InteractionCase]>([
    ["thanked, then met in the relative", {s: "Ana Reyes thanked Luis Soto, whom she met on Saturday, for his help during the flood.", m: ["Ana Reyes", "Luis Soto"], rows: ["Ana Reyes -thanked-> Luis Soto", "Ana Reyes -met-> Luis Soto"]}],
    ["the relative closes the sentence", {s: "Ana Reyes praised Luis Soto, whom she met in Callao on Monday, for ending the dock strike.", m: ["Ana Reyes", "Luis Soto"], rows: ["Ana Reyes -met-> Luis Soto"]}],
    ["an auxiliary between the pronoun and the verb", {s: "Ana Reyes thanked Luis Soto, whom she had met at the court the day before.", m: ["Ana Reyes", "Luis Soto"], rows: ["Ana Reyes -thanked-> Luis Soto", "Ana Reyes -met-> Luis Soto"]}]
  ])("%s", (_label, c) => checkInteractions(c));

  it.each<[string, InteractionCase]>([
    ["negative: a debate is no meeting", {s: "Ana Reyes praised Luis Soto, whom she debated on Saturday.", m: ["Ana Reyes", "Luis Soto"], rows: []}],
    ["negative: a football signing is no relation", {s: "Ana Reyes praised Luis Soto, whom she signed in May.", m: ["Ana Reyes", "Luis Soto"], rows: []}],
    ["negative: the owner of an unnamed relative is no subject", {s: "Ana Reyes's mother thanked Luis Soto, whom she met on Saturday.", m: ["Ana Reyes", "Luis Soto"], rows: []}],
    ["negative: another person before the head leaves the pronoun open", {s: "Ana Reyes told Pedro Gil about Luis Soto, whom she met on Saturday.", m: ["Ana Reyes", "Pedro Gil", "Luis Soto"], rows: []}]
  ])("%s", (_label, c) => checkInteractions(c));

  it("a meeting never held keeps its modality", () =>
    checkInteractions({s: "Ana Reyes praised Luis Soto, whom she had never met.", m: ["Ana Reyes", "Luis Soto"], rows: ["Ana Reyes -met-> Luis Soto"], modality: "hypothetical"}));
  it("a future meeting keeps its modality", () =>
    checkInteractions({s: "Ana Reyes praised Luis Soto, whom she will meet on Friday.", m: ["Ana Reyes", "Luis Soto"], rows: ["Ana Reyes -met-> Luis Soto"], modality: "planned"}));
});
