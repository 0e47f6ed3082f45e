/**
 * Metadata detected in an article's own text when the manifest, front matter and HTML meta
 * are silent: a URL line (its date path, its domain → outlet), a dateline or date stamp
 * near the top, a wire dateline naming the outlet ("LONDON (Reuters) –"), a headline.
 */
import type {OutletEntry} from "../types.ts";
import {BYLINE_DATE_STORY_WORDS, DATE_LINE_MAX_OTHER_WORDS, DATE_LINE_WORDS, MONTHS, META_BOTTOM_LINES, META_TOP_LINES, UPDATED_WORDS, WEEKDAYS} from "../model/ingest-metadata.ts";
import {findDate} from "./dates.ts";
import {outletFromName} from "./outlets.ts";

/** The rest of a URL after a stray space: one token of URL characters. */
const URL_TAIL = /^[\w\-./?=&%#~+]{1,200}$/;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()]{3,2000}/i;
/** "/2023/06/08/", "/2023-06-08-", "/20230608/" in a URL path. */
const URL_DATE = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;
const URL_DATE_NAMED = /\/((?:19|20)\d\d)\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/i;
const URL_DATE_COMPACT = /\/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;
const SKIP_WORDS = new Set([...DATE_LINE_WORDS, ...WEEKDAYS]);

/** What every URL_RE match starts with ("http://", "www.", in any case). */
const URL_START = /:\/\/|[wW]{3}\./;

/**
 * Whether `text` could hold a URL_RE match (a "://" or a "www."): a text without one has no URL
 * line, and one scan of the whole text settles it for all its lines.
 *
 * @example mayHoldUrl("Rain fell.\nSource: www.example.com") // true
 */
export function mayHoldUrl(text: string): boolean {
  return URL_START.test(text);
}

/**
 * URLs written on a line of their own (optionally after a label such as "Original url:")
 * near the top or the bottom of the article — the article's own address, unlike links in prose.
 *
 * @example urlLines(["Floods", "Source: https://example.com/2024/05/01/floods"]) // ["https://example.com/2024/05/01/floods"]
 */
export function urlLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const i of edgeIndexes(lines.length)) {
    const line = lines[i];
    if (line.length > 2100) continue;
    const m = URL_RE.exec(line);
    if (!m) continue;
    const before = line.slice(0, m.index).trim();
    const after = line.slice(m.index + m[0].length).trim();
    // "Original url: https://…" / "https://…" / "Source – https://…"; not a URL inside a sentence.
    if (before.split(/\s+/).length > 4 || (before !== "" && !/[:\-–—]$/.test(before))) continue;
    // A URL broken by a stray space when copied ("…-in-v alencia-a1234") is rejoined.
    if (after.length <= 3) out.push(m[0].replace(/[.,;]+$/, ""));
    else if (URL_TAIL.test(after)) out.push((m[0] + after).replace(/[.,;]+$/, ""));
  }
  return out;
}

/**
 * The ISO date in a URL's path, or null.
 *
 * @example urlDate("https://www.example.com/2023/06/08/river-bursts-a1234") // "2023-06-08"
 */
export function urlDate(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const m = URL_DATE.exec(path) ?? URL_DATE_COMPACT.exec(path);
  if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  // "/2021/jun/04/" (month abbreviation in the path).
  const named = URL_DATE_NAMED.exec(path);
  const month = named ? MONTHS[named[2].toLowerCase()] : undefined;
  if (!named || !month) return null;
  return `${named[1]}-${String(month).padStart(2, "0")}-${named[3].padStart(2, "0")}`;
}

/**
 * The publication date from a date line near the top (or a "Published …" line at the bottom):
 * a line that is a date plus at most a few other words (time, zone, "Published", a byline) —
 * not a date inside a sentence. A line saying "Updated" loses to one that does not.
 *
 * @example datelineDate(["Floods hit Valencia", "Published 8 June 2023, 09:15 GMT", "Rain fell…"], true) // "2023-06-08"
 */
