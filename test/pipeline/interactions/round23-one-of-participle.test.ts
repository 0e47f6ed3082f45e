/**
 * Stage 07 on invented sentences (round 23): a person described as "one of (the) (two) <noun>
 * <participle> by A" is one of those A acted on (find-interactions.ts oneOfDescribed):
 * - "B, one of two fans held by A after the derby, said …" → A held B;
 * - "B, one of the two Danish-born fans held by A" → the same.
 * Negatives: "one of the lawyers of the fans held by A" (the participle is the fans'), and a
 * negated participle ("one of two fans not held by A").
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
  "B, one of two fans held by A → A held B": {
    s: "Paul Odell, one of two fans held by the Velm Police since the derby, said he would appeal.",
    m: ["Paul Odell", "Velm Police:organization"],
    rows: ["Velm Police -held-> Paul Odell"]
  },
  "B, one of the two <hyphenated qualifier> fans held by A → A held B": {
    s: "Paul Odell, one of the two Danish-born fans held by the Velm Police since the derby, said he would appeal.",
    m: ["Paul Odell", "Velm Police:organization"],
    rows: ["Velm Police -held-> Paul Odell"]
  },
  "negative (of another noun): B, one of the lawyers of the fans held by A: B was not held": {
    s: "Paul Odell, one of the lawyers of the fans held by the Velm Police, spoke on Friday.",
    m: ["Paul Odell", "Velm Police:organization"],
    rows: []
  },
  "negative (negated): B, one of two fans not held by A": {
    s: "Paul Odell, one of two fans not held by the Velm Police, spoke on Friday.",
    m: ["Paul Odell", "Velm Police:organization"],
    rows: []
  }
};

describe("stage 07 (round 23): 'one of' the persons a participle tells of", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
