import type {ActorRow} from "../tables/rows.ts";
import type {GoldMerges, MergeScore, Miss} from "./types.ts";

/** Lower-cased, whitespace-collapsed name for alias lookups. */
export function nameKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Index from every actor name and alias (case-insensitive) to the actor ids carrying it. A surname
 * shared by two people maps to both; callers decide what that means.
 *
 * @example aliasIndex(actors).get("harkin") // Set {"actor:maxim-kharkin"}
 */
export function aliasIndex(actors: ActorRow[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (!key) return;
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(id);
  };
  for (const a of actors) {
    add(a.name, a.actor_id);
    for (const alias of a.aliases) add(alias, a.actor_id);
  }
  return index;
}

/**
 * A `same` group is merged when one actor carries every surface form of the group. A `different`
 * pair is a wrong merge when one actor carries both names.
 *
 * @example scoreMerges(actors, {same: [["Kharkin", "Harkin"]], different: []}).merged
 */
export function scoreMerges(actors: ActorRow[], merges: GoldMerges, corpus: string): MergeScore & {misses: Miss[]} {
  const index = aliasIndex(actors);
  const idsOf = (name: string) => index.get(nameKey(name)) ?? new Set<string>();
  const nameOf = new Map(actors.map((a) => [a.actor_id, a.name]));
  const misses: Miss[] = [];
  let merged = 0;
  for (const group of merges.same) {
    const sets = group.map(idsOf);
    const missing = group.filter((_, i) => sets[i].size === 0);
    const common = [...sets[0]].filter((id) => sets.every((s) => s.has(id)));
    if (missing.length === 0 && common.length > 0) {
      merged++;
      continue;
    }
    const where = group.map((n, i) => `${n}→${[...sets[i]].map((id) => nameOf.get(id)).join("|") || "∅"}`).join("; ");
    misses.push({table: "merges", kind: "missed", file: corpus, detail: `not one actor: ${where}`, sentence: ""});
  }
  let wrongMerges = 0;
  for (const [a, b] of merges.different) {
    const sa = idsOf(a);
    const both = [...idsOf(b)].filter((id) => sa.has(id));
    if (both.length === 0) continue;
    wrongMerges++;
    misses.push({table: "merges", kind: "wrong", file: corpus, detail: `"${a}" and "${b}" merged into ${both.map((id) => nameOf.get(id)).join(", ")}`, sentence: ""});
  }
  return {groups: merges.same.length, merged, pairs: merges.different.length, wrongMerges, misses};
}
