/**
 * Who the outlet says gave a figure: "according to X", "citing X", "X said/told Y/reported/estimates",
 * "…, said X". In "X told TASS" the source is X, not TASS. A mention (stage 04) covering the source
 * phrase gives the full name ("Peskov said" → "Dmitry Peskov"); bare pronouns without one give null.
 */
import type {Mention} from "../types.ts";
import {ATTRIBUTION_AUXILIARIES, ATTRIBUTION_PREPOSITIONS, ATTRIBUTION_VERBS, PRONOUN_SOURCES} from "../model/attribution-verbs.ts";
import {phraseSource} from "./regex.ts";
import {isAsciiLetter as isLetter} from "../util/chars.ts";
import {lowerCase} from "./chars.ts";
import {isRegexSpace} from "../dates/spaces.ts";

const VERB_SRC = phraseSource(ATTRIBUTION_VERBS);
const AUX_SRC = phraseSource(ATTRIBUTION_AUXILIARIES);
const PREP = new RegExp(`\\b(?:${phraseSource(ATTRIBUTION_PREPOSITIONS)})[ \\t]+`, "gi");
/** "X (has) said": the verb with the clause before it; the subject is cut from the left in code.
 * Case-sensitive: "the United States" must not read as "X states". */
const VERB = new RegExp(`(?:[ \\t]+(?:${AUX_SRC}))?[ \\t]+(?:${VERB_SRC})\\b`, "g");
/** Inversion: ", said the ministry." */
const INVERTED = new RegExp(`[,"”][ \\t]*(?:${VERB_SRC})[ \\t]+`, "g");
const PRONOUNS = new Set(PRONOUN_SOURCES);
/** Where a source phrase ends on the right. */
const PHRASE_END = /[,.;:!?()"“”]|[ \t](?:that|who|which|on|in|at|last|this|earlier|later|when|while|as|and|but|after|before|during|to|for|with|about|quoted|told|said|says)\b/;
/** Trailing time words cut from a source phrase: "the ministry on Tuesday". */
const TRAILING_TIME = /[ \t]+(?:on|last|this|earlier|late|early)(?:[ \t].*)?$/i;
const MAX_WORDS = 10;
const WHITESPACE = /\s+/g;
const LEADING_CONJUNCTION = /^(?:but|and|so|however|meanwhile|also)\s+/i;
const LETTER = /[A-Za-z]/;
const PRONOUN_PHRASE = /^(?:he|she|they|it|we|i)$/i;
const DETERMINED = /^(?:[A-Z0-9]|the |a |an |his |her |their |its |our |local |state |health |medical |officials|authorities|police|rescuers|medics|doctors)/;
const NUMBER_THEN_WORD = /\d[\d,.]*\s+[a-z]/;
const COPULA_END = /\b(?:is|are|was|were|be|been)\s*$/i;

/** The characters trimmed from both ends of a source phrase: blanks, commas, straight and curly quotes. */
function isEdgePunct(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 34 || c === 0x201c || c === 0x201d || c === 39 || c === 0x2018 || c === 0x2019;
}

/**
 * `t` without its leading and trailing run of isEdgePunct's characters, by index: the same string as the global
 * replace of `/^[ \t,"“”'‘’]+|[ \t,"“”'‘’]+$/g` by "" this was, without a regex scan of every position.
 *
 * @example trimEdgePunct(' "the ministry,') // "the ministry"
 */
export function trimEdgePunct(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && isEdgePunct(t.charCodeAt(a))) a++;
  while (b > a && isEdgePunct(t.charCodeAt(b - 1))) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

function clean(s: string): string | null {
  let t = timeWordMayFollow(s) ? s.replace(TRAILING_TIME, "") : s;
  // " the ministry," → "the ministry" (a third of the phrases start with a blank; all of " , " → "").
  t = trimEdgePunct(t);
  // Each replacement runs only when a character it needs is there (this runs per candidate source).
  if (needsSpaceNorm(t)) t = t.replace(WHITESPACE, " ");
  if (CONJUNCTION_FIRST.has(t.charCodeAt(0))) t = t.replace(LEADING_CONJUNCTION, "");
  if (!t || countSpaces(t) + 1 > MAX_WORDS) return null;
  if (!LETTER.test(t)) return null;
  return t;
}

/**
 * Whether TRAILING_TIME may match in `s`: each of its words (on, last, this, earlier, late, early) follows a
 * space or tab and starts with o, l, t or e, in either case ("the ministry on Tuesday", "the army Last week").
 * About half the candidate sources of the bench ("the health ministry", "Hamas") have no such blank and skip the
 * replacement, whose regex is otherwise tried from every blank.
 *
 * @example timeWordMayFollow("the ministry on Tuesday") // true
 */
export function timeWordMayFollow(s: string): boolean {
  for (let k = 0; k + 1 < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 9) continue;
    // A code ORed with 32 is one of these lower-case letters only for that letter or its capital.
    const d = s.charCodeAt(k + 1) | 32;
    if (d === 111 || d === 108 || d === 116 || d === 101) return true;
  }
  return false;
}

