/**
 * Stage 09 core: merges name variants across the corpus into actors.
 *
 * Forms (one per distinct name, keyed by gazetteer name or folded name) are sorted first, so
 * the result never depends on article order. Person forms are compared inside blocks keyed by
 * surname transliteration key and its first/last two letters (any single edit of a ≥ 6-letter
 * key keeps one of them), so the work stays far below quadratic.
 */
import type {Actor, ActorKind, ArticleExtraction, Context, Mention, MergeSuggestion} from "../types.ts";
import {hashId} from "../util/hash.ts";
import {editDistance} from "./edit-distance.ts";
import {compileGazetteer, nameKey} from "./gazetteer-matcher.ts";
import {feminineGiven, firstNameClass, listedNameClass, nameWords, parsePersonName, paternalSurname, sharedShortFormFeminine, type PersonName} from "./person-name.ts";
import {slugify} from "./slug.ts";
import {foldKey, leadingInitial} from "./tokens.ts";
import {COMMON_ROYAL_GIVEN_NAMES, KEPT_HONORIFICS, NAME_HONORIFICS, NAME_LINEAGE_PARTICLES, ROYAL_TITLES} from "../model/titles.ts";
import {courtesyTitleBefore, kinAroundTitle, masculineTitle, titleFitsName} from "./courtesy.ts";
import {titledSurfaces} from "./title-surface.ts";
import {CHIEF_TITLES, RELIGIOUS_TITLES, TITLE_SHORT_FORMS, UNDER_OFFICE_WORDS} from "../model/titles.ts";
import {initialsPairs, shortNameInParentheses, translatedName} from "./article-acronyms.ts";
import {kinWoman, unrelatedApposed} from "./resolve.ts";
import {FIRST, HEADS, ORG, PARTICLES, STATE_OF_ADJECTIVE} from "./lexicon.ts";
import {NATIONAL_SOCIETY_NAMES, NATIONAL_SOCIETY_TAIL} from "../model/org-words.ts";
import {STATE_ACTOR_MODIFIERS, STATE_FORCE_NOUNS} from "../model/nationalities.ts";
import {KIN_NOUNS} from "../model/kin-words.ts";
import {ABD_PREFIXES, GENITIVE_PATRONYMIC_ENDINGS, PATRONYMIC_ENDINGS, SURNAME_OPENING_PARTICLES} from "../model/first-names.ts";
import {arabicConsonantKey, arabicLooseKey, arabicOpenVowelKey, arabicVowelKey, droppedVowel, H_G_MIN_LETTERS, hardCOnly, LONG_GIVEN_MIN_LETTERS, hgKey, masculineSurname, personKey, polishKey, sameFamilyName, spellingReason, surnameGender, tchKey, translitKey, zhjKey} from "./translit.ts";
import {UnionFind} from "../util/union-find.ts";
import {sortSmall} from "../util/sort-small.ts";
import {isLetterUnit} from "./code-units.ts";

/** Honorifics a person's mention text may open with (model/titles.ts), lowercase. */
const HONORIFIC_WORDS: ReadonlySet<string> = new Set([...NAME_HONORIFICS, ...KEPT_HONORIFICS]);

interface Form {
  key: string;
  /** Position in the sorted form list (set once sorted). */
  index: number;
  /** Name variants with counts (the display name is the most frequent). */
  names: Map<string, number>;
  name: string;
  kinds: Map<ActorKind, number>;
  kind: ActorKind;
  count: number;
  surfaces: Set<string>;
  outlets: Set<string>;
  gaz: number | null;
  person: PersonName | null;
  /** Mentions counted for a gazetteer form, added to `names` once after the mention loop. */
  gazMentions: number;
  /** Last extraction whose outlet went into `outlets` (-1: none yet). */
  lastArticle: number;
  /** Raw text of the last mention whose surface went into `surfaces` (null: none yet). */
  lastText: string | null;
  /**
   * Kind of the form's latest mentions and how many in a row, not yet added to `kinds`: a name's
   * mentions nearly always share one kind, so a counter replaces a Map read and write per mention
   * (`kinds` only ever feeds `top`, which does not depend on insertion order).
   */
  runKind: ActorKind | null;
  runCount: number;
}

/**
 * No forms: the list each article's forms are pushed into is copied from it. Made by emptying a
 * one-item list, not written `[]`: an empty literal is another kind of array to V8 (small
 * integers) than a list of forms, and an article without mentions would give the one list of
 * that kind.
 */
const NO_FORMS: readonly Form[] = ([null] as unknown as Form[]).slice(0, 0);

const MAX_BLOCK = 400;
/** Particles that open a two-word surname ("Abu Hamdan"; model/first-names.ts SURNAME_OPENING_PARTICLES). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(SURNAME_OPENING_PARTICLES);

/** A name of one word, or of a surname particle and one word ("Olsen", "Abu Hamdan"). */
function surnameLike(name: string): boolean {
  const words = name.trim().split(/[\s-]+/);
  return words.length === 1 || (words.length === 2 && SURNAME_PARTICLES.has(words[0].toLowerCase()));
}

function top<K extends string>(m: Map<K, number>): K {
  let best: K | null = null;
  let n = -1;
  // Two assignments, not `[best, n] = [k, c]`: unoptimised, that made an array per better entry.
  for (const [k, c] of m) {
    if (c > n || (c === n && best !== null && k < best)) {
      best = k;
      n = c;
    }
  }
  return best as K;
}

function bump<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/**
 * Adds form index `i` to the list of `k`. Only small integers go through here (objects and lists
 * through pushItem): to V8 the `[i]` below is one allocation site, and the first object stored by
 * it turned every later list it made into a list of any values, another kind of array than the
 * lists of numbers built before, so the code reading both was thrown away ("not a Smi" here, then
 * "wrong map" in candidatesOf).
 */
