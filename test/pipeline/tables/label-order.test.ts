import {describe, expect, it} from "vitest";
import type {LabelRow} from "../../../src/pipeline/tables/rows.ts";
import {Ranks, sortLabelRows} from "../../../src/pipeline/tables/label-order.ts";

/** A label row with only the sorted columns set. */
function row(outlet: string | null, actor: string, label: string, count: number): LabelRow {
  return {outlet, actor_id: actor, label, count, example: "", article_id: "a", sentence_index: 0, char_start: 0, char_end: 1};
}

/** The order of the comparator sort sortLabelRows stands for. */
function byComparator(rows: LabelRow[]): LabelRow[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.slice().sort((p, q) => q.count - p.count || cmp(p.outlet ?? "", q.outlet ?? "") || cmp(p.actor_id, q.actor_id) || cmp(p.label, q.label));
}

describe("sortLabelRows", () => {
  it("sorts by count (most first), then outlet, actor id and label in string order", () => {
    const rows = [row("rt", "hamas", "group", 1), row("ap", "hamas", "movement", 2), row("ap", "idf", "army", 1), row("ap", "hamas", "group", 1)];
    expect(sortLabelRows(rows).map((r) => [r.outlet, r.actor_id, r.label, r.count])).toEqual([
      ["ap", "hamas", "movement", 2],
      ["ap", "hamas", "group", 1],
      ["ap", "idf", "army", 1],
      ["rt", "hamas", "group", 1]
    ]);
  });

  it("orders two-byte and one-byte strings as `<` does (curly quotes after ASCII, capitals before lower case)", () => {
    const rows = ["“militant” group", "militant group", "Militant group", "armed group", "ärmed group"].map((l) => row("x", "a", l, 1));
    expect(sortLabelRows(rows)).toEqual(byComparator(rows));
  });

  it("keeps rows that compare equal in input order: a null outlet ties with the outlet named \"\"", () => {
    const rows = [row(null, "a", "group", 1), row("", "a", "group", 1), row(null, "a", "group", 1)];
    rows[2].article_id = "third";
    expect(sortLabelRows(rows)).toEqual(rows);
    expect(sortLabelRows(rows)[2].article_id).toBe("third");
  });

  it("matches the comparator sort on many rows", () => {
    const words = ["group", "Group", "“group”", "army", "état", "b", ""];
    const rows: LabelRow[] = [];
    for (let i = 0; i < 300; i++) rows.push(row(i % 5 === 0 ? null : words[i % 3], words[(i * 7) % words.length], words[(i * 11) % words.length], (i * 13) % 4));
    expect(sortLabelRows(rows)).toEqual(byComparator(rows));
  });
});

describe("Ranks", () => {
  it("gives equal strings one rank, in string order", () => {
    const r = new Ranks();
    const ids = Int32Array.of(r.add("b"), r.add("a"), r.add("b"), r.add("c"));
    r.rank(ids);
    expect([...ids]).toEqual([1, 0, 1, 2]);
  });
});
