/**
 * Session 29, stage 05: a count of kin before "of" ("About 200 relatives of the kidnapped students marched") is a
 * count of the relatives: the captives' or victims' words in its "of" phrase are not its category; a cue before
 * the count or in the relatives' own predicate is. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("kin counted before 'of': the 'of' phrase's words are not theirs", () => {
  it("relatives of kidnapped pupils marching", () => {
    checkFigures("About 200 relatives of the kidnapped pupils marched through Kaduna on Monday.", [{quote: "About 200", category: "other"}]);
  });
  it("parents of abducted schoolgirls at a vigil", () => {
    checkFigures("Some 60 parents of the abducted schoolgirls held a vigil in Jangebe.", [{quote: "Some 60", category: "other"}]);
  });
  it("family members of missing miners waiting", () => {
    checkFigures("Some 50 family members of the miners trapped underground waited at the pit head.", [{quote: "Some 50", category: "other"}]);
  });
  it("parents of abducted pupils meeting the governor", () => {
    checkFigures("The 40 parents of the abducted pupils met the governor in Gusau.", [{quote: "40", category: "other"}]);
  });
});

describe("negatives: the kin's own fate still counts", () => {
  it("a killing verb before the count", () => {
    checkFigures("Gunmen killed 12 relatives of the district chief in the raid.", [{quote: "12", category: "killed"}]);
  });
  it("the kin's own passive predicate", () => {
    checkFigures("Twelve relatives of the district chief were abducted on Sunday.", [{quote: "Twelve", category: "abducted"}]);
  });
  it("relatives of victims killed themselves in a second attack", () => {
    checkFigures("About 30 relatives of the victims were killed in a second attack on the funeral.", [{quote: "About 30", category: "killed"}]);
  });
  it("kidnapped relatives with no 'of' phrase keep their participle", () => {
    checkFigures("The gang freed 12 kidnapped relatives of the senator on Friday.", [{quote: "12", category: "hostages_released"}]);
  });
});
