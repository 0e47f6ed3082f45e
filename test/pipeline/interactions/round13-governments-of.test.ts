/**
 * Stage 07 on invented sentences (round 13): "the governments of B, C and D" stand for the
 * countries they govern, alone or as the last member of a list ("thanked X and the governments
 * of B and C" → X, B and C thanked). Other nouns before "of" ("the families of") do not.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const governmentsCases: Record<string, Case> = {
  "A thanked the governments of B, C and D → each thanked": {
    s: "After the floods the relief agency thanked the governments of Peru, Chile and Bolivia for their help.",
    m: ["relief agency:organization", "Peru:country", "Chile:country", "Bolivia:country"],
    rows: ["relief agency -thanked-> Peru", "relief agency -thanked-> Chile", "relief agency -thanked-> Bolivia"]
  },
  "A thanked X and the governments of B and C → X, B and C thanked": {
    s: "The shipping firm thanked the Chilean Navy and the governments of Peru and Bolivia once the strike ended.",
    m: ["shipping firm:organization", "Chilean Navy:organization", "Peru:country", "Bolivia:country"],
    rows: ["shipping firm -thanked-> Chilean Navy", "shipping firm -thanked-> Peru", "shipping firm -thanked-> Bolivia"]
  },
  "negative: 'the families of' a country's sailors are no government": {
    s: "The shipping firm thanked the Chilean Navy and the families of Peru's sailors.",
    m: ["shipping firm:organization", "Chilean Navy:organization", "Peru:country"],
    rows: ["shipping firm -thanked-> Chilean Navy"]
  }
};

describe("findInteractions: the governments of listed countries", () => {
  it.each(Object.entries(governmentsCases))("%s", (_label, c) => check(c));
});
