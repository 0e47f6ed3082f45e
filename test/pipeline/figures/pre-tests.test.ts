/**
 * The character pre-tests in front of rare regexes (round 16) must decide exactly what the regexes decide: these
 * cases sit at the regexes' edges (upper case where a regex ignores case, the longest or an unusual spelling,
 * the nearest miss), so a pre-test that drops a match the regex would make fails here.
 */
import {describe, expect, it} from "vitest";
import {abductedCompanionEnd, backInPlace} from "../../../src/pipeline/figures/category.ts";

describe("backInPlace: 'back' read before BACK_IN_AFTER (case-sensitive)", () => {
  it.each([
    ["bare 'back in'", "Two nurses back in Kenya after 90 days", "Two nurses", "hostages_released"],
    ["'were now safely back on'", "Two nurses were now safely back on Crete", "Two nurses", "hostages_released"],
    ["'are back in' after tabs", "Two nurses\tare back in Kenya", "Two nurses", "hostages_released"],
    ["upper-case BACK is not the regex's", "Two nurses BACK in Kenya", "Two nurses", null],
    ["no 'back' at all", "Two nurses were freed in Kenya", "Two nurses", null]
  ])("%s", (_label, text, group, expected) => {
    expect(backInPlace(text, text.indexOf(group) + group.length)?.category ?? null).toBe(expected);
  });
});

describe("abductedCompanionEnd: last letter of 'with'/'alongside' read before COMPANION_BEFORE (any case)", () => {
  it.each([
    ["along with", "The priest, who was seized along with two nuns, came home", true],
    ["together with", "The priest, who was kidnapped together with two nuns, came home", true],
    ["alongside", "The priest, who was abducted alongside two nuns, came home", true],
    ["upper case ALONG WITH", "The priest, who was seized ALONG WITH two nuns, came home", true],
    ["'beside' is not a companion word", "The priest, who was seized beside two nuns, came home", false],
    ["'with' but no abduction", "The priest, who travelled along with two nuns, came home", false]
  ])("%s", (_label, text, found) => {
    const start = text.indexOf("two nuns");
    const end = start + "two nuns".length;
    expect(abductedCompanionEnd(text, start, end)).toBe(found ? text.indexOf(",", end) : -1);
  });
});
