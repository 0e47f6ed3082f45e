import type {Article, Context, DateMention, InteractionMention, Mention, Sentence} from "../types.ts";
import {buildFrame, bySentence} from "../events/frame.ts";
import {interactionsInFrame} from "../interactions/find-interactions.ts";

/**
 * Stage 07: who did what to whom between actor mentions of one sentence, from verb
 * frames (src/pipeline/model/interaction-verbs.ts) and a few noun patterns. Rule-based
 * and precise rather than greedy: a pair is only written when both arguments are found
 * (no pronouns). Headlines, captions, credits, datelines, boilerplate and repeated
 * paragraphs are skipped, as in stage 06.
 *
 * @example findInteractions(article, sentences, dates, mentions, ctx)
 */
export function findInteractions(
  article: Article,
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  ctx: Context
): InteractionMention[] {
  void ctx;
  const mentionsBy = bySentence(mentions, (m) => m.sentenceIndex);
  const datesBy = bySentence(dates, (d) => d.sentenceIndex);
  const out: InteractionMention[] = [];
  for (const sentence of sentences) {
    if (sentence.kind !== "body" || sentence.repeatOf !== null) continue;
    const ids = mentionsBy.get(sentence.index);
    if (!ids || ids.length < 2) continue;
    const frame = buildFrame(article.text, sentence, mentions, ids, dates, datesBy.get(sentence.index) ?? []);
    for (const row of interactionsInFrame(frame)) out.push(row);
  }
  return out;
}
