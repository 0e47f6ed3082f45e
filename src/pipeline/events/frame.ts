import type {DateMention, Mention, Sentence} from "../types.ts";
import {clauseIds} from "./clauses.ts";
import {tokenAt} from "./pick-date.ts";
import {tokenizeRange, type Token} from "./tokens.ts";
import {sentenceMemo, type TextSource} from "../util/tokens-cache.ts";

/** A mention placed on the token grid: its index in the article's mention list and token range. */
export interface PlacedMention {
  index: number;
  mention: Mention;
  /** Token range [from, to). */
  from: number;
  to: number;
  clause: number;
  /**
   * Set when the mention stands in for a pronoun of this sentence: the pronoun's offsets; null
   * for a mention in place. Always present, so every PlacedMention has one object shape (a
   * shape with the field only sometimes cost verbPairs three deopts and recompiles).
   */
  anchor: {start: number; end: number} | null;
}

/** One sentence prepared for the event and interaction rules. */
export interface SentenceFrame {
  sentence: Sentence;
  /** Article offset of the sentence text. */
  offset: number;
  text: string;
  tokens: Token[];
  clauses: number[];
  /** Mentions of this sentence, sorted by start. */
  mentions: PlacedMention[];
  /** Resolved and unresolved dates of this sentence, sorted by start. */
  dates: DateMention[];
  /** The person a sentence-initial "He/She" most likely refers to (set by stage 07). */
  antecedent?: {index: number; mention: Mention} | null;
  /** Stage 07: the organisation/group a sentence-initial "It" stands for (the first one of the previous sentence). */
  orgAntecedent?: {index: number; mention: Mention} | null;
}

/** Index lists by sentence index, read with `get` as from a Map. */
export interface SentenceLists {
  get(sentenceIndex: number): number[] | undefined;
}

/** Sentence indexes up to this go to an array slot; any other key (none in practice) to a Map. */
const MAX_SLOT = 1 << 20;

/**
 * The lists in an array indexed by sentence number: sentence numbers are small and dense, and
 * an array slot is cheaper to fill and read than a Map entry (four such maps per article).
 */
class ListsBySentence implements SentenceLists {
  constructor(
    private readonly slots: (number[] | undefined)[],
    private readonly others: Map<number, number[]> | null
  ) {}

  get(sentenceIndex: number): number[] | undefined {
    if (isSlot(sentenceIndex)) return sentenceIndex < this.slots.length ? this.slots[sentenceIndex] : undefined;
    return this.others?.get(sentenceIndex);
  }
}

function isSlot(k: number): boolean {
  return (k | 0) === k && k >= 0 && k < MAX_SLOT;
}

/**
 * Groups mentions and dates by sentence index in one pass (no per-sentence scans).
 *
 * @example bySentence(mentions, (m) => m.sentenceIndex).get(3)
 */
export function bySentence<T>(items: T[], key: (item: T) => number): SentenceLists {
  const runs = items.length <= MAX_INDEXES ? runLists(items, key) : null;
  if (runs) return runs;
  const slots: (number[] | undefined)[] = [];
  let others: Map<number, number[]> | null = null;
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]);
    if (!isSlot(k)) {
      others ??= new Map();
      const list = others.get(k);
      if (list) list.push(i);
      else others.set(k, [i]);
      continue;
    }
    // Fill any gap so the array stays dense (items normally come in sentence order).
    while (slots.length <= k) slots.push(undefined);
    const list = slots[k];
    if (list) list.push(i);
    else slots[k] = [i];
  }
  return new ListsBySentence(slots, others);
}

/** Lists of up to this many items are sliced from INDEXES (a longer one, none in practice, is pushed). */
const MAX_INDEXES = 1 << 16;

/** 0, 1, 2, …: the lists of `runLists` are slices of it (grown as needed, never changed otherwise). */
const INDEXES: number[] = [];

/**
 * `bySentence` for items in sentence order (stages 03 and 04 list their dates and mentions in text
 * order): the items of one sentence are one run, and its list is that run's indexes, sliced at
 * their final size. The same lists as pushing index by index, without a grown backing store per
 * list: a list started as `[i]` grew to room for 17 on its second push, and these were the
 * largest allocation of stage 06 after the tokens and frames (measured on the bench corpus).
 * Null when the items are not in that order (a key below an earlier one, or one no array slot
 * holds): bySentence then groups them item by item. The order is tested on the way, not in a
 * pass of its own: a separate small function calling `key` was compiled before stage 08's key
 * function first came and was thrown away then ("wrong call target").
 */
function runLists<T>(items: T[], key: (item: T) => number): SentenceLists | null {
  while (INDEXES.length < items.length) INDEXES.push(INDEXES.length);
  const slots: (number[] | undefined)[] = [];
  for (let i = 0; i < items.length; ) {
    const k = key(items[i]);
    // Every earlier run's key is below slots.length (the last one's is slots.length - 1).
    if (!isSlot(k) || k < slots.length) return null;
    let j = i + 1;
    while (j < items.length && key(items[j]) === k) j++;
    // Sentences without items keep an empty slot, as in bySentence.
    while (slots.length < k) slots.push(undefined);
    slots.push(INDEXES.slice(i, j));
    i = j;
  }
  return new ListsBySentence(slots, null);
}

