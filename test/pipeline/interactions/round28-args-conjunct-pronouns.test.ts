/**
 * Stage 07 on invented sentences (round 28): "he/she" after a subordinator ("and", "when", …) stands
 * for the person named before it, (1) also past a short time opener ("…, and in June she was
 * received by B", "…, and on Tuesday he met B": arguments.ts subordinatorBeforeTime), and (2) of
 * two persons named before, for the one whose listed given name is not of the other sex ("Maria
 * wrote to Peter, and she met B": listedOtherSex). Negatives: two persons of unlisted or the same
 * sex ("Ilya … Nikita …, and he met B"), a name inside the opener ("and in Lima he met B" keeps
 * the old reading only when it is a date or time word), a noun phrase after the subordinator.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive (time opener): 'A arrived in X, and on Tuesday she met B' → A met B": {
    s: "Maria Lund arrived in Tarma on Monday, and on Tuesday she met Governor Paul Mendes.",
    m: ["Maria Lund", "Tarma:place", "Paul Mendes"],
    d: ["Monday=2025-10-13", "Tuesday=2025-10-14"],
    rows: ["Maria Lund -visited-> Tarma", "Maria Lund -met-> Paul Mendes"]
  },
  "positive (time opener): 'A flew home, and later he thanked B' → A thanked B": {
    s: "The freed pilot Peter Holm flew home, and later he thanked the Andes Rescue Corps.",
    m: ["Peter Holm", "Andes Rescue Corps:organization"],
    rows: ["Peter Holm -thanked-> Andes Rescue Corps"]
  },
  "positive (sex): 'B (he) coached A (she) in May, and in June she thanked C' → A thanked C": {
    s: "Michael Dahl coached Maria Lund in May, and in June she thanked Paul Mendes for the new boat.",
    m: ["Michael Dahl", "Maria Lund", "Paul Mendes"],
    d: ["May=2025-05", "June=2025-06"],
    rows: ["Maria Lund -thanked-> Paul Mendes"]
  },
  "positive (sex): 'A (he) praised B (she), and he thanked C' → A thanked C": {
    s: "Peter Holm praised the courage of Anna Berg, and he thanked the Andes Rescue Corps.",
    m: ["Peter Holm", "Anna Berg", "Andes Rescue Corps:organization"],
    rows: ["Peter Holm -thanked-> Andes Rescue Corps"]
  },
  "negative (unlisted names): 'Ilya … Nikita …, and he met B' → no row": {
    s: "Ilya Orlov wrote to Nikita Sobol in May, and in June he met Governor Paul Mendes.",
    m: ["Ilya Orlov", "Nikita Sobol", "Paul Mendes"],
    d: ["May=2025-05", "June=2025-06"],
    rows: []
  },
  "negative (same sex): 'Peter … Michael …, and he met B' → no row": {
    s: "Peter Holm wrote to Michael Dahl in May, and in June he met Governor Paul Mendes.",
    m: ["Peter Holm", "Michael Dahl", "Paul Mendes"],
    d: ["May=2025-05", "June=2025-06"],
    rows: []
  },
  "negative (a noun phrase, no time opener): 'A flew home, and the crew he trained thanked B' → no row for A": {
    s: "Peter Holm flew home, and the crew he trained thanked the Andes Rescue Corps.",
    m: ["Peter Holm", "Andes Rescue Corps:organization"],
    rows: []
  }
};

describe("round 28: a pronoun after a subordinator and a time opener, chosen by sex", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
