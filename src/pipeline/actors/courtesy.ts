/**
 * Courtesy titles before a name ("Mr", "Mrs.", "Herr"): they tell a person's sex, not an office. Stage 04
 * reads them to pick which full name a bare "Mr <Surname>" stands for, stage 09 to keep a titled
 * surname from joining a person of the other sex ("Mr Kamau" beside "Halima Kamau").
 */
import {FEMININE_TITLES, MASCULINE_TITLES, OFFICE_FORMING_TITLES} from "../model/titles.ts";
import {KIN_APPOSITION_POSSESSIVES, KIN_NOUNS, KIN_POSSESSIVES} from "../model/kin-words.ts";

const FEMININE: ReadonlySet<string> = new Set(FEMININE_TITLES);
const MASCULINE: ReadonlySet<string> = new Set(MASCULINE_TITLES);
const OFFICE_FORMING: ReadonlySet<string> = new Set(OFFICE_FORMING_TITLES);
const KIN: ReadonlySet<string> = new Set(KIN_NOUNS);
/** "his wife", "her husband", "their son": a possessive and a kin noun (model/kin-words.ts). */
const POSSESSED_KIN = new RegExp("\\b(?:" + KIN_POSSESSIVES.join("|") + ") (?:" + KIN_NOUNS.join("|") + ")\\b", "i");
/** ", her brother": a kin apposition right after a name (model/kin-words.ts). */
const APPOSED_KIN = new RegExp("^, (?:" + KIN_APPOSITION_POSSESSIVES.join("|") + ") (?:" + KIN_NOUNS.join("|") + ")\\b", "i");
/** How far after a titled name its sentence is read for a possessed kin noun (characters). */
const KIN_REACH = 120;
/**
 * Longest title these lists can match as written: the longest word and its period ("Monsieur.").
 * Stage 04 asks both questions of every titled candidate, most titles are offices ("Foreign
 * Minister"), and a longer one is answered without lowercasing it (lowercasing never shortens a
 * string, and only one period is dropped).
 */
const LONGEST = Math.max(...FEMININE_TITLES.map((t) => t.length), ...MASCULINE_TITLES.map((t) => t.length)) + 1;

/**
 * The title before a name ("Mrs", "Ms.") names a woman (model/titles.ts FEMININE_TITLES).
 *
 * @example feminineTitle("Ms.") // true
 */
export function feminineTitle(title: string | null): boolean {
  return title !== null && title.length <= LONGEST && FEMININE.has(title.toLowerCase().replace(/\.$/, ""));
}

/**
 * The title before a name ("Mr", "Mr.", "Herr") is a man's courtesy title (model/titles.ts MASCULINE_TITLES).
 *
 * @example masculineTitle("Mr") // true
 */
export function masculineTitle(title: string | null): boolean {
  return title !== null && title.length <= LONGEST && MASCULINE.has(title.toLowerCase().replace(/\.$/, ""));
}

/**
 * The courtesy title written right before a name ("Mrs" in "… said Mrs Okafor"), as written, or
 * null: a capitalised word of two letters or more (its period kept) that model/titles.ts lists as
 * a woman's or a man's courtesy title, one space before `start`, not glued to a word before it
 * ("FarMr"). One letter ("M. Okafor") may be an initial as well as "Monsieur": left out. Offices
 * ("Minister", "Dr") are no courtesy titles.
 *
 * @example courtesyTitleBefore("Later Mr Okafor left.", 9) // "Mr"
 */
export function courtesyTitleBefore(text: string, start: number): string | null {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return null;
  let at = start - 1;
  while (at > 0 && at > start - 2 - LONGEST && letterOrDot(text.charCodeAt(at - 1))) at--;
  // Shape tests on the text itself, before the title is sliced: most words before a name are no
  // capitalised word of two letters or more ("said Okafor"; "Mr Okafor" is the rare case).
  const length = start - 1 - at;
  if (length < 2 || (length === 2 && text.charCodeAt(at + 1) === 46) || length > LONGEST) return null;
  if (text.charCodeAt(at) < 65 || text.charCodeAt(at) > 90) return null;
  const title = text.slice(at, start - 1);
  if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) return null;
  // "First Lady Olena Marchuk": a title that also makes an office is no courtesy surface form.
  // (The title's key is made once for the three sets: feminineTitle and masculineTitle would
  // lowercase it again, and its length is within LONGEST already.)
  const key = title.toLowerCase().replace(/\.$/, "");
  if (OFFICE_FORMING.has(key)) return null;
  return FEMININE.has(key) || MASCULINE.has(key) ? title : null;
}

/**
 * Whether courtesy title `title` may be written before the name a mention resolved to, as one of
 * that actor's surface forms ("Mr Okafor" in `aliases`): the title's sex must agree with the name.
 * A woman's title ("Mrs", "Ms") only before a full name whose given name is a listed feminine one
 * ("Ms Eze" for "Ngozi Eze"), never on a bare surname or a man ("Mrs Okafor" wrongly resolved to
 * "Daniel Okafor" adds nothing); a man's title never before a listed feminine given name.
 *
 * Session 28: a woman's title also fits a full name whose given name no list holds ("Ms Tuvshintur" for "Batbold
 * Tuvshintur"): the title is then the only sign of sex there is, and no listed man's name contradicts it.
 *
 * @param woman the resolved name opens with a listed feminine given name.
 * @param full the resolved name has a given name and a surname.
 * @param unlisted the resolved name's given name is in no given-name list.
 * @example titleFitsName("Mrs", false, true) // false
 */
export function titleFitsName(title: string, woman: boolean, full: boolean, unlisted = false): boolean {
  return feminineTitle(title) ? (woman || unlisted) && full : !woman;
}

/**
 * Whether a kin relation is told around a titled name, so that the full name stage 04 resolved the
 * bare surname to may be the relative's, not the titled person's: a kin noun right before the title
 * ("Her husband, Mr Okafor"), a kin apposition right after the name ("Mr Keane, her brother,"), or a
 * possessed kin noun later in its sentence ("Mr Okafor said his wife was tired"). Asked for a man's
 * title only: the given-name lists know few men, so "Mr" has no positive sign of its own.
 *
 * @param titleStart offset of the title's first letter.
 * @param nameEnd offset right after the titled name.
 * @example kinAroundTitle("Her husband, Mr Okafor, said so.", 13, 22) // true
 */
export function kinAroundTitle(text: string, titleStart: number, nameEnd: number): boolean {
  let j = titleStart;
  while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 44)) j--;
  const end = j;
  while (j > 0 && end - j < 14 && /\p{Ll}/u.test(text[j - 1])) j--;
  if (j < end && KIN.has(text.slice(j, end))) return true;
  if (APPOSED_KIN.test(text.slice(nameEnd, nameEnd + 24))) return true;
  let stop = text.indexOf(".", nameEnd);
  if (stop < 0 || stop > nameEnd + KIN_REACH) stop = Math.min(text.length, nameEnd + KIN_REACH);
  return POSSESSED_KIN.test(text.slice(nameEnd, stop));
}

/** An ASCII letter or a period (a courtesy title as written: "Mr", "Mrs.", "Herr"). */
function letterOrDot(c: number): boolean {
  return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
