/**
 * Stage 07 on invented sentences (round 26): an apposition after an unnamed subject that ends in a
 * person's name after an article or possessive and a lowercase description ("A fourth captive, the
 * charity's guard B, is still held by C", "Another hostage, their driver B, thanked C") names the
 * subject: B (arguments.ts describedPersonEnding in appositionSubjects).
 * Negatives: a named head ("A, his uncle B, was freed by C" in round9-classes: A), a description
 * with "of" ("A, the wife of B, was freed by C": A, not B), a relative
 * clause in the apposition ("the one who helped B"), and a reporting verb ("The third man, the
 * police told B, …" is no description).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A fourth captive, the charity's guard B, is still held by C' → C held B": {
    s: "A fourth captive, the charity's guard Kofi Boateng, is still held by the Tamba Front.",
    m: ["Kofi Boateng", "Tamba Front:group"],
    rows: ["Tamba Front -held-> Kofi Boateng"]
  },
  "positive: 'Another hostage, their driver B, thanked C' → B thanked C": {
    s: "Another hostage, their driver Kofi Boateng, thanked the Red Cross.",
    m: ["Kofi Boateng", "Red Cross:organization"],
    rows: ["Kofi Boateng -thanked-> Red Cross"]
  },
  "negative (a description with 'of'): 'A, the wife of B, was freed by C' → C released A": {
    s: "Ana Vidal, the wife of Kofi Boateng, was freed by the Tamba Front.",
    m: ["Ana Vidal", "Kofi Boateng", "Tamba Front:group"],
    rows: ["Tamba Front -released-> Ana Vidal"]
  },
  "negative (a relative clause): 'The third man, the one who helped B, was freed by C' → no B row": {
    s: "The third man, the one who helped Kofi Boateng, was freed by the Tamba Front.",
    m: ["Kofi Boateng", "Tamba Front:group"],
    rows: []
  },
  "negative (a reporting verb): 'The third man, the police told B, was freed by C' → no B row": {
    s: "The third man, the police told Kofi Boateng, was freed by the Tamba Front.",
    m: ["Kofi Boateng", "Tamba Front:group"],
    rows: []
  }
};

describe("round 26: a described name in apposition as the subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