/** The lists `sentenceLists` made last, with the array each indexes and its length then. */
let recentLists: {items: readonly {sentenceIndex: number}[]; length: number; lists: SentenceLists}[] = [];

/**
 * `bySentence(items, (x) => x.sentenceIndex)`, shared by stages 06 and 07: both group the same
 * article's mention and date arrays one after the other, so stage 07 takes the lists stage 06
 * made (the two most recent, matched by array identity and length, as the frame memo matches
 * its deps) instead of building them again. `forgetFrames` drops them with the frames.
 *
 * @example sentenceLists(mentions).get(3)
 */
export function sentenceLists(items: readonly {sentenceIndex: number}[]): SentenceLists {
  for (const r of recentLists) if (r.items === items && r.length === items.length) return r.lists;
  const lists = bySentence(items as {sentenceIndex: number}[], sentenceOf);
  recentLists = [{items, length: items.length, lists}, ...recentLists.slice(0, 1)];
  return lists;
}

const sentenceOf = (x: {sentenceIndex: number}): number => x.sentenceIndex;

// Stages 06 and 07 read the same sentences of the same article one after the other: the
// second reuses the first one's frames. Keyed by the Sentence object and checked against the
// article and the mention and date arrays, so a hit is exactly what a rebuild would give.
const frames = sentenceMemo<SentenceFrame>();

/**
 * `buildFrame`, memoised per sentence (see src/pipeline/util/tokens-cache.ts). Frames are
 * shared: callers must not mutate them (copy to add fields, as stage 07 does for `antecedent`).
 * `keep = false` reuses a stored frame but stores no new one (stage 06 keeps only frames of
 * sentences with a mention, the only ones stage 07 reads; stage 07 keeps none).
 *
 * @example frameFor(article, sentence, mentions, [0, 1], dates, [0])
 */
export function frameFor(
  article: TextSource,
  sentence: Sentence,
  mentions: Mention[],
  mentionIdx: number[],
  dates: DateMention[],
  dateIdx: number[],
  keep = true
): SentenceFrame {
  pending.text = article.text;
  pending.sentence = sentence;
  pending.mentions = mentions;
  pending.mentionIdx = mentionIdx;
  pending.dates = dates;
  pending.dateIdx = dateIdx;
  const frame = frames.get(article, sentence, depsOf(mentions, dates), buildPending, keep);
  // Hold no article past the call (as forgetFrames does for the deps).
  pending.text = "";
  pending.sentence = null;
  pending.mentions = NO_MENTIONS;
  pending.dates = NO_DATES;
  pending.mentionIdx = pending.dateIdx = NO_INDEXES;
  return frame;
}

/**
 * The arguments of the frame `frameFor` may build, read by one shared builder: a closure made
 * per call (six captured values) was the stage's largest allocation after the tokens (memo
 * hits, most of stage 07's calls, never ran it). buildFrame never calls frameFor, so one
 * record suffices.
 */
const NO_INDEXES: number[] = [];
const NO_MENTIONS: Mention[] = [];
const NO_DATES: DateMention[] = [];
const pending = {text: "", sentence: null as Sentence | null, mentions: NO_MENTIONS, mentionIdx: NO_INDEXES, dates: NO_DATES, dateIdx: NO_INDEXES};

function buildPending(): SentenceFrame {
  return buildFrame(pending.text, pending.sentence!, pending.mentions, pending.mentionIdx, pending.dates, pending.dateIdx);
}

/** Deps of no article (what `lastDeps` holds between articles). */
const NO_DEPS: readonly [Mention[], DateMention[]] = [[], []];

/** The last deps list made: a frame depends on the article's mention and date arrays. */
let lastDeps: readonly [Mention[], DateMention[]] = NO_DEPS;

/**
 * [mentions, dates], one list per article rather than one per sentence: the memo compares the
 * entries, not the list, and keeps the list it was given, so a list is never changed once made.
 */
function depsOf(mentions: Mention[], dates: DateMention[]): readonly [Mention[], DateMention[]] {
  if (lastDeps[0] !== mentions || lastDeps[1] !== dates) lastDeps = [mentions, dates];
  return lastDeps;
}

/** Stands for "no stored frame" in `storedFrame` (never returned). */
const NO_FRAME = {} as SentenceFrame;
const noFrame = (): SentenceFrame => NO_FRAME;

/**
 * The frame `frameFor` stored for this sentence and these inputs, else null (builds nothing).
 * Stage 07 uses it to skip its quick text filter where stage 06 already tokenised the sentence.
 *
 * @example storedFrame(article, sentence, mentions, dates)?.tokens.length
 */
export function storedFrame(article: TextSource, sentence: Sentence, mentions: Mention[], dates: DateMention[]): SentenceFrame | null {
  const f = frames.get(article, sentence, depsOf(mentions, dates), noFrame, false);
  return f === NO_FRAME ? null : f;
}

