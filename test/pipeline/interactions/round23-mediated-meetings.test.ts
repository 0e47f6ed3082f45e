/**
 * Stage 07 on invented sentences (round 23): the mediator of the talks a meeting took place in
 * mediated both sides (find-interactions.ts hostedMeeting with type "mediated", model
 * interaction-cues.ts MEETING_MEDIATING_PARTICIPLES, MEETING_SETTING_PREPOSITIONS):
 * - "A met B in X on Monday in talks mediated by C" → C mediated A, C mediated B (and A met B);
 * - "A met B at a meeting brokered by C" → the same.
 * Negative: talks that are only the meeting's topic ("met B to review the talks mediated by C")
 * are other talks; C mediated no side.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met B in X on Monday in talks mediated by C → C mediated A, C mediated B": {
    s: "Union leader Amara Diallo met mine owner Nestor Bakary in Kayes on Monday in talks mediated by Senegal.",
    m: ["Amara Diallo", "Nestor Bakary", "Kayes:place", "Senegal:country"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Senegal -mediated-> Amara Diallo", "Senegal -mediated-> Nestor Bakary"]
  },
  "A met B at a meeting brokered by a body → the body mediated both": {
    s: "Amara Diallo met Nestor Bakary at a meeting brokered by the Chamber of Mines.",
    m: ["Amara Diallo", "Nestor Bakary", "Chamber of Mines:organization"],
    rows: ["Amara Diallo -met-> Nestor Bakary", "Chamber of Mines -mediated-> Amara Diallo", "Chamber of Mines -mediated-> Nestor Bakary"]
  },
  "negative (topic): met B to review the talks mediated by C: C mediated no side of this meeting": {
    s: "Union leader Amara Diallo met mine owner Nestor Bakary on Monday to review the talks mediated by Senegal last year.",
    m: ["Amara Diallo", "Nestor Bakary", "Senegal:country"],
    rows: ["Amara Diallo -met-> Nestor Bakary"]
  }
};

describe("stage 07 (round 23): meetings in mediated talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
