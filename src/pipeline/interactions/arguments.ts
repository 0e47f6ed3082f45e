import {startsLower, startsUpper} from "../events/letter-case.ts";
import {APPOSITION_OPENERS, DESCRIBED_CONJUNCT_OPENERS, FOCUS_ADVERBS, ASIDE_CONTINUATIONS, COUNT_WORDS, DELEGATE_NOUNS, GOVERNING_NOUNS, LEADING_WORDS, OBJECT_BREAKS, OBJECT_PRONOUNS, OBLIQUE_PREPOSITIONS, PHRASE_OPENING_WORDS, POSSESSIVE_PRONOUNS, PRONOUN_LEAD_INS, PRONOUN_SUBORDINATORS, REPORTING_WORDS, SPEAKING_VERBS, SUBJECT_PRONOUNS, VOICE_NOUNS, COPULA_WORDS, STAFF_NOUNS, NAMING_ASIDE_VERBS, QUOTED_VERB_AUXILIARIES, SPEAKER_OFFICE_WORDS, GENDERED_OBJECT_PRONOUNS, OTHER_MEMBER_WORDS, OTHER_MEMBER_OWNERS, KIN_MEETING_VERBS, PRONOUN_OBJECTS_OF_WITH, PRONOUN_OBJECT_CLOSERS, SPEAKING_PARTICIPLE_OPENERS, SPEAKING_OPENER_STOPS, BODY_ACTOR_KINDS, ASIDE_PREPOSITIONS, SPEECH_ADJUNCT_PREPOSITIONS, ADVERBIAL_OPENERS, PATIENT_PLACE_OPENER_STOPS, SPEECH_ADJUNCT_DETERMINERS, TAGGED_SUBJECT_PHRASE_WORDS, OFFICE_ROLE_NOUNS, QUANTIFIER_ASIDE_OPENERS, IRREGULAR_ASIDE_PARTICIPLES, RELATIONAL_HEAD_NOUNS, LOWERCASE_RANK_NOUNS, BODY_PEOPLE_NOUNS, OWN_PEOPLE_NOUNS, LOCATIVE_SHIFT_PREPOSITIONS, COMPANION_ASIDE_OPENERS, MEMBER_MARKERS, CONJUNCT_ADVERBS, RELATIVE_HEAD_KEEPERS, CLAUSE_REFERENT_NOUNS, CLAUSE_AGENT_ENDINGS, CLAUSE_AGENT_EXCEPTIONS, PARTICIPLE_CLAUSE_SUBORDINATORS, NON_PARTICIPLE_ING_WORDS, TIME_OPENER_ENDS, DENYING_REPORT_WORDS, OFFSHORE_PREPOSITIONS, ORIGIN_ASIDE_OPENERS, CLAUSE_SUBJECT_AUXILIARIES, DISCOURSE_ASIDES, OWN_SIDE_LEADER_NOUNS} from "../model/argument-words.ts";
import {KIN_NOUNS as RELATIVE_KIN_NOUNS} from "../model/kin-words.ts";
import {mentionsNear, type PlacedMention, type SentenceFrame} from "../events/frame.ts";
import {TITLE_HEADS, TITLE_LINKS, TITLE_MODIFIERS} from "../model/titles.ts";
import {DATE_CUE_UNITS} from "../model/date-cues.ts";
import {NATIONALITIES} from "../model/nationalities.ts";
import {FEMININE_GIVEN_NAMES} from "../model/first-names.ts";
import {mansGivenName} from "../actors/person-name.ts";
import {PERSON_NOUNS} from "../model/person-nouns.ts";
import {LISTED_RELATIVE_NOUNS, WE_PERFORMATIVE_VERBS} from "../model/interaction-cues.ts";

/**
 * Kin nouns ("son", "nephew"): a relative listed after "and his/her …" (not a trade: "his lawyer"); also how
 * find-interactions.ts tells a person described as a relative.
 *
 * @example KIN.has("nephew") // true
 */
export const KIN: ReadonlySet<string> = new Set(LISTED_RELATIVE_NOUNS);

const OBLIQUE = new Set(OBLIQUE_PREPOSITIONS);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const REPORTING = new Set(REPORTING_WORDS);
const BREAKS = new Set(OBJECT_BREAKS);
const APPOSITION = new Set(APPOSITION_OPENERS);
const RELATIVE = new Set(["who", "which", "that", "whom"]);
const DELEGATES = new Set(DELEGATE_NOUNS);
const LEADS = new Set(LEADING_WORDS);
const OBJECT_PRONOUN = new Set(OBJECT_PRONOUNS);
const LEAD_INS = new Set(PRONOUN_LEAD_INS);
const SUBORDINATORS = new Set(PRONOUN_SUBORDINATORS);
const SPEAKING = new Set(SPEAKING_VERBS);
const VOICES = new Set(VOICE_NOUNS);
const STAFF = new Set(STAFF_NOUNS);
/** "his/her" before a staff noun stands for the person "he/she" would ("A told the council her staff had met B"). */
const OWNER_PRONOUN: ReadonlyMap<string, string> = new Map([["his", "he"], ["her", "she"]]);
/** Reporting verbs whose next mention is the addressee ("told Reuters"), unlike "said Moscow had …". */
const ADDRESSING = new Set(["told", "tells", "telling", "tell"]);

/**
 * Words that cannot stand between a subject and its verb: the mention before them heads a
 * different phrase ("X's efforts to secure the release of hostages being held by B": X is not held).
 */
const GAP_STOPS = new Set(["of", "for", "from", "about", "than"]);
const PASSIVE_GAP_STOPS = new Set([...GAP_STOPS, "to", "with"]);

/** Max words between a subject and its verb ("A has also personally freed B": 3). */
const SUBJECT_GAP = 6;
/** Max words between a verb and its object ("met with Deputy Foreign Minister B": 4). */
const OBJECT_GAP = 5;

/** Token index → mention: `get` (or undefined) and `has`, like a Map. */
export interface TokenLookup {
  get(i: number): PlacedMention | undefined;
  has(i: number): boolean;
}

/** Token index → mention, by first and by last token. */
export interface MentionGrid {
  startingAt: TokenLookup;
  endingAt: TokenLookup;
}

/**
 * A frame's mentions looked up by first or last token. They are sorted by start and never
 * overlap, so both their first and their last tokens are in order: a binary search answers,
 * with no per-sentence Map to build (in a corpus run the allocation cost more than the search).
 * As with a Map filled in list order, the first mention wins for a first token and the last one
 * for a last token.
 */
class MentionsBy implements TokenLookup {
  constructor(
    private readonly list: PlacedMention[],
    private readonly byLast: boolean
  ) {}

  get(i: number): PlacedMention | undefined {
    const {list, byLast} = this;
    // First entry whose key is above i (by last token) or not below i (by first token).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const key = byLast ? list[mid].to - 1 : list[mid].from;
      if (byLast ? key <= i : key < i) lo = mid + 1;
      else hi = mid;
    }
    const m = byLast ? list[lo - 1] : list[lo];
    if (!m) return undefined;
    return (byLast ? m.to - 1 : m.from) === i ? m : undefined;
  }

  has(i: number): boolean {
    return this.get(i) !== undefined;
  }
}

/**
 * Indexes a sentence's mentions by their first and last token.
 *
 * @example mentionGrid(frame).startingAt.get(0)?.mention.text
 */
export function mentionGrid(frame: SentenceFrame): MentionGrid {
  return {startingAt: new MentionsBy(frame.mentions, false), endingAt: new MentionsBy(frame.mentions, true)};
}

/**
 * Index of the preposition right before the mention ("in Israel", "to the UN"), or -1.
 *
 * @example obliqueAt(frame, frame.mentions[0])
 */
export function obliqueAt(frame: SentenceFrame, m: PlacedMention): number {
  const t = frame.tokens;
  let i = m.from - 1;
  if (i >= 0 && t[i].lower === "the") i--;
  return i >= 0 && OBLIQUE.has(t[i].lower) ? i : -1;
}

/**
 * True when the mention follows "in/at/to/with…" (so it is a place or a complement).
 *
 * @example isOblique(frame, frame.mentions[0])
 */
export function isOblique(frame: SentenceFrame, m: PlacedMention): boolean {
  return obliqueAt(frame, m) >= 0;
}

/**
 * The subject(s) of a verb starting at token `v`: the closest mention before it in the
 * clause that is not after a preposition ("in Israel"), within a few words, jumping over
 * an apposition ("A, a group allied with B, freed C" → A) — unless the apposition is itself
 * a name ("The EU envoy, Jane Roe, met B" → Jane Roe) — over a parenthesis ("A (AB) freed"),
 * and into the head of a relative clause ("A, who was freed by B" → A); then expanded over
 * coordination ("A and B met"). A pronoun resolves only as "A said (that) he …" or, at the
 * start of the sentence, to `frame.antecedent`. Empty when a reporting verb stands in between.
 *
 * @example subjectsBefore(frame, grid, 5).map((m) => m.mention.text) // ["the union", "the owners"]
 */
const RELATIONAL_HEADS: ReadonlySet<string> = new Set([...RELATIONAL_HEAD_NOUNS, ...RELATIVE_KIN_NOUNS]);

/**
 * True when the mention starting at token `from` follows "of" or "for" after a relational head noun ("the wife of",
 * "lawyers for", "critics of"): the complement of the subject's head, not the subject.
 *
 * @example relationalComplement(tokenize("The wife of Tom Hale thanked Ann Vidal."), 3) // true
 */
function relationalComplement(tokens: SentenceFrame["tokens"], from: number): boolean {
  if (from < 2) return false;
  const p = tokens[from - 1].lower;
  if (p !== "of" && p !== "for") return false;
  if (!RELATIONAL_HEADS.has(tokens[from - 2].lower)) return false;
  // The head opens the sentence ("The wife of B …", "Lawyers for B …"): after a comma it is an apposition whose
  // relative clause B may head ("Mira Olsen, the sister of B, who met C": B met C).
  const head = from - 2;
  return head === 0 || (head === 1 && SENTENCE_DETERMINERS.has(tokens[0].lower));
}

/** Determiners that may open a sentence before a relational head ("The", "His", "Her", "Their", "A"). */
const SENTENCE_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "his", "her", "their", "its"]);

export function subjectsBefore(frame: SentenceFrame, grid: MentionGrid, v: number, gap = SUBJECT_GAP, passive = false): PlacedMention[] {
  const {tokens, clauses} = frame;
  const stops = passive ? PASSIVE_GAP_STOPS : GAP_STOPS;
  let clause = clauses[v];
  let words = 0;
  // The comma of ", who/which" passed on the way back, if any: the name right before it heads the relative clause.
  let relativeComma = -1;
  // The "who" passed on the way back, if any ("B, a parish priest who negotiated …").
  let whoAt = -1;
  // True once the walk went past "with <pronoun> and" (wholePronounObject).
  let withPronounPassed = false;
  // True once the walk went past an aside closed right before "and <verb>" ("freed B, a nurse, and thanked C").
  let asideBeforeAnd = false;
  for (let i = v - 1; i >= 0; i--) {
    const m = grid.endingAt.get(i);
    // "A wrote that \"THE DAM HELD\" and thanked B": the quoted slogan is what A wrote, passed over whole.
    if (m && isSlogan(frame, m)) {
      i = m.from;
      continue;
    }
    if (m && (clauses[m.from] === clause || clauses[m.to - 1] === clause)) {
      // A reduced relative takes its head whatever precedes it ("talks on B held by A").
      // "told Reuters the group had freed B": the addressee of a reporting verb is not the subject.
      if (m.from > 0 && ADDRESSING.has(tokens[m.from - 1].lower)) return [];
      // "The wife of B thanked C", "Lawyers for B, held since May, met C": B is the complement of the subject's
      // head, which names nobody (review 26 args F4, F8).
      if (relationalComplement(tokens, m.from)) return [];
      // "B's brother thanked C", "B's son is still held by A": the unnamed relative acts or undergoes, not
      // the possessive owner; the walk goes on past the owner ("A met B's mother and thanked C" → A). Round 29.
      const kinOwner = kinOwnerAt(frame, grid, m.to + (tokens[m.to]?.text === "'s" || tokens[m.to]?.text === "’s" ? 1 : 0))?.index === m.index;
      // "A watched as B's father attacked C", "the village where B's son was attacked by C": with no "and" between
      // the kin phrase and the verb, the kin relative is the clause's own subject or patient; the walk stops
      // rather than crossing "as" / "where" to an earlier name (mend 29 F2).
      // "A and B's wife criticised C": the names coordinated before the owner act with the kin relative.
      if (kinOwner && !verbConjunctBefore(tokens, v)) return m.from > 0 && isAnd(tokens[m.from - 1].lower) ? coordinatedBefore(frame, grid, m).filter((x) => x.index !== m.index) : [];
      if (!kinOwner && (!isOblique(frame, m) || (passive && gap === 0) || (sentBy(frame, m, !passive) && !againstOwnLeaders(frame, m, v)) || obliqueRelativeHead(frame, m, relativeComma))) {
        // "B's daughter was seized with him and is still held by A": past "with him and" the
        // subject is the possessed noun, not its owner (review 24 F6).
        if (withPronounPassed && (/['’]s$/u.test(tokens[m.to - 1].text) || /^['’]s?$/u.test(tokens[m.to]?.text ?? ""))) return [];
        // "Police freed B, the head of the union, and thanked C": a name after a lowercase word (a
        // verb's object) before the aside is not the subject "and thanked" shares.
        if (asideBeforeAnd && objectBefore(tokens, m.from)) return [];
        const list = coordinatedBefore(frame, grid, personOf(frame, grid, m));
        return m.to === relativeComma ? withObliqueHead(frame, grid, list, relativeComma) : list;
      }
      i = m.from;
      words++;
      continue;
    }
    const t = tokens[i];
    if (t.punct) {
      if (t.text === "-" || t.text === "'" || t.text === "’") continue;
      // A quote opened inside the clause ("she was \"deeply grateful\" to B") does not end
      // it; one right before the verb opens a quotation with a speaker of its own.
      // "A had \"facilitated dialogue …\"": a quote opened between an auxiliary and its verb is
      // the outlet quoting the clause's own words, with the clause's subject.
      if (isQuoteMark(t.text) && t.text !== "”" && i === v - 1 && QUOTED_VERB_AUX.has(tokens[i - 1]?.lower ?? "")) continue;
      if (isQuoteMark(t.text) && i < v - 1) {
        // "A wrote that \"THE DAM HELD\" and thanked B": a slogan in capitals is passed over whole.
        const open = capitalsQuoteStart(frame, i);
        if (open >= 0) {
          i = open;
          continue;
        }
        // "X called the offer \"an insult to Minister B\" and thanked C": a quotation
        // closed before "and <verb>" is X's words, passed over whole; a name inside it is not the subject
        // "and" shares. Not before "and the …" ("the \"Tiger Brigade\" and the army attacked B": review 27 F11).
        const quoted = closedQuoteStart(frame, i);
        if (quoted >= 0 && isAnd(tokens[i + 1]?.lower ?? "") && verbAfterAnd(tokens, i + 2)) {
          i = quoted;
          continue;
        }
        if (t.text !== "”") continue;
      }
      if (t.text === ")") {
        const open = matchingOpen(frame, i);
        if (open < 0) return [];
        i = open;
        continue;
      }
      if (t.text === "," && i + 1 < tokens.length && RELATIVE.has(tokens[i + 1].lower) && i > 0) {
        // "B, the wife of a miner, and C, the mother of a driver, who asked …": the relative
        // clause is about the person before the apposition, and those coordinated with it.
        // "B, an elder of the X council, who negotiated …": "who" is the person's, even after "by"
        // ("was brokered by B, a member of the X union, who …"), never the body ending the apposition.
        // null: go on; an array, even [] (the one described is unnamed), is the answer.
        const described = relativeAfterApposition(frame, grid, i);
        if (described !== null) return described;
        // "A, who was freed": continue into A's clause.
        clause = clauses[i - 1];
        relativeComma = i;
        continue;
      }
      // "B, 34, who …, was greeted by A": an age in commas right after the name.
      if (t.text === "," && grid.endingAt.has(i - 1) && STARTS_DIGIT.test(tokens[i + 1]?.text ?? "")) continue;
      if (t.text === ",") {
        // Round 32: "A, of the opposition X Party, criticised B": an aside of affiliation after the name is
        // passed over whole, and the name before it acts; likewise a discourse aside ("A, for her part, urged B to …"). Not before "and" ("met A, of the X Party, and
        // criticised B": A is the first verb's object).
        const origin = isAnd(tokens[i + 1]?.lower ?? "") ? -1 : Math.max(originAsideStart(frame, grid, i), discourseAsideStart(tokens, i));
        // Mend 32 F2: not when the name before the aside is a preposition's or a participle's object ("Fans of B,
        // from the suburbs, attacked C": the fans act, not B).
        if (origin > 0 && !asideNameGoverned(frame, grid, origin)) {
          i = origin;
          clause = clauses[origin - 1];
          continue;
        }
        // An apposition ending at the comma: its subjects, else passed over to its start.
        const open = appositionStart(frame, i);
        // "B, whose mother, C, had appealed to D": the person in commas after "whose <noun>" acts.
        const whose = whoseApposed(frame, grid, i);
        if (whose) return [whose];
        // null: pass over the apposition; an array, even [], is the answer.
        const found = appositionSubjects(frame, grid, v, i, open, whoAt, gap, passive);
        if (found !== null) return found;
        if (open >= 0 && i === v - 2 && isAnd(tokens[v - 1].lower)) asideBeforeAnd = true;
        i = open;
        clause = clauses[Math.max(0, open - 1)];
        continue;
      }
      return [];
    }
    if (clauses[i] !== clause) return [];
    if (PRONOUNS.has(t.lower)) return resolvePronoun(frame, grid, i);
    // "A told the council her staff had met B": the staff act for A, as "he had met B" would.
    if (STAFF.has(t.lower) && i > 0 && OWNER_PRONOUN.has(tokens[i - 1].lower)) return resolvePronoun(frame, grid, i - 1);
    // "X said its volunteers had helped Y", "Its divers rescued B": a body's people act for the body "its" stands for
    // (as actors only: "X said its workers had been kidnapped by Y" is no abduction of X).
    if (!passive && (OWN_PEOPLE.has(t.lower) || DELEGATES.has(t.lower)) && i > 0 && tokens[i - 1].lower === "its") return i === 1 ? orgPronoun(frame, 0) : itAfterReporting(frame, grid, i - 1);
    if (REPORTING.has(t.lower)) return [];
    if (stops.has(t.lower)) {
      // "A and a handful of his aides met B": an unnamed conjunct with "of" after a named subject is passed over.
      const and = passive ? -1 : unnamedPartitiveConjunct(frame, grid, i);
      if (and >= 0) {
        i = and;
        continue;
      }
      if (!wholePronounObject(tokens, i)) return [];
      withPronounPassed = true;
    }
    if (RELATIVE.has(t.lower)) {
      // "A condemned the gang that kidnapped B", "A met the man who freed B": the relative's head is an
      // unnamed noun, so the clause has no named subject (round 29).
      if (unnamedRelativeHead(frame, grid, i, v)) return [];
      if (t.lower === "who") whoAt = i;
      continue;
    }
    if (++words > gap) return [];
  }
  return [];
}

const KIN_WALK_CONJUNCT_WORDS: ReadonlySet<string> = new Set([...CONJUNCT_ADVERBS, ...QUOTED_VERB_AUXILIARIES]);

/**
 * Mend 29 F2: true when "and" stands right before the verb at `v`, or before it with only an adverb or an
 * auxiliary between ("and then thanked", "and had met"): the verb is coordinated with an earlier one whose
 * object the kin phrase is ("A met B's mother and thanked C"), not a list of kin ("B's wife and son thanked C").
 */
function verbConjunctBefore(tokens: SentenceFrame["tokens"], v: number): boolean {
  let j = v - 1;
  while (j > 0 && v - j <= 2 && KIN_WALK_CONJUNCT_WORDS.has(tokens[j].lower)) j--;
  return isAnd(tokens[j]?.lower ?? "");
}

/** Most lowercase words of an unnamed relative head after its determiner ("the armed gang"), and between the relative word and its verb ("who had later"). */
const UNNAMED_HEAD_WORDS = 4;
const RELATIVE_VERB_GAP = 2;

/**
 * Round 29: true when the relative word at `rel`, whose verb stands at `v` (only lowercase words between, at
 * most two: "who had", "that later"), heads a clause about an unnamed noun phrase that is no apposition and no
 * predicate: a determiner and up to four lowercase words right before it, the determiner after neither a
 * comma ("B, a priest who …") nor a copula ("A is the mediator who …", "A was the one who …"), "among" / "of"
 * ("A was among the hostages that were freed") nor the sentence's start. "A thanked the soldiers who rescued B", "A condemned the gang that kidnapped B": the
 * soldiers and the gang act, not A.
 *
 * @example unnamedRelativeHead(frame, grid, 5, 6) // true for "who" in "Ana Ruiz met the man who freed Omar Diallo"
 */
function unnamedRelativeHead(frame: SentenceFrame, grid: MentionGrid, rel: number, v: number): boolean {
  const t = frame.tokens;
  if (v - rel - 1 > RELATIVE_VERB_GAP) return false;
  for (let j = rel + 1; j < v; j++) if (t[j].punct || !startsLower(t[j].text) || grid.startingAt.has(j)) return false;
  let d = rel - 1;
  while (d > 0 && rel - d <= UNNAMED_HEAD_WORDS && !TITLE_OPENERS.has(t[d].lower)) {
    if (t[d].punct || !startsLower(t[d].text) || grid.endingAt.has(d)) return false;
    d--;
  }
  if (d < 1 || d === rel - 1 || !TITLE_OPENERS.has(t[d].lower)) return false;
  const before = t[d - 1];
  // "A was among the hostages that were freed", "one of the men who …": A may be one of them.
  // "A headed the delegation that met B", "A became the first minister who met B": A leads or is the head (mend 29 F6).
  return !before.punct && !COPULAS.has(before.lower) && !MEMBER_MARKS.has(before.lower) && !HEAD_KEEPERS.has(before.lower) && before.lower !== "of" && startsLower(before.text);
}
const HEAD_KEEPERS: ReadonlySet<string> = new Set(RELATIVE_HEAD_KEEPERS);

/** Most lowercase words between "and" and "of" in an unnamed conjunct ("and a handful of", "and the rest of"). */
const PARTITIVE_CONJUNCT_WORDS = 3;

/**
 * For "of" at `of` reached walking back to a subject: the index of "and" when "and <up to three
 * lowercase words> of …" is an unnamed conjunct after a named subject ("A and a handful of his aides
 * met B", "A, the X minister, and two of his deputies met B", "A and members of her team"): the name
 * (or an apposition's closing comma) stands right before "and", and that name is no object of an
 * earlier verb ("Police freed A and some of his aides thanked B") nor after "of"; -1 otherwise.
 */
function unnamedPartitiveConjunct(frame: SentenceFrame, grid: MentionGrid, of: number): number {
  const t = frame.tokens;
  if (t[of].lower !== "of") return -1;
  let and = of - 1;
  while (and > of - 1 - PARTITIVE_CONJUNCT_WORDS && and > 0 && !isAnd(t[and].lower)) {
    if (t[and].punct || !startsLower(t[and].text) || grid.endingAt.has(and) || BREAKS.has(t[and].lower) || PRONOUNS.has(t[and].lower)) return -1;
    and--;
  }
  if (and === of - 1 || !isAnd(t[and]?.lower ?? "")) return -1;
  const m = grid.endingAt.get(t[and - 1]?.text === "," ? and - 2 : and - 1);
  if (!m || m.mention.kind !== "person") return -1;
  const title = titleStart(t, m.from - 1);
  const start = title <= m.from - 1 ? title : m.from;
  return objectBefore(t, start) || t[start - 1]?.lower === "of" ? -1 : and;
}

/** Prepositions of an agent or partner whose name still heads a relative clause after it ("by A, which …"). */
const AGENT_PREPOSITIONS = new Set(["by", "with"]);

/**
 * True when the oblique mention `m` ends right at the comma `relativeComma` of ", who/whom/which":
 * it heads that relative clause, so it is the relative verb's subject, when it is a person before
 * "who/whom" ("B was received by A, who had promised her …", "talks with Mayor A, who promised …")
 * or anyone after "by/with" ("freed by the B Front, which had held them"). Not a place after
 * "to/in" and "which" ("flown to X, which welcomed him": the town stands for no one here).
 */
function obliqueRelativeHead(frame: SentenceFrame, m: PlacedMention, relativeComma: number): boolean {
  if (m.to !== relativeComma) return false;
  const who = frame.tokens[relativeComma + 1].lower !== "which";
  return who ? m.mention.kind === "person" : AGENT_PREPOSITIONS.has(frame.tokens[obliqueAt(frame, m)].lower);
}

/** True when a lowercase word other than "and" stands before token `k` ("the" passed): `k` starts an object. */
function objectBefore(t: SentenceFrame["tokens"], k: number): boolean {
  const w = t[k - 1]?.lower === "the" ? t[k - 2] : t[k - 1];
  return w !== undefined && !w.punct && startsLower(w.text) && !isAnd(w.lower);
}

const WITH_PRONOUN_OBJECTS = new Set(PRONOUN_OBJECTS_OF_WITH);
const PRONOUN_OBJECT_ENDS = new Set(PRONOUN_OBJECT_CLOSERS);

/**
 * True when the passive stop word at `i` is "with" whose whole object is a pronoun, closed by "and"
 * ("B was seized with her and is still held by A"): no name stands in that phrase, so the walk
 * back to the subject goes on past it. "with C and …" keeps stopping (C would be read as the subject).
 */
function wholePronounObject(tokens: SentenceFrame["tokens"], i: number): boolean {
  return tokens[i].lower === "with" && WITH_PRONOUN_OBJECTS.has(tokens[i + 1]?.lower ?? "") && PRONOUN_OBJECT_ENDS.has(tokens[i + 2]?.lower ?? "");
}

/** Lowercase words between "whose" and its noun's apposition ("whose elder sister, C,"). */
const WHOSE_NOUN_WORDS = 2;

/**
 * For a person in commas ending at the comma `close`, right after "whose" and one or two
 * lowercase words ("B, whose mother, C, had appealed …"): that person, the subject of the
 * relative clause's verb (not B, whose relative C is). Null otherwise.
 */
function whoseApposed(frame: SentenceFrame, grid: MentionGrid, close: number): PlacedMention | null {
  const t = frame.tokens;
  const m = grid.endingAt.get(close - 1);
  if (!m || m.mention.kind !== "person" || t[m.from - 1]?.text !== ",") return null;
  for (let j = m.from - 2, n = 0; j >= 0 && n <= WHOSE_NOUN_WORDS; j--, n++) {
    if (t[j].lower === "whose") return n > 0 ? m : null;
    if (t[j].punct || !startsLower(t[j].text)) return null;
  }
  return null;
}

