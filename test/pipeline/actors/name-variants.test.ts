/**
 * Stage 09 name-variant classes: Arabic names with e / i and o / u for one vowel, and a woman
 * whose surname one outlet writes in the masculine. Each row: names (one article each) → whether
 * they are one actor. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {arabicName, feminineGiven, firstNameClass} from "../../../src/pipeline/actors/person-name.ts";
import {arabicVowelKey, droppedVowel, masculineSurname, sameFamilyName, tchKey, translitKey} from "../../../src/pipeline/actors/translit.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

function ids(names: string[]): string[] {
  const xs: ArticleExtraction[] = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, [[n]]));
  return mergeActors(xs, empty).mentionActors.map((row) => row[0]);
}

describe("Arabic names: e / i and o / u for one vowel", () => {
  it.each<[string, string[]]>([
    ["given name e / i with the same al- surname (Hesham / Hisham)", ["Hesham al-Rawi", "Hisham al-Rawi"]],
    ["given name long i written ee (Shakeeb / Shakib) with the same surname", ["Shakeeb al-Qudaimi", "Shakib al-Qudaimi"]],
    ["surname long i written ee, with and without al- (al-Sadeeq / Sadiq)", ["Jamil al-Sadeeq", "Jamil Sadiq"]],
    ["e / i and q / k in the given name (Tareq / Tarik)", ["Tareq Bazzi", "Tarik al-Bazzi"]],
    ["o / u in an Arabic given name (Osman / Usman)", ["Osman Darwish", "Usman Darwish"]],
    ["surname e / i and o / u together (al-Helo / Hilu)", ["Jamil al-Helo", "Jamil Hilu"]]
  ])("%s → one actor", (_label, names) => {
    expect(new Set(ids(names)).size).toBe(1);
  });

  it.each<[string, string[]]>([
    ["English names keep ee apart from i (Noreen / Norin)", ["Noreen Walsh", "Norin Walsh"]],
    ["English names keep ee apart from i (Doreen / Dorin)", ["Doreen Fairley", "Dorin Fairley"]],
    ["a and i are different vowels (Jamil / Jamal)", ["Jamil al-Rawi", "Jamal al-Rawi"]],
    ["Arabic given name, surnames differ by a vowel a / i", ["Hisham al-Rawi", "Hisham al-Riwi"]],
    ["feminine vs masculine surname stays apart", ["Kareem Hakimov", "Karim Hakimova"]]
  ])("%s → apart", (_label, names) => {
    expect(new Set(ids(names)).size).toBe(names.length);
  });

  it("keys and marks", () => {
    expect(arabicVowelKey(translitKey("Tareq"))).toBe(arabicVowelKey(translitKey("Tarik")));
    expect(arabicName(["hesham", "rawi"])).toBe(true);
    expect(arabicName(["gleb", "al", "rawi"])).toBe(true);
    expect(arabicName(["noreen", "walsh"])).toBe(false);
    expect(arabicName(["gleb", "ben", "dov"])).toBe(false);
  });
});

describe("one woman, her surname in the feminine and the masculine", () => {
  it.each<[string, string[]]>([
    ["-ova / -ov, the same feminine given name", ["Varvara Sokolova", "Varvara Sokolov"]],
    ["-skaya / -ski", ["Daria Zaretskaya", "Daria Zaretski"]],
    ["-ina / -in with kh / h", ["Zinaida Khlebnikina", "Zinaida Hlebnikin"]],
    ["-ova / -ov with French j for zh", ["Ulyana Kozhevnikova", "Ulyana Kojevnikov"]],
    ["-ova / -ov with Ukrainian h for Russian g (Halyna / Galina too)", ["Halyna Hryhorova", "Galina Grigorov"]]
  ])("%s → one actor", (_label, names) => {
    expect(new Set(ids(names)).size).toBe(1);
  });

  it.each<[string, string[]]>([
    ["mother and son (different given names)", ["Varvara Sokolova", "Timofei Sokolov"]],
    ["two women with different given names", ["Varvara Sokolova", "Lidia Sokolov"]],
    ["a unisex short form is no feminine given name (Sasha)", ["Sasha Zaretskaya", "Sasha Zaretski"]],
    ["a masculine surname under another root (Sokolova / Sokolnikov)", ["Varvara Sokolova", "Varvara Sokolnikov"]]
  ])("%s → apart", (_label, names) => {
    expect(new Set(ids(names)).size).toBe(names.length);
  });

  it("the woman joins, her son stays apart in the same corpus", () => {
    const [woman, sameWoman, son] = ids(["Varvara Sokolova", "Varvara Sokolov", "Timofei Sokolov"]);
    expect(sameWoman).toBe(woman);
    expect(son).not.toBe(woman);
  });

  it("helpers", () => {
    expect(masculineSurname("zaretskaya")).toBe("zaretsky");
    expect(masculineSurname("sokolov")).toBeNull();
    expect(sameFamilyName("sokolova", "sokolov")).toBe(true);
    expect(sameFamilyName("sokolova", "sokolnikov")).toBe(false);
    expect(feminineGiven(firstNameClass("Iryna"))).toBe(true);
    expect(feminineGiven(firstNameClass("Sasha"))).toBe(false);
  });
});

describe("long West African given names and French tch / t", () => {
  it.each<[string, string[]]>([
    ["a medial vowel dropped in a long given name, same surname", ["Abdelrahaman Boukari", "Abdelrahman Boukari"]],
    ["French tch / t before i in the surname, same given name", ["Souleymane Tchiroma", "Souleymane Tiroma"]],
    ["both at once", ["Abdelrahaman Tchiroma", "Abdelrahman Tiroma"]]
  ])("%s → one actor", (_label, names) => {
    expect(new Set(ids(names)).size).toBe(1);
  });

  it.each<[string, string[]]>([
    ["a vowel at the end is another name (Antonia / Antonio)", ["Antonia Bellucci", "Antonio Bellucci"]],
    ["a medial vowel in a short given name (Amina / Amna)", ["Amina Boukari", "Amna Boukari"]],
    ["tch / t with a short given name", ["Ali Tchiroma", "Ali Tiroma"]],
    ["an English ch is no French tch (Chiara / Tiara)", ["Giulia Chiara", "Giulia Tiara"]],
    ["a long given name with a consonant dropped (Christopher / Christophe)", ["Christopher Boukari", "Christophe Boukari"]],
    ["a dropped vowel but another surname", ["Abdelrahaman Boukari", "Abdelrahman Tiroma"]],
    ["a surname particle is part of the surname (bin Tiroma / Tiroma)", ["Souleymane bin Tiroma", "Souleymane Tiroma"]]
  ])("%s → apart", (_label, names) => {
    expect(new Set(ids(names)).size).toBe(names.length);
  });

  it("helpers", () => {
    expect(droppedVowel("abdelrahaman", "abdelrahman")).toBe(true);
    expect(droppedVowel("antonia", "antoni")).toBe(false);
    expect(tchKey("tchiroma")).toBe(tchKey("tiroma"));
    expect(tchKey("chiara")).not.toBe(tchKey("tiara"));
  });
});

describe("a lone Arabic surname with a vowel written the other way", () => {
  it("al-Sadeeq alone joins the one full name spelt Sadiq", () => {
    expect(new Set(ids(["Jamil Sadiq", "al-Sadeeq"])).size).toBe(1);
  });

  it("two full names fit: the lone surname stays alone", () => {
    const [a, b, lone] = ids(["Jamil Sadiq", "Fuad Sadiq", "al-Sadeeq"]);
    expect(lone).not.toBe(a);
    expect(lone).not.toBe(b);
  });

  it("without an Arabic particle the lone surname stays alone (Breen / Brin)", () => {
    expect(new Set(ids(["Walter Brin", "Breen"])).size).toBe(2);
  });
});
