/**
 * Stage 07: a detention is a hold only when its term is told (model interaction-detention.ts), and
 * an agent written out in lowercase stands for its bracketed acronym.
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {startsLower} from "../events/letter-case.ts";
import {objectsAfter, subjectsBefore, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";
import {hasWordIn, type Token} from "../events/tokens.ts";
import {ABDUCTION_HOLD_ADVERBS, ABDUCTION_HOLD_IDIOMS_AFTER_IN, ABDUCTION_HOLD_NEXT, ABDUCTION_HOLD_PARTICIPLES, ARMED_HOLDER_NOUNS, ARMED_UNIT_NAME_ENDS, CAPTIVE_OF_NOUNS, CAPTIVITY_NOUNS, CUSTODIAN_NAME_WORDS, CUSTODY_DETENTION_CUES, HANDS_CAPTIVITY_CUES, HANDS_NOUN, HOLDER_CLOSERS, HOLD_STATE_ADVERBS, HOLD_STATE_VERBS, RAISING_REPORT_VERBS, DETENTION_TERM_QUALIFIERS, DETENTION_TERM_UNITS, DETENTION_VERBS} from "../model/interaction-detention.ts";
import {UNITS, TENS} from "../model/number-words.ts";
import {captiveTermHolds, hasCaptiveTerm} from "./captive-terms.ts";
import {BODY_ACTOR_KINDS, PASSIVE_AUX, PERFECT_AUXILIARIES} from "../model/argument-words.ts";

const DETENTION = new Set(DETENTION_VERBS);
const TERM_UNITS = new Set(DETENTION_TERM_UNITS);
const QUALIFIERS = new Set(DETENTION_TERM_QUALIFIERS);

/** How far after the verb the term may stand ("arrested by the army's intelligence unit (X) at a checkpoint near Y on 3 March and held for 263 days"). */
const TERM_REACH = 24;

/** A count written in digits or words ("43", "1,200", "two", "twenty", "a"). */
function isCount(text: string, lower: string): boolean {
  return /^\d[\d,]*$/.test(text) || Object.hasOwn(UNITS, lower) || Object.hasOwn(TENS, lower) || lower === "a";
}

/**
 * True for a detention verb at [from, to) whose term is not told: no "for <count> <days|weeks|
 * months|years>" after it in the sentence before a comma, semicolon or the end ("B was detained
 * by A for 43 days" is a hold, "B was detained by A in May" and "arrested for fraud" are none).
 * False for every other verb.
 *
 * @example untimedDetention(frame, 3, 4) // true for "B was arrested by police in May."
 */
export function untimedDetention(frame: SentenceFrame, from: number, to: number): boolean {
  const t = frame.tokens;
  if (to !== from + 1 || !DETENTION.has(t[from].lower)) return false;
  for (let k = to; k < t.length && k < to + TERM_REACH; k++) {
    const w = t[k];
    if (w.text === "," || w.text === ";" || w.text === "." || w.text === ":") return true;
    if (w.lower !== "for") continue;
    let j = k + 1;
    while (j < k + 4 && QUALIFIERS.has(t[j]?.lower ?? "")) j++;
    // "for 10 years of tax fraud" is the span of the offence, not the length of a hold.
    if (t[j] && isCount(t[j].text, t[j].lower) && TERM_UNITS.has(t[j + 1]?.lower ?? "") && t[j + 2]?.lower !== "of") return false;
  }
  return true;
}

/** Most words of an unnamed agent before its bracketed acronym ("by Latvian military counter-intelligence (X)"). */
const AGENT_WORDS = 6;
/** How far after the participle its "by" may stand ("detained last month by …"). */
const BY_REACH = 4;

/**
 * The organisation or group of an agent written out in lowercase with its acronym in brackets
 * after "by" ("was arrested by Latvian military counter-intelligence (KVD)" → KVD, not the
 * nationality), or []: a person's or organisation's name or a punctuation mark before the bracket,
 * no lowercase word, or more than AGENT_WORDS words.
 *
 * @example bracketedAgent(frame, grid, 3).map((m) => m.mention.text) // ["KVD"]
 */
