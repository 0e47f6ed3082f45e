/**
 * Per-sentence memo shared by stages that read the same sentence one after the other:
 * stage 04 tokenises a sentence for names and stage 08 reads the same tokens for labels;
 * stage 06 builds a sentence frame (tokens, clauses, placed mentions) and stage 07 reuses it.
 *
 * Why a WeakMap keyed by the Sentence object: the value is a pure function of the sentence,
 * the article text and the extra inputs it was built from (e.g. the mention array), so a hit
 * returns exactly what a rebuild would; nothing is shared between workers (each has its own
 * module instance) and an entry dies with its sentence. Each entry remembers what it was built
 * from (article text, offsets, `deps` such as the mention and date arrays, compared by
 * identity), so a sentence reused with other inputs is rebuilt, never served stale.
 *
 * Memory: a corpus run keeps every Sentence alive until the tables are written, so the last
 * stage that reads a memo calls `forget(sentences)` once per article; then at most one
 * article's entries are held at a time.
 */
import type {Sentence} from "../types.ts";

interface Entry<T> {
  text: string;
  start: number;
  end: number;
  deps: readonly unknown[];
  value: T;
}

/** A memo of one kind of per-sentence value (see the module comment). */
export interface SentenceMemo<T> {
  /**
   * The value for `sentence` of `articleText` built from `deps`, built once with `build()`.
   * `keep = false` still returns a stored value but does not store a new one (for a reader that
   * knows no later stage needs it: the value then dies young instead of filling the memo).
   */
  get(articleText: string, sentence: Sentence, deps: readonly unknown[], build: () => T, keep?: boolean): T;
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
 * @example const tokensOf = sentenceMemo<string[]>(); tokensOf.get(text, sentence, [], () => text.slice(sentence.start, sentence.end).split(" "))
 */
export function sentenceMemo<T>(): SentenceMemo<T> {
  const map = new WeakMap<Sentence, Entry<T>>();
  return {
    get(articleText, sentence, deps, build, keep = true) {
      const hit = map.get(sentence);
      // `===` on the article text is a pointer compare in the pipeline (the same string object).
      if (hit && hit.start === sentence.start && hit.end === sentence.end && hit.text === articleText && sameDeps(hit.deps, deps)) return hit.value;
      const value = build();
      if (keep) map.set(sentence, {text: articleText, start: sentence.start, end: sentence.end, deps, value});
      return value;
    },
    forget(sentences) {
      for (const s of sentences) map.delete(s);
    }
  };
}
