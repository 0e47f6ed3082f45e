import type {DateMention, Sentence} from "../types.ts";

/** Marks between two places in a sentence that start a new clause. */
const CLAUSE_BREAK = /[,;:—–()]|\b(?:and|but|while|whereas|although|though|which|who|whom|whose|because|since|until)\b/gi;
/** A date among the first words of a sentence is a fronted adverbial ("On Monday, rescuers …"). */
const FRONTED = /^\W*(?:\S+\s+){0,3}$/;

/**
 * The date mention of a sentence that best dates a span of that sentence (an event trigger, a
 * figure): the one in the same clause if any (fewest commas, semicolons, dashes, brackets and
 * conjunctions between them), then the closest in characters. A date fronted at the start of
 * the sentence ("On Monday, rescuers pulled …") counts as part of the main clause, so its comma
 * is not held against it. Resolved mentions are preferred over unresolved ones (date null).
 * Returns null when the sentence has no date mention.
 *
 * `start`/`end` are offsets into Article.text, like the mentions' own.
 *
 * @example dateForSpan(dates, sentences[3], trigger.start, trigger.end)?.date // "2024-11-11"
 */
export function dateForSpan(dates: DateMention[], sentence: Sentence, start: number, end: number): DateMention | null {
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    if (d.sentenceIndex !== sentence.index) continue;
    const score = clauseDistance(sentence, d, start, end) * 100000 + charDistance(d, start, end) + (d.date === null ? 50000 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function charDistance(d: DateMention, start: number, end: number): number {
  if (d.end <= start) return start - d.end;
  if (d.start >= end) return d.start - end;
  return 0;
}

function clauseDistance(sentence: Sentence, d: DateMention, start: number, end: number): number {
  const from = Math.min(d.end, end);
  const to = Math.max(d.start, start);
  if (to <= from) return 0;
  const gap = sentence.text.slice(Math.max(0, from - sentence.start), Math.max(0, to - sentence.start));
  let breaks = 0;
  CLAUSE_BREAK.lastIndex = 0;
  while (CLAUSE_BREAK.exec(gap)) breaks++;
  const fronted = d.end <= start && FRONTED.test(sentence.text.slice(0, Math.max(0, d.start - sentence.start)));
  return fronted ? Math.max(0, breaks - 1) : breaks;
}
