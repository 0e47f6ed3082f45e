/**
 * Stage 07, round 29 (subjects and objects): a person named only as the possessive owner of an unnamed
 * relative ("B's brother", "B's son") is neither the subject nor the passive's patient: the relative acts or
 * undergoes. "B's brother thanked C" and "B's son is still held by A" give B nothing; the walk back goes on
 * past the owner, so "A met B's mother and thanked C" keeps A (arguments.ts subjectsBefore, kinOwnerAt). Only
 * kin nouns: "B's government was criticised by A" is still criticism of B (round 28), and a relative named
 * after the noun ("B's brother, C,", "B's brother C") is the subject as before.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: B's brother thanked C (the brother thanks)": {
    s: "Omar Diallo's brother thanked the rescue team leader, Ana Ruiz, on Sunday.",
    m: ["Omar Diallo", "Ana Ruiz"],
    rows: []
  },
  "negative: B's son is still held by A (the son is held)": {
    s: "Tomas Berg's son is still held by the Sahel Brigade near Gao.",
    m: ["Tomas Berg", "Sahel Brigade:group", "Gao:place"],
    rows: []
  },
  "negative: B's wife was received by C": {
    s: "Tomas Berg's wife was received by Mayor Ana Ruiz at city hall.",
    m: ["Tomas Berg", "Ana Ruiz"],
    rows: []
  },
  "negative: C said B's daughter had been freed by A": {
    s: "Ana Ruiz said Tomas Berg's daughter had been freed by the Sahel Brigade.",
    m: ["Ana Ruiz", "Tomas Berg", "Sahel Brigade:group"],
    rows: []
  },
  "kept: A met B's mother and thanked C → A thanked C": {
    s: "Ana Ruiz met Tomas Berg's mother and thanked Lea Vos.",
    m: ["Ana Ruiz", "Tomas Berg", "Lea Vos"],
    rows: ["Ana Ruiz -thanked-> Lea Vos"]
  },
  "kept: B's brother, C, thanked D → C": {
    s: "Omar Diallo's brother, Ali Diallo, thanked Ana Ruiz.",
    m: ["Omar Diallo", "Ali Diallo", "Ana Ruiz"],
    rows: ["Ali Diallo -thanked-> Ana Ruiz"]
  },
  "kept: B's brother C was kidnapped by A → C": {
    s: "Omar Diallo's brother Ali Diallo was kidnapped by the Red Hand Brigade.",
    m: ["Omar Diallo", "Ali Diallo", "Red Hand Brigade:group"],
    rows: ["Red Hand Brigade -abducted-> Ali Diallo"]
  },
  "kept: B's government was criticised by A (no kin noun)": {
    s: "Omar Diallo's government was criticised by Ana Ruiz over the floods.",
    m: ["Omar Diallo", "Ana Ruiz"],
    rows: ["Ana Ruiz -criticized-> Omar Diallo"]
  }
};

describe("round 29: the possessive owner of an unnamed relative is no subject or patient", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
