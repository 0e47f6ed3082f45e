import {describe, expect, it} from "vitest";
import {runPipeline} from "../../../src/pipeline/index.ts";

/**
 * The tables' rows are built by one object literal each (tables/row-records.ts); their columns
 * must keep the table order, which is the order of every JSON and CSV written.
 */
const COLUMNS = {
  sentences: ["article_id", "outlet", "sentence_index", "kind", "char_start", "char_end", "sentence"],
  mentions: ["article_id", "outlet", "actor_id", "surface", "sentence_index", "char_start", "char_end"],
  figures: ["figure_id", "article_id", "outlet", "published", "sentence_index", "sentence", "quote", "value", "low", "high", "qualifier", "category", "group_label", "attribution", "period", "as_of", "modality", "vague", "rule", "char_start", "char_end"],
  events: ["event_id", "article_id", "outlet", "published", "date", "date_precision", "date_text", "date_basis", "type", "trigger", "description", "actors", "location", "modality", "sentence_index", "sentence", "char_start", "char_end", "cluster_id"],
  interactions: ["interaction_id", "article_id", "outlet", "source", "target", "type", "verb", "date", "sentence_index", "sentence", "modality", "rule", "char_start", "char_end"],
  labels: ["outlet", "actor_id", "label", "count", "example", "article_id", "sentence_index", "char_start", "char_end"]
} as const;

const TEXT = [
  "Hostages freed in Gaza",
  "",
  "GAZA, 14 October 2025 — Maxim Kharkin, the Russian-Israeli hostage, was freed on Monday, Russian Foreign Minister Sergei Lavrov said. Kharkin thanked Russia.",
  "",
  "At least 20 people were killed in the strike on Sunday, health officials said."
].join("\n");

describe("row records (stage 11)", () => {
  it("every table's rows have the columns in the literal's order", () => {
    const tables = runPipeline({files: [{path: "rt/2025-10-14-kharkin.txt", bytes: new TextEncoder().encode(TEXT)}]});
    for (const [table, columns] of Object.entries(COLUMNS)) {
      const rows = tables[table as keyof typeof COLUMNS] as object[];
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) expect(Object.keys(r), table).toEqual(columns);
    }
  });
});
