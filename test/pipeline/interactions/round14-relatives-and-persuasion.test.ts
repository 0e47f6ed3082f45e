/**
 * Stage 07 on invented sentences (round 14): a relative listed after a titled object in
 * apposition, and help given to persuade someone.
 * - "X released their driver, A, and his cousin, B" → X released A and B;
 * - "A helped persuade/convince B to free C" → A asked B (not A assisted B).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const relativeCases: Record<string, Case> = {
  "X released their <title>, A, and his cousin, B → both released": {
    s: "On Sunday the Kasai Rangers also released their driver, Karl Dahl, and his cousin, Tomas Dahl, who had been held since May.",
    m: ["Kasai Rangers:group", "Karl Dahl", "Tomas Dahl"],
    rows: ["Kasai Rangers -released-> Karl Dahl", "Kasai Rangers -released-> Tomas Dahl"]
  },
  "A met the <title>, B, and her daughter, C → both met": {
    s: "Governor Ana Ruiz met the clinic's head nurse, Rosa Vidal, and her daughter, Elena Vidal, in Pemba.",
    m: ["Ana Ruiz", "Rosa Vidal", "Elena Vidal", "Pemba:place"],
    rows: ["Ana Ruiz -met-> Rosa Vidal", "Ana Ruiz -met-> Elena Vidal"]
  },
  "negative: the relative who speaks is not listed": {
    s: "The Kasai Rangers released the convoy's driver, Karl Dahl, and his cousin Tomas Dahl said the family was relieved.",
    m: ["Kasai Rangers:group", "Karl Dahl", "Tomas Dahl"],
    rows: ["Kasai Rangers -released-> Karl Dahl"]
  }
};

const persuadeCases: Record<string, Case> = {
  "A and her aides helped persuade X to … → A asked X": {
    s: "Ana Ruiz and her aides helped persuade Peru to reopen the border crossing last spring.",
    m: ["Ana Ruiz", "Peru:country"],
    rows: ["Ana Ruiz -asked-> Peru"]
  },
  "A helped convince the X to free … → A asked X": {
    s: "Bishop Karl Dahl helped convince the Kasai Rangers to let the nurses go.",
    m: ["Karl Dahl", "Kasai Rangers:group"],
    rows: ["Karl Dahl -asked-> Kasai Rangers"]
  },
  "negative: help given to X stays help": {
    s: "Ana Ruiz helped Peru rebuild the dam.",
    m: ["Ana Ruiz", "Peru:country"],
    rows: ["Ana Ruiz -assisted-> Peru"]
  }
};

describe("findInteractions: a relative listed after a titled object in apposition", () => {
  it.each(Object.entries(relativeCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: helped persuade B → asked B", () => {
  it.each(Object.entries(persuadeCases))("%s", (_label, c) => check(c));
});
