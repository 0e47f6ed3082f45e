/**
 * Stage 06: "<person> is due in <Place> on <day>" is a trip to come. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("'is due in <Place>'", () => {
  it("a minister due in a named city", () => {
    expect(sentenceEvents("The interior minister is due in Tarsk on Sunday, when he will meet the mayor.", ["Sunday=2025-10-19"])).toContain("visit:due in=2025-10-19");
  });
  it("negative: a report due in a month", () => {
    expect(sentenceEvents("The report is due in March.", ["March=2026-03"]).some((r) => r.startsWith("visit:"))).toBe(false);
  });
  it("negative: weather expected in a city", () => {
    expect(sentenceEvents("Heavy rain is expected in Tarsk on Sunday.", ["Sunday=2025-10-19"]).some((r) => r.startsWith("visit:"))).toBe(false);
  });
});
