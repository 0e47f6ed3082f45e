/**
 * Round 23 class for stage 05: a hijacking takes the people on board hostage, so "hijack*" is hostage context
 * (HOSTAGE_CONTEXT): passengers "freed", "released" or "let go" in a hijacking story are hostages_released, in the
 * sentence itself or through the article's kind of release. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("passengers freed in a hijacking are hostages", () => {
  it("'the hijackers released N passengers' → hostages_released", () => {
    checkFigures("The hijackers released 40 passengers at the ferry terminal on Sunday.", [
      {quote: "40", category: "hostages_released"}
    ]);
  });
  it("'all but N passengers had been let go' in a hijacking story with a prison word → hostages_released", () => {
    checkFigures(
      "A man hijacked a coach near Split on Monday. The hijacker wants his cousin moved out of prison.\n" +
        "By noon, all but 12 passengers had been let go.",
      [{quote: "all but 12", category: "hostages_released"}]
    );
  });
});

describe("negatives", () => {
  it("passengers let go after a detention by police stay prisoners_released", () => {
    checkFigures(
      "Police detained 30 passengers near Split on Monday. The detainees were taken to a prison.\n" +
        "By noon, all but 12 passengers had been let go.",
      [{quote: "30", category: "other"}, {quote: "all but 12", category: "prisoners_released"}]
    );
  });
  it("passengers freed on bail after a hijacking are a prisoner release", () => {
    checkFigures("After the hijacking, police released five passengers on bail.", [
      {quote: "five", category: "prisoners_released"}
    ]);
  });
});

// Review 23 F8: 'hijack' is hostage context only for a vehicle with people on board and no police detention.
describe("negatives (review 23 F8): no hijacked vehicle with people aboard, or a police release", () => {
  it("a hijacked website: students released by police are no hostages", () => {
    checkFigures("Hackers hijacked the ministry's website on Monday, and police released 4 students questioned over the attack.", [
      {quote: "4", category: "other"}
    ]);
  });
  it("passengers detained by police after a bus hijacking and released are prisoners", () => {
    checkFigures("After the hijacking of the bus, police detained 20 passengers for questioning and released 15 of them on Tuesday.", [
      {quote: "20", category: "other"}, {quote: "15", category: "prisoners_released"}
    ]);
  });
});
