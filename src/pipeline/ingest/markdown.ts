/**
 * Markdown articles: YAML front matter (metadata) and the markup that is not prose
 * (heading marks, emphasis, link targets, images) — removed with positions kept.
 */
import {parse as parseYaml} from "yaml";
import {opensWith} from "./headline.ts";
import {deleteRanges, identity, MappedRecord, type MappedText} from "./mapped.ts";
import {simpleFrontMatter} from "./simple-yaml.ts";

export interface FrontMatter {
  /** Parsed YAML mapping (keys lower-cased), empty when absent or invalid. */
  data: Record<string, unknown>;
  /** The body after the front matter, positions relative to the decoded file. */
  body: MappedText;
  warnings: string[];
}

/**
 * Splits `---`-delimited YAML front matter from a markdown file.
 *
 * @example splitFrontMatter("---\ntitle: Floods\n---\nBody").data.title // "Floods"
 */
export function splitFrontMatter(text: string): FrontMatter {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return {data: {}, body: identity(text), warnings: []};
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return {data: {}, body: identity(text), warnings: ["front matter not closed (no second ---): read as text"]};
  const yamlText = rest.slice(0, m.index);
  const bodyStart = open[0].length + m.index + m[0].length;
  const body = identity(text.slice(bodyStart), bodyStart);
  // Plain `key: string` lines (most files) are read without the YAML library: see simple-yaml.ts.
  const simple = simpleFrontMatter(yamlText);
  if (simple) return {data: simple, body, warnings: []};
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlText, {maxAliasCount: 10});
  } catch (error) {
    const msg = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {data: {}, body, warnings: [`front matter is not valid YAML (ignored): ${msg}`]};
  }
  if (parsed === null || parsed === undefined) return {data: {}, body, warnings: []};
  if (typeof parsed !== "object" || Array.isArray(parsed)) return {data: {}, body, warnings: ["front matter is not a key: value mapping (ignored)"]};
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) data[k.toLowerCase()] = v;
  return {data, body, warnings: []};
}

/**
 * Removes markdown syntax line by line: `#` heading marks, `>` quote marks, list bullets,
 * rules, fences, emphasis markers, images, link targets (`[text](url)` → `text`), reference
 * definitions, backslash escapes. The words stay where they were.
 *
 * @example stripMarkdown(identity("## A *big* [flood](http://x)")).text // "A big flood"
 */
export function stripMarkdown(m: MappedText): MappedText {
  const ranges: [number, number][] = [];
  const s = m.text;
  let lineStart = 0;
  while (lineStart <= s.length) {
    let lineEnd = s.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    markdownLine(s, lineStart, lineEnd, ranges);
    lineStart = lineEnd + 1;
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return deleteRanges(m, mergeRanges(ranges));
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const RULE_LINE = /^ {0,3}(?:[-*_] *){3,}$|^ {0,3}(?:=+|`{3,}.*|~{3,}.*)$/;
const REF_DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]: *\S+/;
const BLOCK_PREFIX = /^ {0,3}(?:#{1,6}(?: +|$)|(?:> ?)+|[-*+] +|\d{1,3}[.)](?= ))/;

function markdownLine(s: string, a: number, z: number, out: [number, number][]): void {
  const line = s.slice(a, z);
  if (RULE_LINE.test(line) || REF_DEFINITION.test(line)) {
    out.push([a, z]);
    return;
  }
  const prefix = BLOCK_PREFIX.exec(line);
  let i = a;
  if (prefix && !/\d/.test(prefix[0])) {
    out.push([a, a + prefix[0].length]);
    i = a + prefix[0].length;
    if (prefix[0].includes("#")) {
      const closing = / +#+ *$/.exec(line);
      if (closing && closing.index > prefix[0].length) z = a + closing.index, out.push([z, a + line.length]);
    }
  }
  inlineMarkdown(s, i, z, out);
}

/** Emphasis, code, images and links inside one line. */
function inlineMarkdown(s: string, a: number, z: number, out: [number, number][]): void {
  for (let i = a; i < z; i++) {
    const c = s[i];
    if (c === "\\" && i + 1 < z && /[\\`*_{}[\]()#+\-.!>~|]/.test(s[i + 1])) {
      out.push([i, i + 1]);
      i++;
    } else if (c === "!" && s[i + 1] === "[") {
      const end = linkEnd(s, i + 1, z);
      if (end) {
        out.push([i, end.end]); // images carry no prose
        i = end.end - 1;
      }
    } else if (c === "[") {
      const end = linkEnd(s, i, z);
      if (end) {
        out.push([i, i + 1]);
        out.push([end.textEnd, end.end]);
      }
    } else if (c === "*" || c === "~" || c === "`" || (c === "_" && isBoundary(s, i))) {
      // Emphasis marker runs ("**", "__", "~~", "`") that touch a word on one side.
      let j = i;
      while (j < z && s[j] === c) j++;
      const before = s[i - 1];
      const after = s[j];
      const touches = (after !== undefined && after !== " " && j < z) || (before !== undefined && before !== " " && i > a);
      if (touches && j - i <= 3 && (c !== "~" || j - i === 2)) out.push([i, j]);
      i = j - 1;
    }
  }
}

