/**
 * Round 14 classes for stage 05: the release noun governs its count. "the release of N <people> <abduction
 * participle>" frees hostages (the participle is their past); "the release of N of their fighters" frees
 * an armed group's own people, whom a state holds (prisoners). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the release of N people abducted … → hostages_released", () => {
  it("a participle with a place after the count", () => {
    checkFigures("Officials negotiated the release of 12 nurses kidnapped in the north.", [{quote: "12", category: "hostages_released"}]);
  });
  it("a hedged count with a demonym, the release as the subject", () => {
    checkFigures("The release of at least six Turkish engineers abducted near the mine was announced on Friday.", [
      {quote: "at least six", category: "hostages_released"}
    ]);
  });
  it("negative: another noun before the count keeps the abduction", () => {
    checkFigures("Officials condemned the kidnapping of 12 nurses abducted in the north.", [{quote: "12", category: "abducted"}]);
  });
});

describe("the release of N of an armed group's members → prisoners_released", () => {
  it("a possessive part of the group's members", () => {
    checkFigures("Talks stalled over the group's call for the release of 20 of its members.", [{quote: "20", category: "prisoners_released"}]);
  });
  it("a named group's fighters in a hostage sentence", () => {
    checkFigures("The hostage takers want the release of 40 Ansar Dine fighters.", [{quote: "40", category: "prisoners_released"}]);
  });
  it("militants jailed in a city", () => {
    checkFigures("The swap won the release of 30 militants jailed in Kano.", [{quote: "30", category: "prisoners_released"}]);
  });
  it("negative: held by captors, they are hostages", () => {
    checkFigures("The kidnappers want the release of 30 fighters held by the militia.", [{quote: "30", category: "hostages_released"}]);
  });
  it("negative: staff members are no armed group's", () => {
    checkFigures("He will seek the release of the three Peruvian staff members.", [{quote: "three", category: "other"}]);
  });
});
