/**
 * Round 12: Hausa "Dan" (son of) opening a surname, written joined or apart by different outlets
 * ("Sani Dangiwa" / "Sani Dan Giwa"). Negatives: "Dan" as an English given name, and another
 * given name before the same surname. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

function ids(names: string[]): string[] {
  const xs: ArticleExtraction[] = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, [[n]]));
  return mergeActors(xs, empty).mentionActors.map((row) => row[0]);
}

const oneActor = (names: string[]) => new Set(ids(names)).size === 1;

describe("'Dan' joined or apart in a surname", () => {
  it("sentence → expected row: the surname after a given name keeps its 'Dan'", () => {
    expect(parsePersonName("Sani Dan Giwa")).toMatchObject({surname: "dan giwa", shape: "full"});
    expect(parsePersonName("Sani Dan Giwa").surnameKey).toBe(parsePersonName("Sani Dangiwa").surnameKey);
  });

  it("sentence → expected row: three outlets, joined, apart and hyphenated", () => {
    expect(oneActor(["Yusuf Dan Baba", "Yusuf Danbaba", "Yusuf Dan-Baba"])).toBe(true);
  });

  it("in articles: a herders' leader named two ways in two reports on a cattle raid", () => {
    const xs = ["Herders led by Yusuf Dan Baba returned 40 cattle to the village of Kware on Sunday.", "The cattle were handed back by Yusuf Danbaba, a herders' leader, police said."].map((t, i) => foundMentions(t, "a" + i));
    const out = mergeActors(xs, empty).mentionActors;
    const id = (xi: number, s: string) => out[xi][xs[xi].mentions.findIndex((m) => m.text === s)];
    expect(id(0, "Yusuf Dan Baba")).toBeDefined();
    expect(id(1, "Yusuf Danbaba")).toBe(id(0, "Yusuf Dan Baba"));
  });

  it("negative: 'Dan' opening a name is a given name ('Dan Wells' is no surname 'danwells')", () => {
    expect(parsePersonName("Dan Wells")).toMatchObject({given: "dan", surname: "wells", shape: "full"});
    expect(oneActor(["Dan Wells", "Amos Danwells"])).toBe(false);
  });

  it("negative: another given name before the same surname is another person", () => {
    expect(oneActor(["Yusuf Dan Baba", "Musa Danbaba"])).toBe(false);
  });
});

describe("the joined articles of Philippine surnames", () => {
  it("sentence → expected row: 'dela' / 'delos' after a given name belong to the surname", () => {
    expect(parsePersonName("Teresa delos Angeles")).toMatchObject({given: "teresa", surname: "delos angeles", shape: "full"});
    expect(oneActor(["Ramon dela Paz", "Ramon Dela Paz"])).toBe(true);
  });

  it("negative: 'Dela' opening a name is a given name (Ghana), and another given name is another person", () => {
    expect(parsePersonName("Dela Mensah")).toMatchObject({given: "dela", surname: "mensah", shape: "full"});
    expect(oneActor(["Ramon dela Paz", "Teresa dela Paz"])).toBe(false);
  });
});