/**
 * True unless every whitespace run of `t` is one plain space (then WHITESPACE's replacement changes nothing):
 * most source phrases ("the health ministry") are skipped without a regex call per space.
 */
function needsSpaceNorm(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (isRegexSpace(c) && (c !== 32 || (k + 1 < t.length && isRegexSpace(t.charCodeAt(k + 1))))) return true;
  }
  return false;
}

/** First letters of LEADING_CONJUNCTION's words, both cases. */
const CONJUNCTION_FIRST = new Set([..."basmhBASMH"].map((c) => c.charCodeAt(0)));

function countSpaces(t: string): number {
  let n = 0;
  for (let k = t.indexOf(" "); k >= 0; k = t.indexOf(" ", k + 1)) n++;
  return n;
}

/** Last letters of the copulas in COPULA_END, both cases. */
const COPULA_LAST = new Set([..."sSeEnN"].map((c) => c.charCodeAt(0)));

function hasDigit(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Code of the last non-`\s` character in t[from, to), or -1. */
function lastNonSpace(t: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const c = t.charCodeAt(k);
    if (!isRegexSpace(c)) return c;
  }
  return -1;
}

function fromMentions(mentions: Mention[], absStart: number, absEnd: number): string | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= absStart && m.end <= absEnd && (!best || m.end > best.end)) best = m;
  }
  return best ? best.name || best.text : null;
}

function finalize(text: string, s: number, e: number, offset: number, mentions: Mention[], explicit = false): string | null {
  const raw = text.slice(s, e);
  const phrase = clean(raw);
  const mention = fromMentions(mentions, offset + s, offset + e);
  if (mention) {
    // Prefer the phrase when it is longer and contains the mention ("Russia's Foreign Ministry").
    // The mention's last word by index ("Dmitry Peskov" → "Peskov"): split(" ").pop() built an array per source.
    if (phrase && phrase.includes(mention.slice(mention.lastIndexOf(" ") + 1)) && !PRONOUN_PHRASE.test(phrase)) {
      return phrase.length >= mention.length ? (phrase.endsWith(mention) || phrase === mention ? phrase : mention) : mention;
    }
    return mention;
  }
  if (!phrase) return null;
  if (PRONOUNS.has(lowerCase(phrase))) return null;
  // A source starts with a capital, or a determiner/possessive ("the ministry", "his mother").
  if (!explicit && !DETERMINED.test(phrase)) return null;
  return phrase;
}

/** The source phrase starting at `s` (right after a cue: "according to …", "said …"). */
function phraseFrom(t: string, s: number, offset: number, mentions: Mention[], anyNoun: boolean): string | null {
  const rest = t.slice(s, s + 160);
  const cut = PHRASE_END.exec(rest);
  return finalize(t, s, s + (cut ? cut.index : rest.length), offset, mentions, anyNoun);
}

/**
 * PREP, INVERTED and VERB in one scan: their first characters differ (a letter, one of `,"”`, a blank), so at
 * most one of them can start at a position, and restarting one character after each match visits every start
 * position of each. Case-insensitive for PREP; a match of INVERTED or VERB is checked at its position with the
 * case-sensitive sticky regex ("the United States" must not read as "X states").
 */
const ANY_CUE = new RegExp(`${PREP.source}|${INVERTED.source}|${VERB.source}`, "gi");
const INVERTED_AT = new RegExp(INVERTED.source, "y");
const VERB_AT = new RegExp(VERB.source, "y");
/** Start offsets of the INVERTED and VERB candidates of one sentence (scratch; the count is kept apart). */
const STARTS = new Int32Array(256);

/**
 * The subject before a verb starting at `e` ("…, the ministry said" → "the ministry"), or null when there is
 * none or it is no source.
 */
