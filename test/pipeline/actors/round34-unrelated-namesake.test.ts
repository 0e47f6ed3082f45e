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
    ["Ruth Mwale, 30, who is not related to the chief, is missing.", true],
    ["Rita de Souza, 67, a seamstress who is no relation of the governor, died.", true],
    ["Ruth Mwale, 30, a nurse, is missing.", false],
    ["Ruth Mwale, 30, said she was not related to the dispute.", false]
  ])("%s → %s", (text, want) => expect(unrelatedApposed(text, text.indexOf(","))).toBe(want));
});

describe("round 34: a namesake said to be no relative keeps no bare surname", () => {
  it("the bare surname goes to the governor, not the unrelated victim named first", () => {
    const a = actors("Among the dead is Rita de Souza, 67, a seamstress who is no relation of the governor. Governor Tomas de Souza visited the town on Tuesday. President Ana Obi telephoned Souza on Tuesday night.");
    expect(holder(a, "Rita de Souza")).not.toContain(holder(a, "Souza")[0]);
    expect(holder(a, "Souza")).toEqual(holder(a, "Tomas de Souza"));
  });
  it("a chief named by title and surname keeps the bare surname from the unrelated nurse", () => {
    const a = actors("Ana Obi met Senior Chief Mwale on Monday. Ana Obi promised Mwale new boats. Among the missing is a nurse, Ruth Mwale, 30, who is not related to the chief.");
    expect(holder(a, "Ruth Mwale")).not.toContain(holder(a, "Mwale")[0]);
  });
  it("negative: without the apposition the bare surname goes to the one full name", () => {
    const a = actors("Ana Obi met Senior Chief Mwale on Monday. Ana Obi promised Mwale new boats. Among the missing is a nurse, Ruth Mwale, 30.");
    expect(holder(a, "Mwale")).toEqual(holder(a, "Ruth Mwale"));
  });
  it("negative: the person named first still keeps a bare surname when no one is said to be unrelated", () => {
    const a = actors("Among the dead is Rita de Souza, 67, a seamstress. Governor Tomas de Souza visited the town on Tuesday. Souza was buried on Friday.");
    expect(holder(a, "Souza")).toEqual(holder(a, "Rita de Souza"));
  });
});
