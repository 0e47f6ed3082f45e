/**
 * Stage 07, round 29 (subjects and objects): a relative clause about an unnamed noun phrase has no named
 * subject. "A condemned the gang that kidnapped B", "A thanked the soldiers who rescued B", "A met the man who
 * freed B": the gang, the soldiers, the man act, not A (arguments.ts unnamedRelativeHead in subjectsBefore;
 * before, the walk passed the relative word and its head and gave A the clause's act). Not an apposition
 * ("A, a priest who negotiated with B, …"), a named head ("It was A who freed B", "A, who freed B, …").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: A condemned the gang that kidnapped B (no abduction by A)": {
    s: "Governor Ana Ruiz condemned the gang that kidnapped Omar Diallo.",
    m: ["Ana Ruiz", "Omar Diallo"],
    rows: []
  },
  "negative: A thanked the soldiers who rescued B (the soldiers helped)": {
    s: "Ana Ruiz thanked the soldiers who rescued Omar Diallo from the river.",
    m: ["Ana Ruiz", "Omar Diallo"],
    rows: []
  },
  "negative: A met the man who had freed B": {
    s: "Ana Ruiz met the man who had freed Omar Diallo.",
    m: ["Ana Ruiz", "Omar Diallo"],
    rows: []
  },
  "negative: A praised the local negotiator who met B in Kano": {
    s: "Ana Ruiz praised the local negotiator who met Omar Diallo in Kano.",
    m: ["Ana Ruiz", "Omar Diallo", "Kano:place"],
    rows: []
  },
  "negative: sport, A signed the striker who criticised B": {
    s: "Kano Pillars signed the striker who criticised Coach Omar Diallo last season.",
    m: ["Kano Pillars:organization", "Omar Diallo"],
    rows: []
  },
  "kept: A, a priest who negotiated with B, met C": {
    s: "Ana Ruiz, a priest who negotiated with Omar Diallo, met Ali Kaya.",
    m: ["Ana Ruiz", "Omar Diallo", "Ali Kaya"],
    rows: ["Ana Ruiz -met-> Ali Kaya", "Ana Ruiz -negotiated-> Omar Diallo"]
  },
  "kept: It was A who freed B": {
    s: "It was Ana Ruiz who freed Omar Diallo.",
    m: ["Ana Ruiz", "Omar Diallo"],
    rows: ["Ana Ruiz -released-> Omar Diallo"]
  },
  "kept: A, who freed B, met C": {
    s: "Ana Ruiz, who freed Omar Diallo, met Ali Kaya.",
    m: ["Ana Ruiz", "Omar Diallo", "Ali Kaya"],
    rows: ["Ana Ruiz -met-> Ali Kaya", "Ana Ruiz -released-> Omar Diallo"]
  }
};

describe("round 29: a relative clause about an unnamed noun has no named subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
