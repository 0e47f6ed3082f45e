/**
 * Stage 07 on invented sentences (session 34): a request answered by the party thanked or praised for it. "A thanked B
 * for responding to C's request" → C asked B (B answered), not C asked A; the subject still answers when it is the one
 * acting ("B said it had acted on a request from C") or when it was thanked itself (a passive).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A thanked the B leadership for responding to C's request → C asked B": {
    s: "Mayor Lena Varga thanked the Velm Council leadership for responding to Tomas Orlik's request.",
    m: ["Lena Varga", "Velm Council:organization", "Tomas Orlik"],
    rows: ["Lena Varga -thanked-> Velm Council", "Tomas Orlik -asked-> Velm Council"]
  },
  "A praised B for acting on a request from C → C asked B": {
    s: "Governor Ana Vidal praised the Red Crescent for acting on a request from the Harbour Union.",
    m: ["Ana Vidal", "Red Crescent:organization", "Harbour Union:organization"],
    rows: ["Harbour Union -asked-> Red Crescent"]
  },
  "negative: B said it had acted on a request from C → C asked B (the subject acts)": {
    s: "The Red Crescent said it had acted on a request from the Harbour Union.",
    m: ["Red Crescent:organization", "Harbour Union:organization"],
    rows: ["Harbour Union -asked-> Red Crescent"]
  },
  "A thanked B on <day> for responding to C's request → C asked B (past a time phrase)": {
    s: "Lena Varga thanked Tomas Orlik on Monday for responding to Velm's request.",
    m: ["Lena Varga", "Tomas Orlik", "Velm:country"],
    rows: ["Lena Varga -thanked-> Tomas Orlik", "Velm -asked-> Tomas Orlik"]
  },
  "B was thanked for responding to C's request → C asked B (as before: the subject is the one thanked)": {
    s: "Tomas Orlik was thanked for responding to Velm's request.",
    m: ["Tomas Orlik", "Velm:country"],
    rows: ["Velm -asked-> Tomas Orlik"]
  },
  "negative: thanked a pronoun for responding to C's request → no one named answered (no row to the subject)": {
    s: "Lena Varga thanked them for responding to Velm's request.",
    m: ["Lena Varga", "Velm:country"],
    rows: []
  }
};

describe("session 34: a request answered by the party thanked for answering it", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});
