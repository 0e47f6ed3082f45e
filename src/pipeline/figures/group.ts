/**
 * Who was counted: the noun phrase after a number ("20 living Israeli hostages" → "living israeli hostages",
 * "hundreds of people" → "people", "three of the hostages" → "hostages", "8,600 people in Gaza" → "people in gaza").
 * Also recognises day counts ("498 days"). Reads at most a few tokens to the right, so it is linear.
 */
import {codeAt, isBlank, isUpperCode, lowerCase, skipBlanks, skipBlanksBack} from "./chars.ts";
import {isRegexSpace} from "../dates/spaces.ts";
import {DEMONYM_ENDINGS, GROUP_MODIFIERS, NON_PERSON_HEADS, PARTICIPLE_THING_NOUNS, PERSON_NOUNS} from "../model/person-nouns.ts";
import {FIGURE_PERSON_NOUNS} from "../model/figure-person-nouns.ts";
import {MONTHS, NOT_PLACE_WORDS} from "../model/figure-exclusions.ts";
import {TENS, UNITS} from "../model/number-words.ts";
import {isAsciiLetter as isLetter} from "../util/chars.ts";

export interface Group {
  kind: "person" | "days" | "none";
  /** Lower-case head noun ("hostages", "palestinians", "days"), or null. */
  head: string | null;
  /** Normalised group label, lower case, or null. */
  label: string | null;
  /** Offsets (local to the sentence) of the head noun and of the whole group phrase. */
  headStart: number;
  headEnd: number;
  end: number;
  /** "eight of them", "24 of whom": a part of a group named before. (Always set: one object shape.) */
  partitive?: boolean;
  /** The first word after the number (and "of the"), lower case: used for verb cues ("3,400 had been killed"). */
  next: string;
  nextStart: number;
}

// The shared person nouns and the figures' own (church and mission roles: "seized nine missionaries").
const PERSON = new Set([...PERSON_NOUNS.filter((w) => !w.includes(" ")), ...FIGURE_PERSON_NOUNS]);
/**
 * The person nouns of more than one word ("aid workers", "police officers"), as first word → the rest: a pair is
 * looked up by its two words, with no "first second" string built and hashed per word after a number.
 */
