/**
 * Stage 04 core: gazetteer names, role descriptions and capitalised chunks in one pass per
 * sentence, then in-article resolution (see resolve.ts).
 */
import {numberedNames} from "./numbered-names.ts";
import type {Article, Context, Mention, Sentence} from "../types.ts";
import {candidate, type Candidate} from "./candidate.ts";
import {bodyWordInName, chunkEnd, chunkNames, designationAt, hyphenedGivenName, hyphenedParticle, isStopCap, type ChunkName} from "./chunker.ts";
import {compileGazetteer, matchAt, type CompiledGazetteer, type TrieMatch} from "./gazetteer-matcher.ts";
import {inLex, LEX_FIRST, LEX_HEAD, LEX_MODIFIER, LEX_NATIONALITY, LEX_ORG, LEX_ORG_LINK, LEX_PARTICLE, LEX_PLACE, LEX_STOP} from "./lexicon.ts";
import {COUNTRIES, STATE_OF_ADJECTIVE} from "./lexicon.ts";
import {resolveCandidates} from "./resolve.ts";
import {resolveRole, stateOfAdjective} from "./roles.ts";
import {STATE_MINISTRY_NOUN, STATE_MINISTRY_PORTFOLIOS} from "../model/nationalities.ts";
import {titleBefore} from "./titles.ts";
import {STATE_FORM_NOUNS, STATE_WRITTEN_NOUNS, BRANCH_WORDS, COUNTRY_GOVERNMENT_LEVELS, GOVERNMENT_LEVELS, LED_GROUP_NOUNS, NAMED_UNIT_NOUNS, ICRC_NAMES, NATIONAL_SOCIETY_DETERMINERS, NATIONAL_SOCIETY_NAMES, NATIONAL_SOCIETY_NOT_AFTER, NATIONAL_SOCIETY_STAFF_NOUNS, NATIONAL_SOCIETY_TAIL, ORDINAL_UNIT_NOUNS, ORG_NAME_PARTICLES, TRANSLATED_NAME_LINKS, UNIT_NOUN_COMPOUNDS} from "../model/org-words.ts";
import {KEPT_HONORIFICS, NAME_HONORIFICS, NAME_LINEAGE_PARTICLES, ROYAL_TITLES} from "../model/titles.ts";
import {HEADLINE_SMALL_WORDS, MONTH_GIVEN_NAMES, MONTH_HYPHEN_GIVEN_NAMES, PLURAL_SUBJECT_ENDINGS, SUBJECT_VERBS_AFTER_NAME} from "../model/stop-caps.ts";
import {foldKey, sentenceTokens, withLex, type Token} from "./tokens.ts";

/** Words a headline leaves lowercase (model/stop-caps.ts HEADLINE_SMALL_WORDS). */
const TITLE_SMALL: ReadonlySet<string> = new Set(HEADLINE_SMALL_WORDS);
/** Countries whose name holds "and" ("bosnia and herzegovina"), as word lists, by their first word. */
const AND_COUNTRIES = new Map<string, string[][]>();
for (const c of COUNTRIES) if (c.indexOf(" and ") > 0) {
  const words = c.split(" ");
  AND_COUNTRIES.set(words[0], [...(AND_COUNTRIES.get(words[0]) ?? []), words]);
}
/** The furthest word "and" stands at in those names ("sao tome and principe": 2). */
const AND_AT_MOST = Math.max(0, ...[...AND_COUNTRIES.values()].flat().map((words) => words.indexOf("and")));

/**
 * End of a country whose name holds "and" starting at token i ("Sao Tome and Principe",
 * "Trinidad and Tobago"), or 0: the chunker stops at a lowercase "and", which would leave
 * "Sao Tome" and "Principe" two guesses.
 *
 * @example andCountryEnd(tokenize("Trinidad and Tobago said"), 0) // 3
 */
export function andCountryEnd(tokens: Token[], i: number): number {
  // An "and" among the next AND_AT_MOST words first (every such name has its "and" there): this
  // runs on every capitalised word, and the lookup below hashed its key, for most names a string
  // no lookup had hashed yet.
  let and = false;
  for (let k = i + 1; k <= i + AND_AT_MOST && k < tokens.length; k++) if (tokens[k].key === "and") and = true;
  if (!and) return 0;
  const list = AND_COUNTRIES.get(tokens[i].key);
  if (list === undefined) return 0;
  for (const words of list) {
    if (i + words.length > tokens.length) continue;
    let k = 0;
    while (k < words.length && tokens[i + k].key === words[k] && (k === 0 || tokens[i + k - 1].sep !== "-") && !(k < words.length - 1 && tokens[i + k].poss)) k++;
    if (k === words.length) return i + k;
  }
  return 0;
}
/** Lexicon bits of words that never open a surname: title, organisation, place, nationality words. */
const NOT_A_SURNAME = LEX_HEAD | LEX_MODIFIER | LEX_ORG | LEX_PLACE | LEX_NATIONALITY;

/** Title Case or ALL CAPS lines (headlines not marked as such by stage 02). */
export function looksLikeHeadline(tokens: Token[]): boolean {
  // Title Case leaves only short function words lowercase ("Kremlin Hosts Hamas Official to Discuss…").
  // (A capitalised word is never a number: the capital test comes first, so its text is not read.)
  let caps = 0;
  for (const t of tokens) {
    if (t.cap) caps++;
    else {
      const c = t.key.charCodeAt(0);
      if (c >= 48 && c <= 57) continue;
      if (!TITLE_SMALL.has(t.key)) return false;
    }
  }
  return caps >= 3;
}

function slice(article: Article, start: number, end: number): string {
  const s = article.text.slice(start, end);
  return messySpace(article.text, start, end) ? s.replace(/\s+/g, " ") : s;
}

/**
 * Whether text[start, end) holds a line break, tab, carriage return, no-break space or two spaces
 * in a row (what `/[\n\t\r\u00a0]| {2}/` finds), read as char codes: slice runs for every
 * organisation and title a sentence names, and nearly none has one.
 */
function messySpace(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 9 || c === 13 || c === 0xa0 || (c === 32 && k + 1 < end && text.charCodeAt(k + 1) === 32)) return true;
  }
  return false;
}

/** Verbs that follow a named subject ("Hezbollah said", "Olsen is"): a sentence-initial word before one is kept (model/stop-caps.ts). */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(SUBJECT_VERBS_AFTER_NAME);
/** Plural common nouns at a sentence start ("Officials said", "Analysts say") are not names (endings: model/stop-caps.ts PLURAL_SUBJECT_ENDINGS). */
const PLURAL_NOUN = new RegExp(`(${PLURAL_SUBJECT_ENDINGS.join("|")})$`);

function subjectOfVerb(tokens: Token[], next: number): boolean {
  const t = tokens[next - 1];
  const v = tokens[next];
  return !!v && !v.cap && v.sep === " " && SUBJECT_VERBS.has(v.key) && !PLURAL_NOUN.test(t.key);
}

/** "united states" → "United States" (a state named only by the nationality list). */
function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Name from tokens: hyphens kept ("al-Sisi", "Stoke-on-Trent"), any other gap becomes one space ("[Peter] Olsen"). */
function joinName(tokens: Token[], from: number, to: number): string {
  let s = tokens[from].text;
  // "Dock Workers' Union" keeps its apostrophe (see pluralPossessive).
  for (let k = from + 1; k < to; k++) {
    const sep = tokens[k].sep;
    // "the People's Liberation Army": a possessive inside the name is a word of it (chunker.ts collectivePossessive;
    // review 29 F8), not "People Liberation Army".
    if (tokens[k - 1].poss) s += "'s";
    s += (sep === "-" ? "-" : sep === "'" || sep === "\u2019" ? sep + " " : " ") + tokens[k].text;
  }
  return s;
}

/**
 * Keys of tokens [from, to) in one array (no intermediate slice). Names of one to three words
 * (nearly all) get an array literal of exactly that size; longer ones are filled by push. Why
 * literals: the first push into `[]` reserves 17 slots (152 bytes for a one-word name), and
 * stage 04 makes one keys array per candidate. Why not `new Array(n)`: every other keys array
 * (split, filter, literals) is a packed array, and one holey kind among them sent resolve.ts's
 * optimised code back to the interpreter (a "wrong map" deopt and a second 150 ms compile in
 * every cold run); literals are packed.
 */
function keysOf(tokens: Token[], from: number, to: number): string[] {
  const n = to - from;
  if (n === 1) return [tokens[from].key];
  if (n === 2) return [tokens[from].key, tokens[from + 1].key];
  if (n === 3) return [tokens[from].key, tokens[from + 1].key, tokens[from + 2].key];
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push(tokens[k].key);
  return keys;
}

