import {describe, expect, it} from "vitest";
import {ranks, sortLabelRows} from "../../../src/pipeline/tables/label-order.ts";
import type {LabelRow} from "../../../src/pipeline/tables/rows.ts";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order the labels table always had: a stable sort with a string comparator. */
const reference = (rows: LabelRow[]): LabelRow[] =>
  [...rows].sort((p, q) => q.count - p.count || cmp(p.outlet ?? "", q.outlet ?? "") || cmp(p.actor_id, q.actor_id) || cmp(p.label, q.label));

const row = (outlet: string | null, actor_id: string, label: string, count: number, k: number): LabelRow => ({
  outlet,
  actor_id,
  label,
  count,
  example: `sentence ${k}`,
  article_id: `a${k}`,
  sentence_index: k,
  char_start: k,
  char_end: k + 1
});

describe("sortLabelRows", () => {
  it("orders like the string comparator, ties (null and empty outlet) in input order", () => {
    const outlets = [null, "", "Zeta", "alpha", "Alpha", "Ärzte", "Union Tribune Online"];
    const actors = ["a_x", "a_Y", "a_y", "b", "é"];
    const labels = ["militant", "Militant", "group", "rebels", "ﬁghters"];
    let seed = 7;
    const next = (m: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
    const rows = Array.from({length: 400}, (_, k) => row(outlets[next(outlets.length)], actors[next(actors.length)], labels[next(labels.length)], 1 + next(4), k));
    expect(sortLabelRows(rows)).toEqual(reference(rows));
  });

  it("empty table", () => {
    expect(sortLabelRows([])).toEqual([]);
  });
});

describe("ranks", () => {
  it("equal strings share a rank; order is code unit order", () => {
    expect([...ranks(["b", "a", "b", "B", ""])]).toEqual([3, 2, 3, 1, 0]);
  });
});
