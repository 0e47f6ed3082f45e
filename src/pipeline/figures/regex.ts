/**
 * Helpers that turn word lists (data in ../model) into precompiled regexes.
 * Spaces in a phrase match any run of whitespace; a trailing "*" matches the rest of the word
 * ("releas*" = release, released, releasing). Built once at module load.
 */

/** Escapes a string for use inside a RegExp. @example escapeRegex("a.b") // "a\\.b" */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Phrase ends here: "" (needs a word boundary), "*" (any word ending), "." (ends on a non-word char). */
  ends: Set<string>;
}

/** Splits a phrase into atoms: one character each, a run of spaces as " ". */
function atoms(phrase: string): string[] {
  const out: string[] = [];
  for (const ch of phrase.toLowerCase()) {
    if (ch === " ") {
      if (out[out.length - 1] !== " ") out.push(" ");
    } else out.push(ch);
  }
  return out;
}

function atomSource(a: string): string {
  return a === " " ? "\\s+" : escapeRegex(a);
}

function emit(node: TrieNode): string {
  const alts: string[] = [];
  // Longer continuations first so the longest phrase wins ("at least" before "at").
  for (const [a, child] of node.children) alts.push(atomSource(a) + emit(child));
  if (node.ends.has("*")) alts.push("[a-z]*");
  if (node.ends.has("")) alts.push("\\b");
  if (node.ends.has(".")) alts.push("");
  if (alts.length === 1) return alts[0];
  return `(?:${alts.join("|")})`;
}

/**
 * Regex source for a list of phrases, as a prefix trie so V8 tries one branch per character instead of
 * every alternative ("kill*" and "killing" share "kill"). Spaces match any whitespace run, a trailing
 * "*" any word ending; phrases starting/ending with a word character get word boundaries.
 *
 * @example new RegExp(phraseSource(["at least", "over"]), "i").test("at  least") // true
 */
export function phraseSource(phrases: readonly string[]): string {
  const wordRoot: TrieNode = {children: new Map(), ends: new Set()};
  const otherRoot: TrieNode = {children: new Map(), ends: new Set()};
  for (const p of new Set(phrases)) {
    if (!p) continue;
    const star = p.endsWith("*");
    const core = star ? p.slice(0, -1) : p;
    if (!core) continue;
    let node = /^\w/.test(core) ? wordRoot : otherRoot;
    for (const a of atoms(core)) {
      let next = node.children.get(a);
      if (!next) {
        next = {children: new Map(), ends: new Set()};
        node.children.set(a, next);
      }
      node = next;
    }
    node.ends.add(star ? "*" : /\w$/.test(core) ? "" : ".");
  }
  const parts: string[] = [];
  if (wordRoot.children.size) parts.push(`\\b${emit(wordRoot)}`);
  if (otherRoot.children.size) parts.push(emit(otherRoot));
  return parts.join("|");
}

/**
 * A global case-insensitive regex matching any phrase of the list.
 *
 * @example phraseRegex(["dead", "kill*"]).exec("were killed")?.[0] // "killed"
 */
export function phraseRegex(phrases: readonly string[], flags = "gi"): RegExp {
  return new RegExp(`(?:${phraseSource(phrases)})`, flags);
}
