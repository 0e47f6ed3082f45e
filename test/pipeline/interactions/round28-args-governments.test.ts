/**
 * Stage 07 on invented sentences (round 28): criticism of "<person>'s government / administration /
 * cabinet / regime" is criticism of that leader (interactions/criticism.ts withCriticizedOwners, models
 * CRITICIZED_POSSESSIONS and GOVERNING_POSSESSIONS), where a person's possessive before a common noun ("B's wife") otherwise
 * names someone else. Negatives: talks or thanks with the government (the institution), a noun
 * after it ("B's government spokesman"), and kin ("B's wife").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A accused B's government of …' → A criticized B": {
    s: "Union leader Maria Tovar accused Lena Brandt's government of abandoning the miners.",
    m: ["Maria Tovar", "Lena Brandt"],
    rows: ["Maria Tovar -criticized-> Lena Brandt"]
  },
  "positive: 'A condemned B's administration for …' → A criticized B": {
    s: "Senator Ana Ruiz condemned Paul Mendes's administration for the slow flood response.",
    m: ["Ana Ruiz", "Paul Mendes"],
    rows: ["Ana Ruiz -criticized-> Paul Mendes"]
  },
  "positive: 'A criticised B's cabinet over …' → A criticized B": {
    s: "The rowing federation's chairman, Tomas Berg, criticised Olga Narva’s cabinet over the stadium closures.",
    m: ["Tomas Berg", "Olga Narva"],
    rows: ["Tomas Berg -criticized-> Olga Narva"]
  },
  "positive: 'A blamed B's regime for …' → A criticized B": {
    s: "Exiled writer Omar Saleh blamed Idris Kano's regime for the famine.",
    m: ["Omar Saleh", "Idris Kano"],
    rows: ["Omar Saleh -criticized-> Idris Kano"]
  },
  "negative (talks with the institution): 'A held talks with B's government' → no row for B": {
    s: "The strikers held talks with Lena Brandt's government on Monday.",
    m: ["Lena Brandt"],
    rows: []
  },
  "negative (thanks, not criticism): 'A thanked B's government for the aid' → no row": {
    s: "Mayor Daniel Ortiz thanked Lena Brandt's government for the tents.",
    m: ["Daniel Ortiz", "Lena Brandt"],
    rows: []
  },
  "negative (a noun after it): 'A accused B's government spokesman of lying' → no row for B": {
    s: "Maria Tovar accused Lena Brandt's government spokesman of lying.",
    m: ["Maria Tovar", "Lena Brandt"],
    rows: []
  },
  "negative (kin): 'A accused B's wife of …' → no row for B": {
    s: "Maria Tovar accused Lena Brandt's husband of hiding the money.",
    m: ["Maria Tovar", "Lena Brandt"],
    rows: []
  }
};

describe("round 28: criticism of a leader's government", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
