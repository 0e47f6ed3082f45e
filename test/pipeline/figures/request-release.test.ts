/**
 * requestedRelease: whose release a request right before a count asks for. It reads the one word before the count
 * first and runs its regexes only when that word can end the request (a release verb's last word or a hedge).
 */
import {describe, expect, it} from "vitest";
import {requestedRelease} from "../../../src/pipeline/figures/request-release.ts";

/** The offset of `count` in `text`. */
function at(text: string, count: string): number {
  return text.indexOf(count);
}

describe("requestedRelease", () => {
  it.each([
    ["an armed group asked to free", "The envoy asked the militia to free 12 villagers", "12", "hostages_released"],
    ["a state urged to release", "The bishop urged the government to release 40 detainees", "40", "prisoners_released"],
    ["a two-word verb's last word before the count", "They asked the gang to hand over 12 villagers", "12", "hostages_released"],
    ["a hedge right before the count", "They urged the government to release at least 40 detainees", "at least", "prisoners_released"],
    ["two hedges", "They asked the militia to free all the 30 pupils", "30", "hostages_released"],
    ["upper case", "THEY ASKED THE MILITIA TO FREE SOME 12 VILLAGERS", "12", "hostages_released"],
    ["no request: another word before the count", "The militia killed 12 villagers", "12", null],
    ["a request whose verb is not right before the count", "They asked the militia to free them and killed 12 guards", "12", null],
    // The word reader stops 80 characters back; the regexes do not: a verb that far is still the request's.
    ["the verb 77 spaces before the count", `The envoy urged the militia to free${" ".repeat(77)}12 villagers`, "12", "hostages_released"],
    ["the verb 74 tabs before the count", `Lawyers urged Peru to release${"\t".repeat(74)}30 fishermen`, "30", "prisoners_released"],
    ["a hedge 77 spaces before the count", `The envoy urged the militia to free some${" ".repeat(77)}12 villagers`, "some", "hostages_released"]
  ])("%s", (_label, text, count, expected) => {
    expect(requestedRelease(text, at(text, count))).toBe(expected);
  });
});
