import type {Token} from "./tokens.ts";
import {hasWord, wordSet} from "./word-index.ts";
import {CLAUSE_BREAK_MARKS, CLAUSE_OPENER_WORDS, CLAUSE_TIME_OF_DAY_WORDS, COMMA_CLAUSE_OPENER_WORDS} from "../model/event-cues.ts";
import {BEFORE_PREPOSITION_VERBS} from "../model/date-cues.ts";

/** Punctuation that always ends a clause. */
const HARD = new Set(CLAUSE_BREAK_MARKS);

/** Words that open a new clause wherever they stand ("… released while talks went on"). */
const OPENERS = new Set(CLAUSE_OPENER_WORDS);

// Probed by token key: no string hash per word (see word-index.ts).
const OPENER_WORDS = wordSet(OPENERS);

/** Words that open a new clause right after a comma ("…, who was abducted …"). */
const COMMA_OPENERS = new Set([...OPENERS, ...COMMA_CLAUSE_OPENER_WORDS]);

// Probed by token key too (a punctuation token's key is its char code, see tokens.ts).
const HARD_CHARS = wordSet(HARD);
const COMMA_OPENER_WORDS = wordSet(COMMA_OPENERS);
/**
 * Words after which "before" is a preposition, not a clause opener: "is due to appear before a judge on Thursday"
 * keeps "appear" and "Thursday" in one clause (as dates/cues.ts reads them for the future).
 */
const APPEAR_WORDS = wordSet(BEFORE_PREPOSITION_VERBS);
/** "before dawn", "until midnight": a time of day after the opener makes it a preposition. */
const TIME_OF_DAY = wordSet(CLAUSE_TIME_OF_DAY_WORDS);

/**
 * Clause number of every token: a cheap stand-in for a parse. Boundaries are hard
 * punctuation, subordinators ("while", "after"), and a comma followed by a relative
 * pronoun, a conjunction or an -ing participle (", killing hundreds").
 *
 * @example clauseIds(tokenize("Floods hit the town on Monday, killing three.", 0)) // [0,0,0,0,0,0,0,1,1,1]
 */
export function clauseIds(tokens: Token[]): number[] {
  const ids = new Array<number>(tokens.length);
  let clause = 0;
  let closeAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) {
      // A short parenthesis ("the National Union of Mineworkers (NUM) said") stays in its clause.
      if (t.text === "(") closeAt = shortParenthesisEnd(tokens, i);
      if (hasWord(HARD_CHARS, t.text, t.key) && !(t.text === "(" && closeAt > i) && !(t.text === ")" && closeAt === i) && !clockColon(tokens, i)) clause++;
      else if (t.text === "," && i + 1 < tokens.length) {
        const next = tokens[i + 1];
        if (hasWord(COMMA_OPENER_WORDS, next.lower, next.key) || endsWithIng(next.lower)) clause++;
      }
    } else if (i > 0 && hasWord(OPENER_WORDS, t.lower, t.key) && !prepositionalOpener(tokens, i)) clause++;
    ids[i] = clause;
  }
  return ids;
}

/**
 * Session 33: whether the ":" at `i` joins the hours and minutes of a clock time ("at 9:20 am on Tuesday"), written
 * with no space around it: no clause ends there.
 *
 * @example clockColon(tokenize("at 9:20 am", 0), 2) // true
 */
function clockColon(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1], b = tokens[i + 1], t = tokens[i];
  return t.text === ":" && a !== undefined && b !== undefined && a.end === t.start && b.start === t.end && /^\d{1,2}$/.test(a.text) && /^\d\d$/.test(b.text);
}

/**
 * Whether the opener at `i` is a preposition: "before" after a word of appearing ("appear before a judge"), or an
 * opener before a time of day ("before dawn", "after midnight", "until noon").
 */
function prepositionalOpener(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.lower === "before" && hasWord(APPEAR_WORDS, tokens[i - 1].lower, tokens[i - 1].key)) return true;
  const next = tokens[i + 1];
  return next !== undefined && hasWord(TIME_OF_DAY, next.lower, next.key);
}

/** Index of the ")" closing a "(" at `open` within five tokens, or -1. */
function shortParenthesisEnd(tokens: Token[], open: number): number {
  for (let j = open + 1; j < tokens.length && j <= open + 6; j++) {
    if (tokens[j].text === ")") return j;
    if (tokens[j].text === "(") return -1;
  }
  return -1;
}

/** `w.length > 5 && w.endsWith("ing")` on char codes (", killing three"): no builtin call per comma. */
function endsWithIng(w: string): boolean {
  const n = w.length;
  return n > 5 && w.charCodeAt(n - 1) === 103 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 3) === 105;
}
