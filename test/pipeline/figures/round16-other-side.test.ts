/**
 * Round 16 class for stage 05: in a sentence about a series of swaps, captives freed by a second clause with its
 * own subject, after a count of prisoners freed by the first, are the other side (hostages); captives freed in the
 * swaps with no such contrast stay prisoners of war. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a second subject's release of captives after a count of prisoners", () => {
  it("'the state released N detainees and the militia freed M captives'", () => {
    checkFigures("Over three exchanges, the state released 900 detainees and the militia freed 30 captives.", [
      {quote: "900", category: "prisoners_released"},
      {quote: "30", category: "hostages_released"}
    ]);
  });
  it("a one-word subject in the second clause", () => {
    checkFigures("Across the first four swaps, Lima set free 500 inmates and Sendero returned 12 captives.", [
      {quote: "500", category: "prisoners_released"},
      {quote: "12", category: "hostages_released"}
    ]);
  });
  it("negative: the same subject frees both", () => {
    checkFigures("In the first four swaps, Peru freed 500 prisoners and released 12 captives.", [
      {quote: "500", category: "prisoners_released"},
      {quote: "12", category: "prisoners_released"}
    ]);
  });
  it("negative: captives alone in a series of swaps", () => {
    checkFigures("In 12 exchanges, the army has freed 4,000 captives.", [{quote: "4,000", category: "prisoners_released"}]);
  });
});
