import type {InteractionMention, InteractionType, Modality} from "../types.ts";

/**
 * An InteractionMention built by a constructor rather than an object literal (the one maker of
 * rows, find-interactions.ts toRows), with the fields in the order the literal had (the tables
 * and JSON read the same fields in the same order).
 *
 * Why: rows live to the end of the run, so V8 soon decides to allocate a literal's objects
 * straight in the old generation ("pretenuring", per allocation site), and that decision throws
 * away the optimised code that inlined the allocation (findInteractions was compiled twice in a
 * cold run: "code dependencies" in --trace-deopt). Objects made by a constructor have no
 * allocation site, so there is nothing to decide and nothing to throw away; the few thousand rows
 * then pass through the young generation, a small copy.
 *
 * @example new InteractionRecord(0, 0, 24, 3, 5, "released", "freed", null, "reported", "active-direct")
 */
export class InteractionRecord implements InteractionMention {
  // (Fields `declare`d and set by the constructor: see WordToken in actors/tokens.ts for why.)
  declare sentenceIndex: number;
  declare start: number;
  declare end: number;
  declare sourceMention: number;
  declare targetMention: number;
  declare type: InteractionType;
  declare verb: string;
  declare date: string | null;
  declare modality: Modality;
  declare rule: string;
  constructor(sentenceIndex: number, start: number, end: number, sourceMention: number, targetMention: number, type: InteractionType, verb: string, date: string | null, modality: Modality, rule: string) {
    this.sentenceIndex = sentenceIndex;
    this.start = start;
    this.end = end;
    this.sourceMention = sourceMention;
    this.targetMention = targetMention;
    this.type = type;
    this.verb = verb;
    this.date = date;
    this.modality = modality;
    this.rule = rule;
  }
}
