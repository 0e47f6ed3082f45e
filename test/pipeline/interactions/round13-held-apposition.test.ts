/**
 * Stage 07 on invented sentences (round 13): a participle apposition after a list of persons
 * ("B and C, held for six weeks by A, were freed") makes A act on the list; "for <count> <unit>"
 * may stand between the participle and "by", and "the X-backed militia A" names A.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const heldCases: Record<string, Case> = {
  "B and C, held by A, were freed → A held B and C": {
    s: "Ana Ruiz and Juan Soto, held by the Red Hand militia near the dam, walked out together on Friday.",
    m: ["Ana Ruiz", "Juan Soto", "Red Hand:group"],
    rows: ["Red Hand -held-> Ana Ruiz", "Red Hand -held-> Juan Soto"]
  },
  "B and C, held for six weeks by A, … → A held both": {
    s: "Ana Ruiz and her Bolivian guide Juan Soto, held for six weeks by the Red Hand militia in the delta, reached the coast by boat.",
    m: ["Ana Ruiz", "Juan Soto", "Red Hand:group"],
    rows: ["Red Hand -held-> Ana Ruiz", "Red Hand -held-> Juan Soto"]
  },
  "by the X-backed militia A: the militia's name is the agent": {
    s: "Karl Dahl, held for 90 days by the Delta-backed militia Red Hand, spoke to the press on Monday.",
    m: ["Karl Dahl", "Delta:place", "Red Hand:group"],
    rows: ["Red Hand -held-> Karl Dahl"]
  },
  "negative: a duration with no 'by' gives no agent": {
    s: "Karl Dahl, held for 90 days in a flooded mine near Ana Ruiz's farm, was rescued.",
    m: ["Karl Dahl", "Ana Ruiz"],
    rows: []
  },
  "negative: a place before the comma is no patient": {
    s: "The talks took place in Tarma, held by the Red Hand militia since May.",
    m: ["Tarma:place", "Red Hand:group"],
    rows: []
  }
};

describe("findInteractions: a participle apposition after a list of persons", () => {
  it.each(Object.entries(heldCases))("%s", (_label, c) => check(c));
});
