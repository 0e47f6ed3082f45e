import type {Context, DateMention, EventMention, EventType} from "../types.ts";
import {CLOCK_TIME_WORDS, DATE_LIST_JOINERS, DETERMINERS, ELLIPSIS_OPENERS, FALLBACK_AFTER, FALLBACK_BEFORE, FRONT_LEADS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, NOT_PAST, PREPOSITIONS, REPORTING_TRIGGERS} from "../model/event-fallback.ts";
import {describe} from "./describe.ts";
import {eventRecord} from "./event-record.ts";
import {nounAfterYear, nounBeforeDate} from "./event-nouns.ts";
import type {PlacedMention, SentenceFrame} from "./frame.ts";
import {eventLocation, type PrepositionPlace} from "./location.ts";
import {modalityAt} from "./modality.ts";
import {datesEvent, tokenAt} from "./pick-date.ts";
import {isFuture, plannedVerb} from "./planned-verb.ts";
import {startsLowercase, within, type Token} from "./tokens.ts";
import {hasWord, wordSet} from "./word-index.ts";
import {PARTICIPLE_AUXILIARY_WORDS, RELATIVE_CLAUSE_OPENERS, SHARED_AUXILIARY_CONJUNCTIONS, SUBJECT_RELATIVE_WORDS, VERB_COORDINATOR_WORDS, YIELDING_AUXILIARIES} from "../model/event-cues.ts";

const REPORTING = wordSet(REPORTING_TRIGGERS);
const IRREGULAR = wordSet(IRREGULAR_PAST);
const NOT_VERB = wordSet(NOT_PAST);
const PARTICIPLES = wordSet(IRREGULAR_PARTICIPLES);
const FRONT_LEAD = wordSet(FRONT_LEADS);
const ELLIPSIS = new Set(ELLIPSIS_OPENERS);
const JOINERS = new Set(DATE_LIST_JOINERS);

const BEFORE = FALLBACK_BEFORE;
const AFTER = FALLBACK_AFTER;
/**
 * How far back a reporting verb may stand when no verb is nearer: "the farmer told the agency's
 * Kurdish service from his home in the hills on Friday" dates the statement across a long place
 * phrase (punctuation tokens such as the "/" of an outlet's name count too).
 */
const REPORTING_BEFORE = 20;

/**
 * Events for dates no trigger claimed, so every dated clause reaches the timeline:
 * "the agency said on Tuesday" → statement (trigger "said"); "heavy rains lashed the
 * province on Saturday" → other (trigger "lashed", the nearest past-tense verb of the
 * clause). A date with no verb near it in its clause gets nothing, nor does a date that dates
 * no event ("since October", "for six weeks": see `datesEvent`). `actorsFor(mentions, clause,
 * location)` supplies the actors of a clause from the frame's mentions, as for trigger events (a
 * module-level function the caller passes, not a closure made per sentence); `places` is the sentence's memo for `eventLocation`.
 * `claimed` holds the starts of dates a trigger took (null for none). `published` (the article's
 * ISO date) keeps a plan for dates not before it: "the port will reopen and the mayor spoke to
 * reporters on Monday" dates no plan with a past Monday.
 *
 * @example orphanDateEvents(frame, claimedStarts, ctx, () => [])
 */
export function orphanDateEvents(
  frame: SentenceFrame,
  claimed: Set<number> | null,
  ctx: Context,
  actorsFor: (mentions: PlacedMention[], clause: number, locationMention: number | null) => number[],
  places: {places?: PrepositionPlace[]} = {},
  published = ""
): EventMention[] {
  const out: EventMention[] = [];
  const {tokens, clauses} = frame;
  let lastStart = -1;
  for (let k = 0; k < frame.dates.length; k++) {
    const d = frame.dates[k];
    // Dates are sorted by start: one with the start of the last fallback event repeats it.
    if (d.start === lastStart || claimed?.has(d.start)) continue;
    // "killed since the 2021 coup": the year starts the killing's period, but it dates the coup it
    // modifies (as a trigger noun takes it: see pick-date.ts modifierDate).
    const period = !datesEvent(d, tokens);
    // "until" only with a year before publication: "until the 2030 election" bounds a period by
    // an event that has not happened yet (review 22, F16).
    if (period && (d.date === null || d.precision !== "year" || (d.role !== "since" && !(d.role === "until" && published !== "" && d.date < published.slice(0, 4))))) continue;
    const at = tokenAt(tokens, d.start);
    if (at < 0) continue;
    const verb = period ? other(nounAfterYear(frame, at, d)) : fallbackVerb(frame, at, d, published);
    if (!verb) continue;
    const start = tokens[verb.index].start;
    const end = tokens[verb.index].end;
    const location = eventLocation(frame, verb.index, ctx, false, places);
    // Arguments in the order of EventMention's fields (see eventRecord).
    out.push(
      eventRecord(
        frame.sentence.index,
        start,
        end,
        verb.type,
        frame.text.slice(start - frame.offset, end - frame.offset),
        describe(frame, verb.index, verb.index + 1).text,
        d.date,
        d.precision,
        d.text,
        d.basis,
        actorsFor(frame.mentions, clauses[verb.index], location?.mention ?? null),
        location?.name ?? null,
        modalityAt(tokens, clauses, verb.index, verb.index + 1)
      )
    );
    lastStart = d.start;
  }
  return out;
}

