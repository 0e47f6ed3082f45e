import type {Actor, ArticleExtraction, MergeSuggestion} from "../types.ts";
import type {ArticleRow, EventRow, FigureRow, InteractionRow, LabelRow, MentionRow, SentenceRow, Tables, WarningRow} from "../tables/rows.ts";
import {hashId} from "../util/hash.ts";
import {clusterEvents} from "./10-clusters.ts";

/**
 * Stage 11 (corpus): turn per-article extractions plus the corpus actors into the
 * snake_case output tables. Ids are content-derived: the same article text gives the
 * same ids whatever the order in which articles were processed.
 *
 * @example toTables(articles, extractions, merged).figures[0].figure_id
 */
export function toTables(
  articleRows: ArticleRow[],
  extractions: ArticleExtraction[],
  merged: {actors: Actor[]; mentionActors: string[][]; suggestions: MergeSuggestion[]},
  warnings: WarningRow[] = []
): Tables {
  const sentences: SentenceRow[] = [];
  const figures: FigureRow[] = [];
  const events: Omit<EventRow, "cluster_id">[] = [];
  const interactions: InteractionRow[] = [];
  const mentions: MentionRow[] = [];
  const labelCounts = new Map<string, LabelRow>();

  extractions.forEach((x, i) => {
    const a = x.article;
    const id = a.articleId;
    const actorOf = (m: number) => merged.mentionActors[i]?.[m] ?? null;
    const sentenceText = (k: number) => x.sentences[k]?.text ?? "";
    for (const s of x.sentences) {
      sentences.push({article_id: id, outlet: a.outlet, sentence_index: s.index, kind: s.kind, char_start: s.start, char_end: s.end, sentence: s.text});
    }
    x.mentions.forEach((m, k) => {
      const actor = actorOf(k);
      if (actor) mentions.push({article_id: id, outlet: a.outlet, actor_id: actor, surface: m.text, sentence_index: m.sentenceIndex, char_start: m.start, char_end: m.end});
    });
    for (const f of x.figures) {
      figures.push({
        figure_id: "f_" + hashId(`${id}|${f.start}|${f.end}`),
        article_id: id,
        outlet: a.outlet,
        published: a.published,
        sentence_index: f.sentenceIndex,
        sentence: sentenceText(f.sentenceIndex),
        quote: f.quote,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        category: f.category,
        group_label: f.groupLabel,
        attribution: f.attribution,
        period: f.period,
        as_of: f.asOf,
        modality: f.modality,
        vague: f.vague,
        rule: f.rule,
        char_start: f.start,
        char_end: f.end
      });
    }
    for (const e of x.events) {
      const actors = unique(e.actorMentions.map(actorOf).filter((v): v is string => !!v));
      events.push({
        event_id: "e_" + hashId(`${id}|${e.start}|${e.end}|${e.type}`),
        article_id: id,
        outlet: a.outlet,
        published: a.published,
        date: e.date,
        date_precision: e.datePrecision,
        date_text: e.dateText,
        date_basis: e.dateBasis,
        type: e.type,
        trigger: e.trigger,
        description: e.description,
        actors,
        location: e.location,
        modality: e.modality,
        sentence_index: e.sentenceIndex,
        sentence: sentenceText(e.sentenceIndex),
        char_start: e.start,
        char_end: e.end
      });
    }
    for (const r of x.interactions) {
      const source = actorOf(r.sourceMention);
      const target = actorOf(r.targetMention);
      if (!source || !target || source === target) continue;
      interactions.push({
        interaction_id: "i_" + hashId(`${id}|${r.start}|${r.end}|${source}|${target}|${r.type}`),
        article_id: id,
        outlet: a.outlet,
        source,
        target,
        type: r.type,
        verb: r.verb,
        date: r.date,
        sentence_index: r.sentenceIndex,
        sentence: sentenceText(r.sentenceIndex),
        modality: r.modality,
        rule: r.rule,
        char_start: r.start,
        char_end: r.end
      });
    }
    for (const l of x.labels) {
      const actor = actorOf(l.mention);
      if (!actor) continue;
      const key = `${a.outlet}|${actor}|${l.label.toLowerCase()}`;
      const row = labelCounts.get(key);
      if (row) row.count++;
      else labelCounts.set(key, {outlet: a.outlet, actor_id: actor, label: l.label, count: 1, example: sentenceText(l.sentenceIndex), article_id: id, sentence_index: l.sentenceIndex, char_start: l.start, char_end: l.end});
    }
  });

  const clusters = clusterEvents(events.map((e) => ({eventId: e.event_id, type: e.type, date: e.date, actors: e.actors})));
  return {
    articles: articleRows,
    events: events.map((e) => ({...e, cluster_id: clusters.get(e.event_id) ?? e.event_id})),
    figures,
    actors: merged.actors.map((a) => ({actor_id: a.actorId, name: a.name, kind: a.kind, aliases: a.aliases, mentions: a.mentions, outlets: a.outlets, merge_notes: a.mergeNotes})),
    interactions,
    labels: [...labelCounts.values()].sort((p, q) => q.count - p.count || cmp(p.outlet ?? "", q.outlet ?? "") || cmp(p.actor_id, q.actor_id) || cmp(p.label, q.label)),
    sentences,
    mentions,
    actor_suggestions: merged.suggestions.map((s) => ({a: s.a, b: s.b, reason: s.reason, score: s.score})),
    warnings
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
