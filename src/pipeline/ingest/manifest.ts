/**
 * data/corpus/manifest.csv: `file,outlet,published,url,title,published_inferred,notes`.
 * Every problem becomes a warning naming the row (spreadsheet numbering: the header is
 * row 1) and its file; a manifest that cannot be read at all is ignored with one warning.
 */
import {csvParseRows} from "d3-dsv";
import type {WarningRow} from "../tables/rows.ts";

export interface ManifestRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  file: string;
  outlet: string | null;
  /** Raw cell; parsed by the caller, which knows the outlet's date order. */
  published: string | null;
  url: string | null;
  title: string | null;
  publishedInferred: boolean;
  notes: string | null;
}

const STAGE = "01-ingest";
const FILE = "manifest.csv";

/**
 * Parses the manifest. Rows are keyed by normalised path ("./a/b.txt" and "a\\b.txt" → "a/b.txt").
 * The caller checks rows against the corpus files and dates.
 *
 * @example parseManifest("file,outlet\na.txt,rt").rows.get("a.txt")?.outlet // "rt"
 */
export function parseManifest(text: string | null): {rows: Map<string, ManifestRow>; warnings: WarningRow[]} {
  const rows = new Map<string, ManifestRow>();
  const warnings: WarningRow[] = [];
  if (text === null || !text.trim()) return {rows, warnings};
  const warn = (message: string) => warnings.push({file: FILE, stage: STAGE, message});
  const clean = text.replace(/^\uFEFF/, "");
  if (countQuotes(clean) % 2 === 1) {
    warn("manifest ignored: unbalanced quotes (broken CSV)");
    return {rows, warnings};
  }
  let table: string[][];
  try {
    table = csvParseRows(clean);
  } catch (error) {
    warn(`manifest ignored: ${error instanceof Error ? error.message : String(error)}`);
    return {rows, warnings};
  }
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const iFile = col("file");
  if (iFile < 0) {
    warn(`manifest ignored: no "file" column (header: ${header.join(",").slice(0, 120)})`);
    return {rows, warnings};
  }
  // Column indices looked up once, not per cell.
  const iOutlet = col("outlet");
  const iPublished = col("published");
  const iUrl = col("url");
  const iTitle = col("title");
  const iInferred = col("published_inferred");
  const iNotes = col("notes");
  for (let k = 1; k < table.length; k++) {
    const r = table[k];
    const rowNo = k + 1;
    if (r.every((c) => !c.trim())) continue;
    if (r.length > header.length) warn(`row ${rowNo}: ${r.length} fields but the header has ${header.length}; extra fields ignored`);
    const raw = (r[iFile] ?? "").trim();
    if (!raw) {
      warn(`row ${rowNo}: empty "file" cell; row ignored`);
      continue;
    }
    const file = normalisePath(raw);
    if (rows.has(file)) {
      warn(`row ${rowNo} (${file}): duplicate of row ${rows.get(file)!.row}; first row kept`);
      continue;
    }
    const inferred = cell(r, iInferred);
    if (inferred && !/^(true|false|yes|no|1|0|y|n)$/i.test(inferred)) warn(`row ${rowNo} (${file}): published_inferred "${inferred}" is not true/false; read as false`);
    rows.set(file, {
      row: rowNo,
      file,
      outlet: cell(r, iOutlet),
      published: cell(r, iPublished),
      url: cell(r, iUrl),
      title: cell(r, iTitle),
      publishedInferred: /^(true|yes|1|y)$/i.test(inferred ?? ""),
      notes: cell(r, iNotes)
    });
  }
  return {rows, warnings};
}

/** The trimmed cell at column `i` (-1: no such column), null when empty. */
function cell(r: string[], i: number): string | null {
  const v = i >= 0 ? (r[i] ?? "").trim() : "";
  return v || null;
}

/** How many `"` the text holds (counted without an array of matches: a manifest has thousands). */
function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Corpus-relative path with forward slashes, no "./" prefix.
 *
 * @example normalisePath(".\\rt\\a.txt") // "rt/a.txt"
 */
export function normalisePath(p: string): string {
  // Most paths need none of the three rewrites ("rt/a.txt").
  if (!p.includes("\\") && !p.startsWith("./") && !p.includes("//")) return p;
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
}