export function bracketedAgent(frame: SentenceFrame, grid: MentionGrid, to: number): PlacedMention[] {
  const t = frame.tokens;
  let by = to;
  while (by < to + BY_REACH && t[by] && !t[by].punct && t[by].lower !== "by") by++;
  if (t[by]?.lower !== "by") return [];
  let k = by + 1;
  let lower = false;
  for (let words = 0; t[k] && t[k].text !== "("; words++) {
    if (words >= AGENT_WORDS) return [];
    const m = grid.startingAt.get(k);
    if (m && m.mention.kind === "country") k = m.to;
    else if (!m && (t[k].text === "-" || (!t[k].punct && startsLower(t[k].text)))) {
      lower ||= t[k].text !== "-";
      k++;
    } else return [];
  }
  // "by Latvia (LV)": a name alone before the bracket is the agent itself.
  if (!lower || t[k]?.text !== "(") return [];
  const acronym = grid.startingAt.get(k + 1);
  return acronym && t[acronym.to]?.text === ")" && (acronym.mention.kind === "organization" || acronym.mention.kind === "group") ? [acronym] : [];
}

const HOLD_PARTICIPLES = new Set(ABDUCTION_HOLD_PARTICIPLES);
const HOLD_ADVERBS = new Set(ABDUCTION_HOLD_ADVERBS);
const HOLD_NEXT = new Set(ABDUCTION_HOLD_NEXT);
const HOLD_IDIOMS = new Set(ABDUCTION_HOLD_IDIOMS_AFTER_IN);
/** How far after the hold participle its clause is searched for another agent ("held for ransom by C"). */
const HELD_CLAUSE_REACH = 12;

/**
 * True when the hold participle at `j` keeps the abduction's agent: not an idiom ("held in high
 * regard", "kept in touch") and no agent of its own before the clause ends ("held for ransom by a
 * rival gang", "held in a forest by C"; review 24 F2).
 */
function keepsAgent(t: readonly Token[], j: number): boolean {
  if (t[j + 1]?.lower === "in" && HOLD_IDIOMS.has(t[j + 2]?.lower ?? "")) return false;
  for (let k = j + 1; k < t.length && k <= j + HELD_CLAUSE_REACH; k++) {
    if (t[k].lower === "by") return false;
    if (t[k].punct || t[k].lower === "and" || t[k].lower === "but") break;
  }
  return true;
}
/** How far after the abduction's agent "and held" may stand ("by A from the village of X on 7 May and held …"). */
const HOLD_REACH = 14;

/**
 * For an abduction whose agent ends at token `from` ("B was kidnapped by A"): the token of a hold
 * participle coordinated with it in the same clause ("… by A near X in March and (later) held for 90
 * days"), which shares its agent and patient; -1 when none. The walk stops at punctuation, another
 * "by" or a second "and"; the participle must be followed by a word of the captive kept
 * (ABDUCTION_HOLD_NEXT: "held for", "held captive"), not an object or its own agent ("and held talks",
 * "and held by C"), nor be an idiom or take its own agent later in its clause ("held in high regard",
 * "held for ransom by C": keepsAgent).
 *
 * @example heldAfterAbduction(frame, 5) // 10 for "B was kidnapped by A in May and held for 40 days."
 */
export function heldAfterAbduction(frame: SentenceFrame, from: number): number {
  const t = frame.tokens;
  for (let k = from; k < t.length && k < from + HOLD_REACH; k++) {
    if (t[k].punct || t[k].lower === "by") return -1;
    if (t[k].lower !== "and") continue;
    let j = k + 1;
    if (HOLD_ADVERBS.has(t[j]?.lower ?? "")) j++;
    if (!HOLD_PARTICIPLES.has(t[j]?.lower ?? "")) return -1;
    const next = t[j + 1];
    return (!next || HOLD_NEXT.has(next.lower)) && keepsAgent(t, j) ? j : -1;
  }
  return -1;
}

