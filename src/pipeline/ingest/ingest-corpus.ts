/**
 * Stage 01 put together: read every file, resolve metadata, remove boilerplate (per
 * article, then lines repeated across the corpus), mark duplicates, assign stable ids.
 * Output is sorted by path, so it never depends on the order files were handed in.
 */
import type {Article, ArticleStatus, Context, MarkupSpan, SourceFile} from "../types.ts";
import type {WarningRow} from "../tables/rows.ts";
import {SUBSTANTIAL_REMOVAL_SHARE} from "../model/boilerplate.ts";
import {hashId} from "../util/hash.ts";
import {lineKey, markArticleBoilerplate, markSectionLabel, repeatedLineKeys, shortLineKey} from "./boilerplate.ts";
import {parseManifest, type ManifestRow} from "./manifest.ts";
import {joinLinesToText, keptLineOffsets, type Line} from "./normalise.ts";
import {OffsetMapRecord} from "./mapped.ts";
import {readSourceFile, type ReadFile} from "./read-file.ts";
import {resolveMetadata, type ResolvedMeta} from "./resolve-metadata.ts";
import {textId} from "./text-id.ts";

const STAGE = "01-ingest";

/** A line removed by a boilerplate rule (for reports and tests). */
export interface Removal {
  file: string;
  rule: string;
  text: string;
}

export interface IngestResult {
  articles: Article[];
  warnings: WarningRow[];
  removals: Removal[];
}

/**
 * One file on its way to an article. Drafts, the voters' key lists and the signatures all live
 * until the last file is read, so V8 decided to allocate their object and list literals straight
 * in the old generation ("pretenuring", per allocation site), and that decision threw away the
 * optimised readDraft and addVoter in a cold run ('code dependencies' in --trace-deopt; addVoter
 * then ran unoptimised to the end of the corpus). They are made by constructors, and the lists
 * copied out with `slice`, which have no allocation site (as SentenceRecord in stage 02).
 */
class Draft {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare read: ReadFile;
  declare meta: ResolvedMeta | null;
  declare warnings: string[];
  /** The kept short lines, in order (set by addVoter: the only lines markChrome looks at). */
  declare short: readonly Line[];
  constructor(read: ReadFile, warnings: string[]) {
    this.read = read;
    this.meta = null;
    this.warnings = warnings;
    this.short = NO_LINES;
  }
}

/** A draft's short lines before addVoter has looked (shared, never modified). */
const NO_LINES: readonly Line[] = Object.freeze([]);

/*
 * The two records below are built by constructors, not object literals, for the reason given at
 * Draft: they live until the last article is assembled (removals to the end of the run), and V8
 * pretenured their literals and threw away the compiled assembleArticle ("code dependencies").
 */

/** A line removed by a boilerplate rule (see Removal). */
class RemovalRecord implements Removal {
  declare file: string;
  declare rule: string;
  declare text: string;
  constructor(file: string, rule: string, text: string) {
    this.file = file;
    this.rule = rule;
    this.text = text;
  }
}

/**
 * An article text already assembled, under its id hash: the file that has it, and the other
 * texts with the same hash (all different), a chain instead of a list literal per hash.
 */
class SeenText {
  declare text: string;
  declare file: string;
  declare next: SeenText | null;
  constructor(text: string, file: string, next: SeenText | null) {
    this.text = text;
    this.file = file;
    this.next = next;
  }
}

/** One vote of the cross-article rule: an article's outlet and its short lines' keys. */
class Voter {
  declare outlet: string | null;
  declare keys: string[];
  constructor(outlet: string | null, keys: string[]) {
    this.outlet = outlet;
    this.keys = keys;
  }
}

/**
 * What tells two drafts' kept texts apart for the cross-article vote: the string
 * `${size}\u0000${first long line}\u0000${last long line}\u0000${short keys joined by \u0000}`.
 * It is built only when another draft has a signature of the same length and the same size
 * (most drafts differ in one of those), so equal signatures are still found exactly.
 */
