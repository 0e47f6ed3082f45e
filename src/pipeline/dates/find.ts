import {PREFIX_HEDGES} from "../model/hedges.ts";
import {RECALL_VERBS, REQUEST_VERBS} from "../model/date-cues.ts";
import type {Article, DateMention, Sentence} from "../types.ts";
import {addDays, formatYmd, parsePartialDate, type Ymd} from "./calendar.ts";
import {chronoForMask, needMask, REFERENCE} from "./chrono-instance.ts";
import {cueWindowsInto, FUTURE_LOOK_BACK, headlinePointsToFuture, mayPointToFuture, pointsToFuture} from "./cues.ts";
import {keepResult, keepSpec, trimMatch} from "./filters.ts";
import {DAY_THEN_COUNT, endsInShortNumber, interpret, MONTH_COMMA_COUNT} from "./interpret.ts";
import {lightParse, lightSpec} from "./light-chrono.ts";
import {yearsFromDayCounts} from "./day-count-years.ts";
import {monthDayKey, resolveSpec, type Resolved} from "./resolve.ts";
import {dayOfEvent, eventNounAfter, type DayRead} from "./event-anchor.ts";
import {dateRole, type DateRole} from "./role.ts";
import type {Spec} from "./spec.ts";

/** Longest sentence handed to chrono; longer "sentences" (garbage, tables) are cut. */
const MAX_SENTENCE = 5000;

/** What a sentence without any date cue holds (shared, never modified). */
const NO_DATES: readonly SentenceDate[] = Object.freeze([]);

/**
 * A date expression found in a sentence, with offsets relative to that sentence: everything
 * stage 03 finds before resolution, which depends only on the sentence's text and the reading.
 */
export interface SentenceDate {
  start: number;
  end: number;
  text: string;
  spec: Spec;
  future: boolean;
  /** Used as a noun modifier after "the": "the 15 January crash", "the July 23 blaze". */
  attributive: boolean;
}

/** A sentence date placed in its sentence, with its role in the clause. */
interface Found extends SentenceDate {
  sentenceIndex: number;
  role: DateRole;
  /** Told as background (see isBackground): "the same day" after it looks past it. */
  background: boolean;
  /** Told as a recollection (RECALL_VERBS before it in its sentence): see resumesStory. */
  recalled: boolean;
  /** The start of a period in a relative clause (see PERIOD_START_BEFORE): no anchor for later counts. */
  periodStart: boolean;
}

/**
 * Session 32: a date that starts a period told in a relative clause, "ending 430 days in captivity that began when
 * gunmen dragged them from their homes on October 7, 2023": the period's start is no point the story stands at, so a
 * later count ("who had driven down the night before") counts from the date before it (as a "since" date is passed
 * over). Only "that/which began/started", with no clause break between it and the date.
 */
const PERIOD_START_BEFORE = /\b(?:that|which)\s+(?:began|started)\b[^,;.]*$/;

/** A recall verb (model RECALL_VERBS) as a whole word. */
const RECALL = new RegExp(`\\b(?:${RECALL_VERBS.join("|").replace(/ /g, "\\s+")})\\b`, "i");

/**
 * A date in an open relative clause ("a medic who surrendered on May 20, 2022", ", which ended on
 * 3 May"; "who" with or without a comma before it) or after a
 * pluperfect ("the matter had been raised many times, most recently on July 2"): background to
 * the story, not the day "the same day" or "later that day" in a later sentence means.
 */
const BACKGROUND_BEFORE = /(?:,\s+(?:which|whose)|\bwho)\b[^,;]*$|\bhad\s+(?:been\s+)?\p{Ll}+\b[^;]*$/u;

function isBackground(before: string): boolean {
  return (before.includes("had") || before.includes("wh")) && BACKGROUND_BEFORE.test(before);
}

/**
 * A participle in an appositive that describes someone ("Ana Ruiz, a trader jailed in 2019",
 * ", an envoy posted to Lima in May"): the year or month tells that person's past, not the story.
 */
