import type {Article, Context, SourceFile} from "../types.ts";
import type {WarningRow} from "../tables/rows.ts";

/**
 * Stage 01: decode, parse (txt / md / html), normalise and attach metadata.
 * Corpus-level (needs every file to spot cross-article boilerplate and duplicates).
 *
 * @example ingestCorpus([{path: "a.txt", bytes}], null, ctx).articles[0].text
 */
export function ingestCorpus(
  files: SourceFile[],
  manifest: string | null,
  ctx: Context
): {articles: Article[]; warnings: WarningRow[]} {
  void files; void manifest; void ctx;
  return {articles: [], warnings: [{file: null, stage: "01-ingest", message: "not implemented"}]};
}
