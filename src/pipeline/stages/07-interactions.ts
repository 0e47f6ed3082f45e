import type {Article, Context, DateMention, GazetteerEntry, InteractionMention, Mention, Sentence} from "../types.ts";
import {forgetFrames, frameFor, sentenceLists, storedFrame, type SentenceFrame} from "../events/frame.ts";
import {interactionsInFrame, mayHaveInteraction, type ReleaseCarry} from "../interactions/find-interactions.ts";
import {noteAntecedent} from "../interactions/arguments.ts";
import {startsLower} from "../events/letter-case.ts";
import {feminineTitle, masculineTitle} from "../actors/courtesy.ts";
import {mansGivenName} from "../actors/person-name.ts";
import {OBJECT_MARKING_WORDS, PRONOUN_SUBORDINATORS, REPORTING_WORDS} from "../model/argument-words.ts";
import {FEMININE_GIVEN_NAMES} from "../model/first-names.ts";
import {ARRIVALS_NOT_BY_CAPTIVES} from "../model/interaction-verbs.ts";
import {speakerLabel} from "../interactions/pronoun-speakers.ts";

/** Given names read as a woman's: a sentence-initial "She" prefers a person so named. */
const FEMININE = new Set(FEMININE_GIVEN_NAMES);

/** Gazetteer affiliations by canonical name, built once per gazetteer (a meeting's third party, review 22 F17). */
const AFFILIATIONS = new WeakMap<readonly GazetteerEntry[], Map<string, string>>();

function affiliationsOf(gazetteer: readonly GazetteerEntry[]): Map<string, string> {
  let map = AFFILIATIONS.get(gazetteer);
  if (!map) {
    map = new Map();
    for (const g of gazetteer) if (g.affiliation) map.set(g.name, g.affiliation);
    AFFILIATIONS.set(gazetteer, map);
  }
  return map;
}

/** The index list of a sentence with no mention or date (shared: only ever read). */
const NONE: number[] = [];

/**
 * The article's rows while they are collected, reused by every article; the answer is a copy at
 * its final size (`slice`), as stage 06 does with its events (see EVENTS there: a fresh `[]` per
 * article is soon allocated in the old generation, and that decision threw away the compiled
 * findInteractions mid-run). Not re-entrant: nothing called while it is filled may run stage 07 again.
 */
const ROWS: InteractionMention[] = [];

/**
 * Stage 07: who did what to whom between actor mentions of one sentence, from verb
 * frames (src/pipeline/model/interaction-verbs.ts) and a few noun patterns. Rule-based
 * and precise rather than greedy: a pair is only written when both arguments are found.
 * Pronouns resolve only in narrow cases: a sentence-initial "He/She" (after at most a short
 * time opener: "On Tuesday she met B") to the previous sentence's person, "where/when he …" to
 * the one person named before in the sentence, and an object "him/her" to a person named
 * earlier in the same sentence ("since A released him"). Headlines, captions, credits, datelines, boilerplate and repeated
 * paragraphs are skipped, as in stage 06.
 *
 * @example findInteractions(article, sentences, dates, mentions, ctx)
 */
