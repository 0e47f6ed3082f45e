/**
 * Per-sentence memo shared by stages that read the same sentence one after the other:
 * stage 04 tokenises a sentence for names and stage 08 reads the same tokens for labels;
 * stage 06 builds a sentence frame (tokens, clauses, placed mentions) and stage 07 reuses it.
 *
 * Why a WeakMap keyed by the Sentence object: the value is a pure function of the sentence,
 * the article text and the extra inputs it was built from (e.g. the mention array), so a hit
 * returns exactly what a rebuild would; nothing is shared between workers (each has its own
 * module instance) and an entry dies with its sentence. Each entry remembers what it was built
 * from (the article object, its text length, the sentence offsets and `deps` such as the
 * mention and date arrays, all compared by identity or as numbers, never by string content, so a
 * hit costs O(1) even on a 1 MB article), so a sentence reused with other inputs is rebuilt, never
 * served stale. Articles are not mutated after stage 01: a new text means a new Article.
 *
 * Memory: a corpus run keeps every Sentence alive until the tables are written, so the last
 * stage that reads a memo calls `forget(sentences)` once per article; then at most one
 * article's entries are held at a time.
 */
import type {Sentence} from "../types.ts";

/** What a memoised value is built from: the article (only its text is read). */
export interface TextSource {
  readonly text: string;
}

class MemoEntry<T> {
  constructor(
    readonly article: TextSource,
    readonly length: number,
    readonly start: number,
    readonly end: number,
    readonly deps: readonly unknown[],
    readonly value: T
  ) {}
}
type Entry<T> = MemoEntry<T>;

/** A memo of one kind of per-sentence value (see the module comment). */
export interface SentenceMemo<T> {
  /**
   * The value for `sentence` of `article` built from `deps`, built once with `build()`.
   * `keep = false` still returns a stored value but does not store a new one (for a reader that
   * knows no later stage needs it: the value then dies young instead of filling the memo).
   */
  get(article: TextSource, sentence: Sentence, deps: readonly unknown[], build: () => T, keep?: boolean): T;
  /** Drops the entries of these sentences (the last reader calls it once per article). */
  forget(sentences: readonly Sentence[]): void;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Creates an empty per-sentence memo.
 *
 * @example const words = sentenceMemo<string[]>(); words.get(article, sentence, [], () => article.text.slice(sentence.start, sentence.end).split(" "))
 */
export function sentenceMemo<T>(): SentenceMemo<T> {
  const map = new WeakMap<Sentence, Entry<T>>();
  return {
    get(article, sentence, deps, build, keep = true) {
      const hit = map.get(sentence);
      if (hit && hit.article === article && hit.length === article.text.length && hit.start === sentence.start && hit.end === sentence.end && sameDeps(hit.deps, deps)) return hit.value;
      const value = build();
      if (keep) map.set(sentence, new MemoEntry(article, article.text.length, sentence.start, sentence.end, deps, value));
      return value;
    },
    forget(sentences) {
      for (const s of sentences) map.delete(s);
    }
  };
}
