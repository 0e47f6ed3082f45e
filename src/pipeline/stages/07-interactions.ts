import type {Article, Context, DateMention, InteractionMention, Mention, Sentence} from "../types.ts";
import {bySentence, forgetFrames, frameFor} from "../events/frame.ts";
import {interactionsInFrame, mayHaveInteraction} from "../interactions/find-interactions.ts";

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
  // The first person named in the last sentence that named one, for a sentence-initial
  // "He/She" ("… Ms Lind told reporters. She had met B" → Lind met B). Forgotten after two
  // sentences without a person.
  let antecedent: {index: number; mention: Mention} | null = null;
  let age = 0;
  for (const sentence of sentences) {
    if (sentence.kind !== "body" || sentence.repeatOf !== null) continue;
    const ids = mentionsBy.get(sentence.index) ?? [];
    if (ids.length >= (age <= 2 && antecedent ? 1 : 2) && mayHaveInteraction(article.text.slice(sentence.start, sentence.end))) {
      // Frames are shared with stage 06 (memoised per sentence): copy rather than mutate.
      const frame = {...frameFor(article.text, sentence, mentions, ids, dates, datesBy.get(sentence.index) ?? []), antecedent: age <= 2 ? antecedent : null};
      for (const row of interactionsInFrame(frame)) out.push(row);
    }
    const person = ids.map((i) => ({index: i, mention: mentions[i]})).filter((m) => m.mention.kind === "person").sort((a, b) => a.mention.start - b.mention.start)[0];
    if (person) {
      antecedent = person;
      age = 0;
    } else age++;
  }
  // Stage 07 is the last reader of the frames stage 06 built for this article.
  forgetFrames(sentences);
  return out;
}
