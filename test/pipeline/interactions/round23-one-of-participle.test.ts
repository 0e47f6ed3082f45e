/**
 * Stage 07 on invented sentences (round 23): a person described as "one of (the) (two) <noun>
 * <participle> by A" is one of those A acted on (find-interactions.ts oneOfDescribed):
 * - "B, one of two miners freed by A last week, said …" → A released B;
 * - "B, one of the two Ghanaian-born miners freed by A" → the same.
 * Negatives: "one of the lawyers of the miners freed by A" (the participle is the miners'), and a
 * negated participle ("one of two miners not freed by A").
 * Review 23 F5: the words between "one of" and the participle must be one noun phrase: no "-ing"
 * word, no preposition, no plural noun before the last one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative (review 23 F5, a verb inside: 'lawyers representing miners freed by'): the participle is another noun's": {
    s: "Ann Ward, one of the lawyers representing miners freed by the Delta Front, said the talks were slow.",
    m: ["Ann Ward", "Delta Front:group"],
    rows: []
  },
  "negative (review 23 F5, a verb and a preposition: 'activists campaigning for prisoners held by'): the participle is another noun's": {
    s: "Ann Ward, one of the activists campaigning for prisoners held by the Delta Front, spoke on Monday.",
    m: ["Ann Ward", "Delta Front:group"],
    rows: []
  },
  "negative (review 23 F5, a verb and a second plural: 'mothers awaiting sons released by'): the participle is another noun's": {
    s: "Ann Ward, one of the mothers awaiting sons released by the Delta Front, wept.",
    m: ["Ann Ward", "Delta Front:group"],
    rows: []
  },
  "B, one of two miners freed by A → A released B": {
    s: "Kofi Mensah, one of two miners freed by the Delta Front last week, said he would not rest.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: ["Delta Front -released-> Kofi Mensah"]
  },
  "B, one of the two <hyphenated qualifier> miners freed by A → A released B": {
    s: "Kofi Mensah, one of the two Ghanaian-born miners freed by the Delta Front last week, said he would not rest.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: ["Delta Front -released-> Kofi Mensah"]
  },
  "negative (of another noun): B, one of the lawyers of the miners freed by A: B was not freed": {
    s: "Kofi Mensah, one of the lawyers of the miners freed by the Delta Front, spoke on Friday.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: []
  },
  "negative (negated): B, one of two miners not freed by A": {
    s: "Kofi Mensah, one of two miners not freed by the Delta Front, spoke on Friday.",
    m: ["Kofi Mensah", "Delta Front:group"],
    rows: []
  }
};

describe("stage 07 (round 23): 'one of' the persons a participle tells of", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
