/**
 * Stage 06: a month with its year modifies the event noun after it as a year does ("In May 2023 floods across …
 * forced", "the March 2019 cyclone"): the noun takes the date when no trigger did. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("month-and-year before an event noun", () => {
  it("floods after 'In May 2023', the verb far away", () => {
    expect(sentenceEvents("In May 2023 floods across northern and eastern Valdoria forced more than 9,000 people from their homes.", ["May 2023=2023-05"])).toContain("other:floods=2023-05");
  });
  it("negative: a month alone is no modifier", () => {
    expect(sentenceEvents("In May floods across northern and eastern Valdoria forced more than 9,000 people from their homes.", ["May=2025-05"]).some((r) => r.startsWith("other:floods"))).toBe(false);
  });
});
