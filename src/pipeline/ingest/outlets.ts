/**
 * Matching outlets from data/reference/outlets.csv by id, name or web domain.
 * Every article asks (manifest outlet, URL host, wire dateline), so each outlet list is indexed
 * once (keys and domains precomputed, answers memoised) instead of rescanning it per question.
 * The list is treated as read-only once handed in (it comes from the Context).
 */
import type {OutletEntry} from "../types.ts";

interface OutletIndex {
  /** Lower-case id → first outlet with it. */
  byId: Map<string, OutletEntry>;
  /** nameKey(name) → first outlet with it. */
  byNameKey: Map<string, OutletEntry>;
  /** Every (domain, outlet) pair in list order. */
  domains: {domain: string; outlet: OutletEntry}[];
  /** Answers already given, by the exact name or URL asked. */
  names: Map<string, OutletEntry | null>;
  urls: Map<string, OutletEntry | null>;
  /** Length of the list when indexed. */
  size: number;
}

const INDEXES = new WeakMap<OutletEntry[], OutletIndex>();
/** Memo caps: a corpus asks about a few dozen distinct names; the caps only bound hostile input. */
const MEMO_MAX = 10000;

function indexOf(outlets: OutletEntry[]): OutletIndex {
  let index = INDEXES.get(outlets);
  // A list that changed length since it was indexed is re-indexed (cheap safety net).
  if (index && index.size === outlets.length) return index;
  index = {byId: new Map(), byNameKey: new Map(), domains: [], names: new Map(), urls: new Map(), size: outlets.length};
  for (const o of outlets) {
    const id = o.id.toLowerCase();
    if (!index.byId.has(id)) index.byId.set(id, o);
    const key = nameKey(o.name);
    if (!index.byNameKey.has(key)) index.byNameKey.set(key, o);
    for (const domain of domainsOf(o)) index.domains.push({domain, outlet: o});
  }
  INDEXES.set(outlets, index);
  return index;
}

function remember(memo: Map<string, OutletEntry | null>, key: string, value: OutletEntry | null): OutletEntry | null {
  if (memo.size < MEMO_MAX) memo.set(key, value);
  return value;
}

/**
 * The outlet whose domain the URL's host is or belongs to ("www.rt.com", "arabic.rt.com" → rt);
 * the longest matching domain wins ("news.sky.com" over "sky.com").
 *
 * @example outletFromUrl("https://www.theguardian.com/world/2023/jun/08/x", outlets)?.id // "guardian"
 */
export function outletFromUrl(url: string, outlets: OutletEntry[]): OutletEntry | null {
  const index = indexOf(outlets);
  const known = index.urls.get(url);
  if (known !== undefined) return known;
  const host = hostOf(url);
  if (!host) return remember(index.urls, url, null);
  let best: OutletEntry | null = null;
  let bestLength = 0;
  for (const {domain: d, outlet: o} of index.domains) {
    if ((host === d || host.endsWith("." + d)) && (!best || d.length > bestLength)) {
      best = o;
      bestLength = d.length;
    }
  }
  return remember(index.urls, url, best);
}

/**
 * Lower-case host of a URL without "www.", or null ("https://WWW.BBC.co.uk/news" → "bbc.co.uk").
 *
 * @example hostOf("https://www.rt.com/news/1/") // "rt.com"
 */
export function hostOf(url: string): string | null {
  const m = /^(?:https?:)?\/\/([^/?#\s:@]+)/i.exec(url.trim()) ?? /^(www\.[^/?#\s:@]+)/i.exec(url.trim());
  if (!m) return null;
  return m[1].toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
}

/**
 * The outlet a free-text name refers to: its id, its name (ignoring case, a leading "The"
 * and punctuation) or its domain ("The Guardian", "guardian", "theguardian.com").
 *
 * @example outletFromName("The Guardian", outlets)?.id // "guardian"
 */
export function outletFromName(name: string, outlets: OutletEntry[]): OutletEntry | null {
  const index = indexOf(outlets);
  const known = index.names.get(name);
  if (known !== undefined) return known;
  const key = nameKey(name);
  if (!key) return remember(index.names, name, null);
  const lower = name.trim().toLowerCase();
  const byId = index.byId.get(lower) ?? index.byNameKey.get(key);
  if (byId) return remember(index.names, name, byId);
  // A domain written as the name ("example.com", "www.example.com"): first outlet listing it.
  const host = hostOf("//" + lower);
  const byDomain = index.domains.find(({domain}) => lower === domain || host === domain);
  return remember(index.names, name, byDomain?.outlet ?? null);
}

/** An outlet may list several domains, `|`-separated ("bbc.com|bbc.co.uk"). */
function domainsOf(o: OutletEntry): string[] {
  return (o.domain ?? "").split(/[|;\s]+/).filter(Boolean);
}

function nameKey(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}
