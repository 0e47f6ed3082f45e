/**
 * Stage 07 on invented sentences (round 34): a subject does not reach into a later clause with its own subject. "A
 * appealed to B to act, and C called on D to …" → C called on D, not A. "A and C called on D" keeps both; a later verb
 * with no subject of its own keeps A.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A appealed to B, and C called on D → D is C's only": {
    s: "The miner's father, Ivo Brandt, appealed to Governor Ana Ruiz to stop the blasting, and Amnesty International called on the Delta Front to free the miners.",
    m: ["Ivo Brandt", "Ana Ruiz", "Amnesty International:organization", "Delta Front:organization"],
    rows: ["Ivo Brandt -called_on-> Ana Ruiz", "Amnesty International -called_on-> Delta Front"]
  },
  "A appealed to B twice, and C received D → D is C's only": {
    s: "The pilot's sister, Lise Dahl, appealed to Ana Ruiz on two occasions, and Karl Moss received Ms Dahl at his office in July.",
    m: ["Lise Dahl", "Ana Ruiz", "Karl Moss", "Ms Dahl"],
    rows: ["Lise Dahl -called_on-> Ana Ruiz", "Karl Moss -met-> Ms Dahl"]
  },
  "negative: two subjects of one clause both call on D": {
    s: "Tom Berg and Amnesty International called on the Delta Front to free the miners.",
    m: ["Tom Berg", "Amnesty International:organization", "Delta Front:organization"],
    rows: ["Tom Berg -called_on-> Delta Front", "Amnesty International -called_on-> Delta Front"]
  },
  "negative: a later verb with no subject of its own keeps A": {
    s: "Tom Berg met Omar Saleh on Monday and thanked the Delta Front for its help.",
    m: ["Tom Berg", "Omar Saleh", "Delta Front:organization"],
    rows: ["Tom Berg -met-> Omar Saleh", "Tom Berg -thanked-> Delta Front"]
  }
};

describe("stage 07, round 34: a later clause's own subject", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
