/**
 * `npm run bench [-- --articles N] [--seed S] [--workers N] [--no-site]`: throughput of the whole pipeline on a
 * deterministic synthetic corpus (src/cli/bench-corpus.ts; default 5,000 articles, ≥ 12 MB): a cold
 * untimed run (the headline), then a warm run with the CPU time of each stage (a StageTimer passed
 * to runPipeline). Prints a compact table and writes test-output/bench.json. Not a test: numbers
 * depend on the machine.
 * `--no-site` skips the site benchmark that otherwise follows.
 * `--workers N` (default 1, so the numbers stay comparable with earlier runs) runs stages 02–08
 * in N worker threads (src/cli/parallel.ts). CPU time and peak RSS are the whole process's, and
 * worker threads are threads of this process: process.cpuUsage() counts their CPU (checked:
 * a loop that takes 3.95 s of CPU on the main thread adds 4.64 s to the main thread's reading
 * when run in a worker, its start-up included), so MB per CPU-second stays a per-core figure.
 */
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {runPipeline, type StageTimer} from "../pipeline/index.ts";
import {generateBenchCorpus, type Template} from "./bench-corpus.ts";
import {runPipelineInWorkers} from "./parallel.ts";
import {startPool, type ExtractionPool} from "./worker-pool.ts";

const REPO = resolve(import.meta.dirname, "../..");

function arg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * The bench corpus's templates: the gold and bundled articles, and the person names to vary.
 *
 * @example const {templates: tpl, persons} = await templates();
 */
export async function templates(): Promise<{templates: Template[]; persons: string[]}> {
  const out: Template[] = [];
  for (const dir of ["test/fixtures/gold/corpus", "data/corpus"]) {
    for (const name of (await readdir(join(REPO, dir))).sort()) {
      if (name === "manifest.csv" || name.startsWith(".")) continue;
      out.push({name, text: await readFile(join(REPO, dir, name), "utf8")});
    }
  }
  // Person names to substitute: every name the gold merge lists mention (they are the people).
  const merges = JSON.parse(await readFile(join(REPO, "test/fixtures/gold/annotations/merges.json"), "utf8")) as Record<string, {same: string[][]; different: string[][]}>;
  const persons = new Set<string>();
  for (const m of Object.values(merges)) for (const g of [...m.same, ...m.different]) for (const n of g) if (n.includes(" ")) persons.add(n);
  return {templates: out, persons: [...persons]};
}

/**
 * A reference file's text (data/reference/<name>), or null when missing.
 *
 * @example await reference("actors.csv")
 */
export async function reference(name: string): Promise<string | null> {
  const p = join(REPO, "data/reference", name);
  return existsSync(p) ? readFile(p, "utf8") : null;
}

/** CPU milliseconds of this process so far (user + system, all threads). */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * A StageTimer adding each stage's CPU time to `ms`. Stage 10 runs inside stage 11, so each
 * stage is charged its own time only (a nested stage's time is taken off its caller's).
 */
function stageTimer(ms: Record<string, number>): StageTimer {
  let nested = 0;
  return {
    time(stage, run) {
      const outer = nested;
      nested = 0;
      const a = cpuNow();
      try {
        return run();
      } finally {
        const spent = cpuNow() - a;
        ms[stage] = (ms[stage] ?? 0) + spent - nested;
        nested = outer + spent;
      }
    }
  };
}

const STAGES = ["01-ingest", "02-sentences", "03-dates", "04-mentions", "05-figures", "06-events", "07-interactions", "08-labels", "09-actors", "10-clusters", "11-tables"] as const;

/**
 * Wall and CPU seconds of one call (CPU of all threads: on a shared machine wall time also counts
 * other processes' turns, and worker threads are threads of this process).
 */
async function clocked<T>(run: () => T | Promise<T>): Promise<{value: T; seconds: number; cpuSeconds: number}> {
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const value = await run();
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6};
}

/** One run of the whole pipeline on this thread: wall seconds, CPU seconds and the tables. */
async function runOnce(input: Parameters<typeof runPipeline>[0], timer?: StageTimer) {
  const {value: tables, ...clock} = await clocked(() => runPipeline(input, timer));
  return {tables, ...clock};
}

