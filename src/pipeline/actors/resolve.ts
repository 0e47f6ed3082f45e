/**
 * In-article resolution: a lone surname ("Olsen", "Abu Hamdan") takes the full name seen
 * elsewhere in the same article that it ends (the first one introduced when several share it; and
 * "Volkova" never becomes "Pavel Volkov"), a lone first name ("Peter") the one full name starting
 * with it; weak candidates (Title Case headline
 * words, sentence-initial lone words) survive only when the article corroborates them.
 */
import type {ActorKind} from "../types.ts";
import {candidate, type Candidate} from "./candidate.ts";
import {FIRST, PARTICLES} from "./lexicon.ts";
import {feminineGiven, firstNameClass, generationalSuffix, listedNameClass, paternalSurname} from "./person-name.ts";
import {masculineSurname} from "./translit.ts";
import {foldKey, leadingInitial} from "./tokens.ts";
import {isLetterOrDigit} from "../util/chars.ts";
import {isLetterUnit, isLowerUnit} from "./code-units.ts";
import {BYSTANDER_AUXILIARIES, BYSTANDER_KIN_VERBS, FEMININE_KIN_NOUNS, KIN_APPOSITION_OPENERS, KIN_APPOSITION_POSSESSIVES, KIN_NOUNS, KIN_OF_DESCRIPTIVE, MASCULINE_KIN_NOUNS, ROLE_NOUN_ARTICLES} from "../model/kin-words.ts";
import {OPENING_ARTICLE_PARTICLES} from "../model/first-names.ts";
import {feminineTitle, masculineTitle} from "./courtesy.ts";
import {TITLE_HEADS, TITLE_SHORT_FORMS, UNDER_OFFICE_WORDS} from "../model/titles.ts";
import {PERSON_NOUNS} from "../model/person-nouns.ts";

/**
 * A name's keys without particles ("abu", "de") and without a generational suffix closing a name
 * of three words or more ("Roberto Salcedo Jr." → "roberto", "salcedo": the "Salcedo" of the next
 * sentence is he).
 */
function core(keys: string[]): string[] {
  let any = false;
  for (const x of keys) if (PARTICLES.has(x)) any = true;
  const k = any ? keys.filter((x) => !PARTICLES.has(x)) : keys;
  if (k.length >= 3 && generationalSuffix(k[k.length - 1])) return k.slice(0, -1);
  return k.length ? k : keys;
}

/** A name the article vouches for. (A class, not a literal: see `candidate` in candidate.ts for why.) */
class Known {
  // (Fields `declare`d and set by the constructor: see CandidateRow in candidate.ts for why.)
  declare readonly name: string;
  declare readonly kind: ActorKind;
  declare readonly gazetteerName: string | null;
  declare readonly keys: string[];
  /** Where the name is first written in the article (-1: not tracked). */
  declare readonly start: number;
  /** The article names this person right after a woman's kin noun ("his wife, Ngozi Okafor"). */
  declare female: boolean;
  /** The article names this person right after a man's kin noun ("her husband Daniel Okafor"). */
  declare male: boolean;
  /**
   * The article introduces this person as someone's relative: right after a kin noun ("her brother Ramon Ortiz") or
   * with a kin apposition ("Lucia Ortiz, the striker's sister,"; see introducedAsKin).
   */
  declare relative: boolean;
  /**
   * The possessor of this relative's introduction ("striker" in "Lucia Ortiz, the striker's sister, watched …";
   * "ortiz" in "Ortiz's sister, Lucia Ortiz, wept") when a bystander verb follows it (model/kin-words.ts
   * BYSTANDER_KIN_VERBS), else null: only such a relative gives a bare surname to the story's subject.
   */
  declare kinOf: string | null;
  /** Where each mention of the full name starts (the first is `start`). */
  declare readonly starts: number[];
  /**
   * Round 34: the article says this person is no relative of another of the surname ("Ruth Mwale, 34, who is not
   * related to the chief"): a bare surname is then the other one's, never this person's (see unrelatedApposed).
   */
  declare unrelated: boolean;
  constructor(name: string, kind: ActorKind, gazetteerName: string | null, keys: string[], start = -1) {
    this.name = name;
    this.kind = kind;
    this.gazetteerName = gazetteerName;
    this.keys = keys;
    this.start = start;
    this.female = false;
    this.male = false;
    this.relative = false;
    this.kinOf = null;
    this.starts = [start];
    this.unrelated = false;
  }
}

const NO_NAMES: ReadonlySet<string> = new Set();

function endsWith(full: string[], part: string[]): boolean {
  if (part.length >= full.length) return false;
  for (let k = 1; k <= part.length; k++) if (full[full.length - k] !== part[part.length - k]) return false;
  return true;
}

/**
 * No names, for a lookup that found none. Made by emptying a list of one name, not written `[]`:
 * to V8 an empty literal is a list of small integers, another kind of array than the lists of
 * names it stands in for, and meeting both kinds sent resolveName (uniqueByName inlined) back to
 * the interpreter ("wrong map") and through a second compile in every cold run.
 */