function push<K>(m: Map<K, number[]>, k: K, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

/** push for lists of objects or lists (see push for why apart). */
function pushItem<K, V extends object>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Whether `s` holds whitespace other than a plain space (newline, tab, NBSP…: what /[^\S ]/
 * matches), by char codes: printable ASCII, the common case, is passed over with one range test.
 */
function otherSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if ((c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/**
 * Whitespace runs collapsed to one space, trimmed ("Gaza\nStrip " → "Gaza Strip"); no copy when
 * already clean. Clean means no leading/trailing space, no double space and no other whitespace,
 * checked with char codes, indexOf and one character class (this runs once per mention).
 */
function tidy(s: string): string {
  const messy = s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32 || s.indexOf("  ") >= 0 || otherSpace(s);
  return messy ? s.replace(/\s+/g, " ").trim() : s;
}

/**
 * Whether article `x` writes the full name `name` right after a woman's kin noun ("his wife, Ngozi
 * Okafor"; resolve.ts kinWoman). Asked only for a mention after a courtesy title (a few per article).
 */
function kinWomanIn(x: ArticleExtraction, name: string): boolean {
  for (const o of x.mentions) if (o.text === name && kinWoman(x.article.text, o.start)) return true;
  return false;
}

/**
 * "told The Daily Courier": a capitalised "The " right before a name in mid-sentence (after a
 * lowercase word or comma) is part of the name as written, so "The Daily Courier" is a surface
 * form too; a sentence's own "The" ("The Courier said") is not.
 *
 * @example capitalTheBefore("parents told The Daily Courier", 17) // true
 */
export function capitalTheBefore(text: string, start: number): boolean {
  if (start < 6 || !text.startsWith("The ", start - 4) || text.charCodeAt(start - 5) !== 32) return false;
  const c = text[start - 6];
  return c === "," || (c >= "a" && c <= "z");
}

function lastWord(s: string): string {
  const parts = s.split(" ");
  return parts[parts.length - 1];
}

const FORCE_NOUNS: ReadonlySet<string> = new Set(STATE_FORCE_NOUNS);
const FORCE_MODIFIERS: ReadonlySet<string> = new Set(STATE_ACTOR_MODIFIERS);
/** Up to three lowercase words after a nationality adjective (at most 40 characters read). */
const WORDS_AFTER = /^((?: [a-z]+){1,3})/;

/**
 * The words naming a state's forces right after the nationality adjective that ends at `end`
 * (" troops", " security forces", " military police"; model/nationalities.ts STATE_FORCE_NOUNS,
 * at most two modifiers before the noun, the longest such run), or null. Stage 04 writes the
 * mention as the adjective alone ("Ethiopian" → Ethiopia); "Ethiopian troops" is how a reader
 * names the group, so it is a surface form of the state too. Stage 04 already refused a noun
 * that modifies another ("Syrian army positions": no mention), so only the words are read here.
 *
 * @example forcesAfter("Ethiopian troops shelled the village", 9) // " troops"
 */
export function forcesAfter(text: string, end: number): string | null {
  const m = WORDS_AFTER.exec(text.slice(end, end + 40));
  if (m === null) return null;
  const words = m[1].slice(1).split(" ");
  let best = -1;
  for (let k = 0; k < words.length; k++) {
    if (FORCE_NOUNS.has(words[k])) best = k;
    if (!FORCE_MODIFIERS.has(words[k])) break;
  }
  return best < 0 ? null : " " + words.slice(0, best + 1).join(" ");
}

/** Appends the shorter list to the longer one (in place) and returns the longer. */
function larger<T>(a: T[], b: T[]): T[] {
  const [big, small] = a.length >= b.length ? [a, b] : [b, a];
  for (const x of small) big.push(x);
  return big;
}

/** Adds the smaller set to the larger one (in place) and returns the larger. */
function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  const [big, small] = a.size >= b.size ? [a, b] : [b, a];
  for (const x of small) big.add(x);
  return big;
}

/** union() for sets that may be absent (null: empty). */
function unionOrNull<T>(a: Set<T> | null, b: Set<T> | null): Set<T> | null {
  return a && b ? union(a, b) : (a ?? b);
}

/**
 * `list` sorted in place as `list.sort()` sorts strings (by UTF-16 code units), by insertion when
 * it is short (util/sort-small.ts). Why: V8's sort allocates about a kilobyte of state per call even for two items,
 * and stage 09 sorts two lists per actor (aliases, outlets), most of them two to five names.
 * The lists hold distinct strings, so the order is the same whatever the algorithm.
 *
 * @example sortShort(["b", "a"]) // ["a", "b"]
 */
export function sortShort(list: string[]): string[] {
  return sortSmall(list, byCodeUnits);
}

/** sort()'s default order for strings: by UTF-16 code units. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct members of several sets, sorted (one set, the common case, is not copied twice). */
function sortedUnion(sets: Set<string>[]): string[] {
  if (sets.length === 1) return sortShort([...sets[0]]);
  const all = new Set<string>();
  for (const set of sets) for (const x of set) all.add(x);
  return sortShort([...all]);
}

/** "variant → other: reason", written towards the canonical name when it is one of the two. */
function orient(note: string, canonical: string): string {
  const [from, to, reason] = note.split("\u0000");
  return from === canonical ? `${to} → ${from}: ${reason}` : `${from} → ${to}: ${reason}`;
}

/**
 * A component's merge notes written towards its name, distinct and sorted; most components
 * (a single form) have none, and get an empty list without a set and a sort.
 */
function orientedNotes(list: string[] | undefined, name: string): string[] {
  return list === undefined || list.length === 0 ? [] : sortShort([...new Set(list.map((n) => orient(n, name)))]);
}

/** "Colombia's Rural Front" → "Rural Front" (a capitalised owner, then a name of two words or more). */
const POSSESSED = /^\p{Lu}[\p{L} .-]*['’]s (\p{Lu}\S* .+)$/u;

/** "ELN", "U.N.", "IS Delta": an all-caps word, then at most two capitalised words. */
const ACRONYM = /^[A-Z][A-Z0-9.&-]{1,7}(?: \p{Lu}[\p{L}-]*){0,2}$/u;

/**
 * `short` reads as an acronym of `long`: acronym-shaped and with fewer words ("IS Delta" for
 * "Islamic State Delta Province"; a lone "ELN" for any name of two words or more).
 */
function acronymOf(short: string, long: string): boolean {
  if (!ACRONYM.test(short)) return false;
  return long.split(" ").length > short.split(" ").length;
}

/** An acronym standing alone as a name: three to six capitals ("FNLS"). */
const BARE_ACRONYM = /^[A-Z]{3,6}$/;

/**
 * Capitalised initials of a name, its words split at spaces and hyphens, lowercase words and
 * particles left out ("Harakat Tahrir el-Wadi" → "HTW", "Front for the Liberation of the
 * South" → "FLS"), or "" when a word starts with neither a letter nor a digit (a quote, a bracket).
 *
 * @example nameInitials("Harakat Tahrir el-Wadi") // "HTW"
 */
export function nameInitials(name: string): string {
  // One pass over the char codes, each word's first one read where it starts (no split array and
  // word strings: article-acronyms.ts asks this of every organisation mention of an article that
  // has an acronym). Words are the runs between spaces and hyphens, as `split(/[\s-]+/)` cuts them.
  let out = "";
  let i = 0;
  const n = name.length;
  while (i < n) {
    if (initialsBreak(name.charCodeAt(i))) {
      i++;
      continue;
    }
    const code = name.charCodeAt(i);
    if (code >= 65 && code <= 90) out += name[i];
    else if (code >= 128) {
      const c = name[i];
      if (c !== c.toLowerCase()) out += c.toUpperCase();
      else if (c === c.toUpperCase()) return "";
    } else if (code < 97 || code > 122) return "";
    while (i < n && !initialsBreak(name.charCodeAt(i))) i++;
  }
  return out;
}

/** A code unit of the class `[\s-]` (JavaScript's whitespace and line terminators, or a hyphen-minus): a word break for nameInitials. */
function initialsBreak(c: number): boolean {
  if (c === 32 || c === 45) return true;
  if (c < 128) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A lowercase particle joined by a hyphen inside a name ("el-Wadi", "ad-Din"). */
const HYPHEN_PARTICLE = /(?:^|[\s-])\p{Ll}{1,4}-\p{Lu}/u;

/**
 * An organisation's acronym ("HTW") that some article defines in parentheses (`defined`: form
 * indexes) joins the one transliterated organisation name of the corpus whose initials it spells
 * ("Harakat Tahrir el-Wadi"): one article defines it after the English name ("Valley
 * Liberation Movement (HTW)"), another spells out the transliterated one, whose
 * lowercase particles do not count. The long name must be transliterated (a lowercase particle
 * joined by a hyphen: "el-Wadi"): an English name that happens to spell the initials of an
 * acronym taken from another language ("Rapid Support Forces" beside "Reporters Without Borders
 * (RSF)") is another body. An acronym no article defines stays apart ("NUM" beside "National
 * Union of Mineworkers"). Three letters or more, no person on either side, and only when a single
 * component fits: two names with the same initials leave the acronym alone.
 *
 * @example joinAcronymsByInitials(forms, defined, find, join) // "HTW" + "Harakat Tahrir el-Wadi"
 */
function joinAcronymsByInitials(forms: Form[], defined: ReadonlySet<number>, find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean): void {
  const acronyms = new Map<string, number[]>();
  let longest = 0;
  for (const i of [...defined].sort((a, b) => a - b)) {
    const f = forms[i];
    if (!f.person && f.kind !== "person" && BARE_ACRONYM.test(f.name)) {
      push(acronyms, f.name, i);
      longest = Math.max(longest, f.name.length);
    }
  }
  if (acronyms.size === 0) return;
  const longs = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const name = f.name;
    // Cheap gates first: a transliterated name of at least two words, a hyphen in it.
    if (f.person || f.kind === "person" || name.indexOf(" ") < 0 || name.indexOf("-") < 0 || !HYPHEN_PARTICLE.test(name)) return;
    const initials = nameInitials(name);
    if (initials.length <= longest && acronyms.has(initials)) push(longs, initials, i);
  });
  for (const [acronym, list] of [...longs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (new Set(list.map(find)).size !== 1) continue;
    for (const a of acronyms.get(acronym)!) join(list[0], a, "acronym of the name's initials");
  }
}

const SOCIETY_NAMES: readonly string[] = NATIONAL_SOCIETY_NAMES;

/**
 * One key for the names of a state's Red Cross or Red Crescent society, or null for any other name: the state
 * as its country (a nationality adjective read as its country: "Kenyan" → "kenya"), the movement's name, and
 * "Society" left out. Stage 04 names such a society only after a state's name or adjective (find-mentions.ts
 * nationalSocietyEnd), so two names with one key are one body.
 *
 * @example nationalSocietyKey("Kenyan Red Cross") === nationalSocietyKey("Kenya Red Cross Society") // true
 */
export function nationalSocietyKey(name: string): string | null {
  let lower = name.toLowerCase();
  if (lower.endsWith(" " + NATIONAL_SOCIETY_TAIL)) lower = lower.slice(0, -NATIONAL_SOCIETY_TAIL.length - 1);
  const movement = SOCIETY_NAMES.find((m) => lower.endsWith(" " + m));
  if (movement === undefined) return null;
  const state = lower.slice(0, -movement.length - 1);
  if (state === "" || state === "international committee of the") return null;
  return `${STATE_OF_ADJECTIVE.get(state) ?? state} ${movement}`;
}

/** Both form indexes of every "low,high" pair (see addPair). */
function definedForms(pairs: Set<string>): Set<number> {
  const out = new Set<number>();
  for (const pair of pairs) for (const i of pair.split(",")) out.add(Number(i));
  return out;
}

/**
 * ', a nurse known to her patients as "' / ', nicknamed "' / ', alias "': the words between a
 * name and its quoted nickname (police and wire copy give a gang leader's "alias" or "aka", right
 * after the name's comma or an age: in 'A, the lawyer of a gang leader alias "C"' C is the gang leader). Not
 * after "whose": 'A, whose lawyer B is known as "C"' names B's nickname.
 */
const NICKNAME_LEAD = /^,(?:\s+(?:\d{1,3},\s+)?(?:alias|aka)|(?![^.;:!?()"“”]*\bwhose\b)[^.;:!?()"“”]{0,80}\b(?:known|nicknamed|dubbed)\b(?:[^.;:!?()"“”]{0,30}\bas)?)\s*["“]$/;
/**
 * ', better known as ' / ', also known as ' / ', alias ': an unquoted name right after it is the
 * same person's other name ('Tomas Reyes, better known as Abu Karim'). Only the short lead: in a
 * longer apposition an unquoted name may be someone else's ('…, known as a friend of B').
 */
const ALIAS_LEAD = /^,\s+(?:(?:better|also|widely|commonly|popularly)\s+)?(?:known\s+as|alias|aka|a\.k\.a\.)\s+$/;
/** How far before its nickname (in characters) the name may stand. */
const NICKNAME_REACH = 120;

const isQuote = (c: number) => c === 34 || c === 0x201c;
const isPersonKind = (kind: ActorKind) => kind === "person";

const isClosingQuote = (c: number) => c === 34 || c === 0x201d;
const isPlaceKind = (kind: ActorKind) => kind === "place" || kind === "country";

/**
 * 'Tomas "El Flaco" Reyes': the quoted nickname `b` stands between a one-word given name `a` and
 * the surname `c`, a space and a quote on each side, in one sentence. The nickname and the
 * surname name one person (the given name alone is left to the other rules).
 */
function innerNickname(text: string, a: Mention, b: Mention, c: Mention | undefined): boolean {
  if (c === undefined || a.sentenceIndex !== b.sentenceIndex || c.sentenceIndex !== b.sentenceIndex) return false;
  if (a.end !== b.start - 2 || text.charCodeAt(a.end) !== 32 || c.start !== b.end + 2) return false;
  if (!isClosingQuote(text.charCodeAt(b.end)) || text.charCodeAt(b.end + 1) !== 32) return false;
  return a.text.indexOf(" ") < 0 && c.text.indexOf(" ") < 0 && !isPlaceKind(b.kind) && !isPlaceKind(c.kind);
}

/** "as" and "ka" (the end of "aka") as aliasWordBefore reads them: first letter × 65536 + second. */
const AS_PAIR = 97 * 65536 + 115;
const KA_PAIR = 107 * 65536 + 97;

/**
 * Mention `b` follows "as " / "aka " (one char test first) and is no one's possessor ("known as
 * Abu Karim's deputy" names the deputy, not Abu Karim).
 */
function aliasWordBefore(text: string, b: Mention): boolean {
  if (b.start < 4 || text.charCodeAt(b.start - 1) !== 32) return false;
  // "as " (known as, alias) or "ka " (aka), read as char codes: no string per mention. The two
  // letters as one number, so both tests run on every call: with `c1 === 97 && c2 === 115 || …`
  // the "ka" test had not yet run when V8 optimised this and threw the code away ("Insufficient
  // type feedback for compare operation").
  const pair = text.charCodeAt(b.start - 3) * 65536 + text.charCodeAt(b.start - 2);
  if (pair !== AS_PAIR && pair !== KA_PAIR) return false;
  const after = text.charCodeAt(b.end);
  return after !== 39 && after !== 0x2019;
}

/**
 * A nickname in quotes after "known as", "nicknamed" or "dubbed" in an apposition of a name: the
 * name is the nearest earlier mention of the same sort (person or not) in the sentence that a
 * comma follows ('Rosa Mbeki, a nurse at Santa Lucia known to her patients as "Mama Rosa"': the
 * place in between is no appositive head); or in quotes inside the name ('Tomas "El Flaco" Reyes':
 * the nickname and the surname, see innerNickname). Pairs of mention indexes in the article; only mentions
 * right after an opening quote are looked at, so most articles cost one char test per mention.
 *
 * @example nicknamePairs(extraction) // [[0, 2]] for the sentence above
 */
export function nicknamePairs(x: ArticleExtraction): [number, number][] {
  const ms = x.mentions;
  const text = x.article.text;
  const out: [number, number][] = [];
  for (let k = 1; k < ms.length; k++) {
    const b = ms[k];
    if (b.start === 0 || ms[k - 1].end > b.start) continue;
    const quoted = isQuote(text.charCodeAt(b.start - 1));
    if (!quoted && !(isPersonKind(b.kind) && aliasWordBefore(text, b))) continue;
    if (quoted && innerNickname(text, ms[k - 1], b, ms[k + 1])) {
      out.push([k, k + 1]);
      continue;
    }
    for (let j = k - 1; j >= 0; j--) {
      const a = ms[j];
      if (a.sentenceIndex !== b.sentenceIndex || b.start - a.end > NICKNAME_REACH) break;
      if (isPersonKind(a.kind) !== isPersonKind(b.kind) || text.charCodeAt(a.end) !== 44) continue;
      if ((quoted ? NICKNAME_LEAD : ALIAS_LEAD).test(text.slice(a.end, b.start))) out.push([j, k]);
      break;
    }
  }
  return out;
}

/**
 * Two full person names that are one only once a hard c reads k in BOTH the given name and the
 * surname ("Karla Kosta" / "Carla Costa"): where both spellings exist (Latin-script languages),
 * two words spelt apart are two people. One word spelt c / k ("Ibrahima Conde" / "Ibrahima
 * Konde") still joins.
 *
 * @example hardCBoth(formOf("Karla Kosta"), formOf("Carla Costa")) // true
 */
function hardCBoth(fa: Form, fb: Form): boolean {
  const p = fa.person;
  const q = fb.person;
  if (!p || !q || p.given === undefined || q.given === undefined) return false;
  return hardCOnly(p.given, q.given) && hardCOnly(p.surname!, q.surname!);
}

/**
 * Two full names of one given name and surname that a generational suffix tells apart: "Roberto
 * Salcedo Jr." is never "Roberto Salcedo Sr." nor the plain "Roberto Salcedo" (the father, as
 * often as the son).
 *
 * @example suffixClash(formOf("Roberto Salcedo Jr."), formOf("Roberto Salcedo")) // true
 */
function suffixClash(fa: Form, fb: Form): boolean {
  const p = fa.person;
  const q = fb.person;
  return !!p && !!q && p.shape === "full" && q.shape === "full" && p.suffix !== q.suffix;
}

/**
 * A full name's middle name, as a map from "<given>|<surname key>" to the middle words' keys
 * ("Peter Odhiambo Otieno" → "peter|otieno" → "odhiambo"), or null: no middle name, not a full
 * name, or a name written from Arabic (its middle words are the father's, spelled loosely).
 *
 * @example middleNameOf(formOf("Peter Odhiambo Otieno")) // Map {"peter|otieno" => "odhiambo"}
 */
function middleNameOf(f: Form): Map<string, string> | null {
  const p = f.person;
  if (!p || p.shape !== "full" || p.arabic || p.given === undefined || f.name.indexOf(" ") === f.name.lastIndexOf(" ")) return null;
  const words = foldKey(f.name).split(/[\s-]+/);
  const end = words.length - p.surname!.split(" ").length - (p.suffix !== undefined ? 1 : 0);
  if (end < 2 || words[0] !== p.given) return null;
  return new Map([[p.given + "|" + p.surnameKey, words.slice(1, end).map(personKey).join(" ")]]);
}

/**
 * Two middle names of one given name and surname are one person's when they are the same key,
 * one is the other's initial ("O" / "Odhiambo"), or one letter apart: "Peter Odhiambo Otieno" and
 * "Peter Ochieng Otieno" are two men (cousins named in one story), "Peter Otieno" may be either.
 */
function middlesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  // "William Samoei Ruto" / "William Kipchirchir Samoei Ruto": one list of middle names holds the other.
  if (a.indexOf(" ") >= 0 || b.indexOf(" ") >= 0) return subsequence(a.split(" "), b.split(" ")) || subsequence(b.split(" "), a.split(" "));
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return true;
  return Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
}

/** Every word of `short` stands in `long` in the same order. */
function subsequence(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/** Two components hold full names of one given name and surname with middle names that disagree. */
function middlesClash(a: Map<string, string> | null, b: Map<string, string> | null): boolean {
  if (a === null || b === null) return false;
  for (const [k, m] of a) {
    const n = b.get(k);
    if (n !== undefined && !middlesAgree(m, n)) return true;
  }
  return false;
}

/** A component's middle names after a join (the first one seen per given name and surname stays). */
function unionMiddles(a: Map<string, string> | null, b: Map<string, string> | null): Map<string, string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const out = new Map(a);
  for (const [k, m] of b) if (!out.has(k)) out.set(k, m);
  return out;
}

/** The given-name class of a woman (a listed feminine given name) named in full with this surname key among an article's forms, or null. */
function womanNamedWith(fs: readonly Form[], surnameKey: string): string | null {
  for (let k = 0; k < fs.length; k++) {
    const p = fs[k].person;
    if (p !== null && p.shape === "full" && p.surnameKey === surnameKey && feminineGiven(p.first)) return p.first;
  }
  return null;
}

/**
 * Whether an article's forms include form `j` (an article writes the form).
 *
 * @example writesForm(mentionForms[0], 3)
 */
function writesForm(fs: Form[], j: number): boolean {
  for (let k = 0; k < fs.length; k++) if (fs[k].index === j) return true;
  return false;
}

/**
 * Whether some article writing form `j` also names a person of given-name class `first` with
 * surname key `a` or `b` (the woman of "Belova's father, Pavel", in either form of her surname),
 * or is article `xi` itself: "Pavel Belov" of another story is her father only when that story
 * names her too (review 22, F21: a hockey player "Ivan Petrov" took "Petrova's son, Ivan").
 */
function kinStoryOf(j: number, xi: number, first: string, a: string, b: string, mentionForms: Form[][]): boolean {
  for (let x = 0; x < mentionForms.length; x++) {
    const fs = mentionForms[x];
    if (!writesForm(fs, j)) continue;
    if (x === xi) return true;
    for (let k = 0; k < fs.length; k++) {
      const p = fs[k].person;
      if (p !== null && p.shape === "full" && p.first === first && (p.surnameKey === a || p.surnameKey === b)) return true;
    }
  }
  return false;
}

/**
 * Full names of women with given-name class `first` whose surname is the feminine of the man's surname `owner`
 * (folded: "kharitonov" → "Larisa Kharitonova"; translit.ts sameFamilyName), or null when none.
 */
function feminineKin(forms: Form[], fullByGiven: Map<string, number[]>, first: string, owner: string): number[] | null {
  const list = fullByGiven.get(first);
  if (!list) return null;
  const out = list.filter((j) => {
    const sn = forms[j].person!.surname!;
    return sn.indexOf(" ") < 0 && surnameGender(sn) === "f" && surnameGender(owner) === "m" && sameFamilyName(sn, owner);
  });
  return out.length > 0 ? out : null;
}

/**
 * Given-name classes of the men article `fs` names in full with surname key `key` ("Alexei Sokolov" → "alexei"
 * class), empty when it names none (only "Mr Sokolov").
 */
function menNamedWith(fs: readonly Form[], key: string): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < fs.length; k++) {
    const p = fs[k].person;
    if (p !== null && p.shape === "full" && p.surnameKey === key && p.first !== null && !feminineGiven(p.first)) out.add(p.first);
  }
  return out;
}

/**
 * Whether article `xi` writes full form `j` itself, or some article writing form `j` also names in full the same
 * man (given-name class and surname key `owner`) that article `xi` names in full: "Larisa Kharitonova" of a story
 * about "Yevgeny Kharitonov" is the mother in "Kharitonov's mother, Larisa" only when that article names Yevgeny
 * Kharitonov too (review 23, F1: a chess player's brother "Ivan Sokolov" is not the miner "Alexei Sokolov"; an
 * article naming only "Mr Sokolov" does not say which Sokolov he is).
 */
function manNamedIn(j: number, xi: number, owner: string, mentionForms: Form[][]): boolean {
  const key = personKey(owner);
  const men = menNamedWith(mentionForms[xi], key);
  for (let x = 0; x < mentionForms.length; x++) {
    const fs = mentionForms[x];
    if (!writesForm(fs, j)) continue;
    if (x === xi) return true;
    if (men.size === 0) continue;
    for (const first of menNamedWith(fs, key)) if (men.has(first)) return true;
  }
  return false;
}

/**
 * Whether lone form `i` appears only in articles `allowed` (those with the possessive before it) or in articles
 * writing one of the full forms `named`: the join is of the corpus-wide form, so a refugee "Irina, 34" of an
 * unrelated story would be carried along with the miner's mother "Irina" (review 23, F1).
 */
function onlyInKinArticles(i: number, allowed: ReadonlySet<number>, named: ReadonlySet<number>, mentionForms: Form[][]): boolean {
  for (let x = 0; x < mentionForms.length; x++) {
    if (allowed.has(x)) continue;
    const fs = mentionForms[x];
    let hasI = false;
    let hasNamed = false;
    for (let k = 0; k < fs.length; k++) {
      if (fs[k].index === i) hasI = true;
      else if (named.has(fs[k].index)) hasNamed = true;
    }
    if (hasI && !hasNamed) return false;
  }
  return true;
}

/** Given-name class of a one-word person form ("Noor" → "~nur"), or null for any other form. */
function loneGivenName(f: Form): string | null {
  const p = f.person;
  if (!p || f.gaz !== null || p.shape === "full") return null;
  if (p.shape === "first") return p.first;
  return p.surname && p.surname.indexOf(" ") < 0 ? firstNameClass(p.surname) : null;
}

/**
 * A one-word name left alone ("Noor" in "her brother, Noor") joins the one full name, anywhere in
 * the corpus, made of that given name and the surname of a person its own article names in full:
 * a story about "Leila Haddad" calls her brother "Noor", another outlet writes "Noor Haddad".
 * Relatives share a surname; stage 04 already settles a given name whose full name is in its own
 * article. Only names whose component holds no full name yet, and only a single candidate: two
 * "Noor Haddad"-like people (or two fitting surnames) leave the name alone.
 *
 * @example joinGivenNamesToKin(forms, extractions, mentionForms, find, join) // "Noor" (beside "Leila Haddad") → "Noor Haddad"
 */
function joinGivenNamesToKin(forms: Form[], extractions: ArticleExtraction[], mentionForms: Form[][], find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean): void {
  const fullBy = new Map<string, number[]>();
  const givenClasses = new Set<string>();
  const rootHasFull = new Set<number>();
  forms.forEach((f, i) => {
    const p = f.person;
    if (!p || p.shape !== "full" || !p.surnameKey || p.first === null) return;
    push(fullBy, p.first + "\u0000" + p.surnameKey, i);
    givenClasses.add(p.first);
    rootHasFull.add(find(i));
  });
  if (fullBy.size === 0) return;
  // Per form, decided once: 1 = a lone name some full name starts with, 2 = not (0: not yet asked).
  const state = new Int8Array(forms.length);
  const given = new Array<string>(forms.length).fill("");
  // A short form a man and a woman share ("Sasha") may also be the woman's name ("Sasha Orlova").
  const feminine = new Array<string | null>(forms.length).fill(null);
  const isLone = (f: Form): boolean => {
    if (state[f.index] === 0) {
      const g = loneGivenName(f);
      if (g !== null) given[f.index] = g;
      const alt = g !== null && f.name.indexOf(" ") < 0 ? sharedShortFormFeminine(foldKey(f.name)) : null;
      feminine[f.index] = alt;
      const known = g !== null && (givenClasses.has(g) || (alt !== null && givenClasses.has(alt)));
      state[f.index] = known && !rootHasFull.has(find(f.index)) ? 1 : 2;
    }
    return state[f.index] === 1;
  };
  // The full names of lone form `i`'s given name (or, for "Sasha", its feminine class) and a surname key.
  const fullsNamed = (i: number, surname: string): number[] | undefined =>
    fullBy.get(given[i] + "\u0000" + surname) ?? (feminine[i] !== null ? fullBy.get(feminine[i] + "\u0000" + surname) : undefined);
  // Lone form → the full forms that fit it, over every article it appears in. A name recurs in
  // its article: `seen` (article number + 1 per form) keeps each form once per article.
  const fits = new Map<number, Set<number>>();
  const seen = new Int32Array(forms.length);
  const surnames: string[] = [];
  const lone: number[] = [];
  mentionForms.forEach((fs, xi) => {
    surnames.length = 0;
    lone.length = 0;
    // An index loop, not for-of: it runs once per mention of the corpus, in a stage that runs once
    // per corpus, so mostly unoptimised, where for-of made an iterator result per mention.
    for (let k = 0; k < fs.length; k++) {
      const f = fs[k];
      const p = f.person;
      if (p === null || seen[f.index] === xi + 1) continue;
      seen[f.index] = xi + 1;
      if (p.shape === "full") {
        if (p.surnameKey) surnames.push(p.surnameKey);
      } else if (isLone(f)) lone.push(f.index);
    }
    if (surnames.length === 0 || lone.length === 0) return;
    for (const i of lone) {
      for (const s of surnames) {
        const list = fullsNamed(i, s);
        if (!list) continue;
        let set = fits.get(i);
        if (!set) fits.set(i, (set = new Set()));
        for (const j of list) set.add(j);
      }
    }
  });
  // "Ferreira's daughter, Ana": the relative's surname is written before the name, which settles
  // a name two full names of the article share ("Ana Ferreira" beside a judge "Ana Souza").
  const kin = new Map<number, Set<number>>();
  const kinMasculine = new Map<number, Set<number>>();
  const kinFeminine = new Map<number, Set<number>>();
  const kinFeminineArticles = new Map<number, Set<number>>();
  // Full names by given-name class alone, for the feminine reading of a man's surname.
  const fullByGiven = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const p = f.person;
    if (p && p.shape === "full" && p.surname && p.first !== null && feminineGiven(p.first)) push(fullByGiven, p.first, i);
  });
  extractions.forEach((x, xi) => {
    const ms = x.mentions;
    for (let k = 0; k < ms.length; k++) {
      const f = mentionForms[xi][k];
      if (f.person === null || f.person.shape === "full") continue;
      const owner = kinOwnerBefore(x.article.text, ms[k].start);
      if (owner === null || !isLone(f)) continue;
      const key = personKey(owner);
      const list = fullsNamed(f.index, key);
      if (list) {
        let set = kin.get(f.index);
        if (!set) kin.set(f.index, (set = new Set()));
        for (const j of list) set.add(j);
        continue;
      }
      // "Ms Sokolova's father, Pavel": the surname in the feminine of a woman the article names in
      // full ("Irina Sokolova"); his full name ("Pavel Sokolov", maybe in another outlet's story)
      // has it in the masculine.
      const woman = womanNamedWith(mentionForms[xi], key);
      if (woman === null) {
        // "Kharitonov's mother, Larisa": a woman's given name after a man's Slavic surname; her full name
        // ("Larisa Kharitonova") has it in the feminine (round 23).
        const fem = feminineGiven(given[f.index]) ? feminineKin(forms, fullByGiven, given[f.index], owner) : null;
        if (fem === null) continue;
        let arts = kinFeminineArticles.get(f.index);
        if (!arts) kinFeminineArticles.set(f.index, (arts = new Set()));
        arts.add(xi);
        let set = kinFeminine.get(f.index);
        for (const j of fem) {
          if (!manNamedIn(j, xi, owner, mentionForms)) continue;
          if (!set) kinFeminine.set(f.index, (set = new Set()));
          set.add(j);
        }
        continue;
      }
      const masculine = masculineSurname(foldKey(owner));
      const masculineKey = masculine === null ? null : personKey(masculine);
      const listM = masculineKey === null ? undefined : fullBy.get(given[f.index] + "\u0000" + masculineKey);
      if (!listM) continue;
      let set = kinMasculine.get(f.index);
      for (const j of listM) {
        if (!kinStoryOf(j, xi, woman, key, masculineKey!, mentionForms)) continue;
        if (!set) kinMasculine.set(f.index, (set = new Set()));
        set.add(j);
      }
    }
  });
  // Only the possessive says the two are kin across the feminine and masculine forms (a given name
  // merely beside "Olga Petrova" does not reach "Noor Petrov"): joined with one candidate only.
  for (const [i, named] of [...kinMasculine].sort((a, b) => a[0] - b[0])) {
    if (fits.has(i) || kin.has(i)) continue;
    if (new Set([...named].map(find)).size === 1) join(Math.min(...named), i, "given name alone after a relative's possessive, surname in the masculine");
  }
  for (const [i, named] of [...kinFeminine].sort((a, b) => a[0] - b[0])) {
    if (fits.has(i) || kin.has(i)) continue;
    if (!onlyInKinArticles(i, kinFeminineArticles.get(i)!, named, mentionForms)) continue;
    if (new Set([...named].map(find)).size === 1) join(Math.min(...named), i, "woman's given name alone after a man's possessive, surname in the feminine");
  }
  for (const [i, cands] of [...fits].sort((a, b) => a[0] - b[0])) {
    const named = kin.get(i);
    if (named && new Set([...named].map(find)).size === 1) {
      join(Math.min(...named), i, "given name alone after a relative's possessive");
      continue;
    }
    const roots = new Set([...cands].map(find));
    if (roots.size === 1) join(Math.min(...cands), i, "given name alone, a relative's surname in its article");
  }
}

const KIN: ReadonlySet<string> = new Set(KIN_NOUNS);
/** "<Owner>'s <kin noun>, " or "<Owner>'s <kin noun> " right before a name (the owner's word, the kin noun). */
const KIN_BEFORE = /(\p{Lu}[\p{L}-]+)['’]s (\p{Ll}+)(?:, ?| )$/u;

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The surname a possessive relative phrase gives the name at `start` ("Ferreira's daughter, Ana",
 * "Ferreira's daughter Ana" → "ferreira", folded), or null. Only the 40 characters before the name
 * are read, and only when a comma or a lowercase letter and a space stand right before it (most
 * names cost two char tests).
 *
 * @example kinOwnerBefore("Ferreira's daughter, Ana, said", 21) // "ferreira"
 */
export function kinOwnerBefore(text: string, start: number): string | null {
  const spaced = text.charCodeAt(start - 1) === 32;
  const c = spaced ? start - 2 : start - 1;
  if (c < 0) return null;
  const before = text.charCodeAt(c);
  if (before !== 44 && !(spaced && before >= 97 && before <= 122)) return null;
  // The kin noun must follow "'s " (or "’s "): read back over its letters first, so a name after a
  // plain word ("said Okafor") costs no slice and no regex. A non-ASCII letter leaves it to the regex.
  const end = before === 44 ? c : c + 1;
  let w = end;
  while (w > 0 && isAsciiLower(text.charCodeAt(w - 1))) w--;
  if (w === 0 || text.charCodeAt(w - 1) < 128) {
    const q = w >= 3 ? text.charCodeAt(w - 3) : 0;
    if (w === end || w < 3 || text.charCodeAt(w - 1) !== 32 || text.charCodeAt(w - 2) !== 115 || (q !== 39 && q !== 0x2019)) return null;
  }
  const m = KIN_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m && KIN.has(m[2]) ? foldKey(m[1]) : null;
}

/** Adds the pair of two different form indexes as "low,high" (a pair found twice is kept once). */
function addPair(pairs: Set<string>, a: number, b: number): void {
  if (a !== b) pairs.add(a < b ? `${a},${b}` : `${b},${a}`);
}

/**
 * Joins every pair of `pairs` in the order of their "low,high" strings, so the merge does not
 * depend on the order the articles were read in.
 *
 * @example joinPairs(new Set(["3,7"]), join, "acronym in parentheses") // join(3, 7, …)
 */
function joinPairs(pairs: Set<string>, join: (a: number, b: number, reason: string) => boolean, reason: string): void {
  for (const pair of [...pairs].sort()) {
    const [a, b] = pair.split(",").map(Number);
    join(a, b, reason);
  }
}

const ABD: ReadonlySet<string> = new Set(ABD_PREFIXES);

/**
 * The surname of a full name written from Arabic with "Abd al-" before it, joined and read through
 * arabicVowelKey (its "Abdel" / "Abdul" read alike, e / i and o / u alike, never a / i: "Salam"
 * is no "Salim"), or null: "Haroun Abdel Razak" and "Haroun Abdelrazak", "Haroun Abdul Razak" all
 * give "abdulrazak". Only a surname that is "Abd…" written together or an "Abd" word right before
 * the last word.
 *
 * @example abdSurnameKey(forms[i]) // "abdulrazak" for "Haroun Abdel Razak"
 */
function abdSurnameKey(f: Form): string | null {
  const p = f.person!;
  const key = p.surnameKey!;
  if (key.startsWith("abd") && key.length > 5) return arabicVowelKey(key);
  const words = nameWords(f.name);
  if (words.length < 3 || !ABD.has(words[words.length - 2]) || p.surname !== words[words.length - 1]) return null;
  return arabicVowelKey(personKey(words[words.length - 2] + words[words.length - 1]));
}

/**
 * Full names with one given name whose surname is "Abd al-" + a name, written together or apart
 * and with either vowel ("Haroun Abdelrazak" / "Haroun Abdel Razak" / "Haroun Abdul Razak"): the
 * "Abd" word before the last one is part of the surname, not a middle name, so the surnames
 * compare as one word. The given names must be of one class ("Haroun" / "Moussa Abdel Razak" stay
 * apart) and every name of the group has such a surname.
 *
 * @example joinSpacedAbd(people, forms, join) // "Haroun Abdel Razak" + "Haroun Abdelrazak"
 */
function joinSpacedAbd(people: number[], forms: Form[], join: (a: number, b: number, reason: string) => boolean): void {
  const groups = new Map<string, number[]>();
  for (const i of people) {
    const p = forms[i].person!;
    // Cheap gate: an "abd" somewhere in the name.
    if (p.shape !== "full" || p.first === null || forms[i].name.toLowerCase().indexOf("abd") < 0) continue;
    const k = abdSurnameKey(forms[i]);
    if (k !== null) push(groups, p.first + "|" + k, i);
  }
  for (const [, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (let k = 1; k < list.length; k++) join(list[0], list[k], "Arabic 'Abd' written apart or joined");
  }
}

/** Letters of a given-name key from a PersonName.first ("~abdelrahman" → "abdelrahman"). */
function givenKey(first: string): string {
  return first.charCodeAt(0) === 126 ? first.slice(1) : personKey(first);
}

/**
 * Full names written from Arabic (see PersonName.arabic) whose given name and surname agree once
 * e reads i and o reads u join: "Hesham al-Rawi" / "Hisham al-Rawi", "Nadim al-Khateeb" / "Nadim
 * Khatib". A group joins only when one of its names is marked Arabic, so "Colleen Marsh" and
 * "Colin Marsh" stay apart; surname gender must agree ("Hakimova" is never "Hakimov").
 *
 * @example joinArabicVowels(people, forms, articlesOf, genderOk, join) // "Tareq Bazzi" + "Tarik al-Bazzi"
 */
function joinArabicVowels(people: number[], forms: Form[], articlesOf: (i: number) => ReadonlySet<number>, genderOk: (i: number, j: number) => boolean, join: (a: number, b: number, reason: string) => boolean): void {
  const groups = new Map<string, number[]>();
  let anyArabic = false;
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape !== "full" || p.first === null) continue;
    anyArabic ||= p.arabic;
    push(groups, arabicVowelKey(givenKey(p.first)) + "|" + arabicVowelKey(p.surnameKey!), i);
  }
  if (!anyArabic) return;
  const sorted = [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [, list] of sorted) {
    if (list.length < 2) continue;
    const anchor = list.find((i) => forms[i].person!.arabic);
    if (anchor === undefined) continue;
    for (const j of list) if (j !== anchor && genderOk(anchor, j)) join(anchor, j, "Arabic vowel written e / i or o / u");
  }
  joinArabicOpenVowels(sorted.map(([, list]) => list), forms, articlesOf, genderOk, join);
}

/**
 * Round 34: full names written from Arabic whose given name and surname agree once ج reads alike as "j" or "g" and a
 * given name's first "dh" / "z" / "d" reads alike (translit.ts arabicConsonantKey): "Youssef Rajji" / "Youssef
 * Raggi", "Zafer al-Hakim" / "Dhafer al-Hakim". Only names marked Arabic (person-name.ts arabicName) take part; a
 * block joins only when it holds exactly two spellings (by the key joinArabicVowels groups on), every pair's gender
 * agrees, and no article writes both (two spellings side by side are two people). A cheap gate first: a "g" or "j" in the name, or a given name opening
 * with "z" or "d".
 *
 * @example joinArabicConsonants(people, forms, articlesOf, genderOk, join) // "Youssef Rajji" + "Youssef Raggi"
 */
function joinArabicConsonants(people: number[], forms: Form[], articlesOf: (i: number) => ReadonlySet<number>, genderOk: (i: number, j: number) => boolean, join: (a: number, b: number, reason: string) => boolean): void {
  let blocks: Map<string, Map<string, number[]>> | null = null;
  for (const i of people) {
    const p = forms[i].person!;
    if (!p.arabic || p.shape !== "full" || p.first === null || p.given === undefined || p.surname === null) continue;
    const g = p.given;
    const s = p.surname;
    if (g.indexOf("g") < 0 && s.indexOf("g") < 0 && g.indexOf("j") < 0 && s.indexOf("j") < 0 && g.charCodeAt(0) !== 122 && g.charCodeAt(0) !== 100) continue;
    const block = arabicConsonantKey(g, true) + "|" + arabicConsonantKey(s.replace(/^(al|el|al-|el-)(?=[a-z])/, ""), false);
    const spelling = arabicVowelKey(givenKey(p.first)) + "|" + arabicVowelKey(p.surnameKey!);
    blocks ??= new Map();
    let spellings = blocks.get(block);
    if (spellings === undefined) blocks.set(block, (spellings = new Map()));
    push(spellings, spelling, i);
  }
  if (blocks === null) return;
  for (const [, spellings] of [...blocks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (spellings.size !== 2) continue;
    const [xs, ys] = [...spellings.values()];
    if (!xs.every((i) => ys.every((j) => genderOk(i, j)))) continue;
    if (xs.some((i) => ys.some((j) => shareArticle(articlesOf(i), articlesOf(j))))) continue;
    join(xs[0], ys[0], "Arabic consonant written j / g or dh / z / d");
  }
}

/**
 * A lineage name's mention text without the honorifics that open it ("Emir Sheikh Tariq bin Nasser
 * al-Hadi" → "Tariq bin Nasser al-Hadi"; model/titles.ts NAME_HONORIFICS, KEPT_HONORIFICS), or
 * null. Only before a given name and "bin" / "bint" / "ibn": "Sultan" is also a given name
 * ("Sultan Omar Haddad" is no "Omar Haddad"; "Sultan bin Fahad" is named Sultan).
 *
 * @example withoutHonorifics("Sheikh Tariq bin Nasser al-Hadi") // "Tariq bin Nasser al-Hadi"
 */
export function withoutHonorifics(text: string): string | null {
  // Most reference people's mentions hold no lineage particle: no split for them.
  if (text.indexOf(" bin") < 0 && text.indexOf(" ibn ") < 0) return null;
  const words = text.split(" ");
  let at = 0;
  // An honorific right before "bin" is the given name itself ("Sheikh Sultan bin Fahad").
  while (at + 2 < words.length && HONORIFIC_WORDS.has(words[at].toLowerCase()) && !LINEAGE_WORDS.has(words[at + 1].toLowerCase())) at++;
  return at > 0 && LINEAGE_WORDS.has(words[at + 1].toLowerCase()) ? words.slice(at).join(" ") : null;
}

/** Given name and surname keys of a full name ("~karim" / "elmeligi" → "karim", "elmeligi"). */
function nameKeys(p: PersonName): [string, string] {
  return [givenKey(p.first!), p.surnameKey!];
}

/**
 * Two spellings whose given names agree as written under arabicVowelKey (e / i, o / u: "Karim" /
 * "Kareem", never a name class that hides an e / a such as "Ahmed" / "Ahmad") and whose surnames
 * agree under arabicOpenVowelKey (e read a) but not arabicVowelKey: "Karim el-Meligy" / "Kareem
 * al-Maligy". An e / a in the given name ("Samer" / "Samar": a man and a woman) or in both words
 * ("Ahmed Hamad" / "Ahmad Hamed") is too loose to call one person.
 */
function openVowelPair(a: PersonName, b: PersonName): boolean {
  if (a.given === undefined || b.given === undefined) return false;
  if (arabicVowelKey(personKey(a.given)) !== arabicVowelKey(personKey(b.given))) return false;
  const sa = a.surnameKey!;
  const sb = b.surnameKey!;
  return arabicVowelKey(sa) !== arabicVowelKey(sb) && arabicOpenVowelKey(sa) === arabicOpenVowelKey(sb);
}

/**
 * Egyptian and Levantine "e" for a short "a" in the surname of an Arabic name ("Karim el-Meligy" /
 * "Kareem al-Maligy"): the spellings groups of joinArabicVowels (one per e / i key) that share an
 * arabicLooseKey block join when the block holds exactly two of them, one marked Arabic, they pass
 * openVowelPair, every spelling of one against every one of the other, and no article writes
 * both (two spellings side by side, "Mahmoud Abbas met Mahmud Abbes", are two people).
 * "Hamed" / "Hamad" / "Hamid" may be three people: left alone.
 *
 * @example joinArabicOpenVowels(groups, forms, articlesOf, genderOk, join) // "Karim el-Meligy" + "Kareem al-Maligy"
 */
function joinArabicOpenVowels(groups: number[][], forms: Form[], articlesOf: (i: number) => ReadonlySet<number>, genderOk: (i: number, j: number) => boolean, join: (a: number, b: number, reason: string) => boolean): void {
  const blocks = new Map<string, number[][]>();
  for (const list of groups) {
    const [given, surname] = nameKeys(forms[list[0]].person!);
    pushItem(blocks, arabicLooseKey(given) + "|" + arabicLooseKey(surname), list);
  }
  for (const [, pair] of [...blocks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (pair.length !== 2) continue;
    const [xs, ys] = pair;
    const [x, y] = pair.map((list) => list.find((i) => forms[i].person!.arabic) ?? list[0]);
    if (!forms[x].person!.arabic && !forms[y].person!.arabic) continue;
    // Every spelling of one side against every one of the other: "Hamed" may stand beside "Hamid"
    // (e / i), which is no "Hamad".
    const fit = xs.every((i) => ys.every((j) => genderOk(i, j) && openVowelPair(forms[i].person!, forms[j].person!)));
    if (!fit) continue;
    const seen = new Set<number>();
    for (const i of xs) for (const a of articlesOf(i)) seen.add(a);
    if (ys.some((j) => [...articlesOf(j)].some((a) => seen.has(a)))) continue;
    join(x, y, "Arabic vowel written e / a");
  }
}

/**
 * A woman named with a feminine surname ("Varvara Sokolova", "Daria Zaretskaya") joins the full
 * name with the same feminine given name and that surname in the masculine ("Varvara Sokolov",
 * "Daria Zaretski"; h / g and j / zh spellings too, see sameFamilyName). Only when one such
 * masculine-surname form fits: two would leave both alone.
 *
 * @example joinWomenAcrossEndings(people, forms, gender, join) // "Varvara Sokolova" + "Varvara Sokolov"
 */
function joinWomenAcrossEndings(people: number[], forms: Form[], gender: ("f" | "m" | null)[], join: (a: number, b: number, reason: string) => boolean): void {
  const mascByFirst = new Map<string, number[]>();
  const women: number[] = [];
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape !== "full" || !feminineGiven(p.first)) continue;
    if (gender[i] === "m") push(mascByFirst, p.first!, i);
    else if (gender[i] === "f") women.push(i);
  }
  if (mascByFirst.size === 0) return;
  for (const i of women) {
    const p = forms[i].person!;
    const fits = (mascByFirst.get(p.first!) ?? []).filter((j) => sameFamilyName(lastWord(p.surname!), lastWord(forms[j].person!.surname!)));
    if (fits.length === 1) join(i, fits[0], "one woman, surname in the feminine and the masculine");
  }
}

/**
 * Full names whose surnames agree once French "tch" before i reads "t" (see tchKey) and whose
 * given names are the same or long names one medial vowel apart (see droppedVowel) join:
 * "Abdelrahaman Tchiroma" / "Abdelrahman Tiroma". A surname spelt "tch" against "t" needs a given
 * name of at least six letters (a short one is too common to carry a loose surname); the medial
 * vowel needs LONG_GIVEN_MIN_LETTERS, so "Antonia" / "Antonio" and "Amina" / "Amna" stay apart.
 * Linear: one index, and each long given name looked up once per medial vowel.
 *
 * @example joinFrenchAfricanSpellings(people, forms, join) // "Abdelrahaman Tchiroma" + "Abdelrahman Tiroma"
 */
function joinFrenchAfricanSpellings(people: number[], forms: Form[], join: (a: number, b: number, reason: string) => boolean): void {
  // given key | surname key with "tch" before i read "t" → forms, and each form's own key.
  const index = new Map<string, number[]>();
  const keyOf = new Map<number, [string, string]>();
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape !== "full" || p.first === null) continue;
    const given = givenKey(p.first);
    const surname = tchKey(p.surname!);
    keyOf.set(i, [given, surname]);
    push(index, given + "|" + surname, i);
  }
  const joinIfSafe = (i: number, j: number, given: string, reason: string) => {
    const sameSurname = forms[i].person!.surnameKey === forms[j].person!.surnameKey;
    if (sameSurname || given.length >= 6) join(i, j, sameSurname ? reason : "French tch / t in the surname");
  };
  for (const [key, list] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const given = key.slice(0, key.indexOf("|"));
    for (let k = 1; k < list.length; k++) joinIfSafe(list[0], list[k], given, "same given name");
  }
  // Long given names: each medial vowel dropped in turn, looked up among the other forms.
  for (const [i, [given, surname]] of keyOf) {
    if (given.length < LONG_GIVEN_MIN_LETTERS + 1) continue;
    for (let c = 1; c + 1 < given.length; c++) {
      const shorter = given.slice(0, c) + given.slice(c + 1);
      if (!droppedVowel(given, shorter)) continue;
      for (const j of index.get(shorter + "|" + surname) ?? []) joinIfSafe(i, j, shorter, "long given name, one vowel dropped");
    }
  }
}