class Signature {
  declare size: number;
  declare firstLong: string;
  declare lastLong: string;
  declare keys: string[];
  declare text: string | null;
  constructor(size: number, firstLong: string, lastLong: string, keys: string[]) {
    this.size = size;
    this.firstLong = firstLong;
    this.lastLong = lastLong;
    this.keys = keys;
    this.text = null;
  }
}

/**
 * Ingests a corpus. Never throws; bad files become articles with a non-"ok" status and a
 * warning naming them.
 *
 * @example ingestFiles([{path: "a.txt", bytes: new TextEncoder().encode("Floods hit the town")}], null, ctx).articles[0].status // "ok"
 */
export function ingestFiles(files: SourceFile[], manifestText: string | null, ctx: Context): IngestResult {
  const warnings: WarningRow[] = [];
  const removals: Removal[] = [];
  const manifest = parseManifest(manifestText);
  for (const w of manifest.warnings) warnings.push(w);

  // The work per file and per article sits in small functions (readDraft, assembleArticle):
  // one loop body holding all of it was compiled by TurboFan again for every loop it entered
  // (on-stack replacement) and again after each deopt in the code after the loop.
  const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
  const drafts: Draft[] = [];
  const seenPaths = new Set<string>();
  for (const f of sorted) {
    if (seenPaths.has(f.path)) continue; // the same path handed in twice
    seenPaths.add(f.path);
    drafts.push(readDraft(f, manifest.rows.get(f.path), ctx, warnings));
  }
  checkManifestFiles(manifest.rows, seenPaths, warnings);
  removeRepeatedLines(drafts);

  // Assemble texts, then duplicates (first by path kept) and ids.
  const articles: Article[] = [];
  const firstByHash = new Map<string, SeenText>();
  for (const d of drafts) articles.push(assembleArticle(d, firstByHash, warnings, removals));
  return {articles, warnings, removals};
}

/** One file read, its boilerplate marked and its metadata resolved (warnings pushed in file order). */
function readDraft(f: SourceFile, row: ManifestRow | undefined, ctx: Context, warnings: WarningRow[]): Draft {
  const read = readSourceFile(f);
  const draft = new Draft(read, [...read.warnings]);
  if (read.status === "ok") {
    try {
      // Loops with push, not map/filter: an empty result of `map` has another elements kind than
      // a list of strings, and resolveMetadata's optimised code was thrown away on the first
      // article with no kept line.
      const lineTexts: string[] = [];
      for (const l of read.lines) lineTexts.push(l.text);
      markArticleBoilerplate(read.lines);
      markSectionLabel(read.lines);
      const kept: string[] = [];
      for (const l of read.lines) if (!l.removed) kept.push(l.text);
      const w = {corpus: warnings, article: draft.warnings};
      draft.meta = resolveMetadata(read, row, ctx.outlets, lineTexts, kept, w);
    } catch (error) {
      // A bug here must cost one article, never the run.
      read.status = "failed";
      read.lines = [];
      read.source = null;
      draft.meta = emptyMeta();
      const message = `failed: ${error instanceof Error ? error.message : String(error)}`;
      draft.warnings.push(message);
      warnings.push({file: f.path, stage: STAGE, message});
    }
  } else {
    draft.meta = resolveMetadata(read, row, ctx.outlets, [], [], {corpus: warnings, article: draft.warnings});
    warnings.push({file: f.path, stage: STAGE, message: `${read.status}: ${read.warnings.join("; ") || read.status}`});
  }
  if (read.status === "ok" && read.warnings.length) {
    for (const message of read.warnings) warnings.push({file: f.path, stage: STAGE, message});
  }
  return draft;
}

/**
 * The article of one draft: kept lines joined, removals listed, a duplicate of an earlier text
 * (same hash, same text) marked, the id assigned.
 */
