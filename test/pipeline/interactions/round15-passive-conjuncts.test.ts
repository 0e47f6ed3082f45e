/**
 * Stage 07 on invented sentences (round 15): a passive meeting after "and" whose subject opens
 * the sentence far before it.
 * - "B crossed into X by bus overnight, the police said, and was hugged at the border by A" → A met B;
 * - negative: a body opening the sentence is no person met (meetings by "receive/greet/welcome"
 *   are between persons).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B crossed into X …, the police said, and was hugged by A → A met B": {
    s: "Piotr Halas crossed into Slovenia by bus overnight, the police said, and was hugged at the border by Ines Olave.",
    m: ["Piotr Halas", "Slovenia:country", "Ines Olave"],
    rows: ["Ines Olave -met-> Piotr Halas"]
  },
  "B reached X on Sunday and was greeted by A → A met B": {
    s: "Piotr Halas reached the border post at Spielfeld on Sunday evening and was greeted there by his sister Marta Kowal.",
    m: ["Piotr Halas", "Spielfeld:place", "Marta Kowal"],
    rows: ["Marta Kowal -met-> Piotr Halas"]
  },
  "negative: a body opening the sentence is no person met": {
    s: "The Dockers Union held a vigil in Graz on Friday and was later received by Governor Ines Olave.",
    m: ["Dockers Union:organization", "Graz:place", "Ines Olave"],
    rows: []
  }
};

describe("round 15: passive meetings after 'and'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
