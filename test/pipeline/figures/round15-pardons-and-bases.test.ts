/**
 * Round 15 classes for stage 05: a pardon frees prisoners; a count that is the base of a share ("a third of some N
 * villagers were killed") is no count of the dead; incidents ("one of N kidnappings") are not people. Sentences
 * invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a pardon frees prisoners", () => {
  it("a head of state pardoned N activists", () => {
    checkFigures("The president pardoned four Estonian activists on Monday.", [{quote: "four", category: "prisoners_released"}]);
  });
  it("a decree pardoned 'all but N of the' jailed", () => {
    checkFigures("A royal decree pardoned all but 9 of the jailed students.", [{quote: "all but 9", category: "prisoners_released"}]);
  });
  it("negative: meeting activists frees no one", () => {
    checkFigures("The president met four Estonian activists on Monday.", [{quote: "four", category: "other"}]);
  });
});

describe("the base of a share is other", () => {
  it("half of the N villagers died", () => {
    checkFigures("Half of the 900 villagers died in the attack.", [{quote: "900", category: "other"}]);
  });
  it("negative: the count of the dead itself", () => {
    checkFigures("Gunmen killed some 900 villagers.", [{quote: "some 900", category: "killed"}]);
  });
});

describe("incidents are not people", () => {
  it("one of N kidnappings recorded", () => {
    checkFigures("The raid was one of at least 52 kidnappings recorded in the province this year.", []);
  });
  it("negative: N people kidnapped are people", () => {
    checkFigures("At least 52 people were kidnapped in the province this year.", [{quote: "At least 52", category: "abducted"}]);
  });
});
