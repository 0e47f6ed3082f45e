/**
 * Round 34: an acronym that keeps a connector word's lowercase letter ("the Department of Flood Relief Affairs (DoFRA)
 * … DoFRA asked", "the Ministry of Health … MoH") is the one body the same article names before it
 * (actors/article-acronyms.ts connectorAcronym, spellsWithConnectors). Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";
import {connectorAcronym, spellsWithConnectors} from "../../../src/pipeline/actors/article-acronyms.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("connectorAcronym and spellsWithConnectors", () => {
  it.each<[string, boolean]>([["DoFRA", true], ["MoH", true], ["DoE", true], ["MoHFW", true], ["McDonald", false], ["LeBron", false], ["UNHCR", false], ["PhDs", false]])("connectorAcronym(%s) → %s", (text, want) => expect(connectorAcronym(text)).toBe(want));
  it.each<[string, string, boolean]>([
    ["DoFRA", "Department of Flood Relief Affairs", true],
    ["MoH", "Ministry of Health", true],
    ["MoHFW", "Ministry of Health and Family Welfare", true],
    ["DoE", "Department of Energy", true],
    ["DoE", "Department for Education and Skills", false],
    ["MoD", "Ministry of Health", false]
  ])("%s spells %s → %s", (acronym, name, want) => expect(spellsWithConnectors(acronym, name)).toBe(want));
});

describe("round 34: an acronym with a connector's lowercase letter", () => {
  it("'the Department of Flood Relief Affairs (DoFRA) … DoFRA' is one actor", () => {
    const a = actors("Officials of the Department of Flood Relief Affairs (DoFRA) counted 30 dead by Monday. Volunteers handed DoFRA a list of missing fishermen.");
    expect(holder(a, "DoFRA")).toEqual(holder(a, "Department of Flood Relief Affairs"));
  });
  it("'the Ministry of Health … MoH' is one actor", () => {
    const a = actors("The Ministry of Health said 30 strikers were treated. Officials at MoH thanked the Red Cross.");
    expect(holder(a, "MoH")).toEqual(holder(a, "Ministry of Health"));
  });
  it("negative: the acronym in another article stays apart", () => {
    const a = actors("The Ministry of Health said 30 strikers were treated.", "Officials at MoH thanked the Red Cross.");
    expect(holder(a, "MoH")).not.toEqual(holder(a, "Ministry of Health"));
  });
  it("negative: two bodies that both fit leave the acronym alone", () => {
    const a = actors("The Ministry of Health and the Ministry of Housing met on Monday. Officials at MoH thanked the Red Cross.");
    expect(holder(a, "MoH")).not.toEqual(holder(a, "Ministry of Health"));
    expect(holder(a, "MoH")).not.toEqual(holder(a, "Ministry of Housing"));
  });
});

describe("mend 34 F13: a document's abbreviation is no body's acronym", () => {
  it("'an MoU' is not 'the Ministry of Unification'", () => {
    const a = actors("The Ministry of Unification said it had signed an MoU with the Red Cross on Friday. The MoU covers family visits.");
    expect(holder(a, "Ministry of Unification")).not.toContain(holder(a, "MoU")[0] ?? "none");
  });
  it("connectorAcronym(MoU) is false", () => expect(connectorAcronym("MoU")).toBe(false));
});