const PAIR_REST = new Map<string, Set<string>>();
for (const w of PERSON_NOUNS.filter((w) => w.includes(" "))) {
  const first = w.slice(0, w.indexOf(" "));
  const rest = PAIR_REST.get(first);
  if (rest) rest.add(w.slice(first.length + 1));
  else PAIR_REST.set(first, new Set([w.slice(first.length + 1)]));
}
const MODIFIERS = new Set(GROUP_MODIFIERS);
const DEMONYM = new RegExp(`^[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:${DEMONYM_ENDINGS.join("|")})$`);
/** The last letters of DEMONYM_ENDINGS ("s", "e"): a capitalised word ending otherwise ("Monday") skips DEMONYM. */
const DEMONYM_LAST = new Set(DEMONYM_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));
const ADJECTIVE_ENDINGS = new Set(["ian", "ese", "ish", "al", "ive", "ic", "ous", "ful", "less", "ary", "ern", "ing", "ed", "ly", "i", "y", "ible", "able", "ant", "ent", "ior"]);
const ADJECTIVE_MAX = Math.max(...[...ADJECTIVE_ENDINGS].map((e) => e.length));
const LABEL_ADJECTIVES = new Set([
  "living", "former", "young", "old", "elderly", "innocent", "unarmed", "foreign", "local", "female", "male", "dual",
  "armed", "new", "freed", "released", "abducted", "kidnapped", "surviving", "missing", "displaced", "dead",
  "injured", "wounded", "deceased", "remaining", "other", "more", "further", "additional", "civilian", "senior",
  "junior", "ordinary", "retired", "minor", "adult", "jewish", "muslim", "christian", "arab", "thai", "nepali",
  // "the bodies of 500 fallen soldiers": a participle used as an adjective (VERB_FORM would stop the search)
  "fallen"
]);
/** Words that end a group search: function words, auxiliaries, prepositions. */
const STOP = new Set([
  "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "since", "over",
  "during", "after", "before", "into", "across", "among", "including", "were", "was", "are", "is", "be", "been", "being",
  "had", "have", "has", "will", "would", "could", "may", "might", "must", "shall", "should", "can", "did", "do", "does",
  "who", "which", "that", "whom", "whose", "this", "these", "those", "their", "his", "her", "its", "our", "they", "he",
  "she", "it", "we", "i", "you", "not", "no", "so", "than", "then", "there", "here", "when", "where", "while", "if",
  "each", "every", "all", "both", "per", "out", "up", "down", "off", "about", "around", "according", "said", "says",
  "remain", "remained", "remains", "died", "survived", "later", "ago", "earlier", "now", "still", "also", "only",
  // "Rebels released six Japanese today police officials said": a time adverb ends the phrase, so "today police
  // officials" is no modifier of the demonym.
  "today", "yesterday", "tonight", "tomorrow", "overnight"
]);
/** Person words that are adjectives after a noun ("people homeless", "civilians dead"): never extend a head. */
const NOT_COMPOUND = new Set(["homeless", "dead", "injured", "wounded", "displaced", "missing", "others", "alive"]);
/** Verb forms never modify a following person noun ("25 taken hostage", "30 held hostage"). */
const VERB_FORM = /(?:ed|en|ing|ly)$/;
/** A plain lowercase word, or a hyphenated compound of them ("small-scale"). */
const PLAIN_COMPOUND = /^[a-z]+(?:-[a-z]+)*$/;
const IRREGULAR_PARTICIPLES = new Set(["held", "kept", "left", "made", "found", "shot", "hit", "caught", "sent", "got", "put", "set", "brought", "stuck", "took", "led", "fled"]);
const DIGITS_REST = /[\d,.]*/y;
/** A singular owner's possessive after "of the": "of the group's", "of the army’s" (not "of the hostages' …"). */
const OWNER_POSSESSIVE = /^[a-z]+['’]s$/;
/** How many tokens after the number findGroup may read. */
const GROUP_TOKENS = 9;

interface Tok {
  word: string | null;
  /** Lower-case word, or null for a punctuation token. */
  lower: string | null;
  text: string;
  start: number;
  end: number;
}

/**
 * The token at `pos` after spaces and tabs: a word (`[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*`) or any one
 * non-space character; undefined at the end or before other whitespace. By hand: this runs for every
 * word after every number, and a sticky regex exec (with its match array) cost several times more.
 */
function tokenAt(text: string, pos: number): Tok | undefined {
  let k = pos;
  while (codeAt(text, k) === 32 || codeAt(text, k) === 9) k++;
  if (k >= text.length) return undefined;
  const c = codeAt(text, k);
  if (isLetter(c)) {
    let e = k + 1;
    for (let d = codeAt(text, e); isLetter(d) || d === 39 || d === 0x2019; d = codeAt(text, ++e));
    while (codeAt(text, e) === 45 && isLetter(codeAt(text, e + 1))) {
      e += 2;
      while (isLetter(codeAt(text, e))) e++;
    }
    const word = text.slice(k, e);
    return {word, lower: lowerCase(word), text: word, start: k, end: e};
  }
  if (isRegexSpace(c)) return undefined;
  return {word: null, lower: null, text: text[k], start: k, end: k + 1};
}

/**
 * Up to `max` tokens from `pos`, read only as far as asked: most numbers are decided by their first word
 * ("7 October", "2,000 people"), so reading nine tokens up front was mostly wasted.
 */
class LazyTokens {
  // Fields `declare`d and set by the constructor, not parameter properties: under target ES2022 those (and a
  // field declared without a value, `pos`) are first defined as undefined by an initialiser and then set, two stores
  // each per number read, and `pos` never kept as a small integer (see CandidateRow in actors/candidate.ts).
  declare private readonly text: string;
  declare private readonly max: number;
  declare private readonly toks: Tok[];
  declare private pos: number;
  declare private done: boolean;
  constructor(text: string, pos: number, max: number) {
    this.text = text;
    this.max = max;
    this.toks = [];
    this.pos = pos;
    this.done = false;
  }

  /** Token `k`, or undefined past the end or the limit. */
  at(k: number): Tok | undefined {
    while (this.toks.length <= k && !this.done) {
      const t = this.toks.length < this.max ? tokenAt(this.text, this.pos) : undefined;
      if (!t) {
        this.done = true;
        break;
      }
      this.pos = t.end;
      this.toks.push(t);
    }
    return this.toks[k];
  }
}

const NON_PERSON_HEAD = new Set(NON_PERSON_HEADS);

/** Lower-case text of a token ("" for none). */
function lowerText(t: Tok | undefined): string {
  return t ? t.lower ?? lowerCase(t.text) : "";
}

/** `lw` is `w` in lower case (the token carries both). */
function isPersonWord(w: string, lw: string): boolean {
  return PERSON.has(lw) || (isUpperCode(w.charCodeAt(0)) && DEMONYM_LAST.has(w.charCodeAt(w.length - 1)) && DEMONYM.test(w));
}


/**
 * "men's", "women’s", "children's", "people's": the possessive of a plural person noun not ending in "s" (a regular
 * plural's possessive, "hostages' families", counts families, not hostages).
 */
function possessivePlural(lw: string): boolean {
  const n = lw.length;
  if (n < 5 || lw.charCodeAt(n - 1) !== 115) return false;
  const q = lw.charCodeAt(n - 2);
  if (q !== 39 && q !== 0x2019) return false;
  const stem = lw.slice(0, -2);
  return (stem.endsWith("men") || stem === "children" || stem === "people") && PERSON.has(stem);
}

/** ADJECTIVE_ENDING without a regex: the list's endings, by length. */
function hasAdjectiveEnding(lw: string): boolean {
  for (let n = 1; n <= ADJECTIVE_MAX && n <= lw.length; n++) {
    if (ADJECTIVE_ENDINGS.has(lw.slice(lw.length - n))) return true;
  }
  return false;
}

function isModifier(w: string, lw: string): boolean {
  if (STOP.has(lw)) return false;
  if (MODIFIERS.has(lw) || LABEL_ADJECTIVES.has(lw)) return true;
  if (isUpperCode(w.charCodeAt(0))) return true; // "Israeli", "Russian-Israeli", "Gaza"
  // "small-scale", "full-time", "low-income": a hyphenated compound before a noun is an adjective.
  if (lw.indexOf("-") > 0 && PLAIN_COMPOUND.test(lw)) return true;
  return hasAdjectiveEnding(lw);
}

/**
 * True when the "and"/"or" at token `i` joins two modifiers of one head: a modifier before it and a modifier
 * after it ("foreign and dual nationals"), not a person word ("20 Israelis and 10 ..." never reaches here).
 */
function coordinatedModifier(toks: LazyTokens, i: number): boolean {
  const a = toks.at(i - 1), b = toks.at(i + 1);
  return !!(a && a.word && b && b.word && isModifier(a.word, a.lower!) && isModifier(b.word, b.lower!) && !PERSON.has(a.lower!));
}

/** No group: `next` is token `i` after the number ending at `pos`. (Module-level: a closure per call costs.) */
function noGroup(toks: LazyTokens, i: number, pos: number): Group {
  const t = toks.at(i);
  return {kind: "none", head: null, label: null, headStart: -1, headEnd: -1, end: pos, next: lowerText(t), nextStart: t?.start ?? pos, partitive: false};
}

const COMPOUND_THING = /^([a-z]+)[ \t]+([a-z]+)\b/;
/** A participle right after a bare number, then a lower-case word: "four impounded barges". */
const PARTICIPLE_PLURAL = /^[a-z]+ed[ \t]+([a-z]{3,})\b/;
const PARTICIPLE_THINGS = new Set(PARTICIPLE_THING_NOUNS);

/**
 * True when a bare number is followed by a participle and a noun of things (PARTICIPLE_THING_NOUNS): the number
 * counts those things ("the owners of four impounded barges", "two hijacked tankers"), not people who were
 * seized ("three seized in the raid", "12 abducted schoolgirls" stay people).
 *
 * @example participleThing("four impounded barges", 5) // true
 */
export function participleThing(text: string, pos: number): boolean {
  const m = PARTICIPLE_PLURAL.exec(text.slice(pos, pos + 40));
  return m !== null && (PARTICIPLE_THINGS.has(m[1]) || NON_PERSON_HEAD.has(m[1]));
}

/** "more", "other" … then at most one modifier and a plural noun: "6 more boats", "3 more patrol vessels". */
const MORE_THING = /^[a-z]+[ \t]+(?:[a-z-]+[ \t]+)?([a-z]{3,})\b/;
const MORE_WORDS = new Set(["more", "other", "further", "additional", "extra"]);

/**
 * True when a bare number is followed by "more" (or "other", "further", "additional", "extra"), at most one
 * modifier and a noun of things (PARTICIPLE_THING_NOUNS, NON_PERSON_HEADS): the number counts those things
 * ("the navy sent 6 more boats", "3 additional armoured vehicles"), not more people ("freed 5 more on Friday",
 * "two more crew members" stay people). Only a `next` of that kind reaches the regex.
 *
 * @example moreThings("3 more patrol vessels", 2, "more") // true
 */
export function moreThings(text: string, pos: number, next: string): boolean {
  if (!MORE_WORDS.has(next)) return false;
  const m = MORE_THING.exec(text.slice(pos, pos + 50));
  return m !== null && (PARTICIPLE_THINGS.has(m[1]) || NON_PERSON_HEAD.has(m[1]));
}

/**
 * True when the word right after a bare number is a noun that counts things (NON_PERSON_HEADS): "brought
 * home in 68 exchanges", "held in 12 camps". Such a noun also reads as a cue ("exchang*"), so without this the
 * number would look like a count with its own verb.
 *
 * @example thingNounNext("exchanges") // true
 */
export function thingNounNext(next: string): boolean {
  return NON_PERSON_HEAD.has(next);
}

/**
 * True when the words at `pos` are a person noun used as a modifier of a noun that counts things, not
 * people: "20 refugee camps", "a dozen prisoner exchanges" (see NON_PERSON_HEADS). "300 in camps" is not one.
 *
 * @example countsThings("20 refugee camps", 3) // true
 */
export function countsThings(text: string, pos: number): boolean {
  // COMPOUND_THING's first word is the lower-case letters at `pos` then a blank, and a person noun: read and look it
  // up first (the word after most bare numbers is a verb, "12 were killed", and then no slice or regex runs).
  let e = pos;
  for (let c = codeAt(text, e); c >= 97 && c <= 122; c = codeAt(text, ++e));
  if (e === pos || !isBlank(codeAt(text, e)) || !PERSON.has(text.slice(pos, e))) return false;
  const m = COMPOUND_THING.exec(text.slice(pos, pos + 40));
  return m !== null && PERSON.has(m[1]) && NON_PERSON_HEAD.has(m[2]);
}

/** Number words of one token that may count a whole after "of" ("four of nine villagers"). */
const WHOLE_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);