export function findInteractions(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): InteractionMention[] {
  const affiliations = affiliationsOf(ctx.gazetteer);
  // Lists shared with the other of stages 06/07 for this article (see sentenceLists).
  const mentionsBy = sentenceLists(mentions);
  const datesBy = sentenceLists(dates);
  // Emptied first as well: a stage failure (caught per article) may have left some behind.
  ROWS.length = 0;
  // The first person named in the last sentence that named one, for a sentence-initial
  // "He/She" ("… Ms Lind told reporters. She had met B" → Lind met B). Forgotten after two
  // sentences without a person.
  let antecedent: {index: number; mention: Mention} | null = null;
  // The first person of that sentence with a woman's given name: "B met Ana Vik, who asked him
  // for help. She had written to C …" → Ana Vik, when the first person's name is not a woman's.
  let feminine: {index: number; mention: Mention} | null = null;
  let age = 0;
  // The first organisation/group of the previous sentence, for a sentence-initial "It"
  // ("The Sahel Front issued a statement. It said it had freed B"). Only the next sentence.
  let org: {index: number; mention: Mention} | null = null;
  // The releaser of "X freed three hostages", for an agentless handover in the next sentence only.
  const carry: ReleaseCarry = {releaser: null};
  // Indexed loops, not for-of: for-of compiles with an iterator-closing try/finally per loop,
  // and this function is compiled cold with four of them (about a third of its graph).
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.kind !== "body" || sentence.repeatOf !== null) continue;
    const ids = mentionsBy.get(sentence.index) ?? NONE;
    // A frame stage 06 built is read as is: interactionsInFrame finds nothing where the quick
    // text filter would have said no, so the filter only guards building a new frame.
    // A lone country, organisation or group may be a counted release's doer ("The Delta Front
    // freed two miners."): its frame is read for the next sentence's handover (find-interactions.ts).
    const f =
      ids.length < ((age <= 2 && antecedent) || org || (ids.length === 1 && mentions[ids[0]].kind !== "person" && mentions[ids[0]].kind !== "place") ? 1 : 2)
        ? null
        : (storedFrame(article, sentence, mentions, dates) ??
          (mayHaveInteraction(article.text, sentence.start, sentence.end) ? frameFor(article, sentence, mentions, ids, dates, datesBy.get(sentence.index) ?? NONE, false) : null));
    if (f) {
      // Frames are shared with stage 06 (memoised per sentence): copy rather than mutate
      // (field by field: a spread of the frame was a slow path here).
      const she = feminine !== null && f.tokens[0]?.lower === "she";
      const frame: SentenceFrame = {sentence: f.sentence, offset: f.offset, text: f.text, tokens: f.tokens, clauses: f.clauses, mentions: f.mentions, dates: f.dates, antecedent: age <= 2 ? (she ? feminine : antecedent) : null, orgAntecedent: org};
      const rows = interactionsInFrame(frame, carry, affiliations);
      for (let r = 0; r < rows.length; r++) ROWS.push(rows[r]);
    } else carry.releaser = null;
    // One pass over the sentence's mentions for its first organisation/group and its persons.
    let firstOrg = -1;
    let persons = 0;
    for (let q = 0; q < ids.length; q++) {
      const i = ids[q];
      const kind = mentions[i].kind;
      if (kind === "person") persons++;
      else if ((kind === "organization" || kind === "group") && (firstOrg < 0 || mentions[i].start < mentions[firstOrg].start)) firstOrg = i;
    }
    org = firstOrg >= 0 ? {index: firstOrg, mention: mentions[firstOrg]} : null;
    const first = persons > 0 ? antecedentPerson(article.text, sentence.start, mentions, ids, persons) : -1;
    // "B arrived. At the site he spoke with Governor C. Before leaving he met D": a sentence whose subject is a
    // he/she standing for the antecedent is still about that person; C, named after it, does not take over.
    if (first >= 0 && age <= 2 && antecedent !== null && pronounLed(article.text, sentence.start, mentions[first].start, antecedent.mention)) {
      age = 0;
      continue;
    }
    if (first >= 0) {
      antecedent = {index: first, mention: mentions[first]};
      // The sentence's other persons, by sex: "Otto Berg sued Tom Hale. In court, he …" may be either man.
      const others: ("m" | "f" | null)[] = [];
      if (persons > 1) {
        for (let q = 0; q < ids.length; q++) {
          const m = mentions[ids[q]];
          if (m.kind === "person" && ids[q] !== first && (m.name || m.text) !== (mentions[first].name || mentions[first].text)) others.push(sexOf(m));
        }
      }
      noteAntecedent(antecedent, {sex: sexOf(mentions[first]), object: objectPlaced(article.text, sentence.start, mentions[first]), others});
      feminine = knownMan(mentions[first]) ? firstWoman(mentions, ids) : null;
      age = 0;
    } else age++;
  }
  // Stage 07 is the last reader of the frames stage 06 built for this article.
  forgetFrames(sentences);
  const out = withoutCaptiveArrivals(ROWS, mentions);
  // Hold no article's rows past the call.
  ROWS.length = 0;
  return out;
}

const ARRIVALS = new Set(ARRIVALS_NOT_BY_CAPTIVES);
const CAPTIVITY_TYPES = new Set(["released", "held", "abducted"]);

/**
 * A copy of `rows` without the visits told by a landing verb (model ARRIVALS_NOT_BY_CAPTIVES) whose traveller the
 * article tells was released, held or abducted: "Hamas freed Anna Lee … Ms Lee landed in Oslo on Tuesday" is her way
 * home, not a visit, while "Bogdanov landed in Tashkent" stays one. The traveller is matched by the last word of its
 * name ("Ms Lee" / "Anna Lee"): stage 09 has not merged the article's actors yet.
 *
 * @example withoutCaptiveArrivals(rows, mentions).length <= rows.length // true
 */
