/**
 * Compiles the gazetteer (names, aliases, role descriptions) into token tries, once per
 * gazetteer array (cached in a WeakMap), so matching costs one map lookup per token instead
 * of one regex per entry per sentence.
 */
import type {GazetteerEntry} from "../types.ts";
import {keyHash, lexHashStep} from "./lex-table.ts";
import {foldKey, tokenize, type Token} from "./tokens.ts";

interface Surface {
  entry: number;
  /** Surface tokens as written in the gazetteer, for the case check ("WHO" must not match "who"). */
  tokens: Token[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  surfaces: Surface[];
  /**
   * The entries of all `surfaces`, in order, when none of them has an all-caps word of five
   * letters or fewer: then the case check passes for every surface as soon as the first matched
   * word is capitalised, and a match returns this shared list instead of checking each alias
   * word (most matches start at a capitalised word). Null when some surface needs the full check.
   */
  capEntries: number[] | null;
  /**
   * Root only (null elsewhere): a bit per `keyHash` of the edge keys leaving the node, masked to
   * the array's size (see `edgeFilter`). A token whose key hash has no bit starts no name, and
   * `matchAt` returns without a Map lookup: most capitalised words ("Monday", "Thompson") start
   * none, and the lookup, which first hashes the freshly made key, was stage 04's costliest line.
   */
  starts: Uint32Array | null;
  /**
   * The key of the node's one edge and the node it leads to, when it has exactly one (null
   * otherwise; set by `singleEdges` once the trie is built). Most inner nodes have none or one
   * ("vladimir" → "putin"): `step` then compares the token's key with it instead of a Map lookup,
   * which first hashes the key, often a word no lookup had hashed yet (the one after a match).
   */
  onlyKey: string | null;
  onlyNext: TrieNode | null;
}

export interface RoleTarget {
  entry: number;
  from: string | null;
  to: string | null;
}

export interface CompiledGazetteer {
  entries: GazetteerEntry[];
  names: TrieNode;
  roles: TrieNode;
  /** Role phrase key ("russian president") → entries that held it. */
  roleTargets: Map<string, RoleTarget[]>;
  /** Folded name/alias ("the us" → "us") → entry index, for stage 09. */
  byKey: Map<string, number>;
}

const cache = new WeakMap<GazetteerEntry[], CompiledGazetteer>();
/**
 * The gazetteer compiled last: stage 04 asks once per article for the same array, and answering
 * without the WeakMap lookup measured faster (a WeakMap lookup per article made V8's
 * young-generation collections slow in the stage 04 benchmark).
 */
let last: CompiledGazetteer | null = null;

function node(): TrieNode {
  return {next: new Map(), surfaces: [], capEntries: null, starts: null, onlyKey: null, onlyNext: null};
}

/** An alias word the case check compares letter by letter ("WHO", "U.S."). */
function strictCase(t: Token): boolean {
  return t.upper && t.key.length <= 5;
}

function stripThe(tokens: Token[]): Token[] {
  return tokens.length > 1 && tokens[0].key === "the" ? tokens.slice(1) : tokens;
}

function insert(root: TrieNode, tokens: Token[], surface: Surface): void {
  let cur = root;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n];
    // An inner possessive ("Russia's Foreign Ministry") is its own edge; a final one is dropped.
    const k = t.poss && n < tokens.length - 1 ? t.key + "'s" : t.key;
    let nx = cur.next.get(k);
    if (!nx) cur.next.set(k, (nx = node()));
    cur = nx;
  }
  if (!cur.surfaces.some((s) => s.entry === surface.entry)) cur.surfaces.push(surface);
  cur.capEntries = cur.surfaces.some((s) => s.tokens.some(strictCase)) ? null : cur.surfaces.map((s) => s.entry);
}

/** Normalised lookup key of a name: folded, "the" dropped, spaces and hyphens collapsed ("the U.S." → "us"). */
export function nameKey(name: string): string {
  // Joined in a loop, not map + join: `map` of an empty token list gave an array of another
  // elements kind, and the optimised nameKey was thrown away on the first name with no word.
  const tokens = stripThe(tokenize(name));
  let key = "";
  for (let i = 0; i < tokens.length; i++) key += i === 0 ? tokens[i].key : " " + tokens[i].key;
  return key;
}

/**
 * Returns the compiled tries for a gazetteer (cached per array).
 *
 * @example compileGazetteer(ctx.gazetteer).byKey.get("kremlin")
 */
export function compileGazetteer(entries: GazetteerEntry[]): CompiledGazetteer {
  if (entries === last?.entries) return last;
  const hit = cache.get(entries);
  if (hit) return (last = hit);
  const names = node();
  const roles = node();
  const roleTargets = new Map<string, RoleTarget[]>();
  const byKey = new Map<string, number>();
  entries.forEach((e, idx) => {
    for (const s of [e.name, ...e.aliases]) {
      const toks = stripThe(tokenize(s));
      if (toks.length === 0) continue;
      insert(names, toks, {entry: idx, tokens: toks});
      const key = toks.map((t) => t.key).join(" ");
      if (!byKey.has(key)) byKey.set(key, idx);
    }
    for (const r of e.roles) {
      const toks = stripThe(tokenize(r.role));
      if (toks.length === 0) continue;
      insert(roles, toks, {entry: idx, tokens: toks});
      const key = toks.map((t, k) => (t.poss && k < toks.length - 1 ? t.key + "'s" : t.key)).join(" ");
      const list = roleTargets.get(key) ?? [];
      list.push({entry: idx, from: r.from, to: r.to});
      roleTargets.set(key, list);
    }
  });
  names.starts = edgeFilter(names);
  roles.starts = edgeFilter(roles);
  singleEdges(names);
  singleEdges(roles);
  const compiled = {entries, names, roles, roleTargets, byKey};
  cache.set(entries, compiled);
  return (last = compiled);
}

