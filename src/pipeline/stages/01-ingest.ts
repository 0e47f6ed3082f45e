import type {Article, Context, SourceFile} from "../types.ts";
import type {WarningRow} from "../tables/rows.ts";
import {ingestFiles, type Removal} from "../ingest/ingest-corpus.ts";

/**
 * Stage 01: decode, parse (txt / md / html), normalise and attach metadata.
 * Corpus-level (needs every file to spot cross-article boilerplate and duplicates).
 * The work is in src/pipeline/ingest/ (one concept per file); `removals` lists every line
 * a boilerplate rule dropped, with the rule's name.
 *
 * @example ingestCorpus([{path: "a.txt", bytes}], null, ctx).articles[0].text
 */
export function ingestCorpus(
  files: SourceFile[],
  manifest: string | null,
  ctx: Context
): {articles: Article[]; warnings: WarningRow[]; removals: Removal[]} {
  return ingestFiles(files, manifest, ctx);
}
