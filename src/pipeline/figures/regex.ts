/**
 * Helpers that turn word lists (data in ../model) into precompiled regexes.
 * Spaces in a phrase match any run of whitespace; a trailing "*" matches the rest of the word
 * ("releas*" = release, released, releasing). Built once at module load.
 */

/** Escapes a string for use inside a RegExp. @example escapeRegex("a.b") // "a\\.b" */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Regex source for a list of phrases, longest first, each on word boundaries where the phrase starts/ends
 * with a word character.
 *
 * @example new RegExp(phraseSource(["at least", "over"]), "i").test("at  least") // true
 */
export function phraseSource(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted
    .map((p) => {
      const star = p.endsWith("*");
      const core = star ? p.slice(0, -1) : p;
      let src = escapeRegex(core).replace(/ +/g, "\\s+");
      if (star) src += "[a-z]*";
      const pre = /^\w/.test(core) ? "\\b" : "";
      const post = !star && /\w$/.test(core) ? "\\b" : "";
      return pre + src + post;
    })
    .join("|");
}

/**
 * A global case-insensitive regex matching any phrase of the list.
 *
 * @example phraseRegex(["dead", "kill*"]).exec("were killed")?.[0] // "killed"
 */
export function phraseRegex(phrases: readonly string[], flags = "gi"): RegExp {
  return new RegExp(`(?:${phraseSource(phrases)})`, flags);
}
