/**
 * Offsets contract on real text: for the seeds + the gold corpus run together, every row's
 * char_start/char_end must point at exactly the text the row quotes, and the output must not
 * depend on the order in which files are handed to the pipeline (ids included).
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3-dsv";
import {beforeAll, describe, expect, it} from "vitest";
import {runPipeline, type Tables} from "../../src/pipeline/index.ts";
import type {SourceFile} from "../../src/pipeline/types.ts";
import {prng} from "../../src/cli/bench-corpus.ts";

const FOLDERS = {seeds: "data/corpus", gold: "test/fixtures/gold/corpus"};

/** Both corpora under one root ("seeds/…", "gold/…") with one merged manifest. */
function loadBoth(): {files: SourceFile[]; manifest: string} {
  const files: SourceFile[] = [];
  const rows: Record<string, string>[] = [];
  for (const [prefix, folder] of Object.entries(FOLDERS)) {
    for (const name of readdirSync(folder).sort()) {
      const bytes = new Uint8Array(readFileSync(join(folder, name)));
      if (name === "manifest.csv") {
        for (const row of csvParse(new TextDecoder().decode(bytes))) rows.push({...row, file: `${prefix}/${row.file}`} as Record<string, string>);
      } else files.push({path: `${prefix}/${name}`, bytes});
    }
  }
  return {files, manifest: csvFormat(rows, ["file", "outlet", "published", "url", "title", "published_inferred"])};
}

const reference = (name: string) => readFileSync(join("data/reference", name), "utf8");

let tables: Tables;
let input: ReturnType<typeof loadBoth>;
beforeAll(() => {
  input = loadBoth();
  tables = runPipeline({...input, actorsCsv: reference("actors.csv"), outletsCsv: reference("outlets.csv")});
}, 60_000);

/** Article text by id, and sentence spans by "article|index". */
function indexes() {
  const text = new Map(tables.articles.map((a) => [a.article_id, a.text]));
  const sentence = new Map(tables.sentences.map((s) => [`${s.article_id}|${s.sentence_index}`, s]));
  return {text, sentence};
}

/** Offending rows, shortened so a failure message stays readable. */
function bad<T>(rows: T[], ok: (row: T) => boolean): T[] {
  return rows.filter((r) => !ok(r)).slice(0, 5);
}

describe("offsets on seeds + gold corpus", () => {
  it("the corpus produced rows of every kind", () => {
    expect(tables.articles.filter((a) => a.status === "ok").length).toBe(input.files.length);
    for (const t of ["sentences", "figures", "events", "interactions", "mentions"] as const) expect(tables[t].length, t).toBeGreaterThan(0);
  });
  it("sentences: text.slice(start, end) === sentence", () => {
    const {text} = indexes();
    expect(bad(tables.sentences, (s) => text.get(s.article_id)?.slice(s.char_start, s.char_end) === s.sentence)).toEqual([]);
  });
  it("figures: text.slice(start, end) === quote, inside its sentence", () => {
    const {text, sentence} = indexes();
    expect(
      bad(tables.figures, (f) => {
        const s = sentence.get(`${f.article_id}|${f.sentence_index}`);
        return text.get(f.article_id)?.slice(f.char_start, f.char_end) === f.quote && !!s && s.char_start <= f.char_start && f.char_end <= s.char_end && s.sentence === f.sentence;
      })
    ).toEqual([]);
  });
  it("mentions: text.slice(start, end) === surface", () => {
    const {text} = indexes();
    expect(bad(tables.mentions, (m) => text.get(m.article_id)?.slice(m.char_start, m.char_end) === m.surface)).toEqual([]);
  });
  it.each(["events", "interactions"] as const)("%s: span lies inside its sentence, sentence text matches", (table) => {
    const {sentence} = indexes();
    const rows = tables[table] as {article_id: string; sentence_index: number; sentence: string; char_start: number; char_end: number}[];
    expect(
      bad(rows, (r) => {
        const s = sentence.get(`${r.article_id}|${r.sentence_index}`);
        return !!s && s.char_start <= r.char_start && r.char_start <= r.char_end && r.char_end <= s.char_end && s.sentence === r.sentence;
      })
    ).toEqual([]);
  });
  it("labels: the span spells the label, inside the example sentence", () => {
    const {text, sentence} = indexes();
    expect(
      bad(tables.labels, (l) => {
        const s = sentence.get(`${l.article_id}|${l.sentence_index}`);
        const spelled = text.get(l.article_id)?.slice(l.char_start, l.char_end) ?? "";
        return spelled.toLowerCase() === l.label.toLowerCase() && !!s && s.char_start <= l.char_start && l.char_end <= s.char_end && s.sentence === l.example;
      })
    ).toEqual([]);
  });
});

describe("order independence", () => {
  it.each([1, 2, 3])("shuffled file order (seed %i) gives identical tables, ids included", (seed) => {
    const rand = prng(seed);
    const files = [...input.files];
    for (let i = files.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [files[i], files[j]] = [files[j], files[i]];
    }
    const shuffled = runPipeline({files, manifest: input.manifest, actorsCsv: reference("actors.csv"), outletsCsv: reference("outlets.csv")});
    for (const name of Object.keys(tables) as (keyof Tables)[]) expect(shuffled[name], name).toEqual(tables[name]);
  });
});
