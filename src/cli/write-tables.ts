/**
 * Writes the pipeline's tables as `<table>.json` and `<table>.csv`, byte-identical between
 * runs on the same input. Columns come from the contract (src/pipeline/tables/rows.ts, read
 * by src/data/table-schema.ts), so an empty table still gets its header.
 *
 * CSV: d3-dsv csvFormat; list columns joined with "|", booleans true/false, null → empty.
 * JSON: an array of row objects, keys in contract order, one row per line.
 */
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {csvFormat} from "d3-dsv";
import {TABLE_NAMES, type Tables} from "../pipeline/tables/rows.ts";
import {readTableSchemas} from "../data/table-schema.ts";

/** The contract file the column lists are read from. */
export const ROWS_TS = fileURLToPath(new URL("../pipeline/tables/rows.ts", import.meta.url));

/**
 * Column names per table, in contract order.
 *
 * @example (await tableColumns()).articles[0] // "article_id"
 */
export async function tableColumns(): Promise<Record<string, string[]>> {
  const schemas = await readTableSchemas(ROWS_TS);
  return Object.fromEntries(Object.entries(schemas).map(([table, cols]) => [table, cols.map((c) => c.name)]));
}

/** The columns to write: the contract's, then any extra keys rows carry (sorted, so output stays stable). */
function columnsFor(rows: object[], contract: string[] | undefined): string[] {
  const cols = [...(contract ?? [])];
  const extra = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) if (!cols.includes(k)) extra.add(k);
  return [...cols, ...[...extra].sort()];
}

/**
 * One CSV cell: lists joined with "|", booleans true/false, null/undefined/NaN empty.
 *
 * @example csvCell(["Hamas", "UN"]) // "Hamas|UN"
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? "" : typeof x === "object" ? JSON.stringify(x) : String(x))).join("|");
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/**
 * CSV text of a table with a header even when empty.
 *
 * @example formatCsv([{a: 1, b: [2, 3]}], ["a", "b"]) // "a,b\n1,2|3\n"
 */
export function formatCsv(rows: object[], columns: string[]): string {
  const cells = rows.map((row) => Object.fromEntries(columns.map((c) => [c, csvCell((row as Record<string, unknown>)[c])])));
  if (cells.length === 0) return columns.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",") + "\n";
  return csvFormat(cells, columns) + "\n";
}

/**
 * JSON text of a table: keys in column order, one row per line, missing values as null.
 *
 * @example formatJson([{b: 1, a: 2}], ["a", "b"]) // '[\n{"a":2,"b":1}\n]\n'
 */
export function formatJson(rows: object[], columns: string[]): string {
  if (rows.length === 0) return "[]\n";
  const lines = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c] ?? null]))));
  return "[\n" + lines.join(",\n") + "\n]\n";
}

/**
 * Writes every table of TABLE_NAMES into `outDir` as .json and .csv. Returns the file names.
 *
 * @example await writeTables(tables, "out")
 */
export async function writeTables(tables: Tables, outDir: string): Promise<string[]> {
  await mkdir(outDir, {recursive: true});
  const contract = await tableColumns();
  const written: string[] = [];
  for (const name of TABLE_NAMES) {
    const rows = (tables[name] ?? []) as object[];
    const columns = columnsFor(rows, contract[name]);
    await writeFile(join(outDir, `${name}.json`), formatJson(rows, columns));
    await writeFile(join(outDir, `${name}.csv`), formatCsv(rows, columns));
    written.push(`${name}.json`, `${name}.csv`);
  }
  return written;
}
