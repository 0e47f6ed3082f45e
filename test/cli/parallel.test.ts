/**
 * Stages 02–08 in worker threads (src/cli/parallel.ts, worker-pool.ts): the written tables are
 * byte-identical for 1, 2 (through `npm run extract -- --workers 2`) and 3 workers, on the gold corpus plus hostile files (empty, binary,
 * broken HTML, a duplicate); a stage that throws in a worker still leaves its warning, and a
 * worker that dies costs only the article that killed it. No timings are asserted.
 */
import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildContext, corpusTables, extractArticles, ingestArticles} from "../../src/pipeline/index.ts";
import {TABLE_NAMES} from "../../src/pipeline/tables/rows.ts";
import {readCorpus} from "../../src/cli/read-corpus.ts";
import {writeTables} from "../../src/cli/write-tables.ts";
import {defaultWorkers, runPipelineInWorkers} from "../../src/cli/parallel.ts";
import {startPool} from "../../src/cli/worker-pool.ts";
import {parseArgs} from "../../src/cli/extract.ts";
import type {PipelineInput} from "../../src/pipeline/types.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const GOLD = join(REPO, "test/fixtures/gold/corpus");
const actorsCsv = readFileSync(join(REPO, "data/reference/actors.csv"), "utf8");
const outletsCsv = readFileSync(join(REPO, "data/reference/outlets.csv"), "utf8");