/** A fallback event noun or planned verb at token `index` (-1 for none) as a Verb. */
function other(index: number): Verb | null {
  return index < 0 ? null : {index, type: "other", dist: 0};
}

/**
 * The word a date no trigger claimed dates, trying the fallbacks in order: the event noun a year
 * modifies ("the 2014 crackdown", event-nouns.ts), the nearest verb of the clause, the verb after a
 * relative clause, a plan for a date not before publication (planned-verb.ts), an event noun before
 * the date ("her detention in June 2021").
 */
function fallbackVerb(frame: SentenceFrame, at: number, d: DateMention, published: string): Verb | null {
  return (
    other(nounAfterYear(frame, at, d)) ??
    nearestVerb(frame, at, d) ??
    verbAfterRelative(frame, at) ??
    (isFuture(d, published) ? other(plannedVerb(frame, at, d)) : null) ??
    other(nounBeforeDate(frame, at))
  );
}

/**
 * True when clause `clause` has a verb of its own (reporting or past tense) outside the
 * tokens lying within article offsets [skipStart, skipEnd] (the date's own words): then a
 * date in it belongs to that clause, not to a trigger elsewhere ("rescued on Monday, after
 * the boat capsized": Monday is not the capsizing). The range is given as numbers, not as a
 * predicate: a closure made per call cost more than the walk (tsx names every closure it makes).
 *
 * @example clauseHasVerb(frame, 0, 3, date.start, date.end)
 */
export function clauseHasVerb(frame: SentenceFrame, clause: number, at: number, skipStart: number, skipEnd: number): boolean {
  const {tokens, clauses} = frame;
  // Bounded walk out from `at` (a token of the clause) keeps long one-line inputs linear.
  for (let i = at; i >= 0 && at - i < 40 && clauses[i] === clause; i--) if (!tokens[i].punct && !within(tokens[i], skipStart, skipEnd) && verbAt(tokens, i) !== null) return true;
  for (let i = at + 1; i < tokens.length && i - at < 40 && clauses[i] === clause; i++) if (!tokens[i].punct && !within(tokens[i], skipStart, skipEnd) && verbAt(tokens, i) !== null) return true;
  return false;
}

/** Whether the token lies within a date of the sentence other than `d`. */
function inOtherDate(dates: DateMention[], t: Token, d: DateMention): boolean {
  for (let k = 0; k < dates.length; k++) {
    const e = dates[k];
    if (e !== d && t.start >= e.start && t.end <= e.end) return true;
  }
  return false;
}

/** Session 33: the words of a clock time ("9", ":", "20", "am", "p.m."): counted with the date, not as words between. */
const CLOCK_WORDS = new Set(CLOCK_TIME_WORDS);

/** The verb nearestVerb has found so far. */
interface Verb {
  index: number;
  type: EventType;
  dist: number;
}

function isVerbLike(t: Token): EventType | null {
  const w = t.lower;
  if (hasWord(REPORTING, w, t.key)) return "statement";
  if (hasWord(IRREGULAR, w, t.key) || (w.length >= 5 && endsWith2(w, 101, 100) && !hasWord(NOT_VERB, w, t.key) && startsLowercase(t.text))) return "other";
  return null;
}

/**
 * Whether `w` ends with the two characters of codes `a`, `b` (`w.endsWith("ed")` for 101, 100):
 * isVerbLike runs for every word of the windows around an unclaimed date, and char codes cost
 * less than the builtin call (as modality.ts's endsWithNt).
 */