const NONE: Known[] = [new Known("", "person", null, [])].slice(0, 0);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * The one name `list` holds (all its entries named alike), or null when it is empty or holds two.
 * Written so that an empty list runs every step a list of one name runs (the first entry is read,
 * out of bounds, and the loop tested): nearly every call gets an empty one (NONE), and steps that
 * had never run when resolveName was compiled sent it back to the interpreter ("insufficient type
 * feedback") at the first lone first name the article names in full, and through a second
 * compile. Entries are never undefined.
 */
function uniqueByName(list: Known[]): Known | null {
  const first = list[0];
  for (let q = 1; q < list.length; q++) if (list[q].name !== first.name) return null;
  return first ?? null;
}

/**
 * The full name in `pool` that `keys` ends ("olsen" → "peter olsen"), or null when none. When
 * several people share the surname (a rescued climber "Dana Kowal" and her mother "Irena Kowal"),
 * the one introduced first wins: a story names its subject before the relatives, and a bare
 * "Kowal" later means the subject. (`pool` is in article order.)
 */
/** Two key lists of the same words in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function firstSuffix(pool: Known[], keys: string[], hers = false, his = false, at = -1, headlined: ReadonlySet<string> = NO_NAMES, names: ArticleNames | null = null, c: Candidate | null = null): Known | null {
  // "Mrs Baranov": the title names a woman (herFullName), one the article named before if any.
  if (hers) {
    const before = herFullName(pool, keys, at);
    return before !== undefined ? before : herFullName(pool, keys, -1) ?? null;
  }
  // "father Victor Hromov still held" in a standfirst before the body names "Alexey Hromov", whom the headline names: a
  // bare "Hromov" is the headline's person, the story's subject, when the headline names one of several people of
  // that surname (not when it names two, nor none).
  if (headlined.size > 0) {
    const head = headlinedSuffix(pool, keys, his, headlined);
    if (head !== null) return head;
  }
  let first: Known | null = null;
  for (const f of pool) {
    if (!endsWith(f.keys, keys)) continue;
    // Round 34: "Ruth Mwale, 34, who is not related to the chief": a bare "Mwale" is never hers.
    // Mend 34: only when another bearer of the surname is written ("Senior Chief Mwale", a second full name): beside
    // "Minister Ivan Petrov" a bare "Petrova" can only be "Anna Petrova, 40, who is not related to the minister".
    if (f.unrelated && keys.length === 1 && otherBearer(pool, f, keys, names?.text ?? "")) continue;
    // "Mr Kamau" beside "Halima Kamau" and "Peter Kamau": a man's courtesy title is never a
    // woman's name (a listed feminine given name); with no man of that surname it stays alone.
    if (his && woman(f)) continue;
    if (first === null) first = f;
    // "Roberto Salcedo Jr." and "Roberto Salcedo Sr.": one core name, two men; a bare
    // "Salcedo" may be either, so it is left alone.
    else if (f.name !== first.name && sameKeys(f.keys, first.keys)) return null;
    // …except a bare masculine Slavic surname ("Petrov") when a woman ("Olga Petrov") came first
    // and a man ("Ivan Petrov") shares it: the bare masculine form is his (her own would be "Petrova"),
    // unless the headline names her and not him: she is then the story's subject, written in the
    // masculine throughout ("Olga Petrov freed … Petrov's father, Ivan Petrov, met her").
    else if (keys.length === 1 && masculineForm(keys[0]) && woman(first) && !woman(f) && !(headlined.has(first.name) && !headlined.has(f.name))) return f;
  }
  return first !== null && first.kinOf !== null && names !== null && c !== null && at >= 0 ? subjectOverRelative(pool, keys, first, at, his, names, c) : first;
}

/**
 * The one full name ending in `keys` that the headline names, when another full name of the pool ends in them too
 * (else null): see firstSuffix.
 */
function headlinedSuffix(pool: Known[], keys: string[], his: boolean, headlined: ReadonlySet<string>): Known | null {
  let head: Known | null = null;
  let other = false;
  for (const f of pool) {
    if (!endsWith(f.keys, keys) || (his && woman(f))) continue;
    if (!headlined.has(f.name)) other = true;
    else if (head !== null && head.name !== f.name) return null;
    else head = f;
  }
  return other ? head : null;
}

/**
 * A bare surname shared by a person the article introduces as someone's relative (first) and others: a story names
 * its relatives by their relation to its subject ("Lucia Ortiz, the striker's sister," … "Ramon Ortiz" … "Ortiz
 * scored twice"), so the surname is the subject's: the one other person of that surname who is introduced as no
 * one's relative, named in full before `at`. Two such people, or none named yet, or a man subject where the
 * surname's sentence speaks of a woman only (`names.womanInContext(c)`, c the bare surname), leave the relative (the old rule).
 * Review 23 (F2): only a relative who looks on (Known.kinOf: a bystander verb after her introduction, not "Lucia
 * Ortiz, the striker's sister, was arrested": she is then the story's subject) and who is introduced as the
 * relative OF that other person (`names.kinOfSubject`: "The striker, Ramon Ortiz", "her brother Ramon", "Ortiz's
 * sister"); else the first-introduced rule stands.
 */
function subjectOverRelative(pool: Known[], keys: string[], relative: Known, at: number, his: boolean, names: ArticleNames, c: Candidate): Known {
  let subject: Known | null = null;
  for (const f of pool) {
    if (!endsWith(f.keys, keys) || f.name === relative.name || f.relative || (his && woman(f))) continue;
    if (subject !== null && subject.name !== f.name) return relative;
    subject = f;
  }
  if (subject === null || subject.start < 0 || subject.start >= at || !names.kinOfSubject(relative, subject)) return relative;
  // "Ortiz said she would wait": a sentence that speaks of a woman only is no man subject's.
  return !woman(subject) && names.womanInContext(c) ? relative : subject;
}

/**
 * The full name a woman's courtesy title before a surname stands for ("Mrs Baranov"): the first
 * woman (a listed feminine given name, a woman's kin noun before it or a woman's kin apposition
 * after it) that ends with it; else the one full name that does, a man named after a man's kin noun
 * ("her husband Daniel Okafor") left out. Two or more people of that surname whose sex nothing tells
 * leave it alone: "Daniel Okafor … his
 * wife, Ngozi Okafor … Mrs Okafor" is not the man named first. With `before` ≥ 0 only names first
 * written before that offset count (undefined when there are none), so a woman of that surname the
 * article brings in later ("Dr Helen Okafor, a researcher") is not taken for her.
 */
function herFullName(pool: Known[], keys: string[], before: number): Known | null | undefined {
  let first: Known | null = null;
  let several = false;
  for (const f of pool) {
    if (!endsWith(f.keys, keys) || (before >= 0 && f.start >= before)) continue;
    if (woman(f)) return f;
    // "Grace Okafor and her husband Daniel Okafor … Mrs Okafor": a man named after a man's kin noun
    // is never hers, so the one left of unknown sex is.
    if (f.male) continue;
    if (first === null) first = f;
    else if (f.name !== first.name) several = true;
  }
  return first === null ? (before >= 0 ? undefined : null) : several ? null : first;
}

/** "petrov", "zaretsky": a Slavic surname in its masculine form (its feminine adds -a / -aya). */
function masculineForm(key: string): boolean {
  return masculineSurname(key + "a") === key || masculineSurname(key.replace(/y$/, "aya")) === key;
}

/**
 * A full name whose first word is a feminine given name ("Olga Petrov"), or whom the article names
 * right after a woman's kin noun ("his wife, Ngozi Okafor"; see kinWoman).
 */
function woman(k: Known): boolean {
  return k.female || feminineGiven(firstNameClass(k.keys[0]));
}

const FEMININE_KIN: ReadonlySet<string> = new Set(FEMININE_KIN_NOUNS);
const MASCULINE_KIN: ReadonlySet<string> = new Set(MASCULINE_KIN_NOUNS);
/** ", the mother of": a woman's kin apposition right after a name (model/kin-words.ts). */
const WOMAN_APPOSED = new RegExp("^, (?:" + KIN_APPOSITION_OPENERS.join("|") + ") (?:" + FEMININE_KIN_NOUNS.join("|") + ")\\b");

/**
 * Whether the name at `start` of `text` follows a woman's kin noun (model FEMININE_KIN_NOUNS),
 * with or without a comma between: "his wife, Ngozi Okafor", "her daughter Dana Okafor". Not a kin
 * noun further back ("the wife of Daniel Okafor": "of" stands between).
 *
 * @example kinWoman("met by his wife, Ngozi Okafor.", 17) // true
 */
export function kinWoman(text: string, start: number): boolean {
  return kinBefore(text, start, FEMININE_KIN);
}

/**
 * Whether the name at `start` of `text` follows a man's kin noun (model MASCULINE_KIN_NOUNS), with
 * or without a comma between: "her husband Daniel Okafor", "her brother, Peter Okafor".
 *
 * @example kinMan("with her husband Daniel Okafor.", 17) // true
 */
export function kinMan(text: string, start: number): boolean {
  return kinBefore(text, start, MASCULINE_KIN);
}

/**
 * Whether the name ending at `end` of `text` is followed by a woman's kin apposition: "Grace
 * Okafor, the mother of hostage Peter Okafor", "Ngozi Okafor, his wife, said".
 *
 * @example womanApposed("Grace Okafor, the mother of Peter", 12) // true
 */
export function womanApposed(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && WOMAN_APPOSED.test(text.slice(end, end + 24));
}

const ANY_KIN: ReadonlySet<string> = new Set([...KIN_NOUNS, ...FEMININE_KIN_NOUNS, ...MASCULINE_KIN_NOUNS]);
const KIN_ALT = [...ANY_KIN].join("|");
/**
 * A kin apposition right after a name that relates the person to someone: ", the striker's sister", ", Ortiz's
 * sister", ", his wife", ", the mother of hostage Peter Okafor" (model/kin-words.ts). Not a description of the
 * person herself: ", a father of four", ", the son of a farmer" (review 23, F13; KIN_OF_DESCRIPTIVE), ", a
 * farmer's son".
 */
const KIN_APPOSED = new RegExp(
  "^, (?:(?:the )?[\\p{L}-]+['’]s |(?:" + KIN_APPOSITION_POSSESSIVES.join("|") + ") )(?:" + KIN_ALT + ")\\b" +
    "|^, the (?:" + KIN_ALT + ") of (?!(?:" + KIN_OF_DESCRIPTIVE.join("|") + ")\\b)",
  "u"
);
/** The possessor of a kin apposition after a name (", the striker's sister" → "striker"). */
const KIN_APPOSED_OWNER = new RegExp("^, (?:the )?([\\p{L}-]+)['’]s (?:" + KIN_ALT + "), ", "u");
/** The possessor of a kin noun before a name ("The pilot's mother, " → "pilot"). */
const KIN_BEFORE_OWNER = new RegExp("(?:^|[^\\p{L}])([\\p{L}-]+)['’]s (?:" + KIN_ALT + "),? $", "u");
const BYSTANDER: ReadonlySet<string> = new Set(BYSTANDER_KIN_VERBS);
/** The word (after an optional auxiliary, "had appealed") that opens the text after a relative's introduction. */
const BYSTANDER_VERB_AT = new RegExp("^(?:(?:" + BYSTANDER_AUXILIARIES.join("|") + ") )?(\\p{Ll}+)", "u");
const ROLE_ARTICLES = ROLE_NOUN_ARTICLES.join("|");

/**
 * Whether the name at [start, end) of `text` is introduced as someone's relative: right after a kin noun ("her
 * brother, Ramon Ortiz") or followed by a kin apposition ("Lucia Ortiz, the striker's sister,").
 *
 * @example introducedAsKin("Lucia Ortiz, the striker's sister, said", 0, 11) // true
 */
export function introducedAsKin(text: string, start: number, end: number): boolean {
  return kinBefore(text, start, ANY_KIN) || kinApposed(text, end);
}

/** Courtesy titles, which say nothing of another bearer of a surname ("Ms Mwale" is the unrelated woman herself). */
const COURTESY_WORDS: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms.", "Dr", "Dr."]);

/**
 * Mend 34: whether the article writes another bearer of the surname `keys` than `f` (a person said to be no relative
 * of another): a second full name of `pool` ending in it, or the surname as `f` writes it after a capitalised word
 * that is no word of `f`'s name nor a courtesy title ("Senior Chief Mwale", "Governor Mwale").
 *
 * @example otherBearer([ruthMwale], ruthMwale, ["mwale"], "… Senior Chief Mwale visited …") // true
 */
function otherBearer(pool: Known[], f: Known, keys: string[], text: string): boolean {
  for (const g of pool) if (g !== f && g.name !== f.name && endsWith(g.keys, keys)) return true;
  const surname = f.name.slice(f.name.lastIndexOf(" ") + 1);
  if (text === "" || surname.length < 2) return false;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    if ((at + surname.length < text.length && isLetterOrDigit(text.charCodeAt(at + surname.length))) || text.charCodeAt(at - 1) !== 32) continue;
    if (f.starts.some((s) => s >= 0 && at > s && at < s + f.name.length)) continue;
    let j = at - 1;
    const end = j;
    while (j > 0 && text.charCodeAt(j - 1) !== 32 && text.charCodeAt(j - 1) !== 10) j--;
    const word = text.slice(j, end);
    if (/^\p{Lu}\p{L}*\.?$/u.test(word) && !COURTESY_WORDS.has(word) && !f.name.split(" ").includes(word)) return true;
  }
  return false;
}