/** Every written file of an output folder, by name. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), "utf8")]));
}

describe("extraction in worker threads", () => {
  let tmp: string;
  let input: PipelineInput;
  const outputs: Record<number, Record<string, string>> = {};

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "newsprism-parallel-"));
    const corpus = join(tmp, "corpus");
    cpSync(GOLD, corpus, {recursive: true});
    writeFileSync(join(corpus, "hostile-empty.txt"), "");
    writeFileSync(join(corpus, "hostile-binary.txt"), Buffer.from([0, 1, 2, 0xff, 0, 0x89, 0x50, 0x4e, 0x47, 0, 0, 7]));
    writeFileSync(join(corpus, "hostile-broken.html"), "<html><head><title>Ferry</title><body><div><p>Rescuers pulled 12 people from the water on Monday, <b>officials said.<p>Three remain missing</div></td><script>alert(1)");
    cpSync(join(GOLD, "g09_flood_state.txt"), join(corpus, "hostile-duplicate.txt"));
    const read = await readCorpus(corpus);
    input = {files: read.files, manifest: read.manifest, actorsCsv, outletsCsv};
    // 1 and 3 in this process; 2 through the command itself (`npm run extract -- … --workers 2`),
    // through the local tsx binary as test/cli/extract.test.ts does.
    for (const workers of [1, 3]) {
      const out = join(tmp, `out${workers}`);
      await writeTables(await runPipelineInWorkers(input, {workers}), out);
      outputs[workers] = filesOf(out);
    }
    const cli = spawnSync(join(REPO, "node_modules/.bin/tsx"), ["src/cli/extract.ts", corpus, "--out", join(tmp, "out2"), "--workers", "2"], {cwd: REPO, encoding: "utf-8", timeout: 180_000});
    if (cli.status !== 0) throw new Error(`extract --workers 2 failed: ${cli.stderr}`);
    expect(cli.stderr).toMatch(/extracting with 2 worker threads/);
    outputs[2] = filesOf(join(tmp, "out2"));
  }, 200_000);

  afterAll(() => rmSync(tmp, {recursive: true, force: true}));

  it("writes every table", () => {
    expect(Object.keys(outputs[1])).toEqual(TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.json`]).sort());
    const articles = JSON.parse(outputs[1]["articles.json"]) as {file: string; status: string}[];
    expect(articles.filter((a) => a.file.startsWith("hostile-")).map((a) => `${a.file}:${a.status}`)).toEqual([
      "hostile-binary.txt:binary",
      "hostile-broken.html:ok",
      "hostile-duplicate.txt:duplicate",
      "hostile-empty.txt:empty"
    ]);
  });

  it.each([2, 3])("%i workers: every file byte-identical to 1 worker", (workers) => {
    for (const [name, text] of Object.entries(outputs[1])) expect(outputs[workers][name], name).toBe(text);
  });

  it("a stage that throws in a worker leaves its warning; a worker that dies loses only its article", async () => {
    // Two marked articles among the gold ones, in jobs of 4 over 2 workers: the worker that gets
    // WORKER-EXIT dies with other articles in hand, and those must come back from a new worker.
    const marked = [
      {path: "zz-exit.txt", bytes: new TextEncoder().encode("Floods hit the town on Monday, officials said. WORKER-EXIT\n")},
      {path: "zz-throw.txt", bytes: new TextEncoder().encode("Rescuers found 12 survivors on Tuesday, police said. STAGE-THROW\n")}
    ];
    const faulty = {...input, files: [...input.files, ...marked]};
    const ctx = buildContext(faulty);
    const ingested = ingestArticles(faulty, ctx);
    const pool = startPool({workers: 2, actorsCsv, outletsCsv, jobSize: 4, entry: new URL("./faulty-worker.ts", import.meta.url)});
    let extractions;
    try {
      extractions = await pool.extract(ingested.articles);
    } finally {
      await pool.close();
    }
    const expected = extractArticles(ingested.articles, ctx);
    expect(extractions.map((x) => x.article.file)).toEqual(expected.map((x) => x.article.file));
    extractions.forEach((x, i) => {
      if (x.article.file.startsWith("zz-")) return;
      expect(x, x.article.file).toEqual(expected[i]);
    });
    const warnings = corpusTables(ingested, extractions, ctx).warnings.filter((w) => (w.file ?? "").startsWith("zz-"));
    expect(warnings.map((w) => `${w.file} ${w.stage}`)).toEqual(["zz-exit.txt worker", "zz-throw.txt 05-figures"]);
    expect(warnings[0].message).toMatch(/exit code 7/);
    expect(warnings[1].message).toBe("05-figures: injected failure");
    // The throwing stage cost its own output only: stage 02 still split the sentences.
    expect(extractions.find((x) => x.article.file === "zz-throw.txt")!.sentences.length).toBeGreaterThan(0);
  }, 120_000);

  it("a pool size of 0 still replaces a worker that dies (the run ends instead of hanging)", async () => {
    const files = [
      {path: "a.txt", bytes: new TextEncoder().encode("Floods hit the town on Monday, officials said. WORKER-EXIT\n")},
      {path: "b.txt", bytes: new TextEncoder().encode("Rescuers found 12 survivors on Tuesday, police said.\n")}
    ];
    const small = {...input, files};
    const ctx = buildContext(small);
    const ingested = ingestArticles(small, ctx);
    const pool = startPool({workers: 0, actorsCsv, outletsCsv, jobSize: 1, entry: new URL("./faulty-worker.ts", import.meta.url)});
    try {
      const xs = await pool.extract(ingested.articles);
      expect(xs.map((x) => `${x.article.file} ${x.warnings.length ? x.warnings[0].split(":")[0] : "ok"}`)).toEqual(["a.txt worker", "b.txt ok"]);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("a worker that cannot start fails the run with a message, not silently", async () => {
    const pool = startPool({workers: 1, actorsCsv, outletsCsv, entry: new URL("./no-such-worker.ts", import.meta.url)});
    const ctx = buildContext(input);
    try {
      await expect(pool.extract(ingestArticles(input, ctx).articles)).rejects.toThrow(/failed to start/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("--workers takes a whole number from 1 to 64", () => {
    expect(parseArgs(["c", "--workers", "3"])).toMatchObject({corpus: "c", workers: 3});
    expect(parseArgs(["c", "--workers=2"])).toMatchObject({workers: 2});
    expect(parseArgs(["c"])).toMatchObject({workers: null});
    for (const bad of ["0", "-1", "1.5", "two", "65"]) expect(parseArgs(["c", "--workers", bad])).toHaveProperty("error");
    expect(parseArgs(["c", "--workers"])).toHaveProperty("error");
  });

  it("defaults to one thread for small corpora, one per core (at most 4) for large ones", () => {
    expect(defaultWorkers(20, 2)).toBe(1);
    expect(defaultWorkers(2999, 8)).toBe(1);
    expect(defaultWorkers(5000, 2)).toBe(2);
    expect(defaultWorkers(100_000, 16)).toBe(4);
  });
});