/**
 * subjectsBefore at the comma `i` of ", who/which …" with no person right before it: the person
 * the relative clause is about past an apposition ("B, an elder of the X council, who …"), [] when
 * that person is unnamed, null to go on into the clause before. Its own function, as the rarer
 * branches of subjectsBefore's loop are: the loop is compiled without them.
 */
function relativeAfterApposition(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] | null {
  const {tokens} = frame;
  const who = tokens[i + 1].lower === "who" || tokens[i + 1].lower === "whom";
  const before = grid.endingAt.get(i - 1);
  // "A, the senior adviser to President B, who flew to X": the relative clause is A's.
  const holder = who && before ? officeHolderBefore(frame, grid, before) : null;
  if (holder) return coordinatedBefore(frame, grid, holder);
  // A name right before the comma has the relative clause ("A, who was freed"; anyone for
  // "which"), except a non-person before "who" ("the X council, who …" is about the person past
  // the apposition): null, the caller goes on into A's clause.
  if (before && (!who || before.mention.kind === "person")) return null;
  // "B, of the fishers' cooperative, who had been held …": "of" opens the apposition here.
  const start = appositionStart(frame, i);
  const open = start < 0 && who ? ofApposition(frame, i) : start;
  // "B, 52, of the fishers' cooperative, who had been held …": an age in commas before the apposition.
  const aged = open > 2 && AGE.test(tokens[open - 1].text) && tokens[open - 2].text === "," ? open - 2 : open;
  const head = aged > 0 ? grid.endingAt.get(aged - 1) : undefined;
  // Past an "of" apposition or an age the head must be no complement ("The mother of B, of
  // the village of X, who was seized": the mother was).
  const plain = open === start && aged === open;
  const complement = isOblique(frame, head ?? ({} as PlacedMention)) || tokens[(head?.from ?? 0) - 1]?.lower === "of";
  if (head && head.mention.kind === "person" && ((who && plain) || !complement)) return coordinatedBefore(frame, grid, head);
  // "The mother of B, of the village of X, who …": the one described is unnamed.
  if (head && head.mention.kind === "person" && who && !plain) return [];
  return null;
}

/** Most lowercase words of an office in apposition before its link word ("the chief foreign policy adviser to"). */
const OFFICE_WORDS = 5;
/** Most words of the title or qualifiers between the link word and the person ("to Latvian President B"). */
const OFFICE_OWNER_WORDS = 4;
const OFFICE_OPENERS = new Set(["the", "a", "an"]);
const OFFICE_LINKS = new Set(["to", "of", "for"]);
/**
 * Offices that speak for the person they serve (model/argument-words.ts SPEAKER_OFFICE_WORDS): "Peskov, the
 * spokesman for Putin, who met Trump in Alaska" — the meeting is Putin's, so no office holder is read there.
 */
const SPEAKER_OFFICES = new Set(SPEAKER_OFFICE_WORDS);

/**
 * For the person `y` ending an apposition "A, the (senior) adviser to (President) y" right before
 * ", who": A, whose office the apposition names, so the relative clause that follows is A's ("A,
 * the chief adviser to President B, who travelled to X and met C": A travelled and met C). Null
 * when the apposition's head is a relative ("A, the wife of B, who was seized": B may be meant)
 * or no office, or A is no person.
 */
function officeHolderBefore(frame: SentenceFrame, grid: MentionGrid, y: PlacedMention): PlacedMention | null {
  if (y.mention.kind !== "person") return null;
  const t = frame.tokens;
  let j = y.from - 1;
  // Back over the title and qualifiers of y ("to Latvian President", "of the Foreign Minister").
  for (let words = 0; j > 0 && !OFFICE_LINKS.has(t[j].lower); words++) {
    if (words >= OFFICE_OWNER_WORDS) return null;
    const m = grid.endingAt.get(j);
    if (m && m.mention.kind !== "person") j = m.from - 1;
    else if (!m && !t[j].punct && (TITLE_WORDS.has(t[j].lower) || NATIONAL_WORDS.has(t[j].lower) || t[j].lower === "the")) j--;
    else return null;
  }
  const head = t[j - 1];
  if (!head || !TITLE_HEAD.has(head.lower) || KIN.has(head.lower) || SPEAKER_OFFICES.has(head.lower) || !startsLower(head.text)) return null;
  let k = j - 2;
  for (let words = 0; k > 0 && words < OFFICE_WORDS && !t[k].punct && startsLower(t[k].text) && !OFFICE_OPENERS.has(t[k].lower); words++) k--;
  if (OFFICE_OPENERS.has(t[k]?.lower ?? "")) k--;
  if (t[k]?.text !== ",") return null;
  const holder = grid.endingAt.get(k - 1);
  return holder && holder.mention.kind === "person" && holder !== y ? holder : null;
}

/**
 * subjectsBefore (verb at `v`) at the comma `i` closing an apposition that opens at `open`
 * (appositionStart, -1 for none): the subjects the apposition gives, [] when none can stand
 * there, null to go on before `open`.
 */
function appositionSubjects(frame: SentenceFrame, grid: MentionGrid, v: number, i: number, open: number, whoAt: number, gap: number, passive: boolean): PlacedMention[] | null {
  const {tokens} = frame;
  // "The hikers, A, his sister B and their friend C, were seized": the whole list after the plural noun.
  const listed = listAfterPluralNoun(frame, grid, i);
  if (listed) return listed;
  // Round 32b: "A, her cameraman B and their driver, C, were freed by D": the comma closes the last
  // conjunct's own apposition, and the whole list undergoes (or acts), not only A.
  const ownedLast = ownedRoleListEnding(frame, grid, i);
  if (ownedLast) return ownedLast;
  // "B, a parish priest who negotiated with C": the person the apposition describes.
  const described = personBeforeWhoApposition(frame, grid, i, whoAt);
  if (described) return coordinatedBefore(frame, grid, described);
  if (open < 0) return [];
  // "A, alongside B, met C", "A, as well as B, criticised C": the companions act with the subject.
  const companions = isAnd(tokens[i + 1]?.lower ?? "") ? null : companionAside(frame, grid, open, i, gap, passive);
  if (companions) return companions;
  // "The four, among them (the brothers) A and B (from X), were seized by C": the named members act or undergo.
  // "The delegation met ten ministers, among them A and B, and criticised C": an aside closed before "and <verb>"
  // lists an earlier verb's object; the second verb shares the sentence's subject (mend 29 F3).
  const members = isAnd(tokens[i + 1]?.lower ?? "") ? null : memberAside(frame, grid, open, i);
  if (members) return members;
  // "A, after meeting B, thanked C": an aside of time or occasion is passed over whole.
  if (ASIDE_PREPOSITION.has(tokens[open + 1]?.lower ?? "")) return null;
  // "the X envoys, led by (minister) P, met B": the delegation's leader acts for it.
  const leader = delegationHead(frame, grid, open, i);
  if (leader) return [leader];
  const named = grid.startingAt.get(open + 1) ?? grid.startingAt.get(open + 2) ?? afterTitle(frame, grid, open + 1, i) ?? includedMember(frame, grid, open, i) ?? undefined;
  // "A says he spoke to the mayor, B, and thanked her": B names an object; "and thanked"
  // shares the first verb's subject, found from the title's determiner.
  if (named && named.to === i && i === v - 2 && tokens[v - 1].lower === "and") {
    const det = objectTitleStart(frame, open);
    if (det > 0) return subjectsBefore(frame, grid, det, gap, passive);
  }
  if (named && named.to === i && named.mention.kind === "person") {
    // "A and his Kenyan counterpart, B, met": A is a subject too.
    const first = counterpartOf(frame, grid, open);
    return first ? [...coordinatedBefore(frame, grid, first), named] : [named];
  }
  // "Kenya's labour minister, B, thanked C", "Peru's largest rebel group, the X Front, freed C":
  // the name holding a possessive's title acts, not the possessive's owner.
  if (named && named.to === i && named.mention.kind !== "place" && named.mention.kind !== "country" && ownedTitleBefore(frame, grid, open)) return [named];
  // "Two nurses, A and B, were freed": a list of names in apposition is the subject.
  if (named && named.mention.kind === "person") {
    const list = coordinatedAfter(frame, grid, named);
    if (list.length >= 2 && list[list.length - 1].to === i && list.every((m) => m.mention.kind === "person")) return list;
  }
  // "A fourth captive, the charity's guard B, is still held by C": a lowercase description before the name.
  const describedName = named ? null : describedPersonEnding(frame, grid, open, i);
  if (describedName) return [describedName];
  // Round 31: "Late on Friday, the hijacker's sister, B, urged C": an opener's comma opened the
  // apposition; the person closing it after an owned description is the subject.
  const owned = isAnd(tokens[i + 1]?.lower ?? "") ? null : namedAfterOpenerDescription(frame, grid, open, i);
  if (owned) return [owned];
  // "Their two drivers, the brothers A and B, are still held by C": a list after "the <plural noun>".
  return namedAfterPlural(frame, grid, open, i);
}

/** Round 31: most tokens of a short opener before the description ("Late on Friday,", "On Monday,"). */
const OPENER_TOKENS = 6;
/** Round 31: most tokens of the owned description between the opener's comma and the name ("the gunman's elder brother"). */
const OWNED_DESCRIPTION_TOKENS = 6;

/**
 * Round 31: for an apposition from the comma `open` closing a short sentence opener to the comma `close`: the person
 * named between an inner comma and `close` after a description of lowercase words with a possessive ("Late on
 * Friday, the hijacker's sister, B, urged …", "On Monday, the club's new coach, B, criticised …") → B. The
 * opener names no one but an oblique place or date. Null otherwise.
 *
 * @example namedAfterOpenerDescription(frame, grid, 3, 10) // Lena Vos in "Late on Friday, the hijacker's sister, Lena Vos, urged B"
 */
function namedAfterOpenerDescription(frame: SentenceFrame, grid: MentionGrid, open: number, close: number): PlacedMention | null {
  const t = frame.tokens;
  if (open < 1 || open > OPENER_TOKENS) return null;
  for (let k = 0; k < open; k++) {
    const m = grid.startingAt.get(k);
    if (m && !((m.mention.kind === "place" || m.mention.kind === "country") && isOblique(frame, m))) return null;
  }
  let inner = -1;
  for (let k = close - 1; k > open; k--) if (t[k].text === ",") {
    inner = k;
    break;
  }
  const named = inner > 0 ? grid.startingAt.get(inner + 1) : undefined;
  if (!named || named.to !== close || named.mention.kind !== "person" || inner - open - 1 > OFFICE_DESCRIPTION_TOKENS || !TITLE_OPENERS.has(t[open + 1]?.lower ?? "")) return null;
  let possessive = false;
  // Round 32: "Back home in Tana, the deputy chairman of the cocoa farmers' cooperative, B, criticised …", "In Lagoa, the head of
  // the union, B, …": a title with its link word describes the person as a possessive does.
  let office = false;
  for (let k = open + 2; k < inner; k++) {
    // "the hijacker's sister", "the strikers' leader" (the plural's apostrophe may stand alone).
    if (POSSESSIVE_S.test(t[k].text) || ((t[k].text === "'" || t[k].text === "’") && /s$/u.test(t[k - 1].text))) possessive = true;
    else if (t[k].text === "-" && k > open + 2 && startsLower(t[k + 1]?.text ?? "")) continue;
    else if (t[k].punct || !startsLower(t[k].text) || grid.startingAt.has(k)) return null;
    else if (TITLE_HEAD.has(t[k].lower) && TITLE_LINK.has(t[k + 1]?.lower ?? "") && k <= open + 4) office = true;
  }
  if (!office && inner - open - 1 > OWNED_DESCRIPTION_TOKENS) return null;
  return possessive || office || OWNER_PRONOUN.has(t[open + 1].lower) || t[open + 1].lower === "their" || t[open + 1].lower === "its" ? named : null;
}

/** Round 32: most tokens of an office's description with its link word ("the deputy chairman of the small-scale cocoa farmers' cooperative"). */
const OFFICE_DESCRIPTION_TOKENS = 13;

/** Most lowercase words of a member aside's description before its names ("the cousins", "two engineers"). */
const MEMBER_DESCRIPTION_WORDS = 2;
const MEMBER_MARKS = new Set(MEMBER_MARKERS);
/** Most capitalised words of an origin named without a mention ("from Kisumu", "from Port Harcourt"). */
const MEMBER_ORIGIN_WORDS = 3;

/**
 * Round 29: for an aside from comma `open` to comma `close` opened by "among them" or "including" (model
 * MEMBER_MARKERS), the persons it lists when they fill the aside: "The seven, among them A and B, were seized
 * by C", "The crew, including the brothers A and B from X, were freed" → A and B (a lowercase description of
 * up to two words may stand first, an origin "from <place>" after). Null otherwise: a name inside an "of"
 * phrase ("among them a nephew of B"), a possessive ("including B's sons"), a body, or words after the list.
 */
function memberAside(frame: SentenceFrame, grid: MentionGrid, open: number, close: number): PlacedMention[] | null {
  const t = frame.tokens;
  const mark = t[open + 1]?.lower ?? "";
  if (!MEMBER_MARKS.has(mark)) return null;
  let k = open + 2;
  if (mark === "among") {
    if (t[k]?.lower !== "them") return null;
    k++;
  }
  for (let words = 0; words < MEMBER_DESCRIPTION_WORDS && k < close && !grid.startingAt.has(k); words++, k++) {
    if (t[k].punct || !startsLower(t[k].text) || t[k].lower === "of" || BREAKS.has(t[k].lower)) return null;
  }
  const first = grid.startingAt.get(k);
  if (!first || first.mention.kind !== "person") return null;
  const list = coordinatedAfter(frame, grid, first);
  if (!list.every((m) => m.mention.kind === "person")) return null;
  let end = list[list.length - 1].to;
  // "among them A, B and others": the unnamed rest closes the list.
  if (isAnd(t[end]?.lower ?? "") && t[end + 1]?.lower === "others") end += 2;
  if (t[end]?.lower === "from") {
    // The origin is a place or body, named as a mention ("from Kisumu", "from the Red Cross") or only in capitals.
    const at = t[end + 1]?.lower === "the" ? end + 2 : end + 1;
    const origin = grid.startingAt.get(at);
    if (origin && origin.mention.kind !== "person") end = origin.to;
    else if (!origin) for (let j = end + 1; j < close && j <= end + MEMBER_ORIGIN_WORDS && startsUpper(t[j].text) && !t[j].punct && !grid.startingAt.has(j); j++) end = j + 1;
  }
  return end === close ? list : null;
}

/** Most words of a lowercase description before a name in apposition ("the charity's night guard"). */
const COMPANION_OPENERS: readonly string[][] = COMPANION_ASIDE_OPENERS.map((o) => o.split(" "));

/**
 * For an aside from comma `open` to comma `close` written "alongside B (and C)" or "as well as B":
 * the subject before the aside (subjectsBefore from `open`) and the companions, who act with it ("A,
 * alongside B, met C" → A and B met C). Null when the aside is no companion list ending at `close`
 * ("A, alongside B's wife, met C"), when the name before it is an earlier verb's object ("X freed
 * A, alongside B, …"), or when no subject stands before it; the caller refuses an aside before "and".
 */
function companionAside(frame: SentenceFrame, grid: MentionGrid, open: number, close: number, gap: number, passive: boolean): PlacedMention[] | null {
  const t = frame.tokens;
  const opener = COMPANION_OPENERS.find((words) => words.every((w, k) => t[open + 1 + k]?.lower === w));
  if (!opener) return null;
  const at = open + 1 + opener.length;
  const first = grid.startingAt.get(t[at]?.lower === "the" ? at + 1 : at);
  if (!first) return null;
  const list = coordinatedAfter(frame, grid, first);
  if (list[list.length - 1].to !== close) return null;
  // The name right before the aside heads it ("as" may open a clause of its own in the frame's clauses).
  const before = grid.endingAt.get(open - 1);
  // "X freed A, alongside B, on Monday": a name after a lowercase word is a verb's object, not the subject.
  if (before && objectBefore(t, before.from)) return null;
  const head = before && !isOblique(frame, before) ? coordinatedBefore(frame, grid, personOf(frame, grid, before)) : subjectsBefore(frame, grid, open, gap, passive);
  return head.length > 0 ? [...head, ...list] : null;
}

const DESCRIPTION_WORDS = 5;

/**
 * For an apposition between commas `open` and `close` after an unnamed head ("A fourth captive,"):
 * the person whose name ends it after an article or possessive and a lowercase description with no preposition or clause word ("the
 * charity's guard B", "their driver B"); null otherwise ("the wife of B" describes someone else).
 */
function describedPersonEnding(frame: SentenceFrame, grid: MentionGrid, open: number, close: number): PlacedMention | null {
  const t = frame.tokens;
  const m = grid.endingAt.get(close - 1);
  // "A, his uncle B, was freed": a named head keeps the verb.
  if (grid.endingAt.has(open - 1)) return null;
  if (!m || m.mention.kind !== "person" || !TITLE_OPENERS.has(t[open + 1]?.lower ?? "") || m.from - open - 2 < 1 || m.from - open - 2 > DESCRIPTION_WORDS) return null;
  for (let j = open + 2; j < m.from; j++) {
    const w = t[j];
    if (w.text === "'s" || w.text === "’s" || w.text === "'" || w.text === "’") continue;
    if (w.punct || !startsLower(w.text) || OBLIQUE.has(w.lower) || BREAKS.has(w.lower) || w.lower === "of" || REPORTING.has(w.lower)) return null;
  }
  return m;
}

/**
 * For an apposition from comma `open` to comma `close` reading "the <plural noun> A and B" ("the
 * brothers A and B", "the nurses A, B and C"): that list of two persons or more; null otherwise
 * (one name, a singular noun, or a list that does not fill the apposition).
 */
function namedAfterPlural(frame: SentenceFrame, grid: MentionGrid, open: number, close: number): PlacedMention[] | null {
  const t = frame.tokens;
  if (t[open + 1]?.lower !== "the" || !PLURAL_NOUN.test(t[open + 2]?.text ?? "")) return null;
  const first = grid.startingAt.get(open + 3);
  if (!first || first.mention.kind !== "person") return null;
  const list = coordinatedAfter(frame, grid, first);
  return list.length >= 2 && list[list.length - 1].to === close && list.every((m) => m.mention.kind === "person") ? list : null;
}

/**
 * Round 24: for the comma `close` after a person, the list of two persons or more it ends when that
 * list, read back as any coordination ("A, B and C", "A, his sister B and their friend C"), opens right
 * after ", " and a lowercase plural noun ("The hikers, A, his sister B and their friend C, were seized",
 * "the victims, A, B and C,"); null otherwise. appositionStart alone stops at the comma before the
 * second name, which would leave the first out.
 */
function listAfterPluralNoun(frame: SentenceFrame, grid: MentionGrid, close: number): PlacedMention[] | null {
  const t = frame.tokens;
  const last = grid.endingAt.get(close - 1);
  if (!last || last.mention.kind !== "person") return null;
  const list = coordinatedBefore(frame, grid, last);
  if (list.length < 2 || !list.every((m) => m.mention.kind === "person")) return null;
  const k = list[0].from - 1;
  return t[k]?.text === "," && PLURAL_NOUN.test(t[k - 1]?.text ?? "") ? list : null;
}

/** Most words of the apposition between a name and its "who" ("B, a parish priest who …"). */
const WHO_APPOSITION_WORDS = 4;

/**
 * "B, a parish priest who negotiated with C": the person before the comma at `comma`, when "a/an/the"
 * and at most WHO_APPOSITION_WORDS words, none of them a name, lead from it to the "who" at `who`;
 * null otherwise ("B, a friend of C who …" leaves "who" to C).
 */
function personBeforeWhoApposition(frame: SentenceFrame, grid: MentionGrid, comma: number, who: number): PlacedMention | null {
  const t = frame.tokens;
  if (who < 0 || who <= comma + 2 || who - comma - 2 > WHO_APPOSITION_WORDS) return null;
  if (!ARTICLES.has(t[comma + 1].lower)) return null;
  // "a Lutheran pastor": a capitalised word that is no name may qualify the noun.
  for (let k = comma + 2; k < who; k++) if (t[k].punct || grid.startingAt.has(k) || grid.endingAt.has(k)) return null;
  const head = comma > 0 ? grid.endingAt.get(comma - 1) : undefined;
  return head && head.mention.kind === "person" && !isOblique(frame, head) ? head : null;
}
const ARTICLES = new Set(["a", "an", "the"]);

/** Reach of an "of" apposition before ", who" ("of the 5th Engineer Battalion of the army"). */
const OF_APPOSITION_REACH = 9;

/**
 * The comma opening ", of <unit>," that closes at comma `close` ("B, of the fishers' cooperative, who
 * …"), or -1 when no such comma stands within reach with no other punctuation between.
 */
function ofApposition(frame: SentenceFrame, close: number): number {
  const {tokens} = frame;
  for (let j = close - 1; j > 0 && close - j <= OF_APPOSITION_REACH; j--) {
    if (tokens[j].text === ",") return tokens[j + 1]?.lower === "of" ? j : -1;
    if (tokens[j].punct && tokens[j].text !== "-" && tokens[j].text !== "'" && tokens[j].text !== "’") return -1;
  }
  return -1;
}

/**
 * A relative clause's head list with the first conjunct after "with" put back: in "worked with
 * Chile and Peru, which brokered the truce" both broker it, though "with Chile" alone is oblique.
 */
function withObliqueHead(frame: SentenceFrame, grid: MentionGrid, list: PlacedMention[], comma: number): PlacedMention[] {
  const t = frame.tokens;
  const k = list[0].from - 1;
  if (k < 1 || (!isAnd(t[k].lower) && t[k].text !== ",")) return list;
  const prev = grid.endingAt.get(k - 1);
  // "disagreed with B and Qatar, which had freed C": "which" is no person's, so B stays out.
  const which = t[comma + 1]?.lower !== "who" && t[comma + 1]?.lower !== "whom";
  if (prev && which && prev.mention.kind === "person") return list;
  return prev && t[prev.from - 1]?.lower === "with" ? [prev, ...list] : list;
}

/**
 * "A said (that) he …" → A; "A arrived, where/when he …" → A when A is the only person named
 * before; a sentence-initial "He/She" (after at most a short time opener) → the antecedent; else nothing.
 */
function resolvePronoun(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] {
  const {tokens} = frame;
  const w = OWNER_PRONOUN.get(tokens[i].lower) ?? tokens[i].lower;
  if (w === "it") return i === 0 ? orgPronoun(frame, i) : itAfterReporting(frame, grid, i);
  if (w === "they") {
    const body = theyAfterBodyReport(frame, grid, i);
    return body ? [body] : theyAfterSubordinator(frame, grid, i);
  }
  if (w === "i") return quoteSpeaker(frame, grid, i);
  // "\"We call on B to …,\" spokesperson A said": a quoted "we" before a performative verb (the
  // saying is the act) is the quotation's speaker; "\"We attacked B\"" is the group's deed.
  if (w === "we") return WE_PERFORMATIVES.has(tokens[i + 1]?.lower ?? "") ? quoteSpeaker(frame, grid, i) : [];
  if (w !== "he" && w !== "she") return [];
  // Round 32b: "A thanked B, whom she met on Saturday": the pronoun after "whom" cannot be B, the relative's head;
  // it is the sentence's opening person, when it is the only other person before B.
  if (i > 2 && tokens[i - 1].lower === "whom") return whomClauseSubject(frame, grid, i, w);
  // "X's minister, A, was less generous: he accused C", "A rejected the charge; she said …": a clause
  // after a colon or semicolon goes on with the one person the clause before it names.
  if (i > 1 && CLAUSE_JOINING_MARKS.has(tokens[i - 1].text)) return personBeforeMark(frame, i - 1, w);
  let k = i - 1;
  // "He called on B to free C, and he met D": the same pronoun as the sentence's first word,
  // after "and", is its antecedent, not B.
  if (k > 0 && tokens[k].lower === "and" && tokens[0].lower === w && frame.antecedent) return [antecedentAt(frame, frame.antecedent, i)];
  if (k >= 0 && tokens[k].lower === "that") k--;
  const k0 = k;
  if (k >= 0 && !REPORTING.has(tokens[k].lower)) k = addressedSpeech(frame, grid, k);
  if (k >= 0 && !REPORTING.has(tokens[k].lower)) k = reportingPastAdjunct(frame, grid, k, w);
  // "B was freed. A told reporters in X on Monday that she …": past a long addressee phrase the
  // pronoun may be the previous sentence's person; the speaker is kept only when the name fits it.
  if (k < k0 && (k < k0 - 5 || datePassed(frame, k, k0))) {
    const speaker = speakerOf(frame, grid, k);
    return speaker && pronounFits(frame, w, speaker) ? [speaker] : [];
  }
  if (k >= 0 && REPORTING.has(tokens[k].lower)) {
    let j = k - 1;
    // "She thanked B and said she had met him": the same "She" as the sentence's first word.
    if (tokens[j]?.lower === "and" && tokens[0].lower === w && frame.antecedent) return [antecedentAt(frame, frame.antecedent, i)];
    // "A thanked the police and said he had spoken with B": the sentence's opening person, when no
    // other person stands before "and" (in "A thanked C and said he …" he may be C).
    if (tokens[j]?.lower === "and") return openingPersonBefore(frame, grid, j, w);
    const past = speakerPastApposition(frame, grid, j, PERSON_KIND);
    if (typeof past !== "number") return [past];
    if (past < -1) return [];
    j = past;
    // "A's aides said she had thanked B": those who speak for A report A's act.
    if (j > 0 && VOICES.has(tokens[j].lower)) {
      const owner = grid.endingAt.get(tokens[j - 1].lower === "press" ? j - 2 : j - 1);
      return owner && owner.mention.kind === "person" && POSSESSIVE_S.test(tokens[owner.to - 1].text) ? [owner] : [];
    }
    const m = grid.endingAt.get(j);
    return m && m.mention.kind === "person" ? [m] : [];
  }
  // "A wrote to B in May, and in June she was received …": a short time opener after the subordinator.
  if (k >= 0 && !SUBORDINATORS.has(tokens[k].lower)) k = subordinatorBeforeTime(frame, k);
  // "A travelled to X, where he met B": after a subordinator the one person named before is meant.
  if (k >= 0 && SUBORDINATORS.has(tokens[k].lower)) {
    // Bounded window: a 1 MB one-line input must not make this quadratic.
    const persons = mentionsNear(frame, k, 60).filter((m) => m.to <= k && m.mention.kind === "person");
    // "He visited A and travelled to B, where he met C": no person named before, the same
    // pronoun opens the sentence, so both stand for its antecedent.
    if (persons.length === 0 && tokens[0].lower === w && frame.antecedent) return [antecedentAt(frame, frame.antecedent, i)];
    // "A met B, and she thanked him": of two, the one whose listed given name is not of the other sex.
    const fitting = persons.length > 1 ? persons.filter((m) => !listedOtherSex(frame, m, w)) : persons;
    return fitting.length === 1 && !isOblique(frame, fitting[0]) ? [fitting[0]] : [];
  }
  let first = 0;
  while (first < tokens.length && tokens[first].punct) first++;
  // "On Tuesday she met B", "The next day he …", "In Lisbon she met B": a short time or place
  // opener keeps the pronoun sentence-initial. A place after a preposition counts as one word
  // ("In the Gaza Strip she …"); any other name in it is a subject candidate, so no.
  const opener = LEAD_INS.has(tokens[first]?.lower ?? "") || (tokens[first]?.lower === "the" && (tokens[first + 1]?.lower === "next" || tokens[first + 1]?.lower === "following"));
  if (first < i && opener) {
    let words = 0;
    let ok = true;
    for (let k = first; k < i && ok; k++) {
      const m = grid.startingAt.get(k);
      if (m) {
        ok = (m.mention.kind === "place" || m.mention.kind === "country") && isOblique(frame, m) && m.to <= i;
        k = m.to - 1;
      } else if (tokens[k].punct) {
        // "On Tuesday, he thanked B": the comma closing the opener, as "On Tuesday he …".
        ok = k === i - 1 && tokens[k].text === ",";
        continue;
      } else if (openerStop(tokens[k].lower, w, tokens[first].lower)) ok = false;
      words++;
    }
    // "In court, he …" with a comma (round 25) also needs the pronoun's antecedent clear (review 25 F6); a time
    // opener ("In January, he …", "On Tuesday, she …") goes on with the story's subject, as without the comma.
    if (ok && words <= 3 && (tokens[i - 1]?.text !== "," || !frame.antecedent || datedOpener(frame, first, i) || antecedentSpeaks(frame.antecedent, w, true))) first = i;
  }
  // Round 31: "Among those he held hostage was B": the inverted clause's pronoun goes on with the story's subject.
  if (first < i && frame.antecedent && amongInversion(frame, first, i) && antecedentSpeaks(frame.antecedent, w)) first = i;
  // "Speaking to reporters outside the hospital, he thanked B": a speaking participle's opener names no subject.
  // Only for the previous sentence's subject whose sex (when known) fits the pronoun (review 24 F5).
  if (first < i && speakingOpener(frame, grid, first, i, w) && frame.antecedent && antecedentSpeaks(frame.antecedent, w, !SPEAKING_PARTICIPLES.has(tokens[first].lower))) first = i;
  // "Before flying south he met B", "While touring X, she thanked B": a participle clause names no subject of its own.
  if (first < i && frame.antecedent && participleOpener(frame, grid, first, i, w) && antecedentSpeaks(frame.antecedent, w, true)) first = i;
  return first === i && frame.antecedent ? [antecedentAt(frame, frame.antecedent, i)] : [];
}

