import {csvParse} from "d3-dsv";
import type {ActorKind, Context, GazetteerEntry, OutletEntry} from "./types.ts";

const KINDS = new Set<ActorKind>(["person", "organization", "country", "place", "media", "group"]);

/** Splits a `|`-joined cell ("Kremlin|the Kremlin") into trimmed, non-empty parts. */
export function splitList(cell: string | undefined | null): string[] {
  return (cell ?? "").split("|").map((s) => s.trim()).filter(Boolean);
}

/**
 * Parses the gazetteer (data/reference/actors.csv): `name,kind,aliases,affiliation,roles,not_same`.
 * `roles` is `|`-joined `role@from/to` with optional ISO dates, e.g. `Russian president@2012-05-07/`.
 *
 * @example parseGazetteer("name,kind,aliases\nHamas,organization,Harakat al-Muqawama")
 */
export function parseGazetteer(csv: string | null | undefined): GazetteerEntry[] {
  if (!csv || !csv.trim()) return [];
  const entries: GazetteerEntry[] = csvParse(csv)
    .filter((r) => (r.name ?? "").trim())
    .map((r) => ({
      name: r.name!.trim(),
      kind: KINDS.has(r.kind?.trim() as ActorKind) ? (r.kind!.trim() as ActorKind) : "organization",
      aliases: splitList(r.aliases),
      affiliation: r.affiliation?.trim() || null,
      roles: splitList(r.roles).map((spec) => {
        const [role, span = ""] = spec.split("@");
        const [from = "", to = ""] = span.split("/");
        return {role: role.trim(), from: from.trim() || null, to: to.trim() || null};
      }),
      notSame: splitList(r.not_same)
    }));
  return withCountryAliasRoles(entries);
}

/**
 * A role "… of <country>" also reads with each of the country's aliases, with the same dates: "president of
 * Russia" is "President of the Russian Federation" too, as state media write it, so the gazetteer need not
 * list every office twice. Roles already listed are not repeated.
 *
 * @example withCountryAliasRoles(parseGazetteer(csv)) // Putin's roles gain "president of the Russian Federation"
 */
export function withCountryAliasRoles(entries: GazetteerEntry[]): GazetteerEntry[] {
  const aliasesOf = new Map<string, string[]>();
  // Only aliases of two words or more ("Russian Federation", "the Kingdom of Norland"): a one-word alias is a
  // capital or a short form standing for the state ("Doha"), and "emir of Doha" may name a city's office.
  for (const e of entries) {
    const long = e.kind === "country" ? e.aliases.filter((a) => a.trim().indexOf(" ") > 0) : [];
    if (long.length > 0) aliasesOf.set(e.name.toLowerCase(), long);
  }
  if (aliasesOf.size === 0) return entries;
  for (const e of entries) {
    const seen = new Set(e.roles.map((r) => r.role.toLowerCase()));
    const added: GazetteerEntry["roles"] = [];
    for (const r of e.roles) {
      const at = r.role.toLowerCase().lastIndexOf(" of ");
      // "president of the United States" names the entry "United States".
      const tail = at > 0 ? r.role.slice(at + 4).toLowerCase().replace(/^the /, "") : "";
      const aliases = at > 0 ? aliasesOf.get(tail) : undefined;
      if (!aliases) continue;
      for (const alias of aliases) {
        const role = `${r.role.slice(0, at + 4)}${alias}`;
        if (!seen.has(role.toLowerCase())) {
          seen.add(role.toLowerCase());
          added.push({...r, role});
        }
      }
    }
    if (added.length > 0) e.roles = [...e.roles, ...added];
  }
  return entries;
}

/**
 * Parses data/reference/outlets.csv: `id,name,country,ownership,domain,day_first`.
 *
 * @example parseOutlets("id,name,country,ownership,domain,day_first\nrt,RT,Russia,state-funded,rt.com,true")
 */
export function parseOutlets(csv: string | null | undefined): OutletEntry[] {
  if (!csv || !csv.trim()) return [];
  return csvParse(csv)
    .filter((r) => (r.id ?? "").trim())
    .map((r) => ({
      id: r.id!.trim(),
      name: (r.name ?? r.id!).trim(),
      country: r.country?.trim() || null,
      ownership: r.ownership?.trim() || null,
      domain: r.domain?.trim().toLowerCase() || null,
      dayFirst: !/^(false|0|no)$/i.test((r.day_first ?? "").trim())
    }));
}

/** Builds the read-only Context every stage may consult. */
export function buildContext(input: {actorsCsv?: string | null; outletsCsv?: string | null}): Context {
  return {gazetteer: parseGazetteer(input.actorsCsv), outlets: parseOutlets(input.outletsCsv)};
}
