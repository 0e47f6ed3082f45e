/**
 * Stage 06: "before" after a verb or noun of appearing is a preposition, not a clause opener, so a planned
 * appearance keeps its date ("is due to appear before a judge on Thursday"); so is any opener before a time of day
 * ("before dawn on Tuesday"). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {clauseIds} from "../../../src/pipeline/events/clauses.ts";
import {tokenize} from "../../../src/pipeline/events/tokens.ts";
import {sentenceEvents} from "./helpers.ts";

const sameClause = (text: string, a: string, b: string) => {
  const tokens = tokenize(text, 0);
  const ids = clauseIds(tokens);
  const at = (w: string) => tokens.findIndex((t) => t.lower === w);
  return ids[at(a)] === ids[at(b)];
};

describe("'before' as a preposition of appearing", () => {
  it("appear before a judge: one clause", () => expect(sameClause("The driver is due to appear before a judge on Thursday.", "appear", "thursday")).toBe(true));
  it("a hearing before the court: one clause", () => expect(sameClause("She has a hearing before the court on Monday.", "hearing", "monday")).toBe(true));
  it("negative: a subordinate 'before' still opens a clause", () => expect(sameClause("The guards left before the fire spread on Monday.", "left", "monday")).toBe(false));
  it("the planned appearance is a dated event", () => {
    expect(sentenceEvents("The driver is due to appear before a district judge on Thursday.", ["Thursday=2025-10-16"]).some((r) => r.endsWith("=2025-10-16"))).toBe(true);
  });
});

describe("an opener before a time of day is a preposition", () => {
  it("before dawn: one clause", () => expect(sameClause("The prisoner was flown to the coast before dawn on Tuesday.", "flown", "tuesday")).toBe(true));
  it("until midnight: one clause", () => expect(sameClause("Shelling went on until midnight on Sunday.", "went", "sunday")).toBe(true));
  it("negative: 'before the fire' still opens a clause", () => expect(sameClause("The guards left before the fire spread on Monday.", "left", "spread")).toBe(false));
});