/** "bin", "bint", "ibn" (model/titles.ts): the word after one is the father's name ("Hamdan bin Rashid"). */
const LINEAGE_WORDS: ReadonlySet<string> = new Set(NAME_LINEAGE_PARTICLES);
/** The same words with the space after them: a cheap substring gate before a name is split. */
const LINEAGE_GATES: readonly string[] = NAME_LINEAGE_PARTICLES.map((w) => w + " ");

/**
 * Key of an Arabic full name up to its father's name ("Hamdan bin Rashid Al Maktoum" →
 * "hamdan bin rashid", each word's transliteration key, e / i and o / u alike), and whether the
 * name ends there; null when the name has no "bin" / "bint" / "ibn" after its first word.
 */
function lineagePrefix(name: string): {key: string; cut: boolean} | null {
  const words = foldKey(name).split(/[\s-]+/);
  for (let b = 1; b + 1 < words.length; b++) {
    if (!LINEAGE_WORDS.has(words[b])) continue;
    let key = "";
    for (let k = 0; k <= b + 1; k++) key += (k ? " " : "") + arabicVowelKey(personKey(words[k]));
    return {key, cut: words.length === b + 2};
  }
  return null;
}

/**
 * A name cut after the father's name ("Hamdan bin Rashid") joins the one longer name that goes
 * on with more lineage or the family ("Hamdan bin Rashid Al Maktoum"): Gulf outlets write a ruler
 * either way. Only one longer name's component may fit: "Faisal bin Khalid Al Saud" and "Faisal
 * bin Khalid Al Thani" are cousins at most, and their short form stays alone. Longer names are
 * never joined to each other here.
 *
 * @example joinLineagePrefixes(people, forms, find, join) // "Hamdan bin Rashid" + "Hamdan bin Rashid Al Maktoum"
 */
