/**
 * Word tokens of one sentence with offsets into Article.text, the shared input of the
 * gazetteer matcher, the chunker and the label rules.
 *
 * Why a hand-written scanner: one pass over char codes keeps stage 04 above 10 MB/s, and
 * possessives ("Olsen’s" → "Olsen"), hyphens ("al-Sinwar", "Hamas-led") and
 * abbreviations ("Mr.", "U.S.") need token-level flags a regex split would lose.
 */

import type {Sentence} from "../types.ts";
import {sentenceMemo, type TextSource} from "../util/tokens-cache.ts";
import {keyHash, LEX_TITLE_WORDS, LEX_WORD_BITS, LEX_WORDS, lexHashOf, lexHashStep, lexWordAt} from "./lex-table.ts";
import {LEX, LEX_FIRST, LEX_HEAD} from "./lexicon.ts";
import {isDigit} from "../util/chars.ts";
import {DIGRAPH_INITIALS, NAME_ABBREVIATIONS, PLURAL_NOUN_ENDINGS} from "../model/abbreviations.ts";

export interface Token {
  /** Offsets into Article.text (possessive "'s" excluded). */
  readonly start: number;
  readonly end: number;
  /** Surface form without the possessive. */
  readonly text: string;
  /** Lowercase, diacritics folded, periods removed: "U.S." → "us", "Erdoğan" → "erdogan". */
  readonly key: string;
  /** First letter is uppercase. */
  readonly cap: boolean;
  /** All letters uppercase and at least two letters ("UN", "NATO"). */
  readonly upper: boolean;
  /** Followed by a possessive "'s" / "’s" / "s'". */
  readonly poss: boolean;
  /** What separates it from the previous token: "start", " " (whitespace only), "-" (hyphen), or other punctuation. */
  readonly sep: string;
  /** An opening quote, bracket, colon or dash stands between the previous token and this one. */
  readonly opener: boolean;
  /**
   * Lexicon sets holding `key` as LEX_* bits (see lexicon.ts). Looked up while scanning, in place
   * (lex-table.ts): the scanner folds the word's hash as it reads the letters.
   */
  readonly lex: number;
}

/*
 * The four flags of a token, stored above its LEX_* bits (lexicon.ts: bits 0–14) in one small
 * integer, `WordToken.bits` (a unit test checks that every LEX_* bit stays below CAP).
 */
const LEX_MASK = (1 << 15) - 1;
const CAP = 1 << 15;
const UPPER = 1 << 16;
const POSS = 1 << 17;
const OPENER = 1 << 18;

/**
 * A Token built by a constructor rather than an object literal. Why: V8 may decide to allocate
 * a literal's objects straight in the old generation once many of them outlive a young-generation
 * collection (tokens are kept from stage 04 to stage 08), and old objects pointing at young
 * strings made every collection slow (stage 04 measured 2× slower); constructed objects are not
 * pretenured that way.
 *
 * Why six fields and getters: stage 04 makes about 400 tokens per article (2 million in a
 * 5,000-article run) and a token was its largest allocation. With ten fields a token took 104
 * bytes; now the four flags and the lexicon bits share one small integer (`bits`), so 72 bytes.
 * Each getter is a few bytes of bytecode, which TurboFan inlines as a "small function" whatever
 * its budget: with --trace-turbo-inlining, every read in the optimised code of stages 04 and 08
 * was inlined. (`end` stays a field although it is always `start + text.length`: as a getter it
 * read the text string too, another object, and stage 08's search over token ends got slower.)
 */
class WordToken implements Token {
  // (Fields `declare`d and set by the constructor: see CandidateRow in candidate.ts for why.)
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  declare readonly key: string;
  declare readonly sep: string;
  /** LEX_* bits (LEX_MASK) and the flags CAP, UPPER, POSS, OPENER. */
  declare readonly bits: number;
  constructor(start: number, end: number, text: string, key: string, sep: string, bits: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.key = key;
    this.sep = sep;
    this.bits = bits;
  }
  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }
  get upper(): boolean {
    return (this.bits & UPPER) !== 0;
  }
  get poss(): boolean {
    return (this.bits & POSS) !== 0;
  }
  get opener(): boolean {
    return (this.bits & OPENER) !== 0;
  }
  get lex(): number {
    return this.bits & LEX_MASK;
  }
}

