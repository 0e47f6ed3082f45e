import type {ArticleExtraction} from "../types.ts";
import type {GoldArticle, Miss} from "./types.ts";
import {locateAll, overlaps} from "./locate.ts";
import {sentenceAround} from "./figures.ts";
import {nameKey} from "./actors.ts";
import {ratio} from "./prf.ts";

/** Per-stage sanity and accuracy numbers from the per-article extractions (before corpus stages). */
export interface StageScore {
  /** 02: sentences per article, sentences whose text is not `text.slice(start, end)`, longest sentence. */
  sentences: {articles: number; total: number; emptyArticles: number; badOffsets: number; longest: number};
  /** 03: gold event-date expressions covered by a date mention, and resolved right (date + precision). */
  dateMentions: {gold: number; detected: number; correct: number; accuracy: number};
  /** 04: gold actor names seen as a mention (surface or resolved name) in that article. */
  mentions: {gold: number; found: number; recall: number};
  /** Stage warnings (a stage threw) by stage. */
  stageWarnings: Record<string, number>;
}

/**
 * Scores the stages that the output tables only show indirectly: sentence splitting (02), date
 * resolution on every date mention (03) and mention finding (04).
 *
 * @example scoreStages(extractions, gold).dateMentions.accuracy
 */
export function scoreStages(extractions: ArticleExtraction[], gold: GoldArticle[]): StageScore & {misses: Miss[]} {
  const misses: Miss[] = [];
  const s = {articles: 0, total: 0, emptyArticles: 0, badOffsets: 0, longest: 0};
  const d = {gold: 0, detected: 0, correct: 0};
  const m = {gold: 0, found: 0};
  const stageWarnings: Record<string, number> = {};
  for (const x of extractions) {
    for (const w of x.warnings) {
      const stage = w.split(":")[0];
      stageWarnings[stage] = (stageWarnings[stage] ?? 0) + 1;
    }
  }
  for (const g of gold) {
    const x = extractions.find((e) => e.article.file === g.file || e.article.file.endsWith(`/${g.file}`));
    const text = x?.article.text ?? "";
    s.articles++;
    const sentences = x?.sentences ?? [];
    if (sentences.length === 0) s.emptyArticles++;
    s.total += sentences.length;
    for (const sent of sentences) {
      if (text.slice(sent.start, sent.end) !== sent.text) s.badOffsets++;
      s.longest = Math.max(s.longest, sent.text.length);
    }
    for (const gd of g.event_dates) {
      d.gold++;
      const span = locateAll(text, gd.text, gd.context)[0];
      if (!span) continue;
      const hits = (x?.dates ?? []).filter((dm) => overlaps({start: dm.start, end: dm.end}, span));
      if (hits.length > 0) d.detected++;
      if (hits.some((h) => h.date === gd.date && h.precision === gd.precision)) d.correct++;
      else {
        const got = hits.length ? hits.map((h) => `"${h.text}"→${h.date} (${h.precision})`).join(", ") : "no date mention";
        misses.push({table: "date_mentions", kind: hits.length ? "wrong" : "missed", file: g.file, detail: `"${gd.text}" want ${gd.date} (${gd.precision}); got ${got}`, sentence: sentenceAround(text, span)});
      }
    }
    const seen = new Set<string>();
    for (const mention of x?.mentions ?? []) {
      seen.add(nameKey(mention.text));
      seen.add(nameKey(mention.name));
      if (mention.gazetteerName) seen.add(nameKey(mention.gazetteerName));
    }
    for (const name of g.actors) {
      m.gold++;
      if (seen.has(nameKey(name))) m.found++;
    }
  }
  return {
    sentences: s,
    dateMentions: {...d, accuracy: ratio(d.correct, d.gold)},
    mentions: {...m, recall: ratio(m.found, m.gold)},
    stageWarnings,
    misses
  };
}