function subjectBefore(t: string, e: number, offset: number, mentions: Mention[]): string | null {
  // Subject: back to the previous clause boundary, at most ~80 characters.
  const lo = Math.max(0, e - 90);
  // The last clause mark before the verb: , ” " ; : . — or " that " (one backwards scan).
  let b = -1;
  let that = false;
  for (let k = e - 1; k >= lo; k--) {
    const c = t.charCodeAt(k);
    if (c === 44 || c === 0x201d || c === 34 || c === 59 || c === 58 || c === 46 || c === 0x2014) {
      b = k;
      break;
    }
    if (c === 32 && k + 6 <= e && t.startsWith(" that ", k)) {
      b = k;
      that = true;
      break;
    }
  }
  let s = b >= 0 ? b + 1 : lo;
  if (that) s = b + 6;
  if (b < 0 && lo > 0) return null;
  const subject = t.slice(s, e);
  // A subject holding a counted number is the figure clause itself ("3,400 were counted"), not a source
  // ("Channel 12 reported" is fine);
  // one ending in a copula is a passive ("Hamas is believed"), not a speaker.
  if ((hasDigit(t, s, e) && NUMBER_THEN_WORD.test(subject)) || (COPULA_LAST.has(lastNonSpace(t, s, e)) && COPULA_END.test(subject))) return null;
  return finalize(t, s, e, offset, mentions);
}

/**
 * Source of the figures of one sentence, or null. `offset` is the sentence's start in Article.text and
 * `mentions` that sentence's mentions (may be empty). "according to …" (any noun phrase after it is a
 * source) wins over ", said …", which wins over "… said" (the first such verb whose subject is a source).
 *
 * @example findAttribution("At least 40 people drowned, the ministry said.", 0, []) // "the ministry"
 */
export function findAttribution(text: string, offset: number, mentions: Mention[]): string | null {
  // Long garbage lines: look only at a bounded window (attribution sits near the clause anyway).
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  let prepEnd = -1;
  let n = 0;
  ANY_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_CUE.exec(t))) {
    const i = m.index;
    if (isLetter(t.charCodeAt(i))) {
      if (prepEnd < 0) {
        prepEnd = i + m[0].length;
        // "according to hospital sources": the preposition makes any noun phrase a source, and it wins over every
        // verb, so a source after it ends the scan (slowAttribution, on an overflow later on, would return it too).
        const r = phraseFrom(t, prepEnd, offset, mentions, true);
        if (r) return r;
      }
    } else if (n < STARTS.length) STARTS[n++] = i;
    else return slowAttribution(t, offset, mentions);
    ANY_CUE.lastIndex = i + 1;
  }
  // The first inversion only: ", said the ministry."
  for (let k = 0; k < n; k++) {
    const i = STARTS[k];
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    INVERTED_AT.lastIndex = i;
    if (!INVERTED_AT.test(t)) continue;
    const r = phraseFrom(t, INVERTED_AT.lastIndex, offset, mentions, false);
    if (r) return r;
    break;
  }
  // "X (has) said": each verb in turn, as a global scan of VERB alone would meet them (none inside the last).
  let verbEnd = 0;
  for (let k = 0; k < n; k++) {
    const i = STARTS[k];
    const c = t.charCodeAt(i);
    if ((c !== 32 && c !== 9) || i < verbEnd) continue;
    VERB_AT.lastIndex = i;
    if (!VERB_AT.test(t)) continue;
    verbEnd = VERB_AT.lastIndex;
    const r = subjectBefore(t, i, offset, mentions);
    if (r) return r;
  }
  return null;
}

/** The source phrase right after the first match of `cue` ("according to …", "said …"), if any. */
function phraseAfter(cue: RegExp, t: string, offset: number, mentions: Mention[], anyNoun: boolean): string | null {
  cue.lastIndex = 0;
  const m = cue.exec(t);
  if (!m) return null;
  return phraseFrom(t, m.index + m[0].length, offset, mentions, anyNoun);
}

/** findAttribution by three separate scans, for a sentence with more verb candidates than STARTS holds. */
function slowAttribution(t: string, offset: number, mentions: Mention[]): string | null {
  const r = phraseAfter(PREP, t, offset, mentions, true) ?? phraseAfter(INVERTED, t, offset, mentions, false);
  if (r) return r;
  VERB.lastIndex = 0;
  let vm: RegExpExecArray | null;
  while ((vm = VERB.exec(t))) {
    const r = subjectBefore(t, vm.index, offset, mentions);
    if (r) return r;
  }
  return null;
}
