/**
 * Unit tests of the offline app infrastructure (node side): npm-cache vendoring helpers, the
 * static server, the Arrow writer and its contract-derived schema, and the loader-cache hash.
 * (Kept in one file because it is the one test file this part of the repo owns.)
 */
import {mkdtemp, mkdir, rm, writeFile} from "node:fs/promises";
import {get} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {npmNames, stripCdnUrls} from "../../src/cli/vendor-npm.ts";
import {candidates, startServer, type RunningServer} from "../../src/cli/serve.ts";
import {kindOf, parseTableSchemas} from "../../src/data/table-schema.ts";
import {guessKind, toArrowIPC} from "../../src/data/write-arrow.ts";
import {inputsHash} from "../../src/cli/build-inputs.ts";

describe("npmNames", () => {
  it.each([
    ["plain", 'import("npm:lodash")', ["lodash"]],
    ["scoped with subpath", 'import.meta.resolve("npm:@duckdb/duckdb-wasm/dist/duckdb-eh.wasm")', ["@duckdb/duckdb-wasm"]],
    ["dotted name", 'import initSqlJs from "npm:sql.js";', ["sql.js"]],
    ["several, deduplicated", '"npm:d3" "npm:d3-dsv" "npm:d3"', ["d3", "d3-dsv"]],
    ["none", 'import x from "./local.js"', []]
  ])("%s", (_label, text, expected) => {
    expect(npmNames(text)).toEqual(expected);
  });
});

describe("stripCdnUrls", () => {
  it("rewrites CDN origins and counts them", () => {
    let n = 0;
    const out = stripCdnUrls('a="https://cdn.jsdelivr.net/npm/x";b="https://unpkg.com/y"', (c) => (n = c));
    expect(out).not.toMatch(/jsdelivr|unpkg/);
    expect(n).toBe(2);
  });
  it("leaves other URLs alone", () => {
    expect(stripCdnUrls('"https://example.org/a"')).toBe('"https://example.org/a"');
  });
});

describe("serve: candidates", () => {
  it.each([
    ["clean URL", "/timeline", ["/srv/timeline", "/srv/timeline.html", "/srv/timeline/index.html"]],
    ["folder", "/docs/", ["/srv/docs/index.html"]],
    ["root", "/", ["/srv/index.html"]],
    ["encoded space", "/a%20b.json", ["/srv/a b.json", "/srv/a b.json.html", "/srv/a b.json/index.html"]]
  ])("%s", (_label, path, expected) => {
    expect(candidates("/srv", path)).toEqual(expected);
  });
  it.each([
    ["dot-dot", "/../etc/passwd"],
    ["encoded dot-dot", "/%2e%2e/etc/passwd"],
    ["bad escape", "/%E0%A4%A"],
    ["nul byte", "/a%00b"]
  ])("refuses %s", (_label, path) => {
    expect(candidates("/srv", path)).toBeNull();
  });
});

describe("serve: server", () => {
  let base: string;
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), "newsprism-serve-"));
    dir = join(base, "site");
    await mkdir(dir);
    await writeFile(join(base, "secret.txt"), "not for the web");
    await writeFile(join(dir, "index.html"), "<p>home</p>");
    await writeFile(join(dir, "timeline.html"), "<p>timeline</p>");
    await mkdir(join(dir, "_file"));
    await writeFile(join(dir, "_file", "t.arrow"), new Uint8Array([1, 2, 3]));
    await writeFile(join(dir, "_file", "m.wasm"), new Uint8Array([0, 97, 115, 109]));
    await writeFile(join(dir, "_file", "x.js"), "export {}");
    server = await startServer(dir, 0);
  });
  afterAll(async () => {
    await server.close();
    await rm(base, {recursive: true, force: true});
  });

  it("listens on loopback", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it.each([
    ["/", 200, "text/html"],
    ["/timeline", 200, "text/html"],
    ["/_file/t.arrow", 200, "application/vnd.apache.arrow.file"],
    ["/_file/m.wasm", 200, "application/wasm"],
    ["/_file/x.js", 200, "text/javascript"],
    ["/nope", 404, "text/html"]
  ])("GET %s → %i %s", async (path, status, type) => {
    const response = await fetch(server.url + path);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain(type);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/_file/..%2f..%2fsecret.txt"])("does not serve %s from outside the folder", async (path) => {
    // fetch() would normalise "..": send the raw path with node:http.
    const status = await new Promise<number>((ok, fail) => {
      const url = new URL(server.url);
      get({host: url.hostname, port: url.port, path}, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      }).on("error", fail);
    });
    expect(status).toBe(404);
  });
});

