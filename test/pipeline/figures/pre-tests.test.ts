/**
 * The character pre-tests in front of rare regexes (round 16) must decide exactly what the regexes decide: these
 * cases sit at the regexes' edges (upper case where a regex ignores case, the longest or an unusual spelling,
 * the nearest miss), so a pre-test that drops a match the regex would make fails here.
 */
import {describe, expect, it} from "vitest";
import {abductedCompanionEnd, backInPlace, copulaStillMayFollow, stillHeld, stillHeldMayFollow} from "../../../src/pipeline/figures/category.ts";

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

describe("stillHeld: first letters read before COPULA_STILL_HELD and STILL_HELD_AFTER (any case)", () => {
  it.each([
    ["'are still held'", "Some 30 hostages are still held in Gaza", true],
    ["upper case 'WERE STILL HELD'", "Some 30 hostages WERE STILL HELD in Gaza", true],
    ["'remain in' after a tab", "Some 30 hostages\tremain in the Sahel", true],
    ["', who remain'", "Some 30 hostages , who remain in Gaza", true],
    ["'Still held' after a comma", "Some 30 hostages, Still held by the group", true],
    ["'yet alive'", "Some 30 hostages yet alive", true],
    ["'that remain'", "Some 30 hostages that remain", true],
    ["nearest miss: 'were freed'", "Some 30 hostages were freed in Gaza", false],
    ["no blank before the copula", "Some 30 hostages,are still held", false],
    ["count at the end", "They freed some 30 hostages", false]
  ])("%s", (_label, text, held) => {
    const end = text.indexOf("hostages") + "hostages".length;
    expect(stillHeld(text, text.indexOf("30"), end, [])).toBe(held);
  });

  it.each([
    ["blank then a/w/r", "x are", 1, true],
    ["capital W", "x\tWere", 1, true],
    ["no blank", "xare", 1, false],
    ["comma first", "x, are", 1, false],
    ["end of text", "x", 1, false]
  ])("copulaStillMayFollow: %s", (_label, text, end, expected) => {
    expect(copulaStillMayFollow(text, end)).toBe(expected);
  });

  it.each([
    ["who", "x who", 1, true],
    ["comma then That", "x , That", 1, true],
    ["glued still", "xstill", 1, true],
    ["yet, remain", "x yet", 1, true],
    ["r after comma", "x,remain", 1, true],
    ["two commas", "x,, still", 1, false],
    ["other letter", "x are", 1, false],
    ["end of text", "x ", 1, false]
  ])("stillHeldMayFollow: %s", (_label, text, end, expected) => {
    expect(stillHeldMayFollow(text, end)).toBe(expected);
  });
});