function joinLineagePrefixes(people: number[], forms: Form[], find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean): void {
  const longBy = new Map<string, number[]>();
  const cut: [number, string][] = [];
  for (const i of people) {
    const f = forms[i];
    if (!f.person!.arabic || f.person!.shape !== "full") continue;
    const lower = f.name.toLowerCase();
    if (!LINEAGE_GATES.some((w) => lower.indexOf(w) >= 0)) continue;
    const lp = lineagePrefix(f.name);
    if (lp === null) continue;
    if (lp.cut) cut.push([i, lp.key]);
    else push(longBy, lp.key, i);
  }
  for (const [i, key] of cut) {
    const longs = longBy.get(key);
    if (longs && new Set(longs.map(find)).size === 1) join(longs[0], i, "Arabic name cut after the father's name");
  }
}

/**
 * The given name a patronymic is made from ("vladimirovich" → "vladimir", "sergeyevna" →
 * "sergey", "nikolaevich" → "nikolai"), when the rest is a listed given name; else null. "Rabinovich" or
 * "Shostakovich", surnames, are made from no given name.
 */
function patronymicOf(word: string): string | null {
  for (const end of PATRONYMIC_ENDINGS) {
    if (!word.endsWith(end) || word.length < end.length + 3) continue;
    const stem = word.slice(0, -end.length);
    for (const s of [stem, stem + "y", stem + "i"]) if (FIRST.has(s) || listedNameClass(s) !== null) return s;
  }
  return null;
}

/**
 * A given name and a patronymic ("Vladimir Vladimirovich", "Anna Sergeyevna"), the Russian form of
 * address, join the one full name of that given name with a real surname named in the same
 * article ("Vladimir Putin"): a patronymic is no surname. Not when the patronymic-like word also
 * stands alone somewhere in the corpus ("Abramovich said"), which makes it a surname, nor when
 * two people of that given name are named in the article.
 *
 * @example joinPatronymics(people, forms, mentionForms, extractions, find, join) // "Vladimir Vladimirovich" + "Vladimir Putin"
 */
function joinPatronymics(people: number[], forms: Form[], mentionForms: Form[][], extractions: ArticleExtraction[], find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean): void {
  const patronymics: number[] = [];
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape !== "full" || p.surname === null || p.surname.indexOf(" ") >= 0 || forms[i].name.split(" ").length !== 2) continue;
    if (patronymicOf(p.surname) !== null) patronymics.push(i);
  }
  if (patronymics.length === 0) return;
  const aloneKeys = new Set<string>();
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape === "surname" && p.surnameKey) aloneKeys.add(p.surnameKey);
  }
  for (const i of patronymics) {
    const p = forms[i].person!;
    // Stage 04 may already have read "Abramovich said" as the full name's surname alone.
    if (aloneKeys.has(p.surnameKey!) || [...forms[i].surfaces].some((x) => x.indexOf(" ") < 0 && foldKey(x) === p.surname)) continue;
    const fits = new Set<number>();
    let articles = 0;
    let introduced = true;
    for (let xi = 0; xi < mentionForms.length && introduced; xi++) {
      const fs = mentionForms[xi];
      const at = fs.indexOf(forms[i]);
      if (at < 0) continue;
      articles++;
      const ms = extractions[xi].mentions;
      // The form of address follows the person's introduction ("Vladimir Putin … Vladimir
      // Vladimirovich"); a pair that is written first, with a title ("Judge Ivan Markovich"), or in
      // one sentence with the full name ("Lawyer Mark Davidovich met his client, Mark Levin") is
      // a given name and a surname ending in -ovich (review 22, F11).
      const own = new Set<number>();
      for (let k = 0; k < fs.length; k++) {
        if (fs[k] !== forms[i]) continue;
        if (ms[k].title !== null) introduced = false;
        own.add(ms[k].sentenceIndex);
      }
      for (let k = 0; k < fs.length; k++) {
        const f = fs[k];
        const q = f.person;
        if (q === null || f.index === i || q.shape !== "full" || q.first !== p.first || q.surname === null || patronymicOf(lastWord(q.surname)) !== null) continue;
        if (own.has(ms[k].sentenceIndex)) introduced = false;
        else if (k < at) fits.add(f.index);
      }
    }
    if (!introduced || articles === 0 || fits.size === 0) continue;
    if (new Set([...fits].map(find)).size === 1) join(Math.min(...fits), i, "given name and patronymic");
  }
}

/** Fewest words of the longer name for joinOpeningPair: "Ana Ruiz Tellez" may be Ana Ruiz's daughter. */
const OPENING_PAIR_MIN_WORDS = 4;

/**
 * A two-word full name joins the one name of OPENING_PAIR_MIN_WORDS words or more in the same
 * article that opens with both its words ("Kevin Lau" / "Kevin Lau Chi Wai", an English given
 * name before a Chinese name; "Maria Elena" / "Maria Elena Quispe Mamani"): an article that
 * names someone in full goes on with the first words of that name. Not with a generational suffix
 * on either, not for names written from Arabic ("Mohammed Ali" and "Mohammed Ali Abdel Rahman" are
 * as often two men), nor when two such longer names share the opening; and only where every
 * article of both writes the longer name first and never the two in one sentence ("Carlos Gomez
 * … His father, Carlos Gomez Ruiz Lopez" are two men: review 22, F12).
 *
 * @example joinOpeningPair(people, forms, mentionForms, extractions, find, join, articlesOf) // "Kevin Lau" + "Kevin Lau Chi Wai"
 */
function joinOpeningPair(people: number[], forms: Form[], mentionForms: Form[][], extractions: ArticleExtraction[], find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean, articlesOf: (i: number) => ReadonlySet<number>): void {
  const longBy = new Map<string, number[]>();
  const pairs: [number, string][] = [];
  for (const i of people) {
    const f = forms[i];
    const p = f.person!;
    if (p.shape !== "full" || p.suffix !== undefined || p.arabic || f.name.indexOf(" ") < 0) continue;
    const words = foldKey(f.name).split(/\s+/);
    if (words.length === 2) pairs.push([i, words.join(" ")]);
    else if (words.length >= OPENING_PAIR_MIN_WORDS) push(longBy, words[0] + " " + words[1], i);
  }
  if (longBy.size === 0) return;
  for (const [i, key] of pairs) {
    const longs = longBy.get(key)?.filter((j) => shareArticle(articlesOf(i), articlesOf(j)));
    if (!longs || longs.length === 0 || new Set(longs.map(find)).size !== 1) continue;
    if (!shortAfterLong(forms[longs[0]], forms[i], mentionForms, extractions)) continue;
    join(longs[0], i, "the first two words of a longer name in its article");
  }
}

/**
 * Whether every article that writes both forms writes `long` before `short` and never the two in
 * one sentence: an article goes on with a shorter form of a name it introduced, it does not
 * introduce someone by it and then name another in full ("Carlos Gomez resigned. His father,
 * Carlos Gomez Ruiz Lopez, …").
 */
function shortAfterLong(long: Form, short: Form, mentionForms: Form[][], extractions: ArticleExtraction[]): boolean {
  for (let xi = 0; xi < mentionForms.length; xi++) {
    const fs = mentionForms[xi];
    if (fs.indexOf(short) < 0 || fs.indexOf(long) < 0) continue;
    const {mentions: ms, sentences} = extractions[xi];
    // A headline or a photo caption names people by their shortest form before the body
    // introduces them: the order is the body's.
    let firstShort = -1;
    let firstLong = -1;
    const longSentences = new Set<number>();
    for (let k = 0; k < fs.length; k++) {
      const kind = sentences[ms[k].sentenceIndex]?.kind;
      if (kind !== undefined && kind !== "body") continue;
      if (fs[k] === long) {
        if (firstLong < 0) firstLong = k;
        longSentences.add(ms[k].sentenceIndex);
      } else if (fs[k] === short && firstShort < 0) firstShort = k;
    }
    if (firstShort >= 0 && firstLong > firstShort) return false;
    for (let k = 0; k < fs.length; k++) if (fs[k] === short && longSentences.has(ms[k].sentenceIndex)) return false;
  }
  return true;
}

/** Fewest words of the shorter name for joinLongerNames: "Ana Ruiz" may be any Ana Ruiz, "Ana Sofia Ruiz" is one woman. */
const LONGER_NAME_MIN_WORDS = 3;

/**
 * A full name of LONGER_NAME_MIN_WORDS words or more joins the one longer name that starts with
 * all its words ("Ana Sofia Ruiz" / "Ana Sofia Ruiz Tellez", diacritics folded): an outlet writes
 * a head of state's or a minister's official name with a family or clan name more. Only one
 * longer name may fit ("Ana Sofia Ruiz Tellez" and "Ana Sofia Ruiz Mora" leave "Ana Sofia Ruiz"
 * alone); a generational suffix on either ("Jr.") keeps father and son apart.
 *
 * @example joinLongerNames(people, forms, find, join) // "Ana Sofia Ruiz" + "Ana Sofia Ruiz Tellez"
 */