function endsWith2(w: string, a: number, b: number): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === b && w.charCodeAt(n - 2) === a;
}

/** Auxiliaries before an irregular participle ("were flown", "had been taken", "have driven"). */
const PARTICIPLE_AUXILIARIES = new Set(PARTICIPLE_AUXILIARY_WORDS);
/** Conjunctions a participle after them shares a passive's auxiliary across (model SHARED_AUXILIARY_CONJUNCTIONS). */
const SHARED_AUX_CONJUNCTIONS = new Set(SHARED_AUXILIARY_CONJUNCTIONS);

/**
 * isVerbLike for token i, which also reads an irregular participle right after an auxiliary as a
 * verb (IRREGULAR_PARTICIPLES): "the two were flown to the capital on Friday". One adverb may stand
 * between ("were later driven"). Alone the participle is no verb: "a driven manager", "given the risk".
 * `sharedAux` false leaves out the participle after "and" that shares a passive's auxiliary (passiveBefore): a date
 * before that "and" is the first participle's ("were struck by a car on Saturday and taken to hospital": struck).
 */
function verbAt(tokens: Token[], i: number, sharedAux = true): EventType | null {
  const t = tokens[i];
  const kind = isVerbLike(t);
  if (kind !== null || !hasWord(PARTICIPLES, t.lower, t.key)) return kind;
  let j = i - 1;
  if (j >= 0 && endsWith2(tokens[j].lower, 108, 121)) j--;
  if (j >= 0 && PARTICIPLE_AUXILIARIES.has(tokens[j].lower)) return "other";
  if (sharedAux && j >= 0 && SHARED_AUX_CONJUNCTIONS.has(tokens[j].lower) && passiveBefore(tokens, j)) return "other";
  return participleAfterNoun(tokens, i) ? "other" : null;
}

/** How many tokens back from "and" passiveBefore looks for the auxiliary the two participles share. */
const SHARED_AUX_REACH = 30;
/** Punctuation that ends the sentence part an "and" may join back to. */
const SHARED_AUX_STOPS = new Set([";", ":", ".", "?", "!"]);

/**
 * Whether the "and" at token `and` closes a passive verb phrase (an auxiliary and a participle: "were freed …"), whose
 * auxiliary a participle after the "and" shares: "were freed by the gang near the border on Wednesday and flown to
 * the capital on Thursday" (were … flown). Round 23.
 */
function passiveBefore(tokens: Token[], and: number): boolean {
  for (let k = and - 1; k > 0 && and - k <= SHARED_AUX_REACH; k--) {
    const t = tokens[k];
    if (t.punct && SHARED_AUX_STOPS.has(t.text)) return false;
    if (t.punct || !PARTICIPLE_AUXILIARIES.has(tokens[k - 1].lower)) continue;
    if (hasWord(PARTICIPLES, t.lower, t.key) || (t.lower.length > 3 && endsWith2(t.lower, 101, 100))) return true;
  }
  return false;
}

const PREPOSITION = new Set(PREPOSITIONS);

/**
 * An irregular participle opening a reduced relative after a counted or determined noun, with a
 * preposition after it: "the 40 miners taken to the camp on 3 May" (who were taken), "the crates
 * stolen from the depot". Not "a driven manager" (no noun before it) nor "the men given food"
 * (no preposition after it).
 */
function participleAfterNoun(tokens: Token[], i: number): boolean {
  if (i < 2 || i + 1 >= tokens.length || !PREPOSITION.has(tokens[i + 1].lower)) return false;
  const noun = tokens[i - 1];
  const lead = tokens[i - 2];
  if (noun.punct || !startsLowercase(noun.text) || PARTICIPLE_AUXILIARIES.has(noun.lower) || PREPOSITION.has(noun.lower) || DETERMINER.has(noun.lower)) return false;
  return DETERMINER.has(lead.lower) || /^\d/.test(lead.text);
}