/**
 * runOnce with stages 02–08 in the pool's worker threads. Given a function, the pool is started
 * inside the timing (the cold run: workers load tsx and the pipeline while stage 01 runs, as in
 * `npm run extract`); given a pool, it is reused (the warm run: workers already compiled hot).
 */
async function runOnceInWorkers(input: Parameters<typeof runPipeline>[0], workers: number, pool: ExtractionPool | (() => ExtractionPool)) {
  // Assigned inside the timed call, which always runs it before returning.
  let started!: ExtractionPool;
  const {value: tables, ...clock} = await clocked(() => {
    started = typeof pool === "function" ? pool() : pool;
    return runPipelineInWorkers(input, {workers, pool: started});
  });
  return {tables, ...clock, pool: started};
}

/**
 * Generates the corpus and runs the pipeline on all of it twice in one process:
 *
 * 1. **cold**, untimed: what `npm run extract` costs on a fresh process, JIT warm-up included
 *    (V8 compiles the hot functions while the first thousand articles go through). This is the
 *    headline number: its MB per CPU-second is what the "2 MB/s per core" goal is judged on.
 * 2. **warm**, with a StageTimer around every stage call: the steady state a long extraction
 *    (100,000 articles) runs at, and where the CPU time goes stage by stage. The timer's own
 *    clock reads (two per stage call) are charged to the stages.
 *
 * With `workers` > 1 both runs go through worker threads (the cold one starts them, the warm one
 * reuses them) and there is no per-stage table: a StageTimer sees one thread only.
 *
 * @example const result = await runBench({articles: 500});
 */
export async function runBench({articles = 5000, seed = 20251014, workers = 1} = {}) {
  const {templates: tpl, persons} = await templates();
  const t0 = performance.now();
  const corpus = generateBenchCorpus(tpl, persons, {count: articles, seed});
  const generateSeconds = (performance.now() - t0) / 1000;
  const actorsCsv = await reference("actors.csv");
  const outletsCsv = await reference("outlets.csv");
  const mb = corpus.bytes / 1e6;
  const input = {files: corpus.files, manifest: corpus.manifest, actorsCsv, outletsCsv};

  const stageMs: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  let cold, warm, peakRssMb;
  if (workers <= 1) {
    cold = await runOnce(input);
    peakRssMb = process.resourceUsage().maxRSS / 1024;
    warm = await runOnce(input, stageTimer(stageMs));
  } else {
    cold = await runOnceInWorkers(input, workers, () => startPool({workers, actorsCsv, outletsCsv}));
    // maxRSS is the process's, worker threads' heaps included.
    peakRssMb = process.resourceUsage().maxRSS / 1024;
    try {
      warm = await runOnceInWorkers(input, workers, cold.pool);
    } finally {
      await cold.pool.close();
    }
  }
  const tables = cold.tables;

  return {
    workers,
    articles: corpus.files.length,
    mb,
    seconds: cold.seconds,
    mbPerSecond: mb / cold.seconds,
    cpuSeconds: cold.cpuSeconds,
    mbPerCpuSecond: mb / cold.cpuSeconds,
    articlesPerSecond: corpus.files.length / cold.seconds,
    peakRssMb,
    generateSeconds,
    warm: {seconds: warm.seconds, cpuSeconds: warm.cpuSeconds, mbPerSecond: mb / warm.seconds, mbPerCpuSecond: mb / warm.cpuSeconds},
    rows: {events: tables.events.length, figures: tables.figures.length, actors: tables.actors.length, interactions: tables.interactions.length, mentions: tables.mentions.length},
    okArticles: tables.articles.filter((x) => x.status === "ok").length,
    warmRunStages: workers <= 1 ? STAGES.map((s) => ({stage: s, ms: stageMs[s], mbPerSecond: stageMs[s] > 0 ? mb / (stageMs[s] / 1000) : null})) : []
  };
}

