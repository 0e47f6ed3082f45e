import {describe, expect, it} from "vitest";
import {normalisePath, parseManifest} from "../../../src/pipeline/ingest/manifest.ts";
import {ingestCorpus} from "../../../src/pipeline/stages/01-ingest.ts";
import {ctx, file} from "./helpers.ts";

const HEADER = "file,outlet,published,url,title,published_inferred,notes";
const ARTICLE = "Floods force thousands from their homes\nHeavy rain caused the river to burst its banks overnight.";

describe("parseManifest", () => {
  it("reads rows keyed by normalised path with spreadsheet row numbers", () => {
    const m = parseManifest(`${HEADER}\n./a/b.txt,bbc,2023-03-12,,Title,yes,note`);
    expect(m.warnings).toEqual([]);
    expect(m.rows.get("a/b.txt")).toMatchObject({row: 2, outlet: "bbc", published: "2023-03-12", title: "Title", publishedInferred: true, url: null});
  });

  it("a manifest saved with a BOM and CRLF line endings (Excel) is read", () => {
    const m = parseManifest(`\uFEFF${HEADER}\r\na.txt,bbc,2023-03-12,,"Title, with comma",false,\r\n`);
    expect(m.warnings).toEqual([]);
    expect(m.rows.get("a.txt")).toMatchObject({outlet: "bbc", published: "2023-03-12", title: "Title, with comma"});
  });

  it.each([
    ["missing file column → manifest ignored", "name,outlet\na.txt,bbc", /no "file" column/],
    ["unbalanced quotes → manifest ignored", `${HEADER}\na.txt,bbc,"2023-03-12,,,`, /unbalanced quotes/]
  ])("%s", (_label, text, message) => {
    const m = parseManifest(text);
    expect(m.rows.size).toBe(0);
    expect(m.warnings).toHaveLength(1);
    expect(m.warnings[0].file).toBe("manifest.csv");
    expect(m.warnings[0].message).toMatch(message);
  });

  it.each([
    ["duplicate row", `${HEADER}\na.txt,bbc\na.txt,cnn`, /row 3 \(a\.txt\): duplicate of row 2/],
    ["empty file cell", `${HEADER}\n,bbc`, /row 2: empty "file" cell/],
    ["too many fields", `file,outlet\na.txt,bbc,extra`, /row 2: 3 fields but the header has 2/],
    ["bad published_inferred", `${HEADER}\na.txt,bbc,2023-01-01,,,maybe`, /row 2 \(a\.txt\): published_inferred "maybe"/]
  ])("row problem: %s", (_label, text, message) => {
    const m = parseManifest(text);
    expect(m.warnings.map((w) => w.message).join("\n")).toMatch(message);
  });

  it.each([
    ["./a.txt", "a.txt"],
    ["sub\\a.txt", "sub/a.txt"],
    ["sub//a.txt", "sub/a.txt"]
  ])("normalisePath %s → %s", (input, expected) => {
    expect(normalisePath(input)).toBe(expected);
  });
});

describe("manifest problems during ingestion (warnings, never a crash)", () => {
  const run = (manifest: string) => ingestCorpus([file("floods.txt", ARTICLE), file("sub/quake.txt", "Quake strikes the coast\nA strong earthquake hit.")], manifest, ctx);

  it.each([
    ["row for a file that does not exist", `${HEADER}\nmissing.txt,bbc,2023-03-12`, /row 2 \(missing\.txt\): no such file/],
    ["row naming the file without its folder (hint)", `${HEADER}\nquake.txt,bbc,2023-03-12`, /row 2 \(quake\.txt\): no such file in the corpus \(did you mean sub\/quake\.txt\?\)/],
    ["unparseable date", `${HEADER}\nfloods.txt,bbc,next week`, /row 2 \(floods\.txt\): unparseable date "next week"/],
    ["outlet not in outlets.csv", `${HEADER}\nfloods.txt,daily-planet,2023-03-12`, /row 2 \(floods\.txt\): outlet "daily-planet" is not in outlets.csv/],
    ["duplicate row", `${HEADER}\nfloods.txt,bbc\nfloods.txt,cnn`, /row 3 \(floods\.txt\): duplicate of row 2/],
    ["missing file column", "name,outlet\nfloods.txt,bbc", /no "file" column/],
    ["binary garbage instead of CSV", "\u0000\u0001\u0002,\"\u00ff", /manifest ignored/]
  ])("%s", (_label, manifest, message) => {
    const r = run(manifest);
    expect(r.articles.map((a) => a.status)).toEqual(["ok", "ok"]);
    const w = r.warnings.filter((x) => x.file === "manifest.csv");
    expect(w.map((x) => x.message).join("\n")).toMatch(message);
  });

  it("an unparseable manifest date falls back to the next source, and is not marked inferred", () => {
    const r = ingestCorpus([file("floods.txt", "Floods force thousands\nMarch 12, 2023\nRain fell.")], `${HEADER}\nfloods.txt,bbc,soon,,,true`, ctx);
    expect(r.articles[0]).toMatchObject({published: "2023-03-12", publishedSource: "text", publishedInferred: false});
  });

  it("a broken manifest is ignored entirely: metadata falls back to the text", () => {
    const r = ingestCorpus([file("floods.txt", "Floods force thousands\nMarch 12, 2023\nRain fell.")], "name,outlet\nfloods.txt,bbc", ctx);
    expect(r.articles[0]).toMatchObject({outlet: null, outletSource: "none", published: "2023-03-12", publishedSource: "text"});
  });
});
