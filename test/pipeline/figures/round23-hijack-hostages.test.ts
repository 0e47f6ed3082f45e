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
