/**
 * Stage 06: "<person> is due in <Place> on <day>" is a trip to come; "rang <Name>" is a call. Sentences invented for
 * the tests.
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

describe("'rang <Name>' is a call", () => {
  it("a call to a named person", () => {
    expect(sentenceEvents("President Lena Vos rang Prime Minister Ivo Hart on Thursday to thank him.", ["Thursday=2025-10-09"])).toContain("meeting:rang=2025-10-09");
  });
  it("negative: bells rang out", () => {
    expect(sentenceEvents("Church bells rang out across Tarsk on Sunday.", ["Sunday=2025-10-12"]).some((r) => r.startsWith("meeting:"))).toBe(false);
  });
});
