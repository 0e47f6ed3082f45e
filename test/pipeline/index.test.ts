/**
 * runPipeline runs the per-article stages stage by stage over batches of articles (index.ts,
 * BATCH). Articles are independent until stage 09, so an article's figures and sentence count must
 * not depend on which batch it landed in or on its neighbours: here 84 articles (more than one
 * batch) are run together and each is compared with a run of that article alone.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {runPipeline} from "../../src/pipeline/index.ts";
import type {SourceFile} from "../../src/pipeline/types.ts";

const actorsCsv = readFileSync("data/reference/actors.csv", "utf8");
const outletsCsv = readFileSync("data/reference/outlets.csv", "utf8");
const DIRS = ["data/corpus", "test/fixtures/gold/corpus"];
const originals: SourceFile[] = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n !== "manifest.csv" && !n.startsWith("."))
    .sort()
    .map((n) => ({path: n, bytes: new Uint8Array(readFileSync(join(dir, n)))}))
);
// Four copies under other names: 84 articles, so batches of 64 split the corpus.
const files = [0, 1, 2, 3].flatMap((k) => originals.map((f) => ({path: `c${k}/${f.path}`, bytes: f.bytes})));

describe("runPipeline batches", () => {
  const together = runPipeline({files, manifest: null, actorsCsv, outletsCsv});
  it("runs every article", () => {
    expect(together.articles.length).toBe(files.length);
    expect(files.length).toBeGreaterThan(64);
  });
  it.each(files.filter((_, i) => i % 7 === 0).map((f) => [f.path, f] as const))("%s: same sentences and figures as alone", (_path, file) => {
    const alone = runPipeline({files: [file], manifest: null, actorsCsv, outletsCsv});
    const id = alone.articles[0].article_id;
    const row = together.articles.find((a) => a.article_id === id);
    expect(row?.sentences).toBe(alone.articles[0].sentences);
    expect(together.figures.filter((f) => f.article_id === id)).toEqual(alone.figures);
  });
});
