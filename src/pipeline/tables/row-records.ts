/**
 * Stage 11's per-article table rows, each made by one object literal in a small function here. Each
 * literal writes the columns of its row (rows.ts) in table order, the order of every JSON and CSV.
 *
 * Why literals (round 20; round 19 had made them with constructors): rows live to the end of the
 * run (they are the tables), and a literal has an allocation site, so after one garbage collection
 * V8 sees that its objects survive and allocates the rest straight in the old generation
 * ("pretenuring"). Objects made by a constructor have no allocation site: every row was copied
 * twice by the young-generation collector (once within it, once out of it) before it settled.
 * Measured on the 5,000-article bench (--trace-gc-nvp, stage 11 alone): 9 scavenges copying
 * 72 MB out of the young generation with constructors, 2–3 copying 12–22 MB with literals. The price is
 * one deopt of each function that inlined a literal when the decision comes ("code dependencies"
 * in --trace-deopt), so addSentences, addMentions, addFigures and addEvents compile twice: a few
 * milliseconds of background compiling against about five scavenges of the main thread.
 * (Ingest's lines are literals for the same reason, ingest/normalise.ts. Stage 02's SentenceRecord
 * stays a constructor: as a literal it saved no clear share of the copying, and its deopt would
 * recompile splitSentences, stage 02's largest compile.)
 *
 * The functions take the extraction's own record and copy its fields, so each call names its
 * few computed values (ids, actor ids, the sentence text) and no long list of positional values
 * can be swapped unseen.
 */
import type {Article, EventMention, Figure, InteractionMention, LabelMention, Mention, Sentence} from "../types.ts";
import type {EventRow, FigureRow, InteractionRow, LabelRow, MentionRow, SentenceRow} from "./rows.ts";

/** @example sentenceRow("a_1f2e", "rt", sentence).sentence // sentence.text */
export function sentenceRow(articleId: string, outlet: string | null, s: Sentence): SentenceRow {
  return {article_id: articleId, outlet, sentence_index: s.index, kind: s.kind, char_start: s.start, char_end: s.end, sentence: s.text};
}

/** @example mentionRow("a_1f2e", "rt", "p_kharkin", mention).surface // mention.text */
export function mentionRow(articleId: string, outlet: string | null, actorId: string, m: Mention): MentionRow {
  return {article_id: articleId, outlet, actor_id: actorId, surface: m.text, sentence_index: m.sentenceIndex, char_start: m.start, char_end: m.end};
}

/** @example figureRow("f_9c1d", article, "Four hostages were freed.", figure).figure_id // "f_9c1d" */
export function figureRow(figureId: string, a: Article, sentence: string, f: Figure): FigureRow {
  return {
    figure_id: figureId,
    article_id: a.articleId,
    outlet: a.outlet,
    published: a.published,
    sentence_index: f.sentenceIndex,
    sentence,
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
  };
}

/** @example eventRow("e_04ab", article, ["p_kharkin"], "Kharkin was freed on Monday.", event).cluster_id // "e_04ab" until stage 10 */
export function eventRow(eventId: string, a: Article, actors: string[], sentence: string, e: EventMention): EventRow {
  return {
    event_id: eventId,
    article_id: a.articleId,
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
    sentence,
    char_start: e.start,
    char_end: e.end,
    // Filled in by finishTables, once the clusters are known (the column stays last).
    cluster_id: eventId
  };
}

/** @example interactionRow("i_77e0", "a_1f2e", "rt", "p_kharkin", "c_russia", "Kharkin thanked Russia.", interaction).source // "p_kharkin" */
export function interactionRow(interactionId: string, articleId: string, outlet: string | null, source: string, target: string, sentence: string, r: InteractionMention): InteractionRow {
  return {
    interaction_id: interactionId,
    article_id: articleId,
    outlet,
    source,
    target,
    type: r.type,
    verb: r.verb,
    date: r.date,
    sentence_index: r.sentenceIndex,
    sentence,
    modality: r.modality,
    rule: r.rule,
    char_start: r.start,
    char_end: r.end
  };
}

/** A label's first row (count 1; stage 11 counts its repeats on it). @example labelRow("rt", "p_kharkin", "a_1f2e", "the pilot Kharkin said.", label).count // 1 */
export function labelRow(outlet: string | null, actorId: string, articleId: string, example: string, l: LabelMention): LabelRow {
  return {outlet, actor_id: actorId, label: l.label, count: 1, example, article_id: articleId, sentence_index: l.sentenceIndex, char_start: l.start, char_end: l.end};
}
