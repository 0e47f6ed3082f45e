/**
 * Titles before a person's name: "Deputy Foreign Minister Elena Marsh",
 * "government spokesman Lars Berg", "Norwegian Ambassador to Kenya Erik Dahl".
 */
import {isStopCap} from "./chunker.ts";
import {inLex, LEX_FIRST, LEX_HEAD, LEX_LINK, LEX_MODIFIER, LEX_NATIONALITY, LEX_ORG, LEX_PARTICLE} from "./lexicon.ts";
import type {Token} from "./tokens.ts";
import {STYLE_PAIRS} from "../model/titles.ts";

/** STYLE_PAIRS by first word: the second words it takes. */
const STYLES: ReadonlyMap<string, readonly string[]> = STYLE_PAIRS.reduce((m, [a, b]) => m.set(a, [...(m.get(a) ?? []), b]), new Map<string, string[]>());

/**
 * Whether two lowercase words are a two-word style ("datuk", "seri"; model STYLE_PAIRS).
 *
 * @example isStylePair("tan", "sri") // true
 */
export function isStylePair(a: string, b: string): boolean {
  const seconds = STYLES.get(a);
  return seconds !== undefined && seconds.includes(b);
}

/**
 * The title directly before token `s` (no punctuation in between), as token range [start, s), or null.
 * A title needs a head word ("minister", "spokesman"); after its last head only links with
 * capitalised words may follow ("Ambassador to Israel", "Minister of State for Foreign Affairs").
 *
 * @example titleBefore(tokenize("government spokesman Lars Berg said"), 2) // {start: 0, end: 2}
 */
export function titleBefore(tokens: Token[], s: number): {start: number; end: number} | null {
  if (s === 0 || tokens[s].sep !== " ") return null;
  let first = -1;
  let lastHead = -1;
  for (let j = s - 1, count = 0; j >= 0 && count < 9; j--, count++) {
    const u = tokens[j];
    if (inLex(u, LEX_HEAD)) {
      if (lastHead < 0) lastHead = j;
      first = j;
    } else if (inLex(u, LEX_MODIFIER) || inLex(u, LEX_NATIONALITY)) {
      first = j;
    } else if (inLex(u, LEX_LINK) && !u.cap) {
      // Inside a hyphenated title the link belongs to it ("Commander-in-chief").
      if (lastHead >= 0 && !hyphenInside(tokens, j)) break;
    } else if (lastHead < 0 && theAfterLink(tokens, j)) {
      // "Director of the Red Cross Hanna Solberg": "the" between a title's link and its organisation.
    } else if (u.cap && !isStopCap(u) && !u.poss) {
      first = j;
    } else break;
    if (u.sep !== " " && u.sep !== "-") break;
  }
  if (lastHead < 0 || first < 0) return null;
  // After the last head: nothing, or links each followed by capitalised words ("Ambassador to
  // Israel", "Minister of State for Foreign Affairs").
  if (lastHead < s - 1) {
    for (let k = lastHead + 1; k < s; k++) {
      const t = tokens[k];
      if (t.cap) continue;
      // A lowercase word here must be a link with a capitalised word after it (or "the" and
      // one: "of the Red Cross"), before the name.
      if (theAfterLink(tokens, k)) continue;
      const next = k + 1 < s && theAfterLink(tokens, k + 1) ? k + 2 : k + 1;
      if (!inLex(t, LEX_LINK) || next >= s || !tokens[next].cap) return null;
    }
    const link = tokens[lastHead + 1];
    if (!inLex(link, LEX_LINK) || link.cap) return null;
  }
  // Trim leading tokens that are not part of a title (a stray capitalised word before a link).
  while (first < lastHead && inLex(tokens[first], LEX_LINK) && !tokens[first].cap) first++;
  return {start: first, end: s};
}

/** Token j is a lowercase "the" right after a lowercase link and before a capitalised word ("of the Red Cross"). */
function theAfterLink(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  if (u.key !== "the" || u.cap || u.sep !== " " || j === 0 || j + 1 >= tokens.length) return false;
  const link = tokens[j - 1];
  return !link.cap && inLex(link, LEX_LINK) && tokens[j + 1].cap && tokens[j + 1].sep === " ";
}

