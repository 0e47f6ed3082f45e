/**
 * Stage 07 on invented sentences (round 23): "pressed B to <verb>" puts a request to B (the
 * held-out sets' reading), so asked (find-interactions.ts, model interaction-cues.ts
 * PRESSED_REQUEST_VERBS):
 * - "A has pressed B to free the miners" → A asked B.
 * Negatives: "pressed B on the miners' pay" (no act asked) and the ongoing "are pressing B to …"
 * stay called_on.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A has pressed B to free the miners → A asked B": {
    s: "Union envoy Kofi Mensah has pressed the Delta Front to free the miners.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: ["Kofi Mensah -asked-> Delta Front"]
  },
  "negative (no act): A pressed B on X → called_on": {
    s: "Kofi Mensah pressed the Delta Front on the miners' pay.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: ["Kofi Mensah -called_on-> Delta Front"]
  },
  "negative (ongoing): A and C are pressing B to free the miners → called_on": {
    s: "Ghana and Togo are pressing the Delta Front to free the miners.",
    m: ["Ghana:country", "Togo:country", "Delta Front:group"],
    rows: ["Ghana -called_on-> Delta Front", "Togo -called_on-> Delta Front"]
  }
};

describe("stage 07 (round 23): pressed B to V", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
