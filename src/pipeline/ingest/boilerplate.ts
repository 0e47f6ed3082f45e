/**
 * Boilerplate rules for stage 01. General rules only (word lists in
 * src/pipeline/model/boilerplate.ts), each naming itself in `Line.removed`:
 *  - "prompt": a line that is a known chrome phrase ("Advertisement", "Back to top"), starts
 *    with a prompt ("Read more:", "Follow us on", "We use cookies") or is a reading-time badge;
 *  - "social": "Follow <anything> on Telegram" prompts and short "Follow <outlet>:" labels;
 *  - "navigation": many short items on one separator ("World || Europe || Business");
 *  - "url": a line that is only a URL (the article's address; kept as metadata);
 *  - "repeated_paragraph": a paragraph printed again in the same article (first kept);
 *  - "section_label": the article's first line when it is a section name ("Europe") and the
 *    next line reads like the headline;
 *  - "repeated_line": a short line found in many articles (see `repeatedLineKeys`).
 */
import {
  BOILERPLATE_LINES,
  BOILERPLATE_PREFIXES,
  BOILERPLATE_PREFIX_MAX_WORDS,
  NAV_MAX_ITEM_WORDS,
  NAV_MIN_ITEMS,
  NAV_SEPARATORS,
  READ_TIME_SUFFIXES,
  REPEATED_LINE_MAX_CHARS,
  REPEATED_LINE_MAX_WORDS,
  REPEATED_LINE_MIN_ARTICLES,
  REPEATED_PARAGRAPH_MIN_WORDS,
  SECTION_LABELS,
  SOCIAL_NETWORKS
} from "../model/boilerplate.ts";
import {looksLikeHeadline} from "./metadata.ts";
import type {Line} from "./normalise.ts";