export function datelineDate(lines: string[], dayFirst: boolean): string | null {
  let updated: string | null = null;
  for (const i of edgeIndexes(lines.length)) {
    const line = lines[i];
    if (line.length > 160 || !/\d/.test(line)) continue;
    const found = findDate(line, dayFirst);
    if (!found) continue;
    const rest = (line.slice(0, found.index) + " " + line.slice(found.index + found.length))
      .toLowerCase()
      .replace(/\d{1,2}[:.]\d\d(?:[:.]\d\d)?/g, " ")
      .split(/[^a-z.']+/)
      .filter((w) => w && w !== "." && !SKIP_WORDS.has(w.replace(/\.$/, "")));
    if (rest.length > DATE_LINE_MAX_OTHER_WORDS) continue;
    const lower = line.toLowerCase();
    if (UPDATED_WORDS.some((w) => lower.includes(w))) updated ??= found.date;
    else return found.date;
  }
  return updated;
}

/**
 * The publication date written in a page's byline element (byline.ts): the element is known to be the
 * byline, so its date is the article's whatever words stand around it ("By Ann Lee, Middle East
 * correspondent, Thursday 21 November 2024"), unless it says "Updated". A byline without a day, month
 * and year ("By Ann Lee | 9 hours ago") gives none.
 *
 * @example bylineDate("By Ann Lee, Lima correspondent Thursday 21 November 2024", true) // "2024-11-21"
 */
export function bylineDate(byline: string, dayFirst: boolean): string | null {
  if (!/\d/.test(byline)) return null;
  const found = findDate(byline, dayFirst);
  if (!found || found.date.length !== 10) return null;
  // The stamp ends the byline ("…, correspondent Thursday 21 November 2024"): a date inside it belongs to the
  // author's story ("our Kyiv correspondent since 24 February 2022", "who covered the 12 June 2019 floods";
  // review 26 F8).
  if (/[\p{L}\d]/u.test(byline.slice(found.index + found.length))) return null;
  if (BYLINE_DATE_NOT_AFTER.test(byline.slice(0, found.index))) return null;
  const lower = byline.toLowerCase();
  return UPDATED_WORDS.some((w) => lower.includes(w)) ? null : found.date;
}

/** Words right before a date that make it a date of the author's story, not the page's ("since 24 February 2022"). */
const BYLINE_DATE_NOT_AFTER = new RegExp(`\\b(?:${BYLINE_DATE_STORY_WORDS.join("|")})\\s+(?:the\\s+)?$`, "i");

/** A wire dateline's place and the outlet in brackets: "NAIROBI (AFP) -", "LONDON, Jun 8 (Reuters) -". */
const WIRE_DATELINE = /^[^()\n]{2,60}?\(([^()\n]{2,40})\)\s{0,3}[-–—:]/;

/**
 * The outlet named in a wire-style dateline near the top: "NAIROBI (AFP) - …",
 * "KYIV, Ukraine (AP) — …", "LONDON, Jun 8 (Reuters) -".
 *
 * @example datelineOutlet(["GENEVA (Reuters) - Talks resumed…"], outlets)?.id // "reuters"
 */
export function datelineOutlet(lines: string[], outlets: OutletEntry[]): OutletEntry | null {
  for (let i = 0; i < Math.min(lines.length, META_TOP_LINES); i++) {
    // WIRE_DATELINE's "(" is the line's first one (nothing before it holds a bracket), 2–60
    // characters in: a line whose first "(" stands elsewhere, or that has none (most lines),
    // cannot match, and the lazy regex would try 60 lengths on it before failing.
    const open = lines[i].indexOf("(");
    if (open < 2 || open > 60) continue;
    const m = WIRE_DATELINE.exec(lines[i]);
    if (!m) continue;
    // Wire datelines start with the place in capitals ("NAIROBI", "KYIV, Ukraine", "LONDON, Jun 8").
    if (!/^\p{Lu}{2,}/u.test(lines[i])) continue;
    const outlet = outletFromName(m[1], outlets);
    if (outlet) return outlet;
  }
  return null;
}

/**
 * The first line that reads like a headline: 3–30 words, no sentence-final period or colon,
 * not a URL or a date line. Looks at the first few non-empty lines (a section label such as
 * "Europe" may come first).
 *
 * @example headlineLine(["Europe", "Floods hit Valencia as rivers burst", "Rain fell all night."]) // "Floods hit Valencia as rivers burst"
 */
export function headlineLine(lines: string[]): string | null {
  let seen = 0;
  for (const line of lines) {
    if (!line) continue;
    if (++seen > 3) break;
    if (looksLikeHeadline(line)) return line;
  }
  return null;
}

/**
 * A line that reads like a headline: 3–30 words, no sentence-final period or colon, no sentence
 * ending inside it, not a URL or a date line.
 *
 * @example looksLikeHeadline("Floods hit Valencia as rivers burst") // true
 * @example looksLikeHeadline("Rain fell all night.") // false
 */
export function looksLikeHeadline(line: string): boolean {
  if (line.length > 250) return false;
  const words = line.split(/\s+/).length;
  if (words < 3 || words > 30) return false;
  if (/[.:;,]$/.test(line) || URL_RE.test(line) || SENTENCE_INSIDE.test(line)) return false;
  return !(findDate(line, true) && datelineDate([line], true));
}

/**
 * A sentence ends inside the line: a word of three or more lower-case letters, then ".", "!" or
 * "?", a space and a capital. A paragraph that ends with a question ("Rain fell on Monday. Who
 * pays for the damage?") is text, not a headline; a headline's abbreviations ("U.S. Strikes",
 * "Gov. Ruiz") have fewer lower-case letters before their period.
 */
const SENTENCE_INSIDE = /\p{Ll}{3}[.!?]\s+\p{Lu}/u;

/** Indexes of the top and bottom lines searched for metadata, top first. */
function edgeIndexes(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(n, META_TOP_LINES); i++) out.push(i);
  for (let i = Math.max(META_TOP_LINES, n - META_BOTTOM_LINES); i < n; i++) out.push(i);
  return out;
}
