/**
 * Per-sentence memo shared by stages that read the same sentence one after the other:
 * stage 04 tokenises a sentence for names and stage 08 reads the same tokens for labels;
 * stage 06 builds a sentence frame (tokens, clauses, placed mentions) and stage 07 reuses it.
 *
 * Why a hit is safe: the value is a pure function of the sentence, the article text and the
 * extra inputs it was built from (e.g. the mention array), so a hit returns exactly what a
 * rebuild would. Each entry remembers what it was built from (the article object, its text
 * length, the Sentence object, its offsets and `deps` such as the mention and date arrays, all
 * compared by identity or as numbers, never by string content, so a hit costs O(1) even on a
 * 1 MB article); a sentence reused with other inputs is rebuilt, never served stale. Articles
 * are not mutated after stage 01: a new text means a new Article.
 *
 * Why one article at a time, in slots indexed by `Sentence.index` (not a WeakMap keyed by the
 * Sentence): the stages run article by article, so the entries of the previous article are
 * never asked for again; an array slot is much cheaper than a hash lookup per sentence (stage 04
 * spent ~10 % of its time in WeakMap get/set), and memory stays bounded to one article even when
 * no stage calls `forget`. A memo asked about another article drops everything it holds, and
 * `forget` of any sentence it holds drops the whole article; a sentence whose index is not a
 * non-negative integer below 65,536 is built and not stored.
 * Nothing is shared between workers (each has its own module instance).
 */
import type {Sentence} from "../types.ts";

/** What a memoised value is built from: the article (only its text is read). */
export interface TextSource {
  readonly text: string;
}

/** A memo of one kind of per-sentence value (see the module comment). */
export interface SentenceMemo<T> {
  /**
   * The value for `sentence` of `article` built from `deps`, built once with `build()`.
   * `keep = false` still returns a stored value but does not store a new one (for a reader that
   * knows no later stage needs it: the value then dies young instead of filling the memo).
   */
  get(article: TextSource, sentence: Sentence, deps: readonly unknown[], build: () => T, keep?: boolean): T;
  /**
   * `get` in two calls, for a hot reader that would otherwise make a `build` closure per call:
   * `find` returns the stored value (undefined when there is none: a value is never undefined) and
   * `put` stores the one the caller built, exactly as `get` would.
   */
  find(article: TextSource, sentence: Sentence, deps: readonly unknown[]): T | undefined;
  put(article: TextSource, sentence: Sentence, deps: readonly unknown[], value: T): void;
  /** Drops the entries of these sentences (the last reader calls it once per article). */
  forget(sentences: readonly Sentence[]): void;
}

/** The deps of a gap slot: matches no caller's deps array by identity (an emptied list, not `[]`: the kind of array callers pass, see actors/tokens.ts NO_DEPS). */
const NO_DEPS: readonly unknown[] = [null].slice(0, 0);

/** Sentence indexes above this are built without being stored (no huge sparse arrays). */
const MAX_SLOT = 1 << 16;

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One stored value and what it was built from: the Sentence object, its offsets and deps.
 * Why one object per entry rather than five arrays side by side (sentences, starts, ends, deps,
 * values, as before): a store is then one array write instead of five, and `put`, which fills
 * the gaps, pushes one slot instead of five values. Its compiled code was about as large as
 * the tokenizer's entry (sentenceTokens) that inlines it, and it was compiled in every cold run.
 */
class Slot<T> {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare sentence: Sentence | null;
  declare start: number;
  declare end: number;
  declare deps: readonly unknown[];
  declare value: T;
  constructor(sentence: Sentence | null, start: number, end: number, deps: readonly unknown[], value: T) {
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.deps = deps;
    this.value = value;
  }
}

/** A gap's slot: its Sentence is null, so find never matches it. */
const GAP = new Slot<never>(null, -1, -1, NO_DEPS, undefined as never);

class ArticleSlots<T> implements SentenceMemo<T> {
  private article: TextSource | null = null;
  private length = -1;
  /** Per sentence index: its slot (GAP where none was stored). */
  private slots: Slot<T>[] = [];

  get(article: TextSource, sentence: Sentence, deps: readonly unknown[], build: () => T, keep = true): T {
    const hit = this.find(article, sentence, deps);
    if (hit !== undefined) return hit;
    const value = build();
    if (keep) this.put(article, sentence, deps, value);
    return value;
  }

  find(article: TextSource, sentence: Sentence, deps: readonly unknown[]): T | undefined {
    const i = sentence.index;
    if (!(Number.isInteger(i) && i >= 0 && i < this.slots.length) || article !== this.article || article.text.length !== this.length) return undefined;
    const e = this.slots[i];
    return e.sentence === sentence && e.start === sentence.start && e.end === sentence.end && sameDeps(e.deps, deps) ? e.value : undefined;
  }

  put(article: TextSource, sentence: Sentence, deps: readonly unknown[], value: T): void {
    const i = sentence.index;
    if (!(Number.isInteger(i) && i >= 0 && i < MAX_SLOT)) return;
    if (article !== this.article || article.text.length !== this.length) this.clear(article);
    // Fill any gap so the list stays dense (sentence indexes normally arrive in order, but a
    // stage may skip a headline): a hole made it a holey array and deoptimised every reader
    // (V8 "wrong map").
    const slots = this.slots;
    while (slots.length < i) slots.push(GAP);
    const e = new Slot(sentence, sentence.start, sentence.end, deps, value);
    if (i === slots.length) slots.push(e);
    else slots[i] = e;
  }

  forget(sentences: readonly Sentence[]): void {
    // The slots hold one article: forgetting any of its sentences releases all of it.
    const slots = this.slots;
    for (const s of sentences) {
      const i = s.index;
      if (Number.isInteger(i) && i >= 0 && i < slots.length && slots[i].sentence === s) {
        this.clear(null);
        return;
      }
    }
  }

  private clear(article: TextSource | null): void {
    this.article = article;
    this.length = article ? article.text.length : -1;
    this.slots = [];
  }
}

/**
 * Creates an empty per-sentence memo.
 *
 * @example const words = sentenceMemo<string[]>(); words.get(article, sentence, [], () => article.text.slice(sentence.start, sentence.end).split(" "))
 */
export function sentenceMemo<T>(): SentenceMemo<T> {
  return new ArticleSlots<T>();
}