/**
 * Token `t` with other lexicon bits (`lex`, LEX_* of lexicon.ts), all else the same: for a reader
 * that reads one word otherwise (stage 04's month words that are given names), never changing
 * the shared token itself.
 *
 * @example withLex(tokenize("Jan Horak")[0], LEX_FIRST).lex // LEX_FIRST
 */
export function withLex(t: Token, lex: number): Token {
  return new WordToken(t.start, t.end, t.text, t.key, t.sep, (lex & LEX_MASK) | (t.cap ? CAP : 0) | (t.upper ? UPPER : 0) | (t.poss ? POSS : 0) | (t.opener ? OPENER : 0));
}

/** Two-letter initials ("Yu." in "Yu. Petrenko"): a period after one keeps to the word like a one-letter initial's. */
const DIGRAPH = new Set(DIGRAPH_INITIALS);

/**
 * A word that is a name's initial as written: a capital letter and its period ("R."), or a
 * two-letter initial of DIGRAPH_INITIALS ("Yu."). The one definition shared by the chunker (a
 * token's text) and stage 09 (a name's first word); not "Dr." or "St.": abbreviations are no
 * initials. (Whether a period joins the letter in running text is the scanner's question, see
 * nameInitial.)
 *
 * @example isInitialWord("Yu.") // true; isInitialWord("Dr.") // false
 */
export function isInitialWord(w: string): boolean {
  const n = w.length;
  if ((n !== 2 && n !== 3) || w.charCodeAt(n - 1) !== 46) return false;
  const f = w[0];
  if (f === f.toLowerCase()) return false;
  return n === 2 || DIGRAPH.has(w.slice(0, 2).toLowerCase());
}
/** Two or three single-letter initials written together: a given name and a patronymic ("O.V.", "Yu.V." not). */
const INITIAL_PAIR = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * The first initial of a name's first word when the word is written as initials only: one initial
 * ("R.", "Yu.", see isInitialWord) or a given name's and a patronymic's together, as Russian
 * official statements write people ("O.V." for Oleg Viktorovich), else null. Stage 09 compares the
 * given name with the first one.
 *
 * @example leadingInitial("O.V.") // "O." (and "Mr." → null)
 */
export function leadingInitial(w: string): string | null {
  if (isInitialWord(w)) return w;
  return INITIAL_PAIR.test(w) ? w.slice(0, 2) : null;
}

/** Title and place abbreviations whose period keeps to the word ("Mr. Okafor"): model/abbreviations.ts NAME_ABBREVIATIONS. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(NAME_ABBREVIATIONS);
/** Longest abbreviation a word can match (a word holds no period, so "lt.col" never does): longer words skip the lookup. */
const ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].filter((a) => !a.includes(".")).map((a) => a.length));

/**
 * The lexicon hashes (lex-table.ts keyHash) of ABBREVIATIONS and DIGRAPH. The scanner folds that
 * hash of a plain word (ASCII letters and digits) as it reads it, lowercased, so a plain word whose
 * hash is in neither set is in neither set: the word before a sentence's final period ("said.")
 * is then not sliced and lowercased only to miss the lookup. Other words are looked up as before.
 */
const ABBREVIATION_HASHES: ReadonlySet<number> = new Set([...ABBREVIATIONS].map(keyHash));
const DIGRAPH_HASHES: ReadonlySet<number> = new Set([...DIGRAPH].map(keyHash));

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  // Latin-1 supplement through Latin Extended / Greek / Cyrillic / combining marks: letters for our purpose.
  if (c < 0x2000) return c !== 0x2019 && c !== 0x2018;
  return false;
}



