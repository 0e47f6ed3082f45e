/**
 * Session 32: a lone acronym made of the first letters of a body's words, some of them two or more ("the Kenya
 * Maritime Inspection Authority … KEMIA"), joins that body when the same article names it first and no other body
 * spells it (actors/article-acronyms.ts spellsByPrefixes); the South Slavic "đ" written "dj" is one spelling
 * (actors/translit.ts); "International" names a body (model/org-words.ts). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";
import {spellsByPrefixes} from "../../../src/pipeline/actors/article-acronyms.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("spellsByPrefixes", () => {
  it.each<[string, string[], boolean]>([
    ["KEMIA", ["Kenya", "Maritime", "Inspection", "Authority"], true],
    ["TASAC", ["Tanzania", "Shipping", "Agencies", "Corporation"], true],
    ["KMIA", ["Kenya", "Maritime", "Inspection", "Authority"], false],
    ["KEMA", ["Kenya", "Maritime", "Inspection", "Authority"], false],
    ["KEMIAX", ["Kenya", "Maritime", "Inspection", "Authority"], false],
    ["MIA", ["Kenya", "Maritime", "Inspection", "Authority"], false]
  ])("%s of %j → %s", (acronym, words, want) => expect(spellsByPrefixes(acronym, words)).toBe(want));
});

describe("a lone prefix acronym of a body the same article names", () => {
  it("'the Kenya Maritime Inspection Authority … KEMIA' is one actor", () => {
    const a = actors("The minister blamed the Kenya Maritime Inspection Authority on Monday. KEMIA said an inspection had been carried out.");
    expect(holder(a, "KEMIA")).toEqual(holder(a, "Kenya Maritime Inspection Authority"));
  });
  it("negative: the acronym in another article stays apart", () => {
    const a = actors("The minister blamed the Kenya Maritime Inspection Authority on Monday.", "KEMIA said an inspection had been carried out.");
    expect(holder(a, "KEMIA")).not.toEqual(holder(a, "Kenya Maritime Inspection Authority"));
  });
  it("negative: an acronym before the name may be another body's", () => {
    const a = actors("KEMIA said an inspection had been carried out. The minister blamed the Kenya Maritime Inspection Authority on Monday.");
    expect(holder(a, "KEMIA")).not.toEqual(holder(a, "Kenya Maritime Inspection Authority"));
  });
});

describe("South Slavic đ written dj", () => {
  it("'Marko Đurić' and 'Marko Djuric' are one person", () => {
    const a = actors("Foreign Minister Goran Djuric met the envoy on Monday. Djuric said the talks went well.", "Serbia's foreign minister, Goran Đurić, hosted the meeting.");
    expect(holder(a, "Goran Đurić")).toEqual(holder(a, "Goran Djuric"));
  });
  it("negative: a different given name stays apart", () => {
    const a = actors("Foreign Minister Goran Djuric met the envoy on Monday.", "The mayor, Milan Đurić, hosted the meeting.");
    expect(holder(a, "Milan Đurić")).not.toEqual(holder(a, "Goran Djuric"));
  });
});

describe("'International' names a body", () => {
  it("'Transparency International Kenya' is an organisation, and 'Kenya' stays the country", () => {
    const a = actors("Transparency International Kenya said the building had no permit. Kenya's government promised an inquiry.");
    expect(holder(a, "Kenya")).not.toEqual(holder(a, "Transparency International Kenya"));
  });
  it("negative: a person named beside an international body keeps her surname", () => {
    const a = actors("Ana Ruiz of the International Red Cross spoke on Monday. Ruiz said little.");
    expect(holder(a, "Ruiz")).toEqual(holder(a, "Ana Ruiz"));
  });
});
