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
  if ((clean.match(/"/g)?.length ?? 0) % 2 === 1) {
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
  const cell = (r: string[], name: string): string | null => {
    const i = col(name);
    const v = i >= 0 ? (r[i] ?? "").trim() : "";
    return v || null;
  };
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
    const inferred = cell(r, "published_inferred");
    if (inferred && !/^(true|false|yes|no|1|0|y|n)$/i.test(inferred)) warn(`row ${rowNo} (${file}): published_inferred "${inferred}" is not true/false; read as false`);
    rows.set(file, {
      row: rowNo,
      file,
      outlet: cell(r, "outlet"),
      published: cell(r, "published"),
      url: cell(r, "url"),
      title: cell(r, "title"),
      publishedInferred: /^(true|yes|1|y)$/i.test(inferred ?? ""),
      notes: cell(r, "notes")
    });
  }
  return {rows, warnings};
}

/**
 * Corpus-relative path with forward slashes, no "./" prefix.
 *
 * @example normalisePath(".\\rt\\a.txt") // "rt/a.txt"
 */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
}
