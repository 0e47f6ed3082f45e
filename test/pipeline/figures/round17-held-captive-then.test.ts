/**
 * Round 17 class for stage 05: "N <people> held|kept captive|hostage …, were freed": the captivity participle is the
 * people's past and the main verb after it, however far, what they are now (freed), as for "kidnapped … were freed".
 * Plain "held" (a prison term, a meeting) is no such participle. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("held or kept captive, then the count's own release", () => {
  it("held captive by a group, in a place, for a time, then freed", () => {
    checkFigures("Eleven aid workers held captive by militants in the desert for two months were freed on Sunday.", [
      {quote: "Eleven", category: "hostages_released"}
    ]);
  });
  it("kept hostage in a camp since a date, then set free", () => {
    checkFigures("Two nurses kept hostage in a forest camp by a gang since May have been set free.", [
      {quote: "Two", category: "hostages_released"}
    ]);
  });
  it("held captive, then missing", () => {
    checkFigures("Nine workers held captive in the hills remain missing.", [{quote: "Nine", category: "other"}]);
  });
});

describe("negatives: no captivity participle", () => {
  it("courts: convicts held in a prison and released on parole are prisoners", () => {
    checkFigures("Forty inmates held in the state prison for decades were released on parole.", [
      {quote: "Forty", category: "prisoners_released"}
    ]);
  });
  it("business: staff held up at a border released from work", () => {
    checkFigures("Thirty workers held up at the border by the storm were released from their shifts.", [
      {quote: "Thirty", category: "other"}
    ]);
  });
});