/**
 * Lookup key of the role phrase over tokens [from, to): keys joined by spaces, the first one
 * with "'s" when it is a possessive ("russia's top diplomat"). A loop rather than
 * slice/map/join: the callback's first call, late in a run, deoptimised sentenceCandidates.
 */
function roleKey(tokens: Token[], from: number, to: number, possessive: boolean): string {
  let key = possessive ? tokens[from].key + "'s" : tokens[from].key;
  for (let k = from + 1; k < to; k++) key += " " + tokens[k].key;
  return key;
}

/** Starts of sentence-like positions: first token, or right after an opening quote/colon/dash. */
function isInitial(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i].opener;
}

/**
 * Gazetteer matches per token of the sentence being scanned, computed on demand and reused by
 * the chunker's "a known name starts here" test. One per article, reset per sentence (a closure
 * and an array per sentence were a hot allocation).
 */
class GazetteerScan {
  tokens: Token[] = [];
  /** undefined = not yet tried. */
  at: (TrieMatch | null | undefined)[] = [];
  /** Handed to chunkEnd: a gazetteer name starts at token j. */
  readonly blocked = (j: number): boolean => !!this.gaz(j);
  /** Where the chunk being read starts, for blockedInName. */
  nameStart = 0;
  /**
   * Handed to chunkEnd for a chunk opening with a listed given name: as `blocked`, except for a
   * one-word organisation name that ends a run of two capitalised words or more ("Anna
   * Maria | Wagner," beside the entry "Wagner Group" / "Wagner") and is set off by punctuation
   * after it: the surname of the person being named, not the organisation.
   */
  readonly blockedInName = (j: number): boolean => {
    const m = this.gaz(j);
    if (!m) return false;
    const tokens = this.tokens;
    if (j - this.nameStart < 2 || m.end !== j + 1 || tokens[j].sep !== " " || tokens[j].upper) return true;
    // The name is set off after it (", Anna Maria Wagner, said"): "Elena Marsh Hamas talks" stays two names.
    const next = tokens[j + 1];
    if (next !== undefined && (next.sep === " " || next.sep === "-")) return true;
    for (const e of m.entries) if (this.g.entries[e].kind !== "organization") return true;
    return false;
  };
  constructor(readonly g: CompiledGazetteer) {}

  reset(tokens: Token[]): void {
    this.tokens = tokens;
    const at = this.at;
    if (at.length < tokens.length) at.length = tokens.length;
    // A loop, not at.fill(undefined, 0, n): fill is a call into V8's C++ builtins that the
    // optimiser does not inline, about 160 ns per call against about 30 ns for the loop over a
    // sentence's twenty-odd slots (measured), once per sentence. Same slots emptied.
    for (let k = 0; k < tokens.length; k++) at[k] = undefined;
  }

  gaz(j: number): TrieMatch | null {
    let m = this.at[j];
    if (m === undefined) m = this.at[j] = this.tokens[j].cap ? matchAt(this.g.names, this.tokens, j) : null;
    return m;
  }
}

const BRANCH = new Set(BRANCH_WORDS);
const ORDINAL_UNITS = new Set(ORDINAL_UNIT_NOUNS);
/** "42nd", "101st": digits and an ordinal ending. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Start token of an organisation chunk [from, to) with the ordinal before it when the chunk names
 * a military or police formation ("the | 42nd | Infantry Battalion", see ORDINAL_UNIT_NOUNS), else
 * `from`. The digit test comes first: almost no chunk follows a number.
 *
 * @example ordinalUnitStart(tokenize("the 42nd Infantry Battalion"), 2, 4) // 1
 */
export function ordinalUnitStart(tokens: Token[], from: number, to: number): number {
  if (from === 0 || tokens[from].sep !== " ") return from;
  const c = tokens[from - 1].key.charCodeAt(0);
  if (c < 48 || c > 57 || !ORDINAL.test(tokens[from - 1].key) || !ORDINAL_UNITS.has(tokens[to - 1].key)) return from;
  return from - 1;
}
const HONORIFICS = new Set(NAME_HONORIFICS);
const KEPT = new Set(KEPT_HONORIFICS);
const LED_NOUNS = new Set(LED_GROUP_NOUNS);
const LEVELS = new Set(GOVERNMENT_LEVELS);

/**
 * End of a group named with a lowercase common noun from token `i` (a capitalised word), or -1:
 * "<leader>-led [adjective] coalition" ("Saudi-led coalition", "US-led naval coalition"; the
 * leader ends at `leaderEnd`, a gazetteer name may be several words), "Union government", or
 * "Federal / Central government" with its country next to it (see COUNTRY_GOVERNMENT_LEVELS). Cheap tests first: most capitalised words are followed by neither.
 */
function commonNounGroupEnd(tokens: Token[], i: number, leaderEnd: number): number {
  const n = tokens.length;
  if (leaderEnd >= n) return -1;
  const led = tokens[leaderEnd];
  if (led.sep === "-" && led.key === "led" && !tokens[leaderEnd - 1].poss) {
    for (let k = leaderEnd + 1; k < n && k <= leaderEnd + 2; k++) {
      const u = tokens[k];
      if (u.cap || u.sep !== " ") return -1;
      if (LED_NOUNS.has(u.key)) return k + 1;
    }
    return -1;
  }
  const t = tokens[i];
  if (leaderEnd === i + 1 && !t.poss && !t.upper && governmentAt(tokens, i + 1) && LEVELS.has(t.key)) return i + 2;
  // "the Nigerian Federal government", "Brazil's Central government": the country before it.
  const level = tokens[leaderEnd];
  if (level.cap && level.sep === " " && COUNTRY_LEVELS.has(level.key) && governmentAt(tokens, leaderEnd + 1) && countryBefore(tokens, i, leaderEnd)) return leaderEnd + 2;
  // "the Federal government of Malaysia": the country after "of".
  if (leaderEnd === i + 1 && !t.poss && COUNTRY_LEVELS.has(t.key) && governmentAt(tokens, i + 1)) {
    const of = tokens[i + 2];
    if (of !== undefined && !of.cap && of.key === "of" && !tokens[i + 1].poss) return countryEnd(tokens, i + 3);
  }
  return -1;
}

const COUNTRY_LEVELS = new Set(COUNTRY_GOVERNMENT_LEVELS);

/**
 * Round 31: the end (exclusive) of a lowercase "coastguard" / "coast guard" right after a state's name or
 * nationality adjective ending at token k ("the Italian | coastguard", "the Sao Tome | coast guard"), or -1. The
 * service is a body of its own, as annotated (docs/evaluation.md), not the state.
 *
 * @example coastguardEnd(tokenize("the Italian coastguard said"), 2) // 3
 */
export function coastguardEnd(tokens: Token[], k: number): number {
  const a = tokens[k];
  if (a === undefined || a.cap || a.sep !== " " || tokens[k - 1]?.poss) return -1;
  if (COASTGUARD_WORDS.has(a.key)) return k + 1;
  const b = tokens[k + 1];
  return a.key === "coast" && b !== undefined && !b.cap && b.sep === " " && b.key === "guard" ? k + 2 : -1;
}
const COASTGUARD_WORDS: ReadonlySet<string> = new Set(["coastguard", "coastguards"]);

/**
 * Mend 31: true when a coastguard from token `i` to `end` (exclusive) is one officer, not the service: after "a" /
 * "an" the word names a body only as a modifier of the noun after it ("an Italian coast guard cutter"); "A Greek
 * coastguard was hurt", "a Maltese coastguard, Karl Borg, said" name a person.
 *
 * @example oneCoastguard(tokenize("A Greek coastguard was hurt"), 1, 3) // true
 */
function oneCoastguard(tokens: Token[], i: number, end: number): boolean {
  if (end < 0 || !INDEFINITE.has(tokens[i - 1]?.key ?? "")) return false;
  const next = tokens[end];
  return next === undefined || next.cap || !/^\p{Ll}+$/u.test(next.text) || OFFICER_NEXT.has(next.key);
}
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an"]);
/** Words after "a <nationality> coastguard" that show one officer: a verb or a clause, not a modified noun. */
const OFFICER_NEXT: ReadonlySet<string> = new Set(["was", "is", "had", "has", "were", "said", "says", "told", "who", "and", "or", "died", "drowned", "fell", "suffered", "went", "later", "also"]);

/** Token k is a lowercase "government" one space after the word before it. */
function governmentAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.cap && t.sep === " " && t.key === "government";
}

