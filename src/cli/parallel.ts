/**
 * The pipeline with stages 02–08 in worker threads, for `npm run extract -- --workers N` and
 * `npm run bench -- --workers N`. The tables are byte-identical whatever N is:
 *
 *   main thread: 01 ingest (the whole corpus) ─▶ jobs of 64 articles ─▶ workers: 02–08
 *   main thread: extractions back in corpus order ─▶ 09 actors ▶ 10 clusters ▶ 11 tables
 *
 * Why stage 01 stays on the main thread (measured on the 5,000-article bench corpus, 12.9 MB):
 * it must see every file (cross-outlet boilerplate lines, duplicate texts), so a worker could
 * only run it on the whole corpus again (1.5–1.8 s of CPU per worker, for nothing) or on its own
 * part (other tables: not allowed). Sending the ingested articles instead costs 0.03–0.06 s to
 * serialise (main thread) and 0.04–0.3 s to deserialise (spread over the workers) for all
 * 5,000 (21 MB as a structured clone). The copying that matters is the way back (92 MB,
 * ~0.6 s to serialise in the workers, ~2.4 s to deserialise on the main thread; worker-wire.ts).
 */
import {availableParallelism} from "node:os";
import {buildContext, corpusTables, ingestArticles, runPipeline, type Tables} from "../pipeline/index.ts";
import type {PipelineInput} from "../pipeline/types.ts";
import {startPool, type ExtractionPool} from "./worker-pool.ts";

/**
 * Below this many files one thread is the default. Each worker pays ~2 s of CPU to load tsx and
 * the pipeline (mostly Node's module hooks talking to tsx, not the pipeline's own start-up; the
 * main thread pays the same once) and its own JIT warm-up, and every extraction is copied back,
 * serially on the main thread. Measured on the 5,000-article bench corpus, cold runs: 14.2–14.8 s
 * of CPU on one thread, 21.3–24.3 s with two workers, i.e. ~6 s fixed plus ~0.7 ms per article.
 * On two idle cores that puts the break-even near 2,700 articles: 2.9 ms per article on one
 * thread against (2.9 + 0.7) ms per article plus 6 s, shared by two cores.
 */
export const SMALL_CORPUS = 3000;

/** Never more workers than this by default: the main thread's share (01, 09–11, copying) stays serial. */
export const MAX_DEFAULT_WORKERS = 4;

/**
 * The worker count when none is given: 1 (no worker threads at all) for a small corpus,
 * else one per core up to MAX_DEFAULT_WORKERS.
 *
 * @example defaultWorkers(5000, 2) // 2
 */
export function defaultWorkers(files: number, cores: number = availableParallelism()): number {
  return files < SMALL_CORPUS ? 1 : Math.max(1, Math.min(cores, MAX_DEFAULT_WORKERS));
}

export interface ParallelOptions {
  /** 1 runs runPipeline on this thread, exactly as before; more starts that many workers. */
  workers: number;
  /** A pool already started (the bench reuses one for its warm run); closed by its owner. */
  pool?: ExtractionPool;
}

/**
 * runPipeline with stages 02–08 spread over worker threads; same tables, byte for byte.
 * `input.onProgress` is called once per article as its job comes back, so files are
 * reported in completion order, not file order.
 *
 * @example const tables = await runPipelineInWorkers({files, manifest, actorsCsv, outletsCsv}, {workers: 2});
 */
export async function runPipelineInWorkers(input: PipelineInput, options: ParallelOptions): Promise<Tables> {
  if (options.workers <= 1 && !options.pool) return runPipeline(input);
  const actorsCsv = input.actorsCsv ?? null;
  const outletsCsv = input.outletsCsv ?? null;
  // Started before stage 01 so the workers load while the main thread ingests.
  const pool = options.pool ?? startPool({workers: options.workers, actorsCsv, outletsCsv});
  try {
    const ctx = buildContext(input);
    const ingested = ingestArticles(input, ctx);
    const total = ingested.articles.length;
    let done = 0;
    const extractions = await pool.extract(ingested.articles, (article) => input.onProgress?.(++done, total, article.file));
    return corpusTables(ingested, extractions, ctx);
  } finally {
    if (!options.pool) await pool.close();
  }
}
