/** Courtesy titles: which tell a woman, which a man (src/pipeline/actors/courtesy.ts). */
import {describe, expect, it} from "vitest";
import {feminineTitle, masculineTitle} from "../../../src/pipeline/actors/courtesy.ts";

describe("courtesy titles", () => {
  it.each([
    ["Mrs with its period", "Mrs.", true, false],
    ["Ms without a period", "Ms", true, false],
    ["Mr without a period (British style)", "Mr", false, true],
    ["Mr. with its period", "Mr.", false, true],
    ["Herr, capitalised", "Herr", false, true],
    ["an office, not a courtesy title", "Minister", false, false],
    ["the longest courtesy title with its period (the length pre-test keeps it)", "Monsieur.", false, true],
    ["Madame. with its period", "Madame.", true, false],
    ["a long office (answered by its length)", "Deputy Foreign Minister", false, false],
    ["no title", null, false, false]
  ])("%s: %s", (_label, title, woman, man) => {
    expect(feminineTitle(title)).toBe(woman);
    expect(masculineTitle(title)).toBe(man);
  });
});

/**
 * Round 21, class 1: a name written after a courtesy title ("Mr Okafor" on second reference) is one
 * of its actor's surface forms, when the title's sex fits the name it resolved to. Invented names.
 */
import {courtesyTitleBefore, kinAroundTitle, titleFitsName} from "../../../src/pipeline/actors/courtesy.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";

/** Aliases of the actor whose name is `name`, after stages 04 and 09 over invented articles. */
function aliasesOf(texts: string[], name: string): string[] | undefined {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i));
  return mergeActors(xs, emptyContext()).actors.find((a) => a.name === name)?.aliases;
}

describe("a courtesy-titled name as a surface form", () => {
  it("sentence → expected row: 'Mr <Surname>' after the full name gives the alias 'Mr <Surname>'", () => {
    expect(aliasesOf(["Ferry pilot Daniel Okafor reached Warri at noon. Mr Okafor said the engine failed."], "Daniel Okafor")).toContain("Mr Okafor");
    expect(aliasesOf(["Ferry pilot Daniel Okafor reached Warri at noon. Later, Mr. Okafor said the engine failed."], "Daniel Okafor")).toContain("Mr. Okafor");
  });

  it("sentence → expected row: 'Ms <Surname>' before a listed feminine given name's surname", () => {
    expect(aliasesOf(["The teacher Oksana Lebedeva returned to Tver on Friday. Ms Lebedeva thanked the volunteers."], "Oksana Lebedeva")).toContain("Ms Lebedeva");
  });

  it("negative: a woman's title resolved to a man, or on a bare surname, adds no alias", () => {
    // Stage 04 gives "Mrs Okafor" to the only Okafor named in full; the title says she is someone else.
    const man = aliasesOf(["Ferry pilot Daniel Okafor reached Warri at noon. Mrs Okafor said she had waited at the pier."], "Daniel Okafor");
    expect(man).toBeDefined();
    expect(man).not.toContain("Mrs Okafor");
    const xs = [foundMentions("Mrs Okafor said she had waited at the pier.")];
    expect(mergeActors(xs, emptyContext()).actors.flatMap((a) => a.aliases)).not.toContain("Mrs Okafor");
  });

  it("negative: a man's title before a listed feminine given name adds no alias", () => {
    const her = aliasesOf(["The teacher Oksana Lebedeva returned to Tver on Friday. Mr Lebedeva is a misprint the editor left."], "Oksana Lebedeva");
    expect(her).toBeDefined();
    expect(her).not.toContain("Mr Lebedeva");
  });

  it("negative: an office or a one-letter title is no courtesy title", () => {
    const r = aliasesOf(["Ferry pilot Daniel Okafor reached Warri at noon. Captain Okafor said the engine failed. Dr Okafor agreed."], "Daniel Okafor");
    expect(r).toBeDefined();
    expect(r!.filter((a) => a.includes(" Okafor") && a !== "Daniel Okafor")).toEqual([]);
    expect(courtesyTitleBefore("Then M. Okafor spoke.", 8)).toBeNull();
    expect(courtesyTitleBefore("The FarMr Okafor spoke.", 10)).toBeNull();
    expect(courtesyTitleBefore("Then Mrs. Okafor spoke.", 10)).toBe("Mrs.");
    expect(titleFitsName("Ms", true, false)).toBe(false);
  });
});

