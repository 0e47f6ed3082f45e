/**
 * Stage 07 on invented sentences (round 25): a verb that is a phone call itself ("A telephoned B",
 * "A phoned his counterpart, B") is a meeting told with no content (docs/evaluation.md); a call told
 * with its content ("… and thanked her", "… to thank her", "… to express Moscow's gratitude") is that
 * content only (calls.ts contentPurpose; model interaction-calls.ts CALL_VERBS, CALL_PURPOSE_CONTENT). Since
 * session 28 a purpose of courtesy that no type tells ("to congratulate him", "to offer her condolences") leaves
 * the call a meeting: review 25 F2 had read it as content, but two blind sets' writers annotated such calls
 * `met`, as the guideline's "a call told with no other content" says.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A telephoned B on Thursday' → A met B": {
    s: "Prime Minister Lena Holm telephoned Finance Minister Otto Berg on Thursday.",
    m: ["Lena Holm", "Otto Berg"],
    rows: ["Lena Holm -met-> Otto Berg"]
  },
  "positive: 'A phoned his counterpart, B' → A met B": {
    s: "Governor Paul Brandt phoned his neighbouring counterpart, Ana Vidal, after the dam burst.",
    m: ["Paul Brandt", "Ana Vidal"],
    rows: ["Paul Brandt -met-> Ana Vidal"]
  },
  "positive: 'A phoned B to discuss the floods' → A met B": {
    s: "Governor Paul Brandt phoned Ana Vidal to discuss the floods.",
    m: ["Paul Brandt", "Ana Vidal"],
    rows: ["Paul Brandt -met-> Ana Vidal"]
  },
  "content: 'A phoned B and thanked her' → thanks only": {
    s: "Governor Paul Brandt phoned Ana Vidal and thanked her for the rescue boats.",
    m: ["Paul Brandt", "Ana Vidal"],
    rows: ["Paul Brandt -thanked-> Ana Vidal"]
  },
  "content: 'A phoned B to thank her' → thanks only": {
    s: "Governor Paul Brandt phoned Ana Vidal to thank her for the rescue boats.",
    m: ["Paul Brandt", "Ana Vidal"],
    rows: ["Paul Brandt -thanked-> Ana Vidal"]
  },
  "content told as a purpose of thanks as a noun: no meeting, the thanks only (round 26, calls.ts gratitudePurpose)": {
    s: "Otto Berg telephoned Lena Holm last week to express the union's gratitude.",
    m: ["Otto Berg", "Lena Holm"],
    rows: ["Otto Berg -thanked-> Lena Holm"]
  },
  "negative (review 25 F2, an unanswered call: 'telephoned B but he did not answer'): no meeting": {
    s: "Ann Vidal telephoned Tom Hale but he did not answer.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: []
  },
  "negative (review 25 F2, 'telephoned B repeatedly, but the calls went unanswered'): no meeting": {
    s: "Ann Vidal telephoned Tom Hale repeatedly, but the calls went unanswered.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: []
  },
  "positive (session 28, courtesy, no typed content: 'telephoned B on Thursday to congratulate him'): a meeting": {
    s: "Ann Vidal telephoned Tom Hale on Thursday to congratulate him on his win.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: ["Ann Vidal -met-> Tom Hale"]
  },
  "positive (session 28, courtesy, no typed content: 'telephoned B to offer her condolences'): a meeting": {
    s: "Ann Vidal telephoned Tom Hale to offer her condolences.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: ["Ann Vidal -met-> Tom Hale"]
  },
  "positive (session 28, courtesy, no typed content: 'telephoned B to apologise for the remarks'): a meeting": {
    s: "Ann Vidal telephoned Tom Hale to apologise for the remarks.",
    m: ["Ann Vidal", "Tom Hale"],
    rows: ["Ann Vidal -met-> Tom Hale"]
  },
  "negative (a call to an emergency service): no meeting": {
    s: "Ann Ward phoned the police after Joe Bell disappeared.",
    m: ["Ann Ward", "police:organization", "Joe Bell"],
    rows: []
  },
  "negative ('phoned in sick'): no meeting": {
    s: "Ann Ward phoned in sick on Monday, Joe Bell said.",
    m: ["Ann Ward", "Joe Bell"],
    rows: []
  }
};

describe("round 25: telephoned", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