/** Round 34: an apposition saying the person is no relative of another ("who is not related to", "no relation of"). */
// Mend 34: no capital letter before "who": "Peter Mwale, a lawyer for Ruth Banda, who is not related to …" is hers.
const UNRELATED = /^,(?:[^.;:"“”A-Z]{0,60}? who (?:is|was)|(?: \d{1,3},)?) (?:not related to|no relation (?:of|to)|unrelated to) /;

/**
 * Round 34: whether the name ending at `end` is followed by an apposition saying it is no relative of another person
 * ("Ruth Mwale, 34, who is not related to the chief", "Rita de Souza, a seamstress who is no relation of the governor"):
 * the story names another
 * person of that surname, whom a bare surname means.
 *
 * @example unrelatedApposed("Ruth Mwale, 34, who is not related to the chief", 10) // true
 */
export function unrelatedApposed(text: string, end: number): boolean {
  const span = text.slice(end, end + 80);
  const m = UNRELATED.exec(span);
  return m !== null && relativeObject(span.slice(m[0].length));
}

/** Mend 34: words after which "not related to" names a person ("the chief", "the regional president", "the surgeon"). */
const RELATED_PERSON_NOUNS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...KIN_NOUNS, ...PERSON_NOUNS]);
/** Mend 34: person-noun endings outside the lists ("the surgeon", "the firefighter", "the pianist", "the fisherman"). */
const PERSON_NOUN_ENDING = /(?:eon|fighter|ist|ian|man|woman)$/;
/** Mend 34: determiners opening a described person after "not related to" ("the chief", "his namesake"). */
const RELATED_DETERMINERS: ReadonlySet<string> = new Set(["the", "his", "her", "their", "a", "an", "that", "this", "any"]);

