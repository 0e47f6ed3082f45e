/**
 * Stage 07 on invented sentences (round 22): the person in commas after "whose <noun>" is the
 * relative clause's subject (arguments.ts whoseApposed):
 * - "B, 30, whose mother, C, had appealed to President D" → C called on D (not B);
 * - "B, whose elder sister, C, wrote to D asking …" → C asked D.
 * Negative: an apposition of another noun ("A, a friend of the driver, B, appealed to D"): the
 * subject stays A.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, whose mother, C, had appealed to President D → C called on D": {
    s: "Among the rescued divers was Kojo Badu, 30, whose mother, Efua Badu, had appealed to President Kwame Asare on the radio.",
    m: ["Kojo Badu", "Efua Badu", "Kwame Asare"],
    rows: ["Efua Badu -called_on-> Kwame Asare"]
  },
  "B, whose elder sister, C, thanked D → C thanked D": {
    s: "The pilot Ivar Moe, whose elder sister, Grete Moe, thanked Lena Dahl on Monday, flew home.",
    m: ["Ivar Moe", "Grete Moe", "Lena Dahl"],
    rows: ["Grete Moe -thanked-> Lena Dahl"]
  },
  "negative (transport): a friend of the driver, B, appealed: the friend A is the subject": {
    s: "Yaw Mensah, a close friend of the driver, Kojo Badu, appealed to President Kwame Asare on the radio.",
    m: ["Yaw Mensah", "Kojo Badu", "Kwame Asare"],
    rows: ["Yaw Mensah -called_on-> Kwame Asare"]
  }
};

describe("stage 07 (round 22): 'whose <noun>, C,' subjects", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
