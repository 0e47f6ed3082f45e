/**
 * Stage 08 core: runs the label rules (title, pre-nominal, appositive, copular) over the
 * mentions of each sentence and returns LabelMentions with offsets of the descriptor phrase.
 */
import type {Article, LabelMention, Mention, Sentence} from "../types.ts";
import {forgetSentenceTokens, sentenceTokens, type Token} from "../actors/tokens.ts";
import {appositiveAfter} from "./appositive.ts";
import {copularAfter} from "./copular.ts";
import {prenominalBefore} from "./prenominal.ts";

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * @example findArticleLabels(article, sentences, mentions).map((l) => l.label) // ["Palestinian militant group", …]
 */
export function findArticleLabels(article: Article, sentences: Sentence[], mentions: Mention[]): LabelMention[] {
  const out: LabelMention[] = [];
  const seen = new Set<string>();
  const add = (sentenceIndex: number, start: number, end: number, mention: number, rule: string) => {
    if (end <= start) return;
    const key = `${mention}:${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({sentenceIndex, start, end, mention, label: clean(article.text.slice(start, end)), rule});
  };
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const list = bySentence.get(m.sentenceIndex);
    if (list) list.push(i);
    else bySentence.set(m.sentenceIndex, [i]);
  });
  let ownerBuf = new Int32Array(64);
  for (const s of sentences) {
    const idx = bySentence.get(s.index);
    if (!idx || s.kind === "boilerplate" || s.kind === "credit") continue;
    if (s.end <= s.start || s.end > article.text.length) continue;
    const tokens: Token[] = sentenceTokens(article, s);
    if (tokens.length === 0) continue;
    // Token range of each mention of the sentence.
    const spans = new Map<number, {ts: number; te: number}>();
    // One buffer per article, grown as needed (a typed array per sentence was a hot allocation).
    if (ownerBuf.length < tokens.length) ownerBuf = new Int32Array(Math.max(tokens.length, 2 * ownerBuf.length));
    const owner = ownerBuf;
    owner.fill(-1, 0, tokens.length);
    let t = 0;
    for (const mi of idx) {
      const m = mentions[mi];
      while (t < tokens.length && tokens[t].end <= m.start) t++;
      let te = t;
      while (te < tokens.length && tokens[te].start < m.end) te++;
      if (te > t && tokens[t].start >= m.start - 3) {
        spans.set(mi, {ts: t, te});
        for (let k = t; k < te; k++) owner[k] = mi;
      }
    }
    const startsAt = new Map<number, number>();
    for (const [mi, sp] of spans) if (!startsAt.has(sp.ts)) startsAt.set(sp.ts, mi);
    for (const mi of idx) {
      const m = mentions[mi];
      const sp = spans.get(mi);
      if (!sp || m.via === "role") continue;
      const at = (r: {from: number; to: number}) => [tokens[r.from].start, tokens[r.to - 1].end] as const;
      if (m.title) {
        const ti = article.text.lastIndexOf(m.title, m.start);
        if (ti >= s.start && ti + m.title.length <= m.start) add(s.index, ti, ti + m.title.length, mi, "title");
      } else {
        const pre = prenominalBefore(tokens, sp.ts, (j) => owner[j] >= 0 && mentions[owner[j]].kind !== "person");
        if (pre) add(s.index, ...at(pre), mi, "prenominal");
      }
      const app = appositiveAfter(tokens, sp.te);
      if (app) add(s.index, ...at(app), mi, "appositive");
      // Coordinated subjects share the designation: "Hamas and Islamic Jihad are both recognised as…".
      const subjects = [mi];
      let e = sp.te;
      while (e < tokens.length && (tokens[e].key === "and" || tokens[e].sep === ",") && tokens[e].sep !== "." && startsAt.has(tokens[e].key === "and" ? e + 1 : e)) {
        const next = startsAt.get(tokens[e].key === "and" ? e + 1 : e)!;
        subjects.push(next);
        e = spans.get(next)!.te;
        if (tokens[e - 1] && tokens[e]?.key !== "and" && tokens[e]?.sep !== ",") break;
      }
      const cop = copularAfter(tokens, e);
      if (cop) for (const sub of subjects) add(s.index, ...at(cop), sub, cop.rule);
    }
  }
  // Stage 08 is the last reader of the tokens stage 04 memoised for this article.
  forgetSentenceTokens(sentences);
  return out.sort((a, b) => a.start - b.start || a.mention - b.mention);
}