/**
 * Round 33: whether token k is a lowercase noun written with a nationality as one of its state's surface forms
 * ("Kenyan government", "Polish embassy"; model STATE_WRITTEN_NOUNS).
 *
 * @example stateWrittenAt(tokenize("Polish embassy issued"), 1) // true
 */
function stateWrittenAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.cap && t.sep === " " && STATE_WRITTEN.has(t.key);
}

/** Round 33: lowercase nouns written with a nationality as one of the state's surface forms (model STATE_WRITTEN_NOUNS). */
const STATE_WRITTEN: ReadonlySet<string> = new Set(STATE_WRITTEN_NOUNS);

const MINISTRY_PORTFOLIOS: ReadonlySet<string> = new Set(STATE_MINISTRY_PORTFOLIOS);

/**
 * The last token of a lowercase "[<portfolio>] ministry" starting at token k ("foreign ministry", "ministry";
 * model/nationalities.ts STATE_MINISTRY_PORTFOLIOS), or -1: after a nationality adjective it names the state's
 * ministry, one of the state's surface forms ("the Kyrgyz foreign ministry").
 */
function ministryEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined || t.cap || t.sep !== " ") return -1;
  if (t.key === STATE_MINISTRY_NOUN) return k;
  const m = tokens[k + 1];
  return MINISTRY_PORTFOLIOS.has(t.key) && m !== undefined && !m.cap && m.sep === " " && m.key === STATE_MINISTRY_NOUN ? k + 1 : -1;
}

/** Tokens [from, to) are a nationality adjective ("Nigerian") or a country's possessive ("Brazil's", "South Africa's"). */
function countryBefore(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (to === from + 1 && !last.poss) return STATE_OF_ADJECTIVE.has(last.key);
  return last.poss && COUNTRIES.has(keysOf(tokens, from, to).join(" "));
}

/** End of a country name of one or two words from token k ("Malaysia", "South Sudan"), or -1. */
function countryEnd(tokens: Token[], k: number): number {
  for (let len = 2; len >= 1; len--) {
    if (k + len > tokens.length) continue;
    let ok = true;
    for (let m = k; m < k + len; m++) ok &&= tokens[m].cap && tokens[m].sep === " ";
    if (ok && COUNTRIES.has(keysOf(tokens, k, k + len).join(" "))) return k + len;
  }
  return -1;
}

const LINEAGE = new Set(NAME_LINEAGE_PARTICLES);

/**
 * Start token of a person mention's text: the honorific that ends the title right before the
 * name when the name [from, to) has a lineage particle ("[President] Sheikh | Hamdan bin Rashid
 * Al Maktoum": written and referenced with it), or a KEPT_HONORIFICS word before any name
 * ("Datu | Ismael Sabdani"), else `from`. The name keeps its own words, so
 * stage 09 compares "Hamdan bin Rashid Al Maktoum" either way; the title is unchanged.
 */
function honorificStart(tokens: Token[], title: {start: number; end: number} | null, from: number, to: number): number {
  if (!title || title.end !== from || title.start > from - 1) return from;
  const key = tokens[from - 1].key;
  if (KEPT.has(key) && tokens[from - 1].cap) return from - 1;
  if (!HONORIFICS.has(key)) return from;
  for (let k = from + 1; k < to - 1; k++) if (!tokens[k].cap && LINEAGE.has(tokens[k].key)) return from - 1;
  return from;
}

/**
 * Whether the chunk ending before token `end` is a title's possessive followed by a capitalised
 * "Office" ("Comptroller's | Office", "Attorney General's | Office"): the office of an official is
 * an organisation, named with the title ("the Comptroller's Office"). A lowercase "office" after a
 * person ("Putin's office") is no name.
 *
 * @example officeAfter(tokenize("the Comptroller's Office said"), 2) // true
 */
export function officeAfter(tokens: Token[], end: number): boolean {
  const o = tokens[end];
  if (o === undefined || !o.cap || o.key !== "office" || o.sep !== " " || o.poss) return false;
  const last = tokens[end - 1];
  return last.poss && inLex(last, LEX_HEAD);
}

/**
 * Name of a title's office whose text is `text` and whose "Office" is token `o`: with the place
 * written right after it ("The Governor's Office in Zamfara" → "Governor's Office in Zamfara"), so
 * two states' governors' offices are two bodies; the mention's text stays the office's words.
 *
 * @example officeName(article, tokenize("The Governor's Office in Oyo said"), 2, "The Governor's Office") // "The Governor's Office in Oyo"
 */
function officeName(article: Article, tokens: Token[], o: number, text: string): string {
  const prep = tokens[o + 1];
  const place = tokens[o + 2];
  if (prep === undefined || place === undefined || prep.cap || prep.key !== "in" || !place.cap || place.sep !== " " || isStopCap(place)) return text;
  let z = o + 2;
  while (z + 1 < tokens.length && z < o + 4 && tokens[z + 1].cap && tokens[z + 1].sep === " " && !tokens[z].poss && !isStopCap(tokens[z + 1])) z++;
  placedOffice = true;
  return text + " in " + slice(article, place.start, tokens[z].end).replace(/['’]s$/, "");
}

/** Set when officeName names an office with its place in the article being read (see sameOfficePlaced). */
let placedOffice = false;

/**
 * One article's bare office mentions ("The Governor's Office said") take the name the article
 * gives that office with its place ("… Office in Zamfara"), when it gives exactly one: an article
 * speaks of one governor's office.
 */
function sameOfficePlaced(all: Candidate[], text: string): void {
  const placed = new Map<string, string | null>();
  for (const c of all) {
    if (c.kind !== "organization" || c.via !== "chunk" || c.keys[c.keys.length - 1] !== "office") continue;
    const own = text.slice(c.start, c.end);
    if (c.name === own) continue;
    const had = placed.get(own);
    placed.set(own, had === undefined || had === c.name ? c.name : null);
  }
  for (const c of all) {
    if (c.kind !== "organization" || c.via !== "chunk" || c.keys[c.keys.length - 1] !== "office") continue;
    const name = placed.get(c.name);
    if (name) c.name = name;
  }
}

/**
 * End of a regional branch name after a gazetteer organisation ending at token `from`: up to
 * three capitalised words, the last a branch word ("… Delta Province", "… Sahel Branch"), or
 * `from` when none. Places inside count ("… Mali Province"): the branch word makes them part of
 * the name. The loop stops at the first word that is not a plain capitalised word.
 */
function branchAfter(tokens: Token[], from: number): number {
  if (tokens[from - 1].poss) return from;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k];
    if (!t.cap || t.upper || t.sep !== " " || isStopCap(t)) return from;
    if (k > from && BRANCH.has(t.key)) return k + 1;
    if (t.poss) return from;
  }
  return from;
}

/**
 * End of an organisation named right after a country's possessive ("… Prison Service",
 * "… General Security Service"), or `from` when what follows is no organisation: a capitalised
 * chunk whose last word is an organisation word, not a gazetteer name itself.
 */
function possessedOrg(tokens: Token[], from: number, scan: GazetteerScan): number {
  if (from >= tokens.length || !tokens[from].cap || tokens[from].sep !== " " || isStopCap(tokens[from]) || scan.gaz(from)) return from;
  const end = chunkEnd(tokens, from, scan.blocked);
  return inLex(tokens[end - 1], LEX_ORG) && !tokens[end - 1].poss ? end : from;
}

/**
 * Candidates of one sentence, left to right. The loop keeps only the tests most words meet
 * (lowercase and stop words are skipped); each rule that finds a name is its own function that
 * pushes the candidate and returns the token after it (0 when it does not apply). Why: as one
 * function of 5 KB of bytecode this loop was TurboFan's third most expensive compile of a cold
 * run, and most of its branches (roles, "Trinidad and Tobago", "the Saudi-led coalition",
 * acronyms, offices) run for a few words per article.
 */