/**
 * Mend 21, F2: "First Lady <name>" is an office, so "Lady <name>" is no courtesy surface form.
 * Sentences from review 21 (invented there).
 */
describe("a title that also makes an office gives no courtesy alias (review 21 F2)", () => {
  it("negative: 'First Lady Olena Marchuk' gives no 'Lady Olena Marchuk'", () => {
    const a = aliasesOf(["First Lady Olena Marchuk visited a hospital in Lviv on Monday. She met wounded soldiers."], "Olena Marchuk");
    expect(a).toBeDefined();
    expect(a).not.toContain("Lady Olena Marchuk");
    const b = aliasesOf(["President Taras Marchuk and First Lady Olena Marchuk laid flowers in Kyiv."], "Olena Marchuk");
    expect(b).toBeDefined();
    expect(b).not.toContain("Lady Olena Marchuk");
  });

  it("sentence → expected row: 'Mrs Derevko' after 'First Lady Oksana Derevko' is kept, 'Lady …' is not", () => {
    const a = aliasesOf(["First Lady Oksana Derevko toured the shelters in Brest on Monday. Mrs Derevko said more tents were coming."], "Oksana Derevko");
    expect(a).toContain("Mrs Derevko");
    expect(a).not.toContain("Lady Oksana Derevko");
  });
});

/**
 * Mend 21, F1: a man's title resolved by stage 04 to the only full name of the surname, a woman,
 * must not become her alias when a kin relation is told around it. Sentences from review 21.
 */
describe("a man's title beside a kin relation adds no alias (review 21 F1)", () => {
  it.each([
    ["kin noun and comma before the title", "Aid worker Grace Okafor was freed on Monday. Her husband, Mr Okafor, said the family was relieved.", "Grace Okafor", "Mr Okafor"],
    ["kin apposition after the name", "Aid worker Grace Okafor was freed on Monday. Mr Okafor, her husband, thanked the mediators.", "Grace Okafor", "Mr Okafor"],
    ["'his wife' later in the title's sentence", "Aid worker Grace Okafor was freed on Monday. Speaking from their home in Enugu, Mr Okafor said his wife was tired but well.", "Grace Okafor", "Mr Okafor"],
    ["kin noun before the title (father)", "Nurse Ruth Adeyemi returned to Lagos on Sunday. Her father, Mr Adeyemi, wept at the airport.", "Ruth Adeyemi", "Mr Adeyemi"],
    ["kin apposition after the name (brother)", "Journalist Sarah Keane was released by the militia on Friday. Mr Keane, her brother, told reporters she would fly home.", "Sarah Keane", "Mr Keane"]
  ])("negative: %s", (_label, text, name, alias) => {
    const a = aliasesOf([text], name);
    expect(a).toBeDefined();
    expect(a).not.toContain(alias);
  });

  it("sentence → expected row: a man's title with no kin relation around it still gives the alias", () => {
    expect(aliasesOf(["Ferry pilot Daniel Okafor reached Warri at noon. Mr Okafor said the engine had failed twice."], "Daniel Okafor")).toContain("Mr Okafor");
    expect(kinAroundTitle("Later, Mr Okafor said so.", 7, 16)).toBe(false);
    expect(kinAroundTitle("Her husband, Mr Okafor, said so.", 13, 22)).toBe(true);
  });
});

describe("a kin noun of another person later in the sentence keeps the alias (review 21 F1)", () => {
  it("sentence → expected row: 'met Mr Varga, who promised her … her son' still gives 'Mr Varga'", () => {
    const a = aliasesOf(["Envoy Laszlo Varga flew to Pecs on Monday. The teacher's sister went to the capital and met Mr Varga, who promised her that the state would not forget her son."], "Laszlo Varga");
    expect(a).toContain("Mr Varga");
  });
});
