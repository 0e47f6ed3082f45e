/**
 * Stage 07 on invented sentences (round 16): a pardon or amnesty frees people the state holds
 * (docs/evaluation.md: pardons free prisoners), and a count naming the freed with a nationality in
 * it ("the two Latvian journalists, B and C") still announces the names after it:
 * - "A pardoned B", "B was amnestied by A" → A released B;
 * - "A pardoned/freed the N <nationality> <noun>, B, C and D" → A released each named one.
 * Negatives: the noun "a pardon", names fewer than the count, a comma before a speaker.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A pardoned B → A released B": {
    s: "Governor Hana Rudd pardoned Milo Varga on the eve of the holiday.",
    m: ["Hana Rudd", "Milo Varga"],
    rows: ["Hana Rudd -released-> Milo Varga"]
  },
  "B was amnestied by A → A released B": {
    s: "Milo Varga was amnestied by Governor Hana Rudd last week.",
    m: ["Milo Varga", "Hana Rudd"],
    rows: ["Hana Rudd -released-> Milo Varga"]
  },
  "A pardoned the three <nationality> <noun>, B, C and D → released each": {
    s: "Governor Hana Rudd pardoned the three Estonian students, Milo Varga, Ida Sell and Per Lund, after the hearing.",
    m: ["Hana Rudd", "Estonian:country", "Milo Varga", "Ida Sell", "Per Lund"],
    rows: ["Hana Rudd -released-> Milo Varga", "Hana Rudd -released-> Ida Sell", "Hana Rudd -released-> Per Lund"]
  },
  "A freed the two <nationality> <noun>, B and C → released each": {
    s: "The Delta Front freed the two Estonian sailors, Milo Varga and Per Lund.",
    m: ["Delta Front:organization", "Estonian:country", "Milo Varga", "Per Lund"],
    rows: ["Delta Front -released-> Milo Varga", "Delta Front -released-> Per Lund"]
  },
  "negative: the noun \"a pardon\" asked for is no release": {
    s: "Milo Varga asked Governor Hana Rudd for a pardon on Monday.",
    m: ["Milo Varga", "Hana Rudd"],
    rows: ["Milo Varga -asked-> Hana Rudd"]
  },
  "negative: fewer names than the count are no apposition": {
    s: "The Delta Front freed the three Estonian sailors, Milo Varga and Per Lund.",
    m: ["Delta Front:organization", "Estonian:country", "Milo Varga", "Per Lund"],
    rows: []
  },
  "negative: a speaker after the count's comma is no one freed": {
    s: "The Delta Front freed the two Estonian sailors, Milo Varga said.",
    m: ["Delta Front:organization", "Estonian:country", "Milo Varga"],
    rows: []
  }
};

describe("round 16: pardons, and counted names after a nationality", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
