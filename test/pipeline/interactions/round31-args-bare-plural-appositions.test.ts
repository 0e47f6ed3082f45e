/**
 * Stage 07, round 31 (subjects and objects): a bare plural of people in commas after the subject's names or ages
 * ("B, 29, and her cousin C, 33, engineers from X University, were kidnapped …", "B and C, engineers from X,
 * met D") is an apposition the walk back to the subject passes over (arguments.ts appositionStart,
 * barePluralAside, model PERSON_NOUNS). Before, the walk stopped at it and the clause had no subject.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, 29, and her cousin C, 33, engineers from X, were kidnapped … along with D, by militants of A": {
    s: "Lena Vos, 29, and her cousin Mark Vos, 33, engineers from Ghent University, were kidnapped on 9 April along with their cook, Omar Diallo, by militants of the Red Hand.",
    m: ["Lena Vos", "Mark Vos", "Ghent University:organization", "Omar Diallo", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Lena Vos", "Red Hand -abducted-> Mark Vos", "Red Hand -abducted-> Omar Diallo"]
  },
  "B and C, engineers with X, were kidnapped by A": {
    s: "Lena Vos and Mark Vos, engineers with Ghent University, were kidnapped on 9 April by the Red Hand.",
    m: ["Lena Vos", "Mark Vos", "Ghent University:organization", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Lena Vos", "Red Hand -abducted-> Mark Vos"]
  },
  "B and C, volunteers from X, met D": {
    s: "Lena Vos and Mark Vos, volunteers from Ghent, met Tomas Berg on Monday.",
    m: ["Lena Vos", "Mark Vos", "Ghent:place", "Tomas Berg"],
    rows: ["Lena Vos -met-> Tomas Berg", "Mark Vos -met-> Tomas Berg"]
  },
  "negative: a game, B and C, athletes from X, were beaten by A (no verb of the stage)": {
    s: "Lena Vos and Mark Vos, athletes from Ghent, were beaten by Nord United on Sunday.",
    m: ["Lena Vos", "Mark Vos", "Ghent:place", "Nord United:organization"],
    rows: []
  },
  "negative: a speech tag, '…, engineers at the plant said, and freed C' keeps the first subject": {
    s: "Tomas Berg thanked Lena Vos, 36, engineers at the plant said, and freed Mark Hale.",
    m: ["Tomas Berg", "Lena Vos", "Mark Hale"],
    rows: ["Tomas Berg -released-> Mark Hale", "Tomas Berg -thanked-> Lena Vos"]
  },
  "negative: an object's apposition before 'and <verb>' (met the leaders in X, engineers at the plant, and freed C)": {
    s: "Tomas Berg met the miners' leaders in Ghent, engineers at the plant, and freed Mark Hale.",
    m: ["Tomas Berg", "Ghent:place", "Mark Hale"],
    rows: ["Tomas Berg -released-> Mark Hale"]
  },
  "negation: were not kidnapped (the rows are hypothetical)": {
    s: "Lena Vos and Mark Vos, engineers at the plant, were not kidnapped by the Red Hand, police said.",
    m: ["Lena Vos", "Mark Vos", "Red Hand:group"],
    rows: ["Red Hand -abducted-> Lena Vos", "Red Hand -abducted-> Mark Vos"],
    modality: "hypothetical"
  }
};

describe("round 31: 'B and C, engineers at X, were kidnapped by A' → A abducted B and C", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
