import {BEFORE_PREPOSITION_VERBS, DATE_CUE_AFTER_UNITS, DATE_CUE_LEADS, DATE_CUE_UNITS, DATE_CUE_WORDS, FUTURE_CUE_BLOCKERS, FUTURE_CUES, FUTURE_OBJECT_DETERMINERS, PAST_VERBS} from "../model/date-cues.ts";
import {wordTrie} from "./regex-trie.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Cheap test run before chrono (chrono is the slowest step of the pipeline). Case-sensitive:
 * a cue word ("October", "Friday", "yesterday", "ago"), a lead before a unit ("last week",
 * "the next day", "that morning"), a unit before later/earlier/after/before
 * ("two weeks after"), a four-digit number or digits joined by "/", "." or "-" ("03.02.2025").
 * A sentence without any of these holds no date expression stage 03 would keep.
 * Words and digits are two regexes, the words factored by prefix (`regex-trie.ts`): apart, each
 * is simple enough for the regex engine's fast paths (together about twice as fast as one plain
 * alternation). Their matches never overlap (word cues hold no digits, digit cues no letters), so
 * the two lists merged are what one regex would find.
 */
const WORD_CUE = new RegExp(
  `\\b(?:(?:${wordTrie(DATE_CUE_WORDS)})\\b|(?:${wordTrie(DATE_CUE_LEADS)})[\\s-]+(?:${wordTrie(DATE_CUE_UNITS)})\\b` +
    `|(?:${wordTrie(DATE_CUE_UNITS)})\\s+(?:${wordTrie(DATE_CUE_AFTER_UNITS)})\\b)`,
  "g"
);
/** A four-digit number, digits joined by "/", "." or "-", or a day of the month after "the" ("on the 15th"). */
const DIGIT_CUE = /\d(?:\d{3}|[./-]\d)|\b[Tt]he\s+\d{1,2}(?:st|nd|rd|th)\b/g;

/** @example hasDateCue("Rivers rose on Monday.") // true */
export function hasDateCue(sentence: string): boolean {
  WORD_CUE.lastIndex = 0;
  DIGIT_CUE.lastIndex = 0;
  return DIGIT_CUE.test(sentence) || WORD_CUE.test(sentence);
}

/**
 * Start and end of every match of a global regex, flat: [start, end, start, end, …], written
 * into `out` from its start; returns how many numbers were written. cueWindows reuses two such
 * arrays for every sentence and never shortens them: most sentences have no cue, two fresh arrays
 * each were most of what this step allocated, and `length = 0` dropped the backing store, so each
 * sentence with a cue grew new ones again.
 */
function spans(re: RegExp, s: string, out: number[]): number {
  let k = 0;
  re.lastIndex = 0;
  // A global regex leaves lastIndex at the end of its match (cue matches are never empty).
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out[k++] = m.index;
    out[k++] = re.lastIndex;
  }
  return k;
}

const WORD_SPANS: number[] = [];
const DIGIT_SPANS: number[] = [];
/** What cueWindows returns for a sentence without a cue (shared, never modified). */
const NO_WINDOWS = Object.freeze([]) as unknown as Array<[number, number]>;

/** Characters of context kept around a cue: room for "the end of", "of last year", "two weeks after the". */
const PAD = 60;

/**
 * The parts of a sentence worth handing to chrono: each cue with PAD characters either side,
 * widened to whitespace so no word is cut, overlapping parts merged. chrono's cost grows with
 * the text it scans, and most of a long sentence is far from any date. When the parts cover most
 * of the sentence, the whole sentence is one part.
 *
 * @example cueWindows("After weeks of rain that soaked the valley, the hills and the old mill town below the dam, the river finally burst its banks on Monday.") // [[66, 135]]
 */
export function cueWindows(sentence: string): Array<[number, number]> {
  const flat: number[] = [];
  const k = cueWindowsInto(sentence, flat);
  if (k === 0) return NO_WINDOWS;
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < k; i += 2) windows.push([flat[i], flat[i + 1]]);
  return windows;
}

/**
 * cueWindows written flat into `out` from its start ([from, to, from, to, …]), without an array
 * per window; returns how many numbers were written (0: no cue). Stage 03 calls this for every
 * sentence with one reused array.
 *
 * @example cueWindowsInto("Rivers rose on Monday.", out) // 2, out starts [0, 22]
 */