/** The reporting verb of the date's clause, else its nearest past-tense verb (before first). */
function nearestVerb(frame: SentenceFrame, at: number, d: DateMention): Verb | null {
  const {tokens, clauses} = frame;
  const clause = clauses[at];
  let best: Verb | null = null;
  // Other dates' words do not count: in "inspectors toured the dam in 2021 and in May 2022, then
  // once more in June" the last date still reaches "toured".
  for (let i = at - 1, n = 0; i >= 0 && n < BEFORE; i--) {
    best = considerVerb(frame, clause, d, i, n, best);
    // Session 33: a clock time before the date is the date's too ("folded in on itself at about 9:20 am on Tuesday").
    if (!inOtherDate(frame.dates, tokens[i], d) && !CLOCK_WORDS.has(tokens[i].lower) && !/^\d{1,2}$/.test(tokens[i].text)) n++;
  }
  let after = at;
  while (after < tokens.length && within(tokens[after], d.start, d.end)) after++;
  // "The mayor, who was jailed in a Swiss prison in 2020, accepted the request": a date inside a relative clause set off
  // by commas dates that clause's verb, not the main verb after the closing comma.
  const opener = relativeOpener(frame, at);
  for (let i = after, n = 0; i < tokens.length && n < AFTER; i++, n++) {
    if (opener >= 0 && best !== null && best.index > opener && tokens[i].text === ",") break;
    best = considerVerb(frame, clause, d, i, n + 0.5, best);
  }
  if (!best) best = frontedVerb(frame, at, after);
  if (best) return pastAuxiliary(frame, best);
  for (let i = at - 1 - BEFORE, n = BEFORE; i >= 0 && n < REPORTING_BEFORE && clauses[i] === clause; i--, n++) {
    if (!tokens[i].punct && hasWord(REPORTING, tokens[i].lower, tokens[i].key)) return {index: i, type: "statement", dist: n};
  }
  return longReachVerb(frame, at, d);
}

/**
 * The clause's verb further back than FALLBACK_BEFORE, up to REPORTING_BEFORE tokens, for a date with no verb nearer
 * and none after: "X was arrested by the Directorate of Criminal Investigations (DCI) on 12 February", "Y received Z's
 * father, W, at the ministry on 14.02.2025" (a long agent or object phrase). The reach stops at another date (its verb
 * is that date's: "landed late on Wednesday with B, a day after …"; not one joined to it by DATE_LIST_JOINERS only: "sank
 * the ships on July 7 and July 8") and at a comma that opens a noun phrase
 * (ELLIPSIS_OPENERS: "paid in two instalments, the second one last week").
 */
function longReachVerb(frame: SentenceFrame, at: number, d: DateMention): Verb | null {
  const {tokens, clauses} = frame;
  const clause = clauses[at];
  // Whether only list joiners stand between the date and the token being read ("July 7 and July 8").
  let joined = true;
  // Whether a comma stands between the date and the token being read: a verb before it may be in a closed aside.
  let commaSeen = false;
  for (let i = at - 1, n = 0; i >= 0 && n < REPORTING_BEFORE && clauses[i] === clause; i--, n++) {
    const t = tokens[i];
    if (within(t, d.start, d.end)) continue;
    if (inOtherDate(frame.dates, t, d)) {
      if (!joined) return null;
      continue;
    }
    if (!JOINERS.has(t.lower)) joined = false;
    if (t.text === ",") {
      if (i + 1 < at && ELLIPSIS.has(tokens[i + 1].lower)) return null;
      commaSeen = true;
    }
    if (n >= BEFORE && !t.punct && verbAt(tokens, i) !== null) {
      // "kidnapped the priest, who had served the parish … for years, on Monday": a verb inside a relative clause
      // that closes before the date is not the one the date modifies; read on before its opening comma.
      const opener = commaSeen ? relativeOpener(frame, i) : -1;
      if (opener >= 0) {
        n += i - opener;
        i = opener;
        continue;
      }
      // "rejected the appeal filed by lawyers … on Friday": a participle right after a determiner and a noun, with
      // "by" after it, is a reduced relative inside the object.
      if (reducedRelative(tokens, i)) continue;
      return pastAuxiliary(frame, {index: i, type: "other", dist: n});
    }
  }
  return null;
}

/** Determiners (model DETERMINERS): "the appeal filed by" is a noun phrase with a reduced relative. */
const DETERMINER = new Set(DETERMINERS);

/**
 * True when token `i` is a participle of a reduced relative clause: a determiner and a noun right before it and "by"
 * right after it ("the appeal filed by lawyers").
 */
function reducedRelative(tokens: readonly Token[], i: number): boolean {
  return i >= 2 && i + 1 < tokens.length && tokens[i + 1].lower === "by" && DETERMINER.has(tokens[i - 2].lower) &&
    !tokens[i - 1].punct && startsLowercase(tokens[i - 1].text) && !AUXILIARIES.has(tokens[i - 1].lower);
}

