/**
 * Stage 07 on invented sentences (round 28): an order to "him/her" whose person is named earlier in
 * the sentence ("A said …, and B instructed him to …") is an order to that person, whatever the
 * clause before says: the object ends at the pronoun, so the "to" of the act is looked for after
 * it, not after the antecedent (find-interactions.ts objectEnd in verbPairs). Before, the "to"
 * was looked for within fourteen tokens of the antecedent, so a long clause and title between
 * ("… had been arrested, and Prime Minister B told him to …") lost the order.
 * Negatives: no act after the pronoun ("told him that …"), an order to the verb's own subject's
 * relative ("… and B told her deputy to …"), "told him about plans to …".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A said three men had been arrested, and B told him to …' → B asked A": {
    s: "Police chief Tomas Berg said three guards had been arrested, and Prime Minister Paul Mendes told him to close the prison.",
    m: ["Tomas Berg", "Paul Mendes"],
    rows: ["Paul Mendes -asked-> Tomas Berg"]
  },
  "positive: 'A briefed the cabinet, and B instructed her to …' → B asked A": {
    s: "Ana Ruiz, the aviation chief, briefed the cabinet on Monday, and Deputy Prime Minister Daniel Ortiz instructed her to ground the fleet.",
    m: ["Ana Ruiz", "Daniel Ortiz"],
    rows: ["Daniel Ortiz -asked-> Ana Ruiz"]
  },
  "negative (no act after the pronoun): 'A said …, and B told him that …' → no row": {
    s: "Police chief Tomas Berg said three guards had been arrested, and Governor Paul Mendes told him that the prison would close.",
    m: ["Tomas Berg", "Paul Mendes"],
    rows: []
  },
  "negative (a possessive): 'A said …, and B told her deputy to …' → no row for A": {
    s: "Aviation chief Ana Ruiz said two pilots were detained, and Mayor Daniel Ortiz told her deputy to ground the fleet.",
    m: ["Ana Ruiz", "Daniel Ortiz"],
    rows: []
  },
  "negative (an act before the pronoun only): 'A said …, and Prime Minister B told him about plans to …' → no row": {
    s: "Police chief Tomas Berg said three guards had been arrested, and Prime Minister Paul Mendes told him about plans to close the prison.",
    m: ["Tomas Berg", "Paul Mendes"],
    rows: []
  }
};

describe("round 28: an order to a pronoun whose person is named earlier", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
