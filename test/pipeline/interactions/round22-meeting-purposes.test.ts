/**
 * Stage 07 on invented sentences (round 22): a meeting whose purpose is a request
 * (find-interactions.ts askedAfterMeeting, purposeSubjects, directObjects):
 * - "A will meet Labour Minister B in X on Tuesday to ask for help" → A met B, A asked B (a place
 *   after "in" and a capitalised title are passed over to find the meeting's object);
 * - "to ask for help for her son C": C is whom the help is for, not the one asked.
 * Negative: "to ask about …" is a question, no request of the one met.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A will meet Minister B in X on Tuesday to ask for help → A asked B": {
    s: "The driver's sister, Efua Badu, will meet Transport Minister Kwame Asare in Kumasi on Tuesday to ask for help.",
    m: ["Efua Badu", "Kwame Asare", "Kumasi:place"],
    rows: ["Efua Badu -met-> Kwame Asare", "Efua Badu -asked-> Kwame Asare"]
  },
  "to ask for help for her son C: C is not asked": {
    s: "Efua Badu met Kwame Asare in Kumasi to ask for help for her son Kojo Badu.",
    m: ["Efua Badu", "Kwame Asare", "Kumasi:place", "Kojo Badu"],
    rows: ["Efua Badu -met-> Kwame Asare", "Efua Badu -asked-> Kwame Asare"]
  },
  "negative (transport): to ask about the strike is a question, no request": {
    s: "Efua Badu met Kwame Asare in Kumasi on Monday to ask about the bus strike.",
    m: ["Efua Badu", "Kwame Asare", "Kumasi:place"],
    rows: ["Efua Badu -met-> Kwame Asare"]
  }
};

describe("stage 07 (round 22): meetings to ask for help", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
