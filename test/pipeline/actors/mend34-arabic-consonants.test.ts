/**
 * Mend 34 (review of round 34, F3): a word's first "g" is no ج spelt the Egyptian way: Sudanese, Gulf and Libyan
 * outlets write ق (and some غ) with it, so "Gasim" (Qasim) and "Jasim" are two names, and two men. Invented names.
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

describe("mend 34 F3: a first 'g' keeps its letter", () => {
  it.each<[string, string, boolean]>([
    ["gasim", "jasim", false],
    ["gazi", "jazi", false],
    ["hagg", "hajj", true]
  ])("%s / %s → %s", (a, b, same) => expect(arabicConsonantKey(a, false) === arabicConsonantKey(b, false)).toBe(same));

  it("'Omar Gasim' in Omdurman and 'Omar Jasim' in Mosul are two men", () => {
    const a = actors("Sudanese soldiers detained Omar Gasim, a grocer, in Omdurman on Monday.", "Iraqi police released Omar Jasim, a taxi driver, in Mosul on Tuesday.");
    expect(holder(a, "Omar Gasim")).not.toEqual(holder(a, "Omar Jasim"));
  });
});
