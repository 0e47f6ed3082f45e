/**
 * Mend 34 (review of round 34, F1 and F2): "who is not related to …" keeps a bare surname from a person only when it
 * names a person and the article writes another bearer of the surname. Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";
import {unrelatedApposed} from "../../../src/pipeline/actors/resolve.ts";

function actors(...texts: string[]): {id: string; kind: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, kind: a.kind, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("mend 34 F1: 'not related to' a thing is no namesake apposition", () => {
  it.each<[string, boolean]>([
    ["Lena Chanda, 52, who was not related to the inquiry, was released.", false],
    ["Lena Chanda, a baker who was unrelated to the blast, was released.", false],
    ["Lena Chanda, 52, who is not related to the mayor, was released.", true],
    ["Lena Chanda, 52, who is no relation of the regional governor, was released.", true],
    ["Lena Chanda, a baker who is not related to the surgeon, was released.", true]
  ])("%s → %s", (text, expected) => expect(unrelatedApposed(text, text.indexOf(","))).toBe(expected));

  it("a bare surname after 'not related to the inquiry' is still the one full name", () => {
    const a = actors("Detectives questioned Lena Chanda, 52, who was not related to the inquiry, on Friday. Chanda left the station at noon.", "A magistrate in Ndola fined Chanda on Saturday.");
    expect(holder(a, "Chanda")).toEqual(holder(a, "Lena Chanda"));
  });
});

describe("mend 34 F2: the unrelated person keeps a bare surname no one else bears", () => {
  it("a feminine 'Lebedeva' beside 'Minister Oleg Lebedev' is the woman's", () => {
    const a = actors("The storm injured Vera Lebedeva, 44, who is not related to the minister, in Tver. Minister Oleg Lebedev toured the town. Lebedeva's daughter said she was a librarian.");
    expect(holder(a, "Lebedeva")).toEqual(holder(a, "Vera Lebedeva"));
    expect(a.find((x) => x.aliases.includes("Lebedeva"))?.kind).toBe("person");
  });
  it("kept: a titled namesake still takes the bare surname", () => {
    const a = actors("The storm injured Vera Lebedev, 44, who is not related to the mayor, in Tver. Mayor Lebedev toured the town. Lebedev promised new roofs.");
    expect(holder(a, "Vera Lebedev")).not.toEqual(holder(a, "Lebedev"));
  });
});

describe("mend 34 F8: the 'who' clause belongs to the last name before it", () => {
  it.each<[string, boolean]>([
    ["Karl Zulu, a lawyer for Mercy Phiri, who is not related to the chief, spoke.", false],
    ["Karl Zulu, 58, a retired driver who is not related to the chief, spoke.", true]
  ])("%s → %s", (text, expected) => expect(unrelatedApposed(text, text.indexOf(","))).toBe(expected));
});
