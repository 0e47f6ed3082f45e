/**
 * Round 22 class for stage 05: the passive "taken" of an abduction (TAKEN_AFTER) also after "are/were believed (feared,
 * thought, said…) to have been", and as a bare participle right after the count when "into", "hostage" or "captive"
 * follows; "taken into <Adjective> custody" is an arrest. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'taken into / across' after a hedged passive or as a participle → abducted", () => {
  it("are thought to have been taken into the bush", () => {
    checkFigures("Several witnesses say 14 herders are thought to have been taken into the bush by the gang.", [
      {quote: "14", category: "abducted"}
    ]);
  });
  it("are feared to have been taken across the border", () => {
    checkFigures("Nine miners are feared to have been taken across the border.", [{quote: "Nine", category: "abducted"}]);
  });
  it("a bare participle: the 40 villagers taken into the forest", () => {
    checkFigures("Residents said the 40 villagers taken into the forest on Sunday were mostly women.", [{quote: "40", category: "abducted"}]);
  });
});

describe("negatives", () => {
  it("taken into <Adjective> custody is an arrest", () => {
    checkFigures("Twelve farm workers were taken into Malian custody on Sunday.", [{quote: "Twelve", category: "other"}]);
  });
  it("a bare participle 'taken to <Place>' may be a transfer", () => {
    checkFigures("Twenty-five patients taken to Nairobi for treatment were discharged.", [{quote: "Twenty-five", category: "other"}]);
  });
  it("taken into custody after a hedged passive", () => {
    checkFigures("Fourteen protesters are believed to have been taken into custody.", [{quote: "Fourteen", category: "other"}]);
  });
});

describe("Mend 22 F18: a bare 'taken into' is no abduction into care or a shelter (review sentences)", () => {
  it("the 3,000 patients taken into intensive care", () => {
    checkFigures("The 3,000 patients taken into intensive care were treated.", [{quote: "3,000", category: "other"}]);
  });
  it("the 20 orphans taken into the convent", () => {
    checkFigures("The 20 orphans taken into the convent were fed.", [{quote: "20", category: "other"}]);
  });
  it("the 12 children taken into foster care", () => {
    checkFigures("The 12 children taken into foster care last year were reunited with relatives.", [{quote: "12", category: "other"}]);
  });
  it("still abducted: the 40 villagers taken into Niger", () => {
    checkFigures("Of the 40 villagers taken into Niger last year, few have come back.", [{quote: "40", category: "abducted"}]);
  });
});