/**
 * The index of the comma that opens a relative clause holding token `at` (", who was jailed … in 2020"), or -1: the
 * nearest comma before `at` in its clause (within RELATIVE_SPAN tokens), with a relative opener right after it.
 */
function relativeOpener(frame: SentenceFrame, at: number): number {
  const {tokens, clauses} = frame;
  for (let i = at - 1; i >= 0 && at - i <= RELATIVE_SPAN && clauses[i] === clauses[at]; i--) {
    if (tokens[i].text === ",") return i + 1 < at && RELATIVE_OPENERS.has(tokens[i + 1].lower) ? i : -1;
  }
  return -1;
}

/** `best`, or token i at distance `dist` when it is a better verb of the clause outside date `d`. */
function considerVerb(frame: SentenceFrame, clause: number, d: DateMention, i: number, dist: number, best: Verb | null): Verb | null {
  const t = frame.tokens[i];
  if (frame.clauses[i] !== clause || t.punct || within(t, d.start, d.end)) return best;
  // The participle after "and" that shares a passive's auxiliary dates only a date after it (mend 23 F4).
  const kind = verbAt(frame.tokens, i, t.start < d.start);
  // A reporting verb beats any other verb of the clause.
  if (kind === "statement") return !best || best.type !== "statement" || dist < best.dist ? {index: i, type: "statement", dist} : best;
  if (best?.type === "statement") return best;
  return kind && (!best || dist < best.dist) ? {index: i, type: "other", dist} : best;
}

/** Words that open a relative clause set off by commas ("…, who was four when …, was freed"). */
const RELATIVE_OPENERS = new Set(RELATIVE_CLAUSE_OPENERS);
/** Auxiliaries that yield to the verb right after them ("was reunited" → "reunited"). */
const AUXILIARIES = new Set(YIELDING_AUXILIARIES);
/** How far past the date a relative clause may run before its closing comma (tokens). */
const RELATIVE_SPAN = 30;

/**
 * The main verb after a relative clause, for a date whose own clause has no verb: "On Sunday
 * morning, Ana Ruiz, who was six when the river rose, was reunited with her brother" dates
 * "reunited". The date's clause must end at ", who/which/whose"; the verb is the first one (past
 * an auxiliary) right after the comma that closes the relative clause. Null otherwise.
 */
function verbAfterRelative(frame: SentenceFrame, at: number): Verb | null {
  const {tokens, clauses} = frame;
  let e = at;
  while (e < tokens.length && clauses[e] === clauses[at]) e++;
  // The comma that opens the relative clause is its first token.
  if (e + 1 >= tokens.length || tokens[e].text !== "," || !RELATIVE_OPENERS.has(tokens[e + 1].lower)) return null;
  for (let i = e + 2; i < tokens.length && i - at < RELATIVE_SPAN; i++) {
    if (tokens[i].text !== ",") continue;
    const v = i + 1;
    if (v >= tokens.length || isVerbLike(tokens[v]) === null) return null;
    return pastAuxiliary(frame, {index: v, type: isVerbLike(tokens[v]) as EventType, dist: i - at});
  }
  return null;
}

/** How far past a fronted date its clause's verb may stand (a subject of two full names). */
const FRONTED_AFTER = 14;
/**
 * How far past a date that opens its sentence ("On 3 May, …") the verb may stand when the words between are a long
 * title and name or an aside set off by commas (see frontedVerb).
 */
const SENTENCE_FRONTED_AFTER = 30;

/**
 * The verb of a clause that opens with its date and a comma, past a long subject: "On Tuesday,
 * Ana Ruiz and Marco Diaz were flown to Lima" dates "flown" though it stands eight words after
 * the date (nearestVerb looks AFTER words ahead). The date must open its clause (only a
 * preposition or a conjunction before it, FRONT_LEADS) and a comma must follow it.
 */