/**
 * Mend 34: whether the words after "not related to" name a person: a capitalised name or title ("Curtis Sampson",
 * "Governor Ruiz"), a pronoun, or a determiner and up to three words ending in a person noun ("the chief", "the
 * regional president"). "who was not related to the case", "… to the attack" say nothing of a namesake.
 *
 * @example relativeObject("the case, on Monday.") // false
 */
function relativeObject(rest: string): boolean {
  const c = rest.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  const raw = rest.split(/\s+/, 4);
  const first = raw[0].replace(/[^\p{L}]+$/u, "");
  if (first === "him" || first === "her" || first === "them" || first === "either") return true;
  if (!RELATED_DETERMINERS.has(first)) return false;
  for (let k = 1; k < raw.length; k++) {
    const w = raw[k].replace(/[^\p{L}-]+$/u, "").toLowerCase();
    if (RELATED_PERSON_NOUNS.has(w) || PERSON_NOUN_ENDING.test(w)) return true;
    // The noun phrase ends at a punctuation mark after the word ("the case, on Monday").
    if (w.length !== raw[k].length) return false;
  }
  return false;
}

/** A kin apposition (KIN_APPOSED) right after the name ending at `end`: ", the striker's sister". */
function kinApposed(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && KIN_APPOSED.test(text.slice(end, end + 40));
}

/**
 * The possessor (lowercase) of the possessive kin introduction of the name at [start, end) when a bystander verb
 * follows it ("Lucia Ortiz, the striker's sister, watched" → "striker"; "The pilot's mother, Elena Duarte, waited"
 * → "pilot"), else null (review 23, F2: "…, the striker's sister, was arrested" is the story's subject).
 *
 * @example bystanderKinOwner("Lucia Ortiz, the striker's sister, watched the game", 0, 11) // "striker"
 */
export function bystanderKinOwner(text: string, start: number, end: number): string | null {
  let after = text.slice(end, end + 80);
  let owner: string | null = null;
  const ap = KIN_APPOSED_OWNER.exec(after);
  if (ap !== null) {
    owner = ap[1];
    after = after.slice(ap[0].length);
  } else {
    const bm = KIN_BEFORE_OWNER.exec(text.slice(Math.max(0, start - 40), start));
    if (bm === null) return null;
    owner = bm[1];
    after = after.replace(/^, (?:\d{1,3}, )?/u, "");
  }
  const m = BYSTANDER_VERB_AT.exec(after);
  return m !== null && BYSTANDER.has(m[1]) ? owner.toLowerCase() : null;
}

/** A kin noun of `kin` right before the name at `start` (a comma may stand between). */
function kinBefore(text: string, start: number, kin: ReadonlySet<string>): boolean {
  const word = wordBefore(text, start);
  return word !== null && kin.has(word);
}

/**
 * The lowercase word (at most 14 letters, a whole word) right before `start`, over spaces and
 * one comma ("his wife, |Ngozi" → "wife"), else null: what kinBefore looks up. Computed once per
 * full name for its three kin tests (see ArticleNames).
 */
function wordBefore(text: string, start: number): string | null {
  let j = start;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  if (j > 0 && text.charCodeAt(j - 1) === 44) j--;
  while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
  const end = j;
  while (j > 0 && end - j < 14 && isLowerUnit(text.charCodeAt(j - 1))) j--;
  if (j === end || (j > 0 && isLetterOrDigit(text.charCodeAt(j - 1)))) return null;
  return text.slice(j, end);
}

/** A title word as one form: lowercase, without its period, a short form read in full ("Sgt." → "sergeant"). */
function titleWord(word: string): string {
  const w = (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word).toLowerCase();
  return TITLE_SHORT_FORMS[w] ?? w;
}

/** Mend 34: a capital letter's code unit (ASCII and Latin-1: "Sgt", "Élder"). */
function isUpperUnit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Mend 34: words that make another office of the title after them ("Vice President", "Deputy Governor"). */
const OTHER_OFFICE_WORDS: ReadonlySet<string> = new Set([...UNDER_OFFICE_WORDS, "attorney", "surgeon", "solicitor", "inspector", "auditor", "accountant", "postmaster", "director", "secretary", "governor"]);

/**
 * Mend 34: whether the capitalised word right before the title word at `j` makes it another office than the lone
 * surname's `title` ("Vice President", "Attorney General", "Deputy Governor"), unless `title` writes that word too.
 */
function otherOffice(text: string, j: number, head: string, title: string): boolean {
  if (j < 2 || text.charCodeAt(j - 1) !== 32) return false;
  let k = j - 1;
  while (k > 0 && isLetterUnit(text.charCodeAt(k - 1))) k--;
  if (k === j - 1 || !isUpperUnit(text.charCodeAt(k))) return false;
  const word = text.slice(k, j - 1).toLowerCase();
  if (!OTHER_OFFICE_WORDS.has(word) || (head !== "general" && word === "governor")) return false;
  return !title.toLowerCase().split(" ").includes(word);
}

/**
 * Round 34: the one full name of `pool` (people sharing a surname) that the article writes with the same title word
 * right before it as the lone surname's `title` ends in ("Sergeant Tom Okafor" for "Sergeant Okafor" or "Sgt
 * Okafor"), else null (none, or two people under that title). Not for courtesy titles: "Mr" says only a man.
 *
 * @example titledHolder(pool, "Sergeant", text) // the Known "Tom Okafor" when the text has "Sergeant Tom Okafor"
 */
function titledHolder(pool: Known[], title: string, text: string): Known | null {
  const space = title.lastIndexOf(" ");
  const head = titleWord(space < 0 ? title : title.slice(space + 1));
  if (feminineTitle(head) || masculineTitle(head)) return null;
  let found: Known | null = null;
  for (const f of pool) {
    for (const at of f.starts) {
      let j = at;
      while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
      const end = j;
      while (j > 0 && text.charCodeAt(j - 1) !== 32 && end - j < 16) j--;
      if (j === end || titleWord(text.slice(j, end)) !== head) continue;
      // Mend 34: a title, not a kin noun ("her father Tom Okafor" is no "Father Okafor"), and not the last word of
      // another office ("Attorney General Tom Okafor" is no "Gen. Okafor", "Vice President" no "President").
      if (!isUpperUnit(text.charCodeAt(j)) || otherOffice(text, j, head, title)) continue;
      if (found !== null && found.name !== f.name) return null;
      found = f;
      break;
    }
  }
  return found;
}