const APPOSITIVE_PARTICIPLE = /^,\s+an?\s+[^,;()]*?\b\p{Ll}{2,}ed\s+[^,;]*$/u;
/** Most characters from the appositive's ", a" to the date that APPOSITIVE_PARTICIPLE reads. */
const APPOSITIVE_LOOK_BACK = 120;

/**
 * Whether a year or month alone is background, so a day count in a later sentence ("the day
 * before", "the next day") cannot count from it: told in a relative clause or after a pluperfect
 * (isBackground), in a describing appositive ("a trader jailed in 2019"), or naming an event as a
 * modifier ("the 2019 floods", "the May 2024 truce"), which dates that event, not the narrative.
 */
function isCoarseBackground(text: string, d: SentenceDate): boolean {
  const s = d.spec;
  if (s.kind !== "calendar" || s.day !== undefined || (s.year === undefined && s.month === undefined)) return false;
  if (THE_BEFORE.test(text.slice(Math.max(0, d.start - 5), d.start)) && NOUN_AFTER.test(text.slice(d.end, d.end + 14))) return true;
  // Only the last ", a" before the date can open the appositive (it holds no comma), and only a
  // short one describes someone: the cap keeps the regex linear over long runs of "-ed" words.
  const before = text.slice(Math.max(0, d.start - APPOSITIVE_LOOK_BACK), d.start);
  const at = before.lastIndexOf(", a");
  return at >= 0 && APPOSITIVE_PARTICIPLE.test(before.slice(at));
}

/**
 * Finds and resolves every date expression of an article, in text order, so that
 * "the next day" and "the 7 October attack" can lean on earlier mentions.
 *
 * @example findDateMentions(article, splitSentences(article))
 */
export function findDateMentions(article: Article, sentences: Sentence[]): DateMention[] {
  const dayFirst = article.dayFirst === true;
  const found: Found[] = [];
  for (const sentence of sentences) {
    if (sentence.kind === "credit" || sentence.kind === "boilerplate") continue;
    const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
    const headline = sentence.kind === "headline";
    const dates = datesInSentence(text, dayFirst);
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      const role = dateRole(text, d.start, d.end, d.spec);
      // The sentence up to the date, sliced once for the three tests that read it.
      const before = text.slice(0, d.start);
      const future = d.future || (headline && canPointToFuture(d.spec) && headlinePointsToFuture(before));
      const background = isBackground(before) || isCoarseBackground(text, d);
      // Only a day can be a look back that a later count passes over (see resumesStory).
      const recalled = d.spec.kind === "calendar" && (d.spec.day !== undefined || d.spec.weekday !== undefined) && RECALL.test(before);
      const periodStart = (before.includes("began") || before.includes("started")) && PERIOD_START_BEFORE.test(before);
      found.push({sentenceIndex: sentence.index, start: sentence.start + d.start, end: sentence.start + d.end, text: d.text, spec: d.spec, future, attributive: d.attributive, role, background, recalled, periodStart});
    }
  }
  return resolveAll(found, article.published, article.text);
}

/** The cue windows of the sentence at hand, flat (see cueWindowsInto): one array for every sentence. */
const WINDOWS: number[] = [];

/**
 * The date expressions of one sentence, offsets relative to the sentence: chrono over the
 * windows around its date cues, then our filters. Depends only on the text and the reading.
 *
 * @example datesInSentence("Rivers rose on Monday.", false) // [{start: 15, end: 21, text: "Monday", …}]
 */
