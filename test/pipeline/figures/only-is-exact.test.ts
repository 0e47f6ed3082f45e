/**
 * "only" and "a mere" stress how few, not how sure: the qualifier is "exact" (model EXACT_HEDGES), and the quote
 * keeps the word as written. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("only N is exact", () => {
  it("only before a count", () => checkFigures("The ship's manifest listed only 87 passengers.", [{quote: "only 87", qualifier: "exact", value: 87}]));
  it("a mere", () => checkFigures("A mere 14 villagers were evacuated before the flood.", [{quote: "A mere 14", qualifier: "exact", category: "displaced"}]));
  it("negative: a real hedge stays", () => checkFigures("Nearly 87 passengers were evacuated.", [{quote: "Nearly 87", qualifier: "nearly"}]));
});