function sentenceCandidates(article: Article, s: Sentence, tokens: Token[], scan: GazetteerScan, headline: boolean, out: Candidate[]): void {
  const g = scan.g;
  scan.reset(tokens);
  const n = tokens.length;
  const si = s.index;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    // "the Russian president", "the Kremlin spokesman" → the gazetteer entry holding that role.
    // …and possessive roles without "the": "Russia's top diplomat said".
    const possRole = t.cap && t.poss && i + 1 < n && g.roles.next.size > 0;
    // ("the" is in the lexicon, so `lex` first: a word outside it is not read as a string.)
    if ((t.lex !== 0 && t.key === "the" && i + 1 < n && g.roles.next.size) || possRole) {
      const next = roleCandidate(article, tokens, i, possRole, si, g, out);
      if (next > 0) {
        i = next;
        continue;
      }
    }
    // "al-Sisi", "el-Sisi": a gazetteer alias may start with a lowercase particle.
    // (Cheap checks before the set lookup: most lowercase words are not before a hyphen.)
    if (!t.cap && i + 1 < n && tokens[i + 1].sep === "-" && tokens[i + 1].cap && inLex(t, LEX_PARTICLE)) scan.at[i] = matchAt(g.names, tokens, i);
    else if (!t.cap || (isStopCap(t) && !hyphenedGivenName(tokens, i) && !hyphenedParticle(tokens, i))) {
      i++;
      continue;
    }
    // "Trinidad and Tobago": a country whose name holds "and" is one mention.
    const andEnd = t.cap ? andCountryEnd(tokens, i) : 0;
    if (andEnd > 0) {
      out.push(andCountry(article, tokens, i, andEnd, si, g));
      i = andEnd;
      continue;
    }
    // "the State of Qatar", "the Kingdom of Saudi Arabia": the country, written with its formal name.
    const stateEnd = t.cap && !t.poss ? stateFormEnd(tokens, i, scan) : 0;
    if (stateEnd > 0) {
      out.push(stateForm(article, tokens, i, stateEnd, si, scan));
      i = stateEnd;
      continue;
    }
    const gm = scan.gaz(i);
    if (!t.cap && !gm) {
      i++;
      continue;
    }
    // "the Kenya Red Cross", "the Turkish Red Crescent": a state's own national society, one organisation.
    const societyEnd = nationalSocietyEnd(tokens, i, gm, g);
    if (societyEnd > 0 && !staffNationality(article, tokens, i, societyEnd)) {
      out.push(orgChunk(article, tokens, si, i, societyEnd));
      i = societyEnd;
      continue;
    }
    // Round 31: "the Italian coastguard", "the Sao Tome coast guard": a state's coastguard is a body of its own.
    const serviceEnd = t.poss ? -1 : gm ? gm.end : inLex(t, LEX_NATIONALITY) && t.sep !== "-" && tokens[i + 1]?.sep === " " ? i + 1 : -1;
    const coastguard = serviceEnd > 0 && !oneCoastguard(tokens, i, coastguardEnd(tokens, serviceEnd)) ? coastguardEnd(tokens, serviceEnd) : -1;
    if (coastguard > 0) {
      out.push(orgChunk(article, tokens, si, i, coastguard));
      i = coastguard;
      continue;
    }
    // "the Saudi-led coalition", "the Union government": a group named with a common noun.
    const groupEnd = commonNounGroupEnd(tokens, i, gm ? gm.end : i + 1);
    if (groupEnd > 0) {
      out.push(orgChunk(article, tokens, si, i, groupEnd));
      i = groupEnd;
      continue;
    }
    // "Egyptian mediators", "the Russian delegation": the adjective stands for the state.
    if (!gm) {
      const state = stateOfAdjective(tokens, i);
      if (state !== null) {
        out.push(nationalityCandidate(tokens, i, state, si, g));
        i++;
        continue;
      }
    }
    // A first name that is also a place ("Jordan", "Israel") followed by a surname is a person, and so
    // is any one-word place right after a title's head word ("President Santiago Peña": the title
    // says a person's name follows, though "Santiago" is in no list of given names).
    // Not before a title, organisation or place word: "Aden Governor Ali Saleh", "Aden Port Authority".
    const nameLike = gm && gm.end === i + 1 && (inLex(t, LEX_FIRST) || afterTitleHead(tokens, i)) && i + 1 < n && tokens[i + 1].cap && tokens[i + 1].sep === " " && !isStopCap(tokens[i + 1]) && !scan.gaz(i + 1) && !t.poss && !inLex(tokens[i + 1], NOT_A_SURNAME);
    if (gm && !nameLike && !royalGivenName(tokens, i, gm, g)) {
      i = gazetteerCandidates(article, tokens, i, gm, si, scan, out);
      continue;
    }
    // Round 31: "Ka-32 helicopters", "an AK-47": a model's designation names no actor.
    if (!gm && designationAt(tokens, i)) {
      i++;
      continue;
    }
    let end: number;
    if (inLex(t, LEX_FIRST) && !t.poss) {
      scan.nameStart = i;
      end = chunkEnd(tokens, i, scan.blockedInName);
    } else end = chunkEnd(tokens, i, scan.blocked);
    i = headline ? headlineCandidates(tokens, i, end, si, out) : chunkCandidates(article, tokens, i, end, si, out);
  }
}

const ROYAL: ReadonlySet<string> = new Set(ROYAL_TITLES);

/**
 * A one-word reference person's name at token i right after a royal title (model/titles.ts ROYAL_TITLES) that
 * is not that person's given name: "Sheikh Nawaf" is a given name, not the surname of the reference's
 * "Khalid Nawaf". The word is then read as a name of its own (a titled person).
 *
 * @example royalGivenName(tokenize("Sheikh Nawaf said"), 1, gm, g) // true when the reference knows "Nawaf" as a surname only
 */
function royalGivenName(tokens: Token[], i: number, gm: TrieMatch, g: CompiledGazetteer): boolean {
  if (gm.end !== i + 1 || i === 0 || tokens[i].sep !== " ") return false;
  const title = tokens[i - 1];
  if (!title.cap || title.poss || !ROYAL.has(title.key)) return false;
  const e = g.entries[gm.entries[0]];
  if (e.kind !== "person") return false;
  const space = e.name.indexOf(" ");
  return foldKey(space < 0 ? e.name : e.name.slice(0, space)) !== tokens[i].key;
}

/**
 * Token i follows a capitalised title head word with one space between ("President Santiago",
 * "Governor Victoria"), the head being no organisation word ("Ministry Kabul" is no title).
 *
 * @example afterTitleHead(tokenize("President Santiago Peña"), 1) // true
 */
function afterTitleHead(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i].sep !== " ") return false;
  const h = tokens[i - 1];
  return h.cap && !h.poss && inLex(h, LEX_HEAD) && !inLex(h, LEX_ORG);
}

/** The words of each national society name (model NATIONAL_SOCIETY_NAMES): [["red", "cross"], …]. */
const SOCIETY_WORDS = NATIONAL_SOCIETY_NAMES.map((name) => name.split(" "));

/**
 * Whether `key` is the first word of a national society name ("red"). Compared, not looked up in
 * a set: the key is often a surname no lookup has hashed yet ("Peter | Olsen").
 */
function opensSociety(key: string): boolean {
  for (const words of SOCIETY_WORDS) if (words[0] === key) return true;
  return false;
}

/**
 * The end of a national society of the Red Cross or Red Crescent named from token i: a nationality adjective or a
 * country's name (gazetteer or lexicon), then a movement name (model NATIONAL_SOCIETY_NAMES) and maybe "Society", all capitalised
 * and joined by spaces: "the Tanzanian Red Cross", "Kenya Red Cross Society" (not "Kenya's Red Cross", "Kenya, Red
 * Cross …"). 0 when there is none, or when the gazetteer knows a longer name from token i ("Palestinian Red
 * Crescent" is its own entry).
 */
function nationalSocietyEnd(tokens: Token[], i: number, gm: TrieMatch | null, g: CompiledGazetteer): number {
  const t = tokens[i];
  const k = gm ? gm.end : i + 1;
  const n = tokens.length;
  // The word after the state first: it opens a movement name ("Red") after almost no capitalised
  // word, and this runs on each of them; the state's tests read a gazetteer entry or hash the key.
  if (k >= n || tokens[k].sep !== " " || !tokens[k].cap || !opensSociety(tokens[k].key)) return 0;
  if (gm) {
    if (g.entries[gm.entries[0]].kind !== "country" || tokens[gm.end - 1].poss) return 0;
  } else {
    // A nationality adjective ("Tanzanian"), or a one-word country the lexicon knows without the gazetteer ("Nepal").
    if (t.poss || !((inLex(t, LEX_NATIONALITY) && STATE_OF_ADJECTIVE.has(t.key)) || COUNTRIES.has(t.key))) return 0;
  }
  // A capitalised word glued before the state is part of another place's name ("the New Mexico Red Cross", a US
  // chapter): no state's society.
  if (i > 0 && tokens[i].sep === " " && tokens[i - 1].cap && !isStopCap(tokens[i - 1]) && !tokens[i - 1].poss) return 0;
  for (const words of SOCIETY_WORDS) {
    if (k + words.length > n) continue;
    let w = 0;
    while (w < words.length && tokens[k + w].key === words[w] && tokens[k + w].cap && (w === 0 || tokens[k + w].sep === " ") && (w === words.length - 1 || !tokens[k + w].poss)) w++;
    if (w < words.length) continue;
    const end = k + w;
    // "the Georgia Red Cross chapter": a local chapter (of the American Red Cross), no state's society.
    if (end < n && !tokens[end].cap && NATIONAL_SOCIETY_NOT_AFTER.includes(tokens[end].key)) return 0;
    return end < n && tokens[end].key === NATIONAL_SOCIETY_TAIL && tokens[end].cap && tokens[end].sep === " " && !tokens[end - 1].poss ? end + 1 : end;
  }
  return 0;
}

