/**
 * Stage 07 on invented sentences (round 15): thanks a relative reports for the family he or she
 * speaks for are the speaker's.
 * - "A said her family was grateful to B", "her brother A posted that the family is truly thankful to B"
 *   → A thanked B ("the family" only from a speaker described as a relative);
 * - negatives: a body that is no family ("the army was grateful to B") and a speaker who is no
 *   person give no thanks of the speaker's.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A said her family was grateful to B → A thanked B": {
    s: "Speaking outside the court on Monday, Marta Kowal said her family was grateful to Austria for the lawyers.",
    m: ["Marta Kowal", "Austria:country"],
    rows: ["Marta Kowal -thanked-> Austria"]
  },
  "her brother A posted that the family is truly thankful to B → A thanked B": {
    s: "On Sunday her brother Piotr Halas posted that the family is truly thankful to the Alpine Rescue Service.",
    m: ["Piotr Halas", "Alpine Rescue Service:organization"],
    rows: ["Piotr Halas -thanked-> Alpine Rescue Service"]
  },
  "negative: the army grateful to B is no thanks of the speaker's": {
    s: "Marta Kowal said the army was grateful to Austria for the pumps.",
    m: ["Marta Kowal", "Austria:country"],
    rows: []
  },
  "negative: a body speaking for a family thanks no one by name": {
    s: "The Tarma Miners Union said the families were grateful to Austria.",
    m: ["Tarma Miners Union:organization", "Austria:country"],
    rows: []
  }
};

describe("round 15: a relative's report of the family's thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