/** Round 31: most lowercase words after "Among the" before the pronoun ("Among the staff he held …"). */
const AMONG_HEAD_WORDS = 2;
/** Round 31: most words of the pronoun's verb phrase before the inverted "was / were" ("he held hostage was"). */
const AMONG_VERB_WORDS = 4;
const AMONG_BE = new Set(["was", "were"]);

/**
 * Round 31: true for an inverted "Among those / the (staff) <pronoun at `i`> <verb> was / were B" opening the
 * sentence at `first` ("Among those he held hostage was B", "Among the workers she freed were B and C"): the
 * pronoun stands for the story's subject as a sentence-initial one does. Not without the inverted "was / were"
 * ("Among those he met, few spoke": a clause of its own).
 *
 * @example amongInversion(frame, 0, 2) // true for "Among those he held hostage was the supervisor B"
 */
function amongInversion(frame: SentenceFrame, first: number, i: number): boolean {
  const t = frame.tokens;
  if (t[first]?.lower !== "among") return false;
  if (t[first + 1]?.lower === "the") {
    if (i - (first + 2) < 1 || i - (first + 2) > AMONG_HEAD_WORDS) return false;
    for (let k = first + 2; k < i; k++) if (!startsLower(t[k].text) || t[k].punct) return false;
  } else if (t[first + 1]?.lower !== "those" || i !== first + 2) return false;
  for (let k = i + 2; k < t.length && k <= i + 1 + AMONG_VERB_WORDS; k++) {
    if (AMONG_BE.has(t[k].lower)) return true;
    if (t[k].punct || !startsLower(t[k].text)) return false;
  }
  return false;
}

/** Marks that join two clauses of one sentence, the second going on with the first's person. */
const CLAUSE_JOINING_MARKS = new Set([":", ";"]);

/**
 * For "he/she" right after the colon or semicolon at `mark`: the one person named before it (no
 * oblique one, as in "in talks with B"), when the pronoun fits that person's sex; else none
 * ("A met B: he thanked him" names two). A quotation opened before the mark is someone's words,
 * so it gives none either.
 *
 * @example personBeforeMark(frame, 6, "he")[0]?.mention.text // "Omar Saleh" in "The rescued climber, Omar Saleh, was grateful; he …"
 */