function withoutCaptiveArrivals(rows: readonly InteractionMention[], mentions: readonly Mention[]): InteractionMention[] {
  if (!rows.some((r) => r.type === "visited" && ARRIVALS.has(r.verb))) return rows.slice();
  const captives = new Set<string>();
  for (const r of rows) if (CAPTIVITY_TYPES.has(r.type)) captives.add(lastWord(mentions[r.targetMention]));
  return rows.filter((r) => !(r.type === "visited" && ARRIVALS.has(r.verb) && captives.has(lastWord(mentions[r.sourceMention]))));
}

/** The last word of a mention's name, lowercase ("Anna Lee" → "lee"). */
function lastWord(m: Mention): string {
  const name = (m.name || m.text).toLowerCase();
  return name.slice(name.lastIndexOf(" ") + 1);
}

/**
 * The person mention of a sentence (`ids`, `persons` of them) a next sentence's "He/She" stands
 * for, or -1: the earliest (first in list order on equal starts). A possessive owner gives way to
 * a person named after it: in "Ana's mother, Rosa Lima, spent years lobbying. She travelled …"
 * the "She" is Rosa Lima. A person quoted gives way to the one quoting: after "\"A and B are
 * home,\" C said." the next "He thanked D" is C's. Quotes are only looked for when two persons
 * are named. Its own function: findInteractions is compiled without the quote scan.
 */
function antecedentPerson(text: string, sentenceStart: number, mentions: Mention[], ids: number[], persons: number): number {
  let first = -1;
  let firstOwner = -1;
  let firstQuoted = -1;
  const quotes = persons > 1 ? new QuoteScan(text, sentenceStart) : null;
  for (let q = 0; q < ids.length; q++) {
    const i = ids[q];
    if (mentions[i].kind !== "person") continue;
    // Round 34: a transcript's speaker label is no antecedent (interactions/pronoun-speakers.ts).
    if (speakerLabel(text, sentenceStart, mentions[i])) continue;
    if (isPossessive(text, mentions[i])) {
      if (firstOwner < 0 || mentions[i].start < mentions[firstOwner].start) firstOwner = i;
    } else if (quotes?.inside(mentions[i].start)) {
      if (firstQuoted < 0 || mentions[i].start < mentions[firstQuoted].start) firstQuoted = i;
    } else if (first < 0 || mentions[i].start < mentions[first].start) first = i;
  }
  return first >= 0 ? first : firstQuoted >= 0 ? firstQuoted : firstOwner;
}

