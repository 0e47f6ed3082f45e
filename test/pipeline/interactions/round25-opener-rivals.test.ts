/**
 * Review 25 F6, part (a): after a comma-closed place or manner opener ("In court, he …", "In a statement on his
 * website, he …") the pronoun goes to the previous sentence's subject only when no other person of that sentence
 * could be meant; a time opener ("In January, he …") goes on with the subject as before. Whole pipeline, so the
 * antecedent's facts come from stage 07.
 */
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

function rows(text: string): string[] {
  const t = runPipeline({files: [{path: "a.txt", bytes: new TextEncoder().encode(text)}], manifest: "file,outlet,published\na.txt,Test Wire,2025-05-12\n", actorsCsv: null, outletsCsv: null});
  return t.interactions.map((i) => `${i.source} -${i.type}-> ${i.target}`).sort();
}

describe("an opener after a sentence naming two persons", () => {
  it("negative: 'Otto Berg sued Tom Hale. In court, he thanked C': he may be either man, no thanks row", () => {
    expect(rows("Otto Berg sued Tom Hale on Monday. In court, he thanked Qatar for its help.")).not.toContain("otto-berg -thanked-> qatar");
  });
  it("negative: 'Otto Berg interviewed Tom Hale. In a statement on his website, he thanked C': no thanks row", () => {
    expect(rows("Otto Berg interviewed Tom Hale on Monday. In a statement on his website, he thanked Qatar for its help.")).not.toContain("otto-berg -thanked-> qatar");
  });
  it("a time opener goes on with the subject: 'In January, he wrote to C asking for help'", () => {
    expect(rows("Otto Berg met Tom Hale on Monday. In January, he wrote to Vladimir Putin asking for help.")).toContain("otto-berg -asked-> vladimir-putin");
  });
  it("one person before: 'Otto Berg was freed. In a statement on his website, he thanked C'", () => {
    expect(rows("Otto Berg was freed on Monday. In a statement on his website, he thanked Qatar for its help.")).toContain("otto-berg -thanked-> qatar");
  });
  it("the other person of the other sex leaves it clear: 'Otto Berg met Maria Ward. In court, he thanked C'", () => {
    expect(rows("Otto Berg met Maria Ward on Monday. In court, he thanked Qatar for its help.")).toContain("otto-berg -thanked-> qatar");
  });
});
