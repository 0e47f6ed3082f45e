import type {Sentence, SentenceKind} from "../types.ts";

/**
 * A Sentence built by a constructor rather than an object literal (stage 02's only maker of
 * sentences), with the fields in the order the literal had, so every reader and the tables see
 * the same fields in the same order.
 *
 * Why: sentences live to the end of the run (stage 11 reads their text), so V8 soon decides to
 * allocate a literal's objects straight in the old generation ("pretenuring", per allocation
 * site), and that decision throws away the optimised code that inlined the allocation:
 * splitSentences, stage 02's largest compile, was compiled twice in a cold run (measured with
 * --trace-deopt: "code dependencies", gone with --no-allocation-site-pretenuring). Objects made
 * by a constructor have no allocation site, so there is nothing to decide and nothing to throw
 * away. (Round 20 made mentions, events and stage 11's rows literals *for* pretenuring, which
 * saves copying them twice in the young generation; as a literal this record saved no clear share
 * of the copying, measured, and would recompile splitSentences: see tables/row-records.ts.)
 *
 * @example new SentenceRecord(0, 0, 11, "Floods hit.", "body", 0, null)
 */
export class SentenceRecord implements Sentence {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare index: number;
  declare start: number;
  declare end: number;
  declare text: string;
  declare kind: SentenceKind;
  declare paragraph: number;
  declare repeatOf: number | null;
  constructor(index: number, start: number, end: number, text: string, kind: SentenceKind, paragraph: number, repeatOf: number | null) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.paragraph = paragraph;
    this.repeatOf = repeatOf;
  }
}

/*
 * Two records made at load, one of each kind of `repeatOf`. Why: V8 keeps one representation per
 * field of a class's objects. `repeatOf` is null for nearly every sentence and becomes a number at
 * the first repeated paragraph of a run ("Read more…" boxes, a wire's repeated lead), which widens
 * the field and throws away every optimised function that had read it: stages 05–07's sentence
 * loops were recompiled mid-run ("code dependencies" in --trace-deopt). Widened here, before
 * anything is optimised, the field never changes again. The records are garbage at once. Keep
 * these two lines (no test can see them: only --trace-opt shows sentenceFigures and findEvents
 * compiled twice without them); a bundler that drops unused expressions would lose them.
 */
new SentenceRecord(0, 0, 0, "", "body", 0, null);
new SentenceRecord(0, 0, 0, "", "body", 0, 0);
