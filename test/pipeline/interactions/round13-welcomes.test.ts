/**
 * Stage 07 on invented sentences (round 13): a welcome between persons is a meeting, active or
 * passive ("B was welcomed at the quay by A" → A met B), as a greeting is; a welcome of a thing
 * or of a country's offer meets no one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const welcomeCases: Record<string, Case> = {
  "B was welcomed at <place> by A → A met B": {
    s: "The freed ferry pilot Ana Ruiz was welcomed at the quay in Tarma by Mayor Karl Dahl.",
    m: ["Ana Ruiz", "Tarma:place", "Karl Dahl"],
    rows: ["Karl Dahl -met-> Ana Ruiz"]
  },
  "A welcomed B and C at the airport → A met both": {
    s: "On Sunday Ines Moura welcomed Tomas Vik and Juan Soto at the airport after the strike.",
    m: ["Ines Moura", "Tomas Vik", "Juan Soto"],
    rows: ["Ines Moura -met-> Tomas Vik", "Ines Moura -met-> Juan Soto"]
  },
  "negative: welcoming a country's offer meets no one": {
    s: "Ines Moura welcomed Chile's offer of pumps for the flooded mine.",
    m: ["Ines Moura", "Chile:country"],
    rows: []
  },
  "negative: a person's decision welcomed is no meeting": {
    s: "Ines Moura welcomed Karl Dahl's decision to end the strike.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: []
  }
};

describe("findInteractions: welcomes between persons", () => {
  it.each(Object.entries(welcomeCases))("%s", (_label, c) => check(c));
});