/**
 * The bits of `node.starts`: one per edge key's hash, in an array of about 32 bits per key (one
 * false positive in ~30 for a key the node lacks; a false positive only costs the Map lookup).
 * Keys are hashed as they are: a token's key is already folded ("russia's", "us").
 */
function edgeFilter(node: TrieNode): Uint32Array {
  let words = 1;
  while (words < node.next.size) words *= 2;
  const bits = new Uint32Array(words);
  const mask = words * 32 - 1;
  for (const key of node.next.keys()) {
    const h = keyHash(key) & mask;
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}

/** Sets `onlyKey` / `onlyNext` on every node below `node` (itself included) that has exactly one edge. */
function singleEdges(node: TrieNode): void {
  for (const [key, next] of node.next) {
    if (node.next.size === 1) {
      node.onlyKey = key;
      node.onlyNext = next;
    }
    singleEdges(next);
  }
}

/**
 * The node the edge `key` of `node` leads to, or undefined: `node.next.get(key)`, answered without
 * the Map for a node of no edge or one (see TrieNode.onlyKey).
 */
function step(node: TrieNode, key: string): TrieNode | undefined {
  if (node.onlyKey !== null) return key === node.onlyKey ? node.onlyNext! : undefined;
  return node.next.size === 0 ? undefined : node.next.get(key);
}

/**
 * Whether token `t` may start an edge of `node`: false only when neither its key nor, for a
 * possessive, its key with "'s" has a bit in `node.starts` (a node without filter: true). The
 * hash is folded here, for the few tokens asked (capitalised words), rather than kept on every
 * token: a field more on each of the ~600,000 tokens per 1,500 articles cost more allocation than
 * the fold costs time.
 */
function mayStart(node: TrieNode, t: Token): boolean {
  const bits = node.starts;
  if (bits === null) return true;
  const mask = bits.length * 32 - 1;
  const hash = keyHash(t.key);
  let h = hash & mask;
  if ((bits[h >>> 5] & (1 << (h & 31))) !== 0) return true;
  if (!t.poss) return false;
  // key + "'s": the possessive edge ("russia's").
  h = lexHashStep(lexHashStep(hash, 39), 115) & mask;
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}

/** Case check: an all-caps alias ("WHO", "US") needs the same letters; a capitalised one needs a capital. */
function caseOk(alias: Token[], text: Token[], at: number): boolean {
  for (let k = 0; k < alias.length; k++) {
    const a = alias[k];
    const t = text[at + k];
    if (strictCase(a)) {
      if (!sameLetters(t.text, a.text)) return false;
    } else if (a.cap && !t.cap && k === 0) return false;
  }
  return true;
}

/** `x` and `y` are equal once periods are removed ("U.N." vs "UN"), compared without building the dotless copies. */
function sameLetters(x: string, y: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < x.length && x.charCodeAt(i) === 46) i++;
    while (j < y.length && y.charCodeAt(j) === 46) j++;
    if (i >= x.length || j >= y.length) return i >= x.length && j >= y.length;
    if (x.charCodeAt(i) !== y.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

export interface TrieMatch {
  /** Token index after the match. */
  end: number;
  entries: number[];
}

/**
 * Entries of the surfaces that pass the case check, or null when none does. The list may be
 * shared (`TrieNode.capEntries`): callers only read it.
 */
function matchingEntries(node: TrieNode, tokens: Token[], i: number, checkCase: boolean): number[] | null {
  const surfaces = node.surfaces;
  // Without strict words the check only asks for a capital on the first word, which a
  // capitalised first word has ("Kremlin" for "Kremlin"; "al-Sisi" for a lowercase alias).
  if (node.capEntries && (!checkCase || tokens[i].cap)) return node.capEntries;
  let out: number[] | null = null;
  for (const s of surfaces) {
    if (checkCase && !caseOk(s.tokens, tokens, i)) continue;
    (out ??= []).push(s.entry);
  }
  return out;
}

/**
 * Longest match in `root` starting at token `i`. A possessive token ("Russia's") may only end a match.
 *
 * @example matchAt(compiled.names, tokens, 0)
 */
export function matchAt(root: TrieNode, tokens: Token[], i: number, checkCase = true): TrieMatch | null {
  if (!mayStart(root, tokens[i])) return null;
  let cur: TrieNode | undefined = root;
  let best: TrieMatch | null = null;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (j > i && t.sep !== " " && t.sep !== "-") break;
    const here: TrieNode | undefined = step(cur, t.key);
    if (here && here.surfaces.length) {
      const entries = matchingEntries(here, tokens, i, checkCase);
      if (entries) best = {end: j + 1, entries};
    }
    cur = t.poss ? step(cur, t.key + "'s") : here;
    if (!cur) break;
  }
  return best;
}

export {foldKey};