const SOCIETY_STAFF = new Set(NATIONAL_SOCIETY_STAFF_NOUNS);
const SOCIETY_DETERMINERS = new Set(NATIONAL_SOCIETY_DETERMINERS);
const namesIcrc = new WeakMap<Article, boolean>();

/**
 * True when the national society's name at tokens [i, end) is a staff member's nationality instead: a staff noun
 * follows, no determiner stands before, and the article names the ICRC ("Swiss Red Cross worker Andreas Keller was
 * freed …, the ICRC said": an ICRC delegate who is Swiss). "A Nigerian Red Cross volunteer" keeps the society.
 */
function staffNationality(article: Article, tokens: Token[], i: number, end: number): boolean {
  if (end >= tokens.length || !SOCIETY_STAFF.has(tokens[end].key) || tokens[end].cap) return false;
  if (i > 0 && SOCIETY_DETERMINERS.has(tokens[i - 1].key)) return false;
  let icrc = namesIcrc.get(article);
  if (icrc === undefined) {
    icrc = ICRC_NAMES.test(article.text);
    namesIcrc.set(article, icrc);
  }
  return icrc;
}

/**
 * The role phrase after "the" at token i ("the | Russian president"), or the possessive role
 * from token i ("Russia's top diplomat"): pushes the gazetteer entry holding that role and
 * returns the token after the phrase, or 0 when no role or no single holder matches.
 */
function roleCandidate(article: Article, tokens: Token[], i: number, possRole: boolean, si: number, g: CompiledGazetteer, out: Candidate[]): number {
  const n = tokens.length;
  const rm = matchAt(g.roles, tokens, possRole ? i : i + 1, false);
  if (!rm) return 0;
  const after = rm.end < n ? tokens[rm.end] : null;
  const named = after && after.cap && after.sep === " " && !isStopCap(after);
  const key = roleKey(tokens, possRole ? i : i + 1, rm.end, possRole);
  const entry = named ? null : resolveRole(g.roleTargets.get(key), article.published);
  if (entry === null || rm.end <= i + 1) return 0;
  const e = g.entries[entry];
  out.push(candidate(si, tokens[i].start, tokens[rm.end - 1].end, e.name.toLowerCase().split(/\s+/), e.name, e.kind, true, e.name, "role", null, null));
  return rm.end;
}

const STATE_FORMS: ReadonlySet<string> = new Set(STATE_FORM_NOUNS);

/**
 * The end of a state's formal name from token i, "<State form noun> of <country>" (STATE_FORM_NOUNS; the
 * country a gazetteer country ending the name), or 0: "State of Qatar" → 3. Not when more capitalised
 * words follow the country ("the Republic of Chile Navy" names a navy).
 *
 * @example stateFormEnd(tokenize("the State of Qatar said"), 1, scan) // 4
 */
function stateFormEnd(tokens: Token[], i: number, scan: GazetteerScan): number {
  // The lowercase "of" after the word first: this runs on every capitalised word, and a word
  // compare ("of" is the lexicon's one string) is cheaper than the set lookup of the word's key.
  if (i + 2 >= tokens.length) return 0;
  const of = tokens[i + 1];
  if (of.key !== "of" || of.cap || of.sep !== " " || tokens[i + 2].sep !== " " || !STATE_FORMS.has(tokens[i].key)) return 0;
  const gm = scan.gaz(i + 2);
  if (!gm || scan.g.entries[gm.entries[0]].kind !== "country") return 0;
  const after = tokens[gm.end];
  if (after !== undefined && after.cap && after.sep === " ") return 0;
  return gm.end;
}

/** The country of a formal name over tokens [i, end) (see stateFormEnd), written as the whole name. */
function stateForm(article: Article, tokens: Token[], i: number, end: number, si: number, scan: GazetteerScan): Candidate {
  const e = scan.g.entries[scan.gaz(i + 2)!.entries[0]];
  return candidate(si, tokens[i].start, tokens[end - 1].end, keysOf(tokens, i + 2, end), e.name, e.kind, true, e.name, "gazetteer", null, null);
}

/** The country whose name holds "and" over tokens [i, andEnd) (see andCountryEnd), as its gazetteer entry when it has one. */
function andCountry(article: Article, tokens: Token[], i: number, andEnd: number, si: number, g: CompiledGazetteer): Candidate {
  const t = tokens[i];
  const country = keysOf(tokens, i, andEnd).join(" ");
  const entry = g.byKey.get(country);
  const e = entry === undefined ? null : g.entries[entry];
  const name = e ? e.name : slice(article, t.start, tokens[andEnd - 1].end);
  return candidate(si, t.start, tokens[andEnd - 1].end, keysOf(tokens, i, andEnd), name, e ? e.kind : "country", true, e ? e.name : null, "chunk", null, null);
}

/** A sure organisation named by tokens [from, to) as written ("the Saudi-led coalition", "Gaza Health Ministry"). */
function orgChunk(article: Article, tokens: Token[], si: number, from: number, to: number): Candidate {
  const a = tokens[from].start;
  const z = tokens[to - 1].end;
  return candidate(si, a, z, keysOf(tokens, from, to), slice(article, a, z), "organization", true, null, "chunk", null, null);
}

/** The state a nationality adjective at token i stands for (`state`, its key: "egypt"), as its gazetteer entry when it has one. */
function nationalityCandidate(tokens: Token[], i: number, state: string, si: number, g: CompiledGazetteer): Candidate {
  const t = tokens[i];
  const entry = g.byKey.get(state);
  const e = entry === undefined ? null : g.entries[entry];
  const name = e ? e.name : titleCase(state);
  // "the Kenyan government", "the Polish embassy": the country, written with its noun, so "Kenyan government" is
  // one of the country's surface forms ("Kenyan mediators" stays "Kenyan").
  // "the Kyrgyz foreign ministry": so is the state's ministry named by its adjective.
  const ministry = t.poss ? -1 : ministryEnd(tokens, i + 1);
  const last = stateWrittenAt(tokens, i + 1) && !t.poss ? tokens[i + 1] : ministry > 0 ? tokens[ministry] : t;
  return candidate(si, t.start, last.end, name.toLowerCase().split(/\s+/), name, e ? e.kind : "country", true, e ? e.name : null, "nationality", null, null);
}

/**
 * The gazetteer name `gm` at token i, extended to the organisation written around it ("Gaza
 * Health Ministry", "… Delta Province", "Orinoco's Water Service"): pushes its candidates and
 * returns the token after them.
 */
