/**
 * Stage 07 on invented sentences (round 16): "B, a <noun> who <verb> C" — the relative clause
 * closing an apposition describes B, so B is the subject of its verb (a capitalised word that is
 * no name may qualify the noun: "a Lutheran pastor").
 * Negatives: a name inside the apposition ("a friend of D who …") takes the "who" itself; no
 * article opens the apposition.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, a <noun> who negotiated with C → B negotiated with C": {
    s: "Ruth Alder said Simon Pike, a Methodist minister who negotiated with Kane in April, kept the workers calm.",
    m: ["Ruth Alder", "Simon Pike", "Kane"],
    rows: ["Simon Pike -negotiated-> Kane"]
  },
  "A thanked B, the <noun noun> who met C → thanked and met": {
    s: "Ruth Alder thanked Simon Pike, the district elder who met Kane at the ford.",
    m: ["Ruth Alder", "Simon Pike", "Kane"],
    rows: ["Ruth Alder -thanked-> Simon Pike", "Simon Pike -met-> Kane"]
  },
  "negative: a name inside the apposition takes the who": {
    s: "Ruth Alder met Simon Pike, a cousin of Kane who freed Ola Berg.",
    m: ["Ruth Alder", "Simon Pike", "Kane", "Ola Berg"],
    rows: ["Ruth Alder -met-> Simon Pike", "Kane -released-> Ola Berg"]
  },
  "negative: too long an apposition is not read": {
    s: "Simon Pike, a man from the hills above the old copper town who negotiated with Kane, spoke first.",
    m: ["Simon Pike", "Kane"],
    rows: []
  }
};

describe("round 16: a who-clause closing an apposition", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
