/**
 * Keeps Framework's loader cache honest. Framework 1.13 reruns a data loader only when the
 * loader FILE is newer than its cached output, so an edit to src/pipeline/**, to the reference
 * lists or to the corpus (or pointing NEWSPRISM_CORPUS elsewhere) would silently reuse stale
 * tables. Run before every build/preview (prebuild/predev): it hashes every input of the
 * loaders and, when the hash differs from the one recorded at the last run, deletes the cached
 * loader outputs (src/.observablehq/cache/data/) so Framework regenerates them.
 *
 * Inputs: src/pipeline/**, src/cli/read-corpus.ts, src/data/**, data/reference/**, the corpus
 * folder's files (path + bytes) and the NEWSPRISM_CORPUS value, package-lock.json.
 */
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {join, relative, resolve, sep} from "node:path";

/** Where the last hash is recorded; cleared with the rest of the cache by `npm run clean`. */
export const HASH_FILE = "src/.observablehq/cache/newsprism-inputs.sha256";

/** Cached outputs of the loaders in src/data (Framework mirrors the source path). */
export const LOADER_CACHE = "src/.observablehq/cache/data";

/** Files and folders whose content feeds the loaders, relative to the repo root. */
export const LOADER_INPUTS = ["src/pipeline", "src/cli/read-corpus.ts", "src/data", "data/reference", "package-lock.json"];

async function filesUnder(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  let entries;
  try {
    entries = await readdir(path, {withFileTypes: true});
  } catch {
    return [path]; // a file
  }
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // .DS_Store, editor swap files
    const child = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(child)));
    else if (entry.isFile()) out.push(child);
  }
  return out;
}

/**
 * SHA-256 over the loaders' inputs, stable across machines (relative paths, sorted).
 *
 * @example await inputsHash("/work/main", "data/corpus")
 */
export async function inputsHash(repo: string, corpus: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`corpus-setting\0${corpus}\0`);
  const groups: [string, string[]][] = [];
  for (const input of LOADER_INPUTS) groups.push([input, await filesUnder(resolve(repo, input))]);
  groups.push(["corpus", await filesUnder(resolve(repo, corpus))]);
  for (const [label, files] of groups) {
    const base = label === "corpus" ? resolve(repo, corpus) : repo;
    const rel = files.map((f) => relative(base, f).split(sep).join("/")).sort();
    for (const name of rel) {
      hash.update(`${label}\0${name}\0`);
      hash.update(await readFile(resolve(base, name)).catch(() => Buffer.from("unreadable")));
    }
  }
  return hash.digest("hex");
}

/**
 * Deletes the cached loader outputs when the inputs changed since the last run.
 * Returns whether the cache was cleared.
 *
 * @example await refreshLoaderCache("/work/main", process.env.NEWSPRISM_CORPUS || "data/corpus")
 */
export async function refreshLoaderCache(repo: string, corpus: string): Promise<{changed: boolean; hash: string}> {
  const hash = await inputsHash(repo, corpus);
  const hashFile = resolve(repo, HASH_FILE);
  const previous = await readFile(hashFile, "utf-8").then((s) => s.trim(), () => null);
  const changed = previous !== hash;
  if (changed) {
    await rm(resolve(repo, LOADER_CACHE), {recursive: true, force: true});
    await mkdir(resolve(hashFile, ".."), {recursive: true});
    await writeFile(hashFile, `${hash}\n`);
  }
  return {changed, hash};
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const corpus = process.env.NEWSPRISM_CORPUS || "data/corpus";
  refreshLoaderCache(process.cwd(), corpus).then(
    ({changed, hash}) =>
      console.error(
        changed
          ? `[inputs] loader inputs changed (${hash.slice(0, 12)}): cleared cached tables, they will be rebuilt`
          : `[inputs] loader inputs unchanged (${hash.slice(0, 12)}): cached tables reused`
      ),
    (error) => {
      console.error(`[inputs] failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  );
}
