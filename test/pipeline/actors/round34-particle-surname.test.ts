/**
 * Round 34: a lone surname written with the lowercase particle its full name has ("Later that day, de Souza met …"
 * for "Tomas de Souza") keeps the particle as one of the person's surface forms (actors/merge.ts particleSurname).
 * Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("round 34: a lone surname with its lowercase particle", () => {
  it("'de Lima' is a surface form of 'Paulo de Lima'", () => {
    const a = actors("Senator Paulo de Lima toured the burnt street on Friday. The mayor thanked de Lima for the tents and asked him to return.");
    expect(holder(a, "de Lima")).toEqual(holder(a, "Paulo de Lima"));
  });
  it("'da Costa' is a surface form of 'Rui da Costa'", () => {
    const a = actors("The club sacked its coach, Rui da Costa, on Monday. Fans booed da Costa at the airport.");
    expect(holder(a, "da Costa")).toEqual(holder(a, "Rui da Costa"));
  });
  it("negative: a particle the full name does not write gives no surface", () => {
    const a = actors("The club sacked its coach, Rui Costa, on Monday. Fans booed da Costa at the airport.");
    expect(holder(a, "da Costa")).toEqual([]);
  });
  it("negative: a lowercase word that is no particle gives no surface", () => {
    const a = actors("Senator Paulo de Lima toured the burnt street on Friday. Residents who saw Lima thanked him.");
    expect(holder(a, "saw Lima")).toEqual([]);
  });
});
