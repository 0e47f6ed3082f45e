import type {Actor, ArticleExtraction, MergeSuggestion, Sentence} from "../types.ts";
import type {ArticleRow, EventRow, FigureRow, InteractionRow, LabelRow, MentionRow, SentenceRow, Tables, WarningRow} from "../tables/rows.ts";
import {spanId} from "../util/hash.ts";
import {sortLabelRows} from "../tables/label-order.ts";
import {eventRow, figureRow, interactionRow, labelRow, mentionRow, sentenceRow} from "../tables/row-records.ts";
import {clusterEventRows} from "./10-clusters.ts";

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
  warnings: WarningRow[] = [],
  timer?: Timer
): Tables {
  const rows: Rows = {sentences: [], figures: [], events: [], interactions: [], mentions: [], labels: [], labelIndex: new Map(), duplicateIds: false};
  // One small function per table rather than one big loop body: TurboFan compiled the single
  // function (every row literal, spanId inlined) in 150–250 ms, several times per run after
  // deopts in its once-per-call tail. Plain loops and no per-article closures.
  const ends = flatActorIds(merged.mentionActors, extractions.length);
  for (let i = 0; i < extractions.length; i++) {
    const x = extractions[i];
    const actorIds = copyActorIds(i === 0 ? 0 : ends[i - 1], ends[i]);
    addSentences(rows.sentences, x);
    addMentions(rows.mentions, x, actorIds);
    addFigures(rows.figures, x);
    addEvents(rows, x, actorIds);
    addInteractions(rows.interactions, x, actorIds);
    addLabels(rows, x, actorIds);
  }
  // Hold no actor ids past the call.
  FLAT_IDS.length = 0;
  return finishTables(rows, articleRows, merged, warnings, timer);
}

/**
 * Stage 09's actor-id lists (mentionActors; none for a missing one) end to end in FLAT_IDS, article
 * i's from ends[i - 1] (0 for the first) to ends[i]; returns ends. Stage 09's lists change elements
 * kind part-way through a corpus (from about article 4,200 of the 5,000-article bench they are
 * "holey", made by optimised code), and every function that reads them is thrown away and compiled
 * again at that article ("wrong map"). Read here, in a small pass of its own before the row loop,
 * only this loop sees both kinds: read in the row loop (through copyActorIds, inlined there), the
 * change threw away toTables' on-stack-replaced loop, stage 11's largest compile, which was then
 * compiled a second time.
 */
function flatActorIds(lists: readonly (readonly string[] | undefined)[], n: number): Int32Array {
  const ends = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const ids = lists[i];
    if (ids !== undefined) for (let k = 0; k < ids.length; k++) FLAT_IDS[m++] = ids[k];
    ends[i] = m;
  }
  FLAT_IDS.length = m;
  return ends;
}

/** flatActorIds' array: made from a string literal, so it holds strings from the start (one elements kind). */
const FLAT_IDS: string[] = [""];

/**
 * One article's actor ids, FLAT_IDS[from … to − 1], copied into one array reused for every article
 * (the row functions index it by mention: addMentions, addEvents, eventActors, addInteractions,
 * addLabels).
 */
function copyActorIds(from: number, to: number): string[] {
  const n = to - from;
  for (let k = 0; k < n; k++) ACTOR_IDS[k] = FLAT_IDS[from + k];
  ACTOR_IDS.length = n;
  return ACTOR_IDS;
}

/** copyActorIds' array: made from a string literal, so it holds strings from the start (one elements kind). */
const ACTOR_IDS: string[] = [""];

/** The bench's stage timer (StageTimer in ../index.ts, which imports this file). */
type Timer = {time<T>(stage: string, run: () => T): T};

/** The rows collected article by article (labels are counted by outlet, actor and label). */
interface Rows {
  sentences: SentenceRow[];
  figures: FigureRow[];
  events: EventRow[];
  interactions: InteractionRow[];
  mentions: MentionRow[];
  /** One row per (outlet, actor, label), in first-seen order; `count` grows as the label recurs. */
  labels: LabelRow[];
  labelIndex: LabelIndex;
  /**
   * Two events of one article with the same span and type share an id; the id → cluster Map then
   * decides (the last one wins), as it always did. Never seen in practice, checked per article.
   */
  duplicateIds: boolean;
}

function addSentences(out: SentenceRow[], x: ArticleExtraction): void {
  const id = x.article.articleId;
  const outlet = x.article.outlet;
  const ss = x.sentences;
  for (let k = 0; k < ss.length; k++) {
    out.push(sentenceRow(id, outlet, ss[k]));
  }
}

function addMentions(out: MentionRow[], x: ArticleExtraction, actorIds: string[]): void {
  const id = x.article.articleId;
  const outlet = x.article.outlet;
  const ms = x.mentions;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const actor = actorIds[k];
    if (actor) out.push(mentionRow(id, outlet, actor, m));
  }
}

function addFigures(out: FigureRow[], x: ArticleExtraction): void {
  const a = x.article;
  const id = a.articleId;
  const xs = x.sentences;
  const fs = x.figures;
  for (let k = 0; k < fs.length; k++) {
    const f = fs[k];
    out.push(figureRow(spanId("f_", id, f.start, f.end), a, sentenceText(xs, f.sentenceIndex), f));
  }
}

function addEvents(rows: Rows, x: ArticleExtraction, actorIds: string[]): void {
  const a = x.article;
  const id = a.articleId;
  const xs = x.sentences;
  const events = rows.events;
  const eventsBefore = events.length;
  const es = x.events;
  for (let k = 0; k < es.length; k++) {
    const e = es[k];
    const actors = eventActors(e.actorMentions, actorIds);
    const eventId = spanId("e_", id, e.start, e.end, e.type);
    events.push(eventRow(eventId, a, actors, sentenceText(xs, e.sentenceIndex), e));
  }
  if (!rows.duplicateIds && events.length - eventsBefore > 1) rows.duplicateIds = hasDuplicateIds(events, eventsBefore);
}

