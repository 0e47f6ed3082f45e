/**
 * Stage 07 on invented sentences (round 22): the host of a meeting meets both sides
 * (find-interactions.ts hostedMeeting, model interaction-cues.ts HOSTING_PARTICIPLES):
 * - "A met B at talks hosted by C" → C met A, C met B (and A met B);
 * - "A and B held talks hosted by C" → the same.
 * Negative: a participle after a noun that is no meeting ("a concert hosted by C") gives C nothing.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met B at talks hosted by C → C met A, C met B": {
    s: "Dock union leader Amara Diallo met port operator Nestor Bakary on Monday at talks hosted by Senegal in Dakar.",
    m: ["Amara Diallo", "Nestor Bakary", "Senegal:country", "Dakar:place"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Senegal -met-> Amara Diallo", "Senegal -met-> Nestor Bakary"]
  },
  "A and B held talks hosted by a titled C → C met each side": {
    s: "Kofi Mensah and Amara Diallo held talks hosted by Labour Minister Ruth Ansah after the strike.",
    m: ["Kofi Mensah", "Amara Diallo", "Ruth Ansah"],
    rows: ["Kofi Mensah -met-> Amara Diallo", "Ruth Ansah -met-> Kofi Mensah", "Ruth Ansah -met-> Amara Diallo"]
  },
  "negative (arts): A met B at a concert hosted by C: the host of a concert met no side": {
    s: "Amara Diallo met Nestor Bakary on Monday at a concert hosted by Ruth Ansah.",
    m: ["Amara Diallo", "Nestor Bakary", "Ruth Ansah"],
    rows: ["Amara Diallo -met-> Nestor Bakary"]
  }
};

describe("stage 07 (round 22): hosted talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
