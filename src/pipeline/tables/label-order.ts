import type {LabelRow} from "./rows.ts";

/**
 * The labels table in output order: most counted first, then outlet (none as ""), actor id and
 * label, each in string (code unit) order. Each string column is ranked once (its distinct
 * values sorted), so the sort compares small numbers: with a string comparator most comparisons
 * compared equal outlet names ("Union Tribune Online" against itself) twice, character by
 * character, and that was most of the sort. Rows equal on all four keep their order.
 *
 * @example sortLabelRows(rows).map((r) => r.count) // [12, 7, 7, 1, …]
 */
export function sortLabelRows(rows: LabelRow[]): LabelRow[] {
  const n = rows.length;
  const outlets: string[] = new Array(n);
  const actors: string[] = new Array(n);
  const labels: string[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k];
    outlets[k] = r.outlet ?? "";
    actors[k] = r.actor_id;
    labels[k] = r.label;
  }
  const outlet = ranks(outlets);
  const actor = ranks(actors);
  const label = ranks(labels);
  const order = Array.from({length: n}, (_, k) => k);
  order.sort((a, b) => rows[b].count - rows[a].count || outlet[a] - outlet[b] || actor[a] - actor[b] || label[a] - label[b] || a - b);
  return order.map((k) => rows[k]);
}

/**
 * The rank of each value among the distinct values in string order (equal strings, equal rank).
 *
 * @example ranks(["b", "a", "b"]) // Int32Array [1, 0, 1]
 */
export function ranks(values: string[]): Int32Array {
  // The default sort compares strings by UTF-16 code units, as `<` does.
  const distinct = [...new Set(values)].sort();
  const rankOf = new Map<string, number>();
  for (let k = 0; k < distinct.length; k++) rankOf.set(distinct[k], k);
  const out = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = rankOf.get(values[k])!;
  return out;
}
