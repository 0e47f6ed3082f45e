/**
 * Titled surface forms of a person: the title written right before a name is part of how the outlet
 * wrote it ("Governor Ana Ruiz", "Crown Prince Omar bin Zayed", "Capt. Renzo Villar"), so the
 * actors table lists the titled form among the aliases, as a reader quoting the outlet would write it.
 * The name itself and the merge keys stay without the title (stage 04 strips it); this only adds
 * aliases, each with a space, which no merge key reads.
 */
import {NAME_ABBREVIATIONS} from "../model/abbreviations.ts";
import {FEMININE_TITLES, MASCULINE_TITLES, STANDALONE_TITLES, TITLE_DETERMINERS} from "../model/titles.ts";
import {isLetterUnit, isLowerUnit} from "./code-units.ts";
import {HEADS, MODIFIERS, NATIONALITY} from "./lexicon.ts";
import {isStylePair} from "./titles.ts";

/** Courtesy titles ("Mr", "Ms") are left to merge.ts, which keeps them only when the title's sex fits the name. */
const COURTESY = new Set([...FEMININE_TITLES, ...MASCULINE_TITLES]);

/** Abbreviated titles whose period stays with the word ("Capt.", "Rev."): any other period ends a sentence ("the Governor. Ruiz"). */
const ABBREVIATED = new Set(NAME_ABBREVIATIONS);

const STANDALONE = new Set(STANDALONE_TITLES);
const DETERMINERS = new Set(TITLE_DETERMINERS);

/** No titled form: one shared empty list, frozen (most mentions have none; callers only read it, and a write would throw). */
const NO_SURFACES = Object.freeze([]) as unknown as string[];

/** Most title words before a name that are read ("Deputy Foreign Minister Prince"). */
const MAX_TITLE_WORDS = 4;

/**
 * The titled forms of the mention at `start`: "<title> <mention>" for the title written right before the name
 * ("Governor Ana Ruiz", "Prime Minister Ada Lenk", "Crown Prince Omar bin Zayed"), and "<rank> <mention>" when
 * the title ends in a rank or faith title a person keeps (model/titles.ts STANDALONE_TITLES: "Foreign Minister
 * Prince Omar …" gives "Prince Omar …" too). Title words are capitalised, one space apart, each a title head or
 * modifier (model/titles.ts), a period allowed after an abbreviation ("Capt.", "Rev."); the word right before
 * the name must be a head. Nothing for a courtesy title, a title glued to a word before it, a title word
 * that opens no title ("Officials Ruiz"), a title after a determiner ("Her Father Tom Ruiz"), or a title
 * that may be the end of a longer one: after a capitalised word inside a sentence ("Shadow Chancellor X"),
 * or a head that is also a modifier after any capitalised word ("Attorney General X" at a sentence start).
 *
 * @example titledSurfaces("Later, Governor Ana Ruiz spoke.", 16, "Ana Ruiz") // ["Governor Ana Ruiz"]
 */
export function titledSurfaces(text: string, start: number, surface: string): string[] {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return NO_SURFACES;
  // The word right before the name must be a capitalised title word: most person mentions follow
  // a lowercase word or punctuation ("said Ana Ruiz"), answered here from one char code instead
  // of slicing and lowercasing the word first (this runs for every mention of a full name).
  if (!isUpper(text.charCodeAt(wordStart(text, start - 1)))) return NO_SURFACES;
  // "Datuk Seri Anwar Salleh": a two-word style is a surface form of the name too (titles.ts isStylePair).
  const second = wordStart(text, start - 1);
  if (second > 1 && text.charCodeAt(second - 1) === 32) {
    const first = wordStart(text, second - 1);
    const pair = text.slice(first, start - 1);
    const space = pair.indexOf(" ");
    if (space > 0 && isStylePair(pair.slice(0, space).toLowerCase(), pair.slice(space + 1).toLowerCase())) return [`${pair} ${surface}`];
  }
  const words: string[] = [];
  let end = start - 1;
  // What stands before the run: null when the run reaches the text's start or a non-space.
  let before: {word: string; key: string; upper: boolean; sentenceStart: boolean} | null = null;
  while (end > 0) {
    const at = wordStart(text, end);
    const word = text.slice(at, end);
    const dotted = word.endsWith(".");
    const key = dotted ? word.slice(0, -1).toLowerCase() : word.toLowerCase();
    const upper = word.length > 0 && isUpper(word.charCodeAt(0));
    const titleWord = key.length >= 2 && upper && key.indexOf(".") < 0 && !(dotted && !ABBREVIATED.has(key)) &&
      (words.length === 0 ? HEADS.has(key) && !COURTESY.has(key) : HEADS.has(key) || MODIFIERS.has(key));
    if (!titleWord || words.length === MAX_TITLE_WORDS) {
      if (words.length > 0 && !dotted) before = {word, key, upper, sentenceStart: sentenceStartAt(text, at)};
      break;
    }
    words.unshift(word);
    if (at === 0 || text.charCodeAt(at - 1) !== 32) break;
    end = at - 1;
  }
  if (words.length === 0) return NO_SURFACES;
  if (before !== null && before.word !== "") {
    if (DETERMINERS.has(before.key)) return NO_SURFACES;
    // A nationality before the title is no part of the office ("Israeli Prime Minister X" is "Prime Minister X").
    const nationality = NATIONALITY.has(before.key);
    if (before.upper && !nationality && (!before.sentenceStart || (HEADS.has(titleKey(words[0])) && MODIFIERS.has(titleKey(words[0]))))) return NO_SURFACES;
  }
  const out = [`${words.join(" ")} ${surface}`];
  // The last title alone when it is a rank or faith title: "Prince Omar …" after "Foreign Minister".
  const last = words.length - 1;
  if (last > 0 && STANDALONE.has(titleKey(words[last])) && !MODIFIERS.has(titleKey(words[last - 1]))) out.push(`${words[last]} ${surface}`);
  return out;
}

/** Where the run of title characters (isTitleChar) that ends at `end` starts (`end` itself when there is none). */
function wordStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && isTitleChar(text.charCodeAt(at - 1))) at--;
  return at;
}

/** True when the word at `at` opens a sentence or a line: the text's start, a line break, or a sentence end before it. */
function sentenceStartAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 34 || c === 8221 || c === 58;
}

/** A title word's key: lowercase, an abbreviation's period dropped ("Capt." → "capt"). */
function titleKey(word: string): string {
  return (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();
}

/** A letter, a hyphen ("Vice-President") or an abbreviation's period ("Capt."). */
function isTitleChar(c: number): boolean {
  return c === 45 || c === 46 || isLetterUnit(c);
}

/** An uppercase or titlecase letter: a letter that is not lowercase ("É" yes, "é" and "“" no). */
function isUpper(c: number): boolean {
  return isLetterUnit(c) && !isLowerUnit(c);
}