const CAPTIVITY = new Set(CAPTIVITY_NOUNS);
const CAPTIVE_OF = new Set(CAPTIVE_OF_NOUNS);
const STATE_VERBS = new Set(HOLD_STATE_VERBS);
const STATE_ADVERBS = new Set(HOLD_STATE_ADVERBS);
/** Every word holdState starts from: the sentence quick filter lets these through too. */
export const HOLD_STATE_NOUNS: readonly string[] = [...CAPTIVITY_NOUNS, HANDS_NOUN, ...CAPTIVE_OF_NOUNS];
const STATE_NOUNS = new Set(HOLD_STATE_NOUNS);
const CLOSERS = new Set(HOLDER_CLOSERS);
const HANDS_CUES = new Set(HANDS_CAPTIVITY_CUES);
const CUSTODY_CUES = new Set(CUSTODY_DETENTION_CUES);
const CUSTODIAN_WORDS = new Set(CUSTODIAN_NAME_WORDS);

const ARMED_NOUNS = new Set(ARMED_HOLDER_NOUNS);
const ARMED_UNIT_ENDS = new Set(ARMED_UNIT_NAME_ENDS);

/** Round 27: true when an armed group's noun follows the holder's name ("the X movement", "the X militia"). */
function armedNounAfter(t: readonly Token[], holder: PlacedMention): boolean {
  return ARMED_NOUNS.has(t[holder.to]?.lower ?? "");
}

/**
 * True when the holder after "of" closes the phrase: the end, punctuation other than "'s", or a HOLDER_CLOSERS word
 * (after an armed group's noun that follows the name: "in the hands of the X movement, the diplomats said").
 */
