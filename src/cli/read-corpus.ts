/**
 * Node side of ingestion: walk a corpus folder (subfolders too) and read every file as
 * bytes for the pure pipeline (files over stage 01's size limit are stat'ed, not read). Decoding, parsing and judging files is the pipeline's job
 * (stage 01), so a bad file still becomes a row with a status instead of vanishing here.
 */
import {readdir, readFile, stat} from "node:fs/promises";
import {join, relative, sep} from "node:path";
import {MAX_FILE_BYTES} from "../pipeline/ingest/decode.ts";
import type {SourceFile} from "../pipeline/types.ts";

/** Files that are part of the corpus folder but not articles. */
const NOT_ARTICLES = new Set(["manifest.csv"]);

export interface CorpusOnDisk {
  root: string;
  files: SourceFile[];
  manifest: string | null;
  /** Files that could not be read at all, e.g. permission denied: "file: reason". */
  unreadable: {path: string; reason: string}[];
}

/**
 * Reads a corpus folder. Throws an Error naming the folder when it is missing or holds no files.
 *
 * @example const corpus = await readCorpus("data/corpus");
 */
export async function readCorpus(root: string): Promise<CorpusOnDisk> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new Error(`Corpus folder not found: ${root}`);
  }
  if (!info.isDirectory()) throw new Error(`Corpus path is not a folder: ${root}`);
  const files: SourceFile[] = [];
  const unreadable: {path: string; reason: string}[] = [];
  let manifest: string | null = null;
  for (const abs of await walk(root)) {
    const path = relative(root, abs).split(sep).join("/");
    try {
      // Size first: a file over stage 01's limit is handed over unread (stage 01 marks it "too_large"
      // with a warning naming it) instead of being loaded into memory only to be refused.
      const size = (await stat(abs)).size;
      if (size > MAX_FILE_BYTES && path !== "manifest.csv") {
        files.push({path, bytes: new Uint8Array(0), sizeOnDisk: size});
        continue;
      }
      const bytes = new Uint8Array(await readFile(abs));
      if (path === "manifest.csv") manifest = new TextDecoder("utf-8").decode(bytes);
      else if (!NOT_ARTICLES.has(path)) files.push({path, bytes});
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unreadable.push({path, reason});
      files.push({path, bytes: new Uint8Array(0), readError: reason});
    }
  }
  if (files.length === 0) throw new Error(`Corpus folder is empty (no article files): ${root}`);
  // Sorted so output never depends on the file system's listing order.
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {root, files, manifest, unreadable};
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    if (entry.name.startsWith(".")) continue; // .DS_Store, .git
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(abs)));
    else if (entry.isFile()) out.push(abs);
  }
  return out;
}
