/**
 * titledSurfaces (actors/title-surface.ts): the title an outlet writes right before a name is a surface form
 * of that person ("Governor Ana Ruiz" → "Governor Ana Ruiz"), and merge.ts lists it among the aliases.
 */
import {describe, expect, it} from "vitest";
import {titledSurfaces} from "../../../src/pipeline/actors/title-surface.ts";
import {runPipeline} from "../../../src/pipeline/index.ts";

/** titledSurfaces for the (first) occurrence of `name` in `text`. */
function at(text: string, name: string): string[] {
  return titledSurfaces(text, text.indexOf(name), name);
}

describe("titledSurfaces", () => {
  const cases: [string, string, string, string[]][] = [
    ["one head word", "Talks went on. Governor Ana Ruiz arrived later.", "Ana Ruiz", ["Governor Ana Ruiz"]],
    ["a modifier and its head are one title", "The deal was signed by Crown Prince Omar bin Zayed on Monday.", "Omar bin Zayed", ["Crown Prince Omar bin Zayed"]],
    ["a rank after an office: the whole run, and the rank alone", "Foreign Minister Prince Omar bin Zayed spoke.", "Omar bin Zayed", ["Foreign Minister Prince Omar bin Zayed", "Prince Omar bin Zayed"]],
    ["an office after an office: the whole run only", "The bill was signed by Lieutenant Governor Ana Ruiz on Monday.", "Ana Ruiz", ["Lieutenant Governor Ana Ruiz"]],
    ["'Prime Minister' is one title: no 'Minister X'", "Later Prime Minister Ada Lenk arrived.", "Ada Lenk", ["Prime Minister Ada Lenk"]],
    ["an abbreviated rank keeps its period", "The patrol was led by Capt. Renzo Villar of the navy.", "Renzo Villar", ["Capt. Renzo Villar"]],
    ["an honorific", "Mediation fell to Sheikh Hamid al-Rawi, a tribal elder.", "Hamid al-Rawi", ["Sheikh Hamid al-Rawi"]],
    ["at the very start of the text", "Bishop Tomas Lema met the families.", "Tomas Lema", ["Bishop Tomas Lema"]],
    ["a modifier and a head", "Deputy Minister Karl Enberg said so.", "Karl Enberg", ["Deputy Minister Karl Enberg"]],
    ["a nationality before the office is no part of it", "He met Danish Prime Minister Karl Enberg on Monday.", "Karl Enberg", ["Prime Minister Karl Enberg"]]
  ];
  for (const [label, text, name, expected] of cases) it(`${label}: ${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => expect(at(text, name)).toEqual(expected));

  const none: [string, string, string][] = [
    ["a courtesy title (left to merge.ts's sex check)", "Later Mr Karl Enberg left.", "Karl Enberg"],
    ["a lowercase word before the name", "He thanked the brave Karl Enberg.", "Karl Enberg"],
    ["a capitalised word that is no title", "Officials Karl Enberg and others left.", "Karl Enberg"],
    ["a sentence end between title and name", "He met the Governor. Karl Enberg said nothing.", "Karl Enberg"],
    ["a title glued to a word before it", "x-Governor Karl Enberg", "Karl Enberg"],
    ["a modifier alone before the name", "Foreign Karl Enberg", "Karl Enberg"],
    ["review 25 F3: a longer title the lists do not know ('Attorney General')", "The charges were dropped by Attorney General Ana Ruiz on Monday.", "Ana Ruiz"],
    ["review 25 F3: the same at a sentence start", "Attorney General Ana Ruiz dropped the charges.", "Ana Ruiz"],
    ["review 25 F3: 'Shadow Chancellor'", "The plan was attacked by Shadow Chancellor Ana Ruiz on Monday.", "Ana Ruiz"],
    ["review 25 F3: a determiner before the title ('Her Father')", "Her Father Tom Ruiz was freed on Monday.", "Tom Ruiz"]
  ];
  for (const [label, text, name] of none) it(`no titled form: ${label}`, () => expect(at(text, name)).toEqual([]));
});

describe("merge: titled surface forms become aliases", () => {
  function aliases(text: string, id: string): string[] {
    const t = runPipeline({files: [{path: "a.txt", bytes: new TextEncoder().encode(text)}], manifest: "file,outlet,published\na.txt,Test Wire,2025-05-12\n", actorsCsv: null, outletsCsv: null});
    return t.actors.find((a) => a.actor_id === id)?.aliases ?? [];
  }
  it("'Governor Ana Ruiz … Ruiz' lists 'Governor Ana Ruiz' with the plain forms", () => {
    expect(aliases("Floods hit the valley on Monday. Governor Ana Ruiz visited the camps. Ruiz said 40 homes were lost.", "ana-ruiz")).toEqual(expect.arrayContaining(["Ana Ruiz", "Governor Ana Ruiz", "Ruiz"]));
  });
  it("a lone surname after an unrelated title is not made a titled alias of the article's person", () => {
    expect(aliases("Teacher Ada Okafor was freed on Monday. Later, General Okafor said the army had helped.", "ada-okafor")).not.toContain("General Okafor");
  });
});
