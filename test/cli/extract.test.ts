import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {TABLE_NAMES} from "../../src/pipeline/tables/rows.ts";
import {csvCell, formatCsv, formatJson, tableColumns} from "../../src/cli/write-tables.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/ingest/corpus", import.meta.url));
const CONTRACT = ["articles", "events", "figures", "actors", "interactions", "labels"];

/** `npx tsx src/cli/extract.ts …`, through the local tsx binary (npx itself is slow and flaky under load). */
function extract(...args: string[]) {
  const r = spawnSync(join(REPO, "node_modules/.bin/tsx"), ["src/cli/extract.ts", ...args], {cwd: REPO, encoding: "utf-8", timeout: 180_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

describe("npm run extract (end to end)", () => {
  let tmp: string;
  let corpus: string;
  let first: ReturnType<typeof extract>;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "newsprism-extract-"));
    corpus = join(tmp, "corpus");
    cpSync(FIXTURE, corpus, {recursive: true});
    first = extract(corpus, "--out", join(tmp, "out1"));
  }, 200_000);

  afterAll(() => rmSync(tmp, {recursive: true, force: true}));

  it("exits 0 and writes a .json and a .csv for every table", () => {
    expect(first.code, first.stderr).toBe(0);
    const files = readdirSync(join(tmp, "out1")).sort();
    expect(files).toEqual(TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.json`]).sort());
  });

  it.each(CONTRACT)("%s: csv has the contract header (even when empty), json is an array of rows", async (table) => {
    const columns = (await tableColumns())[table];
    const csv = readFileSync(join(tmp, "out1", `${table}.csv`), "utf-8");
    expect(csv.split("\n")[0]).toBe(columns.join(","));
    const json = JSON.parse(readFileSync(join(tmp, "out1", `${table}.json`), "utf-8"));
    expect(Array.isArray(json)).toBe(true);
    if (json.length) expect(Object.keys(json[0])).toEqual(columns);
  });

  it("articles: one row per file with statuses and metadata sources", () => {
    const rows = JSON.parse(readFileSync(join(tmp, "out1", "articles.json"), "utf-8"));
    expect(rows.map((r: {file: string; status: string}) => `${r.file}:${r.status}`)).toEqual([
      "empty.txt:empty",
      "floods.txt:ok",
      "quake.md:ok",
      "report.pdf:unsupported",
      "strike.html:ok",
      "wires/plane-crash.txt:ok"
    ]);
    const floods = rows.find((r: {file: string}) => r.file === "floods.txt");
    expect(floods).toMatchObject({outlet: "bbc", outlet_source: "manifest", published: "2023-03-12", published_source: "manifest", published_inferred: false});
    expect(floods.text).not.toMatch(/Advertisement|Read more|Follow us|Home \| World/);
    const quake = rows.find((r: {file: string}) => r.file === "quake.md");
    expect(quake).toMatchObject({outlet: "ap", outlet_source: "front_matter", published: "2022-09-19", published_source: "front_matter"});
    const crash = rows.find((r: {file: string}) => r.file === "wires/plane-crash.txt");
    expect(crash).toMatchObject({outlet: "reuters", outlet_source: "text", published: "2020-01-15", published_inferred: true});
  });

  it("CSV cells: booleans true/false, lists joined with |, null empty", () => {
    const csv = readFileSync(join(tmp, "out1", "articles.csv"), "utf-8");
    expect(csv).toMatch(/\nfloods\.txt|,floods\.txt,bbc,manifest,2023-03-12,manifest,false,,/);
  });

  it("warnings name the missing manifest row and the skipped files", () => {
    const rows = JSON.parse(readFileSync(join(tmp, "out1", "warnings.json"), "utf-8"));
    const text = rows.map((r: {file: string; message: string}) => `${r.file}: ${r.message}`).join("\n");
    expect(text).toMatch(/manifest\.csv: row 4 \(missing\.txt\): no such file/);
    expect(text).toMatch(/report\.pdf: unsupported/);
    expect(text).toMatch(/empty\.txt: empty/);
  });

  it("progress and a summary go to stderr", () => {
    expect(first.stderr).toMatch(/\[1\/6\] empty\.txt/);
    expect(first.stderr).toMatch(/articles read: 6, ok: 4/);
    expect(first.stderr).toMatch(/unsupported: 1 \(report\.pdf\)/);
    expect(first.stderr).toMatch(/warnings: \d+/);
  });

  it("output is byte-identical between runs", () => {
    const second = extract(corpus, "--out", join(tmp, "out2"));
    expect(second.code).toBe(0);
    for (const f of readdirSync(join(tmp, "out1"))) {
      expect(readFileSync(join(tmp, "out2", f), "utf-8"), f).toBe(readFileSync(join(tmp, "out1", f), "utf-8"));
    }
  }, 200_000);

  it.each([
    ["a missing folder", (t: string) => join(t, "does-not-exist"), /Corpus folder not found: .*does-not-exist/],
    ["an empty folder", (t: string) => (mkdirSync(join(t, "empty-corpus"), {recursive: true}), join(t, "empty-corpus")), /empty.*empty-corpus/]
  ])("exits 1 naming %s", (_label, make, message) => {
    const dir = make(tmp);
    const r = extract(dir, "--out", join(tmp, "never"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  }, 200_000);

  it.each([
    ["--help", ["--help"], 0, /Usage: npm run extract/],
    ["no corpus folder", [], 2, /no corpus folder given/],
    ["unknown option", ["x", "--bogus"], 2, /unknown option --bogus/]
  ])("%s", (_label, args, code, message) => {
    const r = extract(...args);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout + r.stderr).toMatch(message);
  }, 200_000);
});

describe("table formatting", () => {
  it.each([
    ["list", ["Hamas", "UN"], "Hamas|UN"],
    ["empty list", [], ""],
    ["true", true, "true"],
    ["false", false, "false"],
    ["null", null, ""],
    ["number", 2.5, "2.5"],
    ["NaN", NaN, ""]
  ])("csvCell %s", (_label, v, expected) => {
    expect(csvCell(v)).toBe(expected);
  });

  it("formatCsv quotes commas, quotes and newlines", () => {
    expect(formatCsv([{a: 'He said "hi", then\nleft', b: 1}], ["a", "b"])).toBe('a,b\n"He said ""hi"", then\nleft",1\n');
  });

  it("formatJson orders keys by column and fills missing values with null", () => {
    expect(formatJson([{b: 1, a: 2}, {a: 3}], ["a", "b"])).toBe('[\n{"a":2,"b":1},\n{"a":3,"b":null}\n]\n');
  });
});
