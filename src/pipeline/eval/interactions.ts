import type {ActorRow, InteractionRow} from "../tables/rows.ts";
import type {GoldInteraction, Miss} from "./types.ts";
import {aliasIndex, nameKey} from "./actors.ts";

export interface InteractionCounts {
  tp: number;
  fp: number;
  fn: number;
  misses: Miss[];
}

/** Types whose direction carries no meaning: "A met B" is "B met A". */
const UNDIRECTED = new Set(["met"]);

/**
 * Scores one article's (source, target, type) triples. A gold name stands for every actor whose
 * name or aliases include it (case-insensitive); a predicted source/target (an actor name or id)
 * stands for that actor. Duplicate triples count once on both sides; `met` is undirected.
 * `sentences` (the article's sentence texts) only serve to show a missed triple's sentence.
 *
 * @example scoreArticleInteractions(rows, actors, gold, "a.txt").tp
 */
export function scoreArticleInteractions(predicted: InteractionRow[], actors: ActorRow[], gold: GoldInteraction[], file: string, sentences: string[] = []): InteractionCounts {
  const index = aliasIndex(actors);
  const byId = new Map(actors.map((a) => [a.actor_id, a]));
  const byName = new Map(actors.map((a) => [nameKey(a.name), a]));
  /** Ids a predicted endpoint stands for: the actor with that id or name; else the string itself. */
  const predIds = (s: string): Set<string> => {
    const a = byId.get(s) ?? byName.get(nameKey(s));
    return new Set([a ? a.actor_id : `name:${nameKey(s)}`]);
  };
  const goldIds = (s: string): Set<string> => new Set([...(index.get(nameKey(s)) ?? []), `name:${nameKey(s)}`]);
  const hit = (p: Set<string>, g: Set<string>) => [...p].some((x) => g.has(x));

  const seen = new Set<string>();
  const preds = predicted.filter((r) => {
    const key = `${r.type}\u0000${UNDIRECTED.has(r.type) ? [r.source, r.target].sort().join("\u0000") : `${r.source}\u0000${r.target}`}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const goldSeen = new Set<string>();
  const golds = gold.filter((g) => {
    const key = `${g.type}\u0000${nameKey(g.source)}\u0000${nameKey(g.target)}`;
    if (goldSeen.has(key)) return false;
    goldSeen.add(key);
    return true;
  });
  const used = new Set<number>();
  const misses: Miss[] = [];
  let tp = 0;
  for (const g of golds) {
    const gs = goldIds(g.source);
    const gt = goldIds(g.target);
    const pi = preds.findIndex((p, i) => {
      if (used.has(i) || p.type !== g.type) return false;
      const ps = predIds(p.source);
      const pt = predIds(p.target);
      return (hit(ps, gs) && hit(pt, gt)) || (UNDIRECTED.has(g.type) && hit(ps, gt) && hit(pt, gs));
    });
    if (pi >= 0) {
      used.add(pi);
      tp++;
    } else {
      const near = preds.filter((p) => hit(predIds(p.source), gs) || hit(predIds(p.target), gt)).map((p) => `${p.source} -${p.type}→ ${p.target}`);
      // Show the sentence naming both (else the target) so the miss can be read without the article.
      const has = (s: string, name: string) => s.toLowerCase().includes(name.toLowerCase());
      const sentence = sentences.find((s) => has(s, g.source) && has(s, g.target)) ?? sentences.find((s) => has(s, g.target)) ?? "";
      misses.push({table: "interactions", kind: "missed", file, detail: `${g.source} -${g.type}→ ${g.target}${near.length ? ` (predicted: ${near.slice(0, 3).join("; ")})` : ""}`, sentence});
    }
  }
  preds.forEach((p, i) => {
    if (!used.has(i)) misses.push({table: "interactions", kind: "extra", file, detail: `${p.source} -${p.type}→ ${p.target} [${p.verb}, ${p.rule}]`, sentence: p.sentence});
  });
  return {tp, fp: preds.length - used.size, fn: golds.length - tp, misses};
}