/**
 * Organisations of two words or more named in the article, by their last word ("synod" →
 * "Anglican Synod"); null when two organisations end in the same word ("Health Ministry",
 * "Finance Ministry": a bare "the Ministry" is either).
 */
function orgsByLastWord(all: Candidate[]): Map<string, Known | null> {
  const out = new Map<string, Known | null>();
  for (const c of all) {
    if (c.weak || c.kind !== "organization" || !c.kindSure || c.keys.length < 2) continue;
    const last = c.keys[c.keys.length - 1];
    const prev = out.get(last);
    if (prev === undefined) out.set(last, new Known(c.name, c.kind, c.gazetteerName, c.keys));
    else if (prev !== null && prev.name !== c.name) out.set(last, null);
  }
  return out;
}

/**
 * Of several full names a short form may stand for ("Sasha": "Alexander Orlov", "Alex Brand"),
 * the one whose surname the article uses strictly most often (its subject), else null.
 */
function mostNamed(list: Known[], all: Candidate[]): Known | null {
  let best: Known | null = null;
  let bestCount = 0;
  let tie = false;
  const seen = new Set<string>();
  for (const f of list) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    const last = f.keys[f.keys.length - 1];
    let count = 0;
    for (const c of all) if (!c.weak && c.keys[c.keys.length - 1] === last) count++;
    if (count > bestCount) {
      best = f;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) tie = true;
  }
  return tie ? null : best;
}

/**
 * What the resolution of one article consults: its full names (indexed by last and first key),
 * the sequences the body vouches for, and two indexes built on first need. A class rather than
 * closures inside resolveCandidates: four closures per article each cost an allocation and, under
 * tsx, a `__name` call (Object.defineProperty) that showed in stage 04's profile.
 */
class ArticleNames {
  /** Full names of persons (two core keys or more), first occurrence of each name, in article order. */
  readonly fulls: Known[] = [];
  /** Full names by last and first key (in article order), so each candidate looks only at those that can fit. */
  readonly byLast = new Map<string, Known[]>();
  readonly byFirst = new Map<string, Known[]>();
  /** Full names written with two surnames, by the first of them ("mena" → "Luis Mena Cordero"). */
  readonly byPaternal = new Map<string, Known[]>();
  /** Sequences the body vouches for: full names, resolved surnames, sure organisations/places. */
  readonly known = new Map<string, Known | null>();
  /**
   * The first word of every sequence in `known` (what a headline run must start with to match
   * one), added as sequences are remembered: each sequence's first word is its candidate's first
   * key, so no sequence is cut at its space.
   */
  readonly firstWords = new Set<string>();
  /** A short form's name class → full names whose first name is in it; built on first need. */
  private byClass: Map<string, Known[]> | null = null;
  /**
   * Single words the article surely uses for a place or organisation ("in Brooklyn"); null = not
   * built yet (most articles never ask: only a lone unknown word whose kind is a guess does).
   */
  private sureOther: Set<string> | null = null;

  /** The words of the headline's candidates (the headline's capitalised words, by key). */
  readonly headWords = new Set<string>();
  /** Full names whose first and last words the headline both writes (the story's subjects), built on first need. */
  private headNames: Set<string> | null = null;

  /** See headNames. */
  headlined(): ReadonlySet<string> {
    if (this.headNames === null) {
      this.headNames = new Set();
      if (this.headWords.size > 0) for (const f of this.fulls) if (this.headWords.has(f.keys[0]) && this.headWords.has(f.keys[f.keys.length - 1])) this.headNames.add(f.name);
    }
    return this.headNames;
  }

  constructor(readonly all: Candidate[], readonly text = "") {
    const seen = new Map<string, Known>();
    for (const c of all) {
      if (c.weak === "headline") for (const k of c.keys) this.headWords.add(k);
      if (c.weak || c.kind !== "person") continue;
      const keys = core(c.keys);
      if (keys.length < 2) continue;
      const had = seen.get(c.name);
      // The word before the name, read once for the kin tests below (kinWoman, kinMan, introducedAsKin).
      const before = text !== "" ? wordBefore(text, c.start) : null;
      if (had !== undefined) {
        had.starts.push(c.start);
        // "Ngozi Okafor … his wife, Ngozi Okafor": any of the name's mentions may say she is a woman.
        if (!had.female && text !== "" && ((before !== null && FEMININE_KIN.has(before)) || womanApposed(text, c.end))) had.female = true;
        if (!had.male && before !== null && MASCULINE_KIN.has(before)) had.male = true;
        continue;
      }
      const f = new Known(c.name, c.kind, c.gazetteerName, keys, c.start);
      if (text !== "" && ((before !== null && FEMININE_KIN.has(before)) || womanApposed(text, c.end))) f.female = true;
      if (before !== null && MASCULINE_KIN.has(before)) f.male = true;
      if (text !== "" && ((before !== null && ANY_KIN.has(before)) || kinApposed(text, c.end))) {
        f.relative = true;
        f.kinOf = bystanderKinOwner(text, c.start, c.end);
      }
      if (text !== "" && text.charCodeAt(c.end) === 44 && unrelatedApposed(text, c.end)) f.unrelated = true;
      seen.set(c.name, f);
      this.fulls.push(f);
      push(this.byLast, keys[keys.length - 1], f);
      push(this.byFirst, keys[0], f);
      if (keys.length >= 3) {
        const paternal = paternalSurname(c.keys);
        if (paternal !== null) push(this.byPaternal, paternal, f);
      }
    }
  }

  /**
   * Whether lone surname `c`'s sentence has no "she"/"her" and has "he", "him" or "his", or the
   * sentence before it names a man of `pool` in full (within HER_REACH characters).
   */
  private manInContext(c: Candidate, pool: Known[]): boolean {
    const [from, to] = sentenceSpan(this.text, c.start);
    if (from === to) return false;
    const sentence = this.text.slice(from, to);
    // "Petrov said she wanted to sleep": a sentence that speaks of a woman keeps her.
    if (HER_WORD.test(sentence)) return false;
    if (HIS_WORD.test(sentence)) return true;
    const [before] = sentenceSpan(this.text, Math.max(0, from - 2));
    for (const f of pool) if (!woman(f) && f.keys.length >= 2) for (const at of f.starts) if (at >= before && at < from) return true;
    return false;
  }

