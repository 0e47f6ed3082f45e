/**
 * `npm run extract -- <corpus-dir> --out <out-dir> [--reference <dir>] [--workers N]`
 *
 * Reads a corpus folder (subfolders too, plus manifest.csv), runs the pipeline and writes
 * every table as .json and .csv. Progress and a summary go to stderr; output files are
 * byte-identical between runs on the same input. Exit codes: 0 done, 1 corpus missing or
 * empty (or another failure), 2 bad arguments. `--workers N` runs stages 02–08 in N worker
 * threads (src/cli/parallel.ts); the files written are the same bytes for every N.
 */
import {readFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {defaultWorkers, MAX_DEFAULT_WORKERS, runPipelineInWorkers, SMALL_CORPUS} from "./parallel.ts";
import {readCorpus} from "./read-corpus.ts";
import {writeTables} from "./write-tables.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

export const USAGE = `Usage: npm run extract -- <corpus-dir> [--out <out-dir>] [--reference <dir>] [--workers N]

Reads every .txt, .md and .html file under <corpus-dir> (and <corpus-dir>/manifest.csv),
extracts events, figures, actors, interactions and labels, and writes each table as
<out-dir>/<table>.json and <out-dir>/<table>.csv.

  --out <dir>        where to write the tables (default: out)
  --reference <dir>  folder with actors.csv and outlets.csv (default: data/reference)
  --workers <N>      worker threads for the per-article stages; the output is the same
                     bytes for every N (default: 1 below ${SMALL_CORPUS.toLocaleString("en")} files, else one per
                     core, at most ${MAX_DEFAULT_WORKERS}; 1 runs everything on the main thread)
  -h, --help         show this help
`;

export interface ExtractArgs {
  corpus: string;
  out: string;
  reference: string;
  /** Worker threads asked for; null: defaultWorkers(number of files). */
  workers: number | null;
}

/**
 * Parses the command line; returns a message string for bad arguments or "help".
 *
 * @example parseArgs(["data/corpus", "--out", "out", "--workers", "2"]) // {corpus: "data/corpus", out: "out", reference: ".../data/reference", workers: 2}
 */
export function parseArgs(argv: string[]): ExtractArgs | "help" | {error: string} {
  let corpus: string | null = null;
  let out = "out";
  let reference = join(REPO, "data/reference");
  let workers: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") return "help";
    if (a === "--workers" || a.startsWith("--workers=")) {
      const v = a === "--workers" ? argv[++i] : a.slice(10);
      workers = parseWorkers(v);
      if (workers === null) return {error: `--workers needs a whole number from 1 to 64, got ${v ?? "nothing"}`};
    } else if (a === "--out" || a === "--reference") {
      const v = argv[++i];
      if (!v) return {error: `${a} needs a folder`};
      if (a === "--out") out = v;
      else reference = v;
    } else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a.startsWith("--reference=")) reference = a.slice(12);
    else if (a.startsWith("-")) return {error: `unknown option ${a}`};
    else if (corpus === null) corpus = a;
    else return {error: `unexpected argument ${a}`};
  }
  if (!corpus) return {error: "no corpus folder given"};
  return {corpus, out, reference, workers};
}

/** "4" → 4; anything but a whole number from 1 to 64 → null (64: more threads than that only queue). */
function parseWorkers(v: string | undefined): number | null {
  const n = Number(v);
  return v !== undefined && /^\d+$/.test(v) && n >= 1 && n <= 64 ? n : null;
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf-8");
  } catch {
    process.stderr.write(`warning: ${path} not found; continuing without it\n`);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if ("error" in args) {
    process.stderr.write(`extract: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  let corpus;
  try {
    corpus = await readCorpus(resolve(args.corpus));
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const actorsCsv = await readOptional(join(args.reference, "actors.csv"));
  const outletsCsv = await readOptional(join(args.reference, "outlets.csv"));
  const workers = args.workers ?? defaultWorkers(corpus.files.length);
  if (workers > 1) process.stderr.write(`extracting with ${workers} worker threads\n`);
  const input = {
    files: corpus.files,
    manifest: corpus.manifest,
    actorsCsv,
    outletsCsv,
    onProgress: (done: number, total: number, file: string) => process.stderr.write(`[${done}/${total}] ${file}\n`)
  };
  const tables = await runPipelineInWorkers(input, {workers});
  const written = await writeTables(tables, args.out);

  const articles = tables.articles;
  const ok = articles.filter((a) => a.status === "ok").length;
  const skipped = new Map<string, string[]>();
  for (const a of articles) if (a.status !== "ok") skipped.set(a.status, [...(skipped.get(a.status) ?? []), a.file]);
  const lines = [
    `articles read: ${articles.length}, ok: ${ok}`,
    ...[...skipped].map(([status, files]) => `  ${status}: ${files.length} (${files.join(", ")})`),
    `rows: ${["events", "figures", "actors", "interactions", "labels"].map((t) => `${t} ${(tables as unknown as Record<string, unknown[]>)[t].length}`).join(", ")}`,
    `warnings: ${tables.warnings.length}${tables.warnings.length ? " (see warnings.csv)" : ""}`,
    `wrote ${written.length} files to ${args.out}`
  ];
  process.stderr.write(lines.join("\n") + "\n");
  return 0;
}

// Run only as the command, so a test can import parseArgs and USAGE without starting an extraction.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`extract: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exit(1);
    }
  );
}
