/**
 * Ties in categorize: when two release cues stand equally near a count, the first one in the sentence decides
 * (category.ts nearestRelease keeps the first of equally near hits, as the stable sort it replaced did). The
 * speed review found this shows in the output and that random text rarely reaches it, so it is pinned here.
 */
import {describe, expect, it} from "vitest";
import {figuresOf} from "./helpers.ts";

/** The category of the figure quoted `quote`, or null when there is none. */
function categoryOf(text: string, quote: string): string | null {
  return figuresOf(text).find((f) => f.quote === quote)?.category ?? null;
}

describe("equally near release cues: the first one decides", () => {
  it("'swapped' one word before and 'released' one word after: an exchange of prisoners", () => {
    expect(categoryOf("The sides swapped 90 soldiers released from captivity.", "90")).toBe("prisoners_released");
  });
  it("the same with a time phrase after the second cue", () => {
    expect(categoryOf("The two armies swapped 40 fighters released from jail on Monday.", "40")).toBe("prisoners_released");
  });
});
