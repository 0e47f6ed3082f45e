/**
 * Round 13 classes for stage 05: abductions told other ways. "Those taken included …" lists the abducted (not
 * "those taken to hospital"); a count abducted "along with" the subject of a relative clause keeps that
 * abduction, since the verb after the clause is the subject's. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'those taken' with its verb lists the abducted", () => {
  it("'Those taken included …, two Dutch nationals and six farm workers' → abducted", () => {
    checkFigures("Those taken included the mayor, his deputy, two Dutch nationals and six farm workers.", [
      {quote: "two", category: "abducted"},
      {quote: "six", category: "abducted"}
    ]);
  });
  it("an attribution first: 'those taken are a teacher and four pupils' → abducted", () => {
    checkFigures("According to the police, those taken are a teacher and four pupils.", [{quote: "four", category: "abducted"}]);
  });
  it("negative: those taken to hospital are no abductees", () => {
    checkFigures("Those taken to hospital included 5 miners.", [{quote: "5", category: "other"}]);
  });
});

describe("a companion in a relative clause of abduction", () => {
  it("the subject's return after the clause is not the companions' → abducted", () => {
    checkFigures("The reporter, who was kidnapped in the delta together with 3 crew members of his boat, flew back to Accra, his editor said.", [
      {quote: "3", category: "abducted"}
    ]);
  });
  it("the subject freed after the clause → the companions stay abducted", () => {
    checkFigures("The abbess, who was seized on the road alongside four nuns, was freed on Monday.", [{quote: "four", category: "abducted"}]);
  });
  it("negative: freed along with, with no relative clause, is a release", () => {
    checkFigures("The pilot was freed along with 3 crew members abducted in March.", [{quote: "3", category: "hostages_released"}]);
  });
  it("negative: a count after a closed relative clause shares the main verb's release", () => {
    checkFigures("The reporter, who was kidnapped in the delta, was freed together with 3 crew members.", [{quote: "3", category: "hostages_released"}]);
  });
});