export function cueWindowsInto(sentence: string, out: number[]): number {
  const n = sentence.length;
  const words = WORD_SPANS;
  const nw = spans(WORD_CUE, sentence, words);
  // No /\d/ pre-test for the digit cues: measured, a digit search over the half of the sentences
  // without one costs more than DIGIT_CUE failing on them.
  const digits = DIGIT_SPANS;
  const nd = spans(DIGIT_CUE, sentence, digits);
  if (nw === 0 && nd === 0) return 0;
  let k = 0;
  let covered = 0;
  for (let w = 0, d = 0; w < nw || d < nd; ) {
    let start: number, end: number;
    if (d >= nd || (w < nw && words[w] < digits[d])) {
      start = words[w];
      end = words[w + 1];
      w += 2;
    } else {
      start = digits[d];
      end = digits[d + 1];
      d += 2;
    }
    let from = Math.max(0, start - PAD);
    let to = Math.min(n, end + PAD);
    while (from > 0 && !isBlank(sentence.charCodeAt(from - 1))) from--;
    while (to < n && !isBlank(sentence.charCodeAt(to))) to++;
    if (k > 0 && from <= out[k - 1]) {
      if (to > out[k - 1]) {
        covered += to - out[k - 1];
        out[k - 1] = to;
      }
    } else {
      out[k++] = from;
      out[k++] = to;
      covered += to - from;
    }
  }
  if (covered > n * 0.7) {
    out[0] = 0;
    out[1] = n;
    return 2;
  }
  return k;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/**
 * "to" + a lowercase verb, the headline future ("Ferries to resume", "Hostages to be freed"), not "to 40" or "to Paris";
 * session 32: nor "to" + a determiner or a place noun, a preposition's object ("The pair were handed to the Red Cross
 * on Tuesday morning", a standfirst, is past).
 */
const HEADLINE_TO = /(?:^|[^\p{L}])to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|hospital|court|jail|prison|safety|power|office)\b)[a-z]/u;

/**
 * Whether the clause leading up to a date in a HEADLINE points to the future: headlines write
 * the future as "to" + verb ("Ferries to resume sailings on Monday", "Three miners to be freed
 * on Friday"), besides the cues of pointsToFuture. Body text keeps pointsToFuture alone: there "to
 * be" is often past ("was reported to be in the capital on Monday").
 *
 * @example headlinePointsToFuture("Ferries to resume sailings on ") // true
 */
export function headlinePointsToFuture(before: string): boolean {
  const window = before.length > 120 ? before.slice(before.length - 120) : before;
  if (!window.includes("to")) return false;
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) cut = m.index + m[0].length;
  return HEADLINE_TO.test(window.slice(cut));
}

/**
 * A future cue, each one of a clause in turn (global: the last one counts). A word cue needs a
 * non-letter before it ("will", not "goodwill"); a contraction cue follows its word directly
 * ("he'll meet on Monday").
 */
