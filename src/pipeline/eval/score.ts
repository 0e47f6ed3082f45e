import type {ArticleRow, Tables} from "../tables/rows.ts";
import type {CorpusScore, GoldArticle, GoldMerges, Miss} from "./types.ts";
import {figureScore, scoreArticleFigures} from "./figures.ts";
import {scoreArticleDates} from "./dates.ts";
import {scoreArticleInteractions} from "./interactions.ts";
import {aliasIndex, nameKey, scoreMerges} from "./actors.ts";
import {prf, ratio} from "./prf.ts";

/**
 * The gold file's article row: same relative path, or the same file name in a subfolder.
 *
 * @example findArticle(tables.articles, "g01_exchange_wire.txt")?.article_id
 */
export function findArticle(articles: ArticleRow[], file: string): ArticleRow | undefined {
  return articles.find((a) => a.file === file) ?? articles.find((a) => a.file.endsWith(`/${file}`));
}

/**
 * Scores one corpus run (the pipeline's Tables) against the gold annotations of that corpus.
 * Pure: every number comes from the tables and the gold passed in.
 *
 * @example scoreCorpus("seeds", runPipeline(input), goldArticles, merges).figures.f1
 */
export function scoreCorpus(name: string, tables: Tables, gold: GoldArticle[], merges: GoldMerges): CorpusScore {
  const misses: Miss[] = [];
  const missingArticles: string[] = [];
  const fig = {tp: 0, fp: 0, fn: 0, categoryRight: 0, qualifierRight: 0};
  const dat = {gold: 0, detected: 0, correct: 0, predictedDated: 0, predictedCorrect: 0};
  const int = {tp: 0, fp: 0, fn: 0};
  const group = <T extends {article_id: string}>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.article_id) ?? m.set(r.article_id, []).get(r.article_id)!).push(r);
    return m;
  };
  const figures = group(tables.figures);
  const events = group(tables.events);
  const sentences = group(tables.sentences);
  const interactions = group(tables.interactions);
  const index = aliasIndex(tables.actors);
  let actorsGold = 0;
  let actorsFound = 0;

  for (const g of gold) {
    const article = findArticle(tables.articles, g.file);
    const id = article?.article_id ?? "";
    const text = article?.text ?? "";
    if (!article || article.status !== "ok") missingArticles.push(g.file);
    const f = scoreArticleFigures(text, figures.get(id) ?? [], g.figures, g.file);
    fig.tp += f.tp;
    fig.fp += f.fp;
    fig.fn += f.fn;
    fig.categoryRight += f.categoryRight;
    fig.qualifierRight += f.qualifierRight;
    const d = scoreArticleDates(text, events.get(id) ?? [], sentences.get(id) ?? [], g.event_dates, g.file);
    dat.gold += d.gold;
    dat.detected += d.detected;
    dat.correct += d.correct;
    dat.predictedDated += d.predictedDated;
    dat.predictedCorrect += d.predictedCorrect;
    const i = scoreArticleInteractions(interactions.get(id) ?? [], tables.actors, g.interactions, g.file, (sentences.get(id) ?? []).map((x) => x.sentence));
    int.tp += i.tp;
    int.fp += i.fp;
    int.fn += i.fn;
    for (const name of g.actors) {
      actorsGold++;
      if (index.has(nameKey(name))) actorsFound++;
      else misses.push({table: "actors", kind: "missed", file: g.file, detail: name, sentence: ""});
    }
    misses.push(...f.misses, ...d.misses, ...i.misses);
  }
  const m = scoreMerges(tables.actors, merges, name);
  misses.push(...m.misses);
  return {
    name,
    articles: gold.length,
    missingArticles,
    figures: figureScore(fig),
    eventDates: {
      ...dat,
      accuracy: ratio(dat.correct, dat.gold),
      precision: ratio(dat.predictedCorrect, dat.predictedDated)
    },
    interactions: prf(int.tp, int.fp, int.fn),
    merges: {groups: m.groups, merged: m.merged, pairs: m.pairs, wrongMerges: m.wrongMerges},
    actors: {gold: actorsGold, found: actorsFound, recall: ratio(actorsFound, actorsGold)},
    misses
  };
}

/**
 * Sums several corpus scores into one (counts added, rates recomputed).
 *
 * @example combineScores("combined", [own, seeds]).figures.f1
 */
export function combineScores(name: string, parts: CorpusScore[]): CorpusScore {
  const sum = (f: (s: CorpusScore) => number) => parts.reduce((acc, s) => acc + f(s), 0);
  const fig = {
    tp: sum((s) => s.figures.tp),
    fp: sum((s) => s.figures.fp),
    fn: sum((s) => s.figures.fn),
    categoryRight: sum((s) => s.figures.categoryRight),
    qualifierRight: sum((s) => s.figures.qualifierRight)
  };
  const dat = {
    gold: sum((s) => s.eventDates.gold),
    detected: sum((s) => s.eventDates.detected),
    correct: sum((s) => s.eventDates.correct),
    predictedDated: sum((s) => s.eventDates.predictedDated),
    predictedCorrect: sum((s) => s.eventDates.predictedCorrect)
  };
  const actorsGold = sum((s) => s.actors.gold);
  const actorsFound = sum((s) => s.actors.found);
  return {
    name,
    articles: sum((s) => s.articles),
    missingArticles: parts.flatMap((s) => s.missingArticles),
    figures: figureScore(fig),
    eventDates: {...dat, accuracy: ratio(dat.correct, dat.gold), precision: ratio(dat.predictedCorrect, dat.predictedDated)},
    interactions: prf(sum((s) => s.interactions.tp), sum((s) => s.interactions.fp), sum((s) => s.interactions.fn)),
    merges: {
      groups: sum((s) => s.merges.groups),
      merged: sum((s) => s.merges.merged),
      pairs: sum((s) => s.merges.pairs),
      wrongMerges: sum((s) => s.merges.wrongMerges)
    },
    actors: {gold: actorsGold, found: actorsFound, recall: ratio(actorsFound, actorsGold)},
    misses: parts.flatMap((s) => s.misses)
  };
}