/**
 * Drops the memoised frames of an article's sentences; the last stage reading them (07) calls it
 * so a corpus run holds one article's frames at a time.
 *
 * @example forgetFrames(sentences)
 */
export function forgetFrames(sentences: readonly Sentence[]): void {
  frames.forget(sentences);
  // The memo compares deps entry by entry, so a fresh list later gives the same hits; holding
  // this one would keep the last article's mention and date arrays alive after a run.
  lastDeps = NO_DEPS;
  recentLists = [];
}

/**
 * Mentions whose first token lies within `radius` tokens of token `at` (binary search on the
 * sorted list), so per-event scans stay bounded on pathological one-line inputs.
 *
 * @example mentionsNear(frame, 12, 40)
 */
export function mentionsNear(frame: SentenceFrame, at: number, radius: number): PlacedMention[] {
  const list = frame.mentions;
  if (list.length <= 64) return list;
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].from < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return list.slice(lowerBound(at - radius), lowerBound(at + radius + 1));
}

/**
 * Tokenises a sentence and puts its mentions and dates on the token grid.
 * Mentions whose offsets fall outside the sentence are ignored.
 *
 * @example buildFrame(articleText, sentence, mentions, [0, 1], dates, [0])
 */
export function buildFrame(
  articleText: string,
  sentence: Sentence,
  mentions: Mention[],
  mentionIdx: number[],
  dates: DateMention[],
  dateIdx: number[]
): SentenceFrame {
  const text = articleText.slice(sentence.start, sentence.end);
  const tokens = tokenizeRange(articleText, sentence.start, sentence.end, 0);
  const clauses = clauseIds(tokens);
  const placed: PlacedMention[] = [];
  // An indexed loop, not for-of (an iterator-closing try/finally): a smaller cold compile.
  for (let q = 0; q < mentionIdx.length; q++) {
    const index = mentionIdx[q];
    const mention = mentions[index];
    if (!(mention.start >= sentence.start && mention.end <= sentence.end && mention.end > mention.start)) continue;
    const from = tokenAt(tokens, mention.start);
    if (from < 0) continue;
    let to = from + 1;
    while (to < tokens.length && tokens[to].start < mention.end) to++;
    placed.push({index, mention, from, to, clause: clauses[from], anchor: null});
  }
  // Stage 04 lists mentions in text order: sort only when they are not (the sort is stable,
  // so a sorted list would come back unchanged).
  if (!inOrder(placed, byStartThenLongest)) placed.sort(byStartThenLongest);
  const datelineEnd = datelineEndOffset(tokens);
  const sentenceDates: DateMention[] = [];
  for (let k = 0; k < dateIdx.length; k++) {
    const d = dates[dateIdx[k]];
    if (d.start >= sentence.start && d.end <= sentence.end && d.start >= datelineEnd) sentenceDates.push(d);
  }
  if (!inOrder(sentenceDates, byStart)) sentenceDates.sort(byStart);
  return {sentence, offset: sentence.start, text, tokens, clauses, mentions: dropNested(placed), dates: sentenceDates};
}

const byStartThenLongest = (a: PlacedMention, b: PlacedMention): number => a.mention.start - b.mention.start || b.mention.end - a.mention.end;
const byStart = (a: DateMention, b: DateMention): number => a.start - b.start;

/** True when `list` is already sorted by `order` (no pair out of order). */
function inOrder<T>(list: T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** Keeps the outer mention when two overlap ("Hamas" inside "Hamas political office"). */
function dropNested(sorted: PlacedMention[]): PlacedMention[] {
  // Mostly nothing overlaps: the list is then kept as it is, not copied.
  let k = 1;
  while (k < sorted.length && sorted[k].mention.start >= sorted[k - 1].mention.end) k++;
  if (k >= sorted.length) return sorted;
  const out: PlacedMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.mention.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.mention.end;
  }
  return out;
}

// Module constants, not literals in the function: tsx (esbuild) turns a \p{…} regex literal
// into `new RegExp(…)`, so a literal inside a function made a new RegExp object at every call.
const ALL_UPPER = /^\p{Lu}{2,}$/u;

const DASHES = new Set(["-", "—", "–"]);

/**
 * End offset of a wire dateline glued to the first sentence ("KYIV, June 11 (Agency) - …"),
 * else -1. Its date is when the story was filed, not when anything happened.
 *
 * @example datelineEndOffset(tokenize("ATHENS, Aug 13 (Wire) - A fire killed two.", 0)) // 22
 */
export function datelineEndOffset(tokens: Token[]): number {
  // Most sentences start with a lowercase letter after the capital ("The"): no regex then.
  // A one-character first token ("A", a quote mark) is no dateline word: tested before reading
  // its second character (reading past the end gave NaN and threw away buildFrame's compiled code).
  if (tokens.length < 3 || tokens[0].text.length < 2) return -1;
  const second = tokens[0].text.charCodeAt(1);
  if ((second >= 97 && second <= 122) || !ALL_UPPER.test(tokens[0].text)) return -1;
  for (let i = 1; i < tokens.length && i < 16; i++) if (DASHES.has(tokens[i].text) && tokens[i - 1].text !== tokens[i].text) return tokens[i].end;
  return -1;
}
