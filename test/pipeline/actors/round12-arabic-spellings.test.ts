/**
 * Round 12: more spellings of one Arabic name across outlets. The diphthong written ai / ei / ee /
 * i in a given name ("Faisal" / "Feisal"), and "Abd al-" written "Abdul", "Abdel" or as a word of
 * its own ("Abdel Karim"). Negatives: brothers whose given names differ after "Abdel", names not
 * written from Arabic, a man's and a woman's name. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {aynMark, parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import {arabicVowelKey, translitKey} from "../../../src/pipeline/actors/translit.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

/** Actor id of each name, each name alone in an article of its own. */
function ids(names: string[]): string[] {
  const xs: ArticleExtraction[] = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, [[n]]));
  return mergeActors(xs, empty).mentionActors.map((row) => row[0]);
}

const oneActor = (names: string[]) => new Set(ids(names)).size === 1;
const vowelKey = (word: string) => arabicVowelKey(translitKey(word));

describe("keys: the diphthong and 'Abd al-'", () => {
  it("ai / ei / ee read alike; Abdul / Abdel / Abdal read alike", () => {
    expect(vowelKey("Feisal")).toBe(vowelKey("Faisal"));
    expect(vowelKey("Husein")).toBe(vowelKey("Hussain"));
    expect(vowelKey("Zuheer")).toBe(vowelKey("Zuhair"));
    expect(vowelKey("Abdelkarim")).toBe(vowelKey("Abdulkarim"));
  });

  it("'Abdel Karim' before a surname is one given name", () => {
    expect(parsePersonName("Abdel Karim el-Hadidi")).toMatchObject({given: "abdelkarim", surname: "hadidi", shape: "full"});
    expect(parsePersonName("Abdul Karim")).toMatchObject({shape: "full", surname: "karim"});
  });

  it("negative: other vowels stay apart (Saad / Said)", () => {
    expect(vowelKey("Saad")).not.toBe(vowelKey("Said"));
  });
});

describe("one Arabic name across outlets", () => {
  it("sentence → expected row: the diphthong in the given name, ou / u in the surname particle", () => {
    expect(oneActor(["Faisal Jaber Abou Khalil", "Feisal Jaber Abu Khalil", "Feysal Jaber Abu Khalil"])).toBe(true);
  });

  it("sentence → expected row: 'Abdul', 'Abdel' and 'Abdel <name>' with al- / el- and o / u in the surname", () => {
    expect(oneActor(["Abdulkarim al-Hadidi", "Abdelkarim al-Hodidi", "Abdel Karim el-Hadidi"])).toBe(true);
  });

  it("in articles: a flood official named three ways by three outlets", () => {
    const xs = [
      "The dam on the river burst at dawn, said Zuhair Nasser, the head of the civil defence.",
      "Civil defence chief Zuheir Nasser said the water was still rising.",
      "Rescuers reached the villages on Tuesday, according to Zuheer Nasser."
    ].map((t, i) => foundMentions(t, "a" + i));
    const out = mergeActors(xs, empty).mentionActors;
    const id = (xi: number, surface: string) => out[xi][xs[xi].mentions.findIndex((m) => m.text === surface)];
    expect(id(0, "Zuhair Nasser")).toBeDefined();
    expect(id(1, "Zuheir Nasser")).toBe(id(0, "Zuhair Nasser"));
    expect(id(2, "Zuheer Nasser")).toBe(id(0, "Zuhair Nasser"));
  });

  it("negative: brothers 'Abdel Karim' and 'Abdel Rahim' of one family are two people", () => {
    expect(oneActor(["Abdel Karim el-Hadidi", "Abdel Rahim el-Hadidi"])).toBe(false);
    const xs = [foundMentions("Striking miners were led by Abdel Karim el-Hadidi and his brother Abdel Rahim el-Hadidi.", "a0")];
    const out = mergeActors(xs, empty).mentionActors[0];
    const at = (s: string) => out[xs[0].mentions.findIndex((m) => m.text === s)];
    expect(at("Abdel Karim el-Hadidi")).toBeDefined();
    expect(at("Abdel Karim el-Hadidi")).not.toBe(at("Abdel Rahim el-Hadidi"));
  });

  it("negative: names not written from Arabic keep their diphthong (Raina / Rina Kiser)", () => {
    expect(oneActor(["Raina Kaiser", "Rina Kiser"])).toBe(false);
  });

  it("negative: another given name of a like shape stays apart", () => {
    expect(oneActor(["Hussain al-Kamali", "Hassan al-Kamali"])).toBe(false);
    expect(oneActor(["Zainab al-Hadidi", "Zaid al-Hadidi"])).toBe(false);
  });
});

describe("an ayn / hamza apostrophe marks a name written from Arabic", () => {
  it("sentence → expected row: 'Na'im' / 'Naeem' and 'Mu'izu' / 'Mueezu' before a Hausa surname", () => {
    expect(aynMark("ja'far")).toBe(true);
    expect(oneActor(["Na'im Kwaru", "Naeem Kwaru"])).toBe(true);
    expect(oneActor(["Mu'izu Danladi", "Mueezu Danladi"])).toBe(true);
  });

  it("negative: an Irish or French elision is no such mark, and another given name stays apart", () => {
    expect(aynMark("o'neill")).toBe(false);
    expect(aynMark("d'souza")).toBe(false);
    expect(oneActor(["Ja'far Lawan", "Jabir Lawan"])).toBe(false);
  });
});