  /**
   * Whether the article introduces `relative` as the relative OF `subject`: her possessor is his surname ("Ortiz's
   * sister"), or a noun the article puts right before or after his name ("the striker's sister" … "The striker,
   * Ramon Ortiz" / "Goalkeeper Marco Silva" / "Ramon Ortiz, the striker"), or a kin noun stands before his given
   * name ("her brother Ramon"). Review 23, F2.
   */
  kinOfSubject(relative: Known, subject: Known): boolean {
    const owner = relative.kinOf;
    if (owner === null || this.text === "") return false;
    const words = subject.name.split(" ");
    if (foldKey(words[words.length - 1]) === foldKey(owner)) return true;
    const esc = owner.replace(/[^\p{L}]/gu, "");
    if (esc === "") return false;
    const before = new RegExp("(?:^|[^\\p{L}])" + esc + ",? $", "iu");
    const after = new RegExp("^, (?:\\d{1,3}, )?(?:" + ROLE_ARTICLES + ") " + esc + "(?:[^\\p{L}]|$)", "iu");
    for (const s of subject.starts) {
      if (s < 0) continue;
      if (before.test(this.text.slice(Math.max(0, s - 30), s))) return true;
      if (after.test(this.text.slice(s + subject.name.length, s + subject.name.length + 40))) return true;
    }
    const given = words[0].replace(/[^\p{L}-]/gu, "");
    return given !== "" && new RegExp("(?:^|[^\\p{L}])(?:" + KIN_ALT + "),? " + given + "(?:[^\\p{L}]|$)", "u").test(this.text);
  }

  /** Whether lone surname `c`'s sentence has "she"/"her" and no "he", "him" or "his". */
  womanInContext(c: Candidate): boolean {
    const [from, to] = sentenceSpan(this.text, c.start);
    if (from === to) return false;
    const sentence = this.text.slice(from, to);
    return HER_WORD.test(sentence) && !HIS_WORD.test(sentence);
  }

  /** The full name candidate `c` stands for, or null. */
  resolveName(c: Candidate): Known | null {
    if (c.gazetteerName || this.fulls.length === 0 || c.weak === "head") return null;
    // "La Paz" beside "Carlos Paz": an opening article is kept only by a full name that writes it
    // too ("Le Pen" beside "Marine Le Pen"); otherwise the name is a place's, not his surname.
    if (c.keys.length >= 2 && OPENING_ARTICLES.has(c.keys[0])) {
      const r = this.resolveCore(c);
      return r !== null && r.keys.includes(c.keys[0]) ? r : null;
    }
    return this.resolveCore(c);
  }

  private resolveCore(c: Candidate): Known | null {
    const keys = core(c.keys);
    const pool = keys.length > 0 ? (this.byLast.get(keys[keys.length - 1]) ?? NONE) : this.fulls;
    // The headline's woman does not keep a bare masculine surname in a sentence that speaks of a
    // man ("Petrov said he …") or right after one that names the man in full ("Her husband, Ivan
    // Petrov, was killed in May. Petrov had signed an army contract": review 22, F22).
    // (The guard is for a woman of the pool: among men only, the headline's man keeps it whatever the context.)
    const headlined = keys.length === 1 && pool.length > 1 && (!pool.some(woman) || !this.manInContext(c, pool)) ? this.headlined() : NO_NAMES;
    // (The article and the candidate passed as they are: two closures per call were most of what resolution allocated.)
    // Round 34: "Sergeant Okafor" (or "Sgt Okafor") beside "Grace Okafor" and "Sergeant Tom Okafor": the rank written
    // before the lone surname is the one the article wrote before one of the full names, so it is that person's.
    if (keys.length === 1 && pool.length > 1 && c.title !== null && this.text !== "") {
      const titled = titledHolder(pool, c.title, this.text);
      if (titled !== null) return titled;
    }
    const bySuffix = firstSuffix(pool, keys, feminineTitle(c.title), masculineTitle(c.title), c.start, headlined, this, c);
    if (keys.length === 1 && this.byPaternal.size > 0) {
      const paternal = this.byPaternal.get(keys[0]);
      if (paternal) return this.paternalFits(c, paternal) ? this.paternalHolder(paternal, bySuffix) : bySuffix;
    }
    if (bySuffix) return bySuffix;
    // A lone first name ("Oscar" in a quote) is the one full name in the article starting with
    // it, even when the first-name list does not know it; an unknown word must be a plain
    // capitalised word, not a sure organisation or place ("Gaza" never becomes "Gaza Smith":
    // a word the article uses alone for a place elsewhere is not the first name of "Brooklyn Hayes"
    // unless the list knows it).
    if (keys.length === 1 && (FIRST.has(keys[0]) || (!c.kindSure && !this.surelyOther(keys[0])))) return uniqueByName(this.byFirst.get(keys[0]) ?? NONE) ?? this.byNameClass(keys[0]);
    return null;
  }

  /**
   * A lone surname that is the paternal one of a two-surname name ("Mena" beside "Luis Alberto
   * Mena Cordero") is that person when he is the only such name and no one the article names
   * with that surname last ("his brother Pablo Mena") came before him: a story names its subject
   * first. When the brother comes first, or two people carry it as their first surname, the lone
   * name is either of them: left alone (null), never given to one by guesswork.
   */
  private paternalHolder(paternal: Known[], bySuffix: Known | null): Known | null {
    const holder = uniqueByName(paternal);
    if (holder === null || bySuffix === null) return holder;
    return this.fulls.indexOf(holder) < this.fulls.indexOf(bySuffix) ? holder : null;
  }

  /**
   * Whether lone surname `c` may be the paternal one of a two-surname name at all: not a word the
   * article uses for a place ("Police in Quincy" beside "John Quincy Harlow"), not after a rank or
   * office ("Inspector Kerr" is someone the story brings in, not "Thomas Kerr Bell"), and not "Mr"
   * before a woman's name ("Mr Ocampo" is not "Teresa Ocampo Lim"; Spanish given names ending in
   * -a are women's).
   */
  private paternalFits(c: Candidate, paternal: Known[]): boolean {
    if ((c.kindSure && c.kind !== "person") || this.surelyOther(c.keys[c.keys.length - 1])) return false;
    if (c.title === null) return true;
    if (feminineTitle(c.title)) return true;
    if (!masculineTitle(c.title)) return false;
    for (const k of paternal) if (woman(k) || k.keys[0].endsWith("a")) return false;
    return true;
  }

  /** A single word the article uses alone as a sure organisation or place (not a weak candidate). */
  private surelyOther(key: string): boolean {
    return this.sureOthers().has(key);
  }

  /**
   * The set behind `surelyOther`, as the candidates stood before resolution. Built on first
   * need, or by `beforeResolving` right before a candidate it holds is resolved to a person
   * (which would take it out), whichever comes first.
   */
  private sureOthers(): Set<string> {
    if (this.sureOther === null) {
      this.sureOther = new Set();
      for (const c of this.all) if (sureOther(c)) this.sureOther.add(c.keys[0]);
    }
    return this.sureOther;
  }

  /** Candidate `c` is about to take a resolved name: keep what `surelyOther` says of it first. */
  beforeResolving(c: Candidate): void {
    if (sureOther(c)) this.sureOthers();
  }

