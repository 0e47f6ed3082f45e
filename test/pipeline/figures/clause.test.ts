/** hardBoundaries finds clause marks by `test` and the match's last character; these pin each kind's offset. */
import {describe, expect, it} from "vitest";
import {clauseAround, hardBoundaries} from "../../../src/pipeline/figures/clause.ts";

describe("hardBoundaries", () => {
  it.each<[string, number[]]>([
    ["a; b", [1]],
    ["at 10:40: 12 died", [8]],
    ["12 died - 3 were hurt", [7]],
    ["12 died\t–\t3 were hurt", [7]],
    ["12 died—3 hurt (two) - gone", [7, 15, 19, 20]],
    ["a well-known place", []],
    ["the Red Cross (ICRC) on Monday", []],
    ["freed (RSF said); two (of them) died", [6, 15, 16, 22, 30]],
    ["a (B) and (C)", [2, 4, 10, 12]]
  ])("%s", (text, offsets) => {
    expect(hardBoundaries(text)).toEqual(offsets);
  });

  it("cuts the clause around a number at the nearest marks", () => {
    const text = "Rain fell; 12 died in the floods - officials said";
    expect(clauseAround(hardBoundaries(text), 11, 13, text.length, 160)).toEqual([10, 32]);
  });
});
