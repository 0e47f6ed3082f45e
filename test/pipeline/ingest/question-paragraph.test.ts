import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

const enc = new TextEncoder();

function tables(text: string) {
  return runPipeline({files: [{path: "note.txt", bytes: enc.encode(text)}], manifest: null, actorsCsv: null, outletsCsv: null});
}

describe("a first paragraph of sentences that ends with a question is text, not the headline", () => {
  it("its people are still found and the article has no title", () => {
    const t = tables("Ana Ruiz met Tomas Vik in Tarma on Monday. Who pays for the damage?");
    expect(t.articles[0].title).toBeNull();
    expect(t.actors.map((a) => a.name).sort()).toEqual(["Ana Ruiz", "Tarma", "Tomas Vik"]);
    expect(t.interactions.map((i) => i.type)).toEqual(["met"]);
  });

  it("a one-line question headline above the text stays the title", () => {
    const t = tables("Who will pay for the flood damage in Tarma?\nAna Ruiz met Tomas Vik in Tarma on Monday.");
    expect(t.articles[0].title).toBe("Who will pay for the flood damage in Tarma?");
  });
});