function gazetteerCandidates(article: Article, tokens: Token[], i: number, gm: TrieMatch, si: number, scan: GazetteerScan, out: Candidate[]): number {
  const n = tokens.length;
  const e = scan.g.entries[gm.entries[0]];
  let end = gm.end;
  // "Gaza Health Ministry" when only "Gaza" is known: the organisation word wins. A listed one-word body on the way
  // stops it, unless it is a word of this body's name (round 34: "the Zambia | Congress Party", bodyWordInName).
  let extended = false;
  for (let k = end; k < n && k < end + 4 && !tokens[k - 1].poss && tokens[k].cap && tokens[k].sep === " " && !isStopCap(tokens[k]) && (!scan.gaz(k) || bodyWordInName(tokens, k)); k++) {
    if (inLex(tokens[k], LEX_ORG)) {
      end = k + 1;
      extended = true;
    }
  }
  // "UAE Ministry of Foreign Affairs": the organisation goes on over "of"/"for" and the
  // capitalised words after it, as any organisation chunk does (chunkEnd from its last word).
  if (extended && end < n && !tokens[end].cap && inLex(tokens[end], LEX_ORG_LINK)) end = chunkEnd(tokens, end - 1, scan.blocked);
  if (!extended && e.kind === "organization") {
    const branchEnd = branchAfter(tokens, end);
    if (branchEnd > end) {
      end = branchEnd;
      extended = true;
    }
  }
  // "Panama City", "Guatemala City": a capital named after its state is a place of its own.
  if (e.kind === "country" && !extended && !tokens[end - 1].poss && end < n && tokens[end].key === "city" && tokens[end].cap && tokens[end].sep === " ") {
    const a = tokens[i].start;
    const z = tokens[end].end;
    out.push(candidate(si, a, z, keysOf(tokens, i, end + 1), slice(article, a, z).replace(/['’]s$/, ""), "place", true, null, "chunk", null, null));
    return end + 1;
  }
  // "Orinoco's Water Service": a country's own organisation. Two mentions: the country (its
  // owner, which later stages read) and the organisation ("Water Service", its text), named
  // with the country ("Orinoco's Water Service") so two countries' services stay apart.
  if (e.kind === "country" && tokens[end - 1].poss) {
    const orgEnd = possessedOrg(tokens, end, scan);
    if (orgEnd > end) {
      const t = tokens[i];
      const a = tokens[end];
      const z = tokens[orgEnd - 1];
      out.push(candidate(si, t.start, tokens[end - 1].end, keysOf(tokens, i, end), e.name, e.kind, true, e.name, "gazetteer", null, null));
      out.push(candidate(si, a.start, z.end, keysOf(tokens, end, orgEnd), slice(article, t.start, z.end), "organization", true, null, "chunk", null, null));
      return orgEnd;
    }
  }
  if (extended) {
    out.push(orgChunk(article, tokens, si, i, end));
  } else {
    const title = e.kind === "person" ? titleBefore(tokens, i) : null;
    const titleText = title ? slice(article, tokens[title.start].start, tokens[title.end - 1].end) : null;
    const textStart = tokens[honorificStart(tokens, title, i, end)].start;
    out.push(candidate(si, textStart, tokens[end - 1].end, keysOf(tokens, i, end), e.name, e.kind, true, e.name, "gazetteer", titleText, null));
  }
  return end;
}

/**
 * A capitalised chunk [i, end) of a Title Case headline: every word is capitalised, so only
 * names corroborated by the body count (resolve.ts). One weak candidate per word that is no
 * stop word, grouped by the chunk's first offset. Returns `end`.
 */
function headlineCandidates(tokens: Token[], i: number, end: number, si: number, out: Candidate[]): number {
  for (let k = i; k < end; k++) {
    if (isStopCap(tokens[k])) continue;
    out.push(candidate(si, tokens[k].start, tokens[k].end, [tokens[k].key], tokens[k].text, "organization", false, null, "chunk", null, "headline", tokens[i].start));
  }
  return end;
}

/**
 * The candidates of a capitalised chunk [i, end) of a body sentence: a body the rules of
 * `namedBody` find, else the names chunkNames finds in it. Returns the token after what was read.
 */
function chunkCandidates(article: Article, tokens: Token[], i: number, end: number, si: number, out: Candidate[]): number {
  const body = namedBody(article, tokens, i, end, si, out);
  if (body > 0) return body;
  const t = tokens[i];
  // Include a particle glued before the chunk: "al-Sinwar" — also after punctuation ("the
  // clinic, al-Tamimi said", "(al-Tamimi)"), but not inside a longer hyphenated word.
  let from = i;
  if (i > 0 && t.sep === "-" && !tokens[i - 1].cap && inLex(tokens[i - 1], LEX_PARTICLE) && tokens[i - 1].key.length <= 3 && tokens[i - 1].sep !== "-" && tokens[i - 1].sep !== "—") from = i - 1;
  for (const part of chunkNames(tokens, i, end)) out.push(partCandidate(article, tokens, part, i, from, si));
  return end;
}

/**
 * An organisation the chunk [i, end) names by what is written around it: defining its acronym,
 * an official's office, "the Synod", a unit named after a person. Pushes it and returns the
 * token after it, or 0 when none applies (nearly every chunk: each rule's first test fails).
 */
function namedBody(article: Article, tokens: Token[], i: number, end: number, si: number, out: Candidate[]): number {
  const t = tokens[i];
  // "the Frente Popular Central (FPC)": the writer defines the short form of an organisation.
  // "the Union des Travailleurs du Sud (UTS)": the name goes on over lowercase particles the
  // chunker stops at ("des"), up to the acronym its capitalised words spell.
  const defined = definesAcronym(article, tokens, i, end) ? end : acronymThroughParticles(article, tokens, i, end);
  if (defined > 0) {
    out.push(candidate(si, t.start, tokens[defined - 1].end, keysOf(tokens, i, defined), joinName(tokens, i, defined), "organization", true, null, "chunk", null, null));
    return defined;
  }
  // "the Comptroller's Office", "the Attorney General's Office": an official's office is a body.
  if (officeAfter(tokens, end)) {
    const text = slice(article, t.start, tokens[end].end);
    out.push(candidate(si, t.start, tokens[end].end, keysOf(tokens, i, end + 1), officeName(article, tokens, end, text), "organization", true, null, "chunk", null, null));
    return end + 1;
  }
  // "the Synod" after "the Anglican Synod": kept only as that organisation (resolve.ts).
  // Not "the Church of Rome": a named body of its own, whose "of …" the chunker left out.
  if (end === i + 1 && i > 0 && tokens[i - 1].key === "the" && tokens[i - 1].sep !== "-" && !t.upper && inLex(t, LEX_ORG) && !ofName(tokens, end)) {
    out.push(candidate(si, t.start, t.end, [t.key], t.text, "organization", true, null, "chunk", null, "head"));
    return end;
  }
  // "the Ana Quiroga front": an armed unit named after a person.
  const unitEnd = namedUnitEnd(tokens, i, end);
  if (unitEnd > 0) {
    out.push(orgChunk(article, tokens, si, i, unitEnd));
    return unitEnd;
  }
  return 0;
}

/**
 * The candidate of one name chunkNames found in the chunk starting at token i (`from`: the chunk's
 * start with a glued particle, "al-Sinwar"): its text, title and whether it is a weak
 * sentence-initial word.
 */
function partCandidate(article: Article, tokens: Token[], part: ChunkName, i: number, from: number, si: number): Candidate {
  const a = part.from === i ? (part.kind === "person" ? from : ordinalUnitStart(tokens, from, part.to)) : part.from;
  const startTok = tokens[a];
  const endTok = tokens[part.to - 1];
  const single = part.to - part.from === 1;
  // "[Peter] Olsen": the surface keeps both brackets.
  const bracketed = part.to - a > 1 && tokens[a + 1].sep === "]" && article.text[startTok.start - 1] === "[";
  const weak = single && isInitial(tokens, part.from) && !subjectOfVerb(tokens, part.to) && !part.title && !inLex(tokens[part.from], LEX_FIRST) && !tokens[part.from].upper && !tokens[part.from].poss && !(part.kindSure && part.kind !== "person") ? "initial" : null;
  const title = part.title ? slice(article, tokens[part.title.start].start, tokens[part.title.end - 1].end) : null;
  const textStart = part.kind === "person" ? tokens[honorificStart(tokens, part.title, a, part.to)].start : startTok.start;
  return candidate(si, bracketed ? startTok.start - 1 : textStart, endTok.end, keysOf(tokens, a, part.to), joinName(tokens, a, part.to), part.kind, part.kindSure, null, part.via, title, weak);
}

/** Month stop words that may be given names (model/stop-caps.ts). */
const GIVEN_MONTHS: ReadonlySet<string> = new Set(MONTH_GIVEN_NAMES);
/** Month abbreviations that may open a hyphenated given name (model/stop-caps.ts). */
const HYPHEN_MONTHS: ReadonlySet<string> = new Set(MONTH_HYPHEN_GIVEN_NAMES);

/**
 * Token k is a month stop word that is a given name here: "Jan" (no period), one space, a
 * capitalised non-stop word ("Jan Horak"); or a month abbreviation hyphened to a capitalised
 * non-stop word ("Jan-Erik Lund", "Jun-Ho Park"; "Jan-Mar" stays a month range).
 */
function givenMonthAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const nx = tokens[k + 1];
  if (!inLex(t, LEX_STOP) || !t.cap || t.upper || t.text.length !== 3 || nx === undefined || nx.start !== t.end + 1 || !nx.cap || nx.upper || isStopCap(nx)) return false;
  return nx.sep === "-" ? HYPHEN_MONTHS.has(t.key) : nx.sep === " " && GIVEN_MONTHS.has(t.key);
}

/**
 * The sentence's tokens with a month word that is a given name read as a first name: "Jan Horak said", "the
 * activist Jan Kowalczyk" (a stop word would cut the name to its surname); "on Jan 5", "Jan. 12", "in Jan and Feb"
 * stay months. The cached tokens are shared with stage 08 and never mutated: the list is copied, with a copy of
 * the one token, only when such a word is found (rare), else returned as is.
 *
 * @example givenMonthNames(tokenize("Jan Horak said"))[0].lex & LEX_FIRST // non-zero
 */
export function givenMonthNames(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!givenMonthAt(tokens, k)) continue;
    out ??= tokens.slice();
    const t = tokens[k];
    out[k] = withLex(t, (t.lex & ~LEX_STOP) | LEX_FIRST);
  }
  return out ?? tokens;
}

/**
 * The chunk [from, end) is followed by "(<ACRONYM>)" spelled by the initials of its capitalised
 * words ("Frente Popular Central (FPC)", "Liga Campesina del Sur (LCS)"), not opening with a first name: the writer defines an
 * organisation's short form, so the chunk is that organisation whatever its words look like
 * ("Mayor" is then no title, "Central" no place). Two words at least; the acronym must close.
 * (Lowercase links are skipped: "del".)
 *
 * @example definesAcronym(article, tokenize("the Frente Popular Central (FPC) said"), 1, 4) // true
 */
function definesAcronym(article: Article, tokens: Token[], from: number, end: number): boolean {
  const a = tokens[end];
  if (a === undefined || a.sep !== "(" || !a.upper || end - from < 2 || article.text.charCodeAt(a.end) !== 41) return false;
  // "Ana Ruiz Costa (ARC)": a person's initials, not an organisation's short form.
  if (inLex(tokens[from], LEX_FIRST)) return false;
  // "Marta Ruiz Diaz (MRD)" with a first name the list lacks: outside "the …", a chunk that reads
  // as one untitled person is that person ("the Comando Mayor Andino (CMA)" keeps its article).
  if (tokens[from - 1]?.key !== "the" && wholePerson(tokens, from, end)) return false;
  let n = 0;
  let words = 0;
  for (let k = from; k < end; k++) {
    const u = tokens[k];
    if (!u.cap) continue;
    words++;
    if (n === words - 1 && u.text.charCodeAt(0) === a.text.charCodeAt(n)) n++;
  }
  if (n === words && n === a.text.length) return true;
  // "Cooperative for the Renewal of Kasai (COREKA)": a syllable acronym, the first letters
  // of each capitalised word (one to SYLLABLE_LETTERS each, every word giving at least its initial).
  // Three capitalised words and five letters at least: a place's three-letter code after its
  // two-word name ("Port Moresby (POM)", "Kuala Lumpur (KUL)") spells it too (review 22, F10).
  if (words >= SYLLABLE_MIN_WORDS && a.text.length >= SYLLABLE_MIN_LETTERS && words < a.text.length && a.text.length <= words * SYLLABLE_LETTERS && spellsByPrefixes(tokens, from, end, a.text.toLowerCase())) return true;
  return translatedAcronym(tokens, from, end, a.text);
}

/**
 * "the National Coordinator for Disaster Reduction (CONRED)": an English rendering of a name whose acronym stays in
 * its own language (Coordinadora Nacional para la Reducción de Desastres), where an adjective and its noun trade
 * places. The acronym spells the capitalised words' first one to SYLLABLE_LETTERS letters in order once some
 * neighbouring pairs of words are swapped (co|n|re|d of Coordinator, National, Reduction, Disaster), and the name
 * links its words with an English "for"/"of" (an organisation's name, not a person's or a place's). Three to
 * TRANSLATED_MAX_WORDS capitalised words. Round 23.
 *
 * @example translatedAcronym(tokenize("the National Coordinator for Disaster Reduction (CONRED)"), 1, 6, "CONRED") // true
 */
function translatedAcronym(tokens: Token[], from: number, end: number, acr: string): boolean {
  const words: string[] = [];
  let link = false;
  for (let k = from; k < end; k++) {
    const u = tokens[k];
    if (u.cap) words.push(u.text.toLowerCase());
    else link ||= k > from && TRANSLATED_LINKS.has(u.key);
  }
  const n = words.length;
  if (!link || n < SYLLABLE_MIN_WORDS || n > TRANSLATED_MAX_WORDS || acr.length < n || acr.length > n * SYLLABLE_LETTERS) return false;
  return swapsSpell(words, 0, acr.toLowerCase());
}

/** Most capitalised words translatedAcronym reads (their swap orders grow as Fibonacci numbers: 13 at six). */
const TRANSLATED_MAX_WORDS = 6;

/** Whether `words` from word k, each pair of neighbours from there kept or swapped, spell `acr` by prefixes. */
function swapsSpell(words: string[], k: number, acr: string): boolean {
  if (k >= words.length - 1) return wordsSpell(words, acr);
  if (swapsSpell(words, k + 1, acr)) return true;
  [words[k], words[k + 1]] = [words[k + 1], words[k]];
  const ok = swapsSpell(words, k + 2, acr);
  [words[k], words[k + 1]] = [words[k + 1], words[k]];
  return ok;
}

/** English links inside a translated organisation's name (model/org-words.ts TRANSLATED_NAME_LINKS). */
const TRANSLATED_LINKS: ReadonlySet<string> = new Set(TRANSLATED_NAME_LINKS);

/** Most letters a word gives a syllable acronym ("CO" of "Cooperative", "DE" of "Development"). */
const SYLLABLE_LETTERS = 3;
/** Fewest capitalised words and letters of a syllable acronym's name and acronym. */
const SYLLABLE_MIN_WORDS = 3;
const SYLLABLE_MIN_LETTERS = 5;

/**
 * Whether the capitalised words of tokens [from, end) spell `acr`, each word giving the first one
 * to SYLLABLE_LETTERS of its letters in order ("codeco": co|de|co of "Cooperative … Development …
 * Congo"). Each (word, letter) state is tried once: without the memo, a name of repeated words
 * before an acronym that fails at its last letter ("The Aaa Aaa … (AAA…AB)") took time exponential
 * in its words, and one such line hung a run.
 *
 * @example spellsByPrefixes(tokens, 0, tokens.length, "comogu") // true when tokens are "Cooperative of Mountain Guides"
 */
function spellsByPrefixes(tokens: Token[], from: number, end: number, acr: string): boolean {
  const words: string[] = [];
  for (let k = from; k < end; k++) if (tokens[k].cap) words.push(tokens[k].text.toLowerCase());
  return wordsSpell(words, acr);
}

/**
 * Whether `words` in order spell `acr`, each giving its first one to SYLLABLE_LETTERS letters (shared by the
 * syllable acronym and the translated one, whose words may swap).
 *
 * @example wordsSpell(["cooperative", "mountain", "guides"], "comogu") // true
 */
function wordsSpell(words: readonly string[], acr: string): boolean {
  return spellsFrom(words, 0, acr, 0, new Uint8Array((words.length + 1) * (acr.length + 1)));
}

/** wordsSpell from word w and letter `at`; `failed` marks states already known to fail. */
function spellsFrom(words: readonly string[], w: number, acr: string, at: number, failed: Uint8Array): boolean {
  if (w === words.length) return at === acr.length;
  const state = w * (acr.length + 1) + at;
  if (failed[state] === 1) return false;
  const word = words[w];
  for (let len = 1; len <= SYLLABLE_LETTERS && len <= word.length && at + len <= acr.length; len++) {
    if (word.charCodeAt(len - 1) !== acr.charCodeAt(at + len - 1)) break;
    if (spellsFrom(words, w + 1, acr, at + len, failed)) return true;
  }
  failed[state] = 1;
  return false;
}

/** Lowercase words inside a non-English organisation's name (model/org-words.ts ORG_NAME_PARTICLES). */
const NAME_PARTICLE: ReadonlySet<string> = new Set(ORG_NAME_PARTICLES);
/** Most lowercase particles in a row inside such a name ("de la", "de los"). */
const PARTICLE_RUN = 2;

/**
 * End (exclusive) of an organisation's name that goes on from the chunk [from, end) over
 * lowercase particles and capitalised words to an acronym in parentheses its capitalised words
 * spell ("Union | des | Travailleurs | du | Sud (UTS)", "Frente | de | Liberación | de la |
 * Costa (FLC)"), or 0. The chunker stops at a particle that is no name particle ("des") or
 * after an unknown word, so the name was cut to its first word; the acronym is the writer's
 * proof that the words are one name. The first test (a particle right after the chunk) fails
 * for nearly every chunk.
 *
 * @example acronymThroughParticles(article, tokenize("the Union des Travailleurs du Sud (UTS) said"), 1, 2) // 6
 */
function acronymThroughParticles(article: Article, tokens: Token[], from: number, end: number): number {
  const first = tokens[end];
  if (first === undefined || first.cap || first.sep !== " " || !NAME_PARTICLE.has(first.key) || tokens[end - 1].poss) return 0;
  let j = end;
  while (j < tokens.length) {
    let k = j;
    while (k < tokens.length && k - j < PARTICLE_RUN && !tokens[k].cap && tokens[k].sep === " " && NAME_PARTICLE.has(tokens[k].key)) k++;
    if (k === j || k >= tokens.length || !tokens[k].cap || tokens[k].upper || tokens[k].sep !== " " || isStopCap(tokens[k])) return 0;
    while (k + 1 < tokens.length && tokens[k + 1].cap && !tokens[k + 1].upper && (tokens[k + 1].sep === " " || tokens[k + 1].sep === "-") && !tokens[k].poss) k++;
    j = k + 1;
    if (tokens[k].poss) return 0;
    if (j < tokens.length && tokens[j].sep === "(") return definesAcronym(article, tokens, from, j) ? j : 0;
  }
  return 0;
}

const NAMED_UNITS: ReadonlySet<string> = new Set(NAMED_UNIT_NOUNS);
const UNIT_COMPOUNDS: ReadonlySet<string> = new Set(UNIT_NOUN_COMPOUNDS);

/**
 * End (exclusive) of "the <Name> <unit>" when the chunk [from, end) is a person's name of two
 * words or more between "the" and a lowercase unit noun ("the Ana Quiroga front", "the Tomas
 * Ledo brigade"), else -1. Why a person's name: "the Gaza front", "the northern front" are
 * places of fighting, and "the Ana Quiroga front" names no Ana Quiroga.
 *
 * @example namedUnitEnd(tokenize("the Ana Quiroga front freed them"), 1, 3) // 4
 */
function namedUnitEnd(tokens: Token[], from: number, end: number): number {
  const the = tokens[from - 1];
  const noun = tokens[end];
  if (the === undefined || noun === undefined || the.key !== "the" || end - from < 2 || noun.cap || noun.sep !== " " || !NAMED_UNITS.has(noun.key) || tokens[end - 1].poss) return -1;
  // "the Ana Lopez front door": the unit noun only modifies the next one.
  const next = tokens[end + 1];
  if (next !== undefined && next.sep === " " && !next.cap && UNIT_COMPOUNDS.has(next.key)) return -1;
  return wholePerson(tokens, from, end) ? end + 1 : -1;
}

/** "of" and a capitalised word start at k ("the Church of Rome"). */
function ofName(tokens: Token[], k: number): boolean {
  return tokens[k]?.key === "of" && tokens[k + 1]?.cap === true;
}

/** The chunk [from, end) reads as one person's name with no title ("Ana Quiroga"). */
function wholePerson(tokens: Token[], from: number, end: number): boolean {
  const parts = chunkNames(tokens, from, end);
  return parts.length === 1 && parts[0].kind === "person" && parts[0].from === from && parts[0].to === end && !parts[0].title;
}

let lastScan: GazetteerScan | null = null;

/**
 * All actor mentions of one article, sorted by position.
 *
 * @example findArticleMentions(article, sentences, ctx)[0].name // "Vladimir Putin"
 */
export function findArticleMentions(article: Article, sentences: Sentence[], ctx: Context): Mention[] {
  const g = compileGazetteer(ctx.gazetteer ?? []);
  // One scan object per gazetteer, reused article after article (the stage runs synchronously).
  const scan = lastScan?.g === g ? lastScan : (lastScan = new GazetteerScan(g));
  const all: Candidate[] = [];
  const midKeys: string[] = [];
  for (const s of sentences) {
    if (s.kind === "boilerplate" || s.kind === "credit") continue;
    if (s.end <= s.start || s.end > article.text.length) continue;
    const tokens = givenMonthNames(sentenceTokens(article, s));
    const headline = s.kind === "headline" || looksLikeHeadline(tokens);
    if (!headline) addMidCaps(tokens, midKeys);
    sentenceCandidates(article, s, tokens, scan, headline, all);
  }
  acronymKinds(all, article.text);
  numberedNames(all, article.text);
  if (placedOffice) {
    sameOfficePlaced(all, article.text);
    placedOffice = false;
  }
  const mentions: Mention[] = [];
  for (const c of resolveCandidates(all, midCaps(all, midKeys), article.text)) mentions.push(mentionRecord(c.sentenceIndex, c.start, c.end, textAt(article.text, c.start, c.end, c.name), c.name, c.kind, c.gazetteerName, c.via, c.title));
  return mentions;
}

/**
 * `text.slice(start, end)`, the mention as written, given as the `name` string itself when the
 * name reads exactly so ("Vladimir Putin" written as the reference list writes it, "Peter Olsen"
 * joined from its words): the same characters, so the same output, without a copy. Why: about
 * four mentions in five read as their name, and every mention lives until stage 09, so each copy
 * was young data the collector moved twice; a reference name is one string shared by all its
 * mentions, whose hash stage 09's sets and maps then find already computed.
 *
 * @example textAt("Putin said", 0, 5, "Putin") // "Putin" (the name's own string)
 */
export function textAt(text: string, start: number, end: number, name: string): string {
  return name.length === end - start && text.startsWith(name, start) ? name : text.slice(start, end);
}

/** "(ELN)", "(IS Delta)": an all-caps word of two to seven letters, then at most two capitalised words. */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}(?: \p{Lu}[\p{L}-]*){0,2}$/u;

