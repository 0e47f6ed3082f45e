/**
 * Stage 09: Belarusian romanisation of given names (Aliaksandr / Alexander) and Polish spelling of
 * surnames (Rudnicki / Rudnitsky). Each row: names (one article each) → one actor or apart.
 * Invented names only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {firstNameClass} from "../../../src/pipeline/actors/person-name.ts";
import {polishKey, sameButPolish, spellingReason, surnameGender} from "../../../src/pipeline/actors/translit.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

/** Actor id of each mention; `articles` lists each article's names. */
function ids(articles: string[][]): string[] {
  const xs: ArticleExtraction[] = articles.map((ns, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, ns.map((n) => [n])));
  return mergeActors(xs, emptyContext()).mentionActors.flat();
}

describe("Belarusian and Russian romanisation of one given name", () => {
  it.each<[string, string, string]>([
    ["Aliaksandr / Alexander", "aliaksandr", "alexander"],
    ["Siarhei / Sergei", "siarhei", "sergei"],
    ["Uladzimir / Vladimir", "uladzimir", "vladimir"],
    ["Volha / Olga", "volha", "olga"],
    ["Katsiaryna / Ekaterina", "katsiaryna", "ekaterina"]
  ])("%s share a class", (_label, a, b) => {
    expect(firstNameClass(a)).toBe(firstNameClass(b));
  });

  it.each<[string, string[][]]>([
    ["Belarusian given name and Ukrainian h against Russian g in the surname", [["Siarhei Hlushenko"], ["Sergei Glushenko"]]],
    ["…and each lone surname with its own full name", [["Siarhei Hlushenko", "Hlushenko"], ["Sergei Glushenko", "Glushenko"]]],
    ["Belarusian given name, same surname", [["Uladzimir Marchenko"], ["Vladimir Marchenko"]]]
  ])("%s → one actor", (_label, articles) => {
    expect(new Set(ids(articles)).size).toBe(1);
  });

  it.each<[string, string[][]]>([
    ["a husband and wife of one surname", [["Siarhei Hlushenko"], ["Volha Glushenko"]]],
    ["one given-name class, two surnames", [["Aliaksandr Barysevich"], ["Alexander Marchenko"]]],
    ["mother and son, -ova / -ov and h / g", [["Volha Hrabova"], ["Aliaksandr Grabov"]]]
  ])("%s → apart", (_label, articles) => {
    expect(new Set(ids(articles)).size).toBe(2);
  });

  it("husband and wife in two romanisations: two actors, each spelling joined", () => {
    const [s1, v1, s2, v2] = ids([["Siarhei Hlushenko", "Volha Hlushenko"], ["Sergei Glushenko", "Olga Glushenko"]]);
    expect(s1).toBe(s2);
    expect(v1).toBe(v2);
    expect(s1).not.toBe(v1);
  });
});

describe("Polish spelling of a surname (c for ts, cz for ch, sz for sh)", () => {
  it.each<[string, string, string]>([
    ["-cki / -tsky", "rudnicki", "rudnitsky"],
    ["cz / ch", "kowalczuk", "kovalchuk"],
    ["sz and cz / sh and ch", "szewczenko", "shevchenko"]
  ])("%s", (_label, a, b) => {
    expect(polishKey(a)).toBe(polishKey(b));
    expect(sameButPolish(a, b)).toBe(true);
    expect(spellingReason(a, b)).toBe("Polish spelling");
  });

  it.each<[string, string, string]>([
    ["another surname: y / u (Kowalczyk / Kovalchuk)", "kowalczyk", "kovalchuk"],
    ["feminine -cka against masculine -tsky", "rudnicka", "rudnitsky"],
    ["too short to trust (5 letters)", "lacki", "latsky"],
    ["both Polish: the plain keys compare", "rudnicki", "rudnicki"]
  ])("%s → not one spelling", (_label, a, b) => {
    expect(sameButPolish(a, b)).toBe(false);
  });

  it("Polish -cka is feminine, -cki masculine", () => {
    expect(surnameGender("Rudnicka")).toBe("f");
    expect(surnameGender("Rudnicki")).toBe("m");
  });

  it.each<[string, string[][]]>([
    ["full names, Polish and English spellings", [["Marek Rudnicki"], ["Marek Rudnitsky"]]],
    ["a lone Polish surname and the one English full name", [["Rudnicki"], ["Marek Rudnitsky"]]],
    ["sz / sh and cz / ch in one surname", [["Olena Szewczenko"], ["Olena Shevchenko"]]]
  ])("%s → one actor", (_label, articles) => {
    expect(new Set(ids(articles)).size).toBe(1);
  });

  it.each<[string, string[][]]>([
    ["a father and a daughter (-cki / -cka)", [["Marek Rudnicki"], ["Ewa Rudnicka"]]],
    ["a lone feminine surname and a man's full name", [["Rudnicka"], ["Marek Rudnitsky"]]],
    ["two surnames a vowel apart (Kowalczyk / Kovalchuk)", [["Jan Kowalczyk"], ["Jan Kovalchuk"]]],
    ["two people of one surname, different given names", [["Olena Szewczenko"], ["Petro Shevchenko"]]]
  ])("%s → apart", (_label, articles) => {
    expect(new Set(ids(articles)).size).toBe(2);
  });
});