function assembleArticle(d: Draft, firstByHash: Map<string, SeenText>, warnings: WarningRow[], removals: Removal[]): Article {
  const {read} = d;
  const meta = d.meta!;
  let status = read.status;
  let text = "";
  let offsetMap: Article["offsetMap"] | null = null;
  let markup: MarkupSpan[] = [];
  if (status === "ok") {
    ({text, offsetMap} = joinLinesToText(read.lines, read.source ?? undefined));
    if (read.html?.markup.length) markup = keptMarkup(read.lines, read.html.markup);
    let removedLines = 0;
    let removedChars = 0;
    for (const l of read.lines) {
      if (!l.removed) continue;
      removals.push(new RemovalRecord(read.file, l.removed, l.text));
      removedLines++;
      removedChars += l.text.length;
    }
    if (removedLines) noteRemovals(d.warnings, read.lines, removedLines, removedChars, text.length);
    // The lines (and their position arrays) are not needed any more: let them go before the next article.
    read.lines = [];
    read.source = null;
    if (!text) status = markEmpty(d, warnings);
  }
  // One hash per article: of the text for a kept article, of text and path otherwise.
  let articleId: string | null = null;
  let words = 0;
  if (status === "ok") {
    // Duplicates are found by the id hash, confirmed by comparing texts (no second pass to key a Map by the whole text).
    // The word count comes from the same pass over the text (see text-id.ts).
    const id = textId(text);
    const hash = id.hash;
    words = id.words;
    const sameHash = firstByHash.get(hash);
    const first = sameHash === undefined ? undefined : firstWithText(sameHash, text);
    if (first === undefined) {
      // Texts under one hash all differ, so the order of the chain does not decide which is found.
      firstByHash.set(hash, new SeenText(text, read.file, sameHash ?? null));
      articleId = "a_" + hash;
    } else status = markDuplicate(d, first, warnings);
  }
  const article: Article = new ArticleRecord(
    articleId ?? "a_" + hashId(text + "|" + read.file),
    read.file,
    meta,
    status === "ok" || status === "duplicate" ? text : "",
    offsetMap ?? new OffsetMapRecord([], []),
    status === "ok" ? words : 0,
    status,
    d.warnings
  );
  if (markup.length && status === "ok") article.markup = markup;
  return article;
}

/**
 * An Article built by a constructor rather than an object literal. Every field is written out in
 * the order the spread of `meta` gave (ResolvedMeta's), not `...meta`: spreads are large graphs
 * for TurboFan, and the fields and their order (so the object's shape and every table) are the
 * same as before. WRITTEN_META_FIELDS below lists them, so a field added to ResolvedMeta fails to
 * compile until it is written here. `markup` is added afterwards, only when there is some.
 *
 * Why a constructor: articles live to the end of the run, so V8 decided to allocate the literal's
 * objects straight in the old generation ("pretenuring", per allocation site) while
 * assembleArticle was being compiled, and threw that compile away ("Bailed out due to dependency
 * change" in --trace-opt, about 40–80 ms of a cold run's compile thread; gone with
 * --no-allocation-site-pretenuring). Objects made by a constructor have no allocation site (as
 * Draft above and SentenceRecord in stage 02).
 *
 * @example new ArticleRecord("a_1f2e", "a.txt", emptyMeta(), "Floods hit.", {textStart: [], rawStart: []}, 2, "ok", [])
 */
class ArticleRecord implements Article {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare articleId: string;
  declare file: string;
  declare outlet: string | null;
  declare outletSource: Article["outletSource"];
  declare published: string | null;
  declare publishedSource: Article["publishedSource"];
  declare publishedInferred: boolean;
  declare url: string | null;
  declare title: string | null;
  declare dayFirst: boolean;
  declare text: string;
  declare offsetMap: Article["offsetMap"];
  declare words: number;
  declare status: ArticleStatus;
  declare warnings: string[];
  declare markup?: MarkupSpan[];
  constructor(articleId: string, file: string, meta: ResolvedMeta, text: string, offsetMap: Article["offsetMap"], words: number, status: ArticleStatus, warnings: string[]) {
    this.articleId = articleId;
    this.file = file;
    this.outlet = meta.outlet;
    this.outletSource = meta.outletSource;
    this.published = meta.published;
    this.publishedSource = meta.publishedSource;
    this.publishedInferred = meta.publishedInferred;
    this.url = meta.url;
    this.title = meta.title;
    this.dayFirst = meta.dayFirst;
    this.text = text;
    this.offsetMap = offsetMap;
    this.words = words;
    this.status = status;
    this.warnings = warnings;
  }
}