/** Letters NFD leaves whole, and curly apostrophes, as foldKey writes them ("ł" → "l", "’" → "'"). */
const FOLDS: Readonly<Record<string, string>> = {"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "æ": "ae", "‘": "'", "’": "'", "ʼ": "'"};
/** Any of FOLDS' letters. */
const FOLDED = /[ıłøßđæ‘’ʼ]/g;
/** FOLDED without the global flag, for a test that keeps no lastIndex. */
const HAS_FOLDED = /[ıłøßđæ‘’ʼ]/;

/** Folds case and diacritics: "Erdoğan" → "erdogan", "U.S." → "us". */
export function foldKey(text: string): string {
  let s = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(s)) {
    s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    // One pass over the letters of FOLDS, only in a word that has one (most have none: "erdogan"),
    // instead of seven replaces; no replacement holds a letter another one replaces.
    if (HAS_FOLDED.test(s)) s = s.replace(FOLDED, (c) => FOLDS[c]);
  }
  return s.indexOf(".") >= 0 ? s.replace(/\./g, "") : s;
}

/**
 * The capital letter at `start` (or a two-letter initial, "Yu."), its period at `dot`, is an initial before a name: one space,
 * then a capital ASCII letter ("R. Sundaram", "K. Mohan Das": South Indian names lead with the
 * father's or village's initial). The period then belongs to the word, so the name is one
 * capitalised run. Sentence ends are not at stake: stage 02 has already cut the text into
 * sentences, and a lone capital with its period inside one is an initial.
 */
function nameInitial(text: string, start: number, dot: number, n: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90 || dot + 2 >= n || text.charCodeAt(dot + 1) !== 32) return false;
  const next = text.charCodeAt(dot + 2);
  if (next < 65 || next > 90) return false;
  // "…in Sector C. Soldiers followed": a plural common noun after the letter starts a sentence
  // stage 02 did not cut, it is no name.
  let e = dot + 3;
  while (e < n && isLetter(text.charCodeAt(e))) e++;
  return !PLURAL_AFTER_LETTER.test(text.slice(dot + 2, e));
}

/** Plural common nouns ("Residents", "Soldiers", "Officials"): after a lone capital letter, no name (endings: model/abbreviations.ts PLURAL_NOUN_ENDINGS). */
const PLURAL_AFTER_LETTER = new RegExp(`(?:${PLURAL_NOUN_ENDINGS.join("|")})$`);

/**
 * What comes before a letter that nameInitial accepts lets it be an initial. A capitalised word
 * right before it (one space between) makes the letter the end of a name or place, and its
 * period a sentence end stage 02 kept: "held in Cell D. Staff said", "moved to Ward E. Leila
 * Marwan was freed". Except after an initial or abbreviation ("M. K. Menon", "Dr. S. Varadan"),
 * a title word ("Minister P. Raghunathan"), or a known first name before a word the lexicon
 * does not hold or holds as a first name ("Daniel T. Okoro", not "Daniel Q. Police closed…"). Anything else before it (sentence
 * start, a lowercase word, punctuation) keeps it an initial ("said P. Raghunathan").
 *
 * `prevEnd` is where the previous token ended, `start` the letter, `dot` its period.
 */
function initialAfter(text: string, prev: Token | undefined, before: Token | undefined, prevEnd: number, start: number, dot: number, n: number): boolean {
  if (prev === undefined || !prev.cap || prev.poss || start - prevEnd !== 1 || text.charCodeAt(prevEnd) !== 32) return true;
  if (prev.text.charCodeAt(prev.text.length - 1) === 46 || (prev.lex & LEX_HEAD) !== 0) return true;
  if ((prev.lex & LEX_FIRST) === 0 && !unknownGivenName(prev, before)) return false;
  let e = dot + 2;
  while (e < n && isLetter(text.charCodeAt(e))) e++;
  const w = lexWordAt(text, dot + 2, e, lexHashOf(text, dot + 2, e));
  return w < 0 || (LEX_WORD_BITS[w] & LEX_FIRST) !== 0;
}

