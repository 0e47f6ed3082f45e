/**
 * Stage 09, round 22: a given name alone beside a woman's Slavic surname in the feminine joins the
 * one full name of that given name with the surname in the masculine, when a possessive makes them kin ("Belova's father, Pavel" →
 * "Pavel Belov" in another outlet's story), when that story names her too or is the same article (review 22,
 * F21). Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundMentions, actorOf} from "../../fixtures/actors/found-mentions.ts";

describe("a relative's given name beside a feminine surname joins the full name in the masculine", () => {
  it("climbing accident: 'Belova's father, Pavel' → 'Pavel Belov' named by another outlet", () => {
    const xs = [
      foundMentions("Rescuers found the climber Oksana Belova alive on the glacier on Tuesday. Belova's father, Pavel, flew to Kathmandu to meet her.", "a1"),
      foundMentions("Pavel Belov said he had not slept for three days. His daughter Oksana Belov was flown to a clinic.", "a2")
    ];
    expect(actorOf(xs, 0, "Pavel")).toBeDefined();
    expect(actorOf(xs, 0, "Pavel")).toBe(actorOf(xs, 1, "Pavel Belov"));
    // Father and daughter stay two people.
    expect(actorOf(xs, 1, "Pavel Belov")).not.toBe(actorOf(xs, 0, "Oksana Belova"));
  });
});

describe("negatives", () => {
  it("without the possessive, a given name beside a feminine surname stays alone", () => {
    const xs = [
      foundMentions("Rescuers found the climber Oksana Belova alive on the glacier on Tuesday. Pavel flew to Kathmandu to meet her.", "a1"),
      foundMentions("Pavel Belov said he had not slept for three days.", "a2")
    ];
    expect(actorOf(xs, 0, "Pavel")).not.toBe(actorOf(xs, 1, "Pavel Belov"));
  });
  it("a surname not in the feminine ('Kovacs') does not reach a shorter one ('Kovac')", () => {
    const xs = [
      foundMentions("Rescuers found the climber Lena Kovacs alive on the glacier on Tuesday. Kovacs's father, Pavel, flew to Kathmandu to meet her.", "a1"),
      foundMentions("Pavel Kovac, a guide, said the weather had turned.", "a2")
    ];
    expect(actorOf(xs, 0, "Pavel")).not.toBe(actorOf(xs, 1, "Pavel Kovac"));
  });
  it("a man's surname ending like a feminine one ('Luis Medina') is not read in the masculine", () => {
    const xs = [
      foundMentions("Rescuers found the climber Luis Medina alive on the glacier on Tuesday. Medina's father, Pavel, flew to Kathmandu.", "a1"),
      foundMentions("Pavel Medin, a guide, said the weather had turned.", "a2")
    ];
    // "Medina's" is no woman's surname in the article (Luis is a man): no masculine form is read from it.
    expect(actorOf(xs, 0, "Pavel")).not.toBe(actorOf(xs, 1, "Pavel Medin"));
  });
  it("review 22, F21: a namesake in an unrelated story that does not name the woman stays apart", () => {
    const xs = [
      foundMentions("Olga Petrova, a teacher from Tver, was jailed on Monday for anti-war posts. Petrova's son, Ivan, said he would appeal.", "a1"),
      foundMentions("Ivan Petrov, the hockey player, signed a new contract with his club on Tuesday.", "a2")
    ];
    expect(actorOf(xs, 1, "Ivan Petrov")).toBeDefined();
    expect(actorOf(xs, 0, "Ivan")).not.toBe(actorOf(xs, 1, "Ivan Petrov"));
  });
});
