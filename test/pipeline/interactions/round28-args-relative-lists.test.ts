/**
 * Stage 07 on invented sentences (round 28): an object relative clause after a list of persons is
 * about each of them: "B and C, whom A freed on Monday, …", "B and C, the two Swiss-Peruvians whom
 * the gang released, …" → A released B and C (find-interactions.ts relativeHead: the list before
 * the comma, when no description or a plural one stands between; a hyphenated capitalised plural
 * may close the description). Negatives: a singular description names one ("B and C, the nurse
 * whom A freed" → C only), a list whose first member is no person ("X and C, whom …" → C only),
 * a list after a preposition ("held talks with B and C, whom A had freed": C only, as before).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B and C, whom A freed on Monday, flew home' → A released B and C": {
    s: "Tomas Berg and Lena Brandt, whom the Delta Front freed on Monday, flew home on Tuesday.",
    m: ["Tomas Berg", "Lena Brandt", "Delta Front:group"],
    rows: ["Delta Front -released-> Tomas Berg", "Delta Front -released-> Lena Brandt"]
  },
  "positive: 'B and C, the two Franco-Chileans whom A had released, …' → A released B and C": {
    s: "Tomas Berg and Lena Brandt, the two Franco-Chileans whom the Delta Front had released, reached the border on Sunday.",
    m: ["Tomas Berg", "Lena Brandt", "Delta Front:group"],
    rows: ["Delta Front -released-> Tomas Berg", "Delta Front -released-> Lena Brandt"]
  },
  "positive: 'B, C and D, the three engineers whom A had seized, …' → A abducted B, C and D": {
    s: "Tomas Berg, Omar Saleh and Lena Brandt, the three engineers whom the Delta Front had seized in May, were freed on Sunday.",
    m: ["Tomas Berg", "Omar Saleh", "Lena Brandt", "Delta Front:group"],
    rows: ["Delta Front -abducted-> Tomas Berg", "Delta Front -abducted-> Omar Saleh", "Delta Front -abducted-> Lena Brandt"]
  },
  "negative (a singular description): 'A met B and C, the nurse whom X freed' → X released C only": {
    s: "Ana Ruiz met Tomas Berg and Lena Brandt, the nurse whom the Delta Front freed on Monday.",
    m: ["Ana Ruiz", "Tomas Berg", "Lena Brandt", "Delta Front:group"],
    rows: ["Ana Ruiz -met-> Tomas Berg", "Ana Ruiz -met-> Lena Brandt", "Delta Front -released-> Lena Brandt"]
  },
  "negative (no person first): 'the Red Cross and B, whom X freed' → X released B only": {
    s: "The Tarma Relief Society and Lena Brandt, whom the Delta Front freed on Monday, thanked the army.",
    m: ["Tarma Relief Society:organization", "Lena Brandt", "Delta Front:group"],
    rows: ["Delta Front -released-> Lena Brandt"]
  },
  "negative (after a preposition): 'talks with B and C, whom X had freed' → the list is not taken (C as before)": {
    s: "Ana Ruiz held talks with Tomas Berg and Lena Brandt, whom the Delta Front had freed.",
    m: ["Ana Ruiz", "Tomas Berg", "Lena Brandt", "Delta Front:group"],
    rows: ["Ana Ruiz -met-> Tomas Berg", "Ana Ruiz -met-> Lena Brandt", "Delta Front -released-> Lena Brandt"]
  }
};

describe("round 28: an object relative clause after a list of persons", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
