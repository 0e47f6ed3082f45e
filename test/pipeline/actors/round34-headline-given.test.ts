/**
 * Round 34: a listed given name alone in a headline ("Irina and Oleg are home after 300 days") is the one person the
 * body names in full with it ("Irina Marsh"), when the headline writes no surname of the body (actors/resolve.ts
 * headlineGiven; before, only after a kin noun: "miner's daughter Irina"). Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function actors(...htmls: string[]): {id: string; aliases: string[]}[] {
  const files = htmls.map((t, i) => ({path: `a${i}.html`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + htmls.map((_, i) => `a${i}.html,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);
const page = (h1: string, body: string) => `<html><body><h1>${h1}</h1><p>${body}</p></body></html>`;

describe("round 34: a headline's lone given name", () => {
  it("'Irina and Oleg reach Riga' names Irina Marsh and Oleg Vik", () => {
    const a = actors(page("Irina and Oleg reach Riga on army plane", "Rebels freed Irina Marsh and Oleg Vik on Monday. Irina Marsh thanked the mediators, and Oleg Vik met his family."));
    expect(holder(a, "Irina")).toEqual(holder(a, "Irina Marsh"));
    expect(holder(a, "Oleg")).toEqual(holder(a, "Oleg Vik"));
  });
  it("'Pavel and Olga land in Oslo' names Pavel Berg and Olga Dahl", () => {
    const a = actors(page("Pavel and Olga land in Oslo as talks go on", "Rebels freed Pavel Berg and Olga Dahl on Monday. Pavel Berg thanked the mediators."));
    expect(holder(a, "Pavel")).toEqual(holder(a, "Pavel Berg"));
    expect(holder(a, "Olga")).toEqual(holder(a, "Olga Dahl"));
  });
  it("negative: one given name alone in the headline stays alone", () => {
    const a = actors(page("Pavel lands in Oslo as talks go on", "Rebels freed Pavel Berg on Monday. Pavel Berg thanked the mediators."));
    expect(holder(a, "Pavel")).toEqual([]);
  });
  it("negative: two full names with that given name leave it alone", () => {
    const a = actors(page("Oleg and Irina reach Riga on army plane", "Rebels freed Oleg Marsh and Irina Berg on Monday. Oleg Vik, a nurse, thanked the mediators."));
    expect(holder(a, "Oleg")).toEqual([]);
  });
  it("negative: a headline that writes a surname of the body keeps the old reading", () => {
    const a = actors(page("Oleg and Irina home, Marsh family says", "Rebels freed Oleg Marsh and Irina Berg on Monday. Oleg Marsh thanked the mediators."));
    expect(holder(a, "Oleg")).toEqual([]);
  });
});
