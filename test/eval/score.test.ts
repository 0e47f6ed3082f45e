import {describe, expect, it} from "vitest";
import type {ActorRow, EventRow, FigureRow, InteractionRow, SentenceRow, Tables} from "../../src/pipeline/tables/rows.ts";
import {combineScores, scoreArticleDates, scoreArticleFigures, scoreArticleInteractions, scoreCorpus, scoreMerges, prf} from "../../src/pipeline/eval/index.ts";
import type {GoldArticle, GoldFigure} from "../../src/pipeline/eval/index.ts";
import {locateAll} from "../../src/pipeline/eval/locate.ts";

// A tiny flood report, hand-made: the scorer must work on any Tables, not only the pipeline's.
const TEXT = "Floods kill 12 in Valdoria\nFloods killed 12 people and displaced some 3,000 on Monday, officials said.\nFloods killed 12 people and displaced some 3,000 on Monday, officials said.\nDozens are missing.";

function fig(quote: string, at: number, extra: Partial<FigureRow> = {}): FigureRow {
  return {
    figure_id: `f${at}`, article_id: "a1", outlet: null, published: "2025-03-04", sentence_index: 0, sentence: "",
    quote, value: null, low: null, high: null, qualifier: "exact", category: "killed", group_label: null,
    attribution: null, period: null, as_of: null, modality: "reported", vague: false, rule: "test",
    char_start: at, char_end: at + quote.length, ...extra
  };
}
const gfig = (quote: string, value: number, category: string, qualifier = "exact", context?: string): GoldFigure => ({quote, value, low: null, high: null, qualifier, category, ...(context ? {context} : {})});
const at = (needle: string, from = 0) => TEXT.indexOf(needle, from);

describe("locateAll", () => {
  it.each([
    ["first occurrence through context", "12", "killed 12 people", at("killed 12 people") + 7],
    ["quote alone", "some 3,000", undefined, at("some 3,000")],
    ["loose: case and whitespace", "DOZENS", undefined, at("Dozens")]
  ])("%s", (_label, quote, context, start) => {
    expect(locateAll(TEXT, quote, context)[0]?.start).toBe(start);
  });
  it("lists repeats after the first", () => expect(locateAll(TEXT, "12", "killed 12 people")).toHaveLength(2));
  it("returns nothing for text that is not there", () => expect(locateAll(TEXT, "99")).toEqual([]));
});

describe("scoreArticleFigures", () => {
  const gold = [gfig("12", 12, "killed", "exact", "killed 12 people"), gfig("some 3,000", 3000, "displaced", "some")];
  it.each([
    ["exact spans", [fig("12", at("killed 12") + 7, {value: 12}), fig("some 3,000", at("some 3,000"), {value: 3000, qualifier: "some", category: "displaced"})], {tp: 2, fp: 0, fn: 0}],
    ["span overlap is enough (quote with noun)", [fig("12 people", at("killed 12") + 7, {value: 12}), fig("some 3,000", at("some 3,000"), {value: 3000, qualifier: "some", category: "displaced"})], {tp: 2, fp: 0, fn: 0}],
    ["wrong value: one miss and one extra", [fig("12", at("killed 12") + 7, {value: 13})], {tp: 0, fp: 1, fn: 2}],
    ["same text elsewhere still matches (offsets shifted by ingestion)", [fig("some 3,000", 0, {value: 3000, qualifier: "some", category: "displaced"})], {tp: 1, fp: 0, fn: 1}],
    ["vague predictions are not scored", [fig("Dozens", at("Dozens"), {vague: true})], {tp: 0, fp: 0, fn: 2}],
    ["the repeated paragraph's copy is neutral", [fig("12", at("killed 12") + 7, {value: 12}), fig("12", at("killed 12", at("killed 12") + 1) + 7, {value: 12})], {tp: 1, fp: 0, fn: 1}],
    ["a same-text number elsewhere stands in when the gold one was not predicted", [fig("12", at("kill 12") + 5, {value: 12})], {tp: 1, fp: 0, fn: 1}]
  ])("%s", (_label, preds, want) => {
    const got = scoreArticleFigures(TEXT, preds as FigureRow[], gold, "a.txt");
    expect({tp: got.tp, fp: got.fp, fn: got.fn}).toEqual(want);
  });
  it("counts category and qualifier only on matches", () => {
    const got = scoreArticleFigures(TEXT, [fig("some 3,000", at("some 3,000"), {value: 3000, qualifier: "about", category: "other"})], gold, "a.txt");
    expect([got.tp, got.categoryRight, got.qualifierRight]).toEqual([1, 0, 0]);
    expect(got.misses.map((m) => m.kind).sort()).toEqual(["missed", "wrong"]);
  });
  it("ranges compare low and high", () => {
    const text = "Between 12 and 15 gunmen attacked.";
    const g: GoldFigure = {quote: "Between 12 and 15", value: null, low: 12, high: 15, qualifier: "between", category: "other"};
    const good = scoreArticleFigures(text, [fig("Between 12 and 15", 0, {low: 12, high: 15, qualifier: "between", category: "other"})], [g], "a");
    const bad = scoreArticleFigures(text, [fig("12", 8, {value: 12, category: "other"})], [g], "a");
    expect([good.tp, bad.tp, bad.fp]).toEqual([1, 0, 1]);
  });
});

