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

describe("a bare 'only N' that ends its phrase points back", () => {
  it("freed only two", () => checkFigures("Gunmen seized three hostages in May but freed only two.", [{quote: "three", category: "abducted"}]));
  it("agreed to free only two", () => checkFigures("The city asked for the release of three hostages, but the gang agreed to free only two.", [{quote: "three", category: "hostages_released"}]));
  it("negative: only N with a verb of its own", () => checkFigures("The crash killed 40 people; only two survived.", [{quote: "40", category: "killed"}, {quote: "only two", category: "other"}]));
  it("negative: only N with a noun", () => checkFigures("Rebels freed only two hostages on Monday.", [{quote: "only two", category: "hostages_released"}]));
});
