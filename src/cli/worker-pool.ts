/**
 * A pool of worker threads that run stages 02–08 (extractArticles) on batches of articles.
 * The main thread keeps stage 01 and stages 09–11 (src/cli/parallel.ts); here articles go out
 * in jobs of JOB_SIZE, extractions come back in any order and are put in their article's place.
 *
 * Failure: a stage that throws is caught inside the worker (extractArticles leaves a warning
 * naming the stage, as on the main thread). A worker that dies (process.exit in a stage, an
 * uncaught error, out of memory) loses nothing else: the job it was running is split into
 * one-article jobs and run again on a new worker (jobs it had not started go back as they were),
 * so only an article that kills a worker on its own is given up, with a warning "worker: …"
 * naming it: e.g. 64 articles out, one kills the worker, 63 come back extracted. Two things fail
 * the whole run instead, since they are not about any article: a worker that dies before it is
 * ready (tsx or the pipeline failed to load), and MAX_GIVE_UPS_IN_A_ROW articles given up in a row.
 */
import {Worker} from "node:worker_threads";
import {createRequire} from "node:module";
import {pathToFileURL} from "node:url";
import type {Article, ArticleExtraction} from "../pipeline/types.ts";
import type {JobMessage, WorkerMessage, WorkerSetup} from "./worker-serve.ts";
import {fromWire} from "./worker-wire.ts";

/**
 * Articles per job: the pipeline's own stage-major batch (BATCH in src/pipeline/index.ts), so a
 * worker runs each stage over 64 articles as runPipeline does, and 5,000 articles make ~80 jobs,
 * enough for two to four workers to finish close together.
 */
export const JOB_SIZE = 64;

/**
 * Jobs handed to one worker before it answers: two, so a worker never waits for the main thread
 * (busy deserialising another worker's answer) to send it the next job.
 */
const IN_FLIGHT = 2;

/**
 * Articles given up in a row (each killed a worker on its own, no job answered in between)
 * after which the run fails instead: then it is not the articles but the workers (say, an
 * extraction postMessage cannot clone), and going on would start a worker, ~2 s of CPU, for
 * every article left.
 */
const MAX_GIVE_UPS_IN_A_ROW = 8;

/** The default worker entry: stages 02–08 as they are. */
const EXTRACT_WORKER = new URL("./extract-worker.ts", import.meta.url);

export interface PoolOptions {
  workers: number;
  actorsCsv: string | null;
  outletsCsv: string | null;
  /** The worker's entry file (.ts, loaded through tsx). Tests pass one that fails on purpose. */
  entry?: URL;
  /** Articles per job (default JOB_SIZE); a test makes it small to spread 20 articles over workers. */
  jobSize?: number;
}

export interface ExtractionPool {
  /**
   * Stages 02–08 for the "ok" articles, one extraction each in the order of `articles`.
   * `onDone` is called once per article as its job comes back (in completion order).
   */
  extract(articles: readonly Article[], onDone?: (article: Article) => void): Promise<ArticleExtraction[]>;
  /** Terminates the workers. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  /** Indexes into the run's list of ok articles. */
  indices: number[];
}

interface Slot {
  worker: Worker;
  ready: boolean;
  jobs: Job[];
  error: Error | null;
}

interface Run {
  ok: readonly Article[];
  queue: Job[];
  results: (ArticleExtraction | undefined)[];
  left: number;
  onDone?: (article: Article) => void;
  resolve: (xs: ArticleExtraction[]) => void;
  reject: (error: Error) => void;
}

/**
 * Starts `workers` worker threads right away, so they load tsx and the pipeline while the main
 * thread runs stage 01 (about a second each on this machine, out of the way of the wall time).
 *
 * @example const pool = startPool({workers: 2, actorsCsv, outletsCsv}); const xs = await pool.extract(articles); await pool.close();
 */
