/**
 * Matching outlets from data/reference/outlets.csv by id, name or web domain.
 */
import type {OutletEntry} from "../types.ts";

/**
 * The outlet whose domain the URL's host is or belongs to ("www.rt.com", "arabic.rt.com" → rt);
 * the longest matching domain wins ("news.sky.com" over "sky.com").
 *
 * @example outletFromUrl("https://www.themoscowtimes.com/2024/11/15/x", outlets)?.id // "the-moscow-times"
 */
export function outletFromUrl(url: string, outlets: OutletEntry[]): OutletEntry | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: OutletEntry | null = null;
  let bestLength = 0;
  for (const o of outlets) {
    for (const d of domainsOf(o)) {
      if ((host === d || host.endsWith("." + d)) && (!best || d.length > bestLength)) {
        best = o;
        bestLength = d.length;
      }
    }
  }
  return best;
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
 * and punctuation) or its domain ("The Moscow Times", "moscow times", "themoscowtimes.com").
 *
 * @example outletFromName("The Moscow Times", outlets)?.id // "the-moscow-times"
 */
export function outletFromName(name: string, outlets: OutletEntry[]): OutletEntry | null {
  const key = nameKey(name);
  if (!key) return null;
  const lower = name.trim().toLowerCase();
  return (
    outlets.find((o) => o.id.toLowerCase() === lower) ??
    outlets.find((o) => nameKey(o.name) === key) ??
    outlets.find((o) => domainsOf(o).some((d) => lower === d || hostOf("//" + lower) === d)) ??
    null
  );
}

/** An outlet may list several domains, `|`-separated ("bbc.com|bbc.co.uk"). */
function domainsOf(o: OutletEntry): string[] {
  return (o.domain ?? "").split(/[|;\s]+/).filter(Boolean);
}

function nameKey(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}
