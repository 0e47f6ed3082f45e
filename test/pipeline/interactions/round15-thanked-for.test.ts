/**
 * Stage 07 on invented sentences (round 15): the "-ing" act in the "for" phrase after a thanks
 * or a criticism is done by the one thanked or criticised.
 * - "The union condemned X for holding B without charge since May" → X held B;
 * - "A has thanked X this week for releasing B" → X released B;
 * - negative: an act after "before" stays the subject's ("thanked X for the pumps before meeting B").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "condemned X for holding B → X held B": {
    s: "The Dockers Union condemned Slovenia for holding Piotr Halas without charge since May.",
    m: ["Dockers Union:organization", "Slovenia:country", "Piotr Halas"],
    rows: ["Dockers Union -criticized-> Slovenia", "Slovenia -held-> Piotr Halas"]
  },
  "A has thanked X this week for releasing B → X released B": {
    s: "Marta Kowal has thanked Austria this week for releasing Piotr Halas.",
    m: ["Marta Kowal", "Austria:country", "Piotr Halas"],
    rows: ["Marta Kowal -thanked-> Austria", "Austria -released-> Piotr Halas"]
  },
  "negative: an act after 'before' stays the subject's": {
    s: "Marta Kowal thanked Austria for the pumps before meeting Piotr Halas.",
    m: ["Marta Kowal", "Austria:country", "Piotr Halas"],
    rows: ["Marta Kowal -thanked-> Austria", "Marta Kowal -met-> Piotr Halas"]
  }
};

describe("round 15: acts in the for-phrase of a thanks or a criticism", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