export function datesInSentence(text: string, dayFirst: boolean): readonly SentenceDate[] {
  const count = cueWindowsInto(text, WINDOWS);
  if (count === 0) return NO_DATES;
  const out: SentenceDate[] = [];
  for (let w = 0; w < count; w += 2) {
    const from = WINDOWS[w];
    const part = text.slice(from, WINDOWS[w + 1]);
    const mask = needMask(part);
    const light = lightParse(part, dayFirst, mask);
    if (light) {
      for (const r of light) {
        const spec = lightSpec(r);
        if (!spec) continue;
        const trimmed = trimResult(r.text, from + r.index, spec);
        if (trimmed && keepSpec(spec, r.own !== null, text, trimmed)) out.push(sentenceDate(text, trimmed, spec));
      }
      continue;
    }
    let results;
    try {
      results = chronoForMask(dayFirst, mask).parse(part, REFERENCE);
    } catch {
      continue;
    }
    for (const r of results) {
      const spec = interpret(r);
      if (!spec) continue;
      const trimmed = trimResult(r.text, from + r.index, spec);
      if (trimmed && keepResult(r, spec, text, trimmed)) out.push(sentenceDate(text, trimmed, spec));
    }
  }
  markFuture(text, out);
  return dropGaps(text, joinMonthOfYear(text, out));
}

/** Between a month and "that year": " of " (or nothing, when the month's text ends in "of", as chrono reads it). */
const OF_GAP = /^\s*(?:of\s+)?$/i;
const ENDS_IN_OF = /\sof$/i;

/**
 * Joins a month alone and a year counted from the date before it into one date: "freed in March of that year" after
 * "In January 2012" is March 2012, not the latest March before publication and then its year. Also "of the same
 * year", "of the following / previous year".
 *
 * @example joinMonthOfYear("freed in March of that year", dates) // one date "March of that year", spec fromAnchor year 0 month 3
 */
function joinMonthOfYear(text: string, dates: SentenceDate[]): SentenceDate[] {
  if (dates.length < 2) return dates;
  let out: SentenceDate[] | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const e = i + 1 < dates.length ? dates[i + 1] : undefined;
    if (e !== undefined && d.spec.kind === "calendar" && d.spec.month !== undefined && d.spec.year === undefined && d.spec.day === undefined &&
      d.spec.weekday === undefined && e.spec.kind === "fromAnchor" && e.spec.unit === "year" && e.spec.anchor === undefined && e.start >= d.end) {
      const gap = text.slice(d.end, e.start);
      if (OF_GAP.test(gap) && (gap.includes("of") || ENDS_IN_OF.test(d.text))) {
        const month = d.spec.month;
        const joined: SentenceDate = {start: d.start, end: e.end, text: text.slice(d.start, e.end), spec: {...e.spec, month}, future: false, attributive: false};
        (out ??= dates.slice(0, i)).push(joined);
        i++;
        continue;
      }
    }
    if (out) out.push(d);
  }
  return out ?? dates;
}

/**
 * The count hedges of the model (PREFIX_HEDGES: "more than", "nearly", "some", "just over"), with
 * "just" alone ("on Monday, just 40 days after"), longest first, each space any run of spaces.
 */
const GAP_HEDGE = [...PREFIX_HEDGES, "just"]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
  .join("|");

/**
 * Only a comma (or a dash) between two dates, maybe after the first one's part of the day
 * ("on Saturday evening, 120 days after") or before a hedge ("on Monday, nearly 40 days
 * after"): the second is set off after the first.
 */
const APPOSITION = new RegExp(`^(?:\\s+(?:morning|afternoon|evening|night))?\\s*[,—–]\\s*(?:(?:${GAP_HEDGE})\\s+)?$`);

/**
 * Drops a count from a date set off right after another date: "The dam gave way on Monday, 40
 * days after the first cracks were seen" says how long before Monday the cracks came; the 40 days
 * do not date anything after Monday. A count standing alone ("Forty days after the cracks
 * were seen, the dam gave way") is kept: it counts from the date before it.
 */
function dropGaps(text: string, dates: SentenceDate[]): SentenceDate[] {
  if (dates.length < 2) return dates;
  return dates.filter((d) => !(isCount(d.spec) && dates.some((e) => e.end <= d.start && APPOSITION.test(text.slice(e.end, d.start)))));
}

/** "40 days after", "a week before", "the next day": a count from an anchor, not "that day". */
function isCount(spec: Spec): boolean {
  return spec.kind === "fromAnchor" && spec.n !== 0 && spec.anchor === undefined;
}

