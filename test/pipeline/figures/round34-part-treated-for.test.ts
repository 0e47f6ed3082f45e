/**
 * Round 34, stage 05: a part told by the injury it is treated for, with no verb ("where 30 injured miners are being
 * treated, nine of them for severe burns"), closes its phrase as "nine of them with severe burns" does: the part is
 * counted, wounded. Not "for shock" (freed captives are treated for shock), not "for two years" (a sentence).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'N of them for <injury>' after a wounded whole is a wounded part", () => {
  it("'caring for N injured stevedores, M of them for deep burns'", () => {
    checkFigures("Doctors in Carrow are caring for 18 injured stevedores, six of them for deep burns.",
      [{quote: "18", category: "wounded"}, {quote: "six", category: "wounded"}]);
  });
  it("'took in N injured miners, M of them for head injuries'", () => {
    checkFigures("The hospital took in 30 injured miners, nine of them for head injuries.", [{quote: "30", category: "wounded"}, {quote: "nine", category: "wounded"}]);
  });
  it("'M of them for burns' before a coordinated count", () => {
    checkFigures("Medics are treating 22 injured fans, six of them for burns, and four stewards.",
      [{quote: "22", category: "wounded"}, {quote: "six", category: "wounded"}, {quote: "four", category: "wounded"}]);
  });
  it("negative: 'for shock' is no injury", () => {
    checkFigures("Medics treated 14 freed hostages, five of them for shock.", [{quote: "14", category: "hostages_released"}]);
  });
  it("negative: 'for two years' is a sentence, no injury", () => {
    checkFigures("The court jailed 14 protesters, five of them for two years.", [{quote: "14", category: "other"}]);
  });
});
