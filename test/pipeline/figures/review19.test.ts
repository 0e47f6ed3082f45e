/**
 * Review 19 (figures): a count restated by "puts the figure at N" counts the same people as the count before it,
 * so it is of the same order; a crowd or a sum after a casualty count is no restatement.
 */
import {describe, expect, it} from "vitest";
import {figuresOf} from "./helpers.ts";

/** The category of the figure quoted `quote`, or null when there is none. */
function categoryOf(text: string, quote: string): string | null {
  return figuresOf(text).find((f) => f.quote === quote)?.category ?? null;
}

describe("a restated count far from the count before it is no restatement", () => {
  it("a crowd after the injured: no figure", () => {
    expect(categoryOf("Twelve fans were injured at the match. Organisers put the figure at 60,000.", "60,000")).toBeNull();
  });
  it("a sum after a release: no figure", () => {
    expect(categoryOf("Rebels freed 12 hostages after a ransom was paid. Local media put the figure at 500,000.", "500,000")).toBeNull();
  });
  it("damage after the dead: no figure", () => {
    expect(categoryOf("The flood killed 40 people. Insurers put the total at 900,000.", "900,000")).toBeNull();
  });
});

describe("still: another estimate of the same people takes their category", () => {
  it("24 after 20 freed hostages", () => {
    expect(categoryOf("Rebels freed 20 hostages on Monday. The army puts the number at 24.", "24")).toBe("hostages_released");
  });
  it("45 after 30 kidnapped pupils", () => {
    expect(categoryOf("Gunmen kidnapped 30 pupils. The school puts the number at 45.", "45")).toBe("abducted");
  });
});
