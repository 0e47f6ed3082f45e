/**
 * Stage 07 on invented sentences (round 27): an object written as a described role, then a body's
 * name in commas ("accused the mine's owner, X Mining, of …", "criticised the operator, X, for …")
 * is that body, as a person's name there already was (arguments.ts titleApposition); "of" after
 * the closing comma is no verb whose subject the name would be (subjectOfLaterVerb).
 * Negatives: a name with a speech tag after it ("met the union's leaders, X said"), a counted or
 * plural description (a list of persons is announced: "thanked the two rescuers, X, …"), and a place
 * ("accused the region's capital, Kisumu, of …" reads no body).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A accused the mine's owner, X Mining, of ignoring …' → A criticized X Mining": {
    s: "Ana Vidal accused the quarry's owner, Tarma Stone, of ignoring a safety warning.",
    m: ["Ana Vidal", "Tarma Stone:organization"],
    rows: ["Ana Vidal -criticized-> Tarma Stone"]
  },
  "positive: 'A criticised the operator, X, for …' → A criticized X": {
    s: "The Vale Rowing Union criticised the ferry operator, Delta Lines, for cancelling the regatta boats.",
    m: ["Vale Rowing Union:organization", "Delta Lines:organization"],
    rows: ["Vale Rowing Union -criticized-> Delta Lines"]
  },
  "positive: 'A thanked the dam's operator, X, on Monday' → A thanked X": {
    s: "Ana Vidal thanked the dam's operator, Tarma Hydro, on Monday.",
    m: ["Ana Vidal", "Tarma Hydro:organization"],
    rows: ["Ana Vidal -thanked-> Tarma Hydro"]
  },
  "negative (a speech tag): 'A met the union's leaders, X said' → no row": {
    s: "Ana Vidal met the union's leaders, Tarma Hydro said.",
    m: ["Ana Vidal", "Tarma Hydro:organization"],
    rows: []
  },
  "negative (a plural description): 'A thanked the two rescuers, X, …' → no row for the body": {
    s: "Ana Vidal thanked the two rescuers, Tarma Hydro, on Monday.",
    m: ["Ana Vidal", "Tarma Hydro:organization"],
    rows: []
  },
  "negative (a place): 'A accused the region's capital, Kisumu, of …' → no row": {
    s: "Ana Vidal accused the region's capital, Kisumu, of hoarding water.",
    m: ["Ana Vidal", "Kisumu:place"],
    rows: []
  }
};

describe("round 27: a body named in apposition to a described object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
