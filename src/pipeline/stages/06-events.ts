import type {Article, Context, DateMention, EventMention, Mention, Sentence} from "../types.ts";
import {frameFor, sentenceLists} from "../events/frame.ts";
import {eventsInFrame} from "../events/find-events.ts";
import {mayHaveTrigger} from "../events/triggers.ts";
import {PROSE_AUXILIARY_WORDS, PROSE_MIN_WORDS, PROSE_OPENING_ARTICLES, SAME_DAY_TEXTS} from "../model/event-cues.ts";

/** The index list of a sentence with no mention or date (shared: only ever read). */
const NONE: number[] = [];

/**
 * The article's events while they are collected, reused by every article; the answer is a copy
 * at its final size (`slice`). Why not a fresh `[]` per article: the lists live to the end of the
 * run, so V8 soon decides to allocate that literal's arrays in the old generation, and the
 * decision threw away the compiled findEvents mid-run ("code dependencies" in --trace-deopt); a
 * copy made by `slice` has no allocation site to decide about. Not re-entrant: nothing called while
 * it is filled may run stage 06 again.
 */
const EVENTS: EventMention[] = [];

const PROSE_AUXILIARIES = new Set(PROSE_AUXILIARY_WORDS);
const PROSE_OPENERS = PROSE_OPENING_ARTICLES.map((w) => w + " ");

/**
 * A line below the title that the sentence stage took for a headline but that is written as prose:
 * it opens with an article and holds an auxiliary, which headline grammar drops, over
 * PROSE_MIN_WORDS words or more ("The two hostages were freed by rebels on Sunday; …"): the
 * page's standfirst, whose events count.
 */
function proseLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  if (!PROSE_OPENERS.some((o) => line.startsWith(o))) return false;
  const words = line.split(/\s+/);
  if (words.length < PROSE_MIN_WORDS) return false;
  for (const w of words) if (PROSE_AUXILIARIES.has(w)) return true;
  return false;
}

/** Characters of a standfirst compared with the body's sentences by restatedInBody. */
const RESTATED_CHARS = 60;

/**
 * Whether a body sentence opens with the standfirst's first RESTATED_CHARS characters (or all of
 * it): the lede restating it word for word ("The two engineers were freed by rebels on Sunday …,
 * officials said"), whose events the body gives already (review 22, F23).
 */
function restatedInBody(text: string, standfirst: Sentence, sentences: Sentence[]): boolean {
  const head = text.slice(standfirst.start, Math.min(standfirst.end, standfirst.start + RESTATED_CHARS)).replace(/[.;:,!?]+$/, "");
  for (let k = 0; k < sentences.length; k++) {
    const b = sentences[k];
    if (b.kind === "body" && b.end - b.start >= head.length && text.startsWith(head, b.start)) return true;
  }
  return false;
}

/**
 * Stage 06: event mentions from a trigger lexicon (src/pipeline/model/event-triggers.ts),
 * each with the date of its clause (never invented), its actors (mentions of the clause),
 * a location and a modality. Only body sentences count: headlines, captions, credits,
 * datelines, boilerplate and repeated paragraphs produce no events.
 *
 * @example findEvents(article, sentences, dates, mentions, ctx)
 */
export function findEvents(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): EventMention[] {
  // Lists shared with the other of stages 06/07 for this article (see sentenceLists).
  const mentionsBy = sentenceLists(mentions);
  const datesBy = sentenceLists(dates);
  // Emptied first as well: a stage failure (caught per article) may have left some behind.
  EVENTS.length = 0;
  // Indexed loops, not for-of (an iterator-closing try/finally each): a smaller cold compile.
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if ((sentence.kind !== "body" && !(sentence.kind === "headline" && s > 0 && proseLine(article.text, sentence.start, sentence.end) && !restatedInBody(article.text, sentence, sentences))) || sentence.repeatOf !== null) continue;
    const dateIds = datesBy.get(sentence.index) ?? NONE;
    // Most of the cost is tokenising: skip sentences with no date and no trigger word.
    if (dateIds.length === 0 && !mayHaveTrigger(article.text, sentence.start, sentence.end)) continue;
    const ids = mentionsBy.get(sentence.index) ?? NONE;
    // Stage 07 reads only sentences with a mention: keep just those frames for it.
    const frame = frameFor(article, sentence, mentions, ids, dates, dateIds, ids.length > 0);
    const events = eventsInFrame(frame, ctx, article.published ?? "");
    for (let e = 0; e < events.length; e++) EVENTS.push(events[e]);
  }
  sameDayAsLastRelease(EVENTS);
  const out = EVENTS.slice();
  // Hold no article's events past the call.
  EVENTS.length = 0;
  return out;
}

const SAME_DAY = new Set(SAME_DAY_TEXTS);

/**
 * Session 33: "the same day" of a release is the day of the article's last earlier release, when that one has a day: "Nicaragua released the journalist on Wednesday. Chaves thanked the Pope on Thursday. Nicaragua also
 * freed another seven prisoners the same day" → Wednesday, the other release's day, not Thursday, the last date
 * written before it (which stage 03 counts from). Left as it is when no earlier event of its type has a day.
 *
 * @example sameDayAsLastRelease(events) // a "the same day" release takes the earlier release's date
 */
function sameDayAsLastRelease(events: EventMention[]): void {
  for (let k = 1; k < events.length; k++) {
    const e = events[k];
    // Releases only (a visit or a meeting "the same day" is as often the last date's as the last visit's), and not a
    // sentence-opening "The same day …", which names its own anchor ("The same day B was freed, A released C").
    if (e.type !== "release" || e.dateText === null || !SAME_DAY.has(e.dateText)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = events[j];
      if (p.type !== e.type || p.datePrecision !== "day" || p.date === null || (p.dateText !== null && SAME_DAY.has(p.dateText))) continue;
      if (p.date !== e.date) {
        e.date = p.date;
        e.datePrecision = "day";
        e.dateBasis = "inferred";
      }
      break;
    }
  }
}
