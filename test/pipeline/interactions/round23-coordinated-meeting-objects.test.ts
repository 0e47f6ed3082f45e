/**
 * Stage 07 on invented sentences (round 23): coordinated subjects of a meeting verb with an object
 * that names no one met that object together, not each other (find-interactions.ts unnamedObject,
 * model interaction-cues.ts MEETING_TIME_NOUNS):
 * - "the Front and B, a village elder, who met the group's leaders twice" → no Front-met-B row;
 * - "A and B met with a delegation of farmers" → none either.
 * Kept (the noun phrase is a time, not an object): "A and B met the next day", "met each other".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A and B, a <noun>, who met the group's leaders → no A-met-B row": {
    s: "The truce was arranged by the Delta Front and Omar Sall, a village elder from Kayes, who met the group's leaders twice.",
    m: ["Delta Front:group", "Omar Sall", "Kayes:place"],
    rows: []
  },
  "A and B met with a delegation of farmers → no A-met-B row": {
    s: "Governor Kofi Mensah and Bishop Omar Sall met with a delegation of farmers on Monday.",
    m: ["Kofi Mensah", "Omar Sall"],
    rows: []
  },
  "kept (time): A and B met the next day → A met B": {
    s: "Kofi Mensah and Omar Sall met the next day in Kayes.",
    m: ["Kofi Mensah", "Omar Sall", "Kayes:place"],
    rows: ["Kofi Mensah -met-> Omar Sall"]
  },
  "kept (each other): A and B met each other → A met B": {
    s: "Kofi Mensah and Omar Sall met each other in Kayes after the floods.",
    m: ["Kofi Mensah", "Omar Sall", "Kayes:place"],
    rows: ["Kofi Mensah -met-> Omar Sall"]
  }
};

describe("stage 07 (round 23): coordinated subjects meeting an unnamed object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
