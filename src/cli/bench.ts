/**
 * `npm run bench [-- --articles N] [--sample M] [--seed S] [--no-site]`: throughput of the whole
 * pipeline on a deterministic synthetic corpus (src/cli/bench-corpus.ts; default 5,000 articles,
 * ≥ 12 MB) in one process, with the CPU time of each stage inside that run (a StageTimer passed to
 * runPipeline), plus per-stage time measured by calling each stage function on a sample. Prints a
 * compact table and writes test-output/bench.json. Not a test: numbers depend on the machine.
 * `--no-site` skips the site benchmark that otherwise follows.
 */
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {buildContext, runPipeline, type StageTimer} from "../pipeline/index.ts";
import {ingestCorpus} from "../pipeline/stages/01-ingest.ts";
import {splitSentences} from "../pipeline/stages/02-sentences.ts";
import {findDates} from "../pipeline/stages/03-dates.ts";
import {findMentions} from "../pipeline/stages/04-mentions.ts";
import {findFigures} from "../pipeline/stages/05-figures.ts";
import {findEvents} from "../pipeline/stages/06-events.ts";
import {findInteractions} from "../pipeline/stages/07-interactions.ts";
import {findLabels} from "../pipeline/stages/08-labels.ts";
import {mergeActors} from "../pipeline/stages/09-actors.ts";
import {toTables} from "../pipeline/stages/11-tables.ts";
import type {ArticleExtraction} from "../pipeline/types.ts";
import {generateBenchCorpus, type Template} from "./bench-corpus.ts";

const REPO = resolve(import.meta.dirname, "../..");

function arg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

