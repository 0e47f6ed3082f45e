import type {Article} from "../../../src/pipeline/types.ts";

/**
 * A minimal ingested Article for stage tests (ingestion is tested elsewhere).
 *
 * @example makeArticle("Floods hit the valley on Monday.", {published: "2024-11-18"})
 */
export function makeArticle(text: string, opts: {published?: string | null; dayFirst?: boolean; title?: string | null} = {}): Article {
  return {
    articleId: "test",
    file: "test.txt",
    outlet: null,
    outletSource: "none",
    published: opts.published ?? null,
    publishedSource: opts.published ? "manifest" : "none",
    publishedInferred: false,
    url: null,
    title: opts.title ?? null,
    dayFirst: opts.dayFirst ?? false,
    text,
    offsetMap: {textStart: [], rawStart: []},
    words: text.split(/\s+/).filter(Boolean).length,
    status: "ok",
    warnings: []
  };
}
