/**
 * Stage 06: "<person> was on the phone to / with <person>" is a call, a meeting event (model event-triggers.ts).
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("on the phone to", () => {
  it("was on the phone to a named leader", () => {
    expect(sentenceEvents("Late on Monday the prime minister was on the phone to the head of the unity government, Omar Saleh.", ["Monday=2025-10-20"]))
      .toContain("meeting:on the phone to=2025-10-20");
  });
  it("has been on the telephone with", () => {
    expect(sentenceEvents("The coach has been on the telephone with the club's owner since Friday.", ["Friday=2025-10-17"]).some((r) => r.startsWith("meeting:on the telephone with"))).toBe(true);
  });
  it("negative: a number to call is no call", () => {
    expect(sentenceEvents("Relatives should dial the number printed on the phone to reach the hotline on Monday.", ["Monday=2025-10-20"]).some((r) => r.startsWith("meeting:"))).toBe(false);
  });
});