function event(sentence_index: number, date_text: string | null, date: string | null, date_precision: string | null, char_start = 0): EventRow {
  return {
    event_id: "e", article_id: "a1", outlet: null, published: null, date, date_precision, date_text, date_basis: "relative",
    type: "killing", trigger: "killed", description: "", actors: [], location: null, modality: "reported",
    sentence_index, sentence: "", char_start, char_end: char_start + 5, cluster_id: "c"
  };
}
const sentences: SentenceRow[] = [
  {article_id: "a1", outlet: null, sentence_index: 0, kind: "headline", char_start: 0, char_end: 26, sentence: TEXT.slice(0, 26)},
  {article_id: "a1", outlet: null, sentence_index: 1, kind: "body", char_start: 27, char_end: 102, sentence: TEXT.slice(27, 102)}
];

describe("scoreArticleDates", () => {
  const gold = [{text: "on Monday", date: "2025-03-03", precision: "day" as const}];
  it.each([
    ["right date and precision", [event(1, "on Monday", "2025-03-03", "day")], {detected: 1, correct: 1, predictedCorrect: 1}],
    ["overlapping date_text (\"Monday\")", [event(1, "Monday", "2025-03-03", "day")], {detected: 1, correct: 1, predictedCorrect: 1}],
    ["wrong day", [event(1, "on Monday", "2025-03-10", "day")], {detected: 1, correct: 0, predictedCorrect: 0}],
    ["wrong precision", [event(1, "on Monday", "2025-03", "month")], {detected: 1, correct: 0, predictedCorrect: 0}],
    ["no event carries it", [event(1, null, null, null)], {detected: 0, correct: 0, predictedCorrect: 0}]
  ])("%s", (_label, events, want) => {
    const got = scoreArticleDates(TEXT, events, sentences, gold, "a.txt");
    expect({detected: got.detected, correct: got.correct, predictedCorrect: got.predictedCorrect}).toEqual(want);
  });
  it("a dated event on a non-gold expression lowers precision, not accuracy", () => {
    const got = scoreArticleDates(TEXT, [event(1, "on Monday", "2025-03-03", "day"), event(0, "Floods", "2025-01-01", "day")], sentences, gold, "a");
    expect([got.correct, got.predictedDated, got.predictedCorrect]).toEqual([1, 2, 1]);
  });
});

const actor = (actor_id: string, name: string, aliases: string[]): ActorRow => ({actor_id, name, kind: "person", aliases, mentions: 1, outlets: [], merge_notes: []});
const actors = [
  actor("p1", "Oleksandr Kovalenko", ["Aleksandr Kovalenko", "Kovalenko"]),
  actor("p2", "Olena Kovalenko", []),
  actor("p3", "Irina Petrova", ["Sergei Petrov"]),
  actor("o1", "United Arab Emirates", ["UAE", "Abu Dhabi"]),
  actor("o2", "Ukraine", ["Kyiv"])
];

describe("scoreMerges", () => {
  it.each([
    ["all forms in one actor", [["Oleksandr Kovalenko", "aleksandr kovalenko", "Kovalenko"]], [], {merged: 1, wrongMerges: 0}],
    ["a form nobody carries", [["Oleksandr Kovalenko", "Olexander Kovalenko"]], [], {merged: 0, wrongMerges: 0}],
    ["forms split over two actors", [["Oleksandr Kovalenko", "Olena Kovalenko"]], [], {merged: 0, wrongMerges: 0}],
    ["a wrong merge", [], [["Irina Petrova", "Sergei Petrov"], ["Oleksandr Kovalenko", "Olena Kovalenko"]], {merged: 0, wrongMerges: 1}]
  ])("%s", (_label, same, different, want) => {
    const got = scoreMerges(actors, {same, different}, "own");
    expect({merged: got.merged, wrongMerges: got.wrongMerges}).toEqual(want);
  });
});