/** A token that is a count: digits ("12", "1,200") or one number word ("nine", "twenty"). */
function countToken(t: Tok): boolean {
  return /^\d/.test(t.text) || (t.word !== null && WHOLE_WORDS.has(t.lower ?? ""));
}

/**
 * Group phrase after the number phrase ending at `pos` in `text`. `vague` numbers read "of" first
 * ("dozens of hostages"); exact numbers accept a partitive "of the/those" ("three of the hostages").
 *
 * @example findGroup("20 living Israeli hostages that were", 2, false).label // "living israeli hostages"
 */
/**
 * Token `k` is a plain noun (no stop word, verb form or participle) right before a person noun: the second noun of a
 * two-noun modifier, "truck" in "aid truck drivers".
 */
function plainBeforePerson(toks: LazyTokens, k: number): boolean {
  const after = toks.at(k + 1);
  return plainWord(toks, k) && !!after && !!after.word && PERSON.has(after.lower!);
}

/** Token `k` is a plain noun-like word: no stop word, verb form or participle ("aid", "truck", "gold"). */
function plainWord(toks: LazyTokens, k: number): boolean {
  const w = toks.at(k);
  if (!w || !w.word) return false;
  const lw = w.lower!;
  return !STOP.has(lw) && PLAIN_COMPOUND.test(w.word) && !VERB_FORM.test(lw) && !IRREGULAR_PARTICIPLES.has(lw);
}

