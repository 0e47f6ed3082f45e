import type {LabelMention} from "../types.ts";

/**
 * A LabelMention built by a constructor rather than an object literal (the one maker of labels,
 * find-labels.ts LabelSink), with the fields in the order the literal had (the tables and JSON
 * read the same fields in the same order).
 *
 * Why: labels live to the end of the run, so V8 soon decides to allocate a literal's objects
 * straight in the old generation ("pretenuring", per allocation site), and that decision throws
 * away the optimised code that inlined the allocation (findArticleLabels was compiled twice in
 * some cold runs: "code dependencies" in --trace-deopt). Objects made by a constructor have no
 * allocation site, so there is nothing to decide and nothing to throw away.
 * (Round 20 turned mentions, events and stage 11's rows into literals *for* pretenuring, which saves the
 * young-generation collector copying them twice; for labels, about 17,000 on the bench, the copying saved
 * is about 1.4 MB, less than the recompile of findArticleLabels costs, so they stay constructed.)
 *
 * @example new LabelRecord(2, 10, 38, 4, "Palestinian militant group", "prenominal")
 */
export class LabelRecord implements LabelMention {
  // (Fields `declare`d and set by the constructor: see WordToken in actors/tokens.ts for why.)
  declare sentenceIndex: number;
  declare start: number;
  declare end: number;
  declare mention: number;
  declare label: string;
  declare rule: string;
  constructor(sentenceIndex: number, start: number, end: number, mention: number, label: string, rule: string) {
    this.sentenceIndex = sentenceIndex;
    this.start = start;
    this.end = end;
    this.mention = mention;
    this.label = label;
    this.rule = rule;
  }
}
