/**
 * Metadata precedence for one article: manifest > front matter > HTML meta > detected in
 * the text (a URL line, then a dateline / wire dateline / headline). Each value records its
 * source. Day order: the outlet's `day_first`; for an unknown outlet, unambiguous numeric
 * dates in the text decide, else day-first (the convention of most of the world's English
 * press; US outlets are listed in outlets.csv with day_first=false).
 */
import type {Article, MetaSource, OutletEntry} from "../types.ts";
import type {WarningRow} from "../tables/rows.ts";
import {FRONT_MATTER_KEYS} from "../model/ingest-metadata.ts";
import {hasNumericDate, numericOrderEvidence, parseDateValue} from "./dates.ts";
import type {ManifestRow} from "./manifest.ts";
import {bylineDate, datelineDate, datelineOutlet, headlineLine, mayHoldUrl, urlDate, urlLines} from "./metadata.ts";
import {outletFromName, outletFromUrl} from "./outlets.ts";
import type {ReadFile} from "./read-file.ts";

export type ResolvedMeta = Pick<
  Article,
  "outlet" | "outletSource" | "published" | "publishedSource" | "publishedInferred" | "url" | "title" | "dayFirst"
>;

/**
 * Resolves outlet, date, URL and title for one read file. `lineTexts` are the article's
 * lines (before boilerplate removal, so a URL line still counts); `keptTexts` after it.
 *
 * @example resolveMetadata(read, manifestRow, outlets, lineTexts, keptTexts, warnings).published
 */