  /** A short form ("Misha") is the one full name whose first name is in its class ("Mikhail Orlov"). */
  private byNameClass(key: string): Known | null {
    const cls = listedNameClass(key);
    if (cls === null) return null;
    let byClass = this.byClass;
    if (byClass === null) {
      byClass = this.byClass = new Map();
      for (const f of this.fulls) {
        const fc = listedNameClass(f.keys[0]);
        if (fc !== null) push(byClass, fc, f);
      }
    }
    const list = byClass.get(cls) ?? NONE;
    return uniqueByName(list) ?? mostNamed(list, this.all);
  }

  /**
   * Vouches for `seq` (whose first word is `first`) as candidate `c`'s name. The Known for `c` is
   * made only when a sequence is new (`k`, made at most once per candidate): most candidates
   * repeat a name the article already vouched for.
   */
  remember(seq: string, first: string, c: Candidate, k: Known | null): Known | null {
    const prev = this.known.get(seq);
    if (prev === undefined) {
      this.known.set(seq, (k ??= new Known(c.name, c.kind, c.gazetteerName, c.keys)));
      this.firstWords.add(first);
    } else if (prev && prev.name !== c.name) this.known.set(seq, null);
    return k;
  }

  /**
   * The one full name of the body written with initials ("S.V. Seleznyova") whose surname is
   * headline word `surname` and whose first initial is the first letter of headline word `given`
   * right before it (a given name of the first-name list), or null: "Svetlana Seleznyova" in the
   * headline is she, even when the article names another Seleznyova in full.
   */
  initialsHolder(given: Candidate, surname: Candidate): Known | null {
    if (given.keys.length !== 1 || surname.keys.length !== 1 || surname.start - given.end !== 1) return null;
    const letter = given.keys[0].charAt(0);
    let found: Known | null = null;
    for (const f of this.byLast.get(surname.keys[0]) ?? NONE) {
      const space = f.name.indexOf(" ");
      const initial = space > 0 ? leadingInitial(f.name.slice(0, space)) : null;
      if (initial === null || initial.charAt(0).toLowerCase() !== letter) continue;
      if (found !== null && found.name !== f.name) return null;
      found = f;
    }
    return found;
  }

  /**
   * The one full name of a person the body writes with given name `key` ("irina" → "Irina
   * Volkova"), when the body also names a relative of that family ("Pavel Volkov"); null when
   * none, when two people share the given name, when no one else of the family is named, or when
   * the article uses the word alone for a place or organisation.
   */
  onlyFullWithFirst(key: string): Known | null {
    const found = uniqueByName(this.byFirst.get(key) ?? NONE);
    if (found === null || found.kind !== "person" || this.surelyOther(key)) return null;
    const family = found.keys[found.keys.length - 1];
    for (const f of this.fulls) {
      if (f.name === found.name) continue;
      const other = f.keys[f.keys.length - 1];
      if (other === family || masculineSurname(family) === other || masculineSurname(other) === family) return found;
    }
    return null;
  }

  /**
   * Round 34: the one person the body names in full starting with the given name `key` (see resolveCandidates'
   * headline runs), when the headline writes no surname of the body's full names, else null.
   */
  headlineGiven(key: string): Known | null {
    const found = uniqueByName(this.byFirst.get(key) ?? NONE);
    if (found === null || found.kind !== "person" || this.surelyOther(key)) return null;
    for (const f of this.fulls) if (this.headWords.has(f.keys[f.keys.length - 1])) return null;
    return found;
  }

  fullByName(name: string): Known | undefined {
    for (const f of this.fulls) if (f.name === name) return f;
    return undefined;
  }
}

/** Farthest a sentence is read either side of a name for sentenceSpan. */
const HER_REACH = 300;
const HIS_WORD = /\b(?:he|him|his|himself)\b/i;
const HER_WORD = /\b(?:she|her|hers|herself)\b/i;

/**
 * The bounds [from, to) of the sentence around offset `at` of `text`: to the nearest ".", "!", "?"
 * or line break, at most HER_REACH characters either side ([0, 0] for no text). Not eval's
 * sentenceAround (eval/figures.ts), which trims text for miss listings with another reach.
 *
 * @example sentenceSpan("Petrov slept. He woke.", 15) // [13, 21]
 */
function sentenceSpan(text: string, at: number): [number, number] {
  if (text === "") return [0, 0];
  let from = at;
  const low = Math.max(0, at - HER_REACH);
  while (from > low && !sentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = at;
  const high = Math.min(text.length, at + HER_REACH);
  while (to < high && !sentenceEnd(text.charCodeAt(to))) to++;
  return [from, to];
}

/** ".", "!", "?" or a line break. */
function sentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

/** A lone word the article surely uses for a place or organisation ("in Brooklyn"). */
function sureOther(c: Candidate): boolean {
  return c.keys.length === 1 && c.kindSure && c.kind !== "person" && !c.weak;
}

const KIN: ReadonlySet<string> = new Set(KIN_NOUNS);
const OPENING_ARTICLES: ReadonlySet<string> = new Set(OPENING_ARTICLE_PARTICLES);

/** A kin noun is the word right before offset `start` of `text` ("daughter Irina", "his mother Nadia"). */
function kinWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const m = /(\p{Ll}+)[ ,]+$/u.exec(before);
  return m !== null && KIN.has(m[1]);
}

/** The keys of candidates run[from, to) in one list (a headline run's words). */
function runKeys(run: Candidate[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let q = from; q < to; q++) for (const k of run[q].keys) keys.push(k);
  return keys;
}

/**
 * Resolves names and filters weak candidates; returns mentions sorted by offset.
 *
 * @example resolveCandidates(candidates, new Set(["olsen"]))
 */
