/**
 * Round 12: generational suffixes ("Jr.", "Sr.", "III") after a surname. The suffix is no surname:
 * the lone surname of a later sentence or article is the suffixed name's; but it tells a son from
 * his father, so "X Y Jr." never joins "X Y Sr." or a plain "X Y". Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import {splitActors} from "../../fixtures/actors/split-extraction.ts";

describe("parsePersonName sets a generational suffix aside", () => {
  it("sentence → expected row: the surname before 'Jr.' / 'III'", () => {
    expect(parsePersonName("Roberto Salcedo Jr.")).toMatchObject({surname: "salcedo", shape: "full", suffix: "jr"});
    expect(parsePersonName("Harold Whitcombe III")).toMatchObject({surname: "whitcombe", suffix: "iii"});
  });

  it("negative: two words are a given name and a surname, never a suffix ('Ii' is no suffix of a one-word name)", () => {
    expect(parsePersonName("Kofi Annan").suffix).toBeUndefined();
    expect(parsePersonName("Salcedo Jr.").surname).not.toBe("salcedo");
  });
});

describe("a suffixed name and its lone surname", () => {
  it("the lone surname of the next sentence is the suffixed name's", () => {
    const of = splitActors(["Dockers walked out at the port.\n\nUnion leader Harold Whitcombe III addressed the strikers on Monday. Whitcombe said the walkout would last a week."]);
    expect(of(0, "Whitcombe")).toBeDefined();
    expect(of(0, "Whitcombe")).toBe(of(0, "Harold Whitcombe III"));
  });

  it("across articles: a lone surname joins the one suffixed full name", () => {
    const of = splitActors(["Floods hit the valley.\n\nGovernor Roberto Salcedo Jr. toured the flooded towns on Friday.", "Pumps arrived.\n\nThe pumps were sent by Salcedo, the governor said."]);
    expect(of(0, "Roberto Salcedo Jr.")).toBeDefined();
    expect(of(1, "Salcedo")).toBe(of(0, "Roberto Salcedo Jr."));
  });

  it("negative: the son with the suffix and the father without it are two people", () => {
    const of = splitActors(["Floods hit the valley.\n\nGovernor Roberto Salcedo Jr. toured the flooded towns with his father, Roberto Salcedo, a former mayor."]);
    expect(of(0, "Roberto Salcedo")).toBeDefined();
    expect(of(0, "Roberto Salcedo Jr.")).not.toBe(of(0, "Roberto Salcedo"));
  });

  it("negative: 'Jr.' and 'Sr.' across articles never join", () => {
    const of = splitActors(["Strike.\n\nHarold Whitcombe Jr. led the march in Leeds.", "Obituary.\n\nHarold Whitcombe Sr. died in Leeds on Sunday."]);
    expect(of(0, "Harold Whitcombe Jr.")).toBeDefined();
    expect(of(0, "Harold Whitcombe Jr.")).not.toBe(of(1, "Harold Whitcombe Sr."));
  });
});
