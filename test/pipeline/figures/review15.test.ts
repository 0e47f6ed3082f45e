/**
 * Review 15 (figures): the reviewer's sentences, as failing tests first, then narrowed rules.
 */
import {describe, expect, it} from "vitest";
import {figuresOf} from "./helpers.ts";

/** The category of the figure quoted `quote`, or null when there is none. */
function categoryOf(text: string, quote: string): string | null {
  return figuresOf(text).find((f) => f.quote === quote)?.category ?? null;
}

describe("item 6: items after a colon with a verb of their own keep their own reading", () => {
  it("two doctors said …", () => {
    expect(categoryOf("Rebels freed 20 hostages on Sunday: two doctors said they were in good health.", "two")).not.toBe("hostages_released");
  });
  it("12 parents paid ransoms", () => {
    expect(categoryOf("Kidnappers freed 30 students on Friday: 12 parents paid ransoms for them.", "12")).not.toBe("hostages_released");
  });
  it("4 doctors and 3 nurses stayed behind", () => {
    const text = "The kidnappers released 12 hostages: 4 doctors and 3 nurses stayed behind to treat the rest.";
    expect(categoryOf(text, "4")).not.toBe("hostages_released");
    expect(categoryOf(text, "3")).not.toBe("hostages_released");
  });
});

describe("item 7: days after a seizure are captivity only with a release", () => {
  it("arrested suspects", () => {
    expect(categoryOf("Police arrested two suspects 12 days after the kidnapping of Ana Vik in Lima.", "12")).not.toBe("captivity_days");
  });
  it("a ransom call", () => {
    expect(categoryOf("The first ransom call came five days after the abduction, her brother said.", "five")).not.toBe("captivity_days");
  });
  it("a rescue operation launched", () => {
    expect(categoryOf("The army launched its rescue operation three days after the hijacking of the ship.", "three")).not.toBe("captivity_days");
  });
  it("a sentence passed", () => {
    const text = "Ana Vik was freed on Monday. Her kidnappers were sentenced 40 days after her release, 200 days after the kidnapping.";
    expect(categoryOf(text, "200")).not.toBe("captivity_days");
  });
});

describe("item 7b: a pardon refused or denied frees no one", () => {
  it("refused to pardon", () => {
    expect(categoryOf("The president refused to pardon 12 soldiers jailed for the massacre.", "12")).not.toBe("prisoners_released");
  });
  it("could not pardon", () => {
    expect(categoryOf("The court said the president could not pardon 12 soldiers jailed for the massacre.", "12")).not.toBe("prisoners_released");
  });
});

describe("item 7d: a swap between two states leaves both sides prisoners", () => {
  it("freed by a state", () => {
    expect(categoryOf("In exchange for the eight Russians freed by Germany on Monday, Moscow released 16 prisoners.", "eight")).toBe("prisoners_released");
  });
  it("freed by the United States", () => {
    expect(categoryOf("In return for the five Iranians freed by the United States, Tehran released 5 American prisoners.", "five")).toBe("prisoners_released");
  });
});

describe("item 12c: a humanitarian body asked to hand people over is no captor", () => {
  it("the Red Cross", () => {
    expect(categoryOf("The court asked the Red Cross to hand over 12 children to their parents.", "12")).not.toBe("hostages_released");
  });
});
