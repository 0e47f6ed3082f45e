/**
 * Stage 07 on invented sentences (round 16): "A freed B and a <description>, <title> C": the
 * person described after "and a/an" and named in commas is listed too (abbreviation dots and a
 * body's name may stand in the description: "a U.N. mission driver").
 * Negatives: a comma before a speaker ("and an aide, C said"), a time phrase after "and a".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A freed B and a retired pilot, Capt. C → released B and C": {
    s: "The Delta Front freed Leo Marsh and a retired pilot, Capt. Nora Quill, at the river crossing.",
    m: ["Delta Front:organization", "Leo Marsh", "Nora Quill"],
    rows: ["Delta Front -released-> Leo Marsh", "Delta Front -released-> Nora Quill"]
  },
  "A released B and a U.N. mission driver, C → released B and C": {
    s: "The Delta Front released Leo Marsh and a U.N. mission driver, Nora Quill.",
    m: ["Delta Front:organization", "Leo Marsh", "Nora Quill"],
    rows: ["Delta Front -released-> Leo Marsh", "Delta Front -released-> Nora Quill"]
  },
  "A met B and an engineer, C → met both": {
    s: "Governor Ida Moss met Leo Marsh and an engineer, Nora Quill; the talks lasted an hour.",
    m: ["Ida Moss", "Leo Marsh", "Nora Quill"],
    rows: ["Ida Moss -met-> Leo Marsh", "Ida Moss -met-> Nora Quill"]
  },
  "negative: \"and an aide, C said\" is a speaker": {
    s: "The Delta Front freed Leo Marsh and an aide, Nora Quill said.",
    m: ["Delta Front:organization", "Leo Marsh", "Nora Quill"],
    rows: ["Delta Front -released-> Leo Marsh"]
  },
  "negative: \"and a week later, C …\" is no conjunct": {
    s: "The Delta Front freed Leo Marsh and a week later, Nora Quill said, it freed more.",
    m: ["Delta Front:organization", "Leo Marsh", "Nora Quill"],
    rows: ["Delta Front -released-> Leo Marsh"]
  }
};

describe("round 16: a described person named in commas after \"and a\"", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