/**
 * Sets `future` on the dates a future cue can move (not "yesterday" or "the next day"). The
 * cue-word test runs once, over the stretch the dates look back on (from 120 characters before the
 * first to the last): a sentence without a cue word there has no future date, and most have none.
 */
function markFuture(text: string, dates: SentenceDate[]): void {
  let first = -1;
  let last = -1;
  for (const d of dates) {
    if (!canPointToFuture(d.spec) && !countsDaysForward(d.spec)) continue;
    if (first < 0 || d.start < first) first = d.start;
    if (d.start > last) last = d.start;
  }
  if (first < 0) return;
  requestedWeekdays(text, dates);
  if (!mayPointToFuture(text.slice(Math.max(0, first - FUTURE_LOOK_BACK), last))) return;
  for (const d of dates) {
    if (d.future) continue;
    if (canPointToFuture(d.spec)) d.future = pointsToFuture(text.slice(0, d.start));
    // "Officials said on Monday the crew would land the next day": the day after that Monday.
    else if (countsDaysForward(d.spec)) d.future = !dates.some((e) => e.end <= d.start) && pointsToFuture(text.slice(0, d.start));
  }
}

/**
 * Session 32: a bare weekday inside what someone was asked, told, ordered or called on to do is that act's day, ahead: "The chief
 * minister asked the collector to report back to him on Friday" (published on a Tuesday) is the coming Friday. Only a
 * weekday with nothing else (a month and day keep their own reading: "asked the envoy to open a channel … on 21
 * January" dates the asking, and its year must not move), after "to" and a verb in the same clause, with the asking's
 * object a pronoun, a name or a noun phrase of up to four words.
 */
const REQUEST_INFINITIVE_BEFORE = new RegExp(
  String.raw`\b(?:${REQUEST_VERBS.map((v) => v.replace(/ /g, String.raw`\s+`)).join("|")})\s+(?:him|her|them|us|me|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?:(?:the|his|her|their|its)\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})\s+to\s+\p{Ll}+\b[^,;.:!?]{0,50}?\s+(?:on\s+)?$`,
  "u"
);
/** The first word of each REQUEST_VERBS entry: one of them must stand in the text a weekday looks back on. */
const REQUEST_FIRST_WORDS = new RegExp([...new Set(REQUEST_VERBS.map((v) => v.split(" ")[0]))].join("|"));

/** Marks `future` on bare weekdays right after a request's infinitive (REQUEST_INFINITIVE_BEFORE). */
function requestedWeekdays(text: string, dates: SentenceDate[]): void {
  for (const d of dates) {
    const s = d.spec;
    if (s.kind !== "calendar" || s.weekday === undefined || s.day !== undefined || s.month !== undefined || s.weekdayDir !== undefined) continue;
    // "asked" or "told" must stand within the 130 characters the regex reads: most sentences have neither.
    const before = text.slice(Math.max(0, d.start - 130), d.start);
    if (!REQUEST_FIRST_WORDS.test(before)) continue;
    if (REQUEST_INFINITIVE_BEFORE.test(before)) d.future = true;
  }
}

/**
 * "the next day", "two days later": days counted forward from the date before. In a future
 * clause with no date before it in its sentence ("the envoy said staff would visit the patients
 * the next day") they count from publication instead (resolveAll), not from the last date told.
 */
function countsDaysForward(spec: Spec): boolean {
  return spec.kind === "fromAnchor" && spec.unit === "day" && spec.n > 0 && spec.anchor === undefined && spec.vague !== true;
}