/** Token j is a lowercase word joined by hyphens on both sides ("in" in "Commander-in-chief"). */
function hyphenInside(tokens: Token[], j: number): boolean {
  return tokens[j].sep === "-" && j + 1 < tokens.length && tokens[j + 1].sep === "-";
}

/**
 * Whether the chunk starting at token `from` follows a title's link: "Minister of | State Kofi
 * Mensah", "Minister of State for | Foreign Affairs Omar Haddad". Reads back over title words,
 * capitalised words and links to a head word, all in one run of words.
 *
 * @example afterTitleLink(tokenize("Secretary of State Laura Benning"), 2) // true
 */
export function afterTitleLink(tokens: Token[], from: number): boolean {
  return titleHeadBeforeLink(tokens, from, false) >= 0;
}

/**
 * The separators allowed inside a title. A set rather than `sep !== " " && sep !== "-"`: the
 * second test ran for so few words (a hyphen inside a title: "Vice-President") that it had never
 * run when this function was compiled, and its first run threw the compiled code away.
 */
const SPACE_OR_HYPHEN: ReadonlySet<string> = new Set([" ", "-"]);

/**
 * Index of the title's head word when the chunk at `from` follows a title's link (see
 * afterTitleLink), or -1. With `the` true a lowercase "the" may sit between the link and the
 * chunk: "Secretary of the | Flood Relief Council Marta Ruiz".
 *
 * @example titleHeadBeforeLink(tokenize("Secretary of the Flood Council Marta Ruiz"), 3, true) // 0
 */
export function titleHeadBeforeLink(tokens: Token[], from: number, the: boolean): number {
  if (from < 2 || tokens[from].sep !== " ") return -1;
  let l = from - 1;
  if (the && tokens[l].key === "the" && !tokens[l].cap && tokens[l].sep === " ") l--;
  if (l < 1) return -1;
  const link = tokens[l];
  if (link.cap || !inLex(link, LEX_LINK) || link.sep !== " ") return -1;
  for (let j = l - 1, count = 0; j >= 0 && count < 8; j--, count++) {
    const u = tokens[j];
    if (inLex(u, LEX_HEAD) && !inLex(u, LEX_ORG)) return j;
    const titleWord = inLex(u, LEX_MODIFIER) || (u.cap && !isStopCap(u) && !u.poss) || (!u.cap && inLex(u, LEX_LINK));
    if (!titleWord || !SPACE_OR_HYPHEN.has(u.sep)) return -1;
  }
  return -1;
}

/**
 * How many leading tokens of a capitalised chunk form a title ("Deputy Foreign Minister" in
 * "Deputy Foreign Minister Elena Marsh", "Civil Aviation Minister" in "Civil Aviation
 * Minister Bikram Thapa"): the longest prefix ending in a head word with a name after it, where
 * the words before the head are title words or capitalised non-first-name words.
 *
 * @example titlePrefixLength(tokenize("President Vladimir Putin")) // 1
 */
export function titlePrefixLength(chunk: Token[]): number {
  return titlePrefixIn(chunk, 0, chunk.length);
}

/**
 * `titlePrefixLength` of the chunk `tokens[from, end)` without copying it (the chunker calls
 * this once per capitalised run).
 *
 * @example titlePrefixIn(tokenize("met President Vladimir Putin"), 1, 4) // 1
 */
export function titlePrefixIn(tokens: Token[], from: number, end: number): number {
  // "Datuk Seri Anwar Salleh", "Tan Sri Noor Aziz": a two-word style (model STYLE_PAIRS) before at least one name word.
  if (end - from >= 3 && isStylePair(tokens[from].key, tokens[from + 1].key)) return 2;
  let best = 0;
  for (let k = from; k < end - 1; k++) {
    const t = tokens[k];
    const head = inLex(t, LEX_HEAD);
    const titleWord = head || inLex(t, LEX_MODIFIER) || inLex(t, LEX_NATIONALITY);
    // "Mineral Resources Minister": portfolio words are capitalised but not in any list.
    let portfolio = false;
    if (!titleWord && t.cap && !t.upper && !inLex(t, LEX_FIRST) && !inLex(t, LEX_PARTICLE)) {
      for (let m = k + 1; m < end - 1 && !portfolio; m++) portfolio = inLex(tokens[m], LEX_HEAD) && !inLex(tokens[m], LEX_ORG);
    }
    if (!titleWord && !portfolio) break;
    if (head) best = k - from + 1;
  }
  return best;
}
