import type {ParsingResult} from "chrono-node";
import type {Spec} from "./spec.ts";

const PREFIX = "newsprism/spec:";

/**
 * Attaches a Spec to a chrono result as a tag (tags survive chrono's refiners and clones).
 * A later tag overrides an earlier one: refiners re-tag a result after extending it.
 *
 * @example tagSpec(result, {kind: "fromPublication", unit: "day", n: -1})
 */
export function tagSpec(result: ParsingResult, spec: Spec): ParsingResult {
  return result.addTag(PREFIX + JSON.stringify(spec));
}

/** The last Spec attached to a chrono result, or null for chrono's own results. @example specOfTags(result.tags()) */
export function specOfTags(tags: Set<string>): Spec | null {
  let last: string | null = null;
  for (const t of tags) if (t.startsWith(PREFIX)) last = t;
  if (last === null) return null;
  // Few distinct Specs occur ("yesterday", "the next day", "in 2023"…): parse each tag once.
  let spec = parsed.get(last);
  if (spec === undefined) {
    spec = JSON.parse(last.slice(PREFIX.length)) as Spec;
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(last, spec);
  }
  return spec;
}

/** Parsed Specs by tag. Shared between results, so callers must not modify a Spec (none do). */
const parsed = new Map<string, Spec>();
const MAX_PARSED = 2048;
