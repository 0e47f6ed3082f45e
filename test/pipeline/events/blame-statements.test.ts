/**
 * Stage 06, session 31: blame said in public is a statement event ("accused", "condemned", "criticised",
 * "denounced", "blamed"), not the passive allegation "was accused of" nor "condemned to death" (model
 * event-triggers.ts). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("blame as a statement", () => {
  it("accused, after a speaking clause", () => {
    expect(sentenceEvents("Speaking in Madrid on Friday, the minister accused the charity of acting as a ferry for smugglers.", ["Friday=2025-10-17"]))
      .toContain("statement:accused=2025-10-17");
  });
  it("condemned the attack", () => {
    expect(sentenceEvents("The foreign ministry condemned the attack on Friday.", ["Friday=2025-10-17"])).toContain("statement:condemned=2025-10-17");
  });
  it("negative: condemned to death is a sentence, not a statement", () => {
    expect(sentenceEvents("He was condemned to death on Friday.", ["Friday=2025-10-17"]).some((r) => r.startsWith("statement:"))).toBe(false);
  });
  it("negative: the accused is a person", () => {
    expect(sentenceEvents("The accused appeared in court on Friday.", ["Friday=2025-10-17"]).some((r) => r.startsWith("statement:"))).toBe(false);
  });
  it("negative: a passive allegation leaves the act as the event", () => {
    expect(sentenceEvents("The officer was accused of shooting unarmed guards in 1995.", ["1995=1995"]).some((r) => r.startsWith("statement:"))).toBe(false);
  });
});