/**
 * "the Rural Workers Front (RWF)", "the Islamic State Delta Province (IS Delta)": a short
 * acronym in parentheses right after an organisation's name takes that name's kind, so
 * "IS Delta" is not guessed to be a person ("two capitalised words") and stage 09 can join it
 * to the name. Only candidates of one sentence next to each other are compared: the gap must
 * be a lone "(" and a ")" must close the acronym.
 */
function acronymKinds(all: Candidate[], text: string): void {
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k];
    const b = all[k + 1];
    if (b.start - a.end > 3 || b.start <= a.end || a.sentenceIndex !== b.sentenceIndex || text.charCodeAt(b.end) !== 41) continue;
    if (a.kind === "person" || !a.kindSure || b.gazetteerName || (b.kindSure && b.kind !== "person")) continue;
    if (text.slice(a.end, b.start).trim() !== "(" || !ACRONYM.test(b.name) || b.keys.length >= a.keys.length) continue;
    b.kind = a.kind;
    b.kindSure = true;
    b.via = "acronym";
    b.weak = null;
  }
}

/**
 * Appends the keys of the capitalised words after the first word of a body sentence (not after
 * an opening quote or colon either): the evidence `midCaps` reads. Collected while the sentence's
 * tokens are fresh, instead of walking every token of the article again at its end.
 */
