/**
 * Round 25 class for stage 03: a month or year that opens a period ("since August 2023", "since 2018") is no
 * point the story stands at, so a later day count ("the next day", "the same day") goes on from the date told
 * before it; a later "that year" still names the period's year. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

describe("a day count after a period's start", () => {
  it("'seized on 3 May by a militia fighting since August 2023. … the next day' → 4 May", () => {
    const rows = datesOf(
      "The miners were seized on 3 May by a militia that has fought the army since August 2023.\nTwo of them escaped the next day, relatives said.",
      "2025-05-20"
    );
    expect(dateOf(rows, "the next day")).toBe("2025-05-04");
  });
  it("'freed on Tuesday. … since 2019. … the same day' → that Tuesday", () => {
    const rows = datesOf(
      "The court freed the reporter on Tuesday.\nMore than 40 reporters have been jailed in the country since 2019.\nTwo other prisoners were freed the same day, the church said.",
      "2025-09-19"
    );
    expect(dateOf(rows, "the same day")).toBe("2025-09-16");
  });
  it("negative: a month told as a point still anchors ('In March … The next day')", () => {
    const rows = datesOf("The rebels took the town in March 2024.\nThe next day, they freed 20 prisoners.", "2025-05-20");
    expect(dateOf(rows, "The next day")).toBe("2024-03");
  });
  it("negative: 'that year' after 'since 2016' is 2016", () => {
    const rows = datesOf("Pirates have seized sailors off the coast since 2016.\nTwenty-three sailors were freed that year alone.", "2025-05-20");
    expect(dateOf(rows, "that year")).toBe("2016");
  });
});