function joinLongerNames(people: number[], forms: Form[], find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean, articlesOf: (i: number) => ReadonlySet<number>): void {
  const longBy = new Map<string, number[]>();
  const names: [number, string][] = [];
  for (const i of people) {
    const f = forms[i];
    const p = f.person!;
    // Cheap gate: fewer than two spaces is fewer than three words.
    if (p.shape !== "full" || p.suffix !== undefined || p.arabic || f.name.indexOf(" ") === f.name.lastIndexOf(" ")) continue;
    const words = foldKey(f.name).split(/[\s-]+/);
    if (words.length < LONGER_NAME_MIN_WORDS) continue;
    names.push([i, words.join(" ")]);
    let prefix = words.slice(0, LONGER_NAME_MIN_WORDS - 1).join(" ");
    for (let n = LONGER_NAME_MIN_WORDS - 1; n < words.length - 1; n++) push(longBy, (prefix += " " + words[n]), i);
  }
  for (const [i, key] of names) {
    const longs = longBy.get(key);
    if (!longs || new Set(longs.map(find)).size !== 1 || !calledByLastWord(forms[longs[0]], key) || shareArticle(articlesOf(i), articlesOf(longs[0]))) continue;
    join(longs[0], i, "longer official name");
  }
}

/** Whether a folded word is a listed given name ("maria", "viktor"). */
function listedGiven(word: string): boolean {
  return FIRST.has(word) || listedNameClass(word) !== null;
}

/** A word's key with a Mongolian genitive patronymic ending taken off ("ukhnaagiin" → "ukhnaa"), else null. */
function genitiveStem(word: string): string | null {
  for (const end of GENITIVE_PATRONYMIC_ENDINGS) if (word.length >= end.length + 3 && word.endsWith(end)) return word.slice(0, -end.length);
  return null;
}

/**
 * Session 28: a two-word name written in both orders is one person: family name first in Mongolian, Hungarian,
 * Chinese or Japanese style and given name first in most English copy ("Batbold Tuvshintur" / "Tuvshintur
 * Batbold", "Orbán Viktor" / "Viktor Orbán"), and a Mongolian patronymic in the genitive before the given name
 * with the father's bare name after it ("Tsendiin Munkhbayar" / "Munkhbayar Tsend"; model
 * GENITIVE_PATRONYMIC_ENDINGS). Words are compared by their transliteration keys; only two-word full names, not
 * both of whose words are listed given names ("Maria Anton" / "Anton Maria"), only when exactly one name has
 * the reversed key (two would be a family of two people) and no article writes both. Genders must agree. Returns the
 * forms joined.
 *
 * @example joinReversedNames(people, forms, genderOk, join) // "Batbold Tuvshintur" + "Tuvshintur Batbold"
 */
function joinReversedNames(people: number[], forms: Form[], genderOk: (i: number, j: number) => boolean, join: (a: number, b: number, reason: string) => boolean, articlesOf: (i: number) => ReadonlySet<number>): Set<number> {
  const joined = new Set<number>();
  const byKey = new Map<string, number[]>();
  const pairs: [number, string, string, string][] = [];
  for (const i of people) {
    const f = forms[i];
    if (f.person!.shape !== "full" || f.name.indexOf(" ") < 0 || f.name.indexOf(" ") !== f.name.lastIndexOf(" ")) continue;
    const raw = foldKey(f.name).split(" ");
    const words = raw.map(personKey);
    if (words.length !== 2 || words[0].length < 3 || words[1].length < 3 || words[0] === words[1]) continue;
    // "Maria Anton" / "Anton Maria": both words given names, so which is whose is unknown (two people, most likely).
    if (listedGiven(raw[0]) && listedGiven(raw[1])) continue;
    push(byKey, words.join(" "), i);
    pairs.push([i, words[0], words[1], raw[0]]);
  }
  for (const [i, a, b, rawFirst] of pairs) {
    const reversed = [byKey.get(b + " " + a)];
    // "Tsendiin Munkhbayar": the genitive first word's stem after the given name ("Munkhbayar Tsend").
    const stem = genitiveStem(rawFirst);
    if (stem !== null) reversed.push(byKey.get(b + " " + personKey(stem)));
    for (const js of reversed) {
      // Two orders in one article are two people ("Musa Bello, the governor … Bello Musa, a trader"): an outlet keeps
      // one style (review 28 F10).
      if (js === undefined || js.length !== 1 || js[0] === i || !genderOk(i, js[0]) || shareArticle(articlesOf(i), articlesOf(js[0]))) continue;
      join(i, js[0], stem !== null && js !== reversed[0] ? "Mongolian genitive patronymic before the given name" : "the same two words in the other order");
      joined.add(i);
      joined.add(js[0]);
    }
  }
  return joined;
}

const ROYAL: ReadonlySet<string> = new Set(ROYAL_TITLES);
const COMMON_ROYAL: ReadonlySet<string> = new Set(COMMON_ROYAL_GIVEN_NAMES);

/** A one-word person's name written right after a royal title ("Sheikh Nawaf", "Prince Faisal"; model/titles.ts ROYAL_TITLES). */
function royalGivenMention(m: Mention): boolean {
  return m.kind === "person" && m.title !== null && m.name.indexOf(" ") < 0 && m.text === m.name && ROYAL.has(m.title.toLowerCase());
}

const RELIGIOUS: ReadonlySet<string> = new Set(RELIGIOUS_TITLES);

/**
 * Round 33: a one-word person mention written right after a religious title ("Fr Tom", "Sister Ann", "Bishop Kwame";
 * model/titles.ts RELIGIOUS_TITLES): "<title> <word>" is how the outlet writes that person, so it is one of the
 * surface forms of the actor the word joins (the article's "Father Tom Eze" when the merge joins them).
 *
 * @example religiousWordMention({kind: "person", title: "Fr", text: "Tom", name: "Tom", start: 3, …}, "Fr Tom spoke.") // true
 */
function religiousWordMention(m: Mention, text: string): boolean {
  if (m.kind !== "person" || m.title === null || m.text.indexOf(" ") >= 0) return false;
  const title = m.title.endsWith(".") ? m.title.slice(0, -1) : m.title;
  if (!RELIGIOUS.has(title.toLowerCase()) || title.indexOf(" ") >= 0) return false;
  // The title written right before the word ("Fr Tom"), not an office named further back.
  if (text.slice(Math.max(0, m.start - m.title.length - 1), m.start) !== m.title + " ") return false;
  return true;
}

/**
 * A royal title and a given name alone ("Sheikh Nawaf", a form of royalForms) join the one person of two
 * words or more whose surface forms begin with the same title and given name ("Sheikh Nawaf bin Saif
 * al-Harthy", "Prince Faisal bin Farhan" for "Prince Faisal"), diacritics and case folded. Two such
 * people ("Prince Faisal bin Farhan", "Prince Faisal bin Salman") leave it alone.
 *
 * @example joinRoyalGivenNames(royalForms, people, forms, find, join) // "Sheikh Nawaf" + "Sheikh Nawaf bin Saif al-Harthy"
 */
function joinRoyalGivenNames(royalForms: ReadonlySet<Form>, people: number[], forms: Form[], find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean, articlesOf: (i: number) => ReadonlySet<number>): Set<Form> {
  const joined = new Set<Form>();
  if (royalForms.size === 0) return joined;
  const wanted = new Map<string, Form>();
  for (const f of royalForms) for (const s of f.surfaces) if (s.indexOf(" ") > 0 && s.indexOf(" ") === s.lastIndexOf(" ") && ROYAL.has(s.slice(0, s.indexOf(" ")).toLowerCase())) wanted.set(foldKey(s) + " ", f);
  const found = new Map<Form, Set<number>>();
  for (const j of people) {
    const g = forms[j];
    if (g.name.indexOf(" ") < 0 || royalForms.has(g)) continue;
    for (const s of g.surfaces) {
      const space = s.indexOf(" ");
      const second = space < 0 ? -1 : s.indexOf(" ", space + 1);
      if (second < 0) continue;
      const f = wanted.get(foldKey(s.slice(0, second + 1)));
      if (f === undefined) continue;
      let set = found.get(f);
      if (!set) found.set(f, (set = new Set()));
      set.add(j);
    }
  }
  for (const f of royalForms) {
    let js = found.get(f);
    if (!js) continue;
    // "Sheikh Mohammed" in a Dubai story is no "Sheikh Mohammed bin Zayed" of another: a very common given name
    // joins only a full name of its own article (review 26 F13).
    if (COMMON_ROYAL.has(foldKey(f.name))) js = new Set([...js].filter((j) => shareArticle(articlesOf(f.index), articlesOf(j))));
    if (js.size === 0) continue;
    const roots = new Set([...js].map(find));
    if (roots.size === 1 && join([...js][0], f.index, "royal title and given name: the one full name with both")) joined.add(f);
  }
  return joined;
}

/** The folded first word of a reference name ("Khalid Nawaf" → "khalid"). */
function givenNameOf(name: string): string {
  const space = name.indexOf(" ");
  return foldKey(space < 0 ? name : name.slice(0, space));
}

/**
 * The longer name's own articles call the person by the shorter name's last word alone ("Quispe"
 * for "Maria Elena Quispe Mamani", as "Maria Elena Quispe" ends): the outlet's evidence that the
 * extra word is a second surname of the same person. A mother "Ana Sofia Ruiz" and a daughter
 * "Ana Sofia Ruiz Tellez", or two namesakes, are never so written.
 */
function calledByLastWord(long: Form, shortKey: string): boolean {
  const last = shortKey.slice(shortKey.lastIndexOf(" ") + 1);
  for (const s of long.surfaces) if (s.indexOf(" ") < 0 && foldKey(s) === last) return true;
  return false;
}

/** Two forms named in one article are two people the writer tells apart ("Ana Sofia Ruiz, 62, and her daughter Ana Sofia Ruiz Tellez"). */
function shareArticle(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Fewest letters of a given name, and of a surname, for joinGivenOU: short names collide too easily. */
const OU_MIN_LETTERS = 5;

/**
 * Full names of one surname key whose given names differ only by o for u ("Omaru Kamara" /
 * "Umaru Kamara", "Yunos Hataman" / "Haroun Hataman") join, whether or not the name reads as
 * Arabic: West African and Philippine outlets (and a caption beside its own story) write one
 * vowel either way. Both words need OU_MIN_LETTERS letters ("Jon Lee" / "Jun Lee" stay apart);
 * an e / i or a / e difference is no part of this rule ("Bruno" / "Bruna").
 *
 * @example joinGivenOU(people, forms, genderOk, join) // "Omaru Kamara" + "Umaru Kamara"
 */
function joinGivenOU(people: number[], forms: Form[], genderOk: (i: number, j: number) => boolean, join: (a: number, b: number, reason: string) => boolean): void {
  const groups = new Map<string, number[]>();
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape !== "full" || p.first === null || p.surnameKey!.length < OU_MIN_LETTERS) continue;
    const given = givenKey(p.first);
    if (given.length < OU_MIN_LETTERS || (given.indexOf("o") < 0 && given.indexOf("u") < 0)) continue;
    push(groups, given.replace(/o/g, "u") + "|" + p.surnameKey, i);
  }
  for (const [, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const first = givenKey(forms[list[0]].person!.first!);
    for (let k = 1; k < list.length; k++) {
      const other = givenKey(forms[list[k]].person!.first!);
      if (genderOk(list[0], list[k]) && !palatalOU(first, other) && ouAtEdges(first, other)) join(list[0], list[k], "given name written o / u");
    }
  }
}

/** Round 33: fewest letters of a given name whose opening "Zh" / "J" is read as one sound ("Zhanar" / "Janar"). */
const ZH_J_GIVEN_MIN_LETTERS = 5;

/**
 * Round 33: full names of one surname key whose given names agree once an opening "Zh" reads "J" join: Kazakh, Kyrgyz
 * and Russian outlets romanise the given name's opening Ж either way ("Zhanibek Omarov" / "Janibek Omarov", "Zhyldyz
 * Asanova" / "Jyldyz Asanova"). One of the two must open with "Zh"; the given names need ZH_J_GIVEN_MIN_LETTERS letters
 * and the sexes must agree, so "Zhan Li" / "Jan Li" stay apart; two forms of one article stay apart (mend 33).
 *
 * @example joinGivenZhJ(people, forms, genderOk, join) // "Zhanibek Omarov" + "Janibek Omarov"
 */
function joinGivenZhJ(people: number[], forms: Form[], genderOk: (i: number, j: number) => boolean, join: (a: number, b: number, reason: string) => boolean, articlesOf: (i: number) => ReadonlySet<number>): void {
  const groups = new Map<string, number[]>();
  let anyZh = false;
  for (const i of people) {
    const p = forms[i].person!;
    if (p.shape !== "full" || p.given === undefined) continue;
    const raw = p.given;
    if (raw.length < ZH_J_GIVEN_MIN_LETTERS || (raw.charCodeAt(0) !== 122 && raw.charCodeAt(0) !== 106)) continue;
    const zh = raw.startsWith("zh");
    anyZh ||= zh;
    push(groups, (zh ? personKey("j" + raw.slice(2)) : personKey(raw)) + "|" + p.surnameKey, i);
  }
  if (!anyZh) return;
  for (const [, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (list.length < 2) continue;
    const zhOf = (i: number) => forms[i].person!.given!.startsWith("zh");
    // Mend 33: one article writes one spelling, so a "Zh" and a "J" name in one article are two people ("Zhiwei Wang met
    // his cousin Jiwei Wang": pinyin zh and j are two sounds).
    for (let k = 1; k < list.length; k++) if (zhOf(list[0]) !== zhOf(list[k]) && genderOk(list[0], list[k]) && !shareArticle(articlesOf(list[0]), articlesOf(list[k]))) join(list[0], list[k], "given name written Zh / J");
  }
}

/**
 * Whether two given-name keys (of one length, alike once o reads u) differ only in the opening
 * vowel or the last syllable, where outlets spell one name both ways ("Omaru" / "Umaru", "Yunos" /
 * "Haroun"); o / u after the first consonant tells two names apart ("Robin" / "Rubin", "Soren" /
 * "Suren").
 *
 * @example ouAtEdges("umaru", "omaru") // true
 */
function ouAtEdges(a: string, b: string): boolean {
  for (let i = 1; i < a.length - 2; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two given-name keys (of one length, alike once o reads u) differ by o / u right after a
 * "y" or "h": Japanese "yo" / "yu", "ryo" / "ryu", "sho" / "shu" are other names ("Yoichi" /
 * "Yuichi", "Shota" / "Shuta"), not two spellings of one.
 *
 * @example palatalOU("ioichi", "iuichi") // true (keys of "Yoichi" / "Yuichi")
 */
function palatalOU(a: string, b: string): boolean {
  // The key writes y as i ("yoichi" → "ioichi"), so an "i" before the vowel is read as a "y".
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] && (a[i - 1] === "i" || a[i - 1] === "h")) return true;
  return false;
}

/**
 * A full name whose given name is an initial ("Yu. Petrenko", an official Russian statement's
 * style, or with the patronymic's: "Yu.V. Petrenko", "O.S. Petrenko") joins the one full name of the same surname key whose given name starts with it
 * ("Yuliya Petrenko": "yu" and "yuliya" read "iu…"). Two fitting people ("Yuliya" and "Yurii
 * Petrenko") leave it alone, as do two initials ("P." / "L. Raghunathan"), never compared here.
 *
 * @example joinInitials(people, forms, genderOk, find, join) // "Yu. Petrenko" + "Yuliya Petrenko"
 */
function joinInitials(people: number[], forms: Form[], genderOk: (i: number, j: number) => boolean, find: (i: number) => number, join: (a: number, b: number, reason: string) => boolean, kinBefore: ReadonlySet<number>): void {
  const initials: [number, string, string, boolean][] = [];
  const fullBySurname = new Map<string, number[]>();
  for (const i of people) {
    const f = forms[i];
    const p = f.person!;
    if (p.shape !== "full") continue;
    const word = f.name.slice(0, f.name.indexOf(" "));
    const first = leadingInitial(word);
    if (first !== null) initials.push([i, personKey(first), foldKey(first).replace(/[^a-z]/g, ""), first !== word]);
    else push(fullBySurname, p.surnameKey!, i);
  }
  for (const [i, letters, raw, pair] of initials) {
    if (!letters) continue;
    // "O.V. Seleznyov": a given name's and a patronymic's initials are a Russian official style,
    // weak evidence: only a Slavic surname, never after a kin noun ("his son, K.J. Dahl"), and
    // only beside a spelt-out name its own outlet prints ("J.P. Morgan" in another paper is a bank).
    if (pair && (kinBefore.has(i) || surnameGender(lastWord(forms[i].person!.surname!)) === null)) continue;
    const fits = (fullBySurname.get(forms[i].person!.surnameKey!) ?? []).filter((j) => {
      if (pair && !shareOutlet(forms[i], forms[j])) return false;
      const given = forms[j].name.slice(0, forms[j].name.indexOf(" "));
      // The letters as written count too: "Y." is Yegor's, whose key drops the y ("egor").
      return genderOk(i, j) && (personKey(given).startsWith(letters) || givenKey(forms[j].person!.first!).startsWith(letters) || (raw !== "" && foldKey(given).startsWith(raw)));
    });
    if (fits.length && new Set(fits.map(find)).size === 1) join(fits[0], i, "given name written as its initial");
  }
}

/** Two forms are printed by one outlet at least. */
function shareOutlet(a: Form, b: Form): boolean {
  for (const o of a.outlets) if (b.outlets.has(o)) return true;
  return false;
}

/** Fewest characters read before a name for a kin noun ("His son, "). */
const KIN_REACH = 24;

/**
 * Whether a kin noun stands right before the name starting at `start` ("His son, K.J. Dahl", "his
 * daughter O.V. Orlova"): the person is a relative of someone, not the one spelt out elsewhere.
 *
 * @example kinRightBefore("His son, K.J. Dahl, said", 9) // true
 */
export function kinRightBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - KIN_REACH), start).replace(/[\s,]+$/, "");
  const at = before.search(/\p{L}+$/u);
  return at >= 0 && KIN.has(before.slice(at).toLowerCase());
}