function addInteractions(out: InteractionRow[], x: ArticleExtraction, actorIds: string[]): void {
  const id = x.article.articleId;
  const xs = x.sentences;
  const rs = x.interactions;
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k];
    const source = actorIds[r.sourceMention] ?? null;
    const target = actorIds[r.targetMention] ?? null;
    if (!source || !target || source === target) continue;
    const interactionId = spanId("i_", id, r.start, r.end, source, target, r.type);
    out.push(interactionRow(interactionId, id, x.article.outlet, source, target, sentenceText(xs, r.sentenceIndex), r));
  }
}

/**
 * The label rows by outlet, then actor id, then lowercased label ("Militant group" counts with
 * "militant group"). Nested maps, not one key joined with "|": any character may occur in an
 * outlet name or a label, so `rt|x|y|group` was both actor "x|y" labelled "group" and actor "x"
 * labelled "y|group", and a null outlet was the outlet named "null".
 */
type LabelIndex = Map<string | null, Map<string, Map<string, LabelRow>>>;

function addLabels(rows: Rows, x: ArticleExtraction, actorIds: string[]): void {
  const ls = x.labels;
  if (ls.length === 0) return;
  const id = x.article.articleId;
  const outlet = x.article.outlet;
  const xs = x.sentences;
  const byActor = innerMap(rows.labelIndex, outlet);
  for (let k = 0; k < ls.length; k++) {
    const l = ls[k];
    const actor = actorIds[l.mention];
    if (!actor) continue;
    const byLabel = innerMap(byActor, actor);
    const key = l.label.toLowerCase();
    const row = byLabel.get(key);
    if (row) {
      row.count++;
      continue;
    }
    const added: LabelRow = labelRow(outlet, actor, id, sentenceText(xs, l.sentenceIndex), l);
    byLabel.set(key, added);
    rows.labels.push(added);
  }
}

/** The map under `key` in `outer`, added empty when missing. */
function innerMap<K, V>(outer: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map()));
  return inner;
}

/** Clusters, then the tables object (runs once per call: kept out of the per-row functions). */
function finishTables(
  rows: Rows,
  articleRows: ArticleRow[],
  merged: {actors: Actor[]; suggestions: MergeSuggestion[]},
  warnings: WarningRow[],
  timer?: Timer
): Tables {
  const {events} = rows;
  // The bench's timer (see StageTimer in ../index.ts) sees stage 10 as its own stage.
  const cluster = () => clusterEventRows(events, rows.duplicateIds);
  const labels = timer ? timer.time("10-clusters", cluster) : cluster();
  for (let k = 0; k < events.length; k++) events[k].cluster_id = labels[k];
  return {
    articles: articleRows,
    events,
    figures: rows.figures,
    actors: merged.actors.map((a) => ({actor_id: a.actorId, name: a.name, kind: a.kind, aliases: a.aliases, mentions: a.mentions, outlets: a.outlets, merge_notes: a.mergeNotes})),
    interactions: rows.interactions,
    labels: sortLabelRows(rows.labels),
    sentences: rows.sentences,
    mentions: rows.mentions,
    actor_suggestions: merged.suggestions.map((s) => ({a: s.a, b: s.b, reason: s.reason, score: s.score})),
    warnings
  };
}

/**
 * Whether two rows from `from` on share an event id. One article's events are a short list: up
 * to 64 a pairwise scan (ids differ within their first characters) costs less than a Set of
 * strings per article; a Set takes over past that.
 */
function hasDuplicateIds(rows: EventRow[], from: number): boolean {
  if (rows.length - from <= 64) {
    for (let a = from; a < rows.length; a++) for (let b = a + 1; b < rows.length; b++) if (rows[a].event_id === rows[b].event_id) return true;
    return false;
  }
  const seen = new Set<string>();
  for (let k = from; k < rows.length; k++) {
    if (seen.has(rows[k].event_id)) return true;
    seen.add(rows[k].event_id);
  }
  return false;
}

/**
 * The distinct actor ids of an event's mentions, first seen first. Events name a few actors, so
 * a list scan beats a Set; a Set takes over past a few dozen (a 1 MB one-line "sentence").
 * The list is gathered in a scratch array and copied at its exact length: an array grown by
 * push from [] reserves 17 slots, and these arrays are kept (one per event row, 100,000s). The
 * copy is a `slice` for any length, no list literal: kept lists from a literal were pretenured
 * (see tables/row-records.ts), which threw eventActors' optimised code away, and these small
 * lists are too few to be worth it.
 */
function eventActors(mentionIndexes: number[], actorIds: string[]): string[] {
  if (mentionIndexes.length > 32) return [...new Set(mentionIndexes.map((m) => actorIds[m]).filter((v): v is string => !!v))];
  let n = 0;
  for (let k = 0; k < mentionIndexes.length; k++) {
    const actor = actorIds[mentionIndexes[k]];
    if (actor && !scratchHas(n, actor)) SCRATCH[n++] = actor;
  }
  return SCRATCH.slice(0, n);
}

/** eventActors' working list (only its first entries are meaningful). */
const SCRATCH: string[] = [];

/** Whether `actor` is among SCRATCH[0 … n − 1]. */
function scratchHas(n: number, actor: string): boolean {
  for (let k = 0; k < n; k++) if (SCRATCH[k] === actor) return true;
  return false;
}

/** The text of sentence `index`, or "" when the article has no such sentence (stage 02 failed on it). */
function sentenceText(sentences: Sentence[], index: number): string {
  return sentences[index]?.text ?? "";
}
