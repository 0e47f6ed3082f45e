/**
 * A bare part followed by a contact clause that declares its state ("including 33 it has declared dead",
 * "including 12 the army presumes dead") is a count with that state; the whole keeps its own. figures/extract.ts
 * reportedCopulaEnd, DECLARED_STATE. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a part declared dead in a contact clause", () => {
  it("a pronoun subject", () => checkFigures("Officials say 64 hostages remain in the camps, including 21 it has declared dead.", [{quote: "64", category: "hostages_held"}, {quote: "21", category: "hostages_dead"}]));
  it("a named subject", () => checkFigures("The militia holds 40 captives, including 12 the army presumes dead.", [{quote: "40", category: "hostages_held"}, {quote: "12", category: "hostages_dead"}]));
});

describe("negatives", () => {
  it("things declared unsafe are no count", () => checkFigures("The city has 40 schools, including 12 it has declared unsafe.", []));
});