/** How far before a full name's first mention the title that introduces it may stand ("the Catholic Bishop of Goma, "). */
const OFFICE_TITLE_REACH = 60;

/**
 * The capitalised office title right before a bare surname ("Bishop" in "Bishop Kasa went"),
 * when the article introduced the full name `name` with that title just before it ("the Catholic
 * Bishop of Goma, Jean Kasa"), else null. A title the full name never had ("General
 * Okafor" beside a teacher "Ada Okafor") gives nothing: the surname may be another person's.
 * The full name may come before or after the surname alone.
 *
 * @example officeTitleBefore("The Bishop of Goma, Jean Kasa, spoke. Bishop Kasa left.", 46, "Jean Kasa") // "Bishop"
 */
function officeTitleBefore(text: string, start: number, name: string): string | null {
  let at = start - 1;
  while (at > 0 && isLetterUnit(text.charCodeAt(at - 1))) at--;
  // A word of fewer than two letters, or opening with an ASCII code that is no capital ("said Kasa"), is
  // no title: answered from the text before slicing the word (the regex decides the other letters).
  const first = text.charCodeAt(at);
  if (start - 1 - at < 2 || (first < 128 && (first < 65 || first > 90))) return null;
  const title = text.slice(at, start - 1);
  if (title.length < 2 || !/^\p{Lu}/u.test(title) || !HEADS.has(title.toLowerCase())) return null;
  if (at > 0 && !/[\s"“(]/.test(text[at - 1])) return null;
  // Any earlier occurrence of the full name with the title within reach, or a later one with the title right
  // before it: a live blog tells the latest first, so "with Governor Ruiz" may come above "Governor Ana Ruiz".
  // Round 34: a rank's short form and its full form are one title ("Sgt Okafor" after "Sergeant Tom Okafor").
  const forms = titleForms(title);
  const titled = new RegExp(`(?:^|[^\\p{L}])(?:${forms.join("|")})\\.?(?![\\p{L}])`, "u");
  // Round 33: or the office in lower case right before the full name ("the county's governor, Paul Otieno" … "Governor Otieno").
  const lower = title.toLowerCase();
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (at < start ? titled.test(text.slice(Math.max(0, at - OFFICE_TITLE_REACH), at)) || lowerOfficeRightBefore(text, at, lower) : at > start && forms.some((t) => text.startsWith(t + " ", at - t.length - 1) || text.startsWith(t + ". ", at - t.length - 2))) return title;
  }
  return null;
}

/**
 * Round 34: whether an article that writes the lone surname form `i` also writes one of the full names `full` with
 * an apposition saying that person is no relative of another (resolve.ts unrelatedApposed: "Ruth Mwale, 30, who is
 * not related to the chief"): the bare surname there is the other person's. Reads only the articles of the lone
 * form (`articles`, merge's articlesOf index).
 */
function unrelatedHolder(i: number, full: readonly number[], extractions: ArticleExtraction[], mentionForms: Form[][], articles: ReadonlySet<number>): boolean {
  for (const xi of articles) {
    const fs = mentionForms[xi];
    const text = extractions[xi].article.text;
    const ms = extractions[xi].mentions;
    for (let k = 0; k < fs.length; k++) if (full.includes(fs[k].index) && text.charCodeAt(ms[k].end) === 44 && unrelatedApposed(text, ms[k].end)) return true;
  }
  return false;
}

/**
 * Round 34: the lone surname `surface` at `start` with the lowercase name particle written right before it ("de
 * Souza" in "telephoned de Souza"), when its full name `name` writes that particle before the surname too ("Tomas de
 * Souza"), else null. A capitalised particle opening a sentence is left to the name itself.
 *
 * @example particleSurname("He called de Souza.", 13, "Souza", "Tomas de Souza") // "de Souza"
 */
function particleSurname(text: string, start: number, surface: string, name: string): string | null {
  let at = start - 1;
  while (at > 0 && text.charCodeAt(at - 1) >= 97 && text.charCodeAt(at - 1) <= 122 && start - at < 6) at--;
  if (at === start - 1 || (at > 0 && text.charCodeAt(at - 1) !== 32 && text.charCodeAt(at - 1) !== 40)) return null;
  const particle = text.slice(at, start - 1);
  if (!PARTICLES.has(particle) || !name.endsWith(" " + particle + " " + surface)) return null;
  return particle + " " + surface;
}

const CHIEF_TITLE: ReadonlySet<string> = new Set(CHIEF_TITLES);

const SHORT_FORM_OF = new Map<string, string[]>();
for (const [short, full] of Object.entries(TITLE_SHORT_FORMS)) {
  const list = SHORT_FORM_OF.get(full);
  if (list) list.push(short);
  else SHORT_FORM_OF.set(full, [short]);
}

/**
 * Round 34: a capitalised title and the other forms of it (model/titles.ts TITLE_SHORT_FORMS): "Sgt" → ["Sgt",
 * "Sergeant"], "Captain" → ["Captain", "Capt"]. A title with no short form is alone.
 *
 * @example titleForms("Sgt") // ["Sgt", "Sergeant"]
 */
function titleForms(title: string): string[] {
  const key = title.toLowerCase();
  const full = TITLE_SHORT_FORMS[key];
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (full !== undefined) return [title, cap(full)];
  const shorts = SHORT_FORM_OF.get(key);
  return shorts === undefined ? [title] : [title, ...shorts.map(cap)];
}

/**
 * Round 33: whether the lower-case office `lower` stands right before the name at `at`, alone or closed by an
 * apposition's comma ("the province's governor, Paul Otieno", "governor Paul Otieno").
 *
 * @example lowerOfficeRightBefore("Its governor, Paul Otieno, met them.", 14, "governor") // true
 */
function lowerOfficeRightBefore(text: string, at: number, lower: string): boolean {
  const comma = text.charCodeAt(at - 2) === 44 ? 1 : 0;
  const from = at - 1 - comma - lower.length;
  if (!(from >= 0 && text.charCodeAt(at - 1) === 32 && text.startsWith(lower, from) && (from === 0 || !isLetterUnit(text.charCodeAt(from - 1))))) return false;
  // Mend 33: "the deputy governor, James Otieno", "the vice-governor, …": an office under the titled one is not it.
  const word = /(\p{L}+)[\s-]+$/u.exec(text.slice(Math.max(0, from - 16), from));
  return !word || !UNDER_OFFICE.has(word[1].toLowerCase());
}

/** Mend 33: words before a lowercase office that make it another, lower office (model UNDER_OFFICE_WORDS). */
const UNDER_OFFICE: ReadonlySet<string> = new Set(UNDER_OFFICE_WORDS);

/**
 * Full person names written with two surnames, by the key of the first one ("mena" → "Luis
 * Alberto Mena Cordero", see paternalSurname): a lone "Mena" is as much his as a "Pablo Mena"'s.
 * Only names of three words or more are split (two spaces: a cheap gate).
 *
 * @example paternalHolders(people, forms).get("mena") // [index of "Luis Alberto Mena Cordero"]
 */
function paternalHolders(people: {f: Form; i: number}[], forms: Form[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const {f, i} of people) {
    if (f.person!.shape !== "full" || f.name.indexOf(" ") === f.name.lastIndexOf(" ")) continue;
    const paternal = paternalSurname(nameWords(f.name));
    if (paternal !== null) push(out, personKey(paternal), i);
  }
  return out;
}

/**
 * @example mergeActorForms(extractions, ctx).actors.find((a) => a.name === "Peter Olsen")?.aliases // ["Olsen", "Olssen", …]
 */
export function mergeActorForms(
  extractions: ArticleExtraction[],
  ctx: Context
): {actors: Actor[]; mentionActors: string[][]; suggestions: MergeSuggestion[]} {
  const g = compileGazetteer(ctx.gazetteer ?? []);
  /** Titled surfaces that fit only as a title before an unlisted given name, added if the name is one in two orders. */
  const titledUnlisted = new Map<Form, string[]>();
  const byKey = new Map<string, Form>();
  const formOf = (key: string, gaz: number | null): Form => {
    let f = byKey.get(key);
    if (!f) {
      f = {key, index: -1, names: new Map(), name: "", kinds: new Map(), kind: "organization", count: 0, surfaces: new Set(), outlets: new Set(), gaz, person: null, gazMentions: 0, lastArticle: -1, lastText: null, runKind: null, runCount: 0};
      byKey.set(key, f);
    }
    return f;
  };
  const gazIndex = new Map(g.entries.map((e, i) => [e.name, i]));
  // Most mentions repeat a few names: key each distinct name once (its form key, gazetteer
  // entry and tidied display name), and count its mentions there (`count`: added to its form's
  // `names` once after the mention loop, instead of a Map read and write per mention).
  const byName = new Map<string, {form: Form; display: string; count: number}>();
  const gazForms: (Form | undefined)[] = [];
  const gazForm = (gi: number): Form => (gazForms[gi] ??= formOf("g:" + g.entries[gi].name, gi));
  const nameInfo = (name: string) => {
    let info = byName.get(name);
    if (!info) {
      const nk = nameKey(name) || foldKey(name).trim() || "?";
      const gi = g.byKey.has(nk) ? g.byKey.get(nk)! : null;
      info = gi !== null ? {form: gazForm(gi), display: g.entries[gi].name, count: 0} : {form: formOf("n:" + nk, null), display: tidy(name), count: 0};
      byName.set(name, info);
    }
    return info;
  };
  // Per mention: a gazetteer form's only name is its entry's, so its mentions are counted and
  // written to `names` once below; an article's outlet is added once per form, not per mention
  // (a name recurs a dozen times in its article).
  // Forms of a name written after a man's courtesy title ("Mr Kamau"): never a woman's full name.
  const manTitled = new Set<Form>();
  // "Sheikh Nawaf", "Prince Faisal": a given name alone after a royal title. Its form is read by
  // joinRoyalGivenNames; one that the reference knows only as somebody's surname ("Nawaf" of "Khalid
  // Nawaf") is kept out of that person's form: after a royal title the word is a given name.
  const royalForms = new Set<Form>();
  // Those kept out of a reference person's form: no surname rule may join them to that person again.
  const royalDiverted = new Set<Form>();
  const royalInfo = (m: Mention): {form: Form; display: string; count: number} => {
    const info = nameInfo(m.name);
    if (info.form.gaz === null || givenNameOf(g.entries[info.form.gaz].name) === foldKey(m.name)) return info;
    const key = "\u0000royal " + m.name;
    let own = byName.get(key);
    if (!own) byName.set(key, (own = {form: formOf("n:" + (nameKey(m.name) || foldKey(m.name)), null), display: tidy(m.name), count: 0}));
    royalDiverted.add(own.form);
    return own;
  };
  /** The form of mention `m` of extraction `x` (number `xi`), its counts and surface forms updated. */
  const formOfMention = (m: Mention, x: ArticleExtraction, xi: number): Form => {
    const gi = m.gazetteerName ? gazIndex.get(m.gazetteerName) ?? null : null;
    let f: Form;
    if (gi !== null) {
      f = gazForm(gi);
      f.gazMentions++;
    } else {
      const royal = royalGivenMention(m);
      const info = royal ? royalInfo(m) : nameInfo(m.name);
      f = info.form;
      if (royal) royalForms.add(f);
      if (f.gaz !== null) f.gazMentions++;
      else info.count++;
    }
    if (m.kind === f.runKind) f.runCount++;
    else {
      if (f.runKind !== null) bump(f.kinds, f.runKind, f.runCount);
      f.runKind = m.kind;
      f.runCount = 1;
    }
    f.count++;
    if (m.title !== null && m.title.length <= 9 && masculineTitle(m.title)) manTitled.add(f);
    // A name recurs in its article written the same way ("Putin" … "Putin"): the same text
    // as the form's previous mention adds nothing to the set, so it is neither tidied nor hashed again.
    if (m.text !== f.lastText) {
      f.surfaces.add(tidy(m.text));
      // "the Russian President" resolved through a dated role: readers quote the role without its article.
      if (m.via === "role" && (m.text.startsWith("the ") || m.text.startsWith("The "))) f.surfaces.add(tidy(m.text.slice(4)));
      // "Sheikh Tariq bin Nasser al-Hadi": stage 04 keeps a Gulf honorific in a lineage name's
      // text; the name without it is a surface form too (aliases list names as written, titles dropped).
      // (The space is tested by its code: `" " + m.name` made a string per such mention.)
      if (m.text.length > m.name.length && m.text.charCodeAt(m.text.length - m.name.length - 1) === 32 && m.text.endsWith(m.name) && gi === null) f.surfaces.add(tidy(m.name));
      // A reference person's mention keeps the outlet's spelling ("Sheikh Tariq bin Nasser
      // al-Hadi" for the entry "… Al Hadi"): that spelling without the honorific is one too.
      else if (gi !== null && m.kind === "person") {
        const bare = withoutHonorifics(m.text);
        if (bare !== null) f.surfaces.add(tidy(bare));
      }
      f.lastText = m.text;
    }
    // "Mr Okafor" on second reference: outlets that use courtesy titles write the name that way, so
    // the titled name is a surface form too, when the title's sex fits the name (courtesy.ts).
    if (m.kind === "person" && m.start >= 3 && x.article.text.charCodeAt(m.start - 1) === 32) {
      const title = courtesyTitleBefore(x.article.text, m.start);
      if (title !== null) {
        const p = parsePersonName(m.name);
        const woman = feminineGiven(p.first) || kinWomanIn(x, m.name);
        // "Her husband, Mr Okafor" resolved to "Grace Okafor": a kin relation told around a man's
        // title says the full name may be the relative's (courtesy.ts kinAroundTitle).
        const kin = masculineTitle(title) && kinAroundTitle(x.article.text, m.start - 1 - title.length, m.end);
        const unlisted = p.first !== null && !woman && !FIRST.has(p.first.toLowerCase()) && listedNameClass(foldKey(p.first)) === null;
        if (!kin && titleFitsName(title, woman, p.shape === "full")) f.surfaces.add(title + " " + tidy(m.text));
        else if (!kin && titleFitsName(title, woman, p.shape === "full", unlisted)) {
          const list = titledUnlisted.get(f);
          if (list) list.push(title + " " + tidy(m.text));
          else titledUnlisted.set(f, [title + " " + tidy(m.text)]);
        }
      }
    }
    // "Bishop Kasa" after "the Catholic Bishop of Goma, Jean Kasa": the title the article
    // gave the full name, before the surname alone, is a surface form too (see officeTitleBefore).
    if (m.kind === "person" && m.start >= 3 && m.text.indexOf(" ") < 0 && m.name.indexOf(" ") > 0 && x.article.text.charCodeAt(m.start - 1) === 32) {
      const title = officeTitleBefore(x.article.text, m.start, m.name);
      if (title !== null) f.surfaces.add(title + " " + tidy(m.text));
    }
    // Round 34: "met Senior Chief Tembo" with no full name of his in the article: a chief is named by title and
    // chieftaincy name, which is his surface form (model/titles.ts CHIEF_TITLES).
    if (m.kind === "person" && m.title !== null && m.name.indexOf(" ") < 0 && CHIEF_TITLE.has(m.title.toLowerCase())) f.surfaces.add(m.title + " " + tidy(m.text));
    // Round 34: "telephoned de Souza" resolved to "Tomas de Souza": the surname with the lowercase particle its full
    // name writes before it is how the outlet wrote it (particleSurname).
    if (m.kind === "person" && m.start >= 3 && m.text.indexOf(" ") < 0 && m.name.indexOf(" ") > 0 && x.article.text.charCodeAt(m.start - 1) === 32) {
      const withParticle = particleSurname(x.article.text, m.start, tidy(m.text), m.name);
      if (withParticle !== null) f.surfaces.add(withParticle);
    }
    if (royalGivenMention(m)) f.surfaces.add(m.title + " " + tidy(m.text));
    // Round 33: "Fr Tom" / "Sister Ann" / "Bishop Kwame" resolved to the full name the article gave: how the outlet writes the person.
    else if (religiousWordMention(m, x.article.text)) f.surfaces.add(m.title + " " + tidy(m.text));
    // "Governor Ana Ruiz", "Crown Prince Omar bin Zayed", "Capt. Renzo Villar": a title written
    // before a name of two words or more is how the outlet wrote it (title-surface.ts). A lone surname keeps
    // the stricter test above: "General Okafor" may be another Okafor than the article's teacher.
    if (m.kind === "person" && m.text.indexOf(" ") > 0) for (const s of titledSurfaces(x.article.text, m.start, tidy(m.text))) f.surfaces.add(s);
    if (m.kind !== "person" && m.start >= 6 && x.article.text.charCodeAt(m.start - 4) === 84 && capitalTheBefore(x.article.text, m.start)) f.surfaces.add("The " + tidy(m.text));
    // "Ethiopian troops shelled the village": the state's forces are one of its surface forms.
    if (m.via === "nationality" && m.end === m.start + m.text.length) {
      const forces = forcesAfter(x.article.text, m.end);
      if (forces !== null) f.surfaces.add(tidy(m.text + forces));
    }
    if (x.article.outlet && f.lastArticle !== xi) {
      f.outlets.add(x.article.outlet);
      f.lastArticle = xi;
    }
    return f;
  };
  // Each article's forms pushed into a list of objects, not made by x.mentions.map: the builtin
  // map made packed lists and its inlined copy in optimised code holey ones, and the phases
  // below, meeting both kinds of array, were thrown away ("wrong map") and compiled again.
  // (Copied from a one-item list, see NO_FORMS: an article without mentions gives the same kind.)
  const mentionForms: Form[][] = extractions.map((x, xi) => {
    const fs = NO_FORMS.slice(0, 0);
    for (const m of x.mentions) fs.push(formOfMention(m, x, xi));
    return fs;
  });
  for (const f of gazForms) if (f && f.gazMentions > 0) f.names.set(g.entries[f.gaz!].name, f.gazMentions);
  // (Two names may share a form and a display name, "Peter  Olsen" and "Peter Olsen": their
  // counts add up as the per-mention bump did. `names` only feeds `top` and a set of its keys, so
  // the order its entries come in does not matter.)
  for (const info of byName.values()) if (info.count > 0) bump(info.form.names, info.display, info.count);
  for (const f of byKey.values()) {
    if (f.runKind === null) continue;
    bump(f.kinds, f.runKind, f.runCount);
    f.runKind = null;
  }
  // Gazetteer people take part even when unmentioned, so a spelling the gazetteer lacks
  // ("Benyamin Netanyahu") still joins its entry; unmentioned forms are dropped at the end.
  g.entries.forEach((e, i) => {
    if (e.kind !== "person") return;
    const f = formOf("g:" + e.name, i);
    if (f.names.size === 0) bump(f.names, e.name, 0);
  });
  const forms = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  forms.forEach((f, i) => (f.index = i));
  for (const f of forms) {
    f.name = f.gaz !== null ? g.entries[f.gaz].name : top(f.names);
    f.kind = f.gaz !== null ? g.entries[f.gaz].kind : f.kinds.size ? top(f.kinds) : "organization";
    // Unsure kinds: a lone capitalised word ("Olsen") or a particle name ("Abu Hamdan")
    // may be a surname even when stage 04 guessed "organization".
    // (The words are split only for such a form: a person's form needs no test.)
    const personish = f.kind === "person" || (f.gaz === null && (f.kind === "organization" || f.kind === "group") && surnameLike(f.name) && f.name !== f.name.toUpperCase());
    f.person = personish ? parsePersonName(f.name) : null;
  }
  const uf = new UnionFind(forms.length);
  const notes = new Map<number, string[]>();
  const suggestions = new Map<string, MergeSuggestion>();
  // Per component root: its gazetteer entries, and those of its names a `not_same` rule names
  // (folded). Only names some rule mentions can ever block a merge, so the other names are not
  // kept; null stands for an empty set (most forms have neither).
  const gazOf: (Set<number> | null)[] = forms.map((f) => (f.gaz !== null ? new Set([f.gaz]) : null));
  const notSameKeys = new Set<string>();
  for (const e of g.entries) for (const n of e.notSame) notSameKeys.add(foldKey(n));
  const namesOf: (Set<string> | null)[] = forms.map((f) => {
    if (notSameKeys.size === 0) return null;
    let set: Set<string> | null = null;
    for (const n of [f.name, ...f.names.keys()]) {
      const k = foldKey(n);
      if (notSameKeys.has(k)) (set ??= new Set()).add(k);
    }
    return set;
  });
  const gazSet = (r: number): Set<number> => (gazOf[r] ??= new Set());

  /** Refuses merges across two gazetteer entries or against a `not_same` rule. */
  // Per component root: its full names' middle names by given name and surname ("peter|otieno"
  // → "odhiambo"), null when it has none (most components).
  const middlesOf: (Map<string, string> | null)[] = forms.map(middleNameOf);
  const allowed = (ra: number, rb: number): boolean => {
    if (middlesClash(middlesOf[ra], middlesOf[rb])) return false;
    const ga = gazOf[ra];
    const gb = gazOf[rb];
    if (ga?.size && gb?.size && [...ga].some((x) => !gb.has(x))) return false;
    const blocks = (gs: Set<number> | null, names: Set<string> | null) => !!gs && !!names && [...gs].some((e) => g.entries[e].notSame.some((n) => names.has(foldKey(n))));
    return !blocks(ga, namesOf[rb]) && !blocks(gb, namesOf[ra]);
  };
  const join = (a: number, b: number, reason: string): boolean => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) return true;
    if (hardCBoth(forms[a], forms[b]) || suffixClash(forms[a], forms[b]) || !allowed(ra, rb)) return false;
    const r = uf.union(ra, rb);
    const other = r === ra ? rb : ra;
    // The smaller collection is poured into the larger one (copying both on every join was
    // quadratic in a big component); only their contents matter, not their order.
    const merged = larger(notes.get(r) ?? [], notes.get(other) ?? []);
    if (forms[a].name !== forms[b].name) merged.push(`${forms[b].name}\u0000${forms[a].name}\u0000${reason}`);
    notes.set(r, merged);
    notes.delete(other);
    gazOf[r] = unionOrNull(gazOf[r], gazOf[other]);
    gazOf[other] = null;
    namesOf[r] = unionOrNull(namesOf[r], namesOf[other]);
    namesOf[other] = null;
    middlesOf[r] = unionMiddles(middlesOf[r], middlesOf[other]);
    middlesOf[other] = null;
    return true;
  };
  const suggest = (a: number, b: number, reason: string, score: number) => {
    const [x, y] = [forms[a].name, forms[b].name].sort();
    const k = x + "\u0000" + y;
    const prev = suggestions.get(k);
    if (!prev || prev.score < score) suggestions.set(k, {a: x, b: y, reason, score});
  };

  // Non-person forms: same transliteration key of the whole name ("Organisation"/"Organization").
  const orgKeys = new Map<string, number>();
  g.entries.forEach((e, i) => {
    if (e.kind === "person") return;
    for (const n of [e.name, ...e.aliases]) {
      const k = translitKey(nameKey(n).replace(/isation/g, "ization"));
      if (k && !orgKeys.has(k)) orgKeys.set(k, i);
    }
  });
  const byOrgKey = new Map<string, number>();
  forms.forEach((f, i) => {
    if (f.person) return;
    const k = translitKey(f.key.slice(2).replace(/isation/g, "ization"));
    if (!k) return;
    if (f.gaz === null && orgKeys.has(k)) f.gaz = orgKeys.get(k)!;
    const first = byOrgKey.get(k);
    if (first === undefined) byOrgKey.set(k, i);
    else join(first, i, "transliteration key");
  });
  // "the Kenya Red Cross Society", "the Kenya Red Cross", "the Kenyan Red Cross": one national society.
  const bySociety = new Map<string, number>();
  forms.forEach((f, i) => {
    if (f.person || f.kind === "person") return;
    const k = nationalSocietyKey(f.name);
    if (k === null) return;
    const first = bySociety.get(k);
    if (first === undefined) bySociety.set(k, i);
    else join(first, i, "one national society");
  });
  // Four readings of one article's neighbouring mentions, gathered in one pass over the articles
  // (each article's mentions are read while they are in the CPU caches, instead of four walks over
  // every mention of the corpus); the joins follow in the same order as before, and no reading
  // depends on a join (they read mentions, texts and `Form.gaz`, which joins leave alone).
  // "National Liberation Army (ELN)": an acronym in parentheses right after a name is that name.
  const acronymPairs = new Set<string>();
  // "Katibat al-Rimal (Brigade of the Sands)", "…, whose name translates as the Movement of the Mountains": one body
  // with its name translated, in one article (article-acronyms.ts translatedName).
  const translations = new Set<string>();
  // "the Tana Defence Forces … TDF soldiers": a lone acronym spelling the initials of one body the same
  // article names (article-acronyms.ts). Not when the gazetteer reads the acronym as another body ("RSF").
  // An acronym that spells two bodies in two articles ("SNA": the Somali, the Syrian National Army) joins neither.
  const spelled = new Map<number, Set<number>>();
  // 'Rosa Mbeki, a nurse known to her patients as "Mama Rosa"': the nickname is the name.
  const nicknames = new Set<string>();
  extractions.forEach((x, xi) => {
    const ms = x.mentions;
    const text = x.article.text;
    const fs = mentionForms[xi];
    for (let k = 0; k + 1 < ms.length; k++) {
      const a = ms[k];
      const b = ms[k + 1];
      if (b.start - a.end > 3 || a.end > b.start || !/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || text[b.end] !== ")") continue;
      if (a.kind === "person" || b.kind === "person") continue;
      // A place never stands for an organisation: "NIAMEY (Sahel Wire Service) -" is a dateline
      // and its outlet, not an acronym ("DRC (Democratic Republic of Congo)": both places, kept).
      if (isPlaceKind(a.kind) !== isPlaceKind(b.kind)) continue;
      if (!(acronymOf(b.text, a.text) || acronymOf(a.text, b.text) || shortNameInParentheses(text, a, b))) continue;
      addPair(acronymPairs, fs[k].index, fs[k + 1].index);
    }
    for (let k = 0; k + 1 < ms.length; k++) {
      if (!translatedName(text, ms[k], ms[k + 1])) continue;
      addPair(translations, fs[k].index, fs[k + 1].index);
    }
    for (const [k, j] of initialsPairs(ms, nameInitials)) {
      const fa = fs[k];
      const fb = fs[j];
      if (fa.gaz !== null && fa.gaz !== fb.gaz) continue;
      let names = spelled.get(fa.index);
      if (!names) spelled.set(fa.index, (names = new Set()));
      names.add(fb.index);
    }
    for (const [j, k] of nicknamePairs(x)) addPair(nicknames, fs[j].index, fs[k].index);
  });
  joinPairs(acronymPairs, join, "acronym in parentheses");
  joinPairs(translations, join, "name translated in the same article");
  const initialsJoins = new Set<string>();
  for (const [acronym, names] of spelled) if (names.size === 1) addPair(initialsJoins, acronym, [...names][0]);
  joinPairs(initialsJoins, join, "acronym of a name in the same article");
  // "HTW" defined in one article is the "Harakat Tahrir el-Wadi" another spells out.
  joinAcronymsByInitials(forms, definedForms(acronymPairs), (i) => uf.find(i), join);
  joinPairs(nicknames, join, "quoted nickname after the name");
  // "Colombia's Rural Front" (stage 04 names a country's organisation so) is the "Rural Front"
  // of other articles, when no other country's "Rural Front" is named.
  const possessed = new Map<string, number[]>();
  forms.forEach((f, i) => {
    // (indexOf first: few names hold a possessive, and the regex is not run on the others.)
    if (f.person || f.gaz !== null || (f.name.indexOf("'s ") < 0 && f.name.indexOf("\u2019s ") < 0)) return;
    const m = POSSESSED.exec(f.name);
    if (m) push(possessed, "n:" + nameKey(m[1]), i);
  });
  for (const [key, owners] of [...possessed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const plain = byKey.get(key);
    if (plain && owners.length === 1 && !plain.person) join(owners[0], plain.index, "organisation named with its country");
  }
  // "Relief Bureau for the Care of Flood Victims" is the "Relief Bureau" of a later sentence or
  // article, when it is the only long name of that head (a head of two words or more ending in
  // an organisation word; "for" only: "of" often names an owner, "Foreign Ministry of X").
  const longOf = new Map<string, number[]>();
  forms.forEach((f, i) => {
    if (f.person || f.gaz !== null) return;
    const at = f.name.indexOf(" for ");
    if (at < 0) return;
    const head = f.name.slice(0, at);
    const words = head.split(" ");
    if (words.length >= 2 && ORG.has(foldKey(words[words.length - 1]).trim())) push(longOf, "n:" + nameKey(head), i);
  });
  for (const [key, longs] of [...longOf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const short = byKey.get(key);
    if (short && longs.length === 1 && !short.person && short.gaz === null) join(longs[0], short.index, "short form of an organisation's name");
  }
  // Gazetteer anchors found by key become one component per entry.
  const byGaz = new Map<number, number>();
  forms.forEach((f, i) => {
    if (f.gaz === null) return;
    gazSet(uf.find(i)).add(f.gaz);
    const first = byGaz.get(f.gaz);
    if (first === undefined) byGaz.set(f.gaz, i);
    else join(first, i, "gazetteer alias");
  });

  // People. Blocks: surname key, and its first/last two letters for edit distance. A block's
  // members are also listed per shape (and per first name for full names), so each phase walks
  // only the members it can use; whether a block is used still depends on its whole size.
  const people = forms.map((f, i) => ({f, i})).filter(({f}) => f.person && f.person.surnameKey);
  const exact = new Map<string, number[]>();
  const blockSize = new Map<string, number>();
  // group ("full", "surname", "first:<class>") → block → members: two lookups with strings
  // made once, no key string built per candidate search.
  const byBlock = new Map<string, Map<string, number[]>>();
  const groupOf = (group: string): Map<string, number[]> => {
    let m = byBlock.get(group);
    if (!m) byBlock.set(group, (m = new Map()));
    return m;
  };
  const firstGroup: string[] = [];
  const blocksOf: string[][] = [];
  // Per form, computed once (not once per compared pair): surname gender and letter count.
  const gender: ReturnType<typeof surnameGender>[] = [];
  const letterCount: number[] = [];
  // (And whether its given name is a woman's: read by keep in phase 2, see there.)
  const womanGiven: boolean[] = [];
  for (const {f, i} of people) {
    const p = f.person!;
    const k = p.surnameKey!;
    push(exact, k, i);
    const blocks = k.length >= 5 ? ["^" + k.slice(0, 2), "$" + k.slice(-2)] : [];
    // Ukrainian h / Russian g spellings meet in one more block: the key with g read as h.
    if (k.length >= H_G_MIN_LETTERS - 1 && /[gh]/.test(k)) blocks.push("~" + hgKey(k));
    // French j / English zh spellings ("Javoronkov" / "Zhavoronkov") meet in one more block.
    const raw = p.surname!;
    if (raw.includes("zh") || raw.includes("j")) blocks.push("%" + zhjKey(raw));
    // Polish spellings ("Rudnicki" / "Rudnitsky") meet in one more block: the Polish side's key
    // read in English romanisation, and the other side's own key.
    if (raw.includes("c") || raw.includes("sz")) blocks.push("&" + polishKey(raw));
    else if (k.includes("ts") || k.includes("ch") || k.includes("sh")) blocks.push("&" + k);
    blocksOf[i] = blocks;
    for (const b of blocks) {
      blockSize.set(b, (blockSize.get(b) ?? 0) + 1);
      if (p.shape === "full") {
        push(groupOf("full"), b, i);
        push(groupOf((firstGroup[i] ??= "first:" + p.first)), b, i);
      } else if (p.shape === "surname") push(groupOf("surname"), b, i);
    }
    gender[i] = surnameGender(lastWord(p.surname!));
    letterCount[i] = p.surname!.replace(/[^a-z]/g, "").length;
    womanGiven[i] = feminineGiven(p.first);
  }
  const genderOk = (i: number, j: number) => {
    const ga = gender[i];
    const gb = gender[j];
    return !(ga && gb && ga !== gb);
  };
  const letters = (i: number) => letterCount[i];
  // Surname keys with e read as i and o as u (see arabicVowelKey), made on first use: phase 2
  // compares a lone Arabic surname with each of its candidates.
  const vowelKeys: string[] = [];
  const surnameVowelKey = (j: number): string => (vowelKeys[j] ??= arabicVowelKey(forms[j].person!.surnameKey!));
  /**
   * Whether form j may pair with form i in a phase of the loops below: 1, full names with the
   * same first-name class; 2, full names for a lone surname (`his`: that surname had "Mr", so
   * no woman's given name); 3, lone surnames. One function for the three phases, not one
   * closure per phase: the call in addKept then always meets the same function (three closures
   * made V8 throw away its optimised code twice, "wrong feedback cell").
   * Every test is read in every phase, before the phase picks its answer: V8 optimises keep
   * (and addKept, candidatesOf with it inlined) during phase 1, and a compare or call that had
   * never run there ("phase === 2", "shape === 'surname'", feminineGiven) threw that code away
   * when phase 2 and phase 3 began ("insufficient type feedback", four times per cold run). So
   * the feminine given name is looked up once per form (womanGiven) and read here as a list
   * entry; each answer is the same conjunction as before. (The first-name compare stays in phase
   * 1: it had run there.)
   */
  const keep = (phase: 1 | 2 | 3, i: number, j: number, his: boolean): boolean => {
    const q = forms[j].person!;
    const one = phase === 1;
    const two = phase === 2;
    const later = j > i;
    const full = q.shape === "full";
    const surname = q.shape === "surname";
    const sexes = genderOk(i, j);
    const woman = womanGiven[j];
    if (one) return later && full && sexes && forms[i].person!.first === q.first;
    if (two) return full && sexes && !(his && woman);
    return later && surname && sexes;
  };
  // stamp[j] === call number once form j is in the current call's list (no Set per call).
  const stamp = new Int32Array(forms.length);
  let call = 0;
  /** Appends to `out` the forms of `list` that `keep` accepts for form i and the call has not listed yet. */
  const addKept = (list: number[] | undefined, out: number[], i: number, phase: 1 | 2 | 3, his: boolean): void => {
    if (!list) return;
    for (const j of list) {
      if (j === i || stamp[j] === call || !keep(phase, i, j, his)) continue;
      stamp[j] = call;
      out.push(j);
    }
  };
  /**
   * Forms sharing a block with form i that pass `keep` in `phase`, in index order. Only the
   * block members listed under `group` ("full", "surname" or "first:<class>") are walked: `keep`
   * refuses the others anyway. Filtering before the sort keeps the lists short; the order is the same.
   */
  const candidatesOf = (i: number, group: string, phase: 1 | 2 | 3, his: boolean): number[] => {
    const k = forms[i].person!.surnameKey!;
    const out: number[] = [];
    call++;
    addKept(exact.get(k), out, i, phase, his);
    const members = byBlock.get(group);
    if (members) for (const b of blocksOf[i]) if ((blockSize.get(b) ?? 0) <= MAX_BLOCK) addKept(members.get(b), out, i, phase, his);
    return out.length > 1 ? out.sort((x, y) => x - y) : out;
  };
  // Phase 1: full names (first name + surname) with compatible first names.
  for (const {f, i} of people) {
    const p = f.person!;
    if (p.shape !== "full") continue;
    for (const j of candidatesOf(i, (firstGroup[i] ??= "first:" + p.first), 1, false)) {
      const q = forms[j].person!;
      if (p.surnameKey === q.surnameKey) {
        join(i, j, `transliteration key ${p.surnameKey}`);
        continue;
      }
      const d = editDistance(p.surnameKey!, q.surnameKey!, 2);
      const len = Math.min(letters(i), letters(j));
      if (d === 1 && len >= 6) {
        join(i, j, "edit distance 1");
        continue;
      }
      const why = spellingReason(p.surname!, q.surname!);
      if (why !== null) join(i, j, why);
      else if (d <= 2 && len >= 5) suggest(i, j, `edit distance ${d} on the surname`, d === 1 ? 0.7 : 0.5);
    }
  }
  // Phase 1b: names written from Arabic, e or i and o or u for one vowel, in the given name or
  // the surname ("Hesham al-Rawi" / "Hisham al-Rawi", "Nadim al-Khateeb" / "Nadim Khatib").
  const personForms = people.map(({i}) => i);
  // The articles each form is mentioned in, built on first need (most corpora ask for none).
  let formArticles: Set<number>[] | null = null;
  const articlesOf = (i: number): ReadonlySet<number> => {
    if (formArticles === null) {
      const built: Set<number>[] = forms.map(() => new Set<number>());
      mentionForms.forEach((fs, xi) => {
        for (const f of fs) built[f.index].add(xi);
      });
      formArticles = built;
    }
    return formArticles[i];
  };
  joinArabicVowels(personForms, forms, articlesOf, genderOk, join);
  // Round 34: "Youssef Rajji" / "Youssef Raggi", "Zafer al-Hakim" / "Dhafer al-Hakim": Arabic consonants spelt two ways.
  joinArabicConsonants(personForms, forms, articlesOf, genderOk, join);
  // "Haroun Abdel Razak" and "Haroun Abdelrazak": "Abd al-" apart or joined in a surname.
  joinSpacedAbd(personForms, forms, join);
  // Phase 1c: one woman, her surname in the feminine and in the masculine ("Varvara Sokolova" /
  // "Varvara Sokolov": Israeli outlets drop the ending). Both given names must be the same
  // feminine one, so a mother and her son ("Varvara Sokolova" / "Timofei Sokolov") stay apart.
  joinWomenAcrossEndings(personForms, forms, gender, join);
  // Phase 1d: long West African given names with a vowel written or dropped, and French "tch"
  // for "t" before i in the surname ("Abdelrahaman Tchiroma" / "Abdelrahman Tiroma").
  joinFrenchAfricanSpellings(personForms, forms, join);
  // Phase 1e: "Hamdan bin Rashid" and the one "Hamdan bin Rashid Al Maktoum".
  joinLineagePrefixes(personForms, forms, (i) => uf.find(i), join);
  // Phase 1f: "Yu. Petrenko" and the one "Yuliya Petrenko".
  // A name written with two initials right after a kin noun is a relative (see joinInitials).
  const kinBefore = new Set<number>();
  extractions.forEach((x, xi) => {
    x.mentions.forEach((m, k) => {
      if (m.kind === "person" && m.name.charCodeAt(1) === 46 && m.name.charCodeAt(3) === 46 && kinRightBefore(x.article.text, m.start)) kinBefore.add(mentionForms[xi][k].index);
    });
  });
  joinInitials(personForms, forms, genderOk, (i) => uf.find(i), join, kinBefore);
  // Phase 1g: "Omaru Kamara" / "Umaru Kamara": o or u in a long given name, one surname.
  joinGivenOU(personForms, forms, genderOk, join);
  joinGivenZhJ(personForms, forms, genderOk, join, articlesOf);
  // Phase 1h: "Ana Sofia Ruiz" and the one "Ana Sofia Ruiz Tellez".
  joinLongerNames(personForms, forms, (i) => uf.find(i), join, articlesOf);
  // Phase 1k: "Sheikh Nawaf" and the one "Sheikh Nawaf bin Saif al-Harthy".
  const royalJoined = joinRoyalGivenNames(royalForms, personForms, forms, (i) => uf.find(i), join, articlesOf);
  // Phase 1j: "Kevin Lau" and the one "Kevin Lau Chi Wai" of its article.
  joinOpeningPair(personForms, forms, mentionForms, extractions, (i) => uf.find(i), join, articlesOf);
  // Phase 1i: "Vladimir Vladimirovich" and the one "Vladimir Putin" of its article.
  joinPatronymics(personForms, forms, mentionForms, extractions, (i) => uf.find(i), join);
  // Phase 1l: "Batbold Tuvshintur" and "Tuvshintur Batbold", one name in both orders.
  const reversed = joinReversedNames(personForms, forms, genderOk, join, articlesOf);
  // "Ms Tuvshintur": a woman's title before an unlisted given name is a surface form only of a name the corpus writes
  // in both orders, where the titled word is the given name (review 28 F18: "Ms Okafor" is no alias of "Chinedu Okafor").
  for (const [f, list] of titledUnlisted) if (reversed.has(f.index)) for (const s of list) f.surfaces.add(s);
  // Phase 2: a surname alone joins the unique full name with that surname.
  const paternalOf = paternalHolders(people, forms);
  for (const {f, i} of people) {
    const p = f.person!;
    if (p.shape !== "surname" || royalJoined.has(f) || royalDiverted.has(f)) continue;
    // Only full names take part below.
    // "Mr Kamau" in an article that names no man Kamau is not "Halima Kamau" of another.
    const his = manTitled.has(f);
    const cands = candidatesOf(i, "full", 2, his);
    const fullSame = cands
      .filter((j) => forms[j].person!.shape === "full" && forms[j].person!.surnameKey === p.surnameKey)
      .sort((x, y) => forms[y].count - forms[x].count || x - y);
    const rootsSame = [...new Set(fullSame.map((j) => uf.find(j)))];
    // "Mena" beside "Pablo Mena" and "Luis Mena Cordero" (his paternal surname): either of them.
    const paternal = paternalOf.get(p.surnameKey!);
    if (paternal && rootsSame.length === 1 && paternal.some((j) => uf.find(j) !== rootsSame[0])) {
      for (const j of [...fullSame, ...paternal]) suggest(i, j, "surname shared by several full names", 0.4);
      continue;
    }
    if (rootsSame.length === 1) {
      // Round 34: "Ruth Mwale, 30, who is not related to the chief" beside a bare "Mwale" in her article: the bare
      // surname is the other person's (stage 04 left it alone), not hers.
      if (unrelatedHolder(i, fullSame, extractions, mentionForms, articlesOf(i))) {
        suggest(i, fullSame[0], "surname only: the full name is said to be no relative", 0.3);
        continue;
      }
      join(fullSame[0], i, "surname only: unique full name");
      continue;
    }
    if (rootsSame.length > 1) {
      for (const j of fullSame) suggest(i, j, "surname shared by several full names", 0.4);
      continue;
    }
    // "Sheikh Nawaf" is no "Khalid Nawaf": after a royal title a word is the given name as often as the
    // surname ("Sultan Tidjani"), so only the exact surname above may join it.
    if (royalForms.has(f)) continue;
    // "al-Sadeeq" alone and the one full name spelt "Jamil Sadiq": e / i, o / u in a surname the
    // article writes with an Arabic particle (two words; a lone Arabic given name does not count);
    // before the edit-distance step, which wants six letters on both sides.
    if (p.arabic && /[\s-]/.test(f.name)) {
      const vowelKey = arabicVowelKey(p.surnameKey!);
      const ar = cands.filter((j) => surnameVowelKey(j) === vowelKey).sort((x, y) => forms[y].count - forms[x].count || x - y);
      if (ar.length && new Set(ar.map((j) => uf.find(j))).size === 1) {
        join(ar[0], i, "surname only: Arabic vowel written e / i or o / u");
        continue;
      }
    }
    const near = cands
      .filter((j) => forms[j].person!.shape === "full" && editDistance(p.surnameKey!, forms[j].person!.surnameKey!, 1) === 1)
      .sort((x, y) => forms[y].count - forms[x].count || x - y);
    const rootsNear = [...new Set(near.map((j) => uf.find(j)))];
    if (rootsNear.length === 1 && letters(i) >= 6 && near.every((j) => letters(j) >= 6)) {
      join(near[0], i, "surname only: edit distance 1");
      continue;
    }
    for (const j of near) suggest(i, j, "surname only, edit distance 1", 0.5);
    if (near.length) continue;
    // "Hryhorchuk" alone and the one full name spelt "Grigorchuk", "Javoronkov" alone and the one
    // "Zhavoronkov", "Rudnicki" alone and the one "Rudnitsky" (see spellingReason). Each
    // candidate's reason is found once: the best candidate's is the note.
    const spelt: {j: number; why: string}[] = [];
    for (const j of cands) {
      const why = spellingReason(p.surname!, forms[j].person!.surname!);
      if (why !== null) spelt.push({j, why});
    }
    spelt.sort((x, y) => forms[y.j].count - forms[x.j].count || x.j - y.j);
    if (spelt.length && new Set(spelt.map((c) => uf.find(c.j))).size === 1) join(spelt[0].j, i, "surname only: " + spelt[0].why);
  }
  // Phase 3: lone surnames left over join each other on the same key; near ones are suggested.
  for (const {f, i} of people) {
    const p = f.person!;
    if (p.shape !== "surname") continue;
    for (const j of candidatesOf(i, "surname", 3, false)) {
      const q = forms[j].person!;
      if (p.surnameKey === q.surnameKey) join(i, j, `transliteration key ${p.surnameKey}`);
      else if (uf.find(i) !== uf.find(j) && editDistance(p.surnameKey!, q.surnameKey!, 1) === 1 && Math.min(letters(i), letters(j)) >= 5) suggest(i, j, "single-word names, edit distance 1", 0.4);
    }
  }

  // Phase 4: a given name alone ("her brother, Noor") and a relative's full name in its article.
  joinGivenNamesToKin(forms, extractions, mentionForms, (i) => uf.find(i), join);

  // Components → actors.
  const members = new Map<number, number[]>();
  forms.forEach((_, i) => {
    const r = uf.find(i);
    push(members, r, i);
  });
  const actorOfRoot = new Map<number, Actor>();
  const actors: Actor[] = [];
  for (const [root, idx] of members) {
    const fs = idx.map((i) => forms[i]);
    const count = fs.reduce((s, f) => s + f.count, 0);
    if (count === 0) continue;
    const gazEntries = [...(gazOf[root] ?? [])].sort((a, b) => a - b);
    let name: string;
    let kind: ActorKind;
    if (gazEntries.length) {
      name = g.entries[gazEntries[0]].name;
      kind = g.entries[gazEntries[0]].kind;
    } else {
      const full = fs.filter((f) => f.count > 0 && f.person?.shape === "full");
      // A given name spelt out beats its initial ("Yuliya Petrenko", not "Yu. Petrenko").
      const spelt = full.length > 1 ? full.filter((f) => leadingInitial(f.name.slice(0, f.name.indexOf(" "))) === null) : full;
      const pool = spelt.length ? spelt : full.length ? full : fs.filter((f) => f.count > 0);
      name = pool.map((f) => ({n: f.name, c: f.count})).sort((a, b) => b.c - a.c || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0))[0].n;
      const kinds = new Map<ActorKind, number>();
      for (const f of fs) for (const [k, c] of f.kinds) bump(kinds, k, c);
      kind = full.length ? "person" : top(kinds);
    }
    const actor: Actor = {
      actorId: "",
      name,
      kind,
      aliases: sortedUnion(fs.map((f) => f.surfaces)),
      mentions: count,
      outlets: sortedUnion(fs.map((f) => f.outlets)),
      mergeNotes: orientedNotes(notes.get(root), name)
    };
    actorOfRoot.set(root, actor);
    actors.push(actor);
  }
  // Readable, content-derived ids; colliding slugs all get a short hash.
  const bySlug = new Map<string, Actor[]>();
  for (const a of actors) {
    const s = slugify(a.name);
    pushItem(bySlug, s, a);
  }
  for (const [s, list] of bySlug) {
    if (list.length === 1) list[0].actorId = s;
    else for (const a of list) a.actorId = `${s}-${hashId(a.kind + "|" + a.name + "|" + a.aliases.join("|")).slice(0, 6)}`;
  }
  actors.sort((a, b) => b.mentions - a.mentions || (a.actorId < b.actorId ? -1 : 1));
  const actorIdOf = forms.map((f) => actorOfRoot.get(uf.find(f.index))?.actorId ?? "");
  const mentionActors = mentionForms.map((fs) => fs.map((f) => actorIdOf[f.index]));
  const rootOfName = new Map<string, number>();
  forms.forEach((f, i) => rootOfName.set(f.name, uf.find(i)));
  const sugg = [...suggestions.values()]
    .filter((s) => rootOfName.get(s.a) !== rootOfName.get(s.b))
    .sort((a, b) => b.score - a.score || (a.a < b.a ? -1 : a.a > b.a ? 1 : a.b < b.b ? -1 : 1));
  return {actors, mentionActors, suggestions: sugg};
}