function frontedVerb(frame: SentenceFrame, at: number, after: number): Verb | null {
  const {tokens, clauses} = frame;
  if (after >= tokens.length || tokens[after].text !== ",") return null;
  let i = at - 1;
  for (; i >= 0 && clauses[i] === clauses[at]; i--) {
    const t = tokens[i];
    if (t.punct ? t.text !== "," : !hasWord(FRONT_LEAD, t.lower, t.key)) return null;
    if (t.punct) break;
  }
  // "On 3 June, the chief engineer of the water board and head of its safety panel X, flown in overnight, inspected
  // …": a date that opens the sentence reaches its verb past a long title and an aside between commas that opens
  // with a participle or a preposition ("…, on the sidelines of the summit, X sat down with …").
  const opensSentence = i < 0;
  const reach = opensSentence ? SENTENCE_FRONTED_AFTER : FRONTED_AFTER;
  let inRelative = false;
  for (let j = after + 1, n = 0; j < tokens.length && n < reach && clauses[j] === clauses[at]; j++, n++) {
    if (tokens[j].punct) {
      if (tokens[j].text === ",") inRelative = false;
      if (opensSentence && tokens[j].text === ",") j = asideEnd(frame, j, at);
      continue;
    }
    if (SUBJECT_RELATIVES.has(tokens[j].lower)) inRelative = true;
    const kind = isVerbLike(tokens[j]);
    // Past the short reach, a verb inside the long subject is an older event's: in a relative clause up to its comma
    // ("… the squad that won the 1998 title, X, resigned"), or a reduced participle with the clause's own verb still
    // to come ("… of the flight shot down over the sea in July 2014 gathered in the capital").
    if (kind && n >= FRONTED_AFTER && (inRelative || (tokens[j - 1].text !== "," && verbStillToCome(frame, j, at)))) continue;
    if (kind) return {index: j, type: kind, dist: n};
  }
  return null;
}

const SUBJECT_RELATIVES = new Set(SUBJECT_RELATIVE_WORDS);
/** A second verb after these is coordinated, not the main verb after a reduced participle (model VERB_COORDINATOR_WORDS). */
const VERB_COORDINATORS = new Set(VERB_COORDINATOR_WORDS);

/**
 * True when another verb-like word follows the one at token `j` in its clause before a comma, with no coordinator
 * between ("… flight MH17 shot down over the sea in 2014 gathered …": 'shot' is a reduced participle).
 */
function verbStillToCome(frame: SentenceFrame, j: number, at: number): boolean {
  const {tokens, clauses} = frame;
  for (let k = j + 1; k < tokens.length && k - j <= 16 && clauses[k] === clauses[at]; k++) {
    const t = tokens[k];
    if (t.punct) {
      if (t.text === "," || t.text === ";" || t.text === ".") return false;
      continue;
    }
    if (VERB_COORDINATORS.has(t.lower)) return false;
    // Not an adjective after a determiner ("inspected the cracked spillway").
    if (isVerbLike(t) && !DETERMINER.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

/**
 * The comma that closes an aside opened by the comma at token `comma` with a participle or a preposition (", sent
 * to the dam on the orders of X,", ", on the sidelines of the summit,"), within the clause of token `at`; else `comma`.
 */
function asideEnd(frame: SentenceFrame, comma: number, at: number): number {
  const {tokens, clauses} = frame;
  const first = tokens[comma + 1];
  if (first === undefined || first.punct || !(PREPOSITION.has(first.lower) || (isVerbLike(first) === "other" && !hasWord(IRREGULAR, first.lower, first.key)) || hasWord(PARTICIPLES, first.lower, first.key))) return comma;
  for (let k = comma + 2; k < tokens.length && k - comma <= FRONTED_AFTER && clauses[k] === clauses[at]; k++) {
    if (tokens[k].text === ",") return k;
  }
  return comma;
}

/**
 * The verb after an auxiliary (and "been"), for nearestVerb and verbAfterRelative alike: "the two
 * men were handed to the Red Cross" dates "handed", not "were" ("were" alone stays: "the crew were
 * safe" has no verb after it).
 */
function pastAuxiliary(frame: SentenceFrame, verb: Verb): Verb {
  const {tokens, clauses} = frame;
  const v = verb.index;
  if (verb.type !== "other" || !AUXILIARIES.has(tokens[v].lower) || v + 1 >= tokens.length || clauses[v + 1] !== clauses[v]) return verb;
  // "had been taken": past "been" to the participle.
  const n = tokens[v + 1].lower === "been" && v + 2 < tokens.length && clauses[v + 2] === clauses[v] ? v + 2 : v + 1;
  const kind = tokens[n].punct ? null : verbAt(tokens, n);
  return kind === null ? verb : {index: n, type: kind, dist: verb.dist};
}
