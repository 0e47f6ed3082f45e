/**
 * The wire form of an extraction (src/cli/worker-wire.ts) comes back equal to the original after
 * a real structured clone, including a sentence whose text is not its slice of the article.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {buildContext, extractArticles, ingestArticles} from "../../src/pipeline/index.ts";
import {fromWire, toWire} from "../../src/cli/worker-wire.ts";

const ctx = buildContext({actorsCsv: readFileSync("data/reference/actors.csv", "utf8"), outletsCsv: readFileSync("data/reference/outlets.csv", "utf8")});
const bytes = readFileSync("test/fixtures/gold/corpus/g09_flood_state.txt");
const {articles} = ingestArticles({files: [{path: "g09.txt", bytes: new Uint8Array(bytes)}]}, ctx);
const [x] = extractArticles(articles, ctx);

describe("worker wire form", () => {
  it("leaves the article and the sliceable sentence texts behind, and restores them exactly", () => {
    const wire = structuredClone(toWire(x));
    expect(wire).not.toHaveProperty("article");
    expect(wire.sentences.every((s) => s.text === null)).toBe(true);
    const back = fromWire(wire, x.article);
    expect(back).toEqual(x);
    expect(back.article).toBe(x.article);
    expect(Object.keys(back)).toEqual(Object.keys(x));
    expect(Object.keys(back.sentences[0])).toEqual(Object.keys(x.sentences[0]));
  });

  it("keeps a sentence text that is not the article's slice", () => {
    const odd = {...x, sentences: x.sentences.map((s, i) => (i === 0 ? {...s, text: s.text + " (edited)"} : s))};
    const back = fromWire(structuredClone(toWire(odd)), x.article);
    expect(back.sentences[0].text).toBe(x.sentences[0].text + " (edited)");
    expect(back).toEqual(odd);
  });
});