/** "he" or "she" as a word, followed by a lowercase word ("he spoke"; not "Vice Premier He Lifeng": review 27 args F6). */
const SUBJECT_PRONOUN = /(?:^|[^\p{L}])([Hh]e|[Ss]he) (?=\p{Ll})/u;
const QUOTE_MARK = /["“”]/u;
/** Words before the pronoun that put it in a subordinate clause ("Before he left, Governor C …"). */
const SUBORDINATE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PRONOUN_SUBORDINATORS.join("|")}|if|although|though|since|whereas)(?![\\p{L}])`, "iu");
/** Reporting words between the pronoun and the person ("He said C had confessed": C may be the next "he"). */
const REPORTING_BETWEEN = new RegExp(`(?:^|[^\\p{L}])(?:${REPORTING_WORDS.join("|")})(?![\\p{L}])`, "iu");

/**
 * True when a he/she is the subject of a sentence before its first person mention (`firstStart`), within the
 * first 60 characters, and fits the antecedent's sex when that is known ("At the site he spoke with Governor C"):
 * not inside a quotation, not in a subordinate clause before the main subject ("Before he left, Governor C …"),
 * and with no reporting word between the pronoun and the person ("He said C had confessed").
 */
function pronounLed(text: string, sentenceStart: number, firstStart: number, antecedent: Mention): boolean {
  const before = text.slice(sentenceStart, Math.min(firstStart, sentenceStart + 60));
  const m = SUBJECT_PRONOUN.exec(before);
  // "\"He made a joke,\" Dana said": a pronoun inside a quotation is the speaker's, not the sentence's subject.
  if (!m || QUOTE_MARK.test(before.slice(0, m.index + 1))) return false;
  if (SUBORDINATE_BEFORE.test(before.slice(0, m.index + 1)) || REPORTING_BETWEEN.test(before.slice(m.index + m[0].length))) return false;
  const sex = sexOf(antecedent);
  return sex === null || (m[1].toLowerCase() === "he") === (sex === "m");
}

const OBJECT_MARKS = new Set(OBJECT_MARKING_WORDS);

/**
 * True when the word right before a person mention (in its sentence) marks it as an object: a
 * lowercase past form in "-ed" ("Police arrested B") or an OBJECT_MARKING_WORDS word ("freed by B").
 */
function objectPlaced(text: string, sentenceStart: number, m: Mention): boolean {
  const before = text.slice(Math.max(sentenceStart, m.start - 40), m.start);
  const word = /([A-Za-z]+)\W*$/u.exec(before)?.[1];
  if (!word || !startsLower(word)) return false;
  return word.endsWith("ed") || OBJECT_MARKS.has(word);
}

/** True when a person mention's first word is a woman's given name ("Ana Vik"). */
function womansName(m: Mention): boolean {
  const space = m.text.indexOf(" ");
  return space > 0 && FEMININE.has(m.text.slice(0, space).toLowerCase());
}

/** A person mention's sex when its name or courtesy title tells it, else null. */
function sexOf(m: Mention): "m" | "f" | null {
  return knownMan(m) ? "m" : womansName(m) || feminineTitle(m.title) || /^(Ms|Mrs|Miss|Madam)\.? /u.test(m.text) ? "f" : null;
}

/**
 * True when a person mention is surely a man's: "Mr"/"Sir" before the name as written, or a full
 * name (as resolved in the article) opening with a listed given name that is no woman's and does
 * not end in "a" ("Dahl" standing for "Karl Dahl"). A surname alone, "Ms Hale" or
 * "Governor Hochul" are not: "She" may well be that woman (review 22, F4).
 */
function knownMan(m: Mention): boolean {
  // Stage 04 keeps "Mr" out of the mention's text, in its title ("Mr Dahl" → text "Dahl", title "Mr").
  if (masculineTitle(m.title)) return true;
  const t = m.text;
  // A mention built with the title in its text ("Mr Lind") reads the same.
  if (t.startsWith("Mr ") || t.startsWith("Mr. ") || t.startsWith("Sir ")) return true;
  const name = m.name || t;
  const space = name.indexOf(" ");
  if (space <= 0) return false;
  const given = name.slice(0, space).toLowerCase();
  return mansGivenName(given);
}

/** The earliest person of a sentence's mentions `ids` named with a woman's given name, or null. */
function firstWoman(mentions: Mention[], ids: number[]): {index: number; mention: Mention} | null {
  let best = -1;
  for (let q = 0; q < ids.length; q++) {
    const i = ids[q];
    if (mentions[i].kind === "person" && womansName(mentions[i]) && (best < 0 || mentions[i].start < mentions[best].start)) best = i;
  }
  return best >= 0 ? {index: best, mention: mentions[best]} : null;
}

const WORD_CHAR = /\w/u;

/** `s.endsWith("'s") || s.endsWith("’s")` on char codes (run for every person mention of every sentence). */
function endsWithApostropheS(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return false;
  const c = s.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** True for a mention written in the possessive ("Ana's", or "Ana" followed by "'s"). */
function isPossessive(text: string, m: Mention): boolean {
  if (endsWithApostropheS(m.text)) return true;
  const c = text.charCodeAt(m.end);
  return (c === 39 || c === 0x2019) && text.charCodeAt(m.end + 1) === 115 && !WORD_CHAR.test(text[m.end + 2] ?? "");
}

/**
 * Whether offsets of one sentence lie inside a quotation opened in it: an odd count of straight
 * double quotes before the offset, or an opening curly quote not yet closed. Offsets asked in
 * increasing order are read in one pass (a sentence of thousands of names stays linear).
 *
 * @example new QuoteScan('"Ana is home," Ilse said.', 0).inside(1) // true
 */
export class QuoteScan {
  private at: number;
  private straight = 0;
  private curly = 0;

  constructor(
    private readonly text: string,
    private readonly from: number
  ) {
    this.at = from;
  }

  inside(offset: number): boolean {
    if (offset < this.at) {
      this.at = this.from;
      this.straight = this.curly = 0;
    }
    for (; this.at < offset; this.at++) {
      const c = this.text.charCodeAt(this.at);
      if (c === 34) this.straight++;
      else if (c === 0x201c) this.curly++;
      else if (c === 0x201d && this.curly > 0) this.curly--;
    }
    return this.straight % 2 === 1 || this.curly > 0;
  }
}