function closesPhrase(t: readonly Token[], holder: PlacedMention): boolean {
  const next = t[holder.to + (armedNounAfter(t, holder) ? 1 : 0)];
  if (!next) return true;
  if (/^['’]s?$/u.test(next.text)) return false;
  return next.punct || CLOSERS.has(next.lower);
}

/**
 * True when the holder may hold: a group or a country always; an organisation "in the hands of" only
 * with an abduction word in the sentence, "in … custody" only when its name marks a detaining body
 * or the sentence tells an arrest or detention.
 */
function canHold(t: readonly Token[], holder: PlacedMention, noun: string): boolean {
  if (holder.mention.kind !== "organization" || armedNounAfter(t, holder)) return true;
  if (noun === HANDS_NOUN) return hasWordIn(t, HANDS_CUES);
  if (noun === "custody") {
    for (let k = holder.from; k < holder.to; k++) if (CUSTODIAN_WORDS.has(t[k].lower)) return true;
    if (ARMED_UNIT_ENDS.has(t[holder.to - 1].lower)) return true;
    return hasWordIn(t, CUSTODY_CUES);
  }
  return true;
}

/**
 * True when some token is a noun holdState starts from (else it cannot match).
 *
 * @example hasHoldStateNoun(tokenize("B remains in A captivity.", 0)) // true
 */
export function hasHoldStateNoun(tokens: readonly Token[]): boolean {
  // Round 32: "after 200 days as hostages of A" (captive-terms.ts).
  return hasWordIn(tokens, STATE_NOUNS) || hasCaptiveTerm(tokens);
}

/**
 * A captive's state told with the holder: "B remains in A captivity", "B is still in the hands of A",
 * "B is in the custody of A", "B remains a prisoner of A" → A held B. The holder is an organisation,
 * group or country (not a person: "in the custody of her mother" is a family's); the captive is the
 * person subject of a state verb right before the phrase (HOLD_STATE_VERBS, at most one adverb
 * between: "is still in"), found as for any verb. Nothing else may stand between, so "is not / no
 * longer in A captivity" and "B's fate is in the hands of A" (the subject is "fate") give nothing.
 *
 * @example holdState(frame, grid, out) // pushes A held B for "B remains in A captivity."
 */
export function holdState(frame: SentenceFrame, grid: MentionGrid, out: Pair[]): void {
  // Round 32: "B and C came home after 200 days as hostages of A" → A held B and C (captive-terms.ts).
  captiveTermHolds(frame, grid, out);
  const t = frame.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!STATE_NOUNS.has(t[i].lower)) continue;
    let holder: PlacedMention | undefined;
    let before = -1;
    if (CAPTIVITY.has(t[i].lower) && t[i - 1]?.lower === "the" && t[i - 2]?.lower === "in" && t[i + 1]?.lower === "of") {
      // "in the custody of A"
      holder = objectsAfter(frame, grid, i + 2, {gap: 1})[0];
      before = i - 3;
    } else if (CAPTIVITY.has(t[i].lower) || (t[i].lower === HANDS_NOUN && t[i - 1]?.lower !== "the")) {
      // "in A captivity", "in A's custody"; round 29: "in A's hands", "in A hands", "in the A's hands"
      const e = t[i - 1]?.text === "'s" || t[i - 1]?.text === "’s" || t[i - 1]?.text === "'" || t[i - 1]?.text === "’" ? i - 2 : i - 1;
      holder = grid.endingAt.get(e);
      if (holder && t[holder.from - 1]?.lower === "in") before = holder.from - 2;
      else if (holder && t[holder.from - 1]?.lower === "the" && t[holder.from - 2]?.lower === "in") before = holder.from - 3;
    } else if (t[i].lower === HANDS_NOUN && t[i - 1]?.lower === "the" && t[i - 2]?.lower === "in" && t[i + 1]?.lower === "of") {
      holder = objectsAfter(frame, grid, i + 2, {gap: 1})[0];
      before = i - 3;
    } else if (CAPTIVE_OF.has(t[i].lower) && (t[i - 1]?.lower === "a" || t[i - 1]?.lower === "an") && t[i + 1]?.lower === "of") {
      holder = objectsAfter(frame, grid, i + 2, {gap: 1})[0];
      before = i - 2;
    }
    if (!holder || before < 1 || !HOLDERS.has(holder.mention.kind)) continue;
    // "a prisoner of Ruritania's tax code", "in the hands of Ruritanian doctors": the holder modifies another noun.
    if (holder.from > i && !closesPhrase(t, holder)) continue;
    if (!canHold(t, holder, t[i].lower)) continue;
    // Round 29: "B is in Ruritania's hands" is a captive's only with captivity told ("B is in Ruritanian hands now" may be a sale or a case).
    if (t[i].lower === HANDS_NOUN && holder.from < i && holder.mention.kind === "country" && !hasWordIn(t, HANDS_CUES)) continue;
    if (STATE_ADVERBS.has(t[before].lower)) before--;
    // Round 26: "B is believed / thought / said to be in the hands of A": the state verb is the raising verb's auxiliary.
    if (t[before]?.lower === "be") {
      const r = raisedPassive(frame, before + 1);
      if (r > 0) before = r - 1;
    }
    if (!STATE_VERBS.has(t[before]?.lower ?? "")) continue;
    // "B has been in A captivity": the perfect's auxiliary follows the subject.
    if (t[before].lower === "been" && PERFECT_AUX.has(t[before - 1]?.lower ?? "")) before--;
    // The subject ends right before the verb or before the comma closing its apposition ("B, 29, remains"):
    // "B's fate is in the hands of A" has another subject.
    if (!grid.endingAt.has(before - 1) && t[before - 1]?.text !== ",") continue;
    for (const s of subjectsBefore(frame, grid, before)) {
      if (s.mention.kind === "person" && s.index !== holder.index && !/^['’]s?$/u.test(t[s.to]?.text ?? "")) out.push({source: holder, target: s, type: "held", from: i, to: i + 1, rule: "hold-state"});
    }
  }
}

const PERFECT_AUX = new Set(PERFECT_AUXILIARIES);
/** Kinds of actor that hold captives in holdState. */
const HOLDERS: ReadonlySet<string> = new Set(BODY_ACTOR_KINDS);

const RAISING_REPORTS = new Set(RAISING_REPORT_VERBS);
const RAISING_AUX = new Set(PASSIVE_AUX);

/**
 * The token of the raising verb of "B is believed to be held by A" / "B is thought to have been seized
 * by A" (an auxiliary before it, model RAISING_REPORT_VERBS), for the participle at `from`; -1 otherwise.
 */
export function raisedPassive(frame: SentenceFrame, from: number): number {
  const t = frame.tokens;
  let k = from - 1;
  if (t[k]?.lower === "be") k--;
  else if (t[k]?.lower === "been" && t[k - 1]?.lower === "have") k -= 2;
  else return -1;
  if (t[k]?.lower !== "to" || !RAISING_REPORTS.has(t[k - 1]?.lower ?? "") || !RAISING_AUX.has(t[k - 2]?.lower ?? "")) return -1;
  return k - 1;
}
