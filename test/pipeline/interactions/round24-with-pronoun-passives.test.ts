/**
 * Stage 07 on invented sentences (round 24): "with <pronoun>" between a passive's subject and a later
 * conjunct verb is passed over on the way back to the subject (arguments.ts wholePronounObject; model
 * argument-words.ts PRONOUN_OBJECTS_OF_WITH, PRONOUN_OBJECT_CLOSERS):
 * - "B was seized with her and is still held by A" → A held B;
 * - "B was taken with them and was later freed by A" → A released B.
 * Negatives: "with C and …" (a name in the phrase: C is no subject, nor B past it) and "with her son and
 * …" (a noun after the pronoun) keep stopping the walk.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'B was seized with her and is still held by A' → A held B": {
    s: "The ferry engineer Tomas Berg was seized with them and is still held by the Lakeside Brigade.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: ["Lakeside Brigade -held-> Tomas Berg"]
  },
  "positive: 'B was taken with them and was later freed by A' → A released B": {
    s: "The lorry driver Kofi Boateng was taken with them and was released by the Coastal Front a week later.",
    m: ["Kofi Boateng", "Coastal Front:group"],
    rows: ["Coastal Front -released-> Kofi Boateng"]
  },
  "negative (a name after 'with': 'B was seized with C and is still held by A'): no row for C": {
    s: "Tomas Berg was seized with Ana Vidal and is still held by the Lakeside Brigade.",
    m: ["Tomas Berg", "Ana Vidal", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (a noun after the pronoun: 'B was seized with her son and is still held by A'): the walk stops": {
    s: "Tomas Berg was seized with her son and is still held by the Lakeside Brigade.",
    m: ["Tomas Berg", "Lakeside Brigade:group"],
    rows: []
  },
  "negative (review 24 F6: a possessed subject past 'with him and': 'B's daughter was seized with him and is still held by A'): no hold of B": {
    s: "Tom Hale's daughter was seized with him and is still held by the Red Brigade.",
    m: ["Tom Hale", "the Red Brigade:group"],
    rows: []
  }
};

describe("stage 07 round 24: 'with <pronoun>' before a passive conjunct", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
