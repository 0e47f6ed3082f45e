import type {EventRow, SentenceRow} from "../tables/rows.ts";
import type {GoldDate, Miss} from "./types.ts";
import {locateAll, overlaps, type Span} from "./locate.ts";
import {sentenceAround} from "./figures.ts";

export interface DateCounts {
  gold: number;
  detected: number;
  correct: number;
  predictedDated: number;
  predictedCorrect: number;
  misses: Miss[];
}

/**
 * Where an event's date_text sits in the article: inside the event's own sentence when it can be
 * found there (the usual case), else every occurrence in the article (a date carried over from an
 * earlier sentence — "The next day" — still counts where it is written).
 *
 * @example dateTextSpans(text, event, sentences)[0]
 */
export function dateTextSpans(text: string, event: EventRow, sentences: SentenceRow[]): Span[] {
  const dt = event.date_text;
  if (!dt) return [];
  const s = sentences.find((x) => x.sentence_index === event.sentence_index);
  if (s) {
    const local = text.slice(s.char_start, s.char_end).indexOf(dt);
    if (local >= 0) return [{start: s.char_start + local, end: s.char_start + local + dt.length}];
  }
  return locateAll(text, dt);
}

/**
 * Scores event dates of one article: a gold expression is detected when some event row's date_text
 * overlaps it, correct when that row also has the gold date and precision. Precision side: of the
 * predicted events with a date, how many sit on a gold expression with the right date.
 *
 * @example scoreArticleDates(text, events, sentences, gold, "a.txt").correct
 */
export function scoreArticleDates(text: string, events: EventRow[], sentences: SentenceRow[], gold: GoldDate[], file: string): DateCounts {
  const located = events.map((e) => ({e, spans: dateTextSpans(text, e, sentences)}));
  const goldSpans = gold.map((g) => locateAll(text, g.text, g.context)[0] ?? null);
  const misses: Miss[] = [];
  let detected = 0;
  let correct = 0;
  gold.forEach((g, gi) => {
    const span = goldSpans[gi];
    if (!span) {
      misses.push({table: "event_dates", kind: "missed", file, detail: `"${g.text}" not found in text`, sentence: g.context ?? g.text});
      return;
    }
    const hits = located.filter((x) => x.spans.some((s) => overlaps(s, span)));
    if (hits.length === 0) {
      misses.push({table: "event_dates", kind: "missed", file, detail: `"${g.text}" → ${g.date} (${g.precision}): no event carries it`, sentence: sentenceAround(text, span)});
      return;
    }
    detected++;
    if (hits.some((x) => x.e.date === g.date && x.e.date_precision === g.precision)) correct++;
    else {
      const got = hits.map((x) => `${x.e.date ?? "null"} (${x.e.date_precision ?? "-"})`).join(", ");
      misses.push({table: "event_dates", kind: "wrong", file, detail: `"${g.text}" → want ${g.date} (${g.precision}), got ${got}`, sentence: sentenceAround(text, span)});
    }
  });
  const dated = located.filter((x) => x.e.date !== null);
  let predictedCorrect = 0;
  for (const x of dated) {
    const ok = gold.some((g, gi) => {
      const span = goldSpans[gi];
      return span !== null && x.e.date === g.date && x.spans.some((s) => overlaps(s, span));
    });
    if (ok) predictedCorrect++;
  }
  return {gold: gold.length, detected, correct, predictedDated: dated.length, predictedCorrect, misses};
}