export function findGroup(text: string, pos: number, vague: boolean, vagueText = ""): Group {
  const toks = new LazyTokens(text, pos, GROUP_TOKENS);
  let i = 0;
  if (toks.at(0)?.lower === "of") {
    const t1 = toks.at(1)?.lower ?? undefined;
    // "three of the hostages", "Seventy-three of our defenders"
    if (t1 === "the" || t1 === "those" || t1 === "these" || t1 === "its" || t1 === "their" || t1 === "our" || t1 === "his" || t1 === "her" || t1 === "my" || t1 === "your") {
      i = 2;
      // "15 of the cartel's commanders": the owner's possessive stands before the head.
      const owner = t1 === "the" ? toks.at(2) : undefined;
      if (owner && owner.word && OWNER_POSSESSIVE.test(owner.word)) i = 3;
      // "All but four of the 26 trapped miners": a part of the count that follows.
      const t2 = toks.at(2);
      if (t2 && !t2.word && /\d/.test(t2.text)) {
        DIGITS_REST.lastIndex = t2.end;
        const whole = findGroup(text, t2.end + (DIGITS_REST.exec(text)?.[0].length ?? 0), false);
        // The whole keeps its own figure; the part ends before it so their cue windows stay apart.
        return whole.kind === "person" ? {...whole, partitive: true, end: toks.at(1)!.end} : {...noGroup(toks, i, pos), partitive: true};
      }
      // "Three of the six were later freed": a part of a count in words named before, with no noun of its own; the
      // word after the whole is the part's verb ("two of the four hostages" is the digits' case above).
      if (t2 && t2.word && WHOLE_WORDS.has(t2.lower!)) {
        const whole = findGroup(text, t2.end, false);
        if (whole.kind === "person") return {...whole, partitive: true, end: toks.at(1)!.end};
        if (whole.kind === "none") return {...noGroup(toks, 3, pos), partitive: true};
      }
    }
    else if (vague) i = 1;
    else if (toks.at(1) !== undefined && countToken(toks.at(1)!)) {
      // "freed the last four of 12 villagers": a part of the count that follows, with no "the" between.
      const t2 = toks.at(1)!;
      DIGITS_REST.lastIndex = t2.end;
      const whole = findGroup(text, t2.end + (DIGITS_REST.exec(text)?.[0].length ?? 0), false);
      // The whole keeps its own figure; the part ends at "of" so their cue windows stay apart.
      return whole.kind === "person" ? {...whole, partitive: true, end: toks.at(0)!.end} : noGroup(toks, i, pos);
    }
    else if (t1 === "them" || t1 === "whom" || t1 === "us") {
      i = 2;
      return {...noGroup(toks, i, pos), partitive: true};
    } else return noGroup(toks, i, pos);
  } else if (vague && /s$/i.test(vagueText)) {
    // "thousands were killed": no group; "thousands Palestinians" is not English, so no head search.
    // ("several hundred workers" takes its noun directly.)
    return noGroup(toks, i, pos);
  }
  const first = i;
  let mods = 0;
  let t: Tok | undefined;
  while ((t = toks.at(i)) !== undefined && mods <= 3) {
    // A failed search reports the first word after the number as `next` ("8,000 joined the strike").
    if (!t.word) {
      i = first;
      return noGroup(toks, i, pos);
    }
    const lw = t.lower!;
    if (lw === "day" || lw === "days") {
      return {kind: "days", head: "days", label: "days", headStart: t.start, headEnd: t.end, end: t.end, next: lowerText(toks.at(i + 1)), nextStart: toks.at(i + 1)?.start ?? t.end, partitive: false};
    }
    const nextWord = toks.at(i + 1)?.word;
    const nextLower = toks.at(i + 1)?.lower;
    if (nextLower && PAIR_REST.get(lw)?.has(nextLower)) {
      return finish(text, toks, first, i, i + 1);
    }
    // "the three men's return": an irregular plural's possessive counts the people and ends the phrase.
    if (possessivePlural(lw)) return finish(text, toks, first, i, i);
    // "Six Guyanese gold miners", "12 Chinese oil workers": a demonym that is also its plural ("-ese", "Swiss")
    // before a plain noun that modifies a person noun is an adjective, not the head.
    if (isUpperCode(t.word.charCodeAt(0)) && !PERSON.has(lw) && (plainBeforePerson(toks, i + 1) || (plainWord(toks, i + 1) && plainBeforePerson(toks, i + 2))) &&
      isPersonWord(t.word, lw)) {
      mods++;
      i++;
      continue;
    }
    if (isPersonWord(t.word, lw)) {
      // Compound heads: "citizen hostages", "Gaza residents", "Paris residents".
      let j = i;
      let w: Tok | undefined;
      while ((w = toks.at(j + 1)) && w.word && isPersonWord(w.word, w.lower!) && !NOT_COMPOUND.has(w.lower!) && j - i < 2) j++;
      // "a dozen prisoner exchanges": the noun after the person words is the head, and it counts no people.
      const after = toks.at(j + 1);
      if (after && after.word && after.lower && NON_PERSON_HEAD.has(after.lower)) {
        i = first;
        return noGroup(toks, i, pos);
      }
      // "the four missing men": the adjective-like person word is a cue, not part of the head.
      return finish(text, toks, first, j > i && NOT_COMPOUND.has(lw) ? j : i, j);
    }
    // "66 foreign and dual nationals", "40 Russian or Ukrainian soldiers": two modifiers joined by and/or.
    if ((lw === "and" || lw === "or") && i > first && coordinatedModifier(toks, i)) {
      i++;
      continue;
    }
    // "80 rescue workers", "12 police officers": a plain noun before a person noun modifies it.
    // "400 small-scale miners", "30 part-time workers": a hyphenated compound before a person noun modifies it too.
    // Session 28: two plain nouns before it too ("seven aid truck drivers", "40 gold mine workers").
    if (!isModifier(t.word, lw) && !(nextWord && !STOP.has(lw) && PLAIN_COMPOUND.test(t.word) && !VERB_FORM.test(lw) && !IRREGULAR_PARTICIPLES.has(lw) && (PERSON.has(nextLower!) || plainBeforePerson(toks, i + 1)))) {
      i = first;
      return noGroup(toks, i, pos);
    }
    mods++;
    i++;
  }
  i = first;
  return noGroup(toks, i, pos);
}

