/**
 * Round 18 class for stage 05: a count's own release told after a relative clause about its past, with the
 * people's names set off by commas between the count and the clause ("Three nurses, A and B, who were kidnapped
 * in May, were freed"). The names no longer hide the clause, so the release is the count's, and the clause says
 * whose release it is. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("names between the count and the relative clause", () => {
  it("three names, an abduction in the clause, a release after it", () => {
    checkFigures("Three nurses, Ann Lee, Bo Chan and Cy Dunn, who were kidnapped in May, were freed on Sunday.", [
      {quote: "Three", category: "hostages_released"}
    ]);
  });
  it("two names, a past captivity in the clause with its days, a perfect passive release", () => {
    checkFigures("Two dual nationals, Mira Hale and Tom Roe, who had been held hostage in the hills for 210 days, have been released by the militia.", [
      {quote: "Two", category: "hostages_released"},
      {quote: "210", category: "captivity_days"}
    ]);
  });
  it("an arrest in the clause: prisoners freed", () => {
    checkFigures("Four fishermen, Ali Noor, Raza Khan, Omar Baig and Sami Dar, who were arrested by the coast guard in 2023, were released on Friday.", [
      {quote: "Four", category: "prisoners_released"}
    ]);
  });
});

describe("negatives: the names open no release that is not the count's", () => {
  it("the release verb belongs to other people", () => {
    checkFigures("Two nurses, Ann Lee and Bo Chan, who were kidnapped in May, told reporters that the gunmen had freed five other captives.", [
      {quote: "Two", category: "abducted"},
      {quote: "five", category: "hostages_released"}
    ]);
  });
  it("accident: patients released from hospital stay wounded", () => {
    checkFigures("Two workers, Ann Lee and Bo Chan, who were injured in the blast, were released from hospital on Monday.", [
      {quote: "Two", category: "wounded"}
    ]);
  });
  it("business: managers released from their contracts are no release of captives", () => {
    // Managers are counted as people since session 27; the count is still no release.
    checkFigures("Two managers, Ann Lee and Bo Chan, who were hired in May, were released from their contracts on Friday.", [{quote: "Two", category: "other"}]);
  });
});
