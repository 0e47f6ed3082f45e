/**
 * Stage 07 on invented sentences (round 23): an apposition "the <plural noun> A and B" after a
 * subject names the persons it is (arguments.ts namedAfterPlural):
 * - "Their two reporters, the brothers A and B, are still held by C" → C held A, C held B;
 * - "Two nurses, the sisters A and B, met C" → A met C, B met C.
 * Negative: "the sons of A and B" names the fathers, not the persons held.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "<NP>, the brothers A and B, are still held by C → C held A and B": {
    s: "Their two reporters, the brothers Paul Odell and Rafe Odell, are still held by the Ostland Interior Ministry.",
    m: ["Paul Odell", "Rafe Odell", "Ostland Interior Ministry:organization"],
    rows: ["Ostland Interior Ministry -held-> Paul Odell", "Ostland Interior Ministry -held-> Rafe Odell"]
  },
  "<NP>, the sisters A and B, met C → A met C, B met C": {
    s: "Two flood volunteers, the sisters Ama Boateng and Efua Boateng, met Governor Kofi Mensah on Friday.",
    m: ["Ama Boateng", "Efua Boateng", "Kofi Mensah"],
    rows: ["Ama Boateng -met-> Kofi Mensah", "Efua Boateng -met-> Kofi Mensah"]
  },
  "negative (of): <NP>, the sons of A and B, are held by C: the fathers are not held": {
    s: "The two reporters, the sons of Paul Odell and Rafe Odell, are still held by the Ostland Interior Ministry.",
    m: ["Paul Odell", "Rafe Odell", "Ostland Interior Ministry:organization"],
    rows: []
  }
};

describe("stage 07 (round 23): lists after 'the <plural noun>'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