function inter(source: string, target: string, type: string): InteractionRow {
  return {interaction_id: "i", article_id: "a1", outlet: null, source, target, type, verb: type, date: null, sentence_index: 0, sentence: "", modality: "reported", rule: "t", char_start: 0, char_end: 1};
}

describe("scoreArticleInteractions", () => {
  it.each([
    ["ids resolve through aliases", [inter("o2", "o1", "thanked")], [{source: "Kyiv", target: "Abu Dhabi", type: "thanked"}], {tp: 1, fp: 0, fn: 0}],
    ["names work too", [inter("Ukraine", "United Arab Emirates", "thanked")], [{source: "Kyiv", target: "UAE", type: "thanked"}], {tp: 1, fp: 0, fn: 0}],
    ["direction matters", [inter("o1", "o2", "thanked")], [{source: "Kyiv", target: "Abu Dhabi", type: "thanked"}], {tp: 0, fp: 1, fn: 1}],
    ["met is undirected", [inter("p2", "p1", "met")], [{source: "Kovalenko", target: "Olena Kovalenko", type: "met"}], {tp: 1, fp: 0, fn: 0}],
    ["wrong type", [inter("o2", "o1", "met")], [{source: "Kyiv", target: "Abu Dhabi", type: "thanked"}], {tp: 0, fp: 1, fn: 1}],
    ["duplicates count once", [inter("o2", "o1", "thanked"), inter("o2", "o1", "thanked")], [{source: "Kyiv", target: "Abu Dhabi", type: "thanked"}], {tp: 1, fp: 0, fn: 0}],
    ["unknown predicted name compares as text", [inter("Basarnas", "o2", "assisted")], [{source: "basarnas", target: "Ukraine", type: "assisted"}], {tp: 1, fp: 0, fn: 0}]
  ])("%s", (_label, preds, gold, want) => {
    const got = scoreArticleInteractions(preds, actors, gold, "a");
    expect({tp: got.tp, fp: got.fp, fn: got.fn}).toEqual(want);
  });
});

describe("prf", () => {
  it.each([
    ["perfect", [3, 0, 0], [1, 1, 1]],
    ["nothing to find, nothing found", [0, 0, 0], [1, 1, 1]],
    ["all wrong", [0, 2, 2], [0, 0, 0]],
    ["half", [1, 1, 1], [0.5, 0.5, 0.5]]
  ])("%s", (_label, [tp, fp, fn], [p, r, f]) => {
    const got = prf(tp, fp, fn);
    expect([got.precision, got.recall, got.f1]).toEqual([p, r, f]);
  });
});

describe("scoreCorpus", () => {
  const tables: Tables = {
    articles: [{article_id: "a1", file: "sub/flood.txt", outlet: null, outlet_source: "none", published: "2025-03-04", published_source: "manifest", published_inferred: false, url: null, title: null, words: 30, sentences: 2, status: "ok", warnings: [], text: TEXT}],
    events: [event(1, "on Monday", "2025-03-03", "day")],
    figures: [fig("12", at("killed 12") + 7, {value: 12})],
    actors,
    interactions: [inter("o2", "o1", "thanked")],
    labels: [], sentences, mentions: [], actor_suggestions: [], warnings: []
  };
  const gold: GoldArticle[] = [
    {corpus: "gold", file: "flood.txt", figures: [gfig("12", 12, "killed", "exact", "killed 12 people")], event_dates: [{text: "on Monday", date: "2025-03-03", precision: "day"}], interactions: [{source: "Kyiv", target: "Abu Dhabi", type: "thanked"}], actors: ["Kyiv", "Nobody Known"]},
    {corpus: "gold", file: "absent.txt", figures: [gfig("5", 5, "killed")], event_dates: [], interactions: [], actors: []}
  ];
  const s = scoreCorpus("own", tables, gold, {same: [["UAE", "Abu Dhabi"]], different: []});
  it("finds articles by file name in subfolders and reports missing ones", () => expect(s.missingArticles).toEqual(["absent.txt"]));
  it("sums per-article counts", () => {
    expect([s.figures.tp, s.figures.fn, s.eventDates.correct, s.interactions.tp, s.merges.merged, s.actors.found]).toEqual([1, 1, 1, 1, 1, 1]);
  });
  it("combines corpora by adding counts", () => {
    const c = combineScores("combined", [s, s]);
    expect([c.figures.tp, c.figures.fn, c.articles, c.figures.recall]).toEqual([2, 2, 4, 0.5]);
  });
});
