/**
 * The one place the stages are put together.
 *
 *   01 ingest (corpus) → per article: 02 sentences → 03 dates → 04 mentions →
 *   05 figures → 06 events → 07 interactions → 08 labels → corpus: 09 actors →
 *   10 clusters → 11 tables.
 *
 * Pure: no node:*, no DOM, no clock. Loaders read files and pass them in.
 */
import type {Article, ArticleExtraction, Context, PipelineInput} from "./types.ts";
import type {ArticleRow, Tables} from "./tables/rows.ts";
import {buildContext} from "./context.ts";
import {ingestCorpus} from "./stages/01-ingest.ts";
import {splitSentences} from "./stages/02-sentences.ts";
import {findDates} from "./stages/03-dates.ts";
import {findMentions} from "./stages/04-mentions.ts";
import {findFigures} from "./stages/05-figures.ts";
import {findEvents} from "./stages/06-events.ts";
import {findInteractions} from "./stages/07-interactions.ts";
import {findLabels} from "./stages/08-labels.ts";
import {mergeActors} from "./stages/09-actors.ts";
import {toTables} from "./stages/11-tables.ts";

export type {Tables} from "./tables/rows.ts";

/**
 * Optional instrumentation: `time(stage, run)` must call `run()` once and return its result
 * (the bench wraps each stage call to measure CPU time per stage in a real run; nested calls,
 * such as stage 10 inside stage 11, come in nested). The pipeline itself reads no clock.
 */
export interface StageTimer {
  time<T>(stage: string, run: () => T): T;
}

/** Calls `run` straight away: the default when nobody measures. */
const untimed: StageTimer = {time: (_stage, run) => run()};
export {TABLE_NAMES} from "./tables/rows.ts";
export {buildContext} from "./context.ts";

/**
 * Runs the whole pipeline on a corpus and returns every output table. `timer` (optional) wraps
 * each stage call, for `npm run bench`'s per-stage CPU time; the output never depends on it.
 *
 * @example runPipeline({files: [{path: "a.txt", bytes}], manifest: null, actorsCsv, outletsCsv}).figures
 */
export function runPipeline(input: PipelineInput, timer: StageTimer = untimed): Tables {
  const ctx = buildContext(input);
  const {articles, warnings} = timer.time("01-ingest", () => ingestCorpus(input.files, input.manifest ?? null, ctx));
  const extractions: ArticleExtraction[] = [];
  articles.forEach((article, i) => {
    if (article.status === "ok") extractions.push(extractArticle(article, ctx, timer));
    input.onProgress?.(i + 1, articles.length, article.file);
  });
  const merged = timer.time("09-actors", () => mergeActors(extractions, ctx));
  const byId = new Map(extractions.map((x) => [x.article.articleId, x]));
  const articleRows = articles.map((a) => toArticleRow(a, byId.get(a.articleId)));
  const stageWarnings = extractions.flatMap((x) => x.warnings.map((message) => ({file: x.article.file, stage: message.split(":")[0], message})));
  return timer.time("11-tables", () => toTables(articleRows, extractions, merged, [...warnings, ...stageWarnings], timer));
}

/**
 * Runs the per-article stages (02–08) on one ingested article. A stage that throws
 * leaves a warning naming the stage and an empty result; the other stages still run.
 *
 * @example extractArticle(article, buildContext({})).figures
 */
export function extractArticle(article: Article, ctx: Context, timer: StageTimer = untimed): ArticleExtraction {
  const warnings: string[] = [];
  const guard = <T>(stage: string, fallback: T, run: () => T): T => {
    try {
      return timer === untimed ? run() : timer.time(stage, run);
    } catch (error) {
      warnings.push(`${stage}: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };
  const sentences = guard("02-sentences", [], () => splitSentences(article));
  const dates = guard("03-dates", [], () => findDates(article, sentences));
  const mentions = guard("04-mentions", [], () => findMentions(article, sentences, ctx));
  const figures = guard("05-figures", [], () => findFigures(article, sentences, dates, mentions, ctx));
  const events = guard("06-events", [], () => findEvents(article, sentences, dates, mentions, ctx));
  const interactions = guard("07-interactions", [], () => findInteractions(article, sentences, dates, mentions, ctx));
  const labels = guard("08-labels", [], () => findLabels(article, sentences, mentions, ctx));
  return {article, sentences, dates, mentions, figures, events, interactions, labels, warnings};
}

function toArticleRow(a: Article, x: ArticleExtraction | undefined): ArticleRow {
  return {
    article_id: a.articleId,
    file: a.file,
    outlet: a.outlet,
    outlet_source: a.outletSource,
    published: a.published,
    published_source: a.publishedSource,
    published_inferred: a.publishedInferred,
    url: a.url,
    title: a.title,
    words: a.words,
    sentences: x?.sentences.length ?? 0,
    status: a.status,
    warnings: [...a.warnings, ...(x?.warnings ?? [])],
    text: a.text
  };
}