// Pre-tested by finish (lower-case "i" or "f" after the blanks): a capitalised or other preposition needs that test changed.
const PLACE_AFTER = /[ \t]+(in|from)[ \t]+((?:the[ \t]+)?[A-Z][A-Za-z’'-]*(?:[ \t]+[A-Z][A-Za-z’'-]*){0,2})/y;

/** "were killed in Gaza", "still held in the West Bank": a verb (with its auxiliary) between the noun and the place. */
const VERB_PLACE = /[ \t]+(?:(?:have|has|had)[ \t]+been[ \t]+|(?:were|was|are|is|been|being)[ \t]+)?(?:(?:[a-z]+ly|still|now)[ \t]+)?(?:[a-z]+ed|held|slain|taken|hurt|kept|shot|died|remain|remaining)[ \t]+(in|from)[ \t]+((?:the[ \t]+)?[A-Z][A-Za-z’'-]*(?:[ \t]+[A-Z][A-Za-z’'-]*){0,2})/y;
/** What may follow such a place: the clause goes on with a preposition or ends ("killed in Gaza on Monday"). */
const PLACE_FOLLOW = /[ \t]*(?:$|[,.;:)!?"”'’—–-]|(?:on|and|or|since|during|after|before|at|by|last|this|when|while|as|according|over|amid|following|until|in|for|from|to|with|between|under)\b)/y;
const NOT_PLACE = new Set([...MONTHS, ...NOT_PLACE_WORDS]);

/**
 * " in gaza" when the noun ending at `end` is followed by a verb and a place ("1,200 people were killed in
 * Israel"), so "killed · people in israel" and "killed · people in gaza" are not one chart series; "" otherwise.
 * Times ("in October") and adjectives ("in Israeli strikes": a lower-case noun follows) are no places.
 */
/**
 * The first word of the place after "in"/"from" at `at`, lowercased, past a "the" and a possessive: "in March" →
 * "march", "from the Ministry's" → "ministry".
 */
function firstPlaceWord(text: string, at: number): string {
  const m = /^(?:in|from)[ \t]+(?:the[ \t]+)?([A-Za-z’'-]+)([ \t]+[A-Z])?/.exec(text.slice(at, at + 40));
  // "in May Pen", "in April Street": a capitalised word after the month makes it a place's first word (review 28 F17).
  return m && !m[2] ? m[1].toLowerCase().replace(/[’']s$/, "") : "";
}

function placeAfterVerb(text: string, end: number): string {
  VERB_PLACE.lastIndex = end;
  const m = VERB_PLACE.exec(text);
  if (!m) return "";
  PLACE_FOLLOW.lastIndex = VERB_PLACE.lastIndex;
  if (!PLACE_FOLLOW.test(text)) return "";
  const first = m[2].replace(/^the[ \t]+/, "").split(/[ \t]/)[0].toLowerCase().replace(/[’']s$/, "");
  if (NOT_PLACE.has(first)) return "";
  return ` ${m[1]} ${m[2]}`;
}

function finish(text: string, toks: LazyTokens, first: number, headFirst: number, headLast: number): Group {
  const start = toks.at(first)!.start;
  let end = toks.at(headLast)!.end;
  const lastLower = lowerText(toks.at(headLast));
  const head = possessivePlural(lastLower) ? lastLower.slice(0, -2) : lastLower;
  // PLACE_AFTER starts with blanks then "in"/"from": test the characters first (the blank, then "i" or "f").
  const c = codeAt(text, end);
  let place = "";
  if (c === 32 || c === 9) {
    const d = codeAt(text, skipBlanks(text, end));
    PLACE_AFTER.lastIndex = end;
    // "12 engineers in Lagos", not "12 engineers in March" (a month or weekday is no place: NOT_PLACE).
    if ((d === 105 || d === 102) && PLACE_AFTER.test(text) && !NOT_PLACE.has(firstPlaceWord(text, skipBlanks(text, end)))) end = PLACE_AFTER.lastIndex;
    else place = placeAfterVerb(text, end);
  }
  // Tokens are separated by spaces and tabs only, so most labels need neither replacement.
  let label = lowerCase(place ? text.slice(start, end) + place : text.slice(start, end));
  if (label.includes("'") || label.includes("’")) label = label.replace(/[’']s\b/g, "");
  if (label.includes("\t") || label.includes("  ")) label = label.replace(/\s+/g, " ");
  label = label.trim();
  // The token after the head: the lazy reader already has it unless the head was its last allowed token.
  const nextTok = headLast + 1 < GROUP_TOKENS ? toks.at(headLast + 1) : tokenAt(text, toks.at(headLast)!.end);
  return {
    kind: "person", head, label, headStart: toks.at(headFirst)!.start, headEnd: toks.at(headLast)!.end, end,
    next: lowerText(nextTok), nextStart: nextTok?.start ?? end, partitive: false
  };
}

const APPOSITIVE_BEFORE = /([A-Za-z]+)[ \t]*,[ \t]*$/;
/** APPOSITIVE_AFTER (`^[ \t]*,` within `n` characters from `pos`) by hand. */
function commaWithin(text: string, pos: number, n: number): boolean {
  let k = pos;
  while (k < pos + n && (codeAt(text, k) === 32 || codeAt(text, k) === 9)) k++;
  return k < pos + n && codeAt(text, k) === 44;
}

/**
 * "the same number of Russian soldiers, 103, had been returned": a number set off by commas right after a
 * plural person noun counts that noun. `start` is where the number phrase (with its hedge) begins, `end`
 * where the number ends. Returns null when the number is not such an aside.
 *
 * @example appositiveGroup("the soldiers, 103, were freed", 14, 17)?.head // "soldiers"
 */
export function appositiveGroup(text: string, start: number, end: number): Group | null {
  if (!commaWithin(text, end, 3)) return null;
  // APPOSITIVE_BEFORE ends in a letter, blanks, a comma, blanks: read those characters back first, since an
  // end-anchored regex is tried from every start of the slice (most numbers have no comma right before them).
  const commaBefore = skipBlanksBack(text, start);
  if (codeAt(text, commaBefore) !== 44 || !isLetter(codeAt(text, skipBlanksBack(text, commaBefore)))) return null;
  const m = APPOSITIVE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const word = m[1];
  const lw = word.toLowerCase();
  // Plural nouns only: "a soldier, 19," is an age.
  if (!PERSON.has(lw) || !/(?:s|men|people|children|crew|personnel)$/.test(lw)) return null;
  const headStart = start - m[0].length;
  const comma = text.indexOf(",", end);
  const nextTok = tokenAt(text, comma + 1);
  return {
    kind: "person", head: lw, label: lw, headStart, headEnd: headStart + word.length, end,
    next: lowerText(nextTok), nextStart: nextTok?.start ?? end, partitive: false
  };
}
