/**
 * Round 34: a lone surname after a rank or office ("Sergeant Okafor", "Sgt Okafor") is the person the article wrote
 * with that same title before the full name ("Sergeant Tom Okafor"), even when another person of that surname came
 * first ("Grace Okafor, a student"); short forms read as the title in full (model/titles.ts TITLE_SHORT_FORMS,
 * actors/resolve.ts titledHolder). Invented names and sentences.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function actors(...texts: string[]): {id: string; aliases: string[]}[] {
  const files = texts.map((t, i) => ({path: `a${i}.txt`, bytes: new TextEncoder().encode(t)}));
  const manifest = "file,outlet,published\n" + texts.map((_, i) => `a${i}.txt,Wire ${i},2025-05-12`).join("\n") + "\n";
  return runPipeline({files, manifest, actorsCsv: null, outletsCsv: null}).actors.map((a) => ({id: a.actor_id, aliases: a.aliases}));
}
const holder = (list: ReturnType<typeof actors>, alias: string) => list.filter((a) => a.aliases.includes(alias)).map((a) => a.id);

describe("round 34: a titled lone surname goes to the full name written with that title", () => {
  it("'Sergeant Okafor' is 'Sergeant Tom Okafor', not the student named first", () => {
    const a = actors("Police freed Grace Okafor, a student, on Monday. A landslide buried Sergeant Tom Okafor near the barracks on Tuesday. Sergeant Okafor had led the rescue team.");
    expect(holder(a, "Sergeant Okafor")).toEqual(holder(a, "Tom Okafor"));
  });
  it("'Sgt Okafor' is the 'Sergeant Tom Okafor' of the same story", () => {
    const a = actors("Police freed Grace Okafor, a student, on Monday. A landslide buried Sergeant Tom Okafor near the barracks on Tuesday. Sgt Okafor had served for six years.");
    expect(holder(a, "Sgt Okafor")).toEqual(holder(a, "Tom Okafor"));
  });
  it("'Captain Silva' is the 'Capt. Rui Silva' of the same story", () => {
    const a = actors("The club signed Ana Silva, a striker, on Monday. The ferry's master, Capt. Rui Silva, was freed on Tuesday. Captain Silva thanked the navy.");
    expect(holder(a, "Captain Silva")).toEqual(holder(a, "Rui Silva"));
  });
  it("negative: a bare surname still goes to the person named first", () => {
    const a = actors("Police freed Grace Okafor, a student, on Monday. A landslide buried Sergeant Tom Okafor near the barracks on Tuesday. Okafor studied law in Enugu.");
    expect(holder(a, "Grace Okafor")).toContain(holder(a, "Okafor")[0]);
  });
  it("negative: a title no full name carries leaves the rule out", () => {
    const a = actors("Police freed Grace Okafor, a student, on Monday. A landslide buried Tom Okafor near the barracks on Tuesday. Inspector Okafor led the inquiry.");
    expect(holder(a, "Tom Okafor")).not.toContain(holder(a, "Inspector Okafor")[0] ?? "none");
  });
});
