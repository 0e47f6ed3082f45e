/**
 * Stage 07 on invented sentences (round 15), precision: the one acted on is not always the one
 * named.
 * - "A rang B's grandmother and assured her …", "A phoned B's father and thanked him" → no row
 *   with B, none with A as the one promised;
 * - "A invited her spokesman to meet B", "A told an aide to thank B" → A did not meet/thank B;
 * - kept: "A called B and promised him …", "A sent a delegation to meet B", "A flew to X to meet B";
 * - "A met B and promised her a pump": "her" before "a/an" is the object, not a possessive.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A rang B's grandmother and assured her … → no row": {
    s: "Twice last week Ines Olave rang Piotr Halas's grandmother and assured her the search would go on.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: []
  },
  "A phoned B's father and thanked him → no row": {
    s: "Ines Olave phoned Piotr Halas's father and thanked him for his patience.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: []
  },
  "A met B's wife and thanked her → no row": {
    s: "Ines Olave met Piotr Halas's wife in Graz and thanked her.",
    m: ["Ines Olave", "Piotr Halas", "Graz:place"],
    rows: []
  },
  "kept: A called B and promised him … → A promised B": {
    s: "Ines Olave called Piotr Halas on Sunday and promised him a new pump.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: ["Ines Olave -promised-> Piotr Halas"]
  },
  "'her' before 'a/an' is the object: A met B and promised her a pump → A promised B": {
    s: "Ines Olave met Marta Kowal at the quay and promised her a new pump.",
    m: ["Ines Olave", "Marta Kowal"],
    rows: ["Ines Olave -met-> Marta Kowal", "Ines Olave -promised-> Marta Kowal"]
  },
  "negative: 'her' before a noun is a possessive: A met B and thanked her crew": {
    s: "Ines Olave met Marta Kowal at the quay and thanked her crew.",
    m: ["Ines Olave", "Marta Kowal"],
    rows: ["Ines Olave -met-> Marta Kowal"]
  },
  "A invited her spokesman to meet B → no meeting of A's": {
    s: "Ines Olave invited her spokesman to meet Piotr Halas at the mine.",
    m: ["Ines Olave", "Piotr Halas"],
    rows: []
  },
  "A told an aide to thank B → no thanks of A's": {
    s: "The Slovenian president told an aide to thank Piotr Halas.",
    m: ["Slovenian:country", "Piotr Halas"],
    rows: []
  },
  "kept: A sent a delegation to meet B → A met B": {
    s: "Slovenia sent a delegation to meet Piotr Halas in Graz.",
    m: ["Slovenia:country", "Piotr Halas", "Graz:place"],
    rows: ["Slovenia -met-> Piotr Halas"]
  },
  "kept: A flew to X to meet B → A visited X, met B": {
    s: "Ines Olave flew to Graz to meet Piotr Halas.",
    m: ["Ines Olave", "Graz:place", "Piotr Halas"],
    rows: ["Ines Olave -visited-> Graz", "Ines Olave -met-> Piotr Halas"]
  }
};

describe("round 15: relatives and envoys are not the persons named", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