async function templates(): Promise<{templates: Template[]; persons: string[]}> {
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

async function reference(name: string): Promise<string | null> {
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
 * Generates the corpus, runs the pipeline on all of it, then times each stage on a sample.
 *
 * @example const result = await runBench({articles: 500, sample: 100});
 */
export async function runBench({articles = 5000, sample = 400, seed = 20251014} = {}) {
  const {templates: tpl, persons} = await templates();
  const t0 = performance.now();
  const corpus = generateBenchCorpus(tpl, persons, {count: articles, seed});
  const generateSeconds = (performance.now() - t0) / 1000;
  const actorsCsv = await reference("actors.csv");
  const outletsCsv = await reference("outlets.csv");
  const mb = corpus.bytes / 1e6;

  // CPU time per stage inside the full run (see stageTimer).
  const fullMs: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  const timer = stageTimer(fullMs);

  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const tables = runPipeline({files: corpus.files, manifest: corpus.manifest, actorsCsv, outletsCsv}, timer);
  const seconds = (performance.now() - t1) / 1000;
  // CPU time too: on a shared machine wall time also counts other processes' turns.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  // Per-stage: the same functions runPipeline chains, called one by one on a sample.
  const n = Math.min(sample, corpus.files.length);
  const files = corpus.files.slice(0, n);
  const manifest = corpus.manifest.split("\n").slice(0, n + 1).join("\n") + "\n";
  const sampleMb = files.reduce((s, f) => s + f.bytes.length, 0) / 1e6;
  const ms: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  // CPU time (user + system) rather than wall time: the machine may be shared with other jobs.
  const sampleTimer = stageTimer(ms);
  const time = <T>(stage: string, run: () => T): T => sampleTimer.time(stage, run);
  const ctx = buildContext({actorsCsv, outletsCsv});
  const {articles: ingested} = time("01-ingest", () => ingestCorpus(files, manifest, ctx));
  const extractions: ArticleExtraction[] = [];
  for (const article of ingested) {
    if (article.status !== "ok") continue;
    const sentences = time("02-sentences", () => splitSentences(article));
    const dates = time("03-dates", () => findDates(article, sentences));
    const mentions = time("04-mentions", () => findMentions(article, sentences, ctx));
    const figures = time("05-figures", () => findFigures(article, sentences, dates, mentions, ctx));
    const events = time("06-events", () => findEvents(article, sentences, dates, mentions, ctx));
    const interactions = time("07-interactions", () => findInteractions(article, sentences, dates, mentions, ctx));
    const labels = time("08-labels", () => findLabels(article, sentences, mentions, ctx));
    extractions.push({article, sentences, dates, mentions, figures, events, interactions, labels, warnings: []});
  }
  const merged = time("09-actors", () => mergeActors(extractions, ctx));
  // toTables runs stage 10 inside; the timer charges it to 10-clusters and the rest to 11-tables.
  time("11-tables", () => toTables([], extractions, merged, [], sampleTimer));

  return {
    articles: corpus.files.length,
    mb,
    seconds,
    mbPerSecond: mb / seconds,
    cpuSeconds,
    mbPerCpuSecond: mb / cpuSeconds,
    articlesPerSecond: corpus.files.length / seconds,
    peakRssMb,
    generateSeconds,
    rows: {events: tables.events.length, figures: tables.figures.length, actors: tables.actors.length, interactions: tables.interactions.length, mentions: tables.mentions.length},
    okArticles: tables.articles.filter((x) => x.status === "ok").length,
    stageSample: {articles: n, mb: sampleMb},
    stages: STAGES.map((s) => ({stage: s, ms: ms[s], mbPerSecond: ms[s] > 0 ? sampleMb / (ms[s] / 1000) : null})),
    fullRunStages: STAGES.map((s) => ({stage: s, ms: fullMs[s], mbPerSecond: fullMs[s] > 0 ? mb / (fullMs[s] / 1000) : null}))
  };
}

async function main(argv: string[]) {
  const r = await runBench({articles: arg(argv, "--articles", 5000), sample: arg(argv, "--sample", 400), seed: arg(argv, "--seed", 20251014)});
  const line = (k: string, v: string) => console.log(`${k.padEnd(26)}${v}`);
  line("articles (ok)", `${r.articles} (${r.okArticles})`);
  line("corpus", `${r.mb.toFixed(2)} MB (generated in ${r.generateSeconds.toFixed(1)} s)`);
  line("runPipeline", `${r.seconds.toFixed(2)} s`);
  line("throughput", `${r.mbPerSecond.toFixed(2)} MB/s, ${r.articlesPerSecond.toFixed(0)} articles/s (target ≥ 2 MB/s)`);
  line("per CPU second", `${r.mbPerCpuSecond.toFixed(2)} MB/s (${r.cpuSeconds.toFixed(1)} s CPU; wall time includes other processes' turns)`);
  line("peak RSS", `${r.peakRssMb.toFixed(0)} MB`);
  line("rows", Object.entries(r.rows).map(([k, v]) => `${k} ${v}`).join(", "));
  const table = (title: string, rows: {stage: string; ms: number; mbPerSecond: number | null}[]) => {
    console.log(`\n${title}`);
    const total = rows.reduce((s, x) => s + x.ms, 0);
    for (const s of rows) {
      console.log(`  ${s.stage.padEnd(18)}${s.ms.toFixed(0).padStart(8)} ms ${((100 * s.ms) / total).toFixed(1).padStart(6)} %${s.mbPerSecond === null ? "" : `${s.mbPerSecond.toFixed(1).padStart(10)} MB/s`}`);
    }
    console.log(`  ${"sum".padEnd(18)}${total.toFixed(0).padStart(8)} ms`);
  };
  table(`per stage, CPU time inside the full run (${r.articles} articles, ${r.mb.toFixed(2)} MB; the rest of runPipeline is glue):`, r.fullRunStages);
  table(`per stage, CPU time on a sample of ${r.stageSample.articles} articles (${r.stageSample.mb.toFixed(2)} MB):`, r.stages);
  await mkdir(join(REPO, "test-output"), {recursive: true});
  await writeFile(join(REPO, "test-output/bench.json"), JSON.stringify(r, null, 1));
  console.log("\nwrote test-output/bench.json");
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
