/**
 * What an extraction looks like on its way back from a worker thread, and how the main thread
 * makes it whole again. postMessage copies with the structured clone, and the copy is paid
 * twice: serialised in the worker, deserialised on the main thread, where it is serial work
 * that no worker can share. Measured on the 5,000-article bench corpus (12.9 MB; v8.serialize /
 * deserialize, the clone postMessage uses; two runs on a shared machine): whole extractions
 * 132 MB, 0.6 s to serialise and 2.7–3.0 s to deserialise; in this wire form 93 MB, 0.55–0.6 s
 * and 2.1–2.4 s, plus 0.03–0.04 s for toWire and fromWire. (JSON would parse faster on the main
 * thread, ~0.85 s, but it is not exact: undefined, NaN and -0 do not survive it.) So two things
 * stay behind:
 *
 * - the Article: the main thread sent it and still holds the same object (articles are not
 *   mutated after stage 01, see util/tokens-cache.ts), so it is put back, not copied back;
 * - `Sentence.text` when it equals `article.text.slice(start, end)` (the offsets invariant):
 *   it travels as null and is sliced again on arrival. The worker checks the equality first,
 *   so a sentence that ever broke the invariant would keep its own text: exact either way.
 */
import type {Article, ArticleExtraction, Sentence} from "../pipeline/types.ts";

/** A sentence on the wire: `text` null when it is the article's slice [start, end). */
export type WireSentence = Omit<Sentence, "text"> & {text: string | null};

/** An extraction on the wire: no article, sentences as WireSentence. */
export type WireExtraction = Omit<ArticleExtraction, "article" | "sentences"> & {sentences: WireSentence[]};

/**
 * The worker side: drops the article and the sentence texts the main thread can slice itself.
 *
 * @example toWire(extractArticles([article], ctx)[0]).sentences[0].text // null
 */
export function toWire(x: ArticleExtraction): WireExtraction {
  const {article, ...rest} = x;
  const text = article.text;
  // Same keys in the same order as the Sentence: tables are built from values, but a copy that
  // looks like the original keeps JSON dumps of extractions comparable too.
  const sentences = x.sentences.map((s): WireSentence => (s.text === text.slice(s.start, s.end) ? {...s, text: null} : s));
  return {...rest, sentences};
}

/**
 * The main thread side: the article it sent goes back in first (where it was), null sentence
 * texts are sliced again.
 *
 * @example fromWire(message.extractions[0], articles[0]).sentences[0].text // "Floods hit the town."
 */
export function fromWire(w: WireExtraction, article: Article): ArticleExtraction {
  const text = article.text;
  const sentences = w.sentences.map((s): Sentence => (s.text === null ? {...s, text: text.slice(s.start, s.end)} : (s as Sentence)));
  return {article, ...w, sentences};
}