export function resolveMetadata(
  read: ReadFile,
  row: ManifestRow | undefined,
  outlets: OutletEntry[],
  lineTexts: string[],
  keptTexts: string[],
  warnings: {corpus: WarningRow[]; article: string[]}
): ResolvedMeta {
  const fm = read.frontMatter;
  const html = read.html;
  // The lines are cut from read.source (NFC never makes the ASCII characters looked for here):
  // a source without any URL start or numeric date (most articles) skips the per-line searches.
  const source = read.source?.text;
  const textUrls = source !== undefined && !mayHoldUrl(source) ? [] : urlLines(lineTexts);

  // URL: manifest > front matter > canonical > a URL line in the text.
  const fmUrl = pick(fm, FRONT_MATTER_KEYS.url);
  const url = row?.url ?? (fmUrl && /^https?:\/\//i.test(fmUrl) ? fmUrl : null) ?? html?.url ?? textUrls[0] ?? null;

  // Outlet.
  let entry: OutletEntry | null = null;
  let outlet: string | null = null;
  let outletSource: MetaSource = "none";
  // Written out for each source rather than through a closure made on every call (tsx names each such closure as it is made).
  const fmOutlet = pick(fm, FRONT_MATTER_KEYS.outlet);
  if (row?.outlet) {
    entry = outletFromName(row.outlet, outlets);
    outlet = entry?.id ?? row.outlet.trim();
    outletSource = "manifest";
    if (!entry && outlets.length) warnings.corpus.push({file: "manifest.csv", stage: "01-ingest", message: `row ${row.row} (${row.file}): outlet "${row.outlet}" is not in outlets.csv; kept as written`});
  } else if (fmOutlet) {
    entry = outletFromName(fmOutlet, outlets);
    outlet = entry?.id ?? fmOutlet.trim();
    outletSource = "front_matter";
  } else if (html && (html.url || html.siteName)) {
    entry = (html.url ? outletFromUrl(html.url, outlets) : null) ?? (html.siteName ? outletFromName(html.siteName, outlets) : null);
    outlet = entry?.id ?? html.siteName ?? null;
    outletSource = outlet ? "html_meta" : "none";
  }
  if (!outlet) {
    const fromUrl = firstOutletFromUrl(url, textUrls, outlets);
    if (fromUrl) {
      entry = fromUrl;
      outlet = fromUrl.id;
      outletSource = "url";
    } else {
      const wire = datelineOutlet(keptTexts, outlets);
      if (wire) {
        entry = wire;
        outlet = wire.id;
        outletSource = "text";
      }
    }
  }
  const known = entry as OutletEntry | null;
  let evidence = 0;
  // Only lines that can hold a numeric date ("3/15/2024") are scanned.
  if (!known && (source === undefined || hasNumericDate(source))) for (const line of keptTexts.slice(0, 200)) if (/\d[./-]\d/.test(line)) evidence += numericOrderEvidence(line);
  const dayFirst = known ? known.dayFirst : evidence >= 0;

  // Publication date.
  let published: string | null = null;
  let publishedSource: MetaSource = "none";
  let publishedInferred = false;
  if (row?.published) {
    published = parseDateValue(row.published, dayFirst);
    if (published) {
      publishedSource = "manifest";
      publishedInferred = row.publishedInferred;
    } else warnings.corpus.push({file: "manifest.csv", stage: "01-ingest", message: `row ${row.row} (${row.file}): unparseable date "${row.published}"; ignored`});
  }
  const fmDate = pickRaw(fm, FRONT_MATTER_KEYS.published);
  if (!published && fmDate !== undefined) {
    published = parseDateValue(fmDate, dayFirst);
    if (published) publishedSource = "front_matter";
    else warnings.article.push(`front matter date "${String(fmDate)}" is not a date; ignored`);
  }
  if (!published && html?.published) {
    published = parseDateValue(html.published, dayFirst);
    if (published) publishedSource = "html_meta";
  }
  if (!published) {
    published = firstUrlDate(url, textUrls);
    if (published) publishedSource = "url";
  }
  if (!published) {
    // The page's byline, which the text lost ("By Jane Doe | Published: 8 June 2023"), comes
    // before the kept lines: it stands above the article as a date line does.
    // A byline too long for a date line ("By Ann Lee, Lima bureau, and Tom Ray, Quito 8 June 2023")
    // may still hold the page's date stamp in its own element, as may the article's <header>.
    published =
      (html?.byline ? datelineDate([html.byline], dayFirst) : null) ??
      (html?.dateStamp ? parseDateValue(html.dateStamp, dayFirst) : null) ??
      // The page's own stamp first (review 26 F8); then a date that ends a longer byline.
      (html?.byline ? bylineDate(html.byline, dayFirst) : null) ??
      datelineDate(keptTexts, dayFirst);
    if (published) publishedSource = "text";
  }

  const title = row?.title ?? pick(fm, FRONT_MATTER_KEYS.title) ?? html?.title ?? headlineLine(keptTexts);
  return {outlet, outletSource, published, publishedSource, publishedInferred, url, title: title ?? null, dayFirst};
}

/** The outlet of the first of `url` and the text's URL lines that names one, else null. */
function firstOutletFromUrl(url: string | null, textUrls: string[], outlets: OutletEntry[]): OutletEntry | null {
  const own = url ? outletFromUrl(url, outlets) : null;
  if (own) return own;
  for (const u of textUrls) {
    const found = u ? outletFromUrl(u, outlets) : null;
    if (found) return found;
  }
  return null;
}

/** The date in the first of `url` and the text's URL lines that holds one ("/2024/03/15/"), else null. */
function firstUrlDate(url: string | null, textUrls: string[]): string | null {
  const own = url ? urlDate(url) : null;
  if (own) return own;
  for (const u of textUrls) {
    const found = u ? urlDate(u) : null;
    if (found) return found;
  }
  return null;
}

function pickRaw(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (data[k] !== undefined && data[k] !== null && data[k] !== "") return data[k];
  return undefined;
}

function pick(data: Record<string, unknown>, keys: readonly string[]): string | null {
  const v = pickRaw(data, keys);
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && !Array.isArray(v) && typeof (v as {name?: unknown}).name === "string") return (v as {name: string}).name;
  return null;
}
