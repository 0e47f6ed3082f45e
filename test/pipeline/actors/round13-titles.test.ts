/**
 * Round 13, class 1: traditional rulers' titles (Somali "Ugaas" / "Ugas", "Garaad", "Suldaan") and
 * parliamentary short titles ("MK", "MEP", "MLA", "MSP") before a name are titles: they neither
 * stay in the name nor stop it. Negatives: the letters alone are a party's; two titled men with
 * one surname stay two. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";

describe("traditional and parliamentary titles before a name", () => {
  it("sentence → expected row: a clan chief's 'Garaad' is dropped, and the name matches another outlet's", () => {
    const {of, texts} = foundActors(["Garaad Mahad Elmi Jama, who chairs the council of elders, rejected the court ruling on the well.", "The court ruling was rejected by the elders' chairman, Mahad Elmi Jama."]);
    expect(texts(0)).toContain("Mahad Elmi Jama");
    expect(texts(0).some((t) => /Garaad/.test(t))).toBe(false);
    expect(of(0, "Mahad Elmi Jama")).toBe(of(1, "Mahad Elmi Jama"));
  });

  it("sentence → expected row: 'Garad' and 'Garaad' spellings of one title both go", () => {
    const {of} = foundActors(["Flood aid reached the valley after Garad Sahal Guled Dirie opened the road.", "Garaad Sahal Guled Dirie, 70, asked for more tents."]);
    expect(of(0, "Sahal Guled Dirie")).toBeDefined();
    expect(of(0, "Sahal Guled Dirie")).toBe(of(1, "Sahal Guled Dirie"));
  });

  it("sentence → expected row: 'MK' / 'MEP' / 'MLA' before a name are titles", () => {
    const {of, texts} = foundActors(["Legislators led by MK Yael Dror voted against the budget; Dror later resigned.", "The strike was backed by MEP Jan Novak and MLA Priya Nair."]);
    expect(texts(0)).toContain("Yael Dror");
    expect(of(0, "Dror")).toBe(of(0, "Yael Dror"));
    expect(texts(1)).toEqual(expect.arrayContaining(["Jan Novak", "Priya Nair"]));
    expect(texts(1).some((t) => /MEP|MLA/.test(t))).toBe(false);
  });

  it("negative: the letters alone are a party, not a title", () => {
    const {texts} = foundActors(["Voters in the coastal province backed the MK in the by-election."]);
    expect(texts(0)).toContain("MK");
  });

  it("negative: two titled men sharing a surname stay two", () => {
    const {of} = foundActors(["Villagers said Suldaan Yusuf Farah and Garaad Mahad Farah had quarrelled over grazing land."]);
    expect(of(0, "Yusuf Farah")).toBeDefined();
    expect(of(0, "Mahad Farah")).toBeDefined();
    expect(of(0, "Yusuf Farah")).not.toBe(of(0, "Mahad Farah"));
  });
});
