/**
 * Stage 07 on invented sentences (round 26): an aside opened by a past participle with a preposition
 * after it ("employed by a charity", "taken from his farm in May") or by a floating "all/each" ("all
 * aid workers") between a subject and its verb is passed over like an apposition, so the subject
 * before it takes the verb: "A, B and C, all aid workers, were freed by D" → D freed A, B and C
 * (arguments.ts participleAsideAt in appositionStart; model QUANTIFIER_ASIDE_OPENERS,
 * IRREGULAR_ASIDE_PARTICIPLES).
 * Negatives: an object's aside before "and <verb>" keeps the object out of the next verb's subject
 * ("Soldiers freed B, trapped in a cellar, and thanked C"), a speech tag after an object's aside, and
 * a participle with its own object ("seized B, released C and freed D" is a list of verbs).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A, B and C, all aid workers, were freed by D' → D released A, B and C": {
    s: "Ana Vidal, Lena Roth and Kofi Boateng, all aid workers, were freed by the Tamba Front.",
    m: ["Ana Vidal", "Lena Roth", "Kofi Boateng", "Tamba Front:group"],
    rows: ["Tamba Front -released-> Ana Vidal", "Tamba Front -released-> Lena Roth", "Tamba Front -released-> Kofi Boateng"]
  },
  "positive: 'A, employed by a charity, was freed by D' → D released A": {
    s: "Ana Vidal, employed by a Lima charity, was freed by the Tamba Front.",
    m: ["Ana Vidal", "Lima:place", "Tamba Front:group"],
    rows: ["Tamba Front -released-> Ana Vidal"]
  },
  "positive: 'A, taken from his farm in May, was freed by D on Monday' → D released A": {
    s: "Kofi Boateng, taken from his farm in May, was freed by the Tamba Front on Monday.",
    m: ["Kofi Boateng", "Tamba Front:group"],
    rows: ["Tamba Front -released-> Kofi Boateng"]
  },
  "negative (an object's aside before 'and'): 'Soldiers freed B, trapped in a cellar, and thanked C' → no B row": {
    s: "Soldiers freed Ana Vidal, trapped in a cellar, and thanked Kofi Boateng.",
    m: ["Ana Vidal", "Kofi Boateng"],
    rows: []
  },
  "negative (a speech tag after an object's aside): 'D released B, trapped in a cellar, C said' → D released B only": {
    s: "The Tamba Front released Ana Vidal, trapped in a cellar, Kofi Boateng said.",
    m: ["Tamba Front:group", "Ana Vidal", "Kofi Boateng"],
    rows: ["Tamba Front -released-> Ana Vidal"]
  },
  "negative (a participle with its own object): 'D seized B, released C and freed E' → no aside": {
    s: "The Tamba Front seized Ana Vidal, released Kofi Boateng and freed Lena Roth.",
    m: ["Tamba Front:group", "Ana Vidal", "Kofi Boateng", "Lena Roth"],
    rows: ["Tamba Front -abducted-> Ana Vidal", "Tamba Front -released-> Lena Roth"]
  }
};

describe("round 26: participle and quantifier asides before the verb", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
