/**
 * Role descriptions resolved through the gazetteer's dated roles: "the Russian president" in
 * an article of 2024 → Vladimir Putin; "the US president" in 2022 → Joe Biden, in 2025 → Donald Trump.
 */
import type {RoleTarget} from "./gazetteer-matcher.ts";

function covers(t: RoleTarget, lo: string, hi: string): boolean {
  return (!t.from || t.from <= hi) && (!t.to || t.to >= lo);
}

/**
 * The single gazetteer entry holding the role at `published`, or null when none or several do.
 * Undated articles resolve only roles ever held by one entry.
 *
 * @example resolveRole([{entry: 3, from: "2012-05-07", to: null}], "2024-11-15") // 3
 */
export function resolveRole(targets: RoleTarget[] | undefined, published: string | null): number | null {
  if (!targets || targets.length === 0) return null;
  let candidates: RoleTarget[];
  if (!published) candidates = targets;
  else {
    const lo = (published + "-01-01").slice(0, 10);
    const hi = published.length >= 10 ? published.slice(0, 10) : published.length === 7 ? published + "-31" : published + "-12-31";
    candidates = targets.filter((t) => covers(t, lo, hi));
  }
  const entries = new Set(candidates.map((t) => t.entry));
  return entries.size === 1 ? candidates[0].entry : null;
}
