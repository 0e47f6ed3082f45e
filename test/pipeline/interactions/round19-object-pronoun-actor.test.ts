/**
 * Stage 07 on invented sentences (round 19): an object "him/her" stands for a person named earlier
 * in the sentence who is not the subject's own actor under another mention (arguments.ts
 * objectPronoun):
 * - "B spoke to Mr A by phone …, and Mr A thanked her for …" → A thanked B (the call's content
 *   only, round 19 calls.ts);
 * - "B met Kask on Monday, and Kask later thanked him" → B met Kask, Kask thanked B.
 * Negatives: only the subject's own earlier mention before the pronoun (no one else named), a
 * business story whose only other name is a company.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mention} from "../events/helpers.ts";
import type {ActorKind} from "../../../src/pipeline/types.ts";

interface Case {
  s: string;
  /** Mentions as "Text" or "Text:kind"; a repeated text is its next occurrence. */
  m: string[];
  rows: string[];
}

/** Like check.ts, but a text listed twice is its first, then its second occurrence. */
function check(c: Case): void {
  const {article, sentences} = makeArticle([c.s]);
  const seen = new Map<string, number>();
  const mentions = c.m.map((spec) => {
    const at = spec.lastIndexOf(":");
    const text = at > 0 ? spec.slice(0, at) : spec;
    const kind = (at > 0 ? spec.slice(at + 1) : "person") as ActorKind;
    const nth = seen.get(text) ?? 0;
    seen.set(text, nth + 1);
    return mention(sentences[0], text, kind, {nth});
  });
  const rows = findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
  expect(rows.sort()).toEqual([...c.rows].sort());
}

const cases: Record<string, Case> = {
  "B met Mr A, aides said, and Mr A thanked her → A thanked B": {
    s: "Dagny Holt met Mr Osk in his office, aides said, and Mr Osk thanked her for the grant.",
    m: ["Dagny Holt", "Osk", "Osk"],
    rows: ["Dagny Holt -met-> Osk", "Osk -thanked-> Dagny Holt"]
  },
  "B met Kask on Monday, and Kask later thanked him → met and thanked": {
    s: "Piet Vossel met Kask on Monday, and Kask later thanked him for the visit.",
    m: ["Piet Vossel", "Kask", "Kask"],
    rows: ["Piet Vossel -met-> Kask", "Kask -thanked-> Piet Vossel"]
  },
  "negative: only the subject's own earlier mention stands before the pronoun": {
    s: "Kask arrived in Tarvel, and Kask thanked him warmly.",
    m: ["Kask", "Tarvel:place", "Kask"],
    rows: ["Kask -visited-> Tarvel"]
  },
  "negative (business): a company is no one the pronoun stands for": {
    s: "Volk opened the Kelmar Bank branch, and Volk thanked him for the loan.",
    m: ["Volk", "Kelmar Bank:organization", "Volk"],
    rows: []
  }
};

describe("round 19: object pronouns past the subject's own mentions", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
