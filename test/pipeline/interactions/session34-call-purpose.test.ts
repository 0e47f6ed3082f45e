/**
 * Stage 07 on invented sentences (session 34): the means of a call between an object and an infinitive of purpose
 * leaves the purpose to the caller ("A spoke to B by phone on Wednesday to thank him" → A thanked B, not B thanked A),
 * and such a call with its purpose is the purpose only, as "called B to thank him" is.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A spoke to B by phone on Wednesday to thank him → A thanked B": {
    s: "President Ana Vidal spoke to President Omar Saleh by phone on Wednesday to thank him for his country's help.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: ["Ana Vidal -thanked-> Omar Saleh"]
  },
  "A called B by video link to thank him → A thanked B": {
    s: "Ana Vidal called Omar Saleh by video link to thank him for the rescue team.",
    m: ["Ana Vidal", "Omar Saleh"],
    rows: ["Ana Vidal -thanked-> Omar Saleh"]
  },
  "negative: A urged B on Monday to free C → the infinitive is B's (no thanks, no release by A)": {
    s: "Ana Vidal urged Omar Saleh on Monday to free Tomas Orlik.",
    m: ["Ana Vidal", "Omar Saleh", "Tomas Orlik"],
    rows: ["Ana Vidal -called_on-> Omar Saleh"]
  }
};

describe("session 34: calls by phone with a purpose", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});

// Known miss (session 34): a passive handover with its agent. Reading "handed to" as a passive release verb found it, but
// it then stopped the agentless reading that gives a story's captor the release of people "handed to the Red Cross"
// (seven right rows lost across three held-out sets), so it was undone.
describe("session 34: known miss", () => {
  it.fails("B was handed to the Red Cross by A → A released B", () =>
    check({
      s: "Lena Varga was handed to the Red Cross by the Delta Front on 19 March.",
      m: ["Lena Varga", "Red Cross:organization", "Delta Front:group"],
      rows: ["Delta Front -released-> Lena Varga"]
    }));
});
