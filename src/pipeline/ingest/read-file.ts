/**
 * One corpus file → lines ready for metadata and boilerplate rules, or a status saying why
 * it cannot be an article. Dispatches on the extension: .txt, .md, .html/.htm.
 */
import type {ArticleStatus, SourceFile} from "../types.ts";
import {FRONT_MATTER_KEYS} from "../model/ingest-metadata.ts";
import {decodeBytes, MAX_FILE_BYTES, tooLargeWarning} from "./decode.ts";
import {htmlToText, type HtmlResult} from "./html.ts";
import {stripInlineTags} from "./inline-tags.ts";
import {identity, type MappedText} from "./mapped.ts";
import {splitFrontMatter, stripMarkdown, withTitleLine} from "./markdown.ts";
import {normaliseChars, toLines, type Line} from "./normalise.ts";

const KNOWN_KEYS = new Set<string>(Object.values(FRONT_MATTER_KEYS).flat());

export type FileKind = "text" | "markdown" | "html";

/** Extensions read as articles. */
export const EXTENSIONS: Readonly<Record<string, FileKind>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html"
};

export interface ReadFile {
  file: string;
  status: ArticleStatus;
  kind: FileKind | null;
  lines: Line[];
  /** Front matter keys (lower case), empty unless markdown with front matter. */
  frontMatter: Record<string, unknown>;
  html: Omit<HtmlResult, "text" | "warnings"> | null;
  /** The normalised text the lines were cut from (joining can then slice it instead of copying). */
  source: MappedText | null;
  warnings: string[];
}

/**
 * A ReadFile built by a constructor rather than an object literal, the fields in the order the
 * literal had; a file that cannot be an article gets its status (and warnings) set on it.
 *
 * Why: every file read lives until the last file of the corpus is read (the cross-article
 * boilerplate vote reads them all), so V8 soon decided to allocate the literal's objects straight
 * in the old generation ("pretenuring", per allocation site), and that decision threw away the
 * optimised code that had inlined the allocation (readDraft: "code dependencies" in
 * --trace-deopt). Objects made by a constructor have no allocation site (as Draft in
 * ingest-corpus.ts and SentenceRecord in stage 02).
 */
class ReadFileRecord implements ReadFile {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare file: string;
  declare status: ArticleStatus;
  declare kind: FileKind | null;
  declare lines: Line[];
  declare frontMatter: Record<string, unknown>;
  declare html: Omit<HtmlResult, "text" | "warnings"> | null;
  declare source: MappedText | null;
  declare warnings: string[];
  constructor(file: string) {
    this.file = file;
    this.status = "ok";
    this.kind = null;
    this.lines = [];
    this.frontMatter = {};
    this.html = null;
    this.source = null;
    this.warnings = [];
  }

  /**
   * This file as one that cannot be an article: its status, and a warning saying why when given.
   * Sets them on this record and returns the same record (no copy), so `return out.refused(…)` ends a read.
   */
  refused(status: ArticleStatus, warning?: string): ReadFile {
    this.status = status;
    if (warning !== undefined) this.warnings.push(warning);
    return this;
  }
}

/**
 * Decodes and parses one file. Never throws: a failure becomes status "failed".
 *
 * @example readSourceFile({path: "a.txt", bytes: new TextEncoder().encode("Floods hit.")}).lines[0].text // "Floods hit."
 */
export function readSourceFile(source: SourceFile): ReadFile {
  const out = new ReadFileRecord(source.path);
  if (source.readError !== undefined) return out.refused("unreadable", `unreadable: ${source.readError}`);
  const ext = /\.([A-Za-z0-9]+)$/.exec(source.path)?.[1]?.toLowerCase() ?? "";
  let kind: FileKind | undefined = EXTENSIONS[ext];
  if (!kind) return out.refused("unsupported", `unsupported file type "${ext ? "." + ext : "(no extension)"}": only .txt, .md and .html are read`);
  // The loader skipped reading a file over the limit (a 2 GB dump must not be loaded just to be refused).
  if (source.sizeOnDisk !== undefined && source.sizeOnDisk > MAX_FILE_BYTES) {
    out.kind = kind;
    return out.refused("too_large", tooLargeWarning(source.sizeOnDisk));
  }
  try {
    const decoded = decodeBytes(source.bytes);
    out.warnings.push(...decoded.warnings);
    if (decoded.status !== "ok") {
      out.kind = kind;
      return out.refused(decoded.status);
    }
    if (kind === "text" && /^\s*<(?:!doctype html|html[\s>])/i.test(decoded.text.slice(0, 500))) {
      kind = "html";
      out.warnings.push("looks like HTML: read as HTML");
    }
    out.kind = kind;
    let mapped: MappedText;
    if (kind === "markdown") {
      const fm = splitFrontMatter(decoded.text);
      out.frontMatter = fm.data;
      out.warnings.push(...fm.warnings);
      mapped = withTitleLine(fm, stripInlineTags(stripMarkdown(fm.body)), decoded.text);
    } else if (kind === "html") {
      const {text, warnings, ...meta} = htmlToText(decoded.text);
      out.html = meta;
      out.warnings.push(...warnings);
      // Offsets of an HTML article point into this extracted text, not into the markup.
      mapped = identity(text);
    } else {
      // Plain text may carry front matter too (a .md saved as .txt); used only when it names a known key.
      const fm = /^\uFEFF?---[ \t]*\r?\n/.test(decoded.text) ? splitFrontMatter(decoded.text) : null;
      if (fm && !fm.warnings.length && Object.keys(fm.data).some((k) => KNOWN_KEYS.has(k))) {
        out.frontMatter = fm.data;
        mapped = withTitleLine(fm, stripInlineTags(fm.body), decoded.text);
      } else mapped = stripInlineTags(identity(decoded.text));
    }
    // Markdown and plain text only delete characters of the decoded text, so what decodeBytes
    // found about it holds for `mapped` too (HTML text comes from entities and nodes: checked).
    const known = kind !== "html";
    out.source = known && decoded.plain ? mapped : normaliseChars(mapped);
    out.lines = toLines(out.source, known && decoded.nfc);
    if (!out.lines.some((l) => l.text)) {
      out.lines = [];
      out.source = null;
      return out.refused("empty", "no text found");
    }
    return out;
  } catch (error) {
    out.lines = [];
    return out.refused("failed", `failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
