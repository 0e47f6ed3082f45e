/**
 * Data loader: the corpus → every pipeline table, as one zip Framework extracts on demand.
 * Pages read `FileAttachment("data/tables/<table>.json")` (row objects) or
 * `FileAttachment("data/tables/<table>.arrow")` (Arrow IPC stream, for DuckDB / `sql`), plus
 * `data/tables/outlets.json` (the parsed outlet reference) and `data/tables/meta.json`.
 *
 * Corpus: env NEWSPRISM_CORPUS (default data/corpus), relative to the repo root (the cwd npm
 * gives Framework). Reference lists: data/reference/actors.csv and outlets.csv when present.
 * Output is byte-identical for identical inputs (no timestamps; fixed zip dates) so builds are
 * reproducible. Progress goes to stderr; stdout carries only the zip.
 */
import {createHash} from "node:crypto";
import {readFile} from "node:fs/promises";
import {resolve} from "node:path";
import {strToU8, zipSync, type Zippable} from "fflate";
import {readCorpus} from "../cli/read-corpus.ts";
import {buildContext, runPipeline, TABLE_NAMES} from "../pipeline/index.ts";
import {readTableSchemas} from "./table-schema.ts";
import {toArrowIPC} from "./write-arrow.ts";

/** A fixed date for every zip entry; zips stamped with "now" would differ on every build. */
const ZIP_DATE = new Date("2000-01-01T12:00:00Z");

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf-8");
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const cwd = process.cwd();
  const corpusSetting = process.env.NEWSPRISM_CORPUS || "data/corpus";
  const corpusPath = resolve(cwd, corpusSetting);
  const actorsCsv = await readOptional(resolve(cwd, "data/reference/actors.csv"));
  const outletsCsv = await readOptional(resolve(cwd, "data/reference/outlets.csv"));
  const corpus = await readCorpus(corpusPath);
  process.stderr.write(`[tables] ${corpus.files.length} files from ${corpusSetting}\n`);

  const started = performance.now();
  let lastReport = 0;
  const tables = runPipeline({
    files: corpus.files,
    manifest: corpus.manifest,
    actorsCsv,
    outletsCsv,
    onProgress: (done, total) => {
      const now = performance.now();
      if (done === total || now - lastReport > 2000) {
        lastReport = now;
        process.stderr.write(`[tables] ${done}/${total} articles\n`);
      }
    }
  });
  process.stderr.write(`[tables] pipeline ${((performance.now() - started) / 1000).toFixed(2)} s\n`);

  // Identifies the data behind the tables (corpus bytes and reference lists, not the code).
  const hash = createHash("sha256");
  for (const file of corpus.files) hash.update(`${file.path}\0${file.bytes.length}\0`).update(file.bytes);
  hash.update(`manifest\0${corpus.manifest ?? ""}\0actors\0${actorsCsv ?? ""}\0outlets\0${outletsCsv ?? ""}`);

  const schemas = await readTableSchemas(resolve(cwd, "src/pipeline/tables/rows.ts"));
  const entries: Zippable = {};
  for (const name of TABLE_NAMES) {
    const rows: object[] = tables[name] ?? [];
    // Pages never need the full article texts (evidence comes from sentences.json), and at
    // 10,000 articles they would be most of every page's first download: keep them for SQL only.
    const jsonRows = name === "articles" ? tables.articles.map(({text: _text, ...row}) => row) : rows;
    entries[`${name}.json`] = strToU8(JSON.stringify(jsonRows));
    entries[`${name}.arrow`] = toArrowIPC(rows, schemas[name] ?? []);
  }
  const outlets = buildContext({outletsCsv}).outlets.map((o) => ({
    id: o.id,
    name: o.name,
    country: o.country,
    ownership: o.ownership,
    domain: o.domain,
    day_first: o.dayFirst
  }));
  entries["outlets.json"] = strToU8(JSON.stringify(outlets));
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, (tables[name] ?? []).length]));
  entries["meta.json"] = strToU8(
    JSON.stringify({
      corpus: corpusSetting,
      files: corpus.files.length,
      articles: tables.articles.filter((a) => a.status === "ok").length,
      rows: counts,
      generated_from: hash.digest("hex")
    })
  );

  const zip = zipSync(entries, {level: 6, mtime: ZIP_DATE});
  process.stderr.write(`[tables] ${TABLE_NAMES.map((n) => `${n} ${counts[n]}`).join(", ")}; zip ${(zip.length / 1024).toFixed(0)} kB\n`);
  await new Promise<void>((ok, fail) => process.stdout.write(zip, (error) => (error ? fail(error) : ok())));
}

main().catch((error) => {
  process.stderr.write(`[tables] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
