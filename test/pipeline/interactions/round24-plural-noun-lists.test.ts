/**
 * Stage 07 on invented sentences (round 24): a list of persons set off by commas after a plural noun
 * is the subject whole, the first name included and relations before names allowed (arguments.ts
 * listAfterPluralNoun, read first in appositionSubjects):
 * - "The climbers, A, his brother B and their guide C, were seized by D" → D abducted A, B and C;
 * - "The victims, A, B and C, were shot dead by D" → D killed A, B and C.
 * Negatives: one name in apposition ("Their lawyer, A, said …": no list, A is no patient), a list that
 * is the object of the verb ("D freed the nurses, A and B, on Sunday": no subject list), a list mixing
 * a body with persons (no subject list is read from it).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'The climbers, A, his brother B and their guide C, were seized by D'": {
    s: "The engineers, Piet Claes, his colleague Jan Claes and their driver Omar Diallo, were kidnapped from a dam site by the Delta Movement.",
    m: ["Piet Claes", "Jan Claes", "Omar Diallo", "Delta Movement:group"],
    rows: ["Delta Movement -abducted-> Piet Claes", "Delta Movement -abducted-> Jan Claes", "Delta Movement -abducted-> Omar Diallo"]
  },
  "positive: 'The victims, A, B and C, were shot dead by D'": {
    s: "The victims, Ana Vidal, Kofi Boateng and Lena Roth, were shot dead by the Coastal Front.",
    m: ["Ana Vidal", "Kofi Boateng", "Lena Roth", "Coastal Front:group"],
    rows: ["Coastal Front -killed-> Ana Vidal", "Coastal Front -killed-> Kofi Boateng", "Coastal Front -killed-> Lena Roth"]
  },
  "negative (one name in apposition: 'Their lawyer, A, said the miners were freed by D'): A is no patient": {
    s: "Their lawyer, Ana Vidal, said the miners were freed by the Delta Movement.",
    m: ["Ana Vidal", "Delta Movement:group"],
    rows: []
  },
  "negative (the list is an object: 'D freed the nurses, A and B, on Sunday'): D's patients only": {
    s: "The Delta Movement freed the nurses, Ana Vidal and Lena Roth, on Sunday.",
    m: ["Delta Movement:group", "Ana Vidal", "Lena Roth"],
    rows: ["Delta Movement -released-> Ana Vidal", "Delta Movement -released-> Lena Roth"]
  },
  "negative (a body among the names: 'The donors, Oxfam, A and B, were thanked by C')": {
    s: "The donors, Oxfam, Ana Vidal and Kofi Boateng, were thanked by the mayor, Lena Roth.",
    m: ["Oxfam:organization", "Ana Vidal", "Kofi Boateng", "Lena Roth"],
    rows: []
  }
};

describe("stage 07 round 24: lists after a plural noun", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
