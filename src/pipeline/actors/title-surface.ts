/**
 * Titled surface forms of a person: the title written right before a name is part of how the outlet
 * wrote it ("Governor Kihika", "Crown Prince Mohammed bin Salman", "Capt. Renato Dela Cruz"), so the
 * actors table lists the titled form among the aliases, as a reader quoting the outlet would write it.
 * The name itself and the merge keys stay without the title (stage 04 strips it); this only adds
 * aliases, each with a space, which no merge key reads.
 */
import {NAME_ABBREVIATIONS} from "../model/abbreviations.ts";
import {FEMININE_TITLES, MASCULINE_TITLES} from "../model/titles.ts";
import {HEADS, MODIFIERS} from "./lexicon.ts";

/** Courtesy titles ("Mr", "Ms") are left to merge.ts, which keeps them only when the title's sex fits the name. */
const COURTESY = new Set([...FEMININE_TITLES, ...MASCULINE_TITLES]);

/** Abbreviated titles whose period stays with the word ("Capt.", "Rev."): any other period ends a sentence ("the Governor. Kihika"). */
const ABBREVIATED = new Set(NAME_ABBREVIATIONS);

/** Most title words before a name that are read ("Deputy Foreign Minister Prince"). */
const MAX_TITLE_WORDS = 4;

/**
 * The titled forms of the mention at `start`: "<last title> <mention>" for the title right before the name
 * (its head with the modifiers before it: "Prime Minister …", "Crown Prince …"), and "<whole run> <mention>"
 * when another title stands before that one ("Foreign Minister Prince Faisal …" gives "Prince Faisal …" too). Title words are
 * capitalised, one space apart, each a title head or modifier (model/titles.ts), a period allowed
 * after an abbreviation ("Capt.", "Rev."); the word right before the name must be a head. Nothing
 * for a courtesy title, a title glued to a word before it, or a title word that opens no title
 * ("Officials Kihika" is no title).
 *
 * @example titledSurfaces("Later Governor Kihika spoke.", 15, "Kihika") // ["Governor Kihika"]
 */
export function titledSurfaces(text: string, start: number, surface: string): string[] {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return [];
  const words: string[] = [];
  let end = start - 1;
  while (words.length < MAX_TITLE_WORDS && end > 0) {
    let at = end;
    while (at > 0 && isTitleChar(text.charCodeAt(at - 1))) at--;
    const word = text.slice(at, end);
    const dotted = word.endsWith(".");
    const key = dotted ? word.slice(0, -1).toLowerCase() : word.toLowerCase();
    if (key.length < 2 || !isUpper(word.charCodeAt(0)) || key.indexOf(".") >= 0 || (dotted && !ABBREVIATED.has(key))) break;
    const head = HEADS.has(key);
    if (words.length === 0 ? !head || COURTESY.has(key) : !head && !MODIFIERS.has(key)) break;
    words.unshift(word);
    if (at === 0 || text.charCodeAt(at - 1) !== 32) break;
    end = at - 1;
  }
  if (words.length === 0) return [];
  // The last title: the head right before the name with the modifiers before it ("Prime Minister", "Crown
  // Prince"), stopping at another head ("Foreign Minister | Prince Faisal"): "Minister Netanyahu" is no form.
  let from = words.length - 1;
  while (from > 0 && MODIFIERS.has(titleKey(words[from - 1]))) from--;
  const out = [`${words.slice(from).join(" ")} ${surface}`];
  if (from > 0) out.push(`${words.join(" ")} ${surface}`);
  return out;
}

/** A title word's key: lowercase, an abbreviation's period dropped ("Capt." → "capt"). */
function titleKey(word: string): string {
  return (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();
}

/** A letter, a hyphen ("Vice-President") or an abbreviation's period ("Capt."). */
function isTitleChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c > 191;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 191 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}