const CONTRACTIONS = FUTURE_CUES.filter((c) => /^['’]/.test(c));
const WORD_CUES = FUTURE_CUES.filter((c) => !/^['’]/.test(c));
/**
 * A blocker right before a word cue: "had planned to", "had been due to", "they'd vowed to" (a
 * plan that is over). A word blocker needs a non-letter before it ("had", not "Farhad").
 */
const BLOCKED = `(?<!${FUTURE_CUE_BLOCKERS.map((b) => (/^['’]/.test(b) ? "" : "(?:^|[^\\p{L}])") + escape(b).replace(/^['’]/, "['’]").replace(/ /g, "\\s+")).join("|")})`;
const FUTURE_ALL = new RegExp(`(?:${BLOCKED}(?:^|[^\\p{L}])(?:${WORD_CUES.map(escape).join("|")})|(?:${CONTRACTIONS.map(escape).join("|")}))(?![\\p{L}])`, "giu");
/** A plainly past verb, not a participle after "be"/"have"/"to" ("will be told" is future). */
const PAST_VERB = new RegExp(`(?<!\\b(?:be|been|being|have|has|had|to)\\s+)(?:^|(?<=[^\\p{L}]))(?:${PAST_VERBS.join("|")})(?![\\p{L}])`, "iu");
/*
 * The two tests below only ask whether a cue occurs, so the cues can be factored by prefix
 * (`regex-trie.ts`: "is due|is to|is expected" → "is (?:due|to|expected)"): the regex engine then
 * picks a branch by the next character instead of trying ~50 cues at every character, about
 * twice as fast over a sentence, with the same answer (the order of an alternation only decides
 * which cue a match reports; these tests ask whether there is one).
 */
/** FUTURE_ALL without its left boundary: true whenever FUTURE_ALL matches any part of the text. */
const FUTURE_ANYWHERE = new RegExp(`(?:${wordTrie(FUTURE_CUES)})(?![\\p{L}])`, "iu");
const CLAUSE_BREAK = /[,;:—–()]|\b(?:and|but|while|after|before|when)\b/gi;
/** The cue words alone, with no boundary: found in any text where FUTURE_ALL finds a cue in part of it. */
const FUTURE_WORDS = new RegExp(`(?:${wordTrie(FUTURE_CUES)})`, "iu");

/**
 * False when no part of the sentence can point to the future (no future cue word anywhere in
 * it), so pointsToFuture need not be asked for each of its dates.
 *
 * @example mayPointToFuture("Rivers rose on Monday.") // false
 */
export function mayPointToFuture(sentence: string): boolean {
  return FUTURE_WORDS.test(sentence);
}

/** A capital right after the match ("and Omar"). */
const NAME_AFTER = /^\s+\p{Lu}/u;
/**
 * A possessive determiner and a lowercase noun right after the match ("and his companions", "and
 * their families"): a noun phrase joined to the name before it, not a new clause (a subject of its
 * own would need its verb, which the past-verb test after the cue then reads).
 */
const KIN_PHRASE_AFTER = new RegExp(`^\\s+(?:${FUTURE_OBJECT_DETERMINERS.join("|")})\\s+\\p{Ll}+(?![\\p{L}'’-])`, "u");
/**
 * A future cue, its verb (maybe after "to") and one to three capitalised words ending the text:
 * "will visit Lena ", "is due to meet Sahel Gold ". Case-sensitive, so a name is a capital.
 */
const CUE_VERB_NAMES = new RegExp(`(?:${FUTURE_ALL.source})\\s+(?:to\\s+)?\\p{Ll}+\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}$`, "u");
/** Characters before an "and" that joinsNames reads for the cue, the verb and the first name. */
const NAMES_LOOK_BACK = 80;

/**
 * Whether a CLAUSE_BREAK match is "and" between two names that are the future verb's object,
 * which joins two objects, not two clauses: "the envoy will visit Lena and Omar at the depot on
 * Thursday" is one future clause. A name after a preposition starts no object list: in "the
 * fair will open in Lisbon and Costa greets visitors on Tuesday" the "and" ends the clause.
 */
function joinsNames(window: string, m: RegExpExecArray): boolean {
  if (m[0].length !== 3 || (m[0].charCodeAt(0) | 32) !== 97) return false;
  const end = m.index + 3;
  return (NAME_AFTER.test(window.slice(end, end + 3)) || KIN_PHRASE_AFTER.test(window.slice(end, end + 40))) && CUE_VERB_NAMES.test(window.slice(Math.max(0, m.index - NAMES_LOOK_BACK), m.index));
}

/**
 * A regular past verb, not a participle after "be" or "have": after "and" between two names it
 * is the second name's own verb ("aid will reach Gaza and Hamas freed two captives on Monday").
 */
const REGULAR_PAST = /(?<!\b(?:be|been|being|have|has|had)\s+)(?<![\p{L}])\p{Ll}{3,}ed(?![\p{L}])/u;

/**
 * A name between commas, or after a comma and before "and": one element of a list of names or a place's region
 * ("will meet Lopes, Bento and Sousa", "at the palace, Luanda, on Friday"), not the end of the clause. Group 1 is
 * the name, group 2 the closing comma. ("will vote on Friday, Ruiz announced" ends the clause: no comma or "and"
 * follows the name.)
 */
const NAME_ELEMENT = /,(\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:(,)|(?=\s+and\s))/gu;

/** NAME_ELEMENT's commas as blanks (same length, so offsets hold). */
function nameElementBlank(_m: string, name: string, close: string | undefined): string {
  return " " + name + (close ? " " : "");
}

/** A verb of BEFORE_PREPOSITION_VERBS ending the text ("is due to appear "). */
const APPEAR_VERB_END = new RegExp(`(?<![\\p{L}])(?:${BEFORE_PREPOSITION_VERBS.join("|")})\\s+$`, "iu");
/** Characters before a "before" that prepositionBefore reads for its verb. */
const VERB_LOOK_BACK = 16;

/**
 * Whether a CLAUSE_BREAK match is "before" as the preposition of an appearance ("will appear before a judge on
 * Thursday", "will testify before the committee on Tuesday"), which ends no clause. "will resign before the
 * vote" keeps its break: a subordinate "before" rarely follows these verbs.
 */
function prepositionBefore(window: string, m: RegExpExecArray): boolean {
  if (m[0].length !== 6 || (m[0].charCodeAt(0) | 32) !== 98) return false;
  return APPEAR_VERB_END.test(window.slice(Math.max(0, m.index - VERB_LOOK_BACK), m.index));
}

/** A relative pronoun opening a clause after a prepositional "before"'s object. */
const RELATIVE_AFTER = /\b(?:who|whom|that|which)\b/gi;

/** The object right after the verb "visits": a capitalised place or person, or a determiner. */
const VISIT_OBJECT = /^\s+(?:\p{Lu}|(?:the|a|an|his|her|their)\s)/u;

/** Mend 34 F6: "visits" as a noun: after a determiner, a possessive, "of" or a number word. */
const VISIT_NOUN_BEFORE = /\b(?:the|his|her|their|its|our|my|your|these|those|such|many|several|few|more|of|two|three|four|five|\d+)[ \t]+visits$/i;
/** Mend 34 F6: a habit told with the present simple: no one coming date. */
const VISIT_HABIT = /\b(?:every|each|usually|often|always|regularly|normally|routinely|typically)\b/i;

/** Characters before a date that pointsToFuture reads. */
export const FUTURE_LOOK_BACK = 120;

/**
 * Whether the clause leading up to a date points to the future ("the vote will be held on
 * Thursday", "talks are due to resume in March"), so the date is the next one after
 * publication rather than the last one before it. Only the text since the last comma or
 * conjunction counts: "He said on Monday that talks will resume" is past; so is a date after a
 * past verb that follows the cue ("the monitors who will count the votes met on Monday").
 *
 * @example pointsToFuture("The council will meet on ") // true
 */
export function pointsToFuture(before: string): boolean {
  const window = before.length > FUTURE_LOOK_BACK ? before.slice(before.length - FUTURE_LOOK_BACK) : before;
  // Most windows hold no future cue at all, wherever it starts: one test settles those.
  if (!FUTURE_ANYWHERE.test(window)) return false;
  let cut = 0;
  // The end of the last "and" joining names that no later break cut off (-1: none).
  let joined = -1;
  const read = window.includes(",") ? window.replace(NAME_ELEMENT, nameElementBlank) : window;
  CLAUSE_BREAK.lastIndex = 0;
  // Where the last "before" read as a preposition ends (-1: none).
  let skipped = -1;
  for (let m = CLAUSE_BREAK.exec(read); m; m = CLAUSE_BREAK.exec(read)) {
    if (joinsNames(read, m)) joined = m.index + 3;
    else if (prepositionBefore(read, m)) skipped = m.index + m[0].length;
    else cut = m.index + m[0].length;
  }
  // "will appear before lawmakers who summoned him on Tuesday": a relative clause after the preposition's object is
  // a clause of its own (review 29 F7).
  if (skipped > cut) {
    RELATIVE_AFTER.lastIndex = skipped;
    let r: RegExpExecArray | null;
    while ((r = RELATIVE_AFTER.exec(read)) !== null) cut = r.index + r[0].length;
  }
  const clause = window.slice(cut);
  let after = -1;
  let visits = false;
  FUTURE_ALL.lastIndex = 0;
  for (let m = FUTURE_ALL.exec(clause); m; m = FUTURE_ALL.exec(clause)) {
    after = m.index + m[0].length;
    visits = m[0].length >= 6 && m[0].slice(-6).toLowerCase() === "visits";
  }
  // "officials who will oversee the vote met on Monday": a past verb after the cue is the date's verb.
  if (after < 0 || PAST_VERB.test(clause.slice(after))) return false;
  // Round 34: "visits" is the verb of a programme only before its object ("visits Minsk", "visits the district"), not
  // the noun ("his visits to the front resumed on Monday", "family visits were suspended").
  if (visits && !VISIT_OBJECT.test(clause.slice(after, after + 6))) return false;
  // Mend 34 F6: nor the noun before a relative's subject ("the number of visits the museum recorded on Monday"), nor a
  // habit ("every week he visits the clinic on Monday").
  if (visits && (VISIT_NOUN_BEFORE.test(clause.slice(Math.max(0, after - 30), after)) || VISIT_HABIT.test(clause))) return false;
  return joined < cut || !REGULAR_PAST.test(window.slice(joined));
}