/**
 * Round 32: a capitalised word the lexicon holds in no set, right after a title or opening the sentence, is a given
 * name the first-name list lacks when a middle initial follows it: "general secretary Ottaviano R. Lindqvist",
 * "Ottaviano R. Lindqvist met …" (one person, not "Ottaviano R" and a body "Lindqvist"). initialAfter still asks
 * that the word after the initial be unknown or a first name. Not after a lowercase word or a preposition ("held in
 * Cell D. Staff said": a place's letter and a sentence end), nor an all-capitals word ("AIADMK").
 */
function unknownGivenName(prev: Token, before: Token | undefined): boolean {
  if (prev.lex !== 0 || prev.upper) return false;
  return before === undefined ? prev.sep === "start" : before.sep !== "-" && (before.lex & LEX_HEAD) !== 0;
}

/** Opening punctuation before a word makes it sentence-initial-like: quotes, brackets, colon, dashes. */
function isOpener(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 58 || c === 0x2014 || c === 0x2013;
}

/**
 * Splits `text` (a sentence starting at `offset` in the article) into word tokens.
 *
 * @example tokenize("Olsen’s mother met al-Amin.", 0).map((t) => t.text) // ["Olsen", "mother", "met", "al", "Amin"]
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // Scanned in a copy of `text` (same characters, same offsets): see plainCopy.
  const copy = plainCopy(text);
  scan(copy, 0, copy.length, offset, out);
  return out;
}

/**
 * `text` as a string freshly made by slicing a concatenation, the kind of string an article's
 * text is, rather than whatever the caller holds. Why: scan's optimised code is shaped by the
 * strings it has read, and `tokenize` gets other kinds than the article texts sentenceTokens
 * hands it (names cut from the reference list's text, literals such as "Vladimir Putin"). Once
 * scan had read those, which happens first in every run (stage 04 compiles the gazetteer before
 * its first sentence), its code for sentences was about 1.7× slower: 3,000 articles' sentences
 * tokenised in 93 ms of CPU before the gazetteer was compiled and 165 ms after; with the copy,
 * 95 ms after. tokenize is called per gazetteer name and per stage-09 name, never per sentence,
 * so the copy costs nothing that shows.
 */
function plainCopy(text: string): string {
  return (text + " ").slice(0, text.length);
}

/** Lowercase of an ASCII letter code ("D" → "d"); other codes unchanged. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The scanner behind `tokenize`: words of `text` between `from` and `to`, offsets shifted by
 * `shift`. Why a range instead of a slice: stage 04 scans each sentence in place in the
 * article text, so no copy of the sentence is made (an article is scanned once per sentence).
 * Why `out` comes from the caller: each caller's `[]` is its own allocation site for V8. The
 * gazetteer's tokens live for the whole run, a sentence's die with its article; sharing one
 * site let V8 allocate every sentence's token list in the old generation after compiling the
 * gazetteer ("pretenuring"), and those old lists kept all young tokens alive through each
 * young-generation collection (stage 04 measured 2–3× slower).
 */