/**
 * The metadata fields ArticleRecord writes out by hand, one entry per key of ResolvedMeta: a
 * field added to ResolvedMeta and not to this list (so not to ArticleRecord above) fails
 * to compile there, where `...meta` used to copy it. Also what the test compares the ingested
 * article's keys with.
 */
export const WRITTEN_META_FIELDS: Readonly<Record<keyof ResolvedMeta, true>> = {
  outlet: true,
  outletSource: true,
  published: true,
  publishedSource: true,
  publishedInferred: true,
  url: true,
  title: true,
  dayFirst: true
};

/*
 * The rare outcomes of assembleArticle, each in its own function: a branch first taken after
 * assembleArticle was optimised threw its optimised code away (the first article warned of a
 * substantial removal, a few hundred articles in: "not a Smi" on pushing the note to a warnings
 * list that had held none), and the whole function was compiled again.
 */

/**
 * Notes an article that lost a substantial share of its text to boilerplate rules.
 *
 * @example noteRemovals(warnings, lines, 7, 781, 3851) // pushes "boilerplate: removed 7 lines (17% of the text; repeated_line, repeated_paragraph)"
 */
function noteRemovals(notes: string[], lines: Line[], removedLines: number, removedChars: number, keptChars: number): void {
  const total = removedChars + keptChars;
  if (!total || removedChars / total < SUBSTANTIAL_REMOVAL_SHARE) return;
  const rules = [...new Set(lines.filter((l) => l.removed).map((l) => l.removed))].join(", ");
  notes.push(`boilerplate: removed ${removedLines} lines (${Math.round((100 * removedChars) / total)}% of the text; ${rules})`);
}

/** An article with nothing left after boilerplate removal: noted, and its status. */
function markEmpty(d: Draft, warnings: WarningRow[]): ArticleStatus {
  d.warnings.push("empty after boilerplate removal");
  warnings.push({file: d.read.file, stage: STAGE, message: "empty: nothing left after boilerplate removal"});
  return "empty";
}

/** An article whose text an earlier file (`first`) already has: noted, and its status. */
function markDuplicate(d: Draft, first: string, warnings: WarningRow[]): ArticleStatus {
  d.warnings.push(`duplicate of ${first}`);
  warnings.push({file: d.read.file, stage: STAGE, message: `duplicate of ${first}: kept once`});
  return "duplicate";
}

/** The file of the first earlier article with exactly this text (same hash), if any. */
function firstWithText(sameHash: SeenText, text: string): string | undefined {
  for (let k: SeenText | null = sameHash; k !== null; k = k.next) if (k.text === text) return k.file;
  return undefined;
}

/**
 * The HTML markup spans (offsets into the extracted page text) moved onto the joined article
 * text: a kept line starting inside a span takes its kind; removed lines drop out.
 *
 * @example keptMarkup(lines, [{start: 11, end: 21, kind: "caption"}]) // [{start: 0, end: 10, kind: "caption"}] once the line before was removed
 */
export function keptMarkup(lines: Line[], spans: MarkupSpan[]): MarkupSpan[] {
  const out: MarkupSpan[] = [];
  keptLineOffsets(lines, (l, at) => {
    for (const s of spans) if (l.start >= s.start && l.start < s.end) out.push({start: at, end: at + l.text.length, kind: s.kind});
  });
  return out;
}

function emptyMeta(): ResolvedMeta {
  return {outlet: null, outletSource: "none", published: null, publishedSource: "none", publishedInferred: false, url: null, title: null, dayFirst: true};
}

