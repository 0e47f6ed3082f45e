/**
 * Stage 07 on invented sentences (round 34): a hold told by a participle clause after a release. "A released N sailors,
 * among them B, after holding them for 40 days" → A held B as well as released B. Not "after holding talks", not a hold by
 * someone else.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "counted release with a named member, then 'after holding them' → held too": {
    s: "The Delta Front freed nine aid workers, among them nurse Karl Moss, after holding them in a forest camp for six weeks.",
    m: ["Delta Front:organization", "Karl Moss"],
    rows: ["Delta Front -released-> Karl Moss", "Delta Front -held-> Karl Moss"]
  },
  "two named members, 'having detained them' → held both": {
    s: "The Delta Front released 30 pupils, among them Pia Lund and Omar Saleh, having detained them since May.",
    m: ["Delta Front:organization", "Pia Lund", "Omar Saleh"],
    rows: ["Delta Front -released-> Pia Lund", "Delta Front -released-> Omar Saleh", "Delta Front -held-> Pia Lund", "Delta Front -held-> Omar Saleh"]
  },
  "negative: after holding talks": {
    s: "The Delta Front freed Tom Berg after holding talks with the church.",
    m: ["Delta Front:organization", "Tom Berg"],
    rows: ["Delta Front -released-> Tom Berg"]
  },
  "negative: a hold by someone else": {
    s: "The Delta Front freed Tom Berg after the gang had held him for a week.",
    m: ["Delta Front:organization", "Tom Berg"],
    rows: ["Delta Front -released-> Tom Berg"]
  },
  "negative: a hold in another sentence's clause after a full stop": {
    s: "The coastguard released 12 crew members, among them cook Tom Berg. It said it was holding them for questioning.",
    m: ["coastguard:organization", "Tom Berg"],
    rows: ["coastguard -released-> Tom Berg"]
  }
};

describe("stage 07, round 34: a hold told after a release", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
