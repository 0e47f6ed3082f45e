/**
 * Round 34: names written from Arabic whose consonants outlets romanise two ways join across articles: ج as "j" or
 * as the Egyptian and Lebanese hard "g" ("Hassan Hajjaj" / "Hassan Haggag"), and ظ / ذ at a given name's start as
 * "dh", "z" or "d" ("Zafer al-Hakim" / "Dhafer al-Hakim"); a doubled letter ("Hassan Hajjaj" / "Hassan Haggag") (actors/merge.ts joinArabicConsonants, translit.ts
 * arabicConsonantKey). Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";
import {arabicConsonantKey} from "../../../src/pipeline/actors/translit.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("arabicConsonantKey", () => {
  it.each<[string, boolean, string, boolean, boolean]>([
    ["haggar", false, "hajjar", false, true],
    ["ragab", false, "rajab", false, true],
    ["zafer", true, "dhafer", true, true],
    ["dafer", true, "zafer", true, true],
    ["ghazi", true, "jazi", true, false],
    ["zina", true, "dina", true, false]
  ])("%s / %s → %s", (a, ga, b, gb, same) => expect(arabicConsonantKey(a, ga) === arabicConsonantKey(b, gb)).toBe(same));
});

describe("round 34: Arabic consonants spelt two ways", () => {
  it("'Hassan Hajjaj' and 'Hassan Haggag' in two articles are one person", () => {
    const a = actors("The court freed Hassan Hajjaj on Monday.", "Hassan Haggag thanked his lawyers.");
    expect(holder(a, "Hassan Haggag")).toEqual(holder(a, "Hassan Hajjaj"));
  });
  it("'Nadia Hijji' and 'Nadia Higgi' in two articles are one person", () => {
    const a = actors("Nadia Hijji met the strikers on Monday.", "Nadia Higgi thanked the strikers.");
    expect(holder(a, "Nadia Higgi")).toEqual(holder(a, "Nadia Hijji"));
  });
  it("'Zafer al-Hakim' and 'Dhafer al-Hakim' in two articles are one person", () => {
    const a = actors("Zafer al-Hakim, the club's chairman, thanked the fans on Monday.", "The chairman, Dhafer al-Hakim, criticized the referee.");
    expect(holder(a, "Dhafer al-Hakim")).toEqual(holder(a, "Zafer al-Hakim"));
  });
  it("negative: another given name stays another person", () => {
    const a = actors("The court freed Hassan Hajjaj on Monday.", "Omar Haggag thanked his lawyers.");
    expect(holder(a, "Omar Haggag")).not.toEqual(holder(a, "Hassan Hajjaj"));
  });
  it("negative: 'gh' is another letter", () => {
    const a = actors("Ghazi Saleh met the strikers on Monday.", "Jazi Saleh thanked the strikers.");
    expect(holder(a, "Ghazi Saleh")).not.toEqual(holder(a, "Jazi Saleh"));
  });
  it("negative: a short given name keeps its first letter", () => {
    const a = actors("Dina al-Masri met the strikers on Monday.", "Zina al-Masri thanked the strikers.");
    expect(holder(a, "Dina al-Masri")).not.toEqual(holder(a, "Zina al-Masri"));
  });
  it("negative: names not written from Arabic stay apart", () => {
    const a = actors("Greta Berg met the strikers on Monday.", "Jreta Berg thanked the strikers.");
    expect(holder(a, "Greta Berg")).not.toEqual(holder(a, "Jreta Berg"));
  });
});
