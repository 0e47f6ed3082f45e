import type {Article, MarkupSpan, Sentence, SentenceKind} from "../types.ts";
import {lineBlocks} from "../sentences/blocks.ts";
import {segmentLine} from "../sentences/segment.ts";
import {paragraphKinds} from "../sentences/paragraph-kinds.ts";
import {sentenceKind} from "../sentences/kinds.ts";
import {repeatedParagraphs} from "../sentences/repeats.ts";
import {hasOnlyPlainSpaces} from "../sentences/words.ts";
import {SentenceRecord} from "../sentences/sentence-record.ts";

/**
 * splitSentences' working list, filled and copied out within one call. Not re-entrant: nothing
 * called while it is filled may split sentences again.
 */
const SENTENCES: Sentence[] = [];

/**
 * Stage 02: split an article into sentences with offsets into `article.text`.
 * Lines (paragraphs) first, then `sbd` inside each line; every sentence's `text` is exactly
 * `article.text.slice(start, end)`, trimmed. `paragraph` is the 0-based index of the non-blank
 * line; `kind` tells headlines, datelines, credits, captions and boilerplate from body text;
 * `repeatOf` points to the first earlier paragraph with the same normalised text.
 *
 * @example splitSentences(article).map((s) => s.text)
 */
export function splitSentences(article: Article): Sentence[] {
  const text = typeof article.text === "string" ? article.text : "";
  const blocks = lineBlocks(text);
  // Loops with push rather than map: arrays from one allocation site keep one elements kind, so
  // the optimised code that reads them is not thrown away on the next article.
  const lines: string[] = [];
  for (const b of blocks) lines.push(text.slice(b.start, b.end));
  const plainSpaces = hasOnlyPlainSpaces(text);
  const kinds = paragraphKinds(lines, article.title, plainSpaces);
  // What an HTML page's markup says about a line (a <figcaption>, a standfirst) beats its look.
  if (article.markup?.length) applyMarkup(kinds, blocks, article.markup);
  // First every line's sentence spans and texts (repeatedParagraphs needs them all), then the
  // Sentence objects with `repeatOf` already known: writing it afterwards changed the field
  // from null to a number on objects already built, which cost more than building them.
  const spans: number[] = [];
  const byParagraph: string[][] = [];
  for (const block of blocks) {
    const from = spans.length;
    segmentLine(text, block.start, block.end, spans, lines[block.index]);
    const texts: string[] = [];
    // A one-sentence paragraph (headlines, datelines, most short paragraphs) is its line: the
    // line's string is reused rather than sliced again.
    if (spans.length === from + 2 && spans[from] === block.start && spans[from + 1] === block.end) texts.push(lines[block.index]);
    else for (let k = from; k < spans.length; k += 2) texts.push(text.slice(spans[k], spans[k + 1]));
    byParagraph.push(texts);
  }
  const repeats = repeatedParagraphs(byParagraph);
  // The sentences go into a module scratch list and are copied out at their exact length: the
  // article's list lives to the end of the run, so a list literal here was "pretenured" like the
  // sentences themselves (see SentenceRecord) and threw splitSentences' optimised code away;
  // `slice` makes the copy without an allocation site.
  let n = 0;
  let k = 0;
  for (const block of blocks) {
    const paragraphKind = kinds[block.index];
    const repeatOf = repeats[block.index];
    for (const sentenceText of byParagraph[block.index]) {
      SENTENCES[n] = new SentenceRecord(n, spans[k], spans[k + 1], sentenceText, sentenceKind(sentenceText, paragraphKind, plainSpaces), block.index, repeatOf);
      n++;
      k += 2;
    }
  }
  const out = SENTENCES.slice(0, n);
  // Hold no article's sentences past the call (as stages 06 and 07 do with their lists).
  SENTENCES.length = 0;
  return out;
}

/**
 * Sets the kind of every line that starts inside a markup span (see Article.markup): a
 * figcaption's line is a caption even without a photo credit, a standfirst is body even
 * though it reads like a headline.
 *
 * @example applyMarkup(kinds, blocks, [{start: 0, end: 30, kind: "caption"}]) // kinds[0] = "caption"
 */
export function applyMarkup(kinds: SentenceKind[], blocks: readonly {start: number; index: number}[], spans: readonly MarkupSpan[]): void {
  for (const b of blocks) {
    for (const s of spans) if (b.start >= s.start && b.start < s.end) kinds[b.index] = s.kind;
  }
}
