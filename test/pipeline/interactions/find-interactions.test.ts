/**
 * Stage 07 (src/pipeline/interactions/find-interactions.ts) on invented sentences, round 21 classes.
 * Each block pairs positive "sentence → expected rows" cases with negatives where the rule must not fire.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

// Class 2: a counted object whose names follow in apposition, then a named reporter ("…, B and C,
// the Lumen Health Ministry said"): the reporter is no one freed, the names still are.
const countedReporter: Record<string, Case> = {
  "freed two counted people, B and C, then '<the org> said' → B and C freed, the reporter not": {
    s: "The Karst Front on Friday freed two Lumenian nurses held near Velm, Ana Vik and Karl Dahl, the Lumenian Health Ministry said in a statement.",
    m: ["Karst Front:group", "Velm:place", "Ana Vik", "Karl Dahl", "Lumenian Health Ministry:organization"],
    rows: ["Karst Front -released-> Ana Vik", "Karst Front -released-> Karl Dahl"],
    rule: "active-counted-names"
  },
  "a person as the reporter: the same": {
    s: "The Karst Front freed two engineers, Ana Vik and Karl Dahl, Luis Mora said on Friday.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Luis Mora"],
    rows: ["Karst Front -released-> Ana Vik", "Karst Front -released-> Karl Dahl"]
  },
  "negative: a count of three never drops the third name as a reporter (Luis Mora is not freed by guesswork)": {
    s: "The Karst Front freed three engineers, Ana Vik and Karl Dahl, Luis Mora said on Friday.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Luis Mora"],
    rows: []
  },
  "negative: a third name after a comma that says nothing is kept out of the count (no rows)": {
    s: "The Karst Front freed two engineers, Ana Vik and Karl Dahl, Luis Mora and his aides.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Luis Mora"],
    rows: []
  },
  "negative: the names then a verb of their own are its subject, not the ones freed": {
    s: "The Karst Front freed two engineers on Friday, and Ana Vik and Karl Dahl, the Velm Ministry said, flew home.",
    m: ["Karst Front:group", "Ana Vik", "Karl Dahl", "Velm Ministry:organization"],
    rows: []
  }
};

describe("findInteractions: a named reporter after a counted list of names", () => {
  it.each(Object.entries(countedReporter))("%s", (_label, c) => check(c));
});
