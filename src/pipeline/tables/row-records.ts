/**
 * Stage 11's per-article table rows, built by constructors rather than object literals. Each class
 * writes the columns of its row (rows.ts) in the order the literal had, so the objects, their JSON
 * and every table are the same as before.
 *
 * Why: rows live to the end of the run (they are the tables), so V8 soon decided to allocate each
 * literal's objects straight in the old generation ("pretenuring", per allocation site). The
 * decisions fall together at one garbage collection part-way through stage 11's loop over the
 * articles, and each one threw away the optimised code that had inlined its literal: addSentences,
 * addMentions, addFigures, addEvents, addInteractions, addLabels and eventActors were all compiled
 * twice in a cold run ("code dependencies" in --trace-deopt, every one compiled once with
 * --no-allocation-site-pretenuring). Objects made by a constructor have no allocation site (as
 * SentenceRecord in stage 02 and ArticleRecord in ingest).
 *
 * The constructors take the extraction's own record and copy its fields, so each call names its
 * few computed values (ids, actor ids, the sentence text) and no long list of positional values
 * can be swapped unseen.
 */
import type {Article, EventMention, Figure, InteractionMention, LabelMention, Mention, Sentence} from "../types.ts";
import type {EventRow, FigureRow, InteractionRow, LabelRow, MentionRow, SentenceRow} from "./rows.ts";

// (Fields `declare`d and set by the constructors: see CandidateRow in actors/candidate.ts for why.)

/** @example new SentenceRowRecord("a_1f2e", "rt", sentence) */
export class SentenceRowRecord implements SentenceRow {
  declare article_id: string;
  declare outlet: string | null;
  declare sentence_index: number;
  declare kind: string;
  declare char_start: number;
  declare char_end: number;
  declare sentence: string;
  constructor(articleId: string, outlet: string | null, s: Sentence) {
    this.article_id = articleId;
    this.outlet = outlet;
    this.sentence_index = s.index;
    this.kind = s.kind;
    this.char_start = s.start;
    this.char_end = s.end;
    this.sentence = s.text;
  }
}

/** @example new MentionRowRecord("a_1f2e", "rt", "p_kharkin", mention) */
export class MentionRowRecord implements MentionRow {
  declare article_id: string;
  declare outlet: string | null;
  declare actor_id: string;
  declare surface: string;
  declare sentence_index: number;
  declare char_start: number;
  declare char_end: number;
  constructor(articleId: string, outlet: string | null, actorId: string, m: Mention) {
    this.article_id = articleId;
    this.outlet = outlet;
    this.actor_id = actorId;
    this.surface = m.text;
    this.sentence_index = m.sentenceIndex;
    this.char_start = m.start;
    this.char_end = m.end;
  }
}

/** @example new FigureRowRecord("f_9c1d", article, "Four hostages were freed.", figure) */
export class FigureRowRecord implements FigureRow {
  declare figure_id: string;
  declare article_id: string;
  declare outlet: string | null;
  declare published: string | null;
  declare sentence_index: number;
  declare sentence: string;
  declare quote: string;
  declare value: number | null;
  declare low: number | null;
  declare high: number | null;
  declare qualifier: string;
  declare category: string;
  declare group_label: string | null;
  declare attribution: string | null;
  declare period: string | null;
  declare as_of: string | null;
  declare modality: string;
  declare vague: boolean;
  declare rule: string;
  declare char_start: number;
  declare char_end: number;
  constructor(figureId: string, a: Article, sentence: string, f: Figure) {
    this.figure_id = figureId;
    this.article_id = a.articleId;
    this.outlet = a.outlet;
    this.published = a.published;
    this.sentence_index = f.sentenceIndex;
    this.sentence = sentence;
    this.quote = f.quote;
    this.value = f.value;
    this.low = f.low;
    this.high = f.high;
    this.qualifier = f.qualifier;
    this.category = f.category;
    this.group_label = f.groupLabel;
    this.attribution = f.attribution;
    this.period = f.period;
    this.as_of = f.asOf;
    this.modality = f.modality;
    this.vague = f.vague;
    this.rule = f.rule;
    this.char_start = f.start;
    this.char_end = f.end;
  }
}

/** @example new EventRowRecord("e_04ab", article, ["p_kharkin"], "Kharkin was freed on Monday.", event) */
export class EventRowRecord implements EventRow {
  declare event_id: string;
  declare article_id: string;
  declare outlet: string | null;
  declare published: string | null;
  declare date: string | null;
  declare date_precision: string | null;
  declare date_text: string | null;
  declare date_basis: string | null;
  declare type: string;
  declare trigger: string;
  declare description: string;
  declare actors: string[];
  declare location: string | null;
  declare modality: string;
  declare sentence_index: number;
  declare sentence: string;
  declare char_start: number;
  declare char_end: number;
  declare cluster_id: string;
  constructor(eventId: string, a: Article, actors: string[], sentence: string, e: EventMention) {
    this.event_id = eventId;
    this.article_id = a.articleId;
    this.outlet = a.outlet;
    this.published = a.published;
    this.date = e.date;
    this.date_precision = e.datePrecision;
    this.date_text = e.dateText;
    this.date_basis = e.dateBasis;
    this.type = e.type;
    this.trigger = e.trigger;
    this.description = e.description;
    this.actors = actors;
    this.location = e.location;
    this.modality = e.modality;
    this.sentence_index = e.sentenceIndex;
    this.sentence = sentence;
    this.char_start = e.start;
    this.char_end = e.end;
    // Filled in by finishTables, once the clusters are known (the column stays last).
    this.cluster_id = eventId;
  }
}

/** @example new InteractionRowRecord("i_77e0", "a_1f2e", "rt", "p_kharkin", "c_russia", "Kharkin thanked Russia.", interaction) */
export class InteractionRowRecord implements InteractionRow {
  declare interaction_id: string;
  declare article_id: string;
  declare outlet: string | null;
  declare source: string;
  declare target: string;
  declare type: string;
  declare verb: string;
  declare date: string | null;
  declare sentence_index: number;
  declare sentence: string;
  declare modality: string;
  declare rule: string;
  declare char_start: number;
  declare char_end: number;
  constructor(interactionId: string, articleId: string, outlet: string | null, source: string, target: string, sentence: string, r: InteractionMention) {
    this.interaction_id = interactionId;
    this.article_id = articleId;
    this.outlet = outlet;
    this.source = source;
    this.target = target;
    this.type = r.type;
    this.verb = r.verb;
    this.date = r.date;
    this.sentence_index = r.sentenceIndex;
    this.sentence = sentence;
    this.modality = r.modality;
    this.rule = r.rule;
    this.char_start = r.start;
    this.char_end = r.end;
  }
}

/** A label's first row (count 1; stage 11 counts its repeats on it). @example new LabelRowRecord("rt", "p_kharkin", "a_1f2e", "the pilot Kharkin said.", label) */
export class LabelRowRecord implements LabelRow {
  declare outlet: string | null;
  declare actor_id: string;
  declare label: string;
  declare count: number;
  declare example: string;
  declare article_id: string;
  declare sentence_index: number;
  declare char_start: number;
  declare char_end: number;
  constructor(outlet: string | null, actorId: string, articleId: string, example: string, l: LabelMention) {
    this.outlet = outlet;
    this.actor_id = actorId;
    this.label = l.label;
    this.count = 1;
    this.example = example;
    this.article_id = articleId;
    this.sentence_index = l.sentenceIndex;
    this.char_start = l.start;
    this.char_end = l.end;
  }
}