export function startPool(options: PoolOptions): ExtractionPool {
  const setup: WorkerSetup = {actorsCsv: options.actorsCsv, outletsCsv: options.outletsCsv};
  const entry = options.entry ?? EXTRACT_WORKER;
  // One pool size for the start and for replacing crashed workers: a 0 or NaN from a caller
  // would otherwise start one worker and never replace it (a run left hanging).
  const size = Math.max(1, Math.floor(options.workers) || 1);
  const slots = new Set<Slot>();
  let run: Run | null = null;
  // Set once the pool cannot go on (see fail): every later extract is refused with it.
  let broken: Error | null = null;
  let closing = false;
  let nextJob = 0;
  // Articles given up in a row, with no job answered in between (see MAX_GIVE_UPS_IN_A_ROW).
  let giveUpsInARow = 0;

  const fail = (error: Error) => {
    broken ??= error;
    if (run) run.reject(error);
    run = null;
  };

  const finish = (r: Run, index: number, x: ArticleExtraction) => {
    if (r.results[index] !== undefined) return;
    r.results[index] = x;
    r.left--;
    r.onDone?.(x.article);
  };

  const pump = () => {
    const r = run;
    if (!r) return;
    if (r.left === 0) {
      run = null;
      r.resolve(r.results as ArticleExtraction[]);
      return;
    }
    for (const slot of slots) {
      while (slot.ready && slot.jobs.length < IN_FLIGHT && r.queue.length) {
        const job = r.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({job: job.id, articles: job.indices.map((i) => r.ok[i])} satisfies JobMessage);
      }
    }
    // Crashed workers are replaced while work is left, so the pool keeps its size.
    while (slots.size < size && r.queue.length && !closing) spawn();
  };

  const onMessage = (slot: Slot, m: WorkerMessage) => {
    if (m.type === "ready") slot.ready = true;
    else {
      const job = slot.jobs.shift();
      const r = run;
      if (r && job && job.id === m.job) {
        // A short answer is a broken worker, not a missing article: refuse the run with a
        // message rather than throw inside this handler (which would end the process).
        if (m.extractions.length !== job.indices.length) return fail(new Error(`an extraction worker answered ${m.extractions.length} of ${job.indices.length} articles`));
        giveUpsInARow = 0;
        job.indices.forEach((index, k) => finish(r, index, fromWire(m.extractions[k], r.ok[index])));
      }
    }
    pump();
  };

  const onExit = (slot: Slot, code: number) => {
    slots.delete(slot);
    if (closing) return;
    const reason = slot.error ? `${slot.error.message}` : `exit code ${code}`;
    if (!slot.ready) return fail(new Error(`an extraction worker failed to start: ${reason}`));
    const r = run;
    const [current, ...waiting] = slot.jobs;
    if (r && current) {
      // A worker takes its jobs in order, so only the first was running when it died; the
      // others go back as they were. The running one is retried article by article, and an
      // article that was alone in its job is the one that killed the worker: given up.
      const retry = current.indices.length > 1 ? current.indices.map((i) => ({id: nextJob++, indices: [i]})) : [];
      if (!retry.length) {
        if (++giveUpsInARow >= MAX_GIVE_UPS_IN_A_ROW) return fail(new Error(`extraction workers keep dying, whatever the article (last: ${reason})`));
        finish(r, current.indices[0], crashed(r.ok[current.indices[0]], reason));
      }
      r.queue.unshift(...retry, ...waiting);
    }
    pump();
  };

  const spawn = () => {
    const worker = new Worker(bootCode(entry), {eval: true, workerData: setup});
    const slot: Slot = {worker, ready: false, jobs: [], error: null};
    slots.add(slot);
    worker.on("message", (m: WorkerMessage) => onMessage(slot, m));
    worker.on("error", (error) => (slot.error = error));
    worker.on("exit", (code) => onExit(slot, code));
  };

  for (let i = 0; i < size; i++) spawn();

  return {
    extract(articles, onDone) {
      if (broken) return Promise.reject(broken);
      if (run) return Promise.reject(new Error("the pool is already extracting"));
      const ok = articles.filter((a) => a.status === "ok");
      for (const a of articles) if (a.status !== "ok") onDone?.(a);
      return new Promise<ArticleExtraction[]>((resolve, reject) => {
        const queue: Job[] = [];
        const jobSize = Math.max(1, options.jobSize ?? JOB_SIZE);
        for (let i = 0; i < ok.length; i += jobSize) queue.push({id: nextJob++, indices: range(i, Math.min(ok.length, i + jobSize))});
        run = {ok, queue, results: new Array(ok.length).fill(undefined), left: ok.length, onDone, resolve, reject};
        pump();
      });
    },
    async close() {
      closing = true;
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    }
  };
}

/**
 * The code a worker starts with. Node 20 does not carry the main thread's tsx hooks into a
 * worker, and neither `execArgv: ["--import", "tsx"]` nor the inherited tsx flags make a worker
 * load a .ts entry ("Unknown file extension .ts"). What works: register tsx's ESM hooks inside
 * the worker (tsx/esm/api), then import the entry: the .ts sources then load the way the CLI
 * loads them, as ES modules through tsx.
 */
function bootCode(entry: URL): string {
  return `import(${JSON.stringify(tsxEsmApi())}).then(({register}) => { register(); return import(${JSON.stringify(entry.href)}); });`;
}

/** file: URL of tsx's ESM API (its "import" export; createRequire finds the "require" one, .cjs). */
function tsxEsmApi(): string {
  const meta = import.meta as ImportMeta & {resolve?: (specifier: string) => string};
  if (typeof meta.resolve === "function") {
    try {
      return meta.resolve("tsx/esm/api");
    } catch {
      // Under a test runner's module loader import.meta.resolve may be missing or refuse: fall through.
    }
  }
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  return pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
}

/** The extraction of an article that killed a worker on its own: nothing but the warning. */
function crashed(article: Article, reason: string): ArticleExtraction {
  const warning = `worker: the worker thread died on this article (${reason}); stages 02–08 gave nothing`;
  return {article, sentences: [], dates: [], mentions: [], figures: [], events: [], interactions: [], labels: [], warnings: [warning]};
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