export function resolveCandidates(all: Candidate[], midCaps: Set<string>, text = ""): Candidate[] {
  const names = new ArticleNames(all, text);
  const known = names.known;
  const out: Candidate[] = [];
  // Each candidate's keys joined once ("ana lind"), read by both loops below.
  const seqs = new Array<string>(all.length);
  for (let ci = 0; ci < all.length; ci++) {
    const c = all[ci];
    if (c.weak === "headline") continue;
    seqs[ci] = c.keys.length === 1 ? c.keys[0] : spaced(c.keys);
    const r = names.resolveName(c);
    if (r) {
      names.beforeResolving(c);
      c.via = c.keys.length === 1 && (r.keys[0] === c.keys[0] || r.keys[r.keys.length - 1] !== c.keys[0]) ? "first-name" : c.via === "title" ? "title" : "surname";
      c.name = r.name;
      c.kind = "person";
      c.kindSure = true;
      c.gazetteerName = r.gazetteerName;
      c.weak = null;
    }
    if (!c.weak) {
      const k = names.remember(seqs[ci], c.keys[0], c, null);
      if (c.kindSure && c.kind === "person") {
        const ck = core(c.keys);
        if (ck.length >= 2) names.remember(ck[ck.length - 1], ck[ck.length - 1], c, k);
      }
    }
  }
  let heads: Map<string, Known | null> | null = null;
  for (let ci = 0; ci < all.length; ci++) {
    const c = all[ci];
    if (c.weak === "head") {
      const org = (heads ??= orgsByLastWord(all)).get(c.keys[0]);
      if (!org) continue;
      c.name = org.name;
      c.gazetteerName = org.gazetteerName;
      c.weak = null;
    }
    if (c.weak === "initial") {
      const k = known.get(seqs[ci]);
      if (k) {
        c.name = k.name;
        c.kind = k.kind;
        c.gazetteerName = k.gazetteerName;
      } else if (!midCaps.has(c.keys[0])) continue;
      c.weak = null;
    }
    if (!c.weak) {
      // An unsure kind takes the kind the same name has elsewhere in the article ("in Kiruna" → place).
      if (!c.kindSure) {
        const k = known.get(seqs[ci]);
        if (k && k.name === c.name) c.kind = k.kind;
      }
      out.push(c);
    }
  }
  // Headline runs: longest sequence of adjacent words the body vouches for.
  const groups = new Map<number, Candidate[]>();
  for (const c of all) {
    if (c.weak !== "headline") continue;
    const key = c.group ?? c.start;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  // Cheap pre-check: only words that start a vouched-for sequence can start a match.
  const firstWords = names.firstWords;
  /** seqsAt[len]: the words of run[p, p + len) joined by spaces. */
  const seqsAt: string[] = ["", "", "", "", ""];
  for (const run of groups.values()) {
    let p = 0;
    while (p < run.length) {
      let hit = 0;
      let info: Known | null = null;
      if (firstWords.has(run[p].keys[0])) {
        // The sequences of the next one to four words, each built from the one before ("gaza",
        // "gaza health", …) rather than sliced, flattened and joined anew per length; tried longest first.
        const most = Math.min(4, run.length - p);
        let seq = spaced(run[p].keys);
        for (let len = 1; len <= most; len++) {
          if (len > 1) seq += " " + spaced(run[p + len - 1].keys);
          seqsAt[len] = seq;
        }
        for (let len = most; len >= 1; len--) {
          const k = known.get(seqsAt[len]);
          if (k) {
            hit = len;
            info = k;
            break;
          }
        }
      }
      // "Svetlana Seleznyova found" over a body that names her only "S.V. Seleznyova" (the surname
      // alone may be another relative's): the given name is hers when its first letter is the initial's.
      // The headline's own words name the candidate ("Svetlana Seleznyova"): stage 09 joins the
      // spelt-out name to the initials its outlet printed, a single article being one outlet.
      let ownName = false;
      if (!hit && p + 1 < run.length && FIRST.has(run[p].keys[0])) {
        info = names.initialsHolder(run[p], run[p + 1]);
        if (info !== null) {
          hit = 2;
          ownName = true;
        }
      }
      // "Trapped miner's daughter Irina waits at the pithead": a given name of the list alone,
      // right after a kin noun, is the one person the body names in full with it when the body
      // names a relative of the same family too; never after a capitalised word ("Prince
      // William", "Hurricane Maria") nor before one.
      if (!hit && (p + 1 === run.length || run[p + 1].start - run[p].end > 1) && (p === 0 || run[p].start - run[p - 1].end > 1) && FIRST.has(run[p].keys[0])) {
        // Round 34: "Irina and Oleg home after 300 days" over a body naming "Irina Marsh" and "Oleg Vik": two listed
        // given names joined by "and" in the headline are the two people the body names in full with them (no kin noun
        // needed when each is the one full name of the body starting with it and the headline writes no surname of the
        // body: the story's subjects by their given names). One given name alone stays alone ("Nadia back home").
        info = kinWordBefore(text, run[p].start) ? names.onlyFullWithFirst(run[p].keys[0]) : pairedGiven(run[p], text) ? names.headlineGiven(run[p].keys[0]) : null;
        if (info !== null) hit = 1;
      }
      if (!hit || !info) {
        p++;
        continue;
      }
      // "Misha Orlov home" when the body has "Mikhail Orlov" and "Misha": a short form known for a
      // person, then that person's surname, is one name.
      if (hit === 1 && info.kind === "person" && p + 1 < run.length && run[p + 1].keys.length === 1) {
        const full = names.fullByName(info.name);
        if (full && run[p + 1].keys[0] === full.keys[full.keys.length - 1] && run[p].keys[0] !== full.keys[0]) hit = 2;
      }
      const first = run[p];
      const last = run[p + hit - 1];
      const name = ownName ? first.name + " " + last.name : info.name;
      out.push(candidate(first.sentenceIndex, first.start, last.end, runKeys(run, p, p + hit), name, info.kind, true, ownName ? null : info.gazetteerName, first.via, first.title, null, first.group));
      p += hit;
    }
  }
  return inTextOrder(out) ? out : out.sort(byPosition);
}

/**
 * Round 34: the headline word `c` and another listed given name are joined by " and " or " & " ("Irina and Oleg
 * home"), the one after "and" a single capitalised word (no surname glued to it). Read from the text: each headline
 * word is its own run. A cheap gate: most headline words have no "and" or "&" beside them.
 */
function pairedGiven(c: Candidate, text: string): boolean {
  if (text.charCodeAt(c.end) !== 32 && text.charCodeAt(c.start - 1) !== 32) return false;
  const after = /^ (?:and|&) (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/u.exec(text.slice(c.end, c.end + 24));
  if (after !== null) return foldKey(after[1]) !== c.keys[0] && FIRST.has(foldKey(after[1]));
  const before = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+) (?:and|&) $/u.exec(text.slice(Math.max(0, c.start - 24), c.start));
  return before !== null && foldKey(before[1]) !== c.keys[0] && FIRST.has(foldKey(before[1]));
}

/** Text order: by start, the longer first at one start. */
function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Whether `list` is already in text order (byPosition). The body's candidates come sentence by
 * sentence, left to right; only headline runs added after them need the sort, which (stable)
 * would leave an ordered list as it is.
 */
function inTextOrder(list: Candidate[]): boolean {
  for (let k = 1; k < list.length; k++) if (byPosition(list[k - 1], list[k]) > 0) return false;
  return true;
}

/**
 * Keys joined by spaces ("ana lind"), as `keys.join(" ")` would: a loop of concatenations, cheaper
 * than join's builtin for the two or three keys of a name.
 */
function spaced(keys: readonly string[]): string {
  let s = keys.length > 0 ? keys[0] : "";
  for (let k = 1; k < keys.length; k++) s += " " + keys[k];
  return s;
}
