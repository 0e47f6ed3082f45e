/**
 * Round 34: a full name the article says is no relative of another ("Ruth Mwale, 30, who is not related to the
 * chief", "Rita de Souza, 67, a seamstress who is no relation of the governor") never takes a bare surname, in its
 * article (actors/resolve.ts unrelatedApposed, firstSuffix) nor across the corpus (merge.ts unrelatedHolder): the
 * story names another person of that surname, whom the bare surname means. Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";
import {unrelatedApposed} from "../../../src/pipeline/actors/resolve.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("unrelatedApposed", () => {
  it.each<[string, boolean]>([
    ["Joyce Phiri, a cook who was not related to the mayor, ran the stall.", true],
    ["Marta de Lima, 59, a florist who was no relation to the senator, spoke.", true],
    ["Joyce Phiri, a cook, ran the stall.", false],
    ["Joyce Phiri, a cook, said she was not related to the dispute.", false]
  ])("%s → %s", (text, want) => expect(unrelatedApposed(text, text.indexOf(","))).toBe(want));
});

describe("round 34: a namesake said to be no relative keeps no bare surname", () => {
  it("the bare surname goes to the senator, not the unrelated florist named first", () => {
    const a = actors("The bakery fire injured Marta de Lima, 59, a florist who was no relation to the senator. Senator Paulo de Lima toured the street on Friday. The mayor, Ines Rocha, thanked Lima on Friday evening.");
    expect(holder(a, "Marta de Lima")).not.toContain(holder(a, "Lima")[0]);
    expect(holder(a, "Lima")).toEqual(holder(a, "Paulo de Lima"));
  });
  it("a chief named by title and surname keeps the bare surname from the unrelated farmer", () => {
    const a = actors("Paramount Chief Gondwe opened the clinic on Friday, and Lina Moyo thanked Gondwe for the land. Its first patient was a farmer, Agnes Gondwe, who is no relation of the chief.");
    expect(holder(a, "Agnes Gondwe")).not.toContain(holder(a, "Gondwe")[0]);
  });
  it("negative: without the apposition the bare surname goes to the one full name", () => {
    const a = actors("Paramount Chief Gondwe opened the clinic on Friday, and Lina Moyo thanked Gondwe for the land. Its first patient was a farmer, Agnes Gondwe.");
    expect(holder(a, "Gondwe")).toEqual(holder(a, "Agnes Gondwe"));
  });
  it("negative: the person named first still keeps a bare surname when no one is said to be unrelated", () => {
    const a = actors("The bakery fire injured Marta de Lima, 59, a florist. Senator Paulo de Lima toured the street on Friday. Lima left hospital on Sunday.");
    expect(holder(a, "Lima")).toEqual(holder(a, "Marta de Lima"));
  });
});
