/**
 * Numbers that are not counts of people: dates, years, times, money, percentages, ordinals, ages,
 * compound modifiers ("42-day", "two-state", "73-year-old"), identifiers ("Resolution 2334") and the
 * pronoun "one" ("one of them"). Returns the reason, or null when the number may be a count.
 */
import {codeAt, skipBlanks, skipBlanksBack} from "./chars.ts";
import {AFTER_WORDS, AGE_APPOSITIVE_NOUNS, AGE_LIMIT_WORDS, AGE_SUPERLATIVES, AGE_WHEN_COUNT_SUBJECTS, BEFORE_WORDS, CAPACITY_BEFORE, CHILD_NOUNS, CHILD_OWNER_WORDS, CURRENCY_SYMBOLS, HAVING_VERBS, MONTHS, PARENT_NOUNS} from "../model/figure-exclusions.ts";
import {NOT_COUNT_BEFORE_ONE} from "../model/number-words.ts";
import {WEEKDAYS} from "../model/date-cues.ts";
import type {NumberToken} from "./numbers.ts";
import {phraseSource} from "./regex.ts";
import {wordsBefore, type WordsBefore} from "./words.ts";
import {isDigit} from "../util/chars.ts";

const MONTH_SRC = phraseSource(MONTHS);
const MONTH_SET = new Set(MONTHS);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?[ \\t]*(?:of[ \\t]+)?(?:${MONTH_SRC})\\b`, "i");
const YEAR_CONTEXT = new Set(["in", "since", "of", "by", "until", "till", "from", "before", "after", "year", "early", "late", "mid", "during", "around", "circa", "spring", "summer", "autumn", "fall", "winter", "the"]);
const TIME_AFTER = /^(?::\d|[ \t]*(?:a\.?m\b|p\.?m\b|gmt\b|utc\b|o'clock|hrs\b|h\b|local time))/i;
const CURRENCY_CODES = new Set(["usd", "eur", "gbp", "rub", "nis", "ils", "rs", "inr", "us$", "a$", "c$", "hk$", "nz$"]);
const AFTER = new RegExp(`^[ \\t]?(?:${phraseSource(AFTER_WORDS)})(?![A-Za-z])`, "i");
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const HYPHEN_MODIFIER = /^[-–][A-Za-z]/;
const PLUS_AFTER = /^-plus\b/i;
/** "aged 37", "died at 83", "turned 31 in captivity", "will turn 40 next week": the bare number after them is an age. */
const AGE_WORDS = new Set(["aged", "age", "ages", "at", "turned", "turns", "turning", "turn"]);
const TOLL_BEFORE_AT = new Set(["toll", "tally", "total", "number", "figure", "count", "stood", "stands", "standing", "estimate", "estimated", "casualties", "them", "it"]);
const AGE_LIST = /\b(?:aged|ages)[ \t]+\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*[ \t]*(?:,[ \t]*)?(?:and|or|to|-|–)[ \t]*$/i;
/** The numeral ends its noun phrase: "freed the two.", "freed the two \"as a gesture\"", "freed the two on Friday". */
const ANAPHOR_END = /^[ \t]*(?:[.,;:!?"“”)]|$|(?:on|in|at|after|as|from|to|with|for|during|last|this|early|late)\b)/i;
const AUX_AFTER = /^[ \t]+(?:were|was|are|is|will|would|had|have|has|could|can|may|might|must|should|remain|remained)\b/i;
/** " and 12 years", " or fifteen months", " to 20 weeks": the rest of a range of durations after its first end. */
const DURATION_RANGE_AFTER = /^[ \t]+(?:and|or|to)[ \t]+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)[ \t]+(?:years?|months?|weeks?|hours?|minutes?|decades?)\b/i;
const AGE_LIMIT_HEDGES = new Set(["under", "over", "below", "above", "aged under", "aged over"]);
const AGE_LIMIT_NOUNS = new Set(AGE_LIMIT_WORDS);
const SINGULAR_PERSON = new Set(AGE_APPOSITIVE_NOUNS);
const COMMA_AFTER = /^[ \t]*[,)]/;
/**
 * Round 34: the sentence's end right after the number ("…, among them a foreman, Piotr Zielinski, 47."): a name's age
 * closes the sentence as well as it opens an aside. Not a decimal point ("7.5").
 */
const END_AFTER = /^[ \t]*[.!?](?![0-9])/;
/** Weekdays and months: a capitalised word before ", N." that is a time, not a name. */
const TIME_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...Object.keys(WEEKDAYS)]);
/**
 * Mend 34 F4: words right before a capitalised run that make it a place or a time, not a name ("and, in Aleppo, 12.": a
 * count told by place; "…, in nearby Bama, 9."; "and, by Easter, 52.").
 */
const PLACE_LEAD_WORDS: ReadonlySet<string> = new Set([
  "in", "at", "near", "nearby", "across", "by", "until", "since", "after", "before", "around", "outside", "inside", "into", "on", "throughout",
  "northern", "southern", "eastern", "western", "central", "neighbouring", "neighboring", "rural", "downtown"
]);

/** Mend 34 F4: whether the capitalised words right before `comma` follow a word of place (PLACE_LEAD_WORDS). */
function placeBeforeComma(text: string, comma: number): boolean {
  const w = wordsBefore(text, comma, 5);
  for (let i = 0; i < w.words.length; i++) {
    if (/[A-Z]/.test(text[w.starts[i]])) continue;
    return PLACE_LEAD_WORDS.has(w.words[i]);
  }
  return false;
}

/** The hedge "only" alone before a number ("only two"). */
const ONLY_BEFORE = /^only[ \t]+$/i;
const BEFORE = new Set(BEFORE_WORDS.map((w) => w.replace(/\.$/, "")));
const ONE_BEFORE = new Set(NOT_COUNT_BEFORE_ONE);
/** "She was 17 when he was captured": a copula, the number, then "when" (read after a "w" right after the blanks). */
const WHEN_AFTER = /^[ \t]+when\b/i;
const AGE_COPULAS = new Set(["was", "were", "is"]);
const AGE_WHEN_NOT = new Set(AGE_WHEN_COUNT_SUBJECTS);
const SUPERLATIVE_BEFORE = new Set(AGE_SUPERLATIVES);
const PARENTS = new Set(PARENT_NOUNS);
const CHILD_OWNERS = new Set(CHILD_OWNER_WORDS);
const HAVING = new Set(HAVING_VERBS);
/** " three children", " two young sons": the children noun after the number, one describing word allowed. */
const CHILDREN_AFTER = new RegExp(`^[ \\t]+(?:[a-z]+[ \\t]+)?(?:${CHILD_NOUNS.join("|")})\\b`);
const CAPACITY = new Set(CAPACITY_BEFORE);
/** The last words of CAPACITY_BEFORE ("for", "of", "carry" …): only a number after one of them builds the phrases to look up. */
const CAPACITY_LAST = new Set(CAPACITY_BEFORE.map((p) => p.slice(p.lastIndexOf(" ") + 1)));
const ONE_AFTER = /^[ \t]+(?:of|another|day|time|way|thing|side|hand|by one|or (?:the )?other|too|again)\b/i;

/** Both cases' character codes of the first letters of `words` (a gate before a case-insensitive regex). */
function firstCodes(words: string[]): Set<number> {
  const out = new Set<number>();
  for (const w of words) {
    out.add(w.toLowerCase().charCodeAt(0));
    out.add(w.toUpperCase().charCodeAt(0));
  }
  return out;
}

const ORDINAL_FIRST = firstCodes(["st", "nd", "rd", "th"]);

/** ASCII capitals lower-cased (NaN stays NaN). */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The first two characters (lower case, `first << 16 | second`) of the AFTER words, and the one-character words
 * ("%", "m"), which need a non-letter after them: AFTER runs only when the text after the number starts so.
 * Most numbers are followed by a noun ("12 people": "p" then "e" is no AFTER word's start).
 */
const AFTER_PAIRS = new Set<number>();
const AFTER_SINGLES = new Set<number>();
for (const w of AFTER_WORDS.map((x) => x.toLowerCase())) {
  if (w.length === 1 || /\s/.test(w[1])) AFTER_SINGLES.add(w.charCodeAt(0));
  else AFTER_PAIRS.add((w.charCodeAt(0) << 16) | w.charCodeAt(1));
}

/** Whether an AFTER word may start at `p` (see AFTER_PAIRS). */
function afterWordMayStart(text: string, p: number): boolean {
  const a = lower(codeAt(text, p));
  if (a !== a) return false;
  const b = codeAt(text, p + 1);
  // A one-character word, or a word that goes on with whitespace, needs no second letter.
  if (AFTER_SINGLES.has(a)) return true;
  return AFTER_PAIRS.has((a << 16) | lower(b));
}

/**
 * Whether TIME_AFTER's words may start at `q` (after the blanks): a.m./am, p.m./pm, gmt, utc, o'clock, hrs, h,
 * local time, told by their first two characters. `sliceEnd` is where the text TIME_AFTER reads stops: "h" right
 * before it matches "h\b" whatever follows in the sentence.
 */
function timeMayStart(text: string, q: number, sliceEnd: number): boolean {
  const a = lower(codeAt(text, q));
  if (q + 1 >= sliceEnd) return a === 97 || a === 112 || a === 103 || a === 117 || a === 111 || a === 104 || a === 108;
  const b = lower(codeAt(text, q + 1));
  switch (a) {
    case 97: // a.m., am
    case 112: // p.m., pm
      return b === 109 || b === 46;
    case 103: // gmt
      return b === 109;
    case 117: // utc
      return b === 116;
    case 111: // o'clock
      return b === 39;
    case 104: // hrs, h
      return b === 114 || !(isAsciiLetter(b) || (b >= 48 && b <= 57) || b === 95);
    case 108: // local time
      return b === 111;
    default:
      return false;
  }
}
/** MONTH_AFTER after its blanks: an ordinal suffix, "of", or a month. */
const MONTH_FIRST = firstCodes([...MONTHS, "st", "nd", "rd", "th", "of"]);
/** "the youngest … is", "the oldest was": the number that follows is an age (no sentence or clause break between). */
const SUPERLATIVE_AGE = /\b(?:youngest|oldest|eldest)\b[^.;:!?]{0,70}\b(?:is|was)[ \t]+$/i;
/** A count noun between the superlative and the number: "the oldest building collapsed and the toll is 40". */
const COUNT_NOUN = /\b(?:toll|number|count|total|figure|tally)\b/i;

function isSuperlativeAge(before: string): boolean {
  const m = SUPERLATIVE_AGE.exec(before);
  return m !== null && !COUNT_NOUN.test(m[0]);
}
/** AGE_LIST ends with and/or/to or a dash, then blanks. */
const AGE_LIST_LAST = firstCodes(["d", "r", "o", "-", "–"]);

/** The character before `pos`, skipping one space. */
function charBefore(text: string, pos: number): string {
  let j = pos - 1;
  if (text[j] === " ") j--;
  return text[j] ?? "";
}

/**
 * Why the number at `tok` is not a count, or null.
 * `hasHead` (a person/day noun follows) lifts the checks that only apply to bare numbers.
 *
 * @example exclusionReason("on October 7", {start: 11, end: 12, value: 7, kind: "digits"} as NumberToken, 3, false) // "date"
 */
export function exclusionReason(text: string, tok: NumberToken, phraseStart: number, hasHead: boolean, wordsAtNumber?: WordsBefore): string | null {
  const raw = wordsAtNumber ?? wordsBefore(text, tok.start, 2);
  const own = numberExclusion(text, tok, raw);
  if (own !== null) return own || null;
  return phraseExclusion(text, tok, phraseStart, hasHead, raw) ?? singleExclusion(text, tok, raw);
}

/**
 * The checks of exclusionReason that read only the number and the characters and words right around it, not
 * its hedge or its noun: a caller can drop "5 pm", "7 October", "12%" before looking for a group. The reason,
 * "" when "-plus" makes it a count whatever else holds ("20-plus hostages"), or null when undecided (then
 * phraseExclusion and singleExclusion decide). `wordsAtNumber` are at least two words before `tok.start`.
 *
 * @example numberExclusion("at 5 pm", scanNumbers("at 5 pm")[0], wordsBefore("at 5 pm", 3, 2)) // "unit"
 */
export function numberExclusion(text: string, tok: NumberToken, wordsAtNumber: WordsBefore): string | null {
  // Most checks look at the characters right after the number: each regex runs only when the first
  // character it needs is there (a regex call costs far more than a character test, and this runs per number).
  const after = text.slice(tok.end, tok.end + 30);
  const c0 = codeAt(text, tok.end);
  if (c0 === 45 && PLUS_AFTER.test(after)) return "";
  if ((c0 === 45 || c0 === 0x2013) && HYPHEN_MODIFIER.test(after)) return "modifier";
  if (tok.kind === "digits" && ORDINAL_FIRST.has(c0) && ORDINAL_AFTER.test(after)) return "ordinal";
  if (afterWordMayStart(text, c0 === 32 || c0 === 9 ? tok.end + 1 : tok.end) && AFTER.test(after)) return "unit";
  const cb = charBefore(text, tok.start);
  if (((c0 === 58 || timeMayStart(text, c0 === 32 || c0 === 9 ? skipBlanks(text, tok.end) : tok.end, tok.end + 30)) && TIME_AFTER.test(after)) || (codeAt(text, tok.start - 1) === 58 && isDigit(codeAt(text, tok.start - 2)))) return "time";
  if (CURRENCY_SYMBOLS.includes(cb) && cb !== "") return "money";
  if (cb === "+" || cb === "#") return "identifier";
  const w0 = wordsAtNumber.words[0] ?? "";
  if (wordsAtNumber.starts[0] !== undefined && CURRENCY_CODES.has(w0)) return "money";
  if (tok.kind === "digits" || tok.kind === "range") {
    // The first character after spaces and tabs ("7 October" → "O").
    const d0 = c0 === 32 || c0 === 9 ? codeAt(text, skipBlanks(text, tok.end)) : c0;
    if (MONTH_SET.has(w0) || (MONTH_FIRST.has(d0) && MONTH_AFTER.test(after))) return "date";
    // "the 1990s": four digits and an "s" (a longer token has a digit, comma or dot as its fifth character).
    if (tok.end - tok.start === 4 && c0 === 115 && /^\d{4}s\b/.test(text.slice(tok.start, tok.end + 2))) return "year";
  }
  return null;
}

/**
 * The last checks of exclusionReason, on the number alone: counts start at two ("one more body", "1 person":
 * a single person is a story, not a figure). Needs neither hedge nor noun, so a caller may run it first.
 *
 * @example singleExclusion("1 person", scanNumbers("1 person")[0], wordsBefore("1 person", 0, 2)) // "one"
 */
export function singleExclusion(text: string, tok: NumberToken, wordsAtNumber: WordsBefore): string | null {
  if (tok.kind !== "range" && tok.value === 1) return "one";
  if (tok.kind === "words" && tok.value === 1) {
    if (ONE_BEFORE.has(wordsAtNumber.words[0] ?? "") || ONE_AFTER.test(text.slice(tok.end, tok.end + 30))) return "pronoun";
  }
  return null;
}

/**
 * The checks of exclusionReason that need the hedge (`phraseStart`) or whether a noun follows (`hasHead`):
 * years, ages, identifiers, parents, anaphors, durations. Run after numberExclusion found nothing.
 *
 * @example phraseExclusion("in 2019 the", scanNumbers("in 2019 the")[0], 3, false, wordsBefore("in 2019 the", 3, 2)) // "year"
 */
export function phraseExclusion(text: string, tok: NumberToken, phraseStart: number, hasHead: boolean, wordsAtNumber: WordsBefore): string | null {
  const after = text.slice(tok.end, tok.end + 30);
  const c0 = codeAt(text, tok.end);
  // The first character after spaces and tabs ("5 pm" → "p").
  const d0 = c0 === 32 || c0 === 9 ? codeAt(text, skipBlanks(text, tok.end)) : c0;
  const before = phraseStart === tok.start ? wordsAtNumber : wordsBefore(text, phraseStart, 2);
  const b0 = before.words[0] ?? "";
  if (tok.kind === "digits" || tok.kind === "range") {
    const v = tok.value ?? tok.low ?? 0;
    if (tok.end - tok.start === 4 && /^\d{4}$/.test(text.slice(tok.start, tok.end)) && v >= 1800 && v <= 2100 && (!hasHead || YEAR_CONTEXT.has(b0))) return "year";
    if (!hasHead && v < 130) {
      // "died at 83" is an age; "put the toll at 87" is not.
      if ((AGE_WORDS.has(b0) && !(b0 === "at" && TOLL_BEFORE_AT.has(before.words[1] ?? ""))) || (b0 === "of" && before.words[1] === "age")) return "age";
      const commaAfter = COMMA_AFTER.test(after);
      if (before.words.length === 0 && before.stop === 44 /* "," */ && (commaAfter || END_AFTER.test(after))) {
        // "Maxim, 37, was born": a capitalised name, a comma, the number, a comma (or the sentence's end: "…, Maxim
        // Orlov, 37."; not a weekday or month there: "the toll rose to 40 and, by Sunday, 52.").
        let c = phraseStart - 1;
        while (c >= 0 && text[c] !== ",") c--;
        const name = wordsBefore(text, c, 1);
        if (name.starts.length && /[A-Z]/.test(text[name.starts[0]]) && (commaAfter || (!TIME_NAMES.has(name.words[0]) && !placeBeforeComma(text, c)))) return "age";
        // "the suspect, 34, was arrested": a singular person noun before the commas.
        if (name.words.length && SINGULAR_PERSON.has(name.words[0])) return "age";
        // "the freed were nurse Ana Müllerė, 34, who …": a name with a letter outside ASCII, where the word reader stops.
        if ((codeAt(text, c - 1) > 127 || (name.starts.length > 0 && codeAt(text, name.starts[0] - 1) > 127)) && capitalisedWordBefore(text, c)) return "age";
      }
      if (before.words.length === 0 && before.stop === 40 /* "(" */ && c0 === 41 /* ")" */) return "age";
      // "The youngest of the rescued miners is 19, the oldest is 58": a superlative of age, then "is N".
      if ((b0 === "is" || b0 === "was") && isSuperlativeAge(text.slice(Math.max(0, phraseStart - 90), phraseStart))) return "age";
      // "aged 32 and 45", "aged 19, 20 and 23": every number of the list is an age (the list ends in and/or/to/dash).
      if (AGE_LIST_LAST.has(codeAt(text, skipBlanksBack(text, phraseStart))) && AGE_LIST.test(text.slice(Math.max(0, phraseStart - 40), phraseStart))) return "age";
    }
  }
  if (!hasHead && (BEFORE.has(b0) || before.stop === 35 /* "#" */)) return "identifier";
  if (b0 === "of" && isParentDescriptor(text, phraseStart, before, hasHead)) return "family";
  // "Ana, who has three children, went home": the children describe her family; no one counted in the story.
  if (HAVING.has(b0) && CHILD_OWNERS.has(before.words[1] ?? "") && CHILDREN_AFTER.test(after)) return "family";
  // "the centre, built for about 400 people, holds 1,100": what a place can take, not who is there.
  if (CAPACITY_LAST.has(b0) && before.words.length >= 2 && (CAPACITY.has(`${before.words[1]} ${b0}`) || CAPACITY.has(`${before.words[2]} ${before.words[1]} ${b0}`))) return "capacity";
  if (!hasHead && tok.kind !== "range" && (tok.value ?? 0) < 130 && isAgeWithoutNoun(before, phraseStart === tok.start, d0, after)) return "age";
  if (!hasHead && (tok.value ?? tok.high ?? 0) < 130) {
    // "children under five", "people over 65": an age limit.
    if (phraseStart !== tok.start && AGE_LIMIT_NOUNS.has(b0) && AGE_LIMIT_HEDGES.has(text.slice(phraseStart, tok.start).trim().toLowerCase())) return "age";
    // "The two were seized", "the rebels freed the two.": a bare numeral after "the" points back to people
    // already counted. ("the 251 taken hostage" keeps its participle and stays a count.)
    // "The other three, all civilians, were arrested": "the other N" points back the same way.
    if (phraseStart === tok.start && (b0 === "the" || (b0 === "other" && before.words[1] === "the")) && (AUX_AFTER.test(after) || ANAPHOR_END.test(after))) return "anaphor";
    // "asked for three, but the group handed over only two, keeping …": "only" and a bare numeral that ends its phrase
    // point back to people counted before, as "the two" does ("only two survived" has a verb of its own and stays).
    if (phraseStart !== tok.start && ONLY_BEFORE.test(text.slice(phraseStart, tok.start)) && ANAPHOR_END.test(after)) return "anaphor";
    // "sentenced to between eight and 12 years": the first end of a range of durations is a length, not a count.
    if ((d0 === 97 || d0 === 111 || d0 === 116) && DURATION_RANGE_AFTER.test(after)) return "duration";
  }
  return null;
}

/**
 * "who was four when her father was arrested", "the oldest 61": a bare number told as an age. "was N when" is
 * an age unless its subject is a count ("the toll was 12 when …"); a superlative right before the number
 * ("the youngest 22") with no hedge between is one too.
 */
function isAgeWithoutNoun(before: WordsBefore, noHedge: boolean, d0: number, after: string): boolean {
  const b0 = before.words[0] ?? "";
  if (noHedge && SUPERLATIVE_BEFORE.has(b0)) return true;
  return AGE_COPULAS.has(b0) && (d0 === 119 || d0 === 87) && WHEN_AFTER.test(after) && !AGE_WHEN_NOT.has(before.words[1] ?? "");
}

/**
 * "a father of two", "a mother of four children": a parent described by the children (PARENT_NOUNS after "of"'s
 * word). Bare, any article; with a noun only after "a"/"an" ("the mother of two hostages" still counts hostages).
 */
function isParentDescriptor(text: string, phraseStart: number, before: WordsBefore, hasHead: boolean): boolean {
  if (!PARENTS.has(before.words[1] ?? "")) return false;
  if (!hasHead) return true;
  const a = wordsBefore(text, phraseStart, 3).words[2];
  return a === "a" || a === "an";
}



const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * True when a word of letters (any script, up to 30 of them) ends right before `end` and starts with a capital:
 * "Müllerė" before ", 34,". Read only when the character before `end` is outside ASCII.
 *
 * @example capitalisedWordBefore("Ana Müllerė, 34", 11) // true
 */
export function capitalisedWordBefore(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && end - k <= 30 && LETTER.test(text[k])) k--;
  return k + 1 < end && UPPER.test(text[k + 1]);
}