const CONTRACT = `
export interface ThingRow { id: string; size: number | null; ok: boolean; tags: string[]; note?: string; mode: "a" | "b"; }
export interface Tables { things: ThingRow[]; }
`;

describe("table schema from the contract", () => {
  it.each([
    ["string", "string", {kind: "string", nullable: false}],
    ["nullable number", "number | null", {kind: "number", nullable: true}],
    ["list", "string[]", {kind: "string[]", nullable: false}],
    ["literal union", '"a" | "b"', {kind: "string", nullable: false}],
    ["object", "{x: number}", {kind: "unknown", nullable: false}]
  ])("%s", (_label, text, expected) => {
    expect(kindOf(text)).toEqual(expected);
  });
  it("reads the Tables interface", () => {
    expect(parseTableSchemas(CONTRACT)).toEqual({
      things: [
        {name: "id", kind: "string", nullable: false},
        {name: "size", kind: "number", nullable: true},
        {name: "ok", kind: "boolean", nullable: false},
        {name: "tags", kind: "string[]", nullable: false},
        {name: "note", kind: "string", nullable: true},
        {name: "mode", kind: "string", nullable: false}
      ]
    });
  });
});

describe("Arrow writer", () => {
  const columns = parseTableSchemas(CONTRACT).things;
  it("keeps list columns, nulls and extra columns", () => {
    const rows = [
      {id: "q1", size: 3, ok: true, tags: ["flood", "dam"], note: undefined, mode: "a", extra: 1.5},
      {id: "q2", size: null, ok: false, tags: [], mode: "b", extra: null}
    ];
    const table = tableFromIPC(toArrowIPC(rows, columns));
    expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      "id:Utf8", "size:Float64", "ok:Bool", "tags:List<Utf8>", "note:Utf8", "mode:Utf8", "extra:Float64"
    ]);
    expect(JSON.parse(JSON.stringify(table.toArray()))).toEqual([
      {id: "q1", size: 3, ok: true, tags: ["flood", "dam"], note: null, mode: "a", extra: 1.5},
      {id: "q2", size: null, ok: false, tags: [], note: null, mode: "b", extra: null}
    ]);
  });
  it("writes the contract's columns for an empty table", () => {
    const table = tableFromIPC(toArrowIPC([], columns));
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(["id", "size", "ok", "tags", "note", "mode"]);
  });
  it("can omit a column", () => {
    const table = tableFromIPC(toArrowIPC([{id: "x", tags: []}], columns, ["tags"]));
    expect(table.schema.fields.map((f) => f.name)).not.toContain("tags");
  });
  it.each([
    ["numbers", [null, 2], "number"],
    ["booleans", [false], "boolean"],
    ["string lists", [["a"]], "string[]"],
    ["number lists", [[1, 2]], "number[]"],
    ["all null", [null, undefined], "string"]
  ])("guesses %s", (_label, values, kind) => {
    expect(guessKind(values as unknown[])).toBe(kind);
  });
});

describe("loader-cache hash", () => {
  let repo: string;
  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), "newsprism-inputs-"));
    await mkdir(join(repo, "src/pipeline"), {recursive: true});
    await mkdir(join(repo, "corpus"), {recursive: true});
    await writeFile(join(repo, "src/pipeline/a.ts"), "export const a = 1;");
    await writeFile(join(repo, "corpus/one.txt"), "Floods closed the bridge.");
  });
  afterAll(() => rm(repo, {recursive: true, force: true}));

  it("is stable, and changes with pipeline code, corpus bytes and the corpus setting", async () => {
    const first = await inputsHash(repo, "corpus");
    expect(await inputsHash(repo, "corpus")).toBe(first);
    await writeFile(join(repo, "corpus/one.txt"), "Floods closed two bridges.");
    const second = await inputsHash(repo, "corpus");
    expect(second).not.toBe(first);
    await writeFile(join(repo, "src/pipeline/a.ts"), "export const a = 2;");
    const third = await inputsHash(repo, "corpus");
    expect(third).not.toBe(second);
    expect(await inputsHash(repo, "./corpus")).not.toBe(third);
  });
});
