/**
 * Stage 07 on invented sentences (round 33): "meeting" after a determiner is the noun, so two objects before it do not
 * meet each other. "C thanked A and B at the same meeting" → C thanked A and B only. The verb keeps its row ("A and B
 * are meeting in X").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "C thanked A and B, <apposition>, at the same meeting → thanks only": {
    s: "Their coach, Jonas Eke, who drove up from Tarn on Sunday, thanked Mara Holt and Pia Lund, the two mayors, at the same meeting.",
    m: ["Jonas Eke", "Tarn:place", "Mara Holt", "Pia Lund"],
    rows: ["Jonas Eke -thanked-> Mara Holt", "Jonas Eke -thanked-> Pia Lund"]
  },
  "C thanked A and B at the same meeting → thanks only": {
    s: "Tom Berg thanked Omar Saleh and Ana Lee at the same meeting.",
    m: ["Tom Berg", "Omar Saleh", "Ana Lee"],
    rows: ["Tom Berg -thanked-> Omar Saleh", "Tom Berg -thanked-> Ana Lee"]
  },
  "C thanked A and B, <apposition>, at that meeting → thanks only": {
    s: "Tom Berg thanked Omar Saleh and Ana Lee, the two envoys, at that meeting.",
    m: ["Tom Berg", "Omar Saleh", "Ana Lee"],
    rows: ["Tom Berg -thanked-> Omar Saleh", "Tom Berg -thanked-> Ana Lee"]
  },
  "C urged A and B, <aside>, at the same meeting to pay → calls only": {
    s: "Tom Berg urged Acme Steel and the Velm Council, both absent, at the same meeting to pay.",
    m: ["Tom Berg", "Acme Steel:organization", "Velm Council:organization"],
    rows: ["Tom Berg -called_on-> Acme Steel", "Tom Berg -called_on-> Velm Council"]
  },
  "negative: the verb keeps its meeting": {
    s: "Omar Saleh and Ana Lee are meeting in Velm on Monday.",
    m: ["Omar Saleh", "Ana Lee", "Velm:place"],
    rows: ["Omar Saleh -met-> Ana Lee"]
  },
  "negative: a meeting held by two subjects stays their meeting": {
    s: "Omar Saleh and Ana Lee held a meeting in Velm on Monday.",
    m: ["Omar Saleh", "Ana Lee", "Velm:place"],
    rows: ["Omar Saleh -met-> Ana Lee"]
  }
};

describe("stage 07, round 33: meeting as a noun", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
