/**
 * Round 16 class for stage 05: "the abduction/kidnapping of N <people>" counts those seized (abducted), also when
 * their own relative clause tells a past captivity ("…, who were held for weeks"); and church and mission roles are
 * people (model/figure-person-nouns.ts). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("church and mission roles are counts of people", () => {
  it("'the 2009 kidnapping of N seminarians by a gang'", () => {
    checkFigures("The attack revived memories of the 2009 kidnapping of 14 seminarians by a river gang.", [
      {quote: "14", category: "abducted"}
    ]);
  });
  it("freed pastors", () => {
    checkFigures("Kidnappers freed six pastors on Sunday.", [{quote: "six", category: "hostages_released"}]);
  });
});

describe("a seizure noun before the count outweighs a past holding after it", () => {
  it("'the abduction of N engineers, who were held for up to N days'", () => {
    checkFigures("The siege recalled the abduction of 12 engineers, who were held for up to 40 days.", [
      {quote: "12", category: "abducted"},
      {quote: "up to 40", category: "captivity_days"}
    ]);
  });
  it("'the kidnapping of the N sailors, who were kept …'", () => {
    checkFigures("Officials compared it with the kidnapping of the 20 sailors, who were kept aboard for weeks.", [
      {quote: "20", category: "abducted"}
    ]);
  });
  it("negative: still held now is held", () => {
    checkFigures("The siege recalled the abduction of 12 engineers, who are still held.", [
      {quote: "12", category: "hostages_held"}
    ]);
  });
  it("negative: no seizure noun before the count", () => {
    checkFigures("Reports of 12 engineers, who were held for up to 40 days, alarmed the firm.", [
      {quote: "12", category: "hostages_held"},
      {quote: "up to 40", category: "captivity_days"}
    ]);
  });
});
