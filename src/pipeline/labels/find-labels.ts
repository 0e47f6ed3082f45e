/**
 * Stage 08 core: runs the label rules (title, pre-nominal, appositive, copular) over the
 * mentions of each sentence and returns LabelMentions with offsets of the descriptor phrase.
 */
import type {Article, LabelMention, Mention, Sentence} from "../types.ts";
import {forgetSentenceTokens, sentenceTokens, type Token} from "../actors/tokens.ts";
import {appositiveAfter} from "./appositive.ts";
import {descriptorBeforeComma} from "./comma-descriptor.ts";
import {copularAfter} from "./copular.ts";
import {prenominalBefore} from "./prenominal.ts";
import {bySentence} from "../events/frame.ts";
import {LabelRecord} from "./label-record.ts";
import {FEMININE_TITLES, MASCULINE_TITLES} from "../model/titles.ts";

const sentenceOf = (m: Mention): number => m.sentenceIndex;

/** Collapses whitespace runs (line breaks inside a descriptor) to one space; most labels have none. */
function clean(s: string): string {
  return /[^\S ]| {2}|^ | $/.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/**
 * The labels found so far, deduplicated by (mention, start, end). A class rather than closures
 * in the loop: stage 08 runs per mention, and a closure per mention was a measurable cost.
 */
class LabelSink {
  readonly out: LabelMention[] = [];
  /**
   * Start offset → [end, mention, end, mention, …] of the labels added there. Numbers, not a
   * "mention:start:end" string per label: building and hashing that string was a fifth of the
   * stage (a start holds one or two labels, so the list scan is short).
   */
  private readonly seen = new Map<number, number[]>();
  constructor(private readonly text: string) {}

  /** Adds the label over tokens [from, to) of `tokens`. */
  add(sentenceIndex: number, tokens: Token[], from: number, to: number, mention: number, rule: string): void {
    this.addSpan(sentenceIndex, tokens[from].start, tokens[to - 1].end, mention, rule);
  }

  /** Adds a label given by offsets (a title stage 04 recorded). */
  addSpan(sentenceIndex: number, start: number, end: number, mention: number, rule: string): void {
    if (end <= start || !this.firstTime(start, end, mention)) return;
    // A constructor, not a literal: see LabelRecord.
    this.out.push(new LabelRecord(sentenceIndex, start, end, mention, clean(this.text.slice(start, end)), rule));
  }

  /** True the first time (mention, start, end) is seen, and records it. */
  private firstTime(start: number, end: number, mention: number): boolean {
    const list = this.seen.get(start);
    if (!list) {
      this.seen.set(start, [end, mention]);
      return true;
    }
    for (let k = 0; k < list.length; k += 2) if (list[k] === end && list[k + 1] === mention) return false;
    list.push(end, mention);
    return true;
  }
}

/**
 * Token ranges of the mentions of the sentence being read, and which mention owns each token.
 * One instance for the module (`SPANS`), its buffers grown as needed and reused for every
 * sentence of every article: creating typed arrays per article was the largest cost of this
 * stage. Safe because the stage runs synchronously and releases `mentions` when done.
 */
class SentenceSpans {
  /** Mention index owning token k, or -1. */
  owner = new Int32Array(64);
  /** First mention (in mention order) whose span starts at token k, or -1. */
  startsAt = new Int32Array(64);
  /** Token range of the i-th mention of the sentence (ts = -1 when it has no tokens). */
  ts = new Int32Array(16);
  te = new Int32Array(16);
  mentions: Mention[] = [];
  /** Handed to prenominalBefore: token j belongs to a mention that is not a person. */
  readonly nonPersonName = (j: number): boolean => this.owner[j] >= 0 && this.mentions[this.owner[j]].kind !== "person";

  reset(tokenCount: number, mentionCount: number): void {
    // One slot past the last token: "…and" at the sentence end looks one token ahead.
    if (this.owner.length < tokenCount + 1) {
      const size = Math.max(tokenCount + 1, 2 * this.owner.length);
      this.owner = new Int32Array(size);
      this.startsAt = new Int32Array(size);
    }
    if (this.ts.length < mentionCount) {
      const size = Math.max(mentionCount, 2 * this.ts.length);
      this.ts = new Int32Array(size);
      this.te = new Int32Array(size);
    }
    this.owner.fill(-1, 0, tokenCount + 1);
    this.startsAt.fill(-1, 0, tokenCount + 1);
  }
}

/**
 * First token index at or after `from` whose end lies past `offset` (tokens.length when none).
 * Token ends increase along the sentence, so a binary search: only the tokens around each
 * mention are read, not every token before it (in the full run those tokens have long left the
 * CPU cache since stage 04 made them).
 */
function firstEndingAfter(tokens: Token[], from: number, offset: number): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Label order: by start, then mention index (a module-level comparator, not an arrow per call). */
const byStartThenMention = (a: LabelMention, b: LabelMention): number => a.start - b.start || a.mention - b.mention;

/**
 * "Mr", "Ms", "Mrs" alone: how an outlet's style sheet addresses everyone, not how it describes
 * this actor. A longer title keeps its courtesy word ("Madam Speaker").
 *
 * @example isCourtesyTitle("Ms") // true; isCourtesyTitle("Madam Speaker") // false
 */
function isCourtesyTitle(title: string): boolean {
  return COURTESY.has(title.toLowerCase().replace(/\.$/, ""));
}

const COURTESY = new Set([...MASCULINE_TITLES, ...FEMININE_TITLES]);

/** A plural noun: "hostages", "militants" (not "corps", "boss"). */
function isPluralForm(key: string): boolean {
  return key.length > 3 && key.endsWith("s") && !key.endsWith("ss") && !key.endsWith("us") && key !== "corps";
}

/**
 * Whether the name ending before token `e` opens a list ("Ali and Omar", "Hamas, Islamic Jihad").
 * A plural descriptor fits only a list of names ("mine workers Mario Sepúlveda and Luis Urzúa");
 * before one name it is the object of a clause whose subject the name is: "one of two hostages
 * Hamas released", "the soldiers Russia captured".
 */
function opensList(tokens: Token[], e: number): boolean {
  const t = tokens[e];
  return t !== undefined && (t.key === "and" || t.key === "&" || t.sep === ",");
}

const SPANS = new SentenceSpans();
const NO_MENTIONS: Mention[] = [];

/**
 * @example findArticleLabels(article, sentences, mentions).map((l) => l.label) // ["Palestinian militant group", …]
 */
export function findArticleLabels(article: Article, sentences: Sentence[], mentions: Mention[]): LabelMention[] {
  const sink = new LabelSink(article.text);
  // Mention indexes per sentence in an array slot per sentence number, not a Map (see frame.ts).
  const mentionsBy = bySentence(mentions, sentenceOf);
  const sp = SPANS;
  sp.mentions = mentions;
  // An indexed loop, not for-of (an iterator-closing try/finally): a smaller cold compile.
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const idx = mentionsBy.get(s.index);
    if (!idx || s.kind === "boilerplate" || s.kind === "credit") continue;
    if (s.end <= s.start || s.end > article.text.length) continue;
    const tokens: Token[] = sentenceTokens(article, s);
    if (tokens.length === 0) continue;
    sp.reset(tokens.length, idx.length);
    const {owner, startsAt, ts: tsOf, te: teOf} = sp;
    // Token range of each mention of the sentence.
    let t = 0;
    for (let q = 0; q < idx.length; q++) {
      const mi = idx[q];
      const m = mentions[mi];
      tsOf[q] = -1;
      t = firstEndingAfter(tokens, t, m.start);
      let te = t;
      while (te < tokens.length && tokens[te].start < m.end) te++;
      if (te > t && tokens[t].start >= m.start - 3) {
        tsOf[q] = t;
        teOf[q] = te;
        for (let k = t; k < te; k++) owner[k] = mi;
        if (startsAt[t] < 0) startsAt[t] = q;
      }
    }
    for (let q = 0; q < idx.length; q++) {
      const mi = idx[q];
      const m = mentions[mi];
      // Role mentions ("the Russian president") and nationality adjectives standing for a
      // state ("Egyptian mediators") are descriptions themselves, not names a label attaches to.
      if (tsOf[q] < 0 || m.via === "role" || m.via === "nationality") continue;
      if (m.title) {
        const ti = article.text.lastIndexOf(m.title, m.start);
        if (ti >= s.start && ti + m.title.length <= m.start && !isCourtesyTitle(m.title)) sink.addSpan(s.index, ti, ti + m.title.length, mi, "title");
      } else {
        const pre = prenominalBefore(tokens, tsOf[q], sp.nonPersonName);
        if (pre && !(isPluralForm(tokens[pre.to - 1].key) && !opensList(tokens, teOf[q]))) sink.add(s.index, tokens, pre.from, pre.to, mi, "prenominal");
      }
      const app = appositiveAfter(tokens, teOf[q]);
      if (app) sink.add(s.index, tokens, app.from, app.to, mi, "appositive");
      const before = descriptorBeforeComma(tokens, tsOf[q], teOf[q]);
      if (before) sink.add(s.index, tokens, before.from, before.to, mi, "appositive-before");
      // Coordinated subjects share the designation: "Hamas and Islamic Jihad are both recognised as…".
      let e = teOf[q];
      let coordinated = false;
      while (e < tokens.length && (tokens[e].key === "and" || tokens[e].sep === ",") && tokens[e].sep !== "." && startsAt[tokens[e].key === "and" ? e + 1 : e] >= 0) {
        const next = startsAt[tokens[e].key === "and" ? e + 1 : e];
        coordinated = true;
        e = teOf[next];
        if (tokens[e - 1] && tokens[e]?.key !== "and" && tokens[e]?.sep !== ",") break;
      }
      const cop = copularAfter(tokens, e);
      if (!cop) continue;
      sink.add(s.index, tokens, cop.from, cop.to, mi, cop.rule);
      if (coordinated) {
        // The coordinated subjects again, in the same order as the loop above visited them.
        let f = teOf[q];
        while (f < tokens.length && (tokens[f].key === "and" || tokens[f].sep === ",") && tokens[f].sep !== "." && startsAt[tokens[f].key === "and" ? f + 1 : f] >= 0) {
          const next = startsAt[tokens[f].key === "and" ? f + 1 : f];
          sink.add(s.index, tokens, cop.from, cop.to, idx[next], cop.rule);
          f = teOf[next];
          if (tokens[f - 1] && tokens[f]?.key !== "and" && tokens[f]?.sep !== ",") break;
        }
      }
    }
  }
  sp.mentions = NO_MENTIONS;
  // Stage 08 is the last reader of the tokens stage 04 memoised for this article.
  forgetSentenceTokens(sentences);
  const out = sink.out;
  return out.sort(byStartThenMention);
}
