/**
 * Round 34: a traditional ruler named by title and chieftaincy name ("Senior Chief Tembo", "Paramount Chief Mwale")
 * with no full name of his in the article keeps the titled form as his surface form (model/titles.ts CHIEF_TITLES,
 * actors/merge.ts). Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("round 34: a chief's titled name is his surface form", () => {
  it("'Paramount Chief Gondwe' and a later bare 'Gondwe' are one actor, apart from the unrelated farmer", () => {
    const a = actors("Paramount Chief Gondwe opened the clinic on Friday, and Lina Moyo thanked Gondwe for the land. Its first patient was a farmer, Agnes Gondwe, who is no relation of the chief.");
    expect(holder(a, "Paramount Chief Gondwe")).toEqual(holder(a, "Gondwe"));
    expect(holder(a, "Paramount Chief Gondwe")).not.toEqual(holder(a, "Agnes Gondwe"));
  });
  it("'Senior Chief Tembo' is a surface form", () => {
    const a = actors("Senior Chief Tembo thanked Ana Obi for the boats.");
    expect(holder(a, "Senior Chief Tembo")).toHaveLength(1);
  });
  it("negative: another office before a lone name gives no titled surface", () => {
    const a = actors("Chief Minister Tembo thanked Ana Obi for the boats.");
    expect(holder(a, "Chief Minister Tembo")).toEqual([]);
  });
  it("negative: a chief written with a full name keeps the old titled forms", () => {
    const a = actors("Chief Peter Tembo thanked Ana Obi for the boats.");
    expect(holder(a, "Chief Peter Tembo")).toEqual(holder(a, "Peter Tembo"));
  });
});
