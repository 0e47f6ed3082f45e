/**
 * The worker thread's side of the extraction pool (src/cli/worker-pool.ts): build the Context
 * from the reference texts it was started with, say "ready", then answer every batch of
 * articles with their extractions in the wire form (src/cli/worker-wire.ts).
 *
 * Kept apart from the entry file (extract-worker.ts) so a test can start a worker with another
 * `extract` (one that throws or exits on a marked article) and still speak the same protocol.
 */
import {parentPort, workerData} from "node:worker_threads";
import {buildContext} from "../pipeline/index.ts";
import type {Article, ArticleExtraction, Context} from "../pipeline/types.ts";
import {toWire, type WireExtraction} from "./worker-wire.ts";

/** What the pool hands a new worker (workerData): the reference CSV texts. */
export interface WorkerSetup {
  actorsCsv: string | null;
  outletsCsv: string | null;
}

/** Pool → worker: one job, the articles to run stages 02–08 on. */
export interface JobMessage {
  job: number;
  articles: Article[];
}

/** Worker → pool. */
export type WorkerMessage = {type: "ready"} | {type: "done"; job: number; extractions: WireExtraction[]};

/**
 * Serves jobs on this worker thread until the pool terminates it. `extract` must return one
 * extraction per "ok" article, in the order given (extractArticles does).
 *
 * @example serveExtraction(extractArticles) // in src/cli/extract-worker.ts
 */
export function serveExtraction(extract: (articles: readonly Article[], ctx: Context) => ArticleExtraction[]): void {
  const port = parentPort;
  if (!port) throw new Error("serveExtraction runs in a worker thread (node:worker_threads)");
  // The same CSV texts give the same Context as the main thread's: buildContext is pure.
  const setup = workerData as WorkerSetup;
  const ctx = buildContext(setup);
  port.on("message", (m: JobMessage) => {
    const extractions = extract(m.articles, ctx).map(toWire);
    port.postMessage({type: "done", job: m.job, extractions} satisfies WorkerMessage);
  });
  port.postMessage({type: "ready"} satisfies WorkerMessage);
}