function personBeforeMark(frame: SentenceFrame, mark: number, w: string): PlacedMention[] {
  const t = frame.tokens;
  for (let j = 0; j < mark; j++) if (isQuoteMark(t[j].text)) return [];
  const persons = mentionsNear(frame, mark, 60).filter((m) => m.to <= mark && m.mention.kind === "person" && !isOblique(frame, m));
  const names = new Set(persons.map((m) => actorName(m)));
  if (names.size !== 1 || !pronounFits(frame, w, persons[0]) || listedOtherSex(frame, persons[0], w)) return [];
  // The person must be the clause's subject (review 28a F4): at its start after title words only ("Senator
  // A did not hold back:") or set off as the apposition of its first noun phrase ("The rescued climber, A,
  // was grateful;"); not an owner ("A's father spoke …; he"), nor inside "a friend of A" or after a verb.
  const m = persons[persons.length - 1];
  if (/^['’]s?$/u.test(t[m.to]?.text ?? "") || /['’]s?$/u.test(t[m.to - 1]?.text ?? "")) return [];
  let start = m.from;
  while (start > 0 && !CLAUSE_JOINING_MARKS.has(t[start - 1].text) && t[start - 1].text !== ".") start--;
  let k = m.from - 1;
  while (k >= start && !t[k].punct && (startsUpper(t[k].text) || TITLE_WORDS.has(t[k].lower))) k--;
  if (k < start) return [m];
  const apposed = t[k].text === "," && t[m.to]?.text === "," && k - start <= 6;
  for (let j = start; apposed && j < k; j++) if (t[j].punct && !/^['’]s?$/u.test(t[j].text)) return [];
  return apposed ? [m] : [];
}

/** True when a date of the sentence lies inside tokens `first`…`i` (an opener such as "In January," or "On Tuesday,"). */
function datedOpener(frame: SentenceFrame, first: number, i: number): boolean {
  // Tokens carry article offsets (tokenizeRange with no shift), as dates do.
  const from = frame.tokens[first].start;
  const to = frame.tokens[i].start;
  for (const d of frame.dates) if (d.start >= from && d.end <= to) return true;
  return false;
}

const SPEAKING_OPENERS = new Set([...SPEAKING_PARTICIPLE_OPENERS, ...ADVERBIAL_OPENERS]);
const OPENER_STOPS = new Set(SPEAKING_OPENER_STOPS);

/**
 * True when word `word` of a sentence opener before the pronoun `w` points away from the previous
 * sentence's person (review 25 F6): a SPEAKING_OPENER_STOPS word ("In response, he …", "In
 * hospital, he …", "Upon his release, he …"), or a possessive of the other sex ("Upon her release,
 * he …": "her" is someone else, and so may "he" be); a PATIENT_PLACE_OPENER_STOPS word ("In
 * hospital, he …") unless the opener's first word `opening` is a speaking participle.
 */
function openerStop(word: string, w: string, opening: string): boolean {
  if (PATIENT_PLACES.has(word)) return !SPEAKING_PARTICIPLES.has(opening);
  return OPENER_STOPS.has(word) || (word === "his" && w === "she") || (word === "her" && w === "he");
}
const PATIENT_PLACES = new Set(PATIENT_PLACE_OPENER_STOPS);
const SPEAKING_PARTICIPLES = new Set(SPEAKING_PARTICIPLE_OPENERS);

/** What stage 07 knows of an antecedent: its sex when its name tells it, and whether it stood as an object ("Police arrested B"). */
export interface AntecedentFacts {
  sex: "m" | "f" | null;
  object: boolean;
  /** The sexes (null: unknown) of the other persons its sentence names ("Otto Berg sued Tom Hale": one man). */
  others?: ("m" | "f" | null)[];
}
const ANTECEDENT_FACTS = new WeakMap<object, AntecedentFacts>();

/**
 * Records what stage 07 knows of an antecedent object (the one it hands to the next frames).
 *
 * @example noteAntecedent(antecedent, {sex: "m", object: false})
 */
export function noteAntecedent(antecedent: object, facts: AntecedentFacts): void {
  ANTECEDENT_FACTS.set(antecedent, facts);
}

/**
 * True when a speaking opener's pronoun `w` may stand for the antecedent: it was no object of its
 * sentence ("Police arrested B. Speaking at a press conference, he …" is an officer) and its known
 * sex fits ("B lost to C. Speaking after the match, she …" with B a man). Unknown facts pass. After an
 * adverbial opener (`adverbial`) no other person of its sentence may fit the pronoun.
 */
function antecedentSpeaks(antecedent: object, w: string, adverbial = false): boolean {
  const facts = ANTECEDENT_FACTS.get(antecedent);
  if (!facts) return true;
  if (facts.object) return false;
  // Review 25 F6: after an adverbial opener ("In court, he …", not "Speaking to reporters, he …") another person
  // of the previous sentence whom the pronoun may mean leaves it open: "Otto Berg sued Tom Hale. In court, he …".
  if (adverbial && facts.others && facts.others.some((sex) => sex === null || (w === "she") === (sex === "f"))) return false;
  return facts.sex === null || (w === "she") === (facts.sex === "f");
}
/** Most tokens of a speaking participle's opener ("Speaking to reporters outside the hospital in X,"). */
const SPEAKING_OPENER_REACH = 14;

/**
 * True when tokens `first`…`i` are a participle opener of speaking closed by the comma right before the
 * pronoun at `i` ("Speaking to reporters outside the hospital, he …", "Writing on X, she …"): a
 * SPEAKING_PARTICIPLE_OPENERS word first, no other punctuation, and no person named in it ("Speaking to
 * B, he …" leaves the pronoun open), so the pronoun is as sentence-initial as after a time opener.
 * Round 25: a fronted adverbial of ADVERBIAL_OPENERS likewise ("In a statement, he …", "After
 * returning home, she …").
 */
function speakingOpener(frame: SentenceFrame, grid: MentionGrid, first: number, i: number, w: string): boolean {
  const t = frame.tokens;
  if (!SPEAKING_OPENERS.has(t[first].lower) || t[i - 1]?.text !== "," || i - first > SPEAKING_OPENER_REACH) return false;
  for (let k = first + 1; k < i - 1; k++) {
    const m = grid.startingAt.get(k);
    if (m) {
      if (m.mention.kind === "person") return false;
      k = m.to - 1;
    } else if (t[k].punct && t[k].text !== "-" && t[k].text !== "'" && t[k].text !== "’") return false;
    // "Speaking on condition of anonymity, he …": an unnamed source, not the previous sentence's person.
    else if (openerStop(t[k].lower, w, t[first].lower)) return false;
  }
  return true;
}

const PARTICIPLE_SUBORDINATORS = new Set(PARTICIPLE_CLAUSE_SUBORDINATORS);
const NON_PARTICIPLES = new Set(NON_PARTICIPLE_ING_WORDS);
const ING_FORM = /^\p{L}{3,}ing$/u;

/**
 * True when tokens `first`…`i` are a fronted participle clause before the pronoun `w` at `i`: a
 * subordinator and an -ing participle ("Before flying south he …", "While visiting X, she …"), its
 * comma optional. It names no person, holds no other pronoun, reporting word or other punctuation,
 * and no opener stop ("After questioning he …"); at most SPEAKING_OPENER_REACH tokens. A bare
 * participle ("Leaving the hospital, he …") is not read here (round 24 keeps it open).
 */
function participleOpener(frame: SentenceFrame, grid: MentionGrid, first: number, i: number, w: string): boolean {
  const t = frame.tokens;
  if (i - first > SPEAKING_OPENER_REACH) return false;
  const verb = first + 1;
  if (!PARTICIPLE_SUBORDINATORS.has(t[first].lower) || !ING_FORM.test(t[verb]?.text ?? "") || NON_PARTICIPLES.has(t[verb].lower) || !startsLower(t[verb].text)) return false;
  const end = t[i - 1]?.text === "," ? i - 1 : i;
  for (let k = verb; k < end; k++) {
    const m = grid.startingAt.get(k);
    if (m) {
      if (m.mention.kind === "person") return false;
      k = m.to - 1;
    } else if (t[k].punct ? t[k].text !== "-" && t[k].text !== "'" && t[k].text !== "’" : PRONOUNS.has(t[k].lower) || OBJECT_PRONOUN.has(t[k].lower) || t[k].lower === "them" || REPORTING.has(t[k].lower) || openerStop(t[k].lower, w, t[first].lower)) return false;
  }
  return true;
}

/**
 * The person opening the sentence (at most two title words before it) when every other mention
 * up to token `j` is no person and the pronoun `w` fits the name; empty otherwise.
 */
/**
 * Round 32b: for "he" / "she" at `i` right after "whom" ("A thanked B, whom she met on Saturday"), the sentence's
 * opening person A when B (a person closing ", whom") is the only other person before it and A owns nothing
 * ("A's mother thanked B, whom she met": the mother, unnamed, met B); empty otherwise.
 *
 * @example whomClauseSubject(frame, grid, 6, "she") // [Ana Reyes] in "Ana Reyes thanked Luis Soto, whom she met"
 */
function whomClauseSubject(frame: SentenceFrame, grid: MentionGrid, i: number, w: string): PlacedMention[] {
  const t = frame.tokens;
  const head = t[i - 2].text === "," ? grid.endingAt.get(i - 3) : undefined;
  if (!head || head.mention.kind !== "person") return [];
  const opener = openingPersonBefore(frame, grid, head.from, w);
  return opener.filter((m) => !POSSESSIVE_S.test(t[m.to - 1].text) && t[m.to]?.text !== "'s" && t[m.to]?.text !== "’s");
}

function openingPersonBefore(frame: SentenceFrame, grid: MentionGrid, j: number, w: string): PlacedMention[] {
  let first: PlacedMention | undefined;
  const others: PlacedMention[] = [];
  for (let k = 0; k < j; k++) {
    const m = grid.startingAt.get(k);
    if (!m) {
      if (!first && (k > 2 || frame.tokens[k].punct || startsLower(frame.tokens[k].text))) return [];
      continue;
    }
    if (first && m.mention.kind === "person") others.push(m);
    first ??= m;
    k = m.to - 1;
  }
  // Round 33: "A thanked B, and C, whom she met on Saturday": other persons are allowed only as earlier members of
  // the list the relative's head closes; elsewhere they may be the pronoun's. Mend 33: only the members chained back
  // from the head ("B and C", "B, C, and D", "<title>, B, and C"), not a clause subject before the list ("A said D had
  // thanked B and C, whom she met").
  if (others.length > 0) {
    const members = listMembersBefore(frame, grid, j);
    if (!others.every((m) => members.has(m.from))) return [];
  }
  return first && first.mention.kind === "person" && first.to < j && pronounFits(frame, w, first) ? [first] : [];
}

/**
 * Mend 33: the starts of the persons listed right before the list member at token `j`: one ending before the "and"
 * (or ", and") that opens it, then each ending before the comma that opens the previous one ("B, C, and D" → B, C).
 *
 * @example listMembersBefore(frame, grid, 9) // starts of "Tom Berg", "Ken Iwu" in "A thanked Tom Berg, Ken Iwu, and Ruth Bello"
 */
function listMembersBefore(frame: SentenceFrame, grid: MentionGrid, j: number): Set<number> {
  const t = frame.tokens;
  const out = new Set<number>();
  if (t[j - 1]?.lower !== "and") return out;
  let end = t[j - 2]?.text === "," ? j - 3 : j - 2;
  for (let guard = 0; guard < 12 && end >= 0; guard++) {
    const m = grid.endingAt.get(end);
    if (!m || m.mention.kind !== "person") break;
    out.add(m.from);
    if (t[m.from - 1]?.text !== ",") break;
    end = m.from - 2;
  }
  return out;
}

/**
 * "\"I wish to thank B …,\" A posted": a first-person "I" (or a performative "we": "\"We urge B to
 * …,\" A said") inside a quotation is the person the quotation is attributed to, named right after its closing mark ("…,\" A said", "…,\" said A")
 * or right before its opening one ("A wrote: \"I …"). Empty otherwise.
 */
function quoteSpeaker(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] {
  const t = frame.tokens;
  let open = -1;
  let marks = 0;
  // Bounded windows: a 1 MB one-line input with many "I"s must not make this quadratic.
  for (let j = i - 1; j >= 0 && j >= i - QUOTE_REACH; j--) {
    if (!isQuoteMark(t[j].text)) continue;
    if (marks++ === 0) open = j;
  }
  // An even count of marks before "I" (or a closing curly one last) leaves it outside any quotation.
  if (open < 0 || marks % 2 === 0 || t[open].text === "”") return [];
  // "A said: \"B told me, 'I …'\"": a quotation inside the quotation is B's.
  for (let j = open + 1; j < i; j++) if (t[j].text === "'" || t[j].text === "‘") return [];
  let close = i + 1;
  while (close < t.length && close < i + QUOTE_REACH && !isQuoteMark(t[close].text)) close++;
  if (close < t.length && isQuoteMark(t[close].text)) {
    let k = close + 1;
    if (t[k - 2]?.text !== "," && t[k]?.text === ",") k++;
    // "…,\" (Prime Minister) A wrote", "…,\" said (Minister) A".
    const named = personAfterTitles(frame, grid, k);
    if (named && SPEAKING.has(t[named.to]?.lower ?? "")) return [named];
    if (SPEAKING.has(t[k]?.lower ?? "")) {
      const after = personAfterTitles(frame, grid, k + 1);
      if (after) return [after];
    }
  }
  // "A wrote (on X): \"I …": the speaker before the opening mark, a short phrase after the verb.
  let v = open - 1 >= 0 && (t[open - 1].text === ":" || t[open - 1].text === ",") ? open - 2 : open - 1;
  while (v > 0 && v > open - 7 && !SPEAKING.has(t[v].lower) && !t[v].punct) {
    // "A posted her son's message: \"I …", "… a message from her son:": another person's words.
    // "A wrote to her son: \"I …" stays A's (the possessive names the addressee).
    const w = t[v].lower;
    if (OTHERS_WORDS.has(w) || POSSESSIVE_S.test(t[v].text) || (POSSESSIVE.has(w) && t[v - 1].lower !== "to")) return [];
    v--;
  }
  if (v < 1 || !SPEAKING.has(t[v].lower)) return [];
  const m = grid.endingAt.get(v - 1);
  return m && m.mention.kind === "person" && !isOblique(frame, m) ? [m] : [];
}

/** Verbs a quoted "we" performs by saying them (model WE_PERFORMATIVE_VERBS). */
const WE_PERFORMATIVES = new Set(WE_PERFORMATIVE_VERBS);

/** Auxiliaries a quotation may open after, inside the clause (model QUOTED_VERB_AUXILIARIES). */
const QUOTED_VERB_AUX = new Set(QUOTED_VERB_AUXILIARIES);

/** Words before a quotation that make it someone else's ("her son's message", "a letter from B"). */
const OTHERS_WORDS = new Set(["from", "of", "by"]);

/**
 * The mention starting at token `k`, or right after a "the" there ("Kenya", "the Red Cross").
 *
 * @example nameAt(frame, grid, 2) // "Red Cross" in "freed by the Red Cross" (token 2 is "the")
 */
export function nameAt(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | undefined {
  return grid.startingAt.get(k) ?? (frame.tokens[k]?.lower === "the" ? grid.startingAt.get(k + 1) : undefined);
}

/** Tokens searched either side of a first-person "I" for the marks of its quotation. */
const QUOTE_REACH = 80;

/** The person named from token `k`, past up to three title words ("Foreign Minister B"), or null. */
function personAfterTitles(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | null {
  const t = frame.tokens;
  for (let j = k; j < t.length && j <= k + 3; j++) {
    const m = grid.startingAt.get(j);
    if (m) return m.mention.kind === "person" ? m : null;
    if (!TITLE_WORDS.has(t[j].lower)) return null;
  }
  return null;
}

const OFFSHORE: ReadonlySet<string> = new Set(OFFSHORE_PREPOSITIONS);
const DENYING_REPORTS: ReadonlySet<string> = new Set(DENYING_REPORT_WORDS);
/** Round 31: a plural head word of a body's name ("Forces", "Guards", "Rebels"): capitalised, ending in "s" after no "s", "i" or "u" ("Cross", "Congress", "Paris", "Corpus" are no plurals). */
const PLURAL_HEAD = /^\p{Lu}\p{Ll}+[^siu]s$/u;

/**
 * Round 31: for "they" at `i` right after a reporting verb (and "that") whose subject opens the sentence and is an
 * organisation or group with a plural head word ("The Defence Forces of Norland said they had helped B", "The Border
 * Guards said they had freed B"): that body. Null otherwise ("The Red Cross said they …": a singular body's "they"
 * are others).
 *
 * @example theyAfterBodyReport(frame, grid, 7) // Defence Forces of Norland in "The Defence Forces of Norland said they had helped B"
 */
function theyAfterBodyReport(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  let k = i - 1;
  if (t[k]?.lower === "that") k--;
  // Mend 31: "The rebels denied they had kidnapped B": a denial tells no deed of the body's.
  if (k < 1 || !REPORTING.has(t[k].lower) || DENYING_REPORTS.has(t[k].lower)) return null;
  const m = grid.endingAt.get(k - 1);
  if (!m || (m.mention.kind !== "organization" && m.mention.kind !== "group")) return null;
  if (m.from > 1 || (m.from === 1 && t[0].lower !== "the")) return null;
  let head = m.to - 1;
  for (let j = m.from; j < m.to; j++) if (t[j].lower === "of") {
    head = j - 1;
    break;
  }
  return PLURAL_HEAD.test(t[head]?.text ?? "") ? m : null;
}

/**
 * "A and B were flown to X, where they were received by C": after a subordinator, "they" is the
 * list of two or more persons that opens the sentence, when every person named before it is in
 * that list. Empty otherwise.
 */
function theyAfterSubordinator(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] {
  const k = i - 1;
  if (k < 0 || !SUBORDINATORS.has(frame.tokens[k].lower)) return [];
  const persons = mentionsNear(frame, k, 60).filter((m) => m.to <= k && m.mention.kind === "person");
  if (persons.length < 2 || persons[0].from > 1 || isOblique(frame, persons[0])) return [];
  const list = coordinatedAfter(frame, grid, persons[0]);
  return list.length === persons.length && list.every((m) => m.mention.kind === "person") ? list : [];
}

/**
 * For "A told reporters (in X) (on Monday) she …" with `k` on the last word before the pronoun:
 * the index of "told" when up to nine lowercase words, dates or a place after "in" lead back to
 * it and the addressee is a common noun ("told Reuters she" names a subject candidate); else `k`.
 */
function addressedSpeech(frame: SentenceFrame, grid: MentionGrid, k: number): number {
  const {tokens} = frame;
  for (let j = k, words = 0; j > 0 && words < ADDRESSED_REACH; j--, words++) {
    // "told the radio station during a long interview on Monday that she …": a date is passed over whole.
    const d = dateAt(frame, tokens[j].start);
    if (d >= 0) {
      while (j > 0 && tokens[j - 1].start >= d) j--;
      continue;
    }
    if (ADDRESSING.has(tokens[j].lower)) return j < k && (startsLower(tokens[j + 1].text) || bodyAt(grid, j + 1)) ? j : k;
    const m = grid.endingAt.get(j);
    // "A told Radio Sur she had met B", "told the Dockers Union he …": an outlet or a body is
    // told; "he/she" cannot stand for it.
    if (m && m.mention.kind !== "person" && addressedOutlet(frame, m)) {
      j = m.from;
      continue;
    }
    if (m) {
      if ((m.mention.kind !== "place" && m.mention.kind !== "country") || !isOblique(frame, m)) return k;
      j = m.from;
      continue;
    }
    if (tokens[j].punct || !startsLower(tokens[j].text)) {
      // "told Zambia Today she …": an outlet's name runs on past the mention the stage found ("Zambia").
      const outlet = tokens[j].punct ? null : outletBefore(frame, grid, j);
      if (!outlet) return k;
      j = outlet.from;
      continue;
    }
  }
  return k;
}

const SPEECH_ADJUNCT = new Set(SPEECH_ADJUNCT_PREPOSITIONS);
const ADJUNCT_DETERMINERS = new Set(SPEECH_ADJUNCT_DETERMINERS);
/** Most tokens between a reporting verb and its "(that) he/she" ("in a statement on Telegram on Monday"). */
const SPEECH_ADJUNCT_REACH = 10;
/** Most words of one adjunct's noun phrase after its preposition and determiner ("a news conference"). */
const ADJUNCT_WORDS = 3;

/**
 * Round 25: for "A said in a statement (that) he …" with `k` on the last word before the pronoun (or
 * "that"): the index of the reporting verb when only short adjuncts stand between ("on Monday", "in a
 * statement", "at a news conference in X", "in an interview with Radio Sur"; SPEECH_ADJUNCT_PREPOSITIONS
 * and dates), naming no person; else `k`. "said the rebels had freed him before he …" is no adjunct.
 * Review 25 F7: nor when the pronoun `w` does not fit the speaker's known given name ("Tom Hale said
 * on Monday she …"), or the adjunct names someone by a relative, an office or a possessive ("said at
 * his mother's funeral that she …", "said at her side that he …"; adjunctsOnly).
 */
function reportingPastAdjunct(frame: SentenceFrame, grid: MentionGrid, k: number, w: string): number {
  const {tokens} = frame;
  for (let j = k; j > 0 && k - j <= SPEECH_ADJUNCT_REACH; j--) {
    const d = dateAt(frame, tokens[j].start);
    if (d >= 0) {
      while (j > 0 && tokens[j - 1].start >= d) j--;
      continue;
    }
    if (tokens[j].punct) return k;
    if (REPORTING.has(tokens[j].lower)) return j < k && adjunctsOnly(frame, grid, j + 1, k, w) && !otherSexSpeaker(frame, grid, j, w) ? j : k;
  }
  return k;
}

/**
 * True when person `m`'s given name is listed as of the other sex than the pronoun `w`: a man's
 * (mansGivenName) before "she", a listed woman's (FEMININE_GIVEN_NAMES) before "he"; an unlisted
 * name ("Ilya", "Nikita") tells nothing.
 */
function listedOtherSex(frame: SentenceFrame, m: PlacedMention, w: string): boolean {
  const given = frame.tokens[m.from].lower;
  return w === "she" ? mansGivenName(given) : FEMININE.has(given);
}

/**
 * True when the person right before the reporting verb at `j` has a given name of the other sex than
 * the pronoun `w`: a listed man's name ("Tom", not ending in "a") before "she", a woman's before "he".
 */
function otherSexSpeaker(frame: SentenceFrame, grid: MentionGrid, j: number, w: string): boolean {
  const m = grid.endingAt.get(j - 1);
  if (!m || m.mention.kind !== "person") return false;
  const given = frame.tokens[m.from].lower;
  return w === "she" ? mansGivenName(given) : FEMININE.has(given) || given.endsWith("a");
}

/**
 * True when tokens `from`..`to` are dates and "<preposition> (<determiner>) <up to three words>" phrases naming no person:
 * no relative, office or possessive word ("at his mother's funeral", "with the minister"), and no
 * "his/her" of the other sex than the pronoun `w` (review 25 F7).
 */
function adjunctsOnly(frame: SentenceFrame, grid: MentionGrid, from: number, to: number, w: string): boolean {
  const {tokens} = frame;
  let p = from;
  while (p <= to) {
    const d = dateAt(frame, tokens[p].start);
    if (d >= 0) {
      while (p <= to && dateAt(frame, tokens[p].start) === d) p++;
      continue;
    }
    if (!SPEECH_ADJUNCT.has(tokens[p].lower)) return false;
    p++;
    // "on Monday" with only "Monday" the date: the date is read next.
    if (p <= to && dateAt(frame, tokens[p].start) >= 0) continue;
    if (p <= to && ADJUNCT_DETERMINERS.has(tokens[p].lower)) {
      if ((tokens[p].lower === "his" && w === "she") || (tokens[p].lower === "her" && w === "he")) return false;
      p++;
    }
    let words = 0;
    while (p <= to && words < ADJUNCT_WORDS) {
      const m = grid.startingAt.get(p);
      if (m) {
        if (m.mention.kind === "person" || m.to - 1 > to) return false;
        p = m.to;
        words++;
        continue;
      }
      const t = tokens[p];
      if (t.punct || SPEECH_ADJUNCT.has(t.lower) || dateAt(frame, t.start) >= 0) break;
      if (!startsLower(t.text)) return false;
      const base = t.lower.replace(POSSESSIVE_S, "");
      if (POSSESSIVE_S.test(t.text) || KIN.has(base) || TITLE_HEAD.has(base)) return false;
      p++;
      words++;
    }
    if (words === 0) return false;
  }
  return true;
}

/** Most capitalised words an outlet's name runs on past its mention in outletBefore ("Zambia Today Online"). */
const OUTLET_TAIL = 2;

/**
 * For a capitalised word at `j` that no mention holds: the mention of no person right after
 * "told (the)" that it ends the name of, past at most one more such word ("told Zambia Today",
 * "told the Lusaka Evening Star"); else null. A person's name never runs on so ("told Mensah Senior").
 */
function outletBefore(frame: SentenceFrame, grid: MentionGrid, j: number): PlacedMention | null {
  const t = frame.tokens;
  for (let q = j - 1; q >= 0 && q >= j - OUTLET_TAIL; q--) {
    const m = grid.endingAt.get(q);
    if (m) return m.mention.kind !== "person" && addressedOutlet(frame, m) ? m : null;
    if (t[q].punct || startsLower(t[q].text)) return null;
  }
  return null;
}

/**
 * The person right before "told" at `k` ("A told …", "A, the mayor's sister, told …"), or null.
 */
function speakerOf(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | null {
  const t = frame.tokens;
  let j = k - 1;
  if (t[j]?.text === ",") {
    const named = grid.endingAt.get(j - 1);
    if (named && named.mention.kind === "person" && appositionStart(frame, j) === named.from - 1) return named;
    const open = appositionStart(frame, j);
    if (open < 0) return null;
    j = open - 1;
  }
  const m = grid.endingAt.get(j);
  return m && m.mention.kind === "person" ? m : null;
}

const FEMININE = new Set(FEMININE_GIVEN_NAMES);
const TIME_OPENER_END_SET = new Set(TIME_OPENER_ENDS);

/** Most tokens of a time opener between a subordinator and its pronoun ("and on 2 March she"). */
const TIME_OPENER_REACH = 6;

/**
 * For the last token `k` of a time opener right before a pronoun ("in March", "on Tuesday", "later",
 * "on 02.03.2026"; a PRONOUN_LEAD_INS word first, then only words of a date or lowercase time words,
 * no name) that follows a subordinator ("and", "when", …): the subordinator's index; else `k`.
 *
 * @example subordinatorBeforeTime(frame, 9) // 6 in "A wrote to B in May, and in June she …"
 */
function subordinatorBeforeTime(frame: SentenceFrame, k: number): number {
  const t = frame.tokens;
  // The opener must end right before the pronoun, in a date or a time word: in "and on Friday the party he
  // founded criticised B" the pronoun belongs to a new subject's relative clause (review 28a F6).
  if (k < 0 || (dateAt(frame, t[k].start) < 0 && !TIME_OPENER_END_SET.has(t[k].lower))) return k;
  for (let j = k; j > 0 && j > k - TIME_OPENER_REACH; j--) {
    const inDate = dateAt(frame, t[j].start) >= 0;
    if (!inDate && (t[j].punct || !startsLower(t[j].text))) return k;
    if (LEAD_INS.has(t[j].lower) && SUBORDINATORS.has(t[j - 1].lower)) return j - 1 === k ? k : j - 1;
  }
  return k;
}

/** True when a token in (from, to] lies inside one of the sentence's dates. */
function datePassed(frame: SentenceFrame, from: number, to: number): boolean {
  for (let j = from + 1; j <= to; j++) if (dateAt(frame, frame.tokens[j].start) >= 0) return true;
  return false;
}

/**
 * Whether "he/she" may stand for the speaker: a given name read as feminine (model
 * FEMININE_GIVEN_NAMES, or ending in "a": "Ana", "Rosa") takes "she", any other "he"; with no
 * person in the previous sentence a "she" is the speaker's whatever the name.
 */
function pronounFits(frame: SentenceFrame, w: string, speaker: PlacedMention): boolean {
  const given = frame.tokens[speaker.from].lower;
  const feminine = FEMININE.has(given) || given.endsWith("a");
  return w === "she" ? feminine || !frame.antecedent : !feminine;
}

/** Most words between "told" and a pronoun after its addressee ("told the radio station during a long interview that she"). */
const ADDRESSED_REACH = 10;

/** Start offset of the sentence date holding article offset `at`, or -1. */
function dateAt(frame: SentenceFrame, at: number): number {
  for (const d of frame.dates) if (at >= d.start && at < d.end) return d.start;
  return -1;
}

/** True when a mention of no person (an outlet, a body) starts at token `j` ("told Radio Sur she …"). */
function bodyAt(grid: MentionGrid, j: number): boolean {
  const m = grid.startingAt.get(j);
  return m !== undefined && m.mention.kind !== "person";
}

/** True for a mention right after "told" or "told the" ("told the Harbour Gazette"). */
function addressedOutlet(frame: SentenceFrame, m: PlacedMention): boolean {
  const t = frame.tokens;
  const k = t[m.from - 1]?.lower === "the" ? m.from - 2 : m.from - 1;
  return k >= 0 && ADDRESSING.has(t[k].lower);
}

/** The antecedent `a` anchored on the pronoun at token `i`. */
function antecedentAt(frame: SentenceFrame, a: {index: number; mention: PlacedMention["mention"]}, i: number): PlacedMention {
  const t = frame.tokens[i];
  return {index: a.index, mention: a.mention, from: i, to: i + 1, clause: frame.clauses[i], anchor: {start: t.start, end: t.end}};
}

/**
 * "X says (that) it freed B" → X when X is an organisation, group or country named right
 * before the reporting verb, or an organisation or group located "in" a place there ("the
 * ministry in X said it …"); else nothing.
 */
function itAfterReporting(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] {
  const {tokens} = frame;
  let k = i - 1;
  if (k >= 0 && tokens[k].lower === "that") k--;
  // "X said on Monday that it …": up to three words of time between verb and "that".
  for (let words = 0; k > 0 && words < 3 && tokens[i - 1].lower === "that" && !REPORTING.has(tokens[k].lower) && !tokens[k].punct; words++) k--;
  if (k < 1 || !REPORTING.has(tokens[k].lower)) return [];
  // "It said it freed B" at the start of a sentence: both stand for the previous sentence's organisation.
  if (k === 1 && tokens[0].lower === "it") return orgPronoun(frame, i);
  // Round 24: "The UN mission, B, said it …" (the body named in apposition) and "B, which runs the
  // port, said it …" (the body before the apposition), as for "he/she".
  const past = speakerPastApposition(frame, grid, k - 1, BODY_KINDS);
  if (typeof past !== "number") return [past];
  const m = locatedBody(frame, grid, past) ?? grid.endingAt.get(past);
  // "Fans of B, who …, said it …": past an apposition, a body in an "of" phrase is not the one speaking.
  if (m && past !== k - 1 && tokens[m.from - 1]?.lower === "of") return [];
  return m && BODY_KINDS.has(m.mention.kind) && !isOblique(frame, m) ? [m] : [];
}

const PERSON_KIND: ReadonlySet<string> = new Set(["person"]);
/** Kinds of actor an "it" after a reporting verb may stand for. */
const BODY_KINDS: ReadonlySet<string> = new Set(BODY_ACTOR_KINDS);

/**
 * The subject of a reporting verb whose last token before it is `j`, past an apposition: when `j` is
 * the comma closing one, the name set off by commas on both sides if its kind is in `kinds` ("His
 * wife, A, told reporters she …", "The UN mission, B, said it …"; not a name closing a relative
 * clause: "Police, who questioned A, said she …"), else the token before the apposition's opening
 * comma ("A, a local official, said he …"; -2 when none opens); `j` itself when no comma ends there.
 */
function speakerPastApposition(frame: SentenceFrame, grid: MentionGrid, j: number, kinds: ReadonlySet<string>): PlacedMention | number {
  const tokens = frame.tokens;
  if (j < 0 || tokens[j].text !== ",") return j;
  const named = j > 0 ? grid.endingAt.get(j - 1) : undefined;
  const open = appositionStart(frame, j);
  // "The rebel group, the B Front, said it …": the name may take "the".
  if (named && kinds.has(named.mention.kind) && !isOblique(frame, named) && (open === named.from - 1 || (open === named.from - 2 && tokens[named.from - 1].lower === "the"))) return named;
  return open - 1;
}

/**
 * "The foreign ministry in X said it …", "the Front in the X Strip said it …": for a place or
 * country ending at token `end` after "in" (and "the"), the organisation or group named right
 * before "in", where the speaker sits; undefined otherwise.
 */
function locatedBody(frame: SentenceFrame, grid: MentionGrid, end: number): PlacedMention | undefined {
  const t = frame.tokens;
  const place = grid.endingAt.get(end);
  if (!place || (place.mention.kind !== "place" && place.mention.kind !== "country")) return undefined;
  let j = place.from - 1;
  if (t[j]?.lower === "the") j--;
  if (t[j]?.lower !== "in") return undefined;
  const body = grid.endingAt.get(j - 1);
  // "Fans of Benfica in Lisbon said it …": a body in an "of" phrase is not the one speaking.
  return body && (body.mention.kind === "organization" || body.mention.kind === "group") && t[body.from - 1]?.lower !== "of" ? body : undefined;
}

/** `frame.orgAntecedent` anchored on the pronoun at token `i`, or nothing. */
function orgPronoun(frame: SentenceFrame, i: number): PlacedMention[] {
  const a = frame.orgAntecedent;
  if (!a) return [];
  const t = frame.tokens[i];
  return [{index: a.index, mention: a.mention, from: i, to: i + 1, clause: frame.clauses[i], anchor: {start: t.start, end: t.end}}];
}

/** Index of the "(" matching the ")" at `close` within a few tokens, or -1. */
function matchingOpen(frame: SentenceFrame, close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 8; j--) if (frame.tokens[j].text === "(") return j;
  return -1;
}

const ASIDE_PREPOSITION = new Set(ASIDE_PREPOSITIONS);
const PHRASE_OPENERS = new Set([...PHRASE_OPENING_WORDS, ...ASIDE_PREPOSITIONS]);

// Module constants, not literals in the function: tsx (esbuild) turns a \p{…} regex literal
// into `new RegExp(…)`, so a literal inside a function made a new RegExp object at every call.
const STARTS_DIGIT = /^\p{N}/u;

/**
 * Tokens an apposition may span: "B, a retired ferry captain from the delta whose two brothers were
 * also taken when gunmen overran the harbour in the long floods, was greeted by C" runs to about 30.
 */
const APPOSITION_REACH = 36;

/**
 * For a comma closing an apposition at `close`, the index of the comma opening it, or -1.
 * Commas inside a list ("of A, B and C") are passed over in favour of an earlier comma that
 * opens the phrase ("X and Y, with the mediation of A, B and C, agreed").
 */
function appositionStart(frame: SentenceFrame, close: number): number {
  const {tokens} = frame;
  let candidate = -1;
  for (let j = close - 1; j > 0 && close - j <= APPOSITION_REACH; j--) {
    const t = tokens[j];
    if (t.text === ",") {
      const next = tokens[j + 1];
      if (!next) return candidate;
      // "The four, among them A and B, were …": a member aside (round 29) opens as "including" does.
      if (APPOSITION.has(next.lower) || PHRASE_OPENERS.has(next.lower) || MEMBER_MARKS.has(next.lower) || STARTS_DIGIT.test(next.text) || bareTitleAt(tokens, j + 1) || speechTagBetween(tokens, j, close) || participleAsideAt(tokens, j + 1) || barePluralAside(tokens, j)) return j;
      if (startsUpper(next.text)) {
        if (candidate < 0) candidate = j;
        continue;
      }
      return candidate;
    }
    if (t.punct && t.text !== "-" && t.text !== "'" && t.text !== "’" && t.text !== "." && t.text !== "(" && t.text !== ")") return candidate;
  }
  return close - 1 > 0 && candidate >= 0 ? candidate : -1;
}

const DISCOURSE: readonly string[][] = DISCOURSE_ASIDES.map((a) => a.split(" "));

/**
 * Round 32: for a comma closing a discourse aside ("A, for her part, urged B to …", "A, however, criticised B"; model
 * DISCOURSE_ASIDES), the index of the comma that opens it, else -1.
 *
 * @example discourseAsideStart(tokens, 6) // 2 for "Ana Lopes, for her part, urged …"
 */
function discourseAsideStart(tokens: SentenceFrame["tokens"], close: number): number {
  for (const words of DISCOURSE) {
    const open = close - words.length - 1;
    if (open < 1 || tokens[open].text !== ",") continue;
    let same = true;
    for (let k = 0; k < words.length && same; k++) same = tokens[open + 1 + k].lower === words[k];
    if (same) return open;
  }
  return -1;
}

/**
 * Mend 32 F2: true when the name ending right before the aside opening at `open` is the object of a preposition or
 * a participle ("Fans of B, however, attacked C", "Protesters backing B, from the Green Party, attacked C"), its
 * title and "the" passed over: the aside then follows no subject.
 *
 * @example asideNameGoverned(frame, grid, 4) // true for "Fans of B, however, attacked C"
 */
function asideNameGoverned(frame: SentenceFrame, grid: MentionGrid, open: number): boolean {
  const t = frame.tokens;
  const m = grid.endingAt.get(open - 1);
  if (!m) return false;
  let k = m.mention.kind === "person" ? titleStart(t, m.from - 1) - 1 : m.from - 1;
  if (t[k]?.lower === "the") k--;
  const w = t[k];
  return !!w && !w.punct && startsLower(w.text) && (w.lower === "of" || OBLIQUE.has(w.lower) || /\p{L}{3}ing$/u.test(w.lower));
}

const ORIGIN_OPENERS: ReadonlySet<string> = new Set(ORIGIN_ASIDE_OPENERS);
/** Round 32: most tokens of an affiliation aside between its commas ("of the opposition Green Party"). */
const ORIGIN_ASIDE_REACH = 8;

/**
 * Round 32: for a comma closing an aside of affiliation or origin right after a named person ("Ada Obi,
 * of the opposition Green Party, criticised B"; "C, from the dockers' union, met D"), the index of the
 * comma that opens it, else -1. The aside holds no punctuation but an apostrophe or a hyphen, and the
 * name before it is a person's (", of which …" or a place before the comma open no such aside).
 *
 * @example originAsideStart(frame, grid, 9) // 2 for "Ada Obi, of the opposition Green Party, criticised …"
 */
function originAsideStart(frame: SentenceFrame, grid: MentionGrid, close: number): number {
  const {tokens} = frame;
  for (let j = close - 1; j > 1 && close - j <= ORIGIN_ASIDE_REACH; j--) {
    const t = tokens[j];
    if (t.text === ",") {
      if (j + 2 >= close || !ORIGIN_OPENERS.has(tokens[j + 1].lower) || RELATIVE.has(tokens[j + 2].lower)) return -1;
      return grid.endingAt.get(j - 1)?.mention.kind === "person" ? j : -1;
    }
    if (t.punct && t.text !== "-" && t.text !== "'" && t.text !== "’") return -1;
  }
  return -1;
}

/** Round 31: plural nouns of people that may open an apposition bare ("B and C, researchers at X, were …"). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(PERSON_NOUNS.filter((w) => w.endsWith("s") && !w.includes(" ")));

/**
 * Round 31: true when the comma at `j` opens a bare plural apposition of people after a name or an age, carried on by
 * a preposition: "B, 29, and her cousin C, 33, chemists from X University, were abducted", "B and C,
 * engineers from X, met D" (the walk passes over it to the names). Not "B, officials said, …" (a speech tag).
 *
 * @example barePluralAside(tokens, 9) // true for "…, 31, researchers at …"
 */
function barePluralAside(t: SentenceFrame["tokens"], j: number): boolean {
  const prev = t[j - 1];
  // "B, officials said, …", "B, fans chanted, …": a plural followed by a verb is a speech tag's speaker, no apposition.
  return PEOPLE_PLURALS.has(t[j + 1]?.text ?? "") && PLURAL_ASIDE_LINKS.has(t[j + 2]?.lower ?? "") && !!prev && (STARTS_DIGIT.test(prev.text) || startsUpper(prev.text));
}
/** Round 31: prepositions that carry a bare plural apposition on ("engineers at X", "volunteers from X"). */
const PLURAL_ASIDE_LINKS: ReadonlySet<string> = new Set(["at", "from", "of", "in", "with", "for", "on"]);

const QUANTIFIERS = new Set(QUANTIFIER_ASIDE_OPENERS);
const IRREGULAR_PARTICIPLES = new Set(IRREGULAR_ASIDE_PARTICIPLES);
const PARTICIPLE_ED = /^\p{Ll}{3,}ed$/u;

/**
 * True when token `k` opens a participial or quantifier aside: a floating "all/each" ("A, B and C,
 * all aid workers, were freed") or a past participle, "-ed" or irregular, with a preposition right
 * after it ("A, employed by a charity, was freed", "A, taken from her home in May, was freed").
 */
function participleAsideAt(tokens: SentenceFrame["tokens"], k: number): boolean {
  const w = tokens[k];
  if (!w || w.punct) return false;
  if (QUANTIFIERS.has(w.lower)) return true;
  return (PARTICIPLE_ED.test(w.text) || IRREGULAR_PARTICIPLES.has(w.lower)) && OBLIQUE.has(tokens[k + 1]?.lower ?? "");
}

/** Most lowercase words of a title written without an article in apposition ("deputy head of"). */
const BARE_TITLE_WORDS = 4;
const TITLE_LINK = new Set(TITLE_LINKS);

/**
 * Round 25: true when a title or kin noun written in lowercase without an article starts at token
 * `k` and goes on with a link word ("leader of", "deputy head of", "spokeswoman for", "ambassador
 * to", "mother of"): the way wire copy writes an apposition after a name ("A, leader of the B party,
 * accused C" = "A, the leader of …"). A lowercase word opening a clause ("A, officials said, …") or
 * a title with no link ("A, president and …") is not one. Round 32: nor is a link needed before the name the
 * title holds ("Their grandfather, former prime minister B, toured C": the apposition opens at the title).
 */
function bareTitleAt(tokens: SentenceFrame["tokens"], k: number): boolean {
  let head = false;
  for (let j = k; j < tokens.length && j - k <= BARE_TITLE_WORDS; j++) {
    const t = tokens[j];
    // Round 32: "Their grandfather, former prime minister B, toured C": a bare title and the name it holds.
    if (head && !t.punct && startsUpper(t.text)) return true;
    if (t.punct || !startsLower(t.text)) return false;
    if (head && TITLE_LINK.has(t.lower)) return true;
    if (TITLE_HEAD.has(t.lower) || KIN.has(t.lower)) head = true;
    else if (!TITLE_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** Most words of a speech tag between commas ("two senior police sources told reporters"). */
const SPEECH_TAG_WORDS = 6;

/** Most words of the subject a speech tag may follow ("the Kenyan foreign ministry's chief negotiator"). */
const TAGGED_SUBJECT_WORDS = 8;
/** Lowercase words a subject's noun phrase may hold before a speech tag besides title words. */
const SUBJECT_PHRASE_WORDS = new Set(TAGGED_SUBJECT_PHRASE_WORDS);

/**
 * Round 25: true when the commas at `open` and `close` hold a speech tag that opens in lowercase
 * ("A, officials said, had asked B", "A, police sources told reporters, thanked B", "A, diplomats
 * say, met B"): words with no punctuation, a reporting verb among them after the first word, and
 * before `open` only a noun phrase opening its clause (names, "the", "of", title words), so the tag
 * parts a subject from its verb. The clause goes on past it with that subject, as past ", the
 * official said,". Not after an object ("Police freed A, officials said, and thanked B": the police
 * thank).
 */
function speechTagBetween(tokens: SentenceFrame["tokens"], open: number, close: number): boolean {
  if (close - open - 1 < 2 || close - open - 1 > SPEECH_TAG_WORDS || !startsLower(tokens[open + 1].text)) return false;
  let said = false;
  for (let j = open + 1; j < close; j++) {
    if (tokens[j].punct) return false;
    if (j > open + 1 && REPORTING.has(tokens[j].lower)) said = true;
  }
  if (!said) return false;
  let j = open - 1;
  for (; j >= 0 && open - j <= TAGGED_SUBJECT_WORDS; j--) {
    const t = tokens[j];
    if (SUBJECT_PHRASE_WORDS.has(t.lower) || t.text === ".") continue;
    if (t.punct) return true;
    if (!startsUpper(t.text) && !TITLE_WORDS.has(t.lower)) return false;
  }
  return j < 0;
}

const POSSESSIVE_S = /['’]s$/u;

/**
 * For a title before the comma at `open` that is the object of a verb or preposition ("spoke to
 * the mayor, B", "met the envoy, B"), the index of its determiner; -1 when the title opens a
 * clause or follows a reporting verb ("said the envoy, B, met C").
 */
function objectTitleStart(frame: SentenceFrame, open: number): number {
  const t = frame.tokens;
  for (let j = open - 1; j > 0 && open - j <= 5; j--) {
    if (t[j].punct) return -1;
    if (!TITLE_OPENERS.has(t[j].lower)) continue;
    const before = t[j - 1];
    return OBLIQUE.has(before.lower) || (!before.punct && startsLower(before.text) && !REPORTING.has(before.lower)) ? j : -1;
  }
  return -1;
}
const HAS_LOWER = /\p{Ll}/u;

/**
 * True for a quoted phrase in capitals ("wrote that \"THE DAM HAS HELD\" and thanked B"): a
 * slogan or headline someone wrote, never the one who acts.
 */
function isSlogan(frame: SentenceFrame, m: PlacedMention): boolean {
  const t = frame.tokens;
  if (m.to - m.from < 2 || m.from === 0 || !isQuoteMark(t[m.from - 1].text)) return false;
  for (let j = m.from; j < m.to; j++) if (HAS_LOWER.test(t[j].text)) return false;
  return true;
}

/**
 * For a quotation mark at `close` ending two to eight words in capitals ("\"THE DAM HELD\""),
 * the index of the opening mark; -1 otherwise.
 */
function capitalsQuoteStart(frame: SentenceFrame, close: number): number {
  const t = frame.tokens;
  for (let j = close - 1; j >= 0 && close - j <= 9; j--) {
    if (isQuoteMark(t[j].text)) return close - j >= 3 ? j : -1;
    if (HAS_LOWER.test(t[j].text)) return -1;
  }
  return -1;
}

/**
 * For a quotation mark at `close` that closes a quotation (a curly closing mark, or a straight one after an odd
 * number of straight marks in the sentence), the index of its opening mark; -1 otherwise.
 */
function closedQuoteStart(frame: SentenceFrame, close: number): number {
  const t = frame.tokens;
  if (t[close].text === "“") return -1;
  let opener = -1;
  let straight = 0;
  for (let j = close - 1; j >= 0; j--) {
    if (t[j].text === "\"") {
      straight++;
      if (opener < 0) opener = j;
    } else if (t[j].text === "“" && opener < 0) opener = j;
  }
  if (t[close].text === "\"" && straight % 2 === 0) return -1;
  return opener;
}

/** True when token `k`, right after "and", may open a verb phrase: a lowercase word that is no determiner. */
function verbAfterAnd(tokens: SentenceFrame["tokens"], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && !w.punct && startsLower(w.text) && !SENTENCE_DETERMINERS.has(w.lower);
}

/** True for a straight or curly double quotation mark. */
function isQuoteMark(text: string): boolean {
  return text === "\"" || text === "“" || text === "”";
}

/**
 * The person a subject mention is "of": "B of the Red Cross met C", "a team led by B of Kenya's
 * army met C" → B, who acts for the organisation; any other mention stands for itself.
 */
function personOf(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention {
  if (m.mention.kind === "person") return m;
  // "of Kenya's Defence Staff": the possessive owner is part of the organisation's name.
  const owner = grid.endingAt.get(m.from - 1);
  const owned = owner && POSSESSIVE_S.test(frame.tokens[m.from - 1].text) ? owner.from : m.from;
  // "B of the Red Cross": the article before a body's name.
  const start = !owner && frame.tokens[owned - 1]?.lower === "the" ? owned - 1 : owned;
  if (start < 2 || frame.tokens[start - 1].lower !== "of") return m;
  const head = grid.endingAt.get(start - 2);
  return head && head.mention.kind === "person" ? head : m;
}

/**
 * True when the words before the comma at `open` are a title owned by a possessive mention:
 * "Kenya's labour minister", "Peru's largest remaining rebel group" (one to five lowercase words).
 */
function ownedTitleBefore(frame: SentenceFrame, grid: MentionGrid, open: number): boolean {
  const t = frame.tokens;
  let compound = false;
  for (let j = open - 1; j >= 0 && open - j <= 8; j--) {
    const m = grid.endingAt.get(j);
    if (m) {
      // Round 34: "The tanker's Lagos-based owner, B, accused C", "The Lagos-based owner, B, …": a name hyphened to a
      // lowercase participle is a compound modifier of the description, no owner of it; the walk goes on before it.
      if (t[j + 1]?.text === "-" && j + 2 < open && startsLower(t[j + 2].text)) {
        compound = true;
        j = m.from;
        continue;
      }
      return j < open - 1 && POSSESSIVE_S.test(t[j].text);
    }
    if (t[j].text === "-" && grid.endingAt.has(j - 1)) continue;
    // "The Lagos-based owner, B,": a determiner opening the sentence or clause before such a compound.
    if (compound && DESCRIPTION_DETERMINERS.has(t[j].lower)) return j === 0 || t[j - 1].punct;
    if (!startsLower(t[j].text)) return false;
  }
  return false;
}

/** Round 34: determiners opening a description with a compound modifier ("The Lagos-based owner, B,"). */
const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** True when token `k` opens its clause: the sentence's start or punctuation before it, "the" passed. */
function nameOpensClause(t: SentenceFrame["tokens"], k: number): boolean {
  const j = t[k - 1]?.lower === "the" ? k - 2 : k - 1;
  return j < 0 || t[j].punct;
}

/**
 * The mention and those coordinated before it: "A, B and C" read from C; appositions skipped ("A, a nurse, and B").
 *
 * @example coordinatedBefore(frame, grid, lastOfList).length // 3
 */
export function coordinatedBefore(frame: SentenceFrame, grid: MentionGrid, last: PlacedMention): PlacedMention[] {
  const out = [last];
  let cur = last;
  const t = frame.tokens;
  for (let guard = 0; guard < 12; guard++) {
    let i = cur.from - 1;
    // "A and the Red Cross", "A and Kenyan intelligence chief B": the article or title is the conjunct's own.
    if (i > 0 && t[i].lower === "the") i--;
    else if (cur.mention.kind === "person") {
      const head = titleStart(t, i);
      // "A and senior union official B", "A and senior Hamas official B": the title's own
      // qualifiers (lowercase words, a body's name) between "and" and the title.
      i = head <= i ? titleQualifiersStart(frame, grid, head - 1) : head - 1;
    }
    // "A, his cousin B and the nurse C were freed": a relation or trade before a listed person;
    // after a bare comma only inside a list that goes on ("A, his lawyer B, said" is an apposition).
    if (cur.mention.kind === "person" && i > 0) {
      // A title found first ("and his chief of staff B") leaves only the possessive before it.
      const r = RELATION_OPENERS.has(t[i].lower) ? i : relationStart(t, i);
      // "A and her son, B": the relation set off by a comma before the name, after "and".
      const rc = r < 0 && t[i].text === "," && i > 1 && KIN.has(t[i - 1].lower) ? relationStart(t, i - 1) : -1;
      if (r > 0 && (t[r - 1].lower === "and" || (t[r - 1].text === "," && out.length >= 2))) i = r - 1;
      else if (rc > 0 && t[rc - 1].lower === "and") i = rc - 1;
      // "A, Chilean baker B and C": a nationality and a trade with no article, inside a list.
      else {
        const d = tradeStart(t, i);
        // The capitalised word must be no name of its own ("A, and Chad released B": Chad acts).
        if (d > 0 && !grid.startingAt.has(d) && !grid.endingAt.has(d) && (t[d - 1].lower === "and" || (t[d - 1].text === "," && out.length >= 2))) i = d - 1;
      }
    }
    // "Chile's A and Peru's B, who mediated …": a possessive owner before a listed person is no conjunct.
    if (cur.mention.kind === "person" && i > 0) i = beforePossessiveOwner(frame, grid, i);
    if (i < 0) break;
    let commaAnd = false;
    let bareComma = false;
    if (isAnd(t[i].lower)) {
      i--;
      if (i >= 0 && t[i].text === "," && !grid.endingAt.has(i - 1)) {
        const open = appositionStart(frame, i);
        i = open >= 0 ? open - 1 : i - 1;
      } else if (i >= 0 && t[i].text === ",") {
        i--;
        commaAnd = true;
      }
    } else if (t[i].text === ",") {
      i--;
      bareComma = out.length === 1;
      // "A, 44, B, 29, and C were freed": an age in commas after the earlier conjunct.
      if (i >= 2 && AGE.test(t[i].text) && t[i - 1].text === ",") i -= 2;
    } else break;
    if (i >= 0 && t[i].lower === "both") break;
    const prev = grid.endingAt.get(i);
    if (!prev) break;
    // "X freed B, and C released D": B is the object of another clause, not C's co-subject.
    const before = t[prev.from - 1];
    if (commaAnd && before && !before.punct && startsLower(before.text) && before.lower !== "the" && before.lower !== "and") break;
    // "After meeting B, A thanked C", "Like B, A thanked C": a name joined by a bare comma, with no
    // "and" after it, is a conjunct only when it opens its clause ("B, A meet in Oslo" in a headline);
    // after a preposition or a verb it ends a fronted phrase of its own.
    // Round 32: "On the suggestion of the trade minister of X, B, A met C": a name closing an opener's apposition (a comma
    // before it too) is no conjunct either; the opener's people do not meet.
    if (bareComma && (!nameOpensClause(t, prev.from) || t[prev.from - 1]?.text === "," || (t[prev.from - 1]?.lower === "the" && t[prev.from - 2]?.text === ","))) break;
    if (isOblique(frame, prev)) {
      // "negotiators from A and B met C": A is in the group although it follows "from".
      if (sentBy(frame, prev)) out.unshift(prev);
      break;
    }
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** Words a title's qualifiers may take before it ("senior union official B"). */
const PAST_FORM = /ed$/;
const TITLE_QUALIFIER_WORDS = 3;

/**
 * For token `i` right before a person's title: the "and" before up to three qualifiers of the
 * title (lowercase words that are no break or preposition, or the name of a body or country:
 * "and senior Hamas official B", "and mine union official B"); else `i`.
 */
function titleQualifiersStart(frame: SentenceFrame, grid: MentionGrid, i: number): number {
  const t = frame.tokens;
  let k = i;
  // A body's name the title took its last word from ("Dockers Union official B").
  const body = grid.endingAt.get(i + 1);
  if (body && body.from <= i && body.mention.kind !== "person" && body.mention.kind !== "place") k = body.from - 1;
  for (let n = 0; k > 0 && n < TITLE_QUALIFIER_WORDS; n++) {
    if (isAnd(t[k].lower)) break;
    const m = grid.endingAt.get(k);
    if (m && m.mention.kind !== "person" && m.mention.kind !== "place") k = m.from - 1;
    // A past form is a verb of its own ("met B and thanked union official C"), never a qualifier.
    else if (!m && isRelationWord(t[k]) && !POSSESSIVE.has(t[k].lower) && t[k].lower !== "the" && !PAST_FORM.test(t[k].lower)) k--;
    else return i;
  }
  return k < i && k > 0 && isAnd(t[k].lower) ? k : i;
}

/**
 * For token `i` right before a listed person: the token before the owner when `i` ends a
 * possessive name ("Peru's B", "Peru ’s B"), so the list goes on before it; else `i`.
 */
function beforePossessiveOwner(frame: SentenceFrame, grid: MentionGrid, i: number): number {
  const t = frame.tokens;
  const split = t[i].text === "'s" || t[i].text === "’s";
  const owner = grid.endingAt.get(split ? i - 1 : i);
  if (!owner || (!split && !POSSESSIVE_S.test(t[i].text))) return i;
  return owner.from - 1;
}

/**
 * For a person named as a possessive owner ("Vik's wife Ana Vik", "Dahl's brother, B"): the
 * person after up to two lowercase relation words (and a comma); else null.
 *
 * @example possessedRelative(frame, grid, vik)?.mention.text // "Ana Vik"
 */
export function possessedRelative(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention | null {
  const t = frame.tokens;
  if (m.mention.kind !== "person") return null;
  let j = m.to;
  if (t[j]?.text === "'s" || t[j]?.text === "’s") j++;
  else if (!POSSESSIVE_S.test(t[m.to - 1].text)) return null;
  const first = j;
  while (j < t.length && j < first + 2 && !grid.startingAt.has(j) && isRelationWord(t[j])) j++;
  if (j === first) return null;
  const comma = t[j]?.text === ",";
  if (comma) j++;
  const p = grid.startingAt.get(j);
  // "and Vik's brother, B said": a name after the comma that opens a clause is the speaker.
  return p && p.mention.kind === "person" && (!comma || closesApposition(t, p)) ? p : null;
}

/**
 * True for a person named as a possessive owner before a relation word ("Vik's team", "Vik's
 * brother"): the listed one is the relation, not the owner.
 */
function ownsRelation(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): boolean {
  const t = frame.tokens;
  if (m.mention.kind !== "person") return false;
  const j = t[m.to]?.text === "'s" || t[m.to]?.text === "’s" ? m.to + 1 : POSSESSIVE_S.test(t[m.to - 1].text) ? m.to : -1;
  return j > 0 && j < t.length && !grid.startingAt.has(j) && isRelationWord(t[j]);
}

/**
 * The person named as the possessive owner of the kin noun at token `j` ("B's mother", "B’s
 * son"), or null: the relative, not B, is the one acted on.
 *
 * @example kinOwnerAt(frame, grid, 5)?.mention.text // "Ana Vik" in "… rang Ana Vik's grandmother and …"
 */
export function kinOwnerAt(frame: SentenceFrame, grid: MentionGrid, j: number): PlacedMention | null {
  const t = frame.tokens;
  if (j < 1 || !KIN.has(t[j]?.lower ?? "")) return null;
  const end = t[j - 1].text === "'s" || t[j - 1].text === "’s" ? j - 1 : j;
  const m = grid.endingAt.get(end - 1);
  return m && m.mention.kind === "person" && (end === j - 1 || POSSESSIVE_S.test(t[m.to - 1].text)) ? m : null;
}

/** A lowercase plural noun ("parents", "mediators"), not a possessive ("driver's"). */
const PLURAL_NOUN = /^\p{Ll}{2,}[^s'’]s$/u;

/**
 * After a title in apposition ("thanked the ferry's owner, B, and Lund's nephew, C"): the person a
 * second possessive relation after ", and" names (C), or nothing.
 */
function secondRelative(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention[] {
  const t = frame.tokens;
  if (t[m.to]?.text !== "," || t[m.to + 1]?.lower !== "and") return [];
  const owner = grid.startingAt.get(m.to + 2);
  const rel = owner ? possessedRelative(frame, grid, owner) : pronounRelative(frame, grid, m.to + 2);
  return rel ? [rel] : [];
}

/**
 * "his/her/their <kin noun> (,) B" from token `j` ("and her daughter, B" after "freed the
 * clinic's cook, A,"): the person B, closing its phrase; null otherwise, and for a trade ("and
 * his lawyer, B, met him": a clause of its own).
 */
function pronounRelative(frame: SentenceFrame, grid: MentionGrid, j: number): PlacedMention | null {
  const t = frame.tokens;
  if (!POSSESSIVE.has(t[j]?.lower ?? "")) return null;
  let k = j + 1;
  while (k < t.length && k < j + 3 && !grid.startingAt.has(k) && isRelationWord(t[k])) k++;
  if (k === j + 1 || !KIN.has(t[k - 1].lower)) return null;
  const comma = t[k]?.text === ",";
  if (comma) k++;
  const p = grid.startingAt.get(k);
  // "and her daughter B said …": B speaks, no relative listed.
  if (!p || p.mention.kind !== "person" || REPORTING.has(t[p.to]?.lower ?? "")) return null;
  if (comma && !closesApposition(t, p)) return null;
  // "…, and his son, B, met him": a lowercase word after B (not a preposition, "who", "and")
  // opens a clause of B's own.
  const after = t[p.to]?.text === "," ? t[p.to + 1] : t[p.to];
  return !after || after.punct || !startsLower(after.text) || OBLIQUE.has(after.lower) || RELATIVE.has(after.lower) || isAnd(after.lower) ? p : null;
}

/** "and" or "&" between conjuncts ("A and B", "A & B"). */
function isAnd(lower: string): boolean {
  return lower === "and" || lower === "&";
}

/** Possessives and the article that open a relation or trade before a listed name ("his cousin B", "the engineer B"). */
const RELATION_OPENERS = new Set(["the", ...POSSESSIVE_PRONOUNS]);

/**
 * For one or two lowercase words ending at token `last` after "the/his/her/their" ("the
 * photographer", "his younger brother"), the index of that opener; -1 otherwise. Words that
 * open a clause or a phrase ("the release of", "his visit to") do not count.
 *
 * @example relationStart(tokens, 6) // 4 for "… and his cousin B"
 */
function relationStart(t: SentenceFrame["tokens"], last: number): number {
  for (let j = last; j >= 0 && j >= last - 2; j--) {
    const w = t[j];
    if (j < last && RELATION_OPENERS.has(w.lower)) return j;
    // "her Peruvian cousin B": one capitalised nationality right after the opener.
    const nationality = j < last && startsUpper(w.text) && !w.punct && RELATION_OPENERS.has(t[j - 1]?.lower ?? "");
    if ((!isRelationWord(w) && !nationality) || RELATION_OPENERS.has(w.lower)) return -1;
  }
  return -1;
}

/**
 * Round 32b: for a comma right after a person named as "and <his/her/their> <role>, C", the list the two or more
 * persons before "and" and C make ("A, her cameraman B and their driver, C," → A, B, C); null otherwise ("A and
 * her lawyer, C" is no list of three; a place among the conjuncts leaves the list to the other readings).
 */
function ownedRoleListEnding(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] | null {
  const last = grid.endingAt.get(i - 1);
  if (!last || last.mention.kind !== "person" || frame.tokens[last.from - 1]?.text !== ",") return null;
  const owner = ownedRoleBeforeComma(frame.tokens, last.from - 1);
  const prev = owner > 1 ? grid.endingAt.get(owner - 2) : undefined;
  if (!prev) return null;
  // Only after a list of two or more ("A, her cameraman B and their driver, C"): "A and her lawyer, C, met …"
  // may set the lawyer apart (review 14 item 11b).
  // "A, her cameraman B and …": the middle conjunct's own role after a bare comma (coordinatedBefore takes it
  // only inside a list already two long).
  const r = prev.mention.kind === "person" ? relationStart(frame.tokens, prev.from - 1) : -1;
  const first = r > 1 && frame.tokens[r - 1].text === "," ? grid.endingAt.get(r - 2) : undefined;
  const list = first ? [...coordinatedBefore(frame, grid, first), prev, last] : [...coordinatedBefore(frame, grid, prev), last];
  return list.length >= 3 && list.every((m) => m.mention.kind === "person") ? list : null;
}

/** Round 32b: pronouns that own a listed person's trade or role ("and their driver, C"). */

/**
 * Round 32b: when the comma at `comma` closes "and <his/her/their> (<nationality>) <one or two role words>" ("and
 * their fixer, C", "and her Kenyan sound engineer, C"), the shape of a list's last conjunct described before its
 * name, the index of the pronoun; -1 otherwise.
 *
 * @example ownedRoleBeforeComma(tokens, 9) // 6 for "A, her cameraman B and their driver, C, were freed"
 */
function ownedRoleBeforeComma(t: SentenceFrame["tokens"], comma: number): number {
  let j = comma - 1;
  let roles = 0;
  while (j >= 1 && roles < 2 && startsLower(t[j].text) && isRelationWord(t[j]) && !RELATION_OPENERS.has(t[j].lower)) {
    j--;
    roles++;
  }
  // "their South Sudanese fixer": up to two capitalised words of a nationality before the role.
  for (let n = 0; roles > 0 && n < 2 && j >= 1 && !t[j].punct && startsUpper(t[j].text) && !POSSESSIVE.has(t[j].lower); n++) j--;
  return roles > 0 && j >= 1 && POSSESSIVE.has(t[j].lower) && isAnd(t[j - 1].lower) ? j : -1;
}

/**
 * For one or two lowercase trade words ending at token `last` after one capitalised word and no
 * article ("Chilean baker", "Danish dock worker"), the index of the capitalised word; -1
 * otherwise (no trade word, or no capitalised word before it).
 *
 * @example tradeStart(tokens, 5) // 4 for "…, Chilean baker B and C"
 */
function tradeStart(t: SentenceFrame["tokens"], last: number): number {
  for (let j = last; j >= 1 && j >= last - 2; j--) {
    const w = t[j];
    if (j < last && startsUpper(w.text) && !w.punct && !RELATION_OPENERS.has(w.lower)) return j;
    if (!isRelationWord(w) || RELATION_OPENERS.has(w.lower)) return -1;
  }
  return -1;
}

/** Units of time: "the same day B left" is no relation before B. */
const TIME_UNITS = new Set(DATE_CUE_UNITS);

/**
 * True for a lowercase word that may name a relation or trade before a listed person ("cousin",
 * "younger", "photographer"); not a break, preposition, "of" or unit of time ("the next day").
 */
function isRelationWord(w: SentenceFrame["tokens"][number]): boolean {
  return !w.punct && startsLower(w.text) && !BREAKS.has(w.lower) && !OBLIQUE.has(w.lower) && w.lower !== "of" && !TIME_UNITS.has(w.lower);
}

/**
 * For a list member at `i` written after a relation or trade ("his cousin B" at "his", "the
 * photographer B" at "photographer" with "the" before it): the person B, after one or two
 * lowercase words. With `goesOn` (a member after a bare comma) only when "and" or a comma and a
 * name follow B: "A, his lawyer B, said" is an apposition, not a list. Null otherwise.
 */
function relatedConjunct(frame: SentenceFrame, grid: MentionGrid, i: number, goesOn: boolean): PlacedMention | null {
  const t = frame.tokens;
  const w = t[i]?.lower;
  let j = POSSESSIVE.has(w) ? i + 1 : t[i - 1]?.lower === "the" ? i : -1;
  if (j < 0) return null;
  const first = j;
  while (j < t.length && j < first + 2 && !grid.startingAt.has(j) && isRelationWord(t[j])) j++;
  const m = j > first ? grid.startingAt.get(j) : undefined;
  if (!m || m.mention.kind !== "person") return null;
  if (!goesOn) return m;
  const after = t[m.to];
  return after && (after.lower === "and" || (after.text === "," && (t[m.to + 1]?.lower === "and" || grid.startingAt.has(m.to + 1)))) ? m : null;
}

/**
 * For a name after its title that ends at token `last` ("Kenyan intelligence chief B",
 * "Gen. B"), the index of the title's first word: up to four title words in any case and
 * abbreviation dots, one capitalised word (a nationality) first, with a title head among them.
 * `last + 1` when no title ends there.
 */
function titleStart(t: SentenceFrame["tokens"], last: number): number {
  let start = last + 1;
  let head = false;
  for (let j = last, words = 0; j >= 0 && words < 4; j--) {
    if (t[j].text === ".") continue;
    if (t[j].punct) break;
    words++;
    if (TITLE_HEAD.has(t[j].lower)) head = true;
    else if (!TITLE_WORDS.has(t[j].lower)) {
      if (startsUpper(t[j].text) && head) start = j;
      break;
    }
    start = j;
  }
  return head ? start : last + 1;
}

/**
 * The person named right after a title that starts at token `from` ("Gen. B", "Deputy Minister
 * B") and ends at `close`, or undefined.
 */
function afterTitle(frame: SentenceFrame, grid: MentionGrid, from: number, close: number): PlacedMention | undefined {
  const t = frame.tokens;
  for (let j = from; j < close && j <= from + 5; j++) {
    const m = grid.startingAt.get(j);
    if (m) return m.mention.kind === "person" && m.to === close && titleStart(t, j - 1) === from ? m : undefined;
    if (t[j].text !== "." && (t[j].punct || !TITLE_WORDS.has(t[j].lower))) return undefined;
  }
  return undefined;
}

const BODY_PEOPLE = new Set(BODY_PEOPLE_NOUNS);
const OWN_SIDE_LEADERS: ReadonlySet<string> = new Set(OWN_SIDE_LEADER_NOUNS);

/**
 * Mend 32 F4: true when the body's people before `m` ("soldiers from the X Army") act on "their" own leaders right
 * after the verb at `v` ("accused their commander, B, of …"): the people act against their side, not for the body.
 * Delegates ("negotiators from X") are not concerned.
 *
 * @example againstOwnLeaders(frame, army, 6) // true for "Soldiers from the X Army accused their commander, B, …"
 */
function againstOwnLeaders(frame: SentenceFrame, m: PlacedMention, v: number): boolean {
  const t = frame.tokens;
  const p = obliqueAt(frame, m);
  if (p < 1 || !BODY_PEOPLE.has(t[p - 1].lower) || DELEGATES.has(t[p - 1].lower)) return false;
  return t[v + 1]?.lower === "their" && OWN_SIDE_LEADERS.has(t[v + 2]?.lower ?? "");
}
const OWN_PEOPLE = new Set(OWN_PEOPLE_NOUNS);

/**
 * True for "delegation/negotiators from A": A sends the people who act, so it stands as the subject;
 * likewise a body's or country's working people ("Volunteers from the X Society have been helping
 * Y", "divers from the X Navy"; model BODY_PEOPLE_NOUNS), but not a town's or a country's ("volunteers from Kisumu"),
 * and with `people` false (a passive's patients: "aid workers from X were kidnapped") only delegates.
 */
function sentBy(frame: SentenceFrame, m: PlacedMention, people = true): boolean {
  const p = obliqueAt(frame, m);
  if (p < 1 || frame.tokens[p].lower !== "from") return false;
  const head = frame.tokens[p - 1].lower;
  // A body's, not a country's: "engineers from Turkey" are Turkish engineers, not Turkey acting (review 27 args F1).
  return DELEGATES.has(head) || (people && BODY_PEOPLE.has(head) && (m.mention.kind === "organization" || m.mention.kind === "group"));
}

/**
 * The mention and those coordinated after it: "A, B and C" (or "A as well as B") read from A. Two person-only
 * forms too: a relative named after a possessive ("A and her brother B") and an apposition
 * between the conjuncts ("A, a soldier it had held since 2021, and B": B of A's kind).
 *
 * @example coordinatedAfter(frame, grid, frame.mentions[0]).length // 3
 */
export function coordinatedAfter(frame: SentenceFrame, grid: MentionGrid, first: PlacedMention): PlacedMention[] {
  const out = [first];
  let cur = first;
  const t = frame.tokens;
  for (let guard = 0; guard < 12; guard++) {
    let i = cur.to;
    if (i >= t.length) break;
    // "A, 31, and B" / "A, 31, who …, and B": a person's age in commas is passed over.
    if (cur.mention.kind === "person" && isAgeInCommas(t, i)) i += 2;
    // "A, as the rebels call themselves, and B": an aside naming A is passed over.
    i = namingAsideEnd(t, i);
    // Session 33: "between the Royal Constabulary (RPNGC) and B": an acronym in brackets after a name is that name's.
    i = bracketedAcronymEnd(t, i);
    const after = appositionThenAnd(frame, grid, cur, i);
    if (after) {
      out.push(after);
      cur = after;
      continue;
    }
    // "met the Peruvian government and Chile", "the Z leadership and X": the governing noun after a
    // national or group name is its own.
    const governed = cur.mention.kind !== "person" && GOVERNING.has(t[i].lower) && (t[i + 1]?.text === "," || isAnd(t[i + 1]?.lower ?? ""));
    if (governed) i++;
    // "thanked Zambia's police service and Governor B": past the nouns a possessive body owns, only a titled person is listed.
    const owned = !governed && cur === first ? ownedNounsEnd(frame, grid, cur) : i;
    if (owned > i) {
      const person = titledConjunct(frame, grid, owned + 1) ?? grid.startingAt.get(owned + 1);
      if (!person || person.mention.kind !== "person" || relativeThenVerb(t, person.to) || REPORTING.has(t[person.to]?.lower ?? "")) break;
      out.push(person);
      cur = person;
      continue;
    }
    if (t[i].text === ",") i++;
    const asWell = i + 2 < t.length && t[i].lower === "as" && t[i + 1].lower === "well" && t[i + 2].lower === "as";
    const and = asWell || (i < t.length && isAnd(t[i].lower));
    if (asWell) i += 3;
    else if (and) i++;
    else if (i === cur.to) break;
    // "thanked A and especially B", "A and \"personally B\"": an opening quote and a focus adverb after "and".
    const beforeAdverb = i;
    if (and && !asWell) i = pastFocusAdverb(t, i);
    const focused = i !== beforeAdverb;
    // "grateful to A and to B", "met with A and with B": the list's own preposition repeated.
    if (and && LIST_PREPOSITIONS.has(t[i]?.lower ?? "")) {
      if (t[i].lower !== listPreposition(t, first)) break;
      i++;
      // "met with A and with her help B was freed": a possessive after the preposition opens no
      // name, unless a relative is named after it ("met by A and by his wife, B").
      if (POSSESSIVE.has(t[i]?.lower ?? "")) {
        const relative = pronounRelative(frame, grid, i);
        if (!relative) break;
        out.push(relative);
        cur = relative;
        continue;
      }
    }
    if (i < t.length && t[i].lower === "the" && !grid.startingAt.has(i)) i++;
    // "thanked A and the governments of B and C": those governing a listed country stand for it.
    if (and && cur.mention.kind !== "person" && GOVERNING.has(t[i]?.lower ?? "") && t[i + 1]?.lower === "of") i += t[i + 2]?.lower === "the" && !grid.startingAt.has(i + 2) ? 3 : 2;
    // "A and Swiss diplomat Col. B": a nationality, a trade and a rank before a listed person.
    let next = (and && cur.mention.kind === "person" ? tradeConjunct(frame, grid, i) ?? nationalConjunct(frame, grid, i) : null) ?? grid.startingAt.get(i);
    // "thanked A, Peruvian President B and the Emir of C, D": a title before a listed person.
    if (!next && cur.mention.kind === "person" && (and || i > cur.to)) next = titledConjunct(frame, grid, i) ?? undefined;
    // "released Sergeant A, Corporal B and privates C and D": a rank written lowercase before a listed person.
    if (!next && cur.mention.kind === "person" && (and || i > cur.to)) next = rankConjunct(frame, grid, i) ?? undefined;
    // "thanked A as well as the mediators in B and C": the senders of the delegates.
    if (!next && asWell && DELEGATES.has(t[i]?.lower ?? "") && (t[i + 1]?.lower === "in" || t[i + 1]?.lower === "from")) next = grid.startingAt.get(i + 2);
    // "A and her brother B": up to two lowercase words after the possessive; "A and his
    // Kenyan counterpart, B": a nationality and the name in apposition.
    if (!next && and && cur.mention.kind === "person" && POSSESSIVE.has(t[i]?.lower ?? "")) {
      for (let j = i + 1; j <= i + 4 && j < t.length && !next; j++) {
        const m = grid.startingAt.get(j);
        if (m) next = m.mention.kind === "person" ? m : undefined;
        else if (t[j].text === "," ? j === i + 1 || !grid.startingAt.has(j + 1) : t[j].punct || (!startsLower(t[j].text) && j > i + 1)) break;
      }
      if (!next) break;
    }
    // "thanked Portugal and its civil protection chief, B": a body's office-holder named in apposition is listed too.
    if (!next && and && cur.mention.kind !== "person" && t[i]?.lower === "its") next = bodyHolderAfterIts(frame, grid, i) ?? undefined;
    // "freed A and a retired pilot, Capt. B": a person described, then named in commas.
    if (!next && and && cur.mention.kind === "person" && (t[i]?.lower === "a" || t[i]?.lower === "an")) next = describedConjunct(frame, grid, i) ?? undefined;
    // "A and the photographer B", "A, his cousin B and C": a relation or trade before a listed person.
    if (!next && cur.mention.kind === "person" && i > cur.to) next = relatedConjunct(frame, grid, i, !and) ?? undefined;
    // "met A and the chairman of the railways, B, at …": an office's holder named after its body.
    if (!next && and) next = officeConjunct(frame, grid, t[i - 1]?.lower === "the" ? i - 1 : i) ?? undefined;
    if (!next) break;
    // "A and Vik's wife(,) B": the person the owner's relation names, not the owner.
    if (and) {
      const relative = possessedRelative(frame, grid, next);
      // "and Vik's team, B told reporters": neither the owner nor the speaker is listed.
      if (!relative && ownsRelation(frame, grid, next)) break;
      next = relative ?? next;
    }
    // "A, the Kenyan ministry's envoy": a possessive owner opens an apposition, not a conjunct.
    if (!and && POSSESSIVE_S.test(t[next.to - 1].text) && startsLower(t[next.to]?.text ?? "")) break;
    // "A and M23 negotiator B": an organisation or country that only qualifies B's title; round 24: "A and
    // Jordan's King B", "A and Borduria's Foreign Minister B": the person a possessive country owns.
    next = titleHolder(frame, grid, next) ?? ownedPerson(frame, grid, next) ?? next;
    // Round 33: "met A and the FIFA president, B": a body after "the" that only qualifies a lowercase title names the
    // person in apposition after it (titled), as it does for the first object.
    if (and && (next.mention.kind === "organization" || next.mention.kind === "country") && TITLE_OPENERS.has(t[next.from - 1]?.lower ?? "")) next = titled(frame, grid, next);
    // "B and Pvt. C": an abbreviated rank the mention stage read as a name stands for C.
    next = rankHolder(frame, grid, next) ?? next;
    // "thanked Peru and the Delta Front freed B", "… and notably Peru stayed away": a body with a
    // verb of its own after it opens a clause; it is no object.
    // (Checked after this round's two widenings only: a governing noun or a focus adverb.)
    if ((governed || focused) && and && next.mention.kind !== "person" && opensClause(t, next.to)) break;
    // "thanked B, and C, who leads the opposition, criticised D": C heads a clause of its own.
    if (and && relativeThenVerb(t, next.to)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

const NAMING_ASIDE = new Set(NAMING_ASIDE_VERBS);

/** Most tokens inside a naming aside read by namingAsideEnd (", as the group's fighters call themselves,"). */
const NAMING_ASIDE_REACH = 8;

/**
 * For "(" at `i` opening a bracketed acronym ("(RPNGC)", "(OLA)": one token of two or more capitals, digits or
 * hyphens, then ")"): the index after the ")"; else `i`.
 *
 * @example bracketedAcronymEnd(tokens, 4) // 7 in "between the Front (FLN) and B"
 */
function bracketedAcronymEnd(t: SentenceFrame["tokens"], i: number): number {
  return t[i]?.text === "(" && t[i + 2]?.text === ")" && /^[A-Z][A-Z0-9-]+$/u.test(t[i + 1]?.text ?? "") ? i + 3 : i;
}

/**
 * For a comma at `i` opening ", as … <naming verb> …," ("A, as the rebels call themselves, and B";
 * see NAMING_ASIDE_VERBS): the index of its closing comma; else `i`. Any other "as" aside
 * (", as talks stalled,") is no naming and ends the list as before.
 *
 * @example namingAsideEnd(tokens, 2) // the second comma's index in "A, as locals call it, and B"
 */
function namingAsideEnd(t: SentenceFrame["tokens"], i: number): number {
  if (t[i]?.text !== "," || t[i + 1]?.lower !== "as") return i;
  let naming = false;
  for (let j = i + 2; j < t.length && j <= i + NAMING_ASIDE_REACH; j++) {
    if (t[j].text === ",") return naming ? j : i;
    if (t[j].punct && t[j].text !== "'" && t[j].text !== "’") return i;
    if (NAMING_ASIDE.has(t[j].lower)) naming = true;
  }
  return i;
}

/** Most lowercase nouns a possessive body owns before "and" in ownedNounsEnd ("security services"). */
const OWNED_NOUNS = 3;

/**
 * For a country or organisation written with a possessive ("Zambia's police service and …"): the
 * index of the "and" after the one to three lowercase nouns it owns, when that "and" follows;
 * else `m.to`. A break, a preposition or a copula ends the nouns ("Zambia's envoy to Fiji").
 *
 * @example ownedNounsEnd(frame, grid, zambia) // index of "and" in "Zambia's police service and Governor B"
 */
function ownedNounsEnd(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): number {
  const t = frame.tokens;
  if ((m.mention.kind !== "country" && m.mention.kind !== "organization") || !POSSESSIVE_S.test(t[m.to - 1].text)) return m.to;
  for (let j = m.to; j < t.length && j <= m.to + OWNED_NOUNS; j++) {
    if (j > m.to && isAnd(t[j].lower)) return j;
    const w = t[j];
    if (grid.startingAt.has(j) || w.punct || !startsLower(w.text) || BREAKS.has(w.lower) || OBLIQUE.has(w.lower) || COPULAS.has(w.lower) || REPORTING.has(w.lower)) return m.to;
  }
  return m.to;
}

/** Most tokens of a ", who …," clause read by relativeThenVerb. */
const RELATIVE_REACH = 24;

/**
 * True when ", who/which …," starts at `j` and a lowercase "-ed" verb follows its closing comma:
 * the name before it is the subject of that verb ("and C, who was born abroad, criticised D"),
 * not one more listed object ("and C, who was born abroad, were freed" keeps the list: "were").
 */
function relativeThenVerb(t: SentenceFrame["tokens"], j: number): boolean {
  // Not ", that …": after a comma it opens what was promised or said ("promised C, that the embassy would …").
  if (t[j]?.text !== "," || (t[j + 1]?.lower !== "who" && t[j + 1]?.lower !== "which")) return false;
  for (let k = j + 2; k < t.length && k < j + RELATIVE_REACH; k++) {
    if (t[k].text === ";" || t[k].text === "." || t[k].text === ":") return false;
    if (t[k].text === "," && opensClause(t, k + 1)) return true;
  }
  return false;
}

/**
 * True when a lowercase "-ed" verb stands at `j` right after a listed name and is no passive
 * participle of it ("… and the Delta Front freed B": a clause; "… and the rebels backed by X" keeps
 * the list).
 */
function opensClause(t: SentenceFrame["tokens"], j: number): boolean {
  const w = t[j];
  return w !== undefined && startsLower(w.text) && w.lower.length > 3 && w.lower.endsWith("ed") && t[j + 1]?.lower !== "by";
}

/**
 * Past an opening quote mark and one focus adverb at `i` ("and especially B", "and \"personally
 * B"; model FOCUS_ADVERBS), or `i` unchanged when none stands there.
 */
function pastFocusAdverb(t: SentenceFrame["tokens"], i: number): number {
  let j = i;
  if (t[j]?.text === "\"" || t[j]?.text === "“") j++;
  return t[j] && FOCUS.has(t[j].lower) ? j + 1 : i;
}
const FOCUS = new Set(FOCUS_ADVERBS);

/**
 * The preposition right before a list's first name, past one "the" ("to the Red Cross" → "to"),
 * or "" when none stands there.
 */
function listPreposition(t: SentenceFrame["tokens"], first: PlacedMention): string {
  let k = first.from - 1;
  // "by Zambian Foreign Minister A and by B": the title words before the first name are passed over.
  for (let n = 0; n < LIST_TITLE_WORDS && k > 0 && !t[k].punct && startsUpper(t[k].text); n++) k--;
  if (t[k]?.lower === "the") k--;
  return t[k]?.lower ?? "";
}

/** Most capitalised title words listPreposition passes over before the list's first name. */
const LIST_TITLE_WORDS = 4;

/** Prepositions a list may repeat before a later name ("grateful to A and to B", "met by A and by B"). */
const LIST_PREPOSITIONS = new Set(["to", "with", "by"]);

/**
 * For a conjunct at "its" (token `i`) after a country or body: "its <one to three words>, B" with
 * B a person ("thanked Chile and its labour minister, B") → B; null when no person follows the
 * comma or a reporting verb follows the name ("… and its navy, B said" opens a clause).
 */
function bodyHolderAfterIts(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  let j = i + 1;
  while (j < t.length && j <= i + 3 && !t[j].punct && !grid.startingAt.has(j) && !BREAKS.has(t[j].lower)) j++;
  if (j === i + 1 || t[j]?.text !== ",") return null;
  const m = grid.startingAt.get(j + 1);
  if (!m || m.mention.kind !== "person") return null;
  const after = t[m.to]?.text === "," ? t[m.to + 1] : t[m.to];
  return after && REPORTING.has(after.lower) ? null : m;
}

/**
 * For a conjunct at token `i` written "<Nationality> <one to three lowercase words ending in a
 * title head> (<rank abbreviations or title words>) B" ("Swiss diplomat B", "Egyptian
 * intelligence official Maj. Gen. B"): the person B; the nationality may be a country mention,
 * which then is no conjunct of its own. Null otherwise ("and Chad freed B").
 */
function tradeConjunct(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  const first = grid.startingAt.get(i);
  if (!t[i] || t[i].punct || !startsUpper(t[i].text) || (first && first.mention.kind !== "country")) return null;
  let j = first ? first.to : i + 1;
  const words = j;
  while (j < t.length && j < words + 3 && !grid.startingAt.has(j) && isRelationWord(t[j])) j++;
  // The trade is a title head ("diplomat", "official"): "and Chad freed B" is a clause of its own.
  if (j === words || !TITLE_HEAD.has(t[j - 1].lower)) return null;
  // Ranks and titles before the name ("Maj. Gen.", "Colonel").
  for (let k = 0; k < 5 && j < t.length && !grid.startingAt.has(j); k++, j++) {
    if (t[j].text === ".") continue;
    if (t[j].punct || !startsUpper(t[j].text) || !(TITLE_WORDS.has(t[j].lower) || t[j + 1]?.text === ".")) return null;
  }
  const m = grid.startingAt.get(j);
  return m && m.mention.kind === "person" ? m : null;
}

const LOWERCASE_RANKS: ReadonlySet<string> = new Set(LOWERCASE_RANK_NOUNS);

/**
 * For a conjunct at token `i` written as a lowercase rank, one or two words ("and privates C",
 * "and warrant officer C"), right before a person: that person, unless a reporting verb follows
 * ("and constable C said …" opens a clause). Null otherwise: "and thanked C" is no rank.
 *
 * @example rankConjunct(frame, grid, 6) // C for "freed Sergeant A and privates C and D"
 */
function rankConjunct(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  let j = i;
  while (j < t.length && j < i + 2 && !t[j].punct && startsLower(t[j].text) && LOWERCASE_RANKS.has(t[j].lower)) j++;
  if (j === i) return null;
  const m = grid.startingAt.get(j);
  return m && m.mention.kind === "person" && !REPORTING.has(t[m.to]?.lower ?? "") ? m : null;
}

/** Nationality adjectives and plural demonyms, lowercase ("peruvian", "peruvians"). */
const NATIONAL_WORDS: ReadonlySet<string> = new Set(NATIONALITIES.flatMap((n) => (n.plural ? [n.adjective, n.plural] : [n.adjective])));

/**
 * For a conjunct at token `i` written "<nationality> (<one lowercase noun>) B" ("and Peruvian B",
 * "as well as Chilean nurse B", "and Bolivians B"): the person B. The word must be a listed
 * nationality, so "and Monday B" or "and Chad freed B" are no conjuncts; a comma, a preposition,
 * a break or a second lowercase word ends it: "and Peruvian police arrested B" opens a clause.
 *
 * @example nationalConjunct(frame, grid, 4) // B for "freed A and Peruvian nurse B"
 */
function nationalConjunct(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  const first = grid.startingAt.get(i);
  if (!t[i] || !startsUpper(t[i].text) || !NATIONAL_WORDS.has(t[i].lower) || (first && (first.mention.kind !== "country" || first.to !== i + 1))) return null;
  let j = i + 1;
  if (j < t.length && !grid.startingAt.has(j) && isRelationWord(t[j])) j++;
  const m = grid.startingAt.get(j);
  return m && m.mention.kind === "person" ? m : null;
}

/** Most tokens between "a/an" and the comma before the name in describedConjunct ("a U.S. Navy veteran" is seven: U . S . Navy veteran ,). */
const DESCRIBED_REACH = 8;

/**
 * For "and a <description>, <title> B" with "a/an" at `i` ("and a retired pilot, Capt. B", "and a
 * Navy veteran, B"): the person B, when the description holds no person and B closes the
 * apposition (a comma, a full stop, a semicolon or the end). Null otherwise.
 */
function describedConjunct(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  for (let j = i + 1; j < t.length && j <= i + DESCRIBED_REACH; j++) {
    const m = grid.startingAt.get(j);
    if (m) {
      if (m.mention.kind === "person") return null;
      j = m.to - 1;
      continue;
    }
    if (t[j].text !== ",") {
      // "a U.S. Army veteran": an abbreviation's dots belong to the description.
      if (t[j].punct && !(t[j].text === "." && j > i + 1 && !t[j - 1].punct && t[j - 1].text.length <= 4)) return null;
      continue;
    }
    if (j === i + 1) return null;
    let p = grid.startingAt.get(j + 1) ?? titledConjunct(frame, grid, j + 1) ?? undefined;
    if (p) p = rankHolder(frame, grid, p) ?? p;
    if (!p || p.mention.kind !== "person") return null;
    const after = t[p.to];
    return !after || after.text === "," || after.text === "." || after.text === ";" ? p : null;
  }
  return null;
}

/**
 * The person after a one-word mention of at most four letters and a dot ("Pvt. C", "Sgt. C"):
 * an abbreviated rank read as a name; null otherwise.
 */
function rankHolder(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention | null {
  const t = frame.tokens;
  if (m.to - m.from !== 1 || t[m.from].text.length > 4 || t[m.to]?.text !== ".") return null;
  const p = grid.startingAt.get(m.to + 1);
  return p && p.mention.kind === "person" ? p : null;
}

/** Heads of role titles ("minister", "president"), as a set for one lookup per token. */
export const TITLE_HEAD: ReadonlySet<string> = new Set(TITLE_HEADS);

/**
 * Where a person's name starts after at most `maxWords` capitalised title words from token `k`,
 * one of them a title head ("Kenyan Foreign Minister B" → B's first token), or -1: for parties
 * "between Kenyan President B and C" and mediators "with the mediation of Ruritanian Foreign
 * Minister B", whose names the title keeps apart from the preposition.
 *
 * @example titledPersonAt(frame, grid, k, 4)
 */
export function titledPersonAt(frame: SentenceFrame, grid: MentionGrid, k: number, maxWords: number): number {
  const t = frame.tokens;
  let head = false;
  let j = k;
  for (; j < t.length && j < k + maxWords && !grid.startingAt.has(j); j++) {
    if (t[j].punct || !startsUpper(t[j].text)) return -1;
    if (TITLE_HEAD.has(t[j].lower)) head = true;
  }
  const m = grid.startingAt.get(j);
  return head && m && m.mention.kind === "person" ? j : -1;
}

/** Most capitalised title words before a party after "between" ("between Kenyan Foreign Minister B and C"). */
const PARTY_TITLE_WORDS = 4;

/**
 * The parties from token `k` after "between" when capitalised title words with a head among them
 * stand before the first, a person ("between Kenyan President B and C" → B, C); empty otherwise.
 *
 * @example titledPartiesAfter(frame, grid, 5).map((m) => m.mention.text) // ["B", "C"]
 */
export function titledPartiesAfter(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention[] {
  const j = titledPersonAt(frame, grid, k, PARTY_TITLE_WORDS);
  return j >= 0 ? objectsAfter(frame, grid, j, {gap: 0}) : describedPartiesAfter(frame, grid, k);
}

/** Most tokens of a party's description or apposition after "between" ("the national prisons director"). */
const PARTY_DESCRIPTION = 8;

/** Punctuation tokens an apposition after a party may hold: an apostrophe, a hyphen, a possessive "'s" ("Velm's envoy"). */
const APPOSITION_PUNCT: ReadonlySet<string> = new Set(["'", "’", "-", "'s", "’s"]);

/**
 * One party from token `k` after "between" or its "and": a name, with its apposition in commas if
 * any ("B, Kenya's deputy foreign minister,"), or a lowercase description and the person's name in
 * commas ("the gang's leader, B,", "the national prisons director, C."). The party and the index
 * after it (its closing comma, or the token after the name); null otherwise.
 */
function apposedParty(frame: SentenceFrame, grid: MentionGrid, k: number): {m: PlacedMention; end: number; described: boolean} | null {
  const t = frame.tokens;
  const named = grid.startingAt.get(t[k]?.lower === "the" ? k + 1 : k);
  if (named) {
    if (t[named.to]?.text !== "," || t[named.to + 1]?.lower === "and") return {m: named, end: named.to, described: false};
    for (let j = named.to + 1; j < t.length && j <= named.to + PARTY_DESCRIPTION; j++) {
      if (t[j].text === ",") return j > named.to + 1 ? {m: named, end: j, described: true} : null;
      const inner = grid.startingAt.get(j);
      // Round 33: "B, Velm's envoy for the north, and C": a possessive owner inside the apposition is one of its words.
      if ((t[j].punct && !APPOSITION_PUNCT.has(t[j].text)) || (inner && inner.mention.kind === "person") || BREAKS.has(t[j].lower)) return null;
    }
    return null;
  }
  if (!TITLE_OPENERS.has(t[k]?.lower ?? "")) return null;
  for (let j = k + 1; j < t.length && j <= k + PARTY_DESCRIPTION; j++) {
    if (t[j].text === ",") {
      const m = grid.startingAt.get(j + 1) ?? nameAfterTitle(frame, grid, j + 1);
      return j > k + 1 && m && m.mention.kind === "person" && closesApposition(t, m) ? {m, end: m.to, described: true} : null;
    }
    // Only a lowercase description ("the gang's leader"): no name of its own, no clause word.
    if (grid.startingAt.has(j) || (t[j].punct && t[j].text !== "'" && t[j].text !== "’") || BREAKS.has(t[j].lower) || (!startsLower(t[j].text) && t[j].text !== "'s" && t[j].text !== "’s")) return null;
  }
  return null;
}

/**
 * The two parties after "between" at `k` when one or both are written with an apposition or as
 * a description with the name in commas: "between the gang's leader, B, and the national prisons
 * director, C" and "between B, Kenya's deputy foreign minister, and the X Front" → B, C / B, the
 * Front. Empty otherwise (plain "between B and C" is objectsAfter's). Also the two members after
 * "among them" (find-interactions.ts namedMembers).
 *
 * @example describedPartiesAfter(frame, grid, 7).map((m) => m.mention.text) // ["B", "C"] for "… between the gang's leader, B, and the prisons director, C"
 */
export function describedPartiesAfter(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention[] {
  const t = frame.tokens;
  const first = apposedParty(frame, grid, k);
  if (!first || !first.described || t[first.end]?.text !== "," || t[first.end + 1]?.lower !== "and") return [];
  const second = apposedParty(frame, grid, first.end + 2);
  return second ? [first.m, second.m] : [];
}

/**
 * For a list member at `i` written with its title ("Peruvian President B", "the Emir of C, D",
 * capitalised as in running text), the person it names: capitalised words with at least one title
 * head, then the name; or "Title of <country>, <name>". Null when no person closes the title, or
 * when a reporting verb follows the name ("…, Deputy Minister B said" is a new clause).
 */
function titledConjunct(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  let head = false;
  for (let j = i; j < t.length && j <= i + 4; j++) {
    const m = grid.startingAt.get(j);
    if (m) {
      if (!head || j === i) return null;
      let person = m;
      // "the Emir of C, D": the country only qualifies the title; the name follows in commas.
      if (m.mention.kind === "country" && t[j - 1].lower === "of" && t[m.to]?.text === ",") person = grid.startingAt.get(m.to + 1) ?? m;
      if (person.mention.kind !== "person") return null;
      return REPORTING.has(t[person.to]?.lower ?? "") ? null : person;
    }
    const w = t[j];
    if (w.lower === "of" && head) continue;
    // "and Cpl. B": an abbreviated rank (a title word and its dot) heads the title.
    if (w.text === "." && j > i && TITLE_WORDS.has(t[j - 1].lower)) {
      head = true;
      continue;
    }
    if (w.punct || !startsUpper(w.text)) return null;
    if (TITLE_HEAD.has(w.lower)) head = true;
    else if (TITLE_WORDS.has(w.lower) || j === i) continue;
    else return null;
  }
  return null;
}

/**
 * For an apposition between commas `open` and `close` after a delegation noun: the person
 * after "led/headed by" and up to two lowercase title words, when the name ends at `close`
 * ("the union negotiators, led by chairwoman P, met B" → P). Null otherwise.
 */
function delegationHead(frame: SentenceFrame, grid: MentionGrid, open: number, close: number): PlacedMention | null {
  const t = frame.tokens;
  if (open < 1 || !DELEGATES.has(t[open - 1].lower) || !LEADS.has(t[open + 1]?.lower ?? "") || t[open + 2]?.lower !== "by") return null;
  let h = open + 3;
  while (h < open + 5 && !grid.startingAt.has(h) && startsLower(t[h].text)) h++;
  const head = grid.startingAt.get(h);
  return head && head.mention.kind === "person" && head.to === close ? head : null;
}


/** True for ", 31" then a comma from token `i` (an age after a name: "A, 31, and B"). */
function isAgeInCommas(t: SentenceFrame["tokens"], i: number): boolean {
  return t[i]?.text === "," && t[i + 2]?.text === "," && AGE.test(t[i + 1]?.text ?? "");
}
const AGE = /^\d{1,3}$/;

/**
 * For an apposition opening at comma `open` after "A and his (Kenyan) counterpart": A, the
 * person named before "and <possessive>" with one or two words after the possessive; else null.
 */
function counterpartOf(frame: SentenceFrame, grid: MentionGrid, open: number): PlacedMention | null {
  const t = frame.tokens;
  let k = open - 1;
  while (k > open - 3 && k > 0 && !t[k].punct && !POSSESSIVE.has(t[k].lower) && !grid.endingAt.has(k)) k--;
  if (k === open - 1 || !POSSESSIVE.has(t[k].lower) || t[k - 1]?.lower !== "and") return describedConjunctOf(frame, grid, open);
  const a = grid.endingAt.get(k - 2);
  return a && a.mention.kind === "person" && !isOblique(frame, a) ? a : null;
}

/** Most tokens of a described second conjunct before its name in commas ("a senior Hamas figure"). */
const DESCRIBED_CONJUNCT_WORDS = 5;

/**
 * For an apposition opening at comma `open` after "A and a/the <description>" ("A and a senior
 * X figure, B, met", "A and the strikers' leader, B, met"): A, the person named right before "and",
 * when the description holds only lowercase words and names of no person; else null.
 */
function describedConjunctOf(frame: SentenceFrame, grid: MentionGrid, open: number): PlacedMention | null {
  const t = frame.tokens;
  for (let k = open - 1; k > 1 && k >= open - DESCRIBED_CONJUNCT_WORDS; k--) {
    const m = grid.endingAt.get(k);
    if (m) {
      if (m.mention.kind === "person") return null;
      k = m.from;
      continue;
    }
    if (ARTICLES.has(t[k].lower)) {
      if (k === open - 1 || t[k - 1].lower !== "and") return null;
      const a = grid.endingAt.get(k - 2);
      return a && a.mention.kind === "person" && !isOblique(frame, a) ? a : null;
    }
    if ((t[k].punct && t[k].text !== "'" && t[k].text !== "’" && t[k].text !== "'s" && t[k].text !== "’s") || (!t[k].punct && !startsLower(t[k].text)) || BREAKS.has(t[k].lower) || OBLIQUE.has(t[k].lower) || t[k].lower === "of") return null;
  }
  return null;
}

const POSSESSIVE = new Set(POSSESSIVE_PRONOUNS);

/**
 * After person `cur` ending at token `i`: ", <apposition>, and B" with B a person too, or null.
 * The apposition opens like one ("a", "the", "who"…) and closes at the next comma within 14 tokens.
 */
function appositionThenAnd(frame: SentenceFrame, grid: MentionGrid, cur: PlacedMention, i: number): PlacedMention | null {
  const t = frame.tokens;
  if (cur.mention.kind !== "person" || t[i].text !== "," || !APPOSITION.has(t[i + 1]?.lower ?? "")) return null;
  for (let j = i + 2; j < t.length && j <= i + 15; j++) {
    if (t[j].text !== ",") {
      if (t[j].punct && t[j].text !== "-" && t[j].text !== "'" && t[j].text !== "’") return null;
      continue;
    }
    if (t[j + 1]?.lower !== "and") return null;
    const next = grid.startingAt.get(j + 2);
    return next && next.mention.kind === "person" ? next : null;
  }
  return null;
}

/**
 * The object(s) of a verb: the first mention from token `from` on, within a few words,
 * with no punctuation, clause break or preposition ("in", "by") before it; then its
 * coordinated siblings ("met A, B and C"). `allowOf` lets "the life of B" through.
 *
 * @example objectsAfter(frame, grid, 3, {gap: 5})
 */
export function objectsAfter(
  frame: SentenceFrame,
  grid: MentionGrid,
  from: number,
  opts: {gap?: number; allowOf?: boolean; skipOblique?: boolean; placeAfterIn?: boolean} = {}
): PlacedMention[] {
  const {tokens, clauses} = frame;
  const gap = opts.gap ?? OBJECT_GAP;
  const clause = clauses[Math.min(from, tokens.length - 1)] ?? -1;
  let words = 0;
  for (let i = from; i < tokens.length; i++) {
    const m = grid.startingAt.get(i);
    if (m) {
      // Round 31: "accused the Oslo ferry company that ran the crossing, Fjord Lines, of …": the company, not the place.
      const company = i === from + 1 ? namedAfterPlaceModifier(frame, grid, from, m) : null;
      if (company) return [company];
      // The verb's own preposition ("met with", "called on") stands before `from`.
      const prep = obliqueAt(frame, m);
      if (prep < from) return coordinatedAfter(frame, grid, titled(frame, grid, m));
      // "visited relief camps in Dadu" → Dadu.
      if (opts.placeAfterIn && (m.mention.kind === "place" || m.mention.kind === "country") && ["in", "on", "near"].includes(tokens[prep].lower)) return [m];
      // "received at State House B on Monday", "met in Nairobi B and C": a place right after the verb, then its object.
      const shifted = prep === from ? personAfterLocative(frame, grid, m) : null;
      if (shifted) return objectsAfter(frame, grid, shifted.from, opts);
      if (!opts.skipOblique) return [];
      i = m.to - 1;
      words++;
      continue;
    }
    const t = tokens[i];
    if (clauses[i] !== clause) return [];
    // "freed them in northern X": the pronoun is the object; a place after it is where.
    if (i === from && (t.lower === "them" || t.lower === "him")) return [];
    // Round 32: "promised her Portugal would pay": the name after "her" opens the clause promised; "her" is the object.
    if (i === from && herBeforeClause(frame, grid, i)) return [];
    if (t.punct) {
      if (t.text === "-" || t.text === "'" || t.text === "’" || t.text === "“" || t.text === "\"") continue;
      if (t.text === ",") {
        const apposed = titleApposition(frame, grid, from, i);
        return apposed.length > 0 ? apposed : peopleAfterThing(frame, grid, from, i, opts);
      }
      // "handed Sgt. B to …": the dot of an abbreviated rank.
      if (t.text === "." && i > from && TITLE_WORDS.has(tokens[i - 1].lower)) continue;
      return [];
    }
    // "met Kenyan and Ugandan officials": a capitalised modifier coordinated with a named one.
    if (t.lower === "and" && i > from && startsUpper(tokens[i - 1].text) && grid.startingAt.has(i + 1)) continue;
    // "handed over two citizens of the Russian Federation, B and C": the members after the body.
    if (t.lower === "of" && i === from + 2 && (COUNTS.has(tokens[from].lower) || DIGITS.test(tokens[from].text))) {
      const body = grid.startingAt.get(tokens[i + 1]?.lower === "the" ? i + 2 : i + 1);
      if (body && tokens[body.to]?.text === ",") return titleApposition(frame, grid, from, body.to);
    }
    // "thanked the leadership of the movement B": those governing B stand for B.
    if (t.lower === "of" && GOVERNING.has(tokens[i - 1]?.lower ?? "") && i - 1 >= from && words <= 2) continue;
    // "released one of the captives, B, …": the partitive's member follows in commas (titleApposition).
    if (i === from && t.lower === "one" && tokens[i + 1]?.lower === "of") continue;
    if (t.lower === "of" && i === from + 1 && tokens[from].lower === "one") continue;
    // "handed over to the Red Cross two miners, B and C": the recipient before a long object.
    if (i === from && t.lower === "to") {
      const after = shiftedObjectStart(frame, grid, i);
      if (after > 0) return objectsAfter(frame, grid, after, opts);
    }
    // "met a member of the X bureau, B, on Monday": the office's holder named after its body.
    if (TITLE_LINK.has(t.lower) && officeRoleBefore(tokens, from, i)) {
      const holder = officeHolderAfter(frame, grid, i);
      if (holder) return [holder];
    }
    // "met Deputy Foreign Minister of Russia B", "by the Minister of Foreign Affairs of X B": a
    // capitalised office of a country or body, then its holder's name.
    if (t.lower === "of" && i > from) {
      const holder = holderAfterOfficeOf(frame, grid, from, i);
      if (holder) return coordinatedAfter(frame, grid, holder);
    }
    // "thanked the church and B", "met the rescuers' families and Governor B": a described
    // first conjunct, then a named one, both the verb's objects.
    if (t.lower === "and" && i > from) {
      const named = namedAfterDescribed(frame, grid, from, i);
      if (named) return coordinatedAfter(frame, grid, named);
    }
    // "blamed the firm that built the bridge, X Works, for …": a described object's relative clause, then its name.
    if (RELATIVE.has(t.lower) && i > from) return relativeApposition(frame, grid, from, i);
    if (BREAKS.has(t.lower) || (t.lower === "of" && !opts.allowOf)) return [];
    // Mend 31: "rescued 40 migrants off Libya", "attacked a tanker off the coast of Tana": "off" after the
    // object opens where the act took place at sea, no named object (right after the verb it is a particle).
    if (OFFSHORE.has(t.lower) && i > from) return [];
    if (PRONOUNS.has(t.lower)) return [];
    if (++words > gap) return [];
  }
  return [];
}

/** Most tokens of a relative clause between a described object and the name in commas after it. */
const RELATIVE_APPOSITION_REACH = 8;

/** Round 31: most lowercase words between a place modifier and the relative clause or comma after it. */
const PLACE_MODIFIED_WORDS = 3;
/** Round 31: words that end a place-modified description: a conjunct or an owner starts another object. */
const NOT_DESCRIPTION: ReadonlySet<string> = new Set(["and", "or", "but", "his", "her", "its", "their", "our", "my", "your"]);

/**
 * Round 31: for an object whose description opens with a place as a modifier, the organisation, group or person
 * named in commas after that description: "accused the Oslo ferry company that ran the crossing, Fjord Lines, of
 * …", "blamed the Lagos bus firm, Eko Lines, for …", "accused the Oslo harbour master, B, of …" → Fjord Lines /
 * Eko Lines / B (the place only says where the company or office is). The description is a determiner, the place, one to three lowercase words, then a relative clause
 * (namedAfterRelative) or a comma; the name must close like an apposition and open no clause. Null otherwise.
 *
 * @example namedAfterPlaceModifier(frame, grid, 2, oslo) // Fjord Lines in "A accused the Oslo ferry company, Fjord Lines, of …"
 */
export function namedAfterPlaceModifier(frame: SentenceFrame, grid: MentionGrid, from: number, m: PlacedMention): PlacedMention | null {
  const t = frame.tokens;
  if ((m.mention.kind !== "place" && m.mention.kind !== "country") || m.from !== from + 1 || !TITLE_OPENERS.has(t[from].lower)) return null;
  let j = m.to;
  while (j < t.length && j < m.to + PLACE_MODIFIED_WORDS && !t[j].punct && startsLower(t[j].text) && !RELATIVE.has(t[j].lower) && !grid.startingAt.has(j)) {
    // "thanked the UAE and its president, B": a second object, not a description of the place's.
    if (NOT_DESCRIPTION.has(t[j].lower)) return null;
    j++;
  }
  if (j === m.to) return null;
  let named: PlacedMention | undefined;
  if (RELATIVE.has(t[j]?.lower ?? "")) named = namedAfterRelative(frame, grid, j)[0];
  else if (t[j]?.text === ",") {
    const n = grid.startingAt.get(j + 1);
    if (n && closesApposition(t, n) && !subjectOfLaterVerb(t, n.to)) named = n;
  }
  return named && (named.mention.kind === "organization" || named.mention.kind === "group" || named.mention.kind === "person") ? named : null;
}

/**
 * Round 29: for an object from `from` described by a determiner and up to three lowercase words, then a relative
 * clause opened at `rel` ("the firm that built the bridge in 2019", "the man who led the talks"), the person
 * or body named in commas right after that clause: "blamed the firm that built it, X Works, for …", "met the
 * man who led the talks, B, in Lima" → X Works / B. The clause holds no name, no punctuation and no clause word
 * of its own; the name must close like an apposition and open no clause ("…, B said"). Empty otherwise.
 *
 * @example relativeApposition(frame, grid, 2, 4) // [Delta Works] in "A blamed the firm that built it, Delta Works, for the collapse"
 */
function relativeApposition(frame: SentenceFrame, grid: MentionGrid, from: number, rel: number): PlacedMention[] {
  const t = frame.tokens;
  if (!TITLE_OPENERS.has(t[from].lower) || rel - from < 2 || rel - from > 4) return [];
  for (let j = from + 1; j < rel; j++) if (t[j].punct || !startsLower(t[j].text) || grid.startingAt.has(j)) return [];
  return namedAfterRelative(frame, grid, rel);
}

/** The person or body named in commas right after the relative clause opened at `rel` (relativeApposition). */
function namedAfterRelative(frame: SentenceFrame, grid: MentionGrid, rel: number): PlacedMention[] {
  const t = frame.tokens;
  for (let j = rel + 1; j < t.length && j <= rel + RELATIVE_APPOSITION_REACH; j++) {
    if (grid.startingAt.has(j) || RELATIVE.has(t[j].lower) || REPORTING.has(t[j].lower)) return [];
    if (t[j].text !== ",") {
      if (t[j].punct && t[j].text !== "-") return [];
      continue;
    }
    if (j < rel + 3) return [];
    // "met the judge who sentenced the activist, B": the name describes the clause's own noun (mend 29 F1).
    for (let k = rel + 2; k < j; k++) if (clauseReferentNoun(t[k].lower)) return [];
    const m = grid.startingAt.get(j + 1) ?? nameAfterTitle(frame, grid, j + 1);
    if (!m || !(m.mention.kind === "person" || BODY_KINDS.has(m.mention.kind))) return [];
    return closesApposition(t, m) && !subjectOfLaterVerb(t, m.to) ? [m] : [];
  }
  return [];
}

const CLAUSE_REFERENTS: ReadonlySet<string> = new Set([...CLAUSE_REFERENT_NOUNS, ...PERSON_NOUNS, ...RELATIONAL_HEAD_NOUNS, ...RELATIVE_KIN_NOUNS, ...BODY_PEOPLE_NOUNS, ...OFFICE_ROLE_NOUNS, ...TITLE_HEADS]);
const CLAUSE_AGENT_END = new RegExp(`(?:${CLAUSE_AGENT_ENDINGS.join("|")})$`, "u");
const CLAUSE_AGENT_NOT = new Set(CLAUSE_AGENT_EXCEPTIONS);

/**
 * Mend 29 F1: true for a word in a relative clause that a name in commas after the clause may describe: a
 * person, kin, title, relational or body noun ("the activist", "its contractor", "her son", "its rival") or an
 * agent ending of five letters or more ("reporter", "defendant"), not a word of those endings naming no one.
 */
function clauseReferentNoun(w: string): boolean {
  if (CLAUSE_REFERENTS.has(w) || KIN.has(w) || TITLE_HEAD.has(w)) return true;
  return w.length >= 5 && /^[a-z-]+$/u.test(w) && !CLAUSE_AGENT_NOT.has(w) && !/(?:ed|ing)$/u.test(w) && CLAUSE_AGENT_END.test(w);
}

/** Most capitalised words of an office before its "of" ("Deputy Foreign Minister") and of its name after it ("Foreign Affairs of"). */
const OFFICE_OF_WORDS = 4;

/**
 * For "of" at `of` after a capitalised office from `from` with a title head in it ("Deputy Foreign
 * Minister", "the Minister"): the person named right after the country or body the office is of
 * ("… Minister of Russia B", "… Minister of Foreign Affairs of the Kingdom of X B"); null otherwise
 * ("the Ministry of Health", "President of Chile" with no name after, "the release of B").
 *
 * @example holderAfterOfficeOf(frame, grid, 2, 6)?.mention.text // "Sergey Vershinin" in "A met Deputy Foreign Minister of Russia Sergey Vershinin"
 */
function holderAfterOfficeOf(frame: SentenceFrame, grid: MentionGrid, from: number, of: number): PlacedMention | null {
  const t = frame.tokens;
  const start = t[from].lower === "the" ? from + 1 : from;
  if (of <= start || of - start > OFFICE_OF_WORDS) return null;
  let head = false;
  for (let j = start; j < of; j++) {
    if (t[j].punct || !startsUpper(t[j].text) || grid.startingAt.has(j)) return null;
    if (TITLE_HEAD.has(t[j].lower)) head = true;
  }
  if (!head) return null;
  for (let k = of + 1, words = 0; k < t.length && words <= OFFICE_OF_WORDS; k++, words++) {
    const body = grid.startingAt.get(k);
    if (body) {
      if (body.mention.kind !== "country" && body.mention.kind !== "organization" && body.mention.kind !== "place") return null;
      const p = grid.startingAt.get(body.to);
      return p && p.mention.kind === "person" ? p : null;
    }
    // "of Foreign Affairs of the Kingdom of X": the office's own name, then what it is of.
    if (t[k].punct || (!startsUpper(t[k].text) && t[k].lower !== "of" && t[k].lower !== "the" && t[k].lower !== "and")) return null;
  }
  return null;
}

/** Most lowercase words of a described first conjunct after its determiner ("the fire brigade", "its volunteer divers"). */
const DESCRIBED_FIRST_WORDS = 3;

/**
 * For "and" at `and` after a described object running from `from` (a determiner, then one to
 * three lowercase words: "the church", "the local fire brigade", "their families"): the person,
 * body or country named right after "and" (a title may stand first: "and Governor B"), when
 * nothing but a preposition, "of", a comma or the sentence's end follows the list ("thanked the
 * church and B in a statement", "accused the police and B of …", "and the Red Cross, which …"). Null when the name opens a clause of its
 * own ("thanked the crowd and B said …", "and B's wife"), or the description holds a name,
 * a preposition or punctuation ("the people of Chile and Peru" is one phrase).
 *
 * @example namedAfterDescribed(frame, grid, 2, 5)?.mention.text // "Tom Reyes" in "A thanked the nurses and Tom Reyes for his help"
 */
function namedAfterDescribed(frame: SentenceFrame, grid: MentionGrid, from: number, and: number): PlacedMention | null {
  const t = frame.tokens;
  if (!DESCRIBED_OPENERS.has(t[from].lower) || and - from < 2 || and - from > DESCRIBED_FIRST_WORDS + 1) return null;
  // "the miners' families", "the city's fire brigade": a common noun's possessive ending may stand inside.
  for (let j = from + 1; j < and; j++) if ((!isRelationWord(t[j]) && !(j > from + 1 && POSSESSIVE_ENDINGS.has(t[j].text))) || grid.startingAt.has(j)) return null;
  let k = and + 1;
  if (t[k]?.lower === "the" && !grid.startingAt.has(k)) k++;
  const m = titledConjunct(frame, grid, k) ?? grid.startingAt.get(k);
  if (!m || !DESCRIBED_CONJUNCT_KINDS.has(m.mention.kind) || POSSESSIVE_S.test(t[m.to - 1].text) || /^['’]/u.test(t[m.to]?.text ?? "")) return null;
  const list = coordinatedAfter(frame, grid, m);
  const at = list[list.length - 1].to;
  const end = t[at];
  if (!end || end.text === "." || end.text === ";") return list[0];
  if (end.text === ",") return clauseAfterAside(frame, at) ? null : list[0];
  if (end.lower === "of") return ofPhraseOpensClause(frame, at) ? null : list[0];
  return OBLIQUE.has(end.lower) && end.lower !== "by" && !verbInPhrase(frame, at + 1) ? list[0] : null;
}

/**
 * True when the comma at `comma` after a named conjunct opens an aside ("B, the party chair,", "B, who chairs
 * the committee,", "Germany, he said,") closed by a comma and followed by a lowercase word that is no
 * preposition: the name is then a new subject ("… and B, the party chair, defended it"; review 28a F9).
 */
function clauseAfterAside(frame: SentenceFrame, comma: number): boolean {
  const t = frame.tokens;
  for (let j = comma + 1; j < t.length; j++) {
    if (t[j].text === "." || t[j].text === ";" || t[j].text === ":") return false;
    if (t[j].text !== ",") continue;
    const next = t[j + 1];
    return !!next && !next.punct && startsLower(next.text) && !OBLIQUE.has(next.lower) && next.lower !== "and";
  }
  return false;
}

/** True when "of <Name>" at `of` ("B of the Greens") is followed by a verb ("… said it was illegal"; review 28a F9). */
function ofPhraseOpensClause(frame: SentenceFrame, of: number): boolean {
  const t = frame.tokens;
  let k = of + 1;
  if (!t[k] || startsLower(t[k].text) && t[k].lower !== "the") return false; // "accused the police and B of lying"
  while (t[k] && !t[k].punct && (startsUpper(t[k].text) || t[k].lower === "the" || t[k].lower === "of" || t[k].lower === "and")) k++;
  return !!t[k] && !t[k].punct && startsLower(t[k].text) && !OBLIQUE.has(t[k].lower);
}

/**
 * True when the phrase from `from` to the next mark holds a verb of its own (a lowercase word ending in "-ed",
 * or a speaking or reporting verb) before any relative word or "and": "and B in a statement hailed the court"
 * (review 28a F9), not "and B in a statement on Monday and ordered …".
 */
function verbInPhrase(frame: SentenceFrame, from: number): boolean {
  const t = frame.tokens;
  for (let j = from; j < t.length && !t[j].punct; j++) {
    const w = t[j].lower;
    // "… in a statement late on Monday and ordered …": a verb after "and" is the main subject's next one.
    if (RELATIVE.has(w) || w === "and" || w === "but") return false;
    if (startsLower(t[j].text) && (w.endsWith("ed") || SPEAKING.has(w) || REPORTING.has(w))) return true;
  }
  return false;
}

/** A possessive ending written as its own token ("miners' families", "city's brigade"). */
const POSSESSIVE_ENDINGS = new Set(["'", "’", "'s", "’s"]);
/** Words a described first conjunct opens with: the article and the possessives. */
const DESCRIBED_OPENERS = new Set(DESCRIBED_CONJUNCT_OPENERS);
/** Kinds a conjunct after a described object may be: those acted on, not a place. */
const DESCRIBED_CONJUNCT_KINDS = new Set(["person", "organization", "country", "group"]);

const GOVERNING = new Set(GOVERNING_NOUNS);
const LOCATIVES = new Set(LOCATIVE_SHIFT_PREPOSITIONS);

/**
 * For a place or body `m` after "at/in" right after a verb ("received at State House B", "met in
 * Nairobi B and C"): the person named at once after it, the verb's object moved after the place;
 * null when the name is an owner ("in Nairobi B's wife") or the subject of a reporting verb ("in
 * Nairobi B said"), or when `m` is a person.
 */
function personAfterLocative(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention | null {
  const t = frame.tokens;
  const prep = t[m.from - 1]?.lower === "the" ? m.from - 2 : m.from - 1;
  if (m.mention.kind === "person" || !LOCATIVES.has(t[prep]?.lower ?? "")) return null;
  const next = grid.startingAt.get(m.to);
  if (!next || next.mention.kind !== "person") return null;
  const after = t[next.to];
  if (after && (POSSESSIVE_S.test(t[next.to - 1].text) || /^['’]s?$/u.test(after.text) || REPORTING.has(after.lower) || SPEAKING.has(after.lower))) return null;
  return next;
}

/**
 * For "to" at `to` right after a verb, a body named as the recipient ("to the Red Cross") that is
 * followed at once by a count or a person's name (a heavy object moved after it: "handed over to
 * the Red Cross two miners, B and C", "returned to Chile B and C"): the index of the object's
 * start; 0 otherwise ("spoke to the Red Cross on Monday").
 */
function shiftedObjectStart(frame: SentenceFrame, grid: MentionGrid, to: number): number {
  const t = frame.tokens;
  const recipient = grid.startingAt.get(t[to + 1]?.lower === "the" ? to + 2 : to + 1);
  if (!recipient || recipient.mention.kind === "person" || recipient.mention.kind === "place") return 0;
  const next = t[recipient.to];
  if (!next) return 0;
  const named = grid.startingAt.get(recipient.to);
  return (named && named.mention.kind === "person") || COUNTS.has(next.lower) || DIGITS.test(next.text) ? recipient.to : 0;
}
/**
 * For a conjunct at token `start` written as an office with its body, then the holder's name in
 * commas ("and the chairman of the X railways, B,", "and a member of the X bureau, B"): the
 * holder (officeRoleBefore, officeHolderAfter); null otherwise ("and the head of the union said").
 *
 * @example officeConjunct(frame, grid, 5) // B for "met A and the head of the union, B, on Monday"
 */
function officeConjunct(frame: SentenceFrame, grid: MentionGrid, start: number): PlacedMention | null {
  const t = frame.tokens;
  for (let j = start + 2; j < t.length && j <= start + 5; j++) {
    if (TITLE_LINK.has(t[j].lower)) return officeRoleBefore(t, start, j) ? officeHolderAfter(frame, grid, j) : null;
  }
  return null;
}
const OFFICE_ROLES = new Set(OFFICE_ROLE_NOUNS);
/**
 * Most tokens between an office's link word and the comma before its holder ("of the Hamas political bureau").
 * Round 32: twelve, for a body owned by a state and based in a city ("the chairman of Lagoa's Porto-based Council for
 * Coastal Recovery, B": ten tokens).
 */
const OFFICE_BODY_REACH = 12;

/**
 * True when tokens `from`…`link - 1` are an article or possessive pronoun and up to four lowercase
 * words ending in an office noun ("a member", "the deputy head", "its chief negotiator"), not a kin
 * noun ("the mother of the victim, B" may name either of them). Round 29: the office may be written
 * in capitals as wire copy does, every capitalised word a title word ("the President of X, B", "the
 * Deputy Minister of Y, B"); a capitalised word of no title ("the Friends of Peru") is a name.
 */
function officeRoleBefore(t: SentenceFrame["tokens"], from: number, link: number): boolean {
  const last = t[link - 1]?.lower ?? "";
  if (link - from < 2 || link - from > 5 || KIN.has(last) || !(TITLE_HEAD.has(last) || OFFICE_ROLES.has(last))) return false;
  if (!TITLE_OPENERS.has(t[from].lower)) return false;
  for (let j = from + 1; j < link; j++) if (t[j].punct || (!startsLower(t[j].text) && !TITLE_WORDS.has(t[j].lower))) return false;
  return true;
}

/**
 * For an office noun whose link word stands at `link` ("the head of the union", "Kenya's ambassador
 * in Oslo", "a member of the X bureau"): the person named right after the comma that closes the
 * body, closed like an apposition ("met the head of the dockers' union, B, on Monday" → B). The body
 * names no person and holds no clause word or other punctuation; null otherwise ("met the head of
 * the union, B said").
 */
function officeHolderAfter(frame: SentenceFrame, grid: MentionGrid, link: number): PlacedMention | null {
  const t = frame.tokens;
  for (let j = link + 1; j < t.length && j <= link + OFFICE_BODY_REACH; j++) {
    const m = grid.startingAt.get(j);
    if (m) {
      if (m.mention.kind === "person") return null;
      j = m.to - 1;
      continue;
    }
    const w = t[j];
    if (w.text === ",") {
      if (j === link + 1) return null;
      const named = grid.startingAt.get(j + 1) ?? nameAfterTitle(frame, grid, j + 1);
      return named && named.mention.kind === "person" && closesApposition(t, named) && !subjectOfLaterVerb(t, named.to) ? named : null;
    }
    if ((w.punct && w.text !== "'" && w.text !== "’" && w.text !== "-") || BREAKS.has(w.lower) || PRONOUNS.has(w.lower) || REPORTING.has(w.lower)) return null;
  }
  return null;
}

/**
 * Title heads and modifiers (model/titles.ts), lowercase: the words of a title before a name
 * ("Deputy Foreign Minister B").
 *
 * @example TITLE_WORDS.has("deputy") // true
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);

/**
 * The person a country or organisation mention only qualifies through one to three title
 * words, written in any case ("US President B", "M23 negotiator B", "Kenya Deputy Prime
 * Minister B"), or null.
 */
function titleHolder(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention | null {
  // "Karsava regent B", "Tarma mayor B": a district or town names the office of B too.
  if (m.mention.kind !== "country" && m.mention.kind !== "organization" && m.mention.kind !== "place") return null;
  const t = frame.tokens;
  for (let j = m.to; j < t.length && j <= m.to + 3; j++) {
    const p = grid.startingAt.get(j);
    if (p) return j > m.to && p.mention.kind === "person" ? p : null;
    if (!TITLE_WORDS.has(t[j].lower)) return null;
  }
  return null;
}

/**
 * For a possessive country or organisation ("Jordan's", "Borduria's"), the person it owns right after it,
 * named with the title in the mention ("Jordan's King B") or after a capitalised title ("Borduria's Foreign
 * Minister B", ownedTitleHolder); null otherwise ("Ruritania's police service").
 */
function ownedPerson(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention | null {
  if ((m.mention.kind !== "country" && m.mention.kind !== "organization") || !POSSESSIVE_S.test(frame.tokens[m.to - 1].text)) return null;
  const p = grid.startingAt.get(m.to);
  return p ? (p.mention.kind === "person" ? p : null) : ownedTitleHolder(frame, grid, m.to);
}

/**
 * The person after a title of up to five capitalised words with a title head among them, from
 * token `k` ("Transport Minister B", "Deputy Health Minister B", "Minister of State B"), or null
 * ("Kenya's Red Cross").
 */
function ownedTitleHolder(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | null {
  const t = frame.tokens;
  let head = false;
  for (let j = k; j < t.length && j <= k + 5; j++) {
    const p = grid.startingAt.get(j);
    if (p) return head && p.mention.kind === "person" ? p : null;
    // "Norway's Minister of State B": "of" inside the title, after its head.
    if (t[j].lower === "of" && head) continue;
    if (t[j].punct || !startsUpper(t[j].text)) return null;
    if (TITLE_HEAD.has(t[j].lower)) head = true;
  }
  return null;
}

const COPULAS = new Set(COPULA_WORDS);

/** Words that open a title an apposed name may follow ("met the chief negotiator, B"). */
const TITLE_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its"]);

/** Count words before a plural noun whose members follow in apposition ("two soldiers, B and C"). */
const COUNTS = new Set(COUNT_WORDS);
const DIGITS = /^\d+$/;

/**
 * "thanked the local mayor, B, for …": for an object search from `from` that met a comma at
 * `comma` after only a determiner and up to four title words, the person named right after the
 * comma when a comma or the sentence's end closes the name. After a count ("freed two Kenyan
 * sailors, B and C, who …") the named members, every one a person, closed the same way.
 * Empty otherwise.
 */
function titleApposition(frame: SentenceFrame, grid: MentionGrid, from: number, comma: number): PlacedMention[] {
  const t = frame.tokens;
  // "released one of the captives, B, on Monday": the one member named in commas.
  if (t[from].lower === "one" && t[from + 1]?.lower === "of" && comma <= from + 5 && PLURAL_NOUN.test(t[comma - 1].text)) {
    const one = grid.startingAt.get(comma + 1);
    return one && one.mention.kind === "person" && closesApposition(t, one) && !subjectOfLaterVerb(t, one.to) ? [one] : [];
  }
  // "her parents, B and C": a plural noun announces a list as a count does ("two nurses, B and C").
  const count = COUNTS.has(t[from].lower) || DIGITS.test(t[from].text) || (TITLE_OPENERS.has(t[from].lower) && PLURAL_NOUN.test(t[comma - 1].text));
  // "two citizens of the Russian Federation, B and C": a counted noun's country or body before the list.
  const ofBody = count ? countedOfBody(frame, grid, from, comma) : -1;
  const end = ofBody > 0 ? ofBody : comma;
  if (end < from + 2 || end > from + 5 || (!count && !TITLE_OPENERS.has(t[from].lower))) return [];
  // Nationality adjectives may be capitalised ("the Chilean envoy, B").
  for (let j = from + 1; j < end; j++) if (BREAKS.has(t[j].lower) || OBLIQUE.has(t[j].lower)) return [];
  const m = grid.startingAt.get(comma + 1) ?? (count ? undefined : nameAfterTitle(frame, grid, comma + 1) ?? undefined);
  // "accused the mine's owner, X Mining, of …": a body named in apposition to a described object is that object.
  if (m && !count && BODY_KINDS.has(m.mention.kind) && grid.startingAt.has(comma + 1)) return closesApposition(t, m) && !subjectOfLaterVerb(t, m.to) ? [m] : [];
  if (!m || m.mention.kind !== "person") return [];
  if (!count) {
    if (!closesApposition(t, m)) return [];
    const second = secondRelative(frame, grid, m);
    return second.length > 0 ? [m, ...second] : listedAfterApposed(frame, grid, m);
  }
  const list = coordinatedAfter(frame, grid, m);
  const last = list[list.length - 1];
  if (subjectOfLaterVerb(t, last.to)) return [];
  return list.length >= 2 && list.every((x) => x.mention.kind === "person") && (closesApposition(t, last) || RELATIVE.has(t[last.to]?.lower ?? "")) ? list : [];
}

/**
 * Round 32: a person named in apposition to a described object, and those listed after it: "seized its driver,
 * B, 40, and the nurses C and D" → B, C, D (before, only B). The list goes on only with "and" after the name
 * (and its age in commas), every one listed a person, the last closed like an apposition or by a preposition
 * ("… and the nurse C on Sunday") and heading no verb of its own ("met the envoy, B, and C said …" keeps only B).
 *
 * @example listedAfterApposed(frame, grid, silva) // [B, C, D] for "seized its driver, B, 40, and the nurses C and D"
 */
function listedAfterApposed(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention[] {
  const t = frame.tokens;
  const at = isAgeInCommas(t, m.to) ? m.to + 2 : m.to;
  if (t[at]?.text !== "," || !isAnd(t[at + 1]?.lower ?? "")) return [m];
  const list = coordinatedAfter(frame, grid, m);
  const last = list[list.length - 1];
  const ends = closesApposition(t, last) || OBLIQUE.has(t[last.to]?.lower ?? "");
  return list.length > 1 && list.every((x) => x.mention.kind === "person") && ends && !headsVerbAfter(t, last.to) ? list : [m];
}

/**
 * Round 32: true when the list closed at `close` is the subject of a verb after it (subjectOfLaterVerb), not
 * followed by a speech tag of a lowercase speaker (", police said", ", officials say").
 */
function headsVerbAfter(t: SentenceFrame["tokens"], close: number): boolean {
  // Mend 32 F5: ", both said", ", all told AFP": a floating quantifier is the list itself speaking, not another speaker.
  if (t[close]?.text === "," && LIST_QUANTIFIERS.has(t[close + 1]?.lower ?? "") && REPORTING.has(t[close + 2]?.lower ?? "")) return true;
  return subjectOfLaterVerb(t, close) && !REPORTING.has(t[close + 2]?.lower ?? "");
}

/** Mend 32 F5: quantifiers that float after a list and speak for it (", both said"). */
const LIST_QUANTIFIERS: ReadonlySet<string> = new Set(["both", "all", "each"]);

/** Round 32: most lowercase words of an unnamed thing heading an object list ("the bus", "the white pick-up"). */
const THING_WORDS = 3;

/**
 * Round 32: an object list that opens with an unnamed thing, then names people: "Gunmen seized the truck, its
 * driver, B, and the nurses C and D" → B, C, D (the truck gives no row). The thing is a determiner and up to
 * three lowercase words before the comma; the rest is read as an object search of its own from after the comma,
 * and kept only when it names people alone, holds an "and" (a list, not a speech tag: "seized the truck, B
 * said" names no object) and its last name heads no verb of its own.
 *
 * @example peopleAfterThing(frame, grid, 3, 5, {}) // [B, C, D] for "A seized the truck, its driver, B, and the nurses C and D"
 */
function peopleAfterThing(frame: SentenceFrame, grid: MentionGrid, from: number, comma: number, opts: {gap?: number; allowOf?: boolean; skipOblique?: boolean; placeAfterIn?: boolean}): PlacedMention[] {
  const t = frame.tokens;
  if (!TITLE_OPENERS.has(t[from].lower) || comma - from < 2 || comma - from > THING_WORDS + 1) return [];
  for (let j = from + 1; j < comma; j++) if (t[j].punct || !startsLower(t[j].text) || BREAKS.has(t[j].lower) || OBLIQUE.has(t[j].lower) || RELATIVE.has(t[j].lower) || isAnd(t[j].lower) || t[j].lower === "of") return [];
  // The next item opens with an owner ("its driver, B") or is a name.
  const next = t[comma + 1];
  if (!next || !(POSSESSIVE.has(next.lower) || next.lower === "its" || grid.startingAt.get(comma + 1)?.mention.kind === "person")) return [];
  const rest = objectsAfter(frame, grid, comma + 1, opts);
  if (rest.length === 0 || !rest.every((x) => x.mention.kind === "person")) return [];
  const last = rest[rest.length - 1];
  let listed = false;
  for (let j = comma + 1; j < last.from && !listed; j++) listed = isAnd(t[j].lower);
  if (!listed || headsVerbAfter(t, last.to) || REPORTING.has(t[last.to]?.lower ?? "")) return [];
  return rest;
}

/**
 * For a counted object from `from` whose comma stands at `comma`: the index of "of" when the
 * words before the comma end in "of (the) <country or body>" right after a plural noun ("two
 * citizens of the Russian Federation,", "three nationals of Peru,"); -1 otherwise.
 */
function countedOfBody(frame: SentenceFrame, grid: MentionGrid, from: number, comma: number): number {
  const t = frame.tokens;
  const body = grid.endingAt.get(comma - 1);
  if (!body || body.mention.kind === "person") return -1;
  const of = t[body.from - 1]?.lower === "the" ? body.from - 2 : body.from - 1;
  return of > from && t[of]?.lower === "of" && PLURAL_NOUN.test(t[of - 1].text) ? of : -1;
}

/** Most tokens of the description before the name in includedMember ("the ship 's chief engineer"). */
const INCLUDED_DESCRIPTION = 6;

/**
 * For an apposition opening at comma `open` with "including" and closing at `close`: the one
 * person it names when that name ends at `close`, written with a title ("including Capt. B,") or
 * after a lowercase description in commas ("including the ship's master, Capt. B,"); else null.
 * "The crew, including the master, Capt. B, were freed by A" → B is the one freed.
 *
 * @example includedMember(frame, grid, openComma, closeComma)
 */
function includedMember(frame: SentenceFrame, grid: MentionGrid, open: number, close: number): PlacedMention | null {
  const t = frame.tokens;
  if (t[open + 1]?.lower !== "including") return null;
  const direct = nameAfterTitle(frame, grid, open + 2);
  if (direct) return direct.to === close ? direct : null;
  for (let j = open + 2; j < close && j <= open + 2 + INCLUDED_DESCRIPTION; j++) {
    const w = t[j];
    if (w.text === ",") {
      if (j === open + 2) return null;
      const m = grid.startingAt.get(j + 1) ?? nameAfterTitle(frame, grid, j + 1);
      return m && m.mention.kind === "person" && m.to === close ? m : null;
    }
    // Only a lowercase description ("the ship's chief engineer"), no name of its own.
    if (grid.startingAt.has(j) || (w.punct && w.text !== "'" && w.text !== "’") || (!startsLower(w.text) && !POSSESSIVE_S.test(w.text) && w.text !== "'s" && w.text !== "’s")) return null;
  }
  return null;
}

/** Most capitalised title words (and an abbreviation's dot) read by nameAfterTitle: "Deputy Prime Minister". */
const APPOSED_TITLE_WORDS = 4;

/**
 * The person named at token `k` after one to four capitalised title words with a head among them
 * ("Prime Minister B", "Captain B", "Capt. B"), as an apposition opens after a comma: "thanked his
 * Zambian counterpart, Foreign Minister B, …". Null when a word is no title word or no person follows
 * ("his counterpart, Foreign Ministry officials said"); the caller checks how the name closes.
 *
 * @example nameAfterTitle(frame, grid, commaIndex + 1)
 */
function nameAfterTitle(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | null {
  const t = frame.tokens;
  let head = false;
  for (let j = k; j < t.length && j <= k + APPOSED_TITLE_WORDS; j++) {
    const m = grid.startingAt.get(j);
    if (m) return head && j > k && m.mention.kind === "person" ? m : null;
    if (t[j].text === "." && j > k && TITLE_WORDS.has(t[j - 1].lower)) continue;
    if (t[j].punct || !startsUpper(t[j].text) || !TITLE_WORDS.has(t[j].lower)) return null;
    if (TITLE_HEAD.has(t[j].lower)) head = true;
  }
  return null;
}

const ASIDE_GOES_ON = new Set(ASIDE_CONTINUATIONS);

/**
 * True when the comma at `close` after a list is followed, past an aside of up to six words
 * (", both mediators,"), by a lowercase word that is no preposition or clause link: a verb whose
 * subject the list is ("As X freed the hostages, B and C, both mediators, watched"), not the
 * object's members ("thanked the mediators, B and C, for …", "…, B and C, who …").
 */
function subjectOfLaterVerb(t: SentenceFrame["tokens"], close: number): boolean {
  if (t[close]?.text !== ",") return false;
  let k = close + 1;
  if (APPOSITION.has(t[k]?.lower ?? "") && !RELATIVE.has(t[k].lower)) {
    while (k < t.length && k <= close + 7 && t[k].text !== ",") {
      if (t[k].punct) return false;
      k++;
    }
    if (t[k]?.text !== ",") return false;
    k++;
  }
  const w = t[k];
  // "accused the mine's owner, X Mining, of …": "of" is never a verb.
  return !!w && !w.punct && startsLower(w.text) && w.lower !== "of" && !OBLIQUE.has(w.lower) && !RELATIVE.has(w.lower) && !APPOSITION.has(w.lower) && !ASIDE_GOES_ON.has(w.lower);
}

const CLAUSE_AUX: ReadonlySet<string> = new Set(CLAUSE_SUBJECT_AUXILIARIES);

/**
 * Round 32: true when "her" at `i` is an object pronoun before a clause whose subject is the name right after it:
 * "met B at the school and promised her Portugal would pay" (the name is followed by an auxiliary or a modal,
 * model CLAUSE_SUBJECT_AUXILIARIES). Not "her Kenyan counterpart" nor "her Lisbon office said" (no auxiliary).
 *
 * @example herBeforeClause(frame, grid, 12) // true for "… promised her Portugal would pay"
 */
function herBeforeClause(frame: SentenceFrame, grid: MentionGrid, i: number): boolean {
  const t = frame.tokens;
  if (t[i]?.lower !== "her") return false;
  // Session 32: also a body's name after "the" ("assured her the Red Cross would help").
  const m = grid.startingAt.get(i + 1) ?? (t[i + 1]?.lower === "the" ? grid.startingAt.get(i + 2) : undefined);
  return !!m && CLAUSE_AUX.has(t[m.to]?.lower ?? "");
}

/**
 * Whether a name after a comma is closed like an apposition: a comma, a semicolon or the end of
 * the sentence after it ("met the envoy, B, on Monday"). A verb after it makes the name a new
 * subject, not the title's holder: "A met the Kenyan delegation, B said."
 */
function closesApposition(t: SentenceFrame["tokens"], m: PlacedMention): boolean {
  const after = t[m.to];
  return !after || after.text === "," || after.text === ";" || after.text === "." || after.text === "?" || after.text === "!";
}

const KIN_MEETING = new Set(KIN_MEETING_VERBS);

/**
 * True when an object pronoun after "B's <kin>, C, <verb>" (verb within tokens [from, to)) stands
 * for the kin owner `owner`: with a verb of meeting kin ("met", "embraced", "visited"), or when no
 * other person was named in the sentence before. "President A received B on Monday. B's wife, C,
 * thanked him": him is A, the host (review 22, F20).
 *
 * @example kinPronounOwner(frame, owner, 5, 7) // true for "B's wife, C, met him"
 */
export function kinPronounOwner(frame: SentenceFrame, owner: PlacedMention, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (KIN_MEETING.has(frame.tokens[j].lower)) return true;
  const before = frame.antecedent?.mention;
  return !before || before.kind !== "person" || (before.gazetteerName ?? before.name).toLowerCase() === actorName(owner);
}

/**
 * The person an object pronoun right at `i` stands for ("since A released him"): the
 * closest person mention before it in the sentence that is not one of `subjects`. "her" followed by a noun is a
 * possessive ("freed her husband") and stands for nobody.
 *
 * @example objectPronoun(frame, grid, 7, subjects)
 */
export function objectPronoun(frame: SentenceFrame, grid: MentionGrid, i: number, subjects: PlacedMention[]): PlacedMention[] {
  const {tokens} = frame;
  const w = tokens[i]?.lower;
  if (!w || !OBJECT_PRONOUN.has(w)) return [];
  const next = tokens[i + 1];
  // "her family" is a possessive; "promised her a visa", "met her a week later" keep the pronoun.
  // Round 32: "promised her Portugal would pay", "assured her that …": a clause after "her" keeps the pronoun.
  if (w === "her" && next && !next.punct && !OBLIQUE.has(next.lower) && !BREAKS.has(next.lower) && next.lower !== "along" && next.lower !== "a" && next.lower !== "an" && next.lower !== "that" && !herBeforeClause(frame, grid, i)) return [];
  const taken = new Set(subjects.map((m) => m.index));
  // "B spoke to Mr A by phone, and Mr A thanked him": an earlier mention of the subject's own
  // actor is no one else the pronoun stands for.
  const takenNames = new Set(subjects.map(actorName));
  // "B's wife, C, met him at the airport": the subject is B's relative named in apposition; him
  // is B (a relative is someone else, whatever name they share).
  if (w === "him" || w === "her") {
    for (const s of subjects) {
      const owner = tokens[s.from - 1]?.text === "," ? kinOwnerAt(frame, grid, s.from - 2) : null;
      if (owner && owner.to <= i && !taken.has(owner.index) && kinPronounOwner(frame, owner, Math.max(s.to, i - 3), i)) return [owner];
    }
  }
  let best: PlacedMention | null = null;
  for (const m of mentionsNear(frame, i, 60)) {
    if (m.to <= i && m.mention.kind === "person" && !taken.has(m.index) && !takenNames.has(actorName(m)) && (!best || m.from > best.from)) best = m;
  }
  // "met B and promised him that Lumenia would free her": a pronoun of the other sex between B
  // and this one stood for B, so this one stands for someone else (not named here). Not when
  // another person named before that pronoun could have been the one it stood for: "met Karl Dahl
  // and his daughter Mira Dahl, blessed him and thanked her" (him is Karl, her is Mira).
  if (best) {
    const other = otherSexBetween(tokens, best.to, i, w === "her");
    if (other >= 0 && !anotherPersonBefore(frame, best, other, taken, takenNames)) return [];
  }
  // "rang B's grandmother and assured her …": the pronoun stands for the relative, no one named.
  if (best && kinOwnerAt(frame, grid, best.to + (tokens[best.to]?.text === "'s" || tokens[best.to]?.text === "’s" ? 1 : 0))) {
    // "A met C, B's mother, who asked him …": B only describes the subject C in apposition; the
    // pronoun stands for the person before them (A).
    const owner = best;
    const head = tokens[owner.from - 1]?.text === "," ? grid.endingAt.get(owner.from - 2) : undefined;
    const apposed = taken.has(head?.index ?? -1);
    // "B, C's father, was received by A, who had promised him …": the relative is named, B.
    if (!apposed && head?.mention.kind === "person" && !takenNames.has(actorName(head))) return [head];
    if (!apposed) return [];
    best = null;
    for (const m of mentionsNear(frame, i, 60)) {
      if (m.to < owner.from && m.mention.kind === "person" && !taken.has(m.index) && !takenNames.has(actorName(m)) && (!best || m.from > best.from)) best = m;
    }
  }
  // A person of an earlier sentence is not used: docs/evaluation.md annotates pronouns only
  // as subjects ("He met B"), so "B thanked him" across sentences would be an unannotated row.
  return best ? [best] : [];
}

const HIM: ReadonlySet<string> = new Set(GENDERED_OBJECT_PRONOUNS.masculine);
const HER: ReadonlySet<string> = new Set(GENDERED_OBJECT_PRONOUNS.feminine);

/**
 * The token index of an object pronoun of the other sex than `her` says among tokens [from, to)
 * (model GENDERED_OBJECT_PRONOUNS), or -1; a "her" counts only as an object (not "her office", see
 * objectPronoun).
 */
function otherSexBetween(tokens: SentenceFrame["tokens"], from: number, to: number, her: boolean): number {
  for (let j = from; j < to; j++) {
    const w = tokens[j].lower;
    if (her ? HIM.has(w) : HER.has(w) && !possessiveHer(tokens, j)) return j;
  }
  return -1;
}

/**
 * Whether a person other than `best`, the subjects (`taken`, `takenNames`) and the sentence's first
 * person (its subject) is named before token `at`, so the pronoun there may have stood for that one
 * instead of `best` ("Pope Leo met Karl Dahl and Mira Dahl, blessed him": him may be Karl). The
 * window is objectPronoun's own (60 tokens).
 */
function anotherPersonBefore(frame: SentenceFrame, best: PlacedMention, at: number, taken: ReadonlySet<number>, takenNames: ReadonlySet<string>): boolean {
  const bestName = actorName(best);
  let first: PlacedMention | null = null;
  for (const m of mentionsNear(frame, at, 60)) {
    if (m.to > at || m.mention.kind !== "person") continue;
    // The sentence's first person is its subject ("Ana Vik met Karl Dahl … promised him"), not
    // one the pronoun stood for.
    if (first === null || m.from < first.from) first = m;
  }
  for (const m of mentionsNear(frame, at, 60)) {
    if (m.to <= at && m.mention.kind === "person" && m !== first && m.index !== best.index && !taken.has(m.index) && !takenNames.has(actorName(m)) && actorName(m) !== bestName && (first === null || actorName(m) !== actorName(first))) return true;
  }
  return false;
}

/** "her" at `j` followed by a noun ("her family") is a possessive, not an object. */
function possessiveHer(tokens: SentenceFrame["tokens"], j: number): boolean {
  const next = tokens[j + 1];
  return tokens[j].lower === "her" && !!next && !next.punct && !OBLIQUE.has(next.lower) && !BREAKS.has(next.lower) && next.lower !== "along" && next.lower !== "a" && next.lower !== "an";
}

/**
 * The actor a mention stands for, as stage 07 compares them: its gazetteer name, else its name,
 * lowercase (two mentions of one actor, "Mr Osk" and "Ruben Osk", give the same string).
 *
 * @example actorName(m) // "vladimir putin" for a mention "Putin" the gazetteer knows
 */
export function actorName(m: PlacedMention): string {
  return (m.mention.gazetteerName ?? m.mention.name).toLowerCase();
}

/**
 * The persons "them" right at `i` stands for: the list of two or more persons that ends
 * closest before it in the sentence, none of them a subject of the verb ("Two miners, A and B,
 * were flown home, days after the rebels freed them" → A, B). Empty for a single person or a
 * mixed list ("A and Chile": "them" may mean others).
 *
 * @example themList(frame, grid, 12, subjects).length // 2
 */
export function themList(frame: SentenceFrame, grid: MentionGrid, i: number, subjects: PlacedMention[]): PlacedMention[] {
  if (frame.tokens[i]?.lower !== "them") return [];
  const isSubject = (m: PlacedMention): boolean => subjects.some((s) => s.index === m.index);
  // The verb's own subjects and a place or building after a preposition ("at X Hospital") are passed over.
  let last: PlacedMention | null = null;
  for (const m of mentionsNear(frame, i, 60)) {
    if (m.to <= i && (!last || m.from > last.from) && !isSubject(m) && (m.mention.kind === "person" || !(isOblique(frame, m) || ownedByOblique(frame, grid, m)))) last = m;
  }
  if (!last || last.mention.kind !== "person") return [];
  const list = coordinatedBefore(frame, grid, last);
  return list.length >= 2 && list.every((m) => m.mention.kind === "person" && !subjects.some((s) => s.index === m.index)) ? list : [];
}

const OTHERS = new Set(OTHER_MEMBER_WORDS);
const OTHERS_OWNERS = new Set(OTHER_MEMBER_OWNERS);

/**
 * True for "and (the/his/her/their) other/fellow <noun>" at token `k` ("B and the other miners").
 *
 * @example withTheOthers(frame.tokens, b.to)
 */
export function withTheOthers(t: SentenceFrame["tokens"], k: number): boolean {
  if (t[k]?.lower !== "and") return false;
  const j = OTHERS_OWNERS.has(t[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  return OTHERS.has(t[j]?.lower ?? "") && startsLower(t[j + 1]?.text ?? "") && !t[j + 1].punct;
}

/**
 * True for a name whose possessive owner stands after a preposition ("at X's Y Hospital": Y is
 * in the place phrase too).
 */
function ownedByOblique(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): boolean {
  const t = frame.tokens;
  const k = t[m.from - 1]?.text === "'s" || t[m.from - 1]?.text === "’s" ? m.from - 2 : m.from - 1;
  const owner = grid.endingAt.get(k);
  return owner !== undefined && owner.mention.kind !== "person" && (k < m.from - 1 || POSSESSIVE_S.test(t[k].text)) && isOblique(frame, owner);
}

/**
 * A country or organisation that only qualifies a person's title stands for that person:
 * "met U.S. hostage envoy B" → B (up to three lowercase title words in between).
 */
function titled(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention {
  // "met the cartel's local boss, B": a possessive armed group owns the title too (B is met);
  // a group without the possessive is the object itself ("met the cartel's rivals" keeps it).
  const groupOwner = m.mention.kind === "group" && POSSESSIVE_S.test(frame.tokens[m.to - 1].text);
  // "urged Tarvel mayor B to …": a town's office-holder (titleHolder), else the place itself.
  if (m.mention.kind === "place") return titleHolder(frame, grid, m) ?? placeOfficeHolder(frame, grid, m) ?? m;
  if (m.mention.kind !== "country" && m.mention.kind !== "organization" && !groupOwner) return m;
  const holder = groupOwner ? null : titleHolder(frame, grid, m);
  if (holder) return holder;
  const t = frame.tokens;
  // "with Kenya's police service", "met Kenya's envoy, B": a possessive country owns what follows.
  const owner = POSSESSIVE_S.test(t[m.to - 1].text);
  // "met Kenya's Transport Minister B": a capitalised title the possessive owns names B.
  const ownHolder = owner ? ownedTitleHolder(frame, grid, m.to) : null;
  if (ownHolder) return ownHolder;
  for (let j = m.to; j < t.length && j <= m.to + 3; j++) {
    const p = grid.startingAt.get(j);
    if (p) return (p.mention.kind === "person" && j > m.to) || (owner && j === m.to && p.mention.kind !== "place" && p.mention.kind !== "country") ? p : m;
    // "Kenya's interior minister, B", "the Kenyan interior minister, B": the name in apposition after the title.
    if ((owner || (m.from > 0 && TITLE_OPENERS.has(t[m.from - 1].lower))) && j > m.to && t[j].text === ",") {
      const named = grid.startingAt.get(j + 1) ?? nameAfterTitle(frame, grid, j + 1);
      return named && named.mention.kind === "person" && closesApposition(t, named) ? named : m;
    }
    // "met Kenya's ambassador in Oslo, B, …": the office's holder named after its seat.
    if (owner && j > m.to && TITLE_LINK.has(t[j].lower) && (TITLE_HEAD.has(t[j - 1].lower) || OFFICE_ROLES.has(t[j - 1].lower))) return officeHolderAfter(frame, grid, j) ?? m;
    // "freed by A after B hosted …": a connective or preposition is no title word; nor is a
    // verb ("by the Front were B and C": B is no title-holder of the Front).
    if (!startsLower(t[j].text) || BREAKS.has(t[j].lower) || OBLIQUE.has(t[j].lower) || COPULAS.has(t[j].lower)) return m;
  }
  return m;
}

/** Round 32b: most lowercase words of a town's or province's office before its holder's name ("deputy governor"). */
const PLACE_OFFICE_TOKENS = 3;

/**
 * Round 32b: a possessive town, city or province whose office is named in apposition stands for its holder:
 * "held talks with Tarvel's governor, Ana Ruiz" → Ana Ruiz, as a country's office does (titled). Only for
 * lowercase title words ending in a title head ("governor", "mayor", "deputy mayor") and a person closing the
 * apposition; "marched to Tarvel's main square, Plaza Mayor" (no title) and "met Tarvel's governor" (no
 * name) keep the place. Null otherwise.
 *
 * @example placeOfficeHolder(frame, grid, tarvel) // Ana Ruiz in "met Tarvel's governor, Ana Ruiz, on Monday"
 */
function placeOfficeHolder(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): PlacedMention | null {
  const t = frame.tokens;
  if (!POSSESSIVE_S.test(t[m.to - 1]?.text ?? "")) return null;
  for (let j = m.to; j < t.length && j <= m.to + PLACE_OFFICE_TOKENS; j++) {
    if (t[j].text === ",") {
      if (j === m.to || !TITLE_HEAD.has(t[j - 1].lower)) return null;
      const named = grid.startingAt.get(j + 1);
      return named && named.mention.kind === "person" && closesApposition(t, named) ? named : null;
    }
    if (t[j].punct || !startsLower(t[j].text) || grid.startingAt.has(j)) return null;
  }
  return null;
}

/**
 * The first group of ≥ 2 coordinated, non-oblique mentions before token `v` in its clause
 * ("Kenya and Somalia exchanged 40 prisoners …", "talks … between Kenya and Somalia"), or none.
 * With `firstOnly` only the first candidate mention may start the group (nominal patterns, where a
 * later pair would belong to another phrase); otherwise later candidates are tried too.
 *
 * @example leadingGroup(frame, grid, verbIndex, {firstOnly: false}).map((m) => m.mention.surface)
 */
export function leadingGroup(frame: SentenceFrame, grid: MentionGrid, v: number, {firstOnly}: {firstOnly: boolean}): PlacedMention[] {
  const {clauses} = frame;
  for (const m of mentionsNear(frame, v, 40)) {
    if (m.from >= v) break;
    if (clauses[m.from] !== clauses[v] || isOblique(frame, m)) continue;
    const group = coordinatedAfter(frame, grid, m);
    if (group.length >= 2 && group[group.length - 1].to <= v) return group;
    if (firstOnly) return [];
  }
  return [];
}