function scan(text: string, from: number, n: number, shift: number, out: Token[]): number {
  let count = 0;
  let i = from;
  let prevEnd = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let poss = false;
    let end = i;
    let hasDot = false;
    let ascii = true;
    let lower = 0;
    let upperCount = 0;
    // Lexicon hash of the lowercased word (lex-table.ts), folded while the word is read.
    let hash = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        hash = lexHashStep(hash, c);
        lower++;
        i++;
        end = i;
        continue;
      }
      if ((c >= 65 && c <= 90) || isDigit(c)) {
        if (c <= 90 && c >= 65) {
          upperCount++;
          hash = lexHashStep(hash, c + 32);
        } else hash = lexHashStep(hash, c);
        i++;
        end = i;
        continue;
      }
      if (isLetter(c)) {
        ascii = false;
        i++;
        end = i;
        continue;
      }
      // (Apostrophes compared inline: this runs at the end of every word.)
      if ((c === 39 || c === 0x2019 || c === 0x2bc) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        // "Olsen's" / "Olsen’s": possessive ends the token; "O'Brien", "Be'eri" continue it.
        const next = text.charCodeAt(i + 1);
        const after = i + 2 < n ? text.charCodeAt(i + 2) : 32;
        if ((next === 115 || next === 83) && !isLetter(after) && !isDigit(after)) {
          poss = true;
          i += 2;
          break;
        }
        // Contractions end the word: "I'd", "don't", "we'll" → "I", "don", "we" (ASCII case
        // folding suffices: no other letter lowercases to d, m, t, l, r, e or v).
        const n1 = lowerCode(next);
        const n2 = lowerCode(after);
        const two = i + 2 < n && !isLetter(i + 3 < n ? text.charCodeAt(i + 3) : 32);
        if (((n1 === 100 || n1 === 109 || n1 === 116) && !isLetter(after)) || (two && ((n1 === 108 && n2 === 108) || (n1 === 114 && n2 === 101) || (n1 === 118 && n2 === 101)))) break;
        ascii = false;
        i++;
        continue;
      }
      if (c === 46 && i + 1 < n && isLetter(text.charCodeAt(i + 1)) && (i + 2 === n || text.charCodeAt(i + 2) === 46) && end - start <= 3) {
        // "U.S." / "U.N.": single letters joined by periods.
        hasDot = true;
        i++;
        continue;
      }
      break;
    }
    // Trailing period of an initialism ("U.S."), a known abbreviation ("Mr.") or an initial
    // before a name ("R. Sundaram", see nameInitial).
    if (i < n && !poss && text.charCodeAt(i) === 46 && end - start <= 6) {
      if (hasDot || ((end - start === 1 || (end - start === 2 && (!ascii || DIGRAPH_HASHES.has(hash)) && DIGRAPH.has(text.slice(start, end).toLowerCase()))) && nameInitial(text, start, i, n) && initialAfter(text, count > 0 ? out[count - 1] : undefined, count > 1 ? out[count - 2] : undefined, prevEnd, start, i, n)) || (end - start <= ABBREVIATION_LENGTH && (!ascii || ABBREVIATION_HASHES.has(hash)) && ABBREVIATIONS.has(text.slice(start, end).toLowerCase()))) {
        end = i + 1;
        i++;
        hasDot = true;
      }
    }
    // Plural possessive "Israelis'" is not marked: the apostrophe is plain punctuation then.
    // A plain word (ASCII letters and digits) the lexicon holds takes the lexicon's string as its
    // key, and as its surface when lowercase: "the", "of", "said" make no string at all.
    const w = ascii && !hasDot ? lexWordAt(text, start, end, hash) : -1;
    // Likewise a capitalised one ("The", "Minister") takes the lexicon's capitalised string.
    const surface = w < 0 ? text.slice(start, end) : upperCount === 0 ? LEX_WORDS[w] : upperCount === 1 && text.charCodeAt(start) >= 65 && text.charCodeAt(start) <= 90 ? LEX_TITLE_WORDS[w] : text.slice(start, end);
    let sep: string;
    let opener = false;
    if (count === 0) {
      sep = "start";
      for (let k = prevEnd; k < start; k++) if (isOpener(text.charCodeAt(k))) opener = true;
    } else if (start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32) sep = " ";
    else {
      sep = " ";
      let allSpace = true;
      for (let k = prevEnd; k < start; k++) {
        const g = text.charCodeAt(k);
        if (g === 32 || g === 10 || g === 9 || g === 13 || g === 0xa0) continue;
        // A spaced hyphen is a dash: "LAGOS (Wire) - Gunmen abducted…". A straight quote right
        // after the previous word closes a quote, it opens none: in 'Luis "El Gato" Mora' the
        // surname does not start anything.
        if ((isOpener(g) && !(k === prevEnd && (g === 34 || g === 39))) || (g === 45 && start - prevEnd > 1)) opener = true;
        if (allSpace) {
          allSpace = false;
          sep = g === 45 || g === 0x2010 || g === 0x2011 ? (start - prevEnd === 1 ? "-" : "-~") : text[k];
        }
      }
      if (sep === "-~") sep = "—";
    }
    const first = text.charCodeAt(start);
    let cap: boolean;
    let upper = false;
    if (ascii) {
      cap = first >= 65 && first <= 90;
      upper = cap && lower === 0 && upperCount >= 2;
    } else {
      const f = surface[0];
      cap = f !== f.toLowerCase() && f === f.toUpperCase();
      if (cap && surface.length >= 2) {
        const letters = surface.replace(/[^\p{L}]/gu, "");
        upper = letters.length >= 2 && letters === letters.toUpperCase();
      }
    }
    let key: string;
    let lex: number;
    if (w >= 0) {
      key = LEX_WORDS[w];
      lex = LEX_WORD_BITS[w];
    } else {
      if (ascii && upperCount === 0 && !hasDot) key = surface;
      else if (ascii) key = hasDot ? surface.toLowerCase().replace(/\./g, "") : surface.toLowerCase();
      else key = foldKey(surface);
      // A plain word missing from the table is missing from the lexicon; others ask LEX by key.
      lex = ascii && !hasDot ? 0 : (LEX.get(key) ?? 0);
    }
    out[count++] = new WordToken(shift + start, shift + end, surface, key, sep, lex | (cap ? CAP : 0) | (upper ? UPPER : 0) | (poss ? POSS : 0) | (opener ? OPENER : 0));
    prevEnd = i;
  }
  return count;
}

