/**
 * Stage 07 on invented sentences (round 28): calls held as a noun. "A held a video call / a telephone conversation /
 * phone talks with B", "A and B held a video conference" → A met B; a video call told with its content is that
 * content only, as a phone call is (calls.ts videoCallAt). Negatives: a call agreed or refused (none yet), a video
 * conference with reporters (no person named), a video statement after a meeting in person (the meeting stays).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A held a video call with B → A met B": {
    s: "Health Minister Rosa Ibarra held a video call with her Chilean counterpart, Tomas Lind, on Friday.",
    m: ["Rosa Ibarra", "Tomas Lind"],
    rows: ["Rosa Ibarra -met-> Tomas Lind"]
  },
  "A and B held a video conference → A met B": {
    s: "Governor Selim Oz and Mayor Ines Duarte held a video conference on the flood barriers on Tuesday.",
    m: ["Selim Oz", "Ines Duarte"],
    rows: ["Selim Oz -met-> Ines Duarte"]
  },
  "A had a telephone conversation with B → A met B": {
    s: "Ana Vidal had a telephone conversation with the union leader, Rui Matos, late on Sunday.",
    m: ["Ana Vidal", "Rui Matos"],
    rows: ["Ana Vidal -met-> Rui Matos"]
  },
  "A held a video call with B and thanked him → the thanks only": {
    s: "Rosa Ibarra held a video call with Tomas Lind and thanked him for the field hospitals.",
    m: ["Rosa Ibarra", "Tomas Lind"],
    rows: ["Rosa Ibarra -thanked-> Tomas Lind"]
  },
  "negative: refused to hold a video call with B": {
    s: "Rui Matos refused to hold a video call with Ana Vidal.",
    m: ["Rui Matos", "Ana Vidal"],
    rows: []
  },
  "negative: a video conference with reporters": {
    s: "Rui Matos held a video conference with reporters on Monday.",
    m: ["Rui Matos"],
    rows: []
  },
  "negative: a video statement after a meeting in person keeps the meeting": {
    s: "Rosa Ibarra met Tomas Lind and thanked him in a video statement.",
    m: ["Rosa Ibarra", "Tomas Lind"],
    rows: ["Rosa Ibarra -met-> Tomas Lind", "Rosa Ibarra -thanked-> Tomas Lind"]
  }
};

describe("round 28 verbs: calls held as a noun, video calls", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