async function main(argv: string[]) {
  const r = await runBench({articles: arg(argv, "--articles", 5000), seed: arg(argv, "--seed", 20251014), workers: Math.floor(arg(argv, "--workers", 1))});
  const line = (k: string, v: string) => console.log(`${k.padEnd(26)}${v}`);
  line("workers", r.workers <= 1 ? "1 (no worker threads: everything on the main thread)" : `${r.workers} worker threads for stages 02–08 (01, 09–11 on the main thread)`);
  line("articles (ok)", `${r.articles} (${r.okArticles})`);
  line("corpus", `${r.mb.toFixed(2)} MB (generated in ${r.generateSeconds.toFixed(1)} s)`);
  line("cold run (untimed)", `${r.seconds.toFixed(2)} s wall, ${r.cpuSeconds.toFixed(2)} s CPU (all threads${r.workers > 1 ? ", workers and their start-up included" : ""})`);
  line("throughput", `${r.mbPerSecond.toFixed(2)} MB/s wall, ${r.articlesPerSecond.toFixed(0)} articles/s`);
  line("per CPU second", `${r.mbPerCpuSecond.toFixed(2)} MB/s (target ≥ 2 MB/s per core; wall time includes other processes' turns)`);
  line("peak RSS", `${r.peakRssMb.toFixed(0)} MB (after the cold run${r.workers > 1 ? ", the workers' heaps included" : ""})`);
  if (r.workers <= 1) line("warm run (timed)", `${r.warm.seconds.toFixed(2)} s wall, ${r.warm.cpuSeconds.toFixed(2)} s CPU: ${r.warm.mbPerCpuSecond.toFixed(2)} MB/s per CPU second (steady state)`);
  else line("warm run (same workers)", `${r.warm.seconds.toFixed(2)} s wall (${r.warm.mbPerSecond.toFixed(2)} MB/s), ${r.warm.cpuSeconds.toFixed(2)} s CPU: ${r.warm.mbPerCpuSecond.toFixed(2)} MB/s per CPU second`);
  line("rows", Object.entries(r.rows).map(([k, v]) => `${k} ${v}`).join(", "));
  const table = (title: string, rows: {stage: string; ms: number; mbPerSecond: number | null}[]) => {
    console.log(`\n${title}`);
    const total = rows.reduce((s, x) => s + x.ms, 0);
    for (const s of rows) {
      console.log(`  ${s.stage.padEnd(18)}${s.ms.toFixed(0).padStart(8)} ms ${((100 * s.ms) / total).toFixed(1).padStart(6)} %${s.mbPerSecond === null ? "" : `${s.mbPerSecond.toFixed(1).padStart(10)} MB/s`}`);
    }
    console.log(`  ${"sum".padEnd(18)}${total.toFixed(0).padStart(8)} ms`);
  };
  if (r.workers <= 1) table(`per stage, CPU time inside the warm run (${r.articles} articles, ${r.mb.toFixed(2)} MB; the rest of runPipeline is glue):`, r.warmRunStages);
  else console.log("\n(per-stage CPU times: only with --workers 1; a stage timer sees one thread)");
  await mkdir(join(REPO, "test-output"), {recursive: true});
  // bench.json stays the single-thread record others compare against; worker runs go beside it.
  const file = r.workers <= 1 ? "bench.json" : `bench-workers${r.workers}.json`;
  await writeFile(join(REPO, "test-output", file), JSON.stringify(r, null, 1));
  console.log(`\nwrote test-output/${file}`);
  // Hook for the site benchmark written by another helper.
  const site = join(REPO, "src/cli/bench-site.ts");
  if (argv.includes("--no-site")) console.log("(site benchmark skipped: --no-site)");
  else if (existsSync(site)) {
    const mod = (await import(pathToFileURL(site).href)) as {benchSite?: () => Promise<unknown> | unknown};
    if (typeof mod.benchSite === "function") {
      console.log("\nsite benchmark (src/cli/bench-site.ts):");
      await mod.benchSite();
    } else console.log("\nsrc/cli/bench-site.ts has no benchSite() export; run it directly: npx tsx src/cli/bench-site.ts");
  } else console.log("(no src/cli/bench-site.ts yet: the site benchmark is not run)");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
