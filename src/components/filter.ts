/**
 * Outlet filter state, pure part: parsing and formatting the `?outlets=` query parameter and
 * applying a selection to rows. The UI lives in outlet-filter.ts.
 *
 * Semantics: no parameter = every outlet; `?outlets=` (empty) = none; `?outlets=a,b` = those.
 */

export interface OutletInfo {
  id: string;
  name: string;
  country: string | null;
  ownership: string | null;
  domain?: string | null;
  day_first?: boolean;
}

/** Key used for rows whose outlet is null (unknown source). */
export const UNKNOWN_OUTLET = "unknown";

/**
 * Outlet key of a row (null becomes "unknown").
 * @example outletKey({outlet: null}) // "unknown"
 */
export function outletKey(row: {outlet?: string | null}): string {
  return row.outlet ?? UNKNOWN_OUTLET;
}

/**
 * Reads the selection from a query string; null means "not set" (use the remembered one or all).
 * @example parseOutletParam("?outlets=rt,bbc") // ["rt", "bbc"]
 */
export function parseOutletParam(search: string): string[] | null {
  const params = new URLSearchParams(search);
  if (!params.has("outlets")) return null;
  return (params.get("outlets") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Writes the selection into a query string, dropping the parameter when everything is selected
 * so the canonical URL of the unfiltered view stays clean.
 * @example formatOutletParam("?x=1", ["bbc"], ["bbc", "rt"]) // "?x=1&outlets=bbc"
 */
export function formatOutletParam(search: string, selected: string[], all: string[]): string {
  const params = new URLSearchParams(search);
  const set = new Set(selected);
  if (all.length > 0 && all.every((id) => set.has(id))) params.delete("outlets");
  else params.set("outlets", all.filter((id) => set.has(id)).join(","));
  const text = params.toString().replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}

/**
 * Resolves the initial selection: URL first (a shared link wins), then the remembered value,
 * then all outlets. Unknown ids are dropped.
 * @example initialSelection("?outlets=bbc", null, ["bbc", "rt"]) // ["bbc"]
 */
export function initialSelection(search: string, remembered: string | null, all: string[]): string[] {
  const fromUrl = parseOutletParam(search);
  const fromMemory = remembered === null ? null : parseOutletParam(remembered);
  const chosen = fromUrl ?? fromMemory ?? all;
  const known = new Set(all);
  return chosen.filter((id) => known.has(id));
}

/**
 * Groups outlet ids by ownership ("state-owned", "private"…; missing ownership → "unknown").
 * @example ownershipGroups([{id: "a", name: "A", country: null, ownership: "private"}]) // Map {"private" => ["a"]}
 */
export function ownershipGroups(outlets: OutletInfo[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const o of outlets) {
    const key = o.ownership?.trim() || "unknown";
    const list = groups.get(key) ?? [];
    list.push(o.id);
    groups.set(key, list);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The outlets the dashboard knows: the reference list plus any outlet id seen in articles
 * but missing from it (kept with its id as name so its rows stay filterable).
 * @example knownOutlets([], [{outlet: "x"}]) // [{id: "x", name: "x", country: null, ownership: null}]
 */
export function knownOutlets(reference: OutletInfo[] | null | undefined, articles: {outlet?: string | null}[]): OutletInfo[] {
  const seen = new Set(articles.map(outletKey));
  const list: OutletInfo[] = (reference ?? []).filter((o) => seen.has(o.id));
  const ids = new Set(list.map((o) => o.id));
  for (const id of [...seen].sort()) {
    if (!ids.has(id)) list.push({id, name: id === UNKNOWN_OUTLET ? "Unknown outlet" : id, country: null, ownership: null});
  }
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Keeps rows whose outlet is selected.
 * @example filterByOutlet([{outlet: "a"}, {outlet: "b"}], ["a"]) // [{outlet: "a"}]
 */
export function filterByOutlet<T extends {outlet?: string | null}>(rows: T[] | null | undefined, selected: string[]): T[] {
  const set = new Set(selected);
  return (rows ?? []).filter((row) => set.has(outletKey(row)));
}

/**
 * Adds the current query string to an internal page link so navigation keeps the filter.
 * External and hash-only links are returned unchanged.
 * @example withQuery("./timeline", "?outlets=bbc") // "./timeline?outlets=bbc"
 */
export function withQuery(href: string, search: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || href.startsWith("//")) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const base = (hashAt >= 0 ? href.slice(0, hashAt) : href).split("?")[0];
  return `${base}${search}${hash}`;
}
