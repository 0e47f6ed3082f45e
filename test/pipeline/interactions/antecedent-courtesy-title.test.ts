/**
 * Stage 07 reads an antecedent's sex from its courtesy title as stage 04 keeps it: in Mention.title,
 * not in the mention's text ("Mr Dahl" is text "Dahl", title "Mr"). Before, stage 07 looked for "Mr " at
 * the start of the text, which stage 04 never leaves there, so a title told it nothing:
 * - "Mr Dahl was freed. Speaking to reporters, she thanked C": "she" is not Mr Dahl, no row;
 * - "Ms Hale was freed. Speaking to reporters, he thanked C": no row; with "she": Hale thanked C.
 * Runs the whole pipeline, so the title comes from stage 04.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function rows(text: string): string[] {
  const t = runPipeline({files: [{path: "a.txt", bytes: new TextEncoder().encode(text)}], manifest: "file,outlet,published\na.txt,Test Wire,2025-05-12\n", actorsCsv: null, outletsCsv: null});
  return t.interactions.map((i) => `${i.source} -${i.type}-> ${i.target}`).sort();
}

describe("stage 07: an antecedent's courtesy title gives its sex", () => {
  it("'Mr X … Speaking to reporters, she thanked C': no row", () => {
    expect(rows("Mr Dahl was freed by the rebels on Monday. Speaking to reporters outside the hospital, she thanked Qatar for its help.")).toEqual([]);
  });
  it("'Ms X … Speaking to reporters, he thanked C': no row", () => {
    expect(rows("Ms Hale was freed by the rebels on Monday. Speaking to reporters outside the hospital, he thanked Qatar for its help.")).toEqual([]);
  });
  it("'Ms X … Speaking to reporters, she thanked C': X thanked C", () => {
    expect(rows("Ms Hale was freed by the rebels on Monday. Speaking to reporters outside the hospital, she thanked Qatar for its help.")).toEqual(["hale -thanked-> qatar"]);
  });
  it("'Mr X … Speaking to reporters, he thanked C': X thanked C", () => {
    expect(rows("Mr Dahl was freed by the rebels on Monday. Speaking to reporters outside the hospital, he thanked Qatar for its help.")).toEqual(["dahl -thanked-> qatar"]);
  });
});
