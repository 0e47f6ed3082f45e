/**
 * Rows → Arrow IPC (file format) with an explicit schema, so list columns (actors, aliases,
 * warnings) stay lists and empty tables keep their columns. Columns the rows carry beyond the
 * contract are added with a type guessed from their first non-null value.
 */
import {Bool, Field, Float64, List, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector} from "apache-arrow";
import type {Column, ColumnKind} from "./table-schema.ts";

function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case "number":
      return new Float64();
    case "boolean":
      return new Bool();
    case "string[]":
      return new List(new Field("item", new Utf8(), true));
    case "number[]":
      return new List(new Field("item", new Float64(), true));
    default:
      return new Utf8();
  }
}

/**
 * Guesses a column kind from values: arrays of strings, numbers, booleans, else text.
 *
 * @example guessKind([null, 3]) // "number"
 */
export function guessKind(values: unknown[]): ColumnKind {
  const v = values.find((x) => x != null);
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "boolean";
  if (Array.isArray(v)) return v.every((x) => typeof x === "number") && v.length > 0 ? "number[]" : "string[]";
  return "string";
}

/** Coerces a value to what the Arrow builder for `kind` accepts (objects become JSON text). */
function coerce(value: unknown, kind: ColumnKind): unknown {
  if (value == null) return null;
  switch (kind) {
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    case "boolean":
      return Boolean(value);
    case "string[]":
      return Array.isArray(value) ? value.map((x) => (x == null ? null : String(x))) : [String(value)];
    case "number[]":
      return Array.isArray(value) ? value.map((x) => (typeof x === "number" ? x : null)) : null;
    default:
      return typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

/**
 * Builds an Arrow table from row objects; `columns` (from the contract) fixes names, order and
 * types; `omit` drops columns (e.g. long article text).
 *
 * @example toArrowTable([{a: "x", n: 1}], [{name: "a", kind: "string", nullable: false}]).numCols // 2
 */
export function toArrowTable(rows: readonly object[], columns: Column[] = [], omit: string[] = []): Table {
  const records = rows as readonly Record<string, unknown>[];
  const known = new Set(columns.map((c) => c.name));
  const extra = new Set<string>();
  for (const row of records) for (const key of Object.keys(row)) if (!known.has(key)) extra.add(key);
  const all: {name: string; kind: ColumnKind}[] = [
    ...columns.map((c) => ({name: c.name, kind: c.kind === "unknown" ? guessKind(records.map((r) => r[c.name])) : c.kind})),
    ...[...extra].sort().map((name) => ({name, kind: guessKind(records.map((r) => r[name]))}))
  ].filter((c) => !omit.includes(c.name));
  const vectors: Record<string, Vector> = {};
  for (const {name, kind} of all) {
    vectors[name] = vectorFromArray(records.map((r) => coerce(r[name], kind)), arrowType(kind));
  }
  return new Table(vectors);
}

/**
 * Arrow IPC bytes in the STREAM format: Framework's DuckDBClient loads `.arrow` attachments with
 * insertArrowFromIPCStream, which rejects the file format; Arrow.tableFromIPC reads either.
 *
 * @example const bytes = toArrowIPC(rows, columns);
 */
export function toArrowIPC(rows: readonly object[], columns: Column[] = [], omit: string[] = []): Uint8Array {
  return tableToIPC(toArrowTable(rows, columns, omit), "stream");
}