/** Cross-article rule: short lines found in many articles (see repeatedLineKeys). */
function removeRepeatedLines(drafts: Draft[]): void {
  // Identical articles must not vote twice: one vote per distinct kept text. Signatures by length.
  const seen = new Map<number, Signature[]>();
  const voters: Voter[] = [];
  // Per-draft work in small functions: a loop body here was compiled again at every loop entry (OSR).
  for (const d of drafts) if (d.read.status === "ok") addVoter(d, seen, voters);
  const chrome = repeatedLineKeys(voters);
  if (!chrome.size) return;
  for (const d of drafts) if (d.read.status === "ok") markChrome(d, chrome);
}

/** addVoter's working lists, filled and copied out within one call (not re-entrant). */
const KEYS: string[] = [];
const SHORT: Line[] = [];

/** The short lines' keys of one draft, unless an identical kept text already voted. */
function addVoter(d: Draft, seen: Map<number, Signature[]>, voters: Voter[]): void {
  // One pass over the kept lines: the short lines' keys (cached on the lines) and a cheap
  // identity (size, first and last long line, short lines) instead of joining the whole text.
  // Collected in the scratch lists KEYS and SHORT, copied out below at their length (see Draft).
  let n = 0;
  let size = 0;
  let firstLong: string | null = null;
  let lastLong: string | null = null;
  // The signature's length, counted as it would be built: "\u0000" after size, first and last, and between keys.
  let length = 3;
  for (const l of d.read.lines) {
    if (l.removed || !l.text) continue;
    size += l.text.length;
    const key = shortLineKey(l);
    if (key !== null) {
      length += key.length + (n ? 1 : 0);
      KEYS[n] = key;
      SHORT[n] = l;
      n++;
    } else {
      firstLong ??= l.text;
      lastLong = l.text;
    }
  }
  const keys = KEYS.slice(0, n);
  d.short = SHORT.slice(0, n);
  // Hold no draft's lines past the call (as stages 06 and 07 do with their lists).
  KEYS.length = 0;
  SHORT.length = 0;
  const sig = new Signature(size, firstLong ?? "", lastLong ?? "", keys);
  length += String(size).length + sig.firstLong.length + sig.lastLong.length;
  const same = seen.get(length);
  // Array.of, not a literal: a builtin's list has no allocation site (see Draft).
  if (same === undefined) seen.set(length, Array.of(sig));
  else {
    for (const other of same) if (other.size === size && signatureText(other) === signatureText(sig)) return;
    same.push(sig);
  }
  voters.push(new Voter(d.meta?.outlet ?? null, keys));
}

function signatureText(sig: Signature): string {
  return (sig.text ??= `${sig.size}\u0000${sig.firstLong}\u0000${sig.lastLong}\u0000${sig.keys.join("\u0000")}`);
}

/** Marks a draft's short lines whose key is corpus chrome. */
function markChrome(d: Draft, chrome: Set<string>): void {
  // The article's own title is never chrome, even when several outlets ran the same headline.
  const titleKey = d.meta?.title ? lineKey(d.meta.title) : null;
  for (const l of d.short) {
    const key = l.key as string;
    if (key !== titleKey && chrome.has(key)) l.removed = "repeated_line";
  }
}

function checkManifestFiles(rows: Map<string, ManifestRow>, paths: Set<string>, warnings: WarningRow[]): void {
  // Corpus paths by lower-case file name, built only when a row misses (a lookup per row, not a scan).
  let byBase: Map<string, string[]> | null = null;
  const baseOf = (p: string) => p.slice(p.lastIndexOf("/") + 1).toLowerCase();
  for (const row of rows.values()) {
    if (paths.has(row.file)) continue;
    if (!byBase) {
      byBase = new Map();
      for (const p of paths) {
        const list = byBase.get(baseOf(p));
        if (list) list.push(p);
        else byBase.set(baseOf(p), [p]);
      }
    }
    const near = byBase.get(baseOf(row.file)) ?? [];
    const hint = near.length === 1 ? ` (did you mean ${near[0]}?)` : "";
    warnings.push({file: "manifest.csv", stage: STAGE, message: `row ${row.row} (${row.file}): no such file in the corpus${hint}`});
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
