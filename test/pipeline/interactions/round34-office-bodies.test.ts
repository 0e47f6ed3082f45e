/**
 * Stage 07 on invented sentences (round 34): the name inside a side's apposition after "the … of" is that side's office,
 * not a third side of the talks. "talks between B and C, the Chief of Naval Staff, …" → B negotiated (and met) C only.
 * A third side listed with "and" stays.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "an office body (read as a name) in the second side's apposition is no party": {
    s: "A deal came out of talks between Mayor Lise Dahl and Colonel Karl Moss, the Head of Port Guards, late on Friday.",
    m: ["Lise Dahl", "Karl Moss", "Port Guards"],
    rows: ["Lise Dahl -negotiated-> Karl Moss", "Lise Dahl -met-> Karl Moss"]
  },
  "before a go-between clause too": {
    s: "The truce came after talks between Mayor Lise Dahl and Colonel Karl Moss, the Head of Port Guards, with the church as a go-between.",
    m: ["Lise Dahl", "Karl Moss", "Port Guards"],
    rows: ["Lise Dahl -negotiated-> Karl Moss", "Lise Dahl -met-> Karl Moss"]
  },
  "negative: a third side after 'and' stays": {
    s: "The strike ended after talks between Pia Lund, Omar Saleh and Acme Steel on Friday.",
    m: ["Pia Lund", "Omar Saleh", "Acme Steel:organization"],
    rows: ["Pia Lund -negotiated-> Omar Saleh", "Pia Lund -negotiated-> Acme Steel"]
  },
  "negative: an apposition with no 'of' keeps the list as read": {
    s: "The strike ended after talks between Pia Lund and Omar Saleh on Friday.",
    m: ["Pia Lund", "Omar Saleh"],
    rows: ["Pia Lund -negotiated-> Omar Saleh", "Pia Lund -met-> Omar Saleh"]
  }
};

describe("stage 07, round 34: an office body in a side's apposition", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