const EXACT = new Set(BOILERPLATE_LINES);
/** Longest chrome phrase: a longer key cannot be one (no hash of a long key for the lookup). */
const EXACT_MAX = Math.max(0, ...BOILERPLATE_LINES.map((l) => l.length));
const NETWORKS = new RegExp(`\\b(?:${SOCIAL_NETWORKS.map(escape).join("|")})\\b`, "i");
/** A line that is only a URL, maybe labelled ("Source: https://…") or broken by one stray space. */
const URL_ONLY = /^(?:[\p{L} ]{1,30}[:\-–—]\s*)?(?:https?:\/\/|www\.)\S+(?: [\w\-./?=&%#~+]{1,200})?$/u;

/**
 * Comparison key of a line: lower case, spaces collapsed, trailing punctuation/arrows dropped.
 *
 * @example lineKey("  Read MORE » ") // "read more"
 */
export function lineKey(text: string): string {
  // A character loop, not an anchored regex: this runs on every line of every article.
  let s = text.toLowerCase();
  // Lines reaching here are normalised (no tabs/NBSP), so only doubled spaces need collapsing.
  if (s.includes("  ") || s.includes("\t") || s.includes("\n")) s = s.replace(/\s+/g, " ");
  let a = 0;
  let z = s.length;
  while (z > a && TRAIL.has(s[z - 1])) z--;
  while (a < z && LEAD.has(s[a])) a++;
  return s.slice(a, z);
}

const TRAIL = new Set([..." .:;,!?»›>→…|–—-"]);
const LEAD = new Set([..." «‹<←|•·–—-"]);

/**
 * The rule that makes one line chrome, or null for prose.
 *
 * @example boilerplateRule("Follow us on Telegram") // "prompt"
 * @example boilerplateRule("Rescuers pulled 12 people from the rubble.") // null
 */
export function boilerplateRule(text: string): string | null {
  if (!text || text.length > 600) return null;
  return ruleForKey(text, text.length <= 300 ? lineKey(text) : "");
}

/** First three characters of the prompt prefixes: a line starting otherwise is never lower-cased for them. */
const PREFIX_HEADS = new Set(BOILERPLATE_PREFIXES.map((p) => p.slice(0, 3)));
const SHORT_PREFIXES = BOILERPLATE_PREFIXES.filter((p) => p.length < 3);
const PREFIX_MAX = Math.max(0, ...BOILERPLATE_PREFIXES.map((p) => p.length));
const SOCIAL_START = /^(?:follow|join|find|like)\b/;
const READ_TIME_START = /^\d{1,3} /;

/** boilerplateRule with the line's key already computed (callers reuse it for paragraph identity). */
function ruleForKey(text: string, key: string): string | null {
  // Chrome phrases and prompts are short; long paragraphs skip the word-list checks.
  if (text.length <= 300) {
    if (!key) return null;
    if (key.length <= EXACT_MAX && EXACT.has(key)) return "prompt";
    // The prompt rules below only apply to lines opening like one ("Read more", "Follow …", "5 min read"):
    // other lines skip the word count and the lower-casing ("Rescuers …" never needs them).
    const prefixCandidate = opensLikePrefix(text);
    // Both regexes need a particular first character ("f", "j", "l" / a digit): tested only then.
    const k0 = key.charCodeAt(0);
    const social = (k0 === 102 || k0 === 106 || k0 === 108) && SOCIAL_START.test(key);
    const readTime = k0 >= 48 && k0 <= 57 && READ_TIME_START.test(key);
    const words = prefixCandidate || social || readTime ? wordCount(key, BOILERPLATE_PREFIX_MAX_WORDS + 1) : Infinity;
    if (words <= BOILERPLATE_PREFIX_MAX_WORDS) {
      if (prefixCandidate) {
        // Only the opening is lower-cased: a prompt prefix is short, and one character past the
        // longest keeps a final-sigma-style context change out of reach.
        const lower = text.slice(0, PREFIX_MAX + 1).toLowerCase();
        if (startsWithAny(lower, BOILERPLATE_PREFIXES)) return "prompt";
      }
      if (words <= 12 && social && NETWORKS.test(key)) return "social";
      // "Follow Al Jazeera English:" — a short "Follow …:" label heading a list of social links.
      if (words <= 6 && key.startsWith("follow ") && text.trimEnd().endsWith(":")) return "social";
      // "5 min read"
      if (words <= 4 && readTime && endsWithAny(key, READ_TIME_SUFFIXES)) return "prompt";
    }
    if (isNavigation(text)) return "navigation";
  }
  return urlRule(text);
}

/** ASCII heads of the prompt prefixes as three char codes in one number ("rea" → 0x726561). */
const PREFIX_HEAD_CODES = new Set(
  [...PREFIX_HEADS].filter((h) => h.length === 3 && !/[^\u0000-\u007f]/.test(h)).map((h) => (h.charCodeAt(0) << 16) | (h.charCodeAt(1) << 8) | h.charCodeAt(2))
);

/**
 * Whether the line's first three characters, lower-cased, open a prompt prefix or hold a
 * non-ASCII character (ruleForKey's prefix candidate). An ASCII head is looked up by its
 * char codes (no sliced, lower-cased copy per line); anything else takes the string path.
 *
 * @example opensLikePrefix("Read more: floods") // true
 */
export function opensLikePrefix(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  if (text.length >= 3 && a < 128 && b < 128 && c < 128 && SHORT_PREFIXES.length === 0) {
    return PREFIX_HEAD_CODES.has((lowerAscii(a) << 16) | (lowerAscii(b) << 8) | lowerAscii(c));
  }
  const head = text.slice(0, 3).toLowerCase();
  return PREFIX_HEADS.has(head) || /[^\u0000-\u007f]/.test(head) || startsWithAny(head, SHORT_PREFIXES);
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Any character of a navigation separator: a line without one is never navigation (one scan, not one per separator). */
const NAV_CHAR = new RegExp(`[${escape([...new Set(NAV_SEPARATORS.join(""))].join(""))}]`);

/**
 * What can make a 101–300 character line more than plain prose for markArticleBoilerplate: a
 * navigation separator, "/" (every URL holds "://"), "www.", a doubled space, or a tab, line
 * break or "İ" (KEY_LENGTH_CHANGERS). A line without any ("Rescuers dug all night, officials
 * said.") is neither navigation nor a URL, and its key length is read off the text.
 */
const PROSE_SPECIAL = new RegExp(`[\\t\\n\\u0130/${escape([...new Set(NAV_SEPARATORS.join(""))].join(""))}]|  |www\\.`);

/** Loops rather than `.some(closure)`: these run per line, and a closure per call adds up. */
function startsWithAny(s: string, list: readonly string[]): boolean {
  for (const p of list) if (s.startsWith(p)) return true;
  return false;
}

function endsWithAny(s: string, list: readonly string[]): boolean {
  for (const p of list) if (s.endsWith(p)) return true;
  return false;
}

/** Space-separated words, counting no further than `limit` (callers compare with small numbers). */
function wordCount(s: string, limit = Infinity): number {
  let n = 1;
  for (let i = s.indexOf(" "); i >= 0 && n < limit; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/**
 * A navigation or breadcrumb line: at least NAV_MIN_ITEMS short items on one separator,
 * none of them a sentence ("World News || Latest News || U.S. News", "Home › World › Europe").
 *
 * @example isNavigation("Home | World | Europe | Business") // true
 */
export function isNavigation(text: string): boolean {
  if (text.length > 300 || !NAV_CHAR.test(text)) return false;
  for (const sep of NAV_SEPARATORS) {
    if (!text.includes(sep)) continue;
    // Single-character separators other than "|" count only with spaces around them ("US/UK" is a word).
    const parts = sep === "|" || sep === "||" ? text.split(sep) : text.split(` ${sep} `);
    if (parts.length < NAV_MIN_ITEMS) continue;
    // Loops with push, not map/filter/every: the arrays `map` made here had another elements
    // kind than optimised code had seen, which threw away ruleForKey (it inlines this) once a run.
    const items: string[] = [];
    for (const p of parts) {
      const item = p.trim();
      if (item) items.push(item);
    }
    if (items.length < NAV_MIN_ITEMS) continue;
    if (allNavItems(items)) return true;
  }
  return false;
}

/** Whether every item is a short link label ("World", "Sign in") or a domain ("example.com"). */
function allNavItems(items: string[]): boolean {
  for (const p of items) if (!((p.split(/\s+/).length <= NAV_MAX_ITEM_WORDS && !/[.!?]["”’]?$/.test(p)) || /^\S+\.\S+$/.test(p))) return false;
  return true;
}

/**
 * Marks chrome lines and paragraphs repeated inside the article (first occurrence kept).
 * Returns how many lines were removed.
 *
 * @example markArticleBoilerplate(lines) // 3
 */
export function markArticleBoilerplate(lines: Line[]): number {
  let removed = 0;
  const seen = new SeenKeys();
  for (const line of lines) {
    const text = line.text;
    if (!text || line.removed) continue;
    // A prose paragraph of 101–300 characters whose key is known to be long and to open like no
    // prompt: only the navigation and URL rules can apply, and its key is built only if another
    // key of the same length turns up (most paragraphs are never lower-cased).
    // One scan tells plain prose (no separator, "/", "www." or doubled space): then neither the
    // navigation nor the URL rule can apply, and proseKeyLength need not look for doubled spaces.
    const prose = text.length > REPEATED_LINE_MAX_CHARS && text.length <= 300;
    const plain = prose && !PROSE_SPECIAL.test(text);
    const length = prose ? proseKeyLength(text, plain) : -1;
    if (length > EXACT_MAX) {
      const rule = plain ? null : isNavigation(text) ? "navigation" : urlRule(text);
      if (rule || seen.repeats(length, null, text)) {
        line.removed = rule ?? "repeated_paragraph";
        removed++;
      }
      continue;
    }
    // Paragraph identity: case, spacing and trailing punctuation aside for short ones.
    // Long paragraphs compare exactly (a reprinted paragraph is a byte copy; no lower-cased copy to allocate).
    // The short key is also what the chrome rules compare, so it is computed once for both.
    const short = text.length <= 300;
    const key = short ? lineKey(text) : text;
    // Kept on the line when the cross-article rule may compare it (see shortLineKey): only lines
    // that can be short. Caching every paragraph's key kept a lower-cased copy of nearly the
    // whole corpus alive until the last file was read (old-space growth and GC in a full run).
    if (text.length <= REPEATED_LINE_MAX_CHARS) line.key = key;
    const rule = text.length > 600 ? null : ruleForKey(text, short ? key : "");
    if (rule) {
      line.removed = rule;
      removed++;
      continue;
    }
    if (key.length >= 20 || wordCount(key, REPEATED_PARAGRAPH_MIN_WORDS) >= REPEATED_PARAGRAPH_MIN_WORDS) {
      if (seen.repeats(key.length, key, text)) {
        line.removed = "repeated_paragraph";
        removed++;
      }
    }
  }
  return removed;
}

/**
 * The paragraph keys of one article seen so far, by length: a key is compared only with the few
 * of its length (an article's lines rarely share one), so no key is hashed (a Set hashes every
 * new key in full). A line whose key was not built is kept as its text until a key of the same
 * length needs comparing. Keys of lines over 300 characters are the lines themselves, longer
 * than any built key, so the two kinds never meet.
 */
class SeenKeys {
  private keys = new Map<number, string[]>();
  private pending = new Map<number, string[]>();

  /** Whether a key of `length` (`key`, or lineKey(text) when null) was seen; records it otherwise. */
  repeats(length: number, key: string | null, text: string): boolean {
    const keys = this.keys.get(length);
    const pending = this.pending.get(length);
    if (keys === undefined && pending === undefined) {
      if (key === null) this.pending.set(length, [text]);
      else this.keys.set(length, [key]);
      return false;
    }
    const list = keys ?? [];
    if (pending !== undefined) {
      for (const t of pending) list.push(lineKey(t));
      this.pending.delete(length);
      this.keys.set(length, list);
    }
    const own = key ?? lineKey(text);
    if (list.includes(own)) return true;
    list.push(own);
    return false;
  }
}

/** lineKey's trailing and leading characters, as char codes. */
const TRAIL_CODES = new Set([...TRAIL].map((c) => c.charCodeAt(0)));
const LEAD_CODES = new Set([...LEAD].map((c) => c.charCodeAt(0)));
/** A tab, a line break or "İ" (the one character whose lower case is longer): lineKey's length then needs the key. */
const KEY_LENGTH_CHANGERS = /[\t\n\u0130]/;

/**
 * The length of lineKey(text), read from the text, when ruleForKey would need nothing else of
 * the key: no doubled space, tab or line break to collapse, no "İ" (the only character whose
 * lower case is longer), and a key opening with an ASCII character that starts no social
 * prompt ("follow", "join", "find", "like") or reading time, on a line that opens like no prompt
 * prefix. Else -1 (the caller builds the key). "Rescuers dug all night." → 23. `plain`: the
 * caller found no PROSE_SPECIAL character in the text (so none of KEY_LENGTH_CHANGERS either).
 */
function proseKeyLength(text: string, plain: boolean): number {
  if (!plain && (text.includes("  ") || KEY_LENGTH_CHANGERS.test(text))) return -1;
  let z = text.length;
  while (z > 0 && TRAIL_CODES.has(text.charCodeAt(z - 1))) z--;
  let a = 0;
  while (a < z && LEAD_CODES.has(text.charCodeAt(a))) a++;
  if (a === z) return -1;
  const c = lowerAscii(text.charCodeAt(a));
  if (c > 127 || c === 102 || c === 106 || c === 108 || (c >= 48 && c <= 57) || opensLikePrefix(text)) return -1;
  return z - a;
}

function urlRule(text: string): string | null {
  return (text.startsWith("http") || text.includes("://") || text.includes("www.")) && URL_ONLY.test(text) ? "url" : null;
}

const SECTIONS = new Set(SECTION_LABELS);

/**
 * Marks a section label printed above the headline ("Europe" / "Floods hit Valencia as rivers
 * burst"): the first kept line, a section name from SECTION_LABELS, when the next kept line
 * reads like a headline. A section word anywhere else, or above a paragraph, stays.
 * Returns whether a line was removed.
 *
 * @example markSectionLabel(toLines(identity("World\nStrike halts the port for a second day\nDockers walked out."))) // true
 */
export function markSectionLabel(lines: Line[]): boolean {
  let first: Line | null = null;
  for (const line of lines) {
    if (!line.text || line.removed) continue;
    if (!first) {
      // Section labels are a word or two; a longer first line is never one.
      if (line.text.length > 40 || !SECTIONS.has(line.key ?? lineKey(line.text))) return false;
      first = line;
      continue;
    }
    if (!looksLikeHeadline(line.text)) return false;
    first.removed = "section_label";
    return true;
  }
  return false;
}

/**
 * The key of a line the cross-article rule considers (a short line), or null. Uses the key
 * markArticleBoilerplate cached on the line; computes it otherwise.
 *
 * @example shortLineKey({text: "Share this story", start: 0, pos: null, breakPos: 16, removed: null}) // "share this story"
 */
export function shortLineKey(line: Line): string | null {
  if (!isShortLine(line.text)) return null;
  return (line.key ??= lineKey(line.text));
}

/**
 * A short line: candidate for the cross-article rule.
 *
 * @example isShortLine("Share this story") // true
 */
export function isShortLine(text: string): boolean {
  return text.length <= REPEATED_LINE_MAX_CHARS && wordCount(text, REPEATED_LINE_MAX_WORDS + 1) <= REPEATED_LINE_MAX_WORDS;
}

/**
 * Keys of short lines that are page chrome because they recur across the corpus: found in
 * articles of at least REPEATED_LINE_MIN_ARTICLES different outlets, or in that many articles
 * of one outlet. Articles of unknown outlet are not counted: without an outlet we cannot
 * tell a site's chrome from a wire headline several uploads happen to share.
 *
 * @example repeatedLineKeys([{outlet: "a", keys: ["share"]}, {outlet: "b", keys: ["share"]}, {outlet: "c", keys: ["share"]}]) // Set {"share"}
 */
export function repeatedLineKeys(articles: {outlet: string | null; keys: string[]}[]): Set<string> {
  const byKey = new Map<string, Map<string, number>>();
  for (const a of articles) {
    if (!a.outlet) continue;
    for (const key of new Set(a.keys)) {
      let outlets = byKey.get(key);
      if (!outlets) byKey.set(key, (outlets = new Map()));
      outlets.set(a.outlet, (outlets.get(a.outlet) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [key, outlets] of byKey) {
    if (outlets.size >= REPEATED_LINE_MIN_ARTICLES || [...outlets.values()].some((n) => n >= REPEATED_LINE_MIN_ARTICLES)) out.add(key);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
