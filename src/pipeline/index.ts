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
import type {ArticleRow, Tables, WarningRow} from "./tables/rows.ts";
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
 * It is the three public steps below chained on one thread; `src/cli/parallel.ts` chains the
 * same three with the middle one spread over worker threads, and gets the same bytes.
 *
 * @example runPipeline({files: [{path: "a.txt", bytes}], manifest: null, actorsCsv, outletsCsv}).figures
 */
export function runPipeline(input: PipelineInput, timer: StageTimer = untimed): Tables {
  const ctx = buildContext(input);
  const ingested = ingestArticles(input, ctx, timer);
  const {articles} = ingested;
  const extractions: ArticleExtraction[] = [];
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH);
    extractions.push(...extractArticles(batch, ctx, timer));
    batch.forEach((article, k) => input.onProgress?.(i + k + 1, articles.length, article.file));
  }
  return corpusTables(ingested, extractions, ctx, timer);
}

/** What stage 01 hands on: every article (any status, in path order) and the corpus warnings. */
export interface Ingested {
  articles: Article[];
  warnings: WarningRow[];
}

/**
 * Step 1 of 3, stage 01 on the whole corpus. It cannot be split across workers: it needs every
 * file to find lines repeated across outlets and duplicate texts (a "Subscribe to our
 * newsletter" line is only boilerplate because forty articles carry it), so a caller runs it
 * once, then hands any subsets of the articles to extractArticles.
 *
 * @example const {articles} = ingestArticles({files}, buildContext({actorsCsv, outletsCsv}));
 */
export function ingestArticles(input: PipelineInput, ctx: Context, timer: StageTimer = untimed): Ingested {
  const {articles, warnings} = timer.time("01-ingest", () => ingestCorpus(input.files, input.manifest ?? null, ctx));
  return {articles, warnings};
}

/**
 * Step 2 of 3, stages 02–08 on any subset of the ingested articles, in any order, on any thread:
 * an extraction depends only on its article and the Context (built from the same CSV texts), so
 * a worker with its own Context returns exactly what the main thread would. Articles whose
 * status is not "ok" are skipped (they get an article row and no extraction, as in runPipeline).
 * Runs stage by stage over batches of BATCH articles, like runPipeline.
 *
 * @example extractArticles(ingested.articles.slice(0, 64), ctx).map((x) => x.figures.length)
 */
export function extractArticles(articles: readonly Article[], ctx: Context, timer: StageTimer = untimed): ArticleExtraction[] {
  const ok = articles.filter((a) => a.status === "ok");
  const out: ArticleExtraction[] = [];
  for (let i = 0; i < ok.length; i += BATCH) out.push(...extractBatch(ok.slice(i, i + BATCH), ctx, timer));
  return out;
}

/**
 * Step 3 of 3, stages 09–11 on all the extractions of the corpus. The extractions may come in
 * any order (workers finish when they finish): they are put back in the order of
 * `ingested.articles` first, because table rows and stage warnings follow that order, e.g. the
 * figures of "a.txt" before those of "b.txt" whichever worker was faster. An extraction whose
 * article is not in `ingested` is ignored; an "ok" article without one gets 0 sentences.
 *
 * @example corpusTables(ingested, [...fromWorker2, ...fromWorker1], ctx).actors
 */
export function corpusTables(ingested: Ingested, extractions: readonly ArticleExtraction[], ctx: Context, timer: StageTimer = untimed): Tables {
  const byId = new Map(extractions.map((x) => [x.article.articleId, x]));
  const ordered: ArticleExtraction[] = [];
  for (const a of ingested.articles) {
    const x = a.status === "ok" ? byId.get(a.articleId) : undefined;
    if (x) ordered.push(x);
  }
  const merged = timer.time("09-actors", () => mergeActors(ordered, ctx));
  const articleRows = ingested.articles.map((a) => toArticleRow(a, byId.get(a.articleId)));
  const stageWarnings = ordered.flatMap((x) => x.warnings.map((message) => ({file: x.article.file, stage: message.split(":")[0], message})));
  return timer.time("11-tables", () => toTables(articleRows, ordered, merged, [...ingested.warnings, ...stageWarnings], timer));
}

/**
 * Articles per batch in runPipeline. Each stage runs over the whole batch before the next stage
 * starts ("stage-major"): one stage's code and word tables stay hot in the CPU caches for 64
 * articles instead of being evicted by six other stages after every article. Output does not
 * depend on it (articles are independent until stage 09).
 */
const BATCH = 64;

/**
 * Runs the per-article stages (02–08) on one ingested article. A stage that throws
 * leaves a warning naming the stage and an empty result; the other stages still run.
 *
 * @example extractArticle(article, buildContext({})).figures
 */
export function extractArticle(article: Article, ctx: Context, timer: StageTimer = untimed): ArticleExtraction {
  return extractBatch([article], ctx, timer)[0];
}

/**
 * extractArticle for several articles, stage by stage over the batch. Stages 04 and 08 run
 * back to back for each article, and so do 06 and 07: the second of each pair reads the first's
 * per-sentence memo (util/tokens-cache.ts), which holds one article at a time.
 */
function extractBatch(articles: readonly Article[], ctx: Context, timer: StageTimer): ArticleExtraction[] {
  const xs = articles.map((article): ArticleExtraction => ({article, sentences: [], dates: [], mentions: [], figures: [], events: [], interactions: [], labels: [], warnings: []}));
  const failed: string[][] = xs.map(() => []);
  const guard = <T>(i: number, stage: string, fallback: T, run: () => T): T => {
    try {
      return timer === untimed ? run() : timer.time(stage, run);
    } catch (error) {
      failed[i].push(`${stage}: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };
  xs.forEach((x, i) => (x.sentences = guard(i, "02-sentences", [], () => splitSentences(x.article))));
  xs.forEach((x, i) => (x.dates = guard(i, "03-dates", [], () => findDates(x.article, x.sentences))));
  xs.forEach((x, i) => {
    x.mentions = guard(i, "04-mentions", [], () => findMentions(x.article, x.sentences, ctx));
    x.labels = guard(i, "08-labels", [], () => findLabels(x.article, x.sentences, x.mentions, ctx));
  });
  xs.forEach((x, i) => (x.figures = guard(i, "05-figures", [], () => findFigures(x.article, x.sentences, x.dates, x.mentions, ctx))));
  xs.forEach((x, i) => {
    x.events = guard(i, "06-events", [], () => findEvents(x.article, x.sentences, x.dates, x.mentions, ctx));
    x.interactions = guard(i, "07-interactions", [], () => findInteractions(x.article, x.sentences, x.dates, x.mentions, ctx));
  });
  // Warnings in stage order, whatever order the stages ran in.
  xs.forEach((x, i) => (x.warnings = failed[i].sort((a, b) => (a.slice(0, 2) < b.slice(0, 2) ? -1 : a.slice(0, 2) > b.slice(0, 2) ? 1 : 0))));
  return xs;
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
