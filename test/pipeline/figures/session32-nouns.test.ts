/**
 * Session 32, stage 05: people in charge of a site or a crew are people (model figure-person-nouns.ts); captives let
 * go after named people listed before them are freed (extract.ts FREEDOM_BEFORE); "another N" past a bare aside adds
 * to the people counted before it (extract.ts lastHeaded). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("supervisors, foremen, skippers", () => {
  it("arrested the owner and two supervisors", () => checkFigures("Police arrested the quarry's owner, T. Okonkwo, and two supervisors late on Friday night.", [{quote: "two", category: "other"}]));
  it("fined the two skippers", () => checkFigures("A magistrate fined the two skippers on Monday.", [{quote: "two", category: "other"}]));
  it("three foremen among the dead", () => checkFigures("Three foremen were killed when the scaffold fell.", [{quote: "Three", category: "killed"}]));
  it("negative: a thing with a number is still no count", () => checkFigures("The two skips were emptied on Monday.", []));
});

describe("let named people and a count of captives go", () => {
  it("let A, B and the five other captives go", () => checkFigures("The gang let Ana Ruiz, Eva Soto and the five other captives go after a priest bargained for ten days.",
    [{quote: "five", category: "hostages_released"}]));
  it("negative: let them speak to reporters", () => checkFigures("The gang let Ana Ruiz, Eva Soto and the five other captives speak to reporters.",
    [{quote: "five", category: "hostages_held"}]));
  it("negative: a lowercase list before the count, let speak to reporters", () => checkFigures("The gang let the drivers and the five captives speak to reporters.",
    [{quote: "five", category: "hostages_held"}]));
});

describe("'another N' past a bare aside adds to the people counted before it", () => {
  it("the injured, an aside of four, another eleven flown out", () => checkFigures(
    "Nineteen of the injured remain in hospital in the port, three in critical condition; another eight were flown to the capital overnight.",
    [{quote: "Nineteen", category: "wounded"}, {quote: "three", category: "wounded"}, {quote: "another eight", category: "wounded"}]));
  it("negative: 'another five were arrested' has its own cue", () => checkFigures("Twelve people died and 40 were hurt; another five were arrested.",
    [{quote: "Twelve", category: "killed"}, {quote: "40", category: "wounded"}, {quote: "another five", category: "other"}]));
});