// Stages 04 and 08 read the same sentences one after the other: tokenise once per sentence.
const memo = sentenceMemo<Token[]>();
/**
 * Tokens depend on the sentence text alone (one shared empty list, not one per call). Made by
 * emptying a one-item list, not written `[]`: an empty literal is another kind of array to V8
 * (small integers) than stage 06's deps lists, and the memo's `find`, compiled on tokens' deps,
 * was sent back to the interpreter by the first frame's ("wrong map").
 */
const NO_DEPS: readonly unknown[] = [null].slice(0, 0);

/**
 * Where a sentence's tokens are scanned before being copied out at their exact count. Why: a list
 * filled by push grows by half again each time (17 slots, then 41, 77…), so a sentence of 20 words
 * allocated 58 slots and copied 17 of them; stage 04 makes one list per sentence (~31,000 per
 * 1,500 articles). The copy (`slice`) is allocated by a builtin with no allocation site, so V8
 * never pretenures the lists (see `scan`). Slots past the last sentence's count keep older
 * tokens alive until overwritten: a few hundred tokens at most.
 */
let scratch: Token[] = [];
/** The article `scratch` was made for: a new one per article keeps it young (see sentenceTokens). */
let scratchOf: TextSource | null = null;

/**
 * `tokenize` of one sentence of the article, memoised per Sentence object (shared by stages 04
 * and 08; see src/pipeline/util/tokens-cache.ts). The tokens are shared: never mutate them.
 *
 * @example sentenceTokens(article, sentences[0]).map((t) => t.key)
 */
export function sentenceTokens(article: TextSource, sentence: Sentence): Token[] {
  // find / put rather than memo.get: no build closure per sentence.
  const hit = memo.find(article, sentence, NO_DEPS);
  if (hit !== undefined) return hit;
  // A scratch list that outlived a few young-generation collections would be old, and storing
  // each young token into an old list costs a write barrier: one list per article stays young.
  if (scratchOf !== article) {
    scratchOf = article;
    scratch = [];
  }
  const tokens = scratch.slice(0, scan(article.text, sentence.start, sentence.end, 0, scratch));
  memo.put(article, sentence, NO_DEPS, tokens);
  return tokens;
}

/**
 * Drops the memoised tokens of an article's sentences (stage 08, the last reader, calls it).
 *
 * @example forgetSentenceTokens(sentences)
 */
export function forgetSentenceTokens(sentences: readonly Sentence[]): void {
  memo.forget(sentences);
}