const GLUED_WEEKEND = /^[\s,(]*(?:on\s+)?(?:(?:this|last|past|next)\s+)?weekend\s*,?\s*/i;

/** A parse result's text tightened to the date expression (offsets in the sentence), or null when nothing is left. */
function trimResult(resultText: string, start: number, spec: Spec): {start: number; text: string} | null {
  if (spec.kind === "calendar") {
    // chrono glues a weekend to a date right after it ("weekend, October 7"): the date is the rest.
    // The regex needs "weekend" (any case): most results have no "k" and skip it.
    const glued = resultText.includes("k") || resultText.includes("K") ? GLUED_WEEKEND.exec(resultText) : null;
    if (glued && glued[0].length < resultText.length) {
      start += glued[0].length;
      resultText = resultText.slice(glued[0].length);
    }
  }
  // "last weekend" keeps its "last" like "last week"; only a leading "on" or comma goes.
  const keepLead = spec.kind === "calendar" ? spec.modifier !== undefined || spec.monthYear !== undefined : spec.kind !== "weekend";
  const trimmed = trimMatch(resultText, start, keepLead);
  // "March, 40" read as a month and a two-digit year, which interpret dropped: the date is "March".
  // "May 5, 19" read as a day and a two-digit year, which interpret dropped: the date is "May 5".
  const count =
    spec.kind !== "calendar" || spec.year !== undefined ? null : spec.day === undefined ? MONTH_COMMA_COUNT.exec(trimmed.text) : endsInShortNumber(trimmed.text) ? DAY_THEN_COUNT.exec(trimmed.text) : null;
  if (count) trimmed.text = count[1];
  return trimmed.text ? trimmed : null;
}

/** Dates a future cue moves forward: calendar dates, weekends, days of the month, a season alone ("will reopen in the spring"; not "yesterday", "the next day"). */
function canPointToFuture(spec: Spec): boolean {
  return spec.kind === "calendar" || spec.kind === "weekend" || spec.kind === "dayOfMonth" || (spec.kind === "season" && spec.dir === undefined);
}

/** "the" right before a date. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** A lowercase noun right after a date ("crash", "attack"), not a clause word ("and", "when", "was"). */
const NOUN_AFTER = /^\s+(?!(?:and|or|but|to|in|on|at|of|for|with|by|from|when|as|after|before|until|since|was|is|were|are|had|has|have|will|would|that|which|who)\b)[a-z]/;

/** A kept date; `future` is set afterwards for the whole sentence (markFuture). */
function sentenceDate(text: string, trimmed: {start: number; text: string}, spec: Spec): SentenceDate {
  const end = trimmed.start + trimmed.text.length;
  const monthDay = spec.kind === "calendar" && spec.month !== undefined && spec.day !== undefined && spec.year === undefined;
  return {
    start: trimmed.start,
    end,
    text: trimmed.text,
    spec,
    future: false,
    attributive: monthDay && THE_BEFORE.test(text.slice(Math.max(0, trimmed.start - 5), trimmed.start)) && NOUN_AFTER.test(text.slice(end, end + 14))
  };
}

/**
 * A phrase counted in days from the previous date ("the same day", "the next day", "earlier in
 * the day"). After a period counted from publication ("last year", "this month": the frame of a
 * statistic, not a day) it counts from the latest date known to the day instead: "Rebels freed
 * the pilot on Tuesday. Over 200 people were kidnapped last year. The same day, they freed two
 * soldiers." is that Tuesday. After a calendar month or year ("In January … The next day") or
 * "later that month", the coarse date stands.
 */
function countsDays(spec: Spec): boolean {
  return spec.kind === "fromAnchor" && spec.unit === "day" && spec.anchor === undefined;
}

/** "the same day", "later that day", "that day": the day of the date before, not a count. */
function sameDay(spec: Spec): boolean {
  // "slipped away on the first night" (vague false, parsers.ts) is the first night of the seizure told before it, even
  // when that was told as background ("had been abducted on 30 July"), not the story's latest day.
  return spec.kind === "fromAnchor" && spec.unit === "day" && spec.n === 0 && spec.anchor === undefined && spec.vague !== false;
}

/** How many days before publication a day still counts as the story's own ("on Tuesday"), not its past. */
const NEWS_DAYS = 10;

/**
 * What a day count in a later sentence counts from when the date before it was background.
 * After a day ("a foreman who had joined the pit on May 20, 2019"), "the same day" is the
 * story's latest day, while "the next day" goes on from the background day. After a year or a
 * month, which a day cannot count from, a count goes on from the story's latest day when the
 * aside's year or month holds it, as the story is then still telling that time ("The tribunal
 * freed him on Wednesday. On June 8, 2020, soldiers stormed the depot. Karim, a driver detained
 * in 2020, was held. The next day, …" is June 9, 2020). An aside in another time ("Lena Varga, a
 * pilot dismissed in 2021" after "arrested on 2 May 2023") leaves that day in the story's past,
 * so the count takes the day near publication ("her deputy, who joined the talks the day before"
 * counts back from the news day of the lead); else the latest day, else the background date.
 */
function afterBackground(anchor: Resolved | null, s: Spec, storyDay: Resolved | null, newsDay: Resolved | null): Resolved | null {
  if (anchor && anchor.precision !== "day") return storyDay && anchor.date && storyDay.date?.startsWith(anchor.date) ? storyDay : (newsDay ?? storyDay ?? anchor);
  return sameDay(s) && storyDay ? storyDay : anchor;
}

/** How many sentences after a look-back date a forward day count must stand to resume the story (see resumesStory). */
const RESUME_GAP = 2;

/**
 * True when a day counted forward ("the next day", "two days later") resumes the story's latest day rather than a
 * look back told before it: the last date (`anchor`) is earlier than the latest day already reached (`latest`), and
 * the count stands at least RESUME_GAP sentences after it, and the look back was told as a recollection
 * (Found.recalled: "recalled", "remembered"). A past told plainly is the story's own: in "freed on 22 May. He said he
 * was seized on 2 May. '…,' he said. The next day the kidnappers released his driver" the count follows 2 May
 * (review 12). "Rescuers reached the village on 22 May … A resident
 * recalled the river rising on 10 May. 'Nobody came,' she said. A medical team arrived the next day" is 23 May; right after the look back ("He was
 * seized on 2 May. The next day, …") the count still follows it.
 */
function resumesStory(anchor: Resolved | null, latest: Resolved | null, s: Spec, sentence: number, anchorSentence: number, anchorRecalled: boolean): boolean {
  if (!anchorRecalled || anchor === null || latest === null || anchor.precision !== "day" || !countsDaysForward(s)) return false;
  return sentence - anchorSentence >= RESUME_GAP && (anchor.date as string) < (latest.date as string);
}

/** A part of the day named right after a date ("on Sunday night", "Monday evening") or at the end of "that night". */
const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;
const PART_AT_END = /\b(morning|afternoon|evening|night)$/i;
/** How many sentences back "that night" looks for the night it names (see partOfDayAnchor). */
const PART_LOOK_BACK = 3;

/**
 * "that night", "later that evening": the night named last ("freed on Sunday night"), when a date
 * told after it goes back in time to a day with no such part ("Both were seized on 7 May"): the
 * narrative returns to the night it left, as "later" goes on from it. Only a day within
 * PART_LOOK_BACK sentences, later in time than the date before the phrase.
 */
function partOfDayAnchor(f: Found, anchor: Resolved | null, anchorPart: string | null, parts: Map<string, {resolved: Resolved; sentence: number}>): Resolved | null {
  if (anchor === null || anchor.precision !== "day" || !sameDay(f.spec)) return null;
  const m = PART_AT_END.exec(f.text);
  if (!m) return null;
  const part = m[1].toLowerCase();
  if (anchorPart === part) return null;
  const named = parts.get(part);
  if (!named || f.sentenceIndex - named.sentence > PART_LOOK_BACK) return null;
  return (named.resolved.date as string) > (anchor.date as string) ? named.resolved : null;
}

function resolveAll(found: Found[], published: string | null, text: string): DateMention[] {
  const pub = parsePartialDate(published);
  // What a future "the next day" counts from (see countsDaysForward): publication, when known to the day.
  const today: Resolved | null = pub && pub.d !== undefined ? {date: formatYmd(pub), precision: "day", basis: "relative"} : null;
  // Seeded with full dates stated anywhere in the article, so "the October 7 attack" in the
  // lead takes its year from "October 7, 2023" further down; once a month-day has been stated
  // with a year, the most recent such statement wins.
  const explicitYears = new Map<number, number>();
  for (const f of found) {
    const s = f.spec;
    if (s.kind === "calendar" && s.year !== undefined && s.month !== undefined && s.day !== undefined) {
      const key = monthDayKey(s.month, s.day);
      if (!explicitYears.has(key)) explicitYears.set(key, s.year);
    }
  }
  // "seized on March 3" in a story of a captivity "after 512 days": the year the count reaches back to, where
  // the article states none (see yearsFromDayCounts).
  for (const [key, year] of yearsFromDayCounts(text, pub, found)) if (!explicitYears.has(key)) explicitYears.set(key, year);
  // The year of the latest month stated with its year ("in July 2018"), by month: "the 23 July
  // blaze" a few lines on names that July's event.
  const monthYears = new Map<number, number>();
  let anchor: Resolved | null = null;
  // Whether `anchor` is a period counted from publication ("last year"), and the latest date
  // known to the day: "the same day" passes over the first for the second (see anchorFor).
  let periodAnchor = false;
  // The anchor before a month or year told as a period's start ("since 2018"), while that is the anchor: what a
  // day count goes on from (see base below).
  let sinceBase: Resolved | null = null;
  let dayAnchor: Resolved | null = null;
  // Whether `anchor` was told as background, its sentence, and the latest day known to the day
  // that was not (see isBackground).
  let anchorBackground = false;
  let anchorSentence = -1;
  let anchorRecalled = false;
  let storyDay: Resolved | null = null;
  // The latest such day in the days up to publication (see NEWS_DAYS): what "the day before"
  // counts from after a background year or month of another time (see afterBackground).
  let newsDay: Resolved | null = null;
  // The latest day the story has reached so far, by date (not by reading order), before publication: a past story
  // counting "the next day" from today would land in the future (and a dateline's day is today).
  let latestDay: Resolved | null = null;
  // The last day named with each part of the day ("Sunday night"), and the part the anchor names (see partOfDayAnchor).
  const parts = new Map<string, {resolved: Resolved; sentence: number}>();
  let anchorPart: string | null = null;
  // Distinct days told since the last such night: a flashback of two or more days ("seized on
  // 2 May … called his wife on 3 May. That night, …") is a story of its own, whose "that night" is
  // its own last day (review 22, F19).
  let daysSinceNight = 0;
  let lastDaySinceNight: string | null = null;
  const newsFrom = pub && pub.d !== undefined ? formatYmd(addDays(pub as Required<Ymd>, -NEWS_DAYS)) : null;
  // Pushed into a list, not returned from map: an article with no date got an empty array of
  // another elements kind from map, and stage 05's optimised reader of the dates was thrown
  // away. forEach, not a for loop: the loop made resolveAll itself hot early, and it was then
  // deoptimised again for each new shape of publication date (six compiles instead of one).
  const out: DateMention[] = [];
  // Days read so far, for a count tied to an event ("the day after the collapse"; event-anchor.ts).
  const days: DayRead[] = [];
  // The day a backward day count ("the night before") was counted from, while that count is the anchor.
  let flashbackFrom: Resolved | null = null;
  let flashbackSentence = -1;
  found.forEach((f) => {
    const s = f.spec;
    const namedYear = f.attributive && s.kind === "calendar" && s.month !== undefined ? monthYears.get(s.month) : undefined;
    // "fought federal forces since August 2023. … the next day": a day count passes over a month or year that opens
    // a period (no point the story stands at) to the date before it; "that year" still names that year.
    const base = sinceBase !== null && countsDays(s) ? sinceBase : anchor;
    let from: Resolved | null = f.future && s.kind === "fromAnchor" ? today : periodAnchor && dayAnchor && countsDays(s) ? dayAnchor : base;
    // A day count in a later sentence after a background date: see afterBackground.
    if (from === anchor && anchorBackground && countsDays(s) && f.sentenceIndex !== anchorSentence) from = afterBackground(anchor, s, storyDay, newsDay);
    // A day counted forward well after a look back: see resumesStory.
    else if (from === anchor && resumesStory(anchor, latestDay, s, f.sentenceIndex, anchorSentence, anchorRecalled)) from = latestDay;
    // "later that night" after a flashback: the night named before it (see partOfDayAnchor).
    else if (from === anchor && !f.future && parts.size > 0 && daysSinceNight <= 1) from = partOfDayAnchor(f, anchor, anchorPart, parts) ?? from;
    // "on 26 August … had arrived the night before. … flew back the following day": a forward count after a look
    // back counts from the day the look back was taken from (the 27th), not from the night before.
    // Only after a look back of one day ("the night before", "the day before") told in an earlier sentence: "had been
    // arrested three days earlier and was released the next day" counts from the arrest (review 26 args F2).
    if (from === anchor && flashbackFrom !== null && f.sentenceIndex !== flashbackSentence && s.kind === "fromAnchor" && s.unit === "day" && s.n > 0 && s.anchor === undefined) from = flashbackFrom;
    // "the day after the collapse": from the day the collapse was told on (event-anchor.ts).
    if (s.kind === "fromAnchor" && s.unit === "day" && days.length > 0) {
      const noun = eventNounAfter(text, f.end);
      if (noun !== null) from = dayOfEvent(days, text, noun) ?? from;
    }
    const resolved = resolveSpec(s, {published: pub, anchor: from, explicitYears, future: f.future, namedYear});
    if (resolved.date && resolved.precision === "day" && !f.future) days.push({resolved, start: f.start, end: f.end});
    if (resolved.date) periodAnchor = s.kind === "fromPublication" && resolved.precision !== "day";
    if (resolved.date && resolved.precision === "day") dayAnchor = resolved;
    if (s.kind === "calendar" && s.year !== undefined && s.month !== undefined && resolved.basis === "explicit") monthYears.set(s.month, s.year);
    // A month-day whose year the text gave ("October 7, 2023", "Oct. 7 last year") lends that
    // year to later bare mentions of the same day ("the 7 October attack").
    if (s.kind === "calendar" && s.month !== undefined && s.day !== undefined && resolved.date && resolved.basis !== "inferred") {
      explicitYears.set(monthDayKey(s.month, s.day), Number(resolved.date.slice(0, 4)));
    }
    if (resolved.date && !f.periodStart) {
      flashbackFrom = s.kind === "fromAnchor" && s.unit === "day" && s.n === -1 && s.anchor === undefined && from !== null && from.precision === "day" ? from : null;
      flashbackSentence = f.sentenceIndex;
      sinceBase = f.role === "since" && resolved.precision !== "day" ? (sinceBase ?? anchor) : null;
      anchor = resolved;
      const after = resolved.precision === "day" ? PART_AFTER.exec(text.slice(f.end, f.end + 12)) : null;
      anchorPart = after ? after[1].toLowerCase() : null;
      if (after && !f.background && !f.future) {
        parts.set(anchorPart as string, {resolved, sentence: f.sentenceIndex});
        daysSinceNight = 0;
        lastDaySinceNight = null;
      } else if (resolved.precision === "day" && resolved.date !== lastDaySinceNight) {
        daysSinceNight++;
        lastDaySinceNight = resolved.date;
      }
      anchorBackground = f.background;
      anchorSentence = f.sentenceIndex;
      anchorRecalled = f.recalled;
      if (!f.background && resolved.precision === "day") storyDay = resolved;
      if (!f.background && !f.future && resolved.precision === "day" && (latestDay === null || (resolved.date as string) > (latestDay.date as string)) &&
        (today === null || (resolved.date as string) < (today.date as string))) latestDay = resolved;
      if (!f.background && !f.future && resolved.precision === "day" && newsFrom && today && resolved.date >= newsFrom && resolved.date <= (today.date as string)) newsDay = resolved;
    }
    out.push({
      sentenceIndex: f.sentenceIndex,
      start: f.start,
      end: f.end,
      text: f.text,
      date: resolved.date,
      precision: resolved.precision,
      basis: resolved.basis,
      role: f.role
    });
  });
  return out;
}
