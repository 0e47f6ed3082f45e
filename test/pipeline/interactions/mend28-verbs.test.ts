/**
 * Stage 07 on invented sentences (mend of review 28, verb-class rules): the review's over-reaching sentences, names
 * changed, as negatives of the round-28 rules they tripped, with a positive of each narrowed rule kept.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F6, F10: warships, warplanes and inspectors sent.
  "F6 negative: a ship sent in a show of force": {
    s: "Valdoria sent a ship to Kestria in a show of force.",
    m: ["Valdoria:country", "Kestria:country"],
    rows: []
  },
  "F6 negative: planes sent to bomb rebels": {
    s: "Valdoria sent planes to Kestria to bomb rebels opposed to President Omar Sadi.",
    m: ["Valdoria:country", "Kestria:country", "Omar Sadi"],
    rows: []
  },
  "F10 negative: experts sent to inspect": {
    s: "The Northern Union sent experts to Kestria to inspect nuclear sites.",
    m: ["Northern Union:organization", "Kestria:country"],
    rows: []
  },
  "F6 positive kept: helicopters sent after an earthquake": {
    s: "Valdoria sent two helicopters to Kestria after the earthquake.",
    m: ["Valdoria:country", "Kestria:country"],
    rows: ["Valdoria -assisted-> Kestria"]
  }
};

describe("mend 28 verbs: the review's over-reaching sentences", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
