/**
 * People "held by" a captor noun (rebels, a gang, pirates …) are captives: their release is a hostage release
 * (figures/captor-hands.ts HELD_BY_CAPTOR_NOUN in the sentence's weak hostage context). Sentences invented for the
 * tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("held by a captor", () => {
  it("held by rebels, then released", () => checkFigures("Twelve Peruvian sailors held by the coastal rebels for 80 days were released on Friday.",
    [{quote: "Twelve", category: "hostages_released"}, {quote: "80", category: "captivity_days"}]));
  it("kept by a gang, then freed", () => checkFigures("Six truck drivers kept by a cattle-rustling gang were freed on Sunday.", [{quote: "Six", category: "hostages_released"}]));
  it("negative: held by a state are prisoners, not hostages", () => checkFigures("Twenty migrants held by Ruritania were released on Monday.", [{quote: "Twenty", category: "other"}]));
});
