/**
 * Stage 07 on invented sentences (round 19): a relative clause after an apposition that names the
 * first person's office under a second person is the first person's (arguments.ts
 * officeHolderBefore, read by relativeAfterApposition):
 * - "A, the (chief) adviser to (President) B, who travelled to X and met C" → A visited X, A met C;
 * - "…, brokered by A, an aide to B, who flew to X" → A visited X;
 * - "A, the special envoy of Foreign Minister B, who met C" → A met C.
 * Negatives: a relative as the apposition's head ("the sister of B, who met C": B's clause), a
 * lawyer in a court story (no office word), a friend (no office), a name right before "who"
 * with no apposition.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A, the senior negotiator for Premier B, who visited X and met C → A": {
    s: "Miners' leaders praised Velko Daris, the senior negotiator for Premier Irena Solk, who visited Skopje twice and met Hristo Banev there.",
    m: ["Velko Daris", "Irena Solk", "Skopje:place", "Hristo Banev"],
    rows: ["Velko Daris -visited-> Skopje", "Velko Daris -met-> Hristo Banev"]
  },
  "A, an aide to B, who flew to X → A visited X": {
    s: "Officials named Lotta Brisk, an aide to Tamas Vero, who flew to Tirana on Sunday.",
    m: ["Lotta Brisk", "Tamas Vero", "Tirana:place"],
    rows: ["Lotta Brisk -visited-> Tirana"]
  },
  "A, the special envoy of Foreign Minister B, who met C → A met C": {
    s: "The swap followed talks by Ruben Osk, the special envoy of Foreign Minister Dagny Holt, who met Arvo Kask twice.",
    m: ["Ruben Osk", "Dagny Holt", "Arvo Kask"],
    rows: ["Ruben Osk -met-> Arvo Kask"]
  },
  "negative: a relative heads the apposition (the sister of B, who met C) → B's clause": {
    s: "The appeal came from Mira Olsen, the sister of Pavo Renkel, who met Ilse Brand in May.",
    m: ["Mira Olsen", "Pavo Renkel", "Ilse Brand"],
    rows: ["Pavo Renkel -met-> Ilse Brand"]
  },
  "negative (courts): a defendant's lawyer is no office under him": {
    s: "The court heard from Ada Kern, the lawyer of Piet Vossel, who met Odd Mobek last year.",
    m: ["Ada Kern", "Piet Vossel", "Odd Mobek"],
    rows: ["Piet Vossel -met-> Odd Mobek"]
  },
  "negative: a friend of B, who met C → B's clause": {
    s: "It was Ada Kern, a friend of Piet Vossel, who met Odd Mobek in Skopje.",
    m: ["Ada Kern", "Piet Vossel", "Odd Mobek", "Skopje:place"],
    rows: ["Piet Vossel -met-> Odd Mobek"]
  },
  "negative: a name right before who with no apposition keeps the clause": {
    s: "The letter was sent to President Irena Solk, who met Hristo Banev on Friday.",
    m: ["Irena Solk", "Hristo Banev"],
    rows: ["Irena Solk -met-> Hristo Banev"]
  }
};

describe("round 19: office holders before a relative clause", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