function isBoundary(s: string, i: number): boolean {
  const word = /[A-Za-z0-9]/;
  return !(word.test(s[i - 1] ?? "") && word.test(s[i + 1] ?? ""));
}

/** `[text](url)` or `[text][ref]` starting at `open`: where the text ends and the link ends. */
function linkEnd(s: string, open: number, z: number): {textEnd: number; end: number} | null {
  const close = findWithin(s, "]", open + 1, Math.min(z, open + 500));
  if (close < 0) return null;
  if (s[close + 1] === "(") {
    const paren = findWithin(s, ")", close + 2, Math.min(z, close + 2000));
    return paren < 0 ? null : {textEnd: close, end: paren + 1};
  }
  if (s[close + 1] === "[") {
    const ref = findWithin(s, "]", close + 2, Math.min(z, close + 200));
    return ref < 0 ? null : {textEnd: close, end: ref + 1};
  }
  return null;
}

/** indexOf limited to [from, to): a line of "[[[[…" must not cost a scan to the end per bracket. */
function findWithin(s: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (s[i] === ch) return i;
  return -1;
}

/**
 * The body with the front matter's `title` as its first line, as an HTML page's text starts with
 * its headline (html.ts): a wire's title "Two hostages freed after 535 days" is what its reader
 * sees first, and stage 02 marks the line as the headline. Kept as it is when the title is not
 * a one-line string found verbatim in the front matter (a YAML escape would make text the file
 * does not hold), when one of the body's first lines already is the title, or when the body opens
 * with a heading of its own ("# Quake shakes coastal towns" under "title: Front matter title").
 * The title's characters map to their place on the `title:` line, the line break after it to
 * the body's first character.
 *
 * @example withTitleLine(fm, source).text // "Two hostages freed\nRivers rose on Monday."
 */
export function withTitleLine(fm: FrontMatter, body: MappedText, source: string): MappedText {
  const title = fm.data.title;
  if (typeof title !== "string" || body.text === "") return body;
  const line = title.trim();
  const frontEnd = fm.body.pos.length > 0 ? fm.body.pos[0] : source.length;
  const at = line === "" || /[\r\n]/.test(line) ? -1 : source.indexOf(line);
  if (at < 0 || at + line.length > frontEnd) return body;
  // A body that opens with its own "# Heading" shows that heading, not the title (like an <h1>).
  if (/^\s*#{1,2}[ \t]+\S/.test(fm.body.text)) return body;
  // One of the first lines is the title already (a dateline may stand above it): as withHeadline reads it.
  if (opensWith(body.text, line)) return body;
  const pos = new Int32Array(line.length + 1 + body.pos.length);
  for (let i = 0; i < line.length; i++) pos[i] = at + i;
  pos[line.length] = body.pos.length > 0 ? body.pos[0] : frontEnd;
  pos.set(body.pos, line.length + 1);
  return new MappedRecord(`${line}\n${body.text}`, pos, false);
}