function addMidCaps(tokens: Token[], out: string[]): void {
  for (let k = 1; k < tokens.length; k++) if (tokens[k].cap && !isInitial(tokens, k)) out.push(tokens[k].key);
}

/**
 * Keys of capitalised words seen after the first word of a body sentence — evidence for a
 * sentence-initial lone word — restricted to the words that need it (the first keys of
 * "initial" candidates): a handful of string comparisons per capitalised word instead of adding
 * every one to a set.
 */
function midCaps(all: Candidate[], midKeys: string[]): Set<string> {
  const wanted = new Set<string>();
  for (const c of all) if (c.weak === "initial") wanted.add(c.keys[0]);
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  for (const key of midKeys) if (wanted.has(key)) found.add(key);
  return found;
}

/**
 * Stage 04's output row as one object literal, fields in the order the class had (the tables'
 * JSON is unchanged): sentenceIndex, start, end, text, name, kind, gazetteerName, via, title.
 *
 * A literal on purpose, not a constructor (round 20; rounds 18-19 had a class): mentions live to
 * the end of the run (stages 07-11 read them), about 40 per article, and a literal has an
 * allocation site, so V8 allocates them straight in the old generation once it sees they survive
 * ("pretenuring"); constructor-made rows were each copied twice by the young-generation collector
 * first. Measured on the 5,000-article bench (--trace-gc-nvp, stages 01-11, 7 cold runs each):
 * 112-113 -> 109-111 scavenges, 190-198 -> 172-179 MB promoted, 175-186 -> 160-168 MB copied
 * within the young generation.
 *
 * @example mentionRecord(0, 4, 9, "Olsen", "Peter Olsen", "person", null, "chunk", null).text // "Olsen"
 */
function mentionRecord(sentenceIndex: number, start: number, end: number, text: string, name: string, kind: Mention["kind"], gazetteerName: string | null, via: string, title: string | null): Mention {
  return {sentenceIndex, start, end, text, name, kind, gazetteerName, via, title};
}
