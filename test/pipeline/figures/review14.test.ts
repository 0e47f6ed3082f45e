/**
 * Review of round 14 (figures): the reviewer's sentences, each with the row it must give.
 */
import {describe, expect, it} from "vitest";
import {checkFigures, figuresOf} from "./helpers.ts";

const categoryOf = (text: string, quote: string) => figuresOf(text).find((f) => f.quote === quote)?.category;

describe("review 14, item 4: informants only before a speech verb", () => {
  it("victims who were briefed or familiar with something keep their own verb", () => {
    expect(categoryOf("Three people briefed on the raid were killed when gunmen opened fire.", "Three")).toBe("killed");
    expect(categoryOf("Three people familiar with the attack were killed, police said.", "Three")).toBe("killed");
    expect(categoryOf("Three people familiar with the area were kidnapped on Monday.", "Three")).toBe("abducted");
  });
});

describe("review 14, item 5: members of a choir or an aid group are no armed group's", () => {
  it("not prisoners_released", () => {
    expect(categoryOf("Bandits demanded a ransom for the release of 12 members of a church choir.", "12")).not.toBe("prisoners_released");
    expect(categoryOf("The kidnappers demanded $1 million for the release of 12 members of the choir.", "12")).toBe("hostages_released");
    expect(categoryOf("Talks continued on the release of 20 members of a Dutch aid group kidnapped in May.", "20")).toBe("hostages_released");
  });
});

describe("review 14, item 6: a state freeing people it rescued is no prisoner release", () => {
  it("trapped, or freed from a stash house → other", () => {
    expect(categoryOf("The authorities have freed 40 miners trapped underground since Monday.", "40")).toBe("other");
    expect(categoryOf("The government freed 30 villagers trapped by the floods in Tarma.", "30")).toBe("other");
    expect(categoryOf("Mexico freed 20 migrants from a stash house run by a cartel in Tamaulipas.", "20")).toBe("other");
  });
});

describe("review 14, item 8c: 'had been held' with a present state of its own", () => {
  it("'had been held … and are still missing' is no release", () => {
    const c = categoryOf("Gunmen freed 10 hostages on Monday. Two others had been held in a separate camp and are still missing.", "Two");
    expect(c === "hostages_held" || c === "other").toBe(true);
  });
});

describe("review 14, item 8d: a release held back, negated, already done, or of prisoners", () => {
  it("negated, then freed → hostages_released", () => {
    expect(categoryOf("The rebels did not delay the release of 12 hostages, who were freed on Monday.", "12")).toBe("hostages_released");
  });
  it("people already freed → hostages_released", () => {
    expect(categoryOf("Storms delayed the return of 12 freed hostages to Lima on Monday.", "12")).toBe("hostages_released");
  });
  it("prisoners are never hostages_held → other", () => {
    expect(categoryOf("A judge blocked the release of 30 prisoners from Tarma jail on Monday.", "30")).toBe("other");
  });
});

describe("review 14, item 11c: a list of the freed needs a noun of people", () => {
  it("'The released figures include …' → other", () => {
    checkFigures("The rebels freed the hostages on Monday. The released figures include 40 deaths and 12 missing soldiers.", [
      {quote: "40", category: "killed"},
      {quote: "12", category: "other"}
    ]);
  });
});
