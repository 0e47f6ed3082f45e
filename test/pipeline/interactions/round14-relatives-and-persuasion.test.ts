/**
 * Stage 07 on invented sentences (round 14): a relative listed after a titled object in
 * apposition, and help given to persuade someone.
 * - "X released the mine's cook, A, and his nephew B" → X released A and B;
 * - "A helped persuade/convince B to free C" → A asked B (not A assisted B).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const relativeCases: Record<string, Case> = {
  "X released the <owner>'s <title>, A, and his nephew B → both released": {
    s: "The Delta Front released the ferry's cook, Karl Dahl, and his nephew Tomas Dahl near Tarma on Sunday.",
    m: ["Delta Front:group", "Karl Dahl", "Tomas Dahl", "Tarma:place"],
    rows: ["Delta Front -released-> Karl Dahl", "Delta Front -released-> Tomas Dahl"]
  },
  "A met the <title>, B, and her daughter, C → both met": {
    s: "Governor Ana Ruiz met the clinic's head nurse, Rosa Vidal, and her daughter, Elena Vidal, in Pemba.",
    m: ["Ana Ruiz", "Rosa Vidal", "Elena Vidal", "Pemba:place"],
    rows: ["Ana Ruiz -met-> Rosa Vidal", "Ana Ruiz -met-> Elena Vidal"]
  },
  "negative: the relative who speaks is not listed": {
    s: "The Delta Front released the ferry's cook, Karl Dahl, and his nephew Tomas Dahl said the family was relieved.",
    m: ["Delta Front:group", "Karl Dahl", "Tomas Dahl"],
    rows: ["Delta Front -released-> Karl Dahl"]
  }
};

const persuadeCases: Record<string, Case> = {
  "A, who …, helped persuade X to free … → A asked X": {
    s: "Norway's envoy Ana Ruiz, who has travelled between Oslo and Lima for months, helped persuade Peru to free 30 fishermen in return.",
    m: ["Norway:country", "Ana Ruiz", "Oslo:place", "Lima:place", "Peru:country"],
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
