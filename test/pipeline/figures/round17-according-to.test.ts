/**
 * Round 17 class for stage 05: a count right after "according to" counts the sources of what the sentence reports
 * ("according to three diplomats, 30 hostages were freed"): "other", whatever release or death follows, and no
 * count beside it lends it its verb. Their own words still count ("according to 40 freed prisoners"). Sentences
 * invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("sources counted after 'according to'", () => {
  it("informants familiar with the talks, a release and captors after them", () => {
    checkFigures("According to three officials briefed on the case, the handover was arranged by a tribal elder who met the abductors twice.", [
      {quote: "three", category: "other"}
    ]);
  });
  it("a count of sources before a count of freed hostages, comma between", () => {
    checkFigures("According to two diplomats, 30 hostages were freed on Sunday.", [
      {quote: "two", category: "other"},
      {quote: "30", category: "hostages_released"}
    ]);
  });
  it("sources after 'according to the'", () => {
    checkFigures("The gunmen killed nine villagers, according to the four witnesses interviewed by police.", [
      {quote: "nine", category: "killed"},
      {quote: "four", category: "other"}
    ]);
  });
});

describe("negatives: the count's own words, or no 'according to'", () => {
  it("weather: sources whose own participle, before the comma, says they were evacuated", () => {
    checkFigures("According to the 2,000 residents evacuated, the river rose within an hour.", [{quote: "2,000", category: "displaced"}]);
  });
  it("sources whose own label says they were freed", () => {
    checkFigures("According to 40 freed prisoners, the guards beat them daily.", [{quote: "40", category: "prisoners_released"}]);
  });
  it("sport: a count before 'according to the team' keeps its injury", () => {
    checkFigures("Five athletes were injured in the crash, according to the team.", [{quote: "Five", category: "wounded"}]);
  });
  it("a count before 'according to' keeps its verb", () => {
    checkFigures("Eleven hostages were released on Monday, according to two mediators.", [
      {quote: "Eleven", category: "hostages_released"},
      {quote: "two", category: "other"}
    ]);
  });
});
