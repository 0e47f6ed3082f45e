import type {Figure, FigureCategory, Modality} from "../types.ts";

/**
 * A Figure built by a constructor rather than an object literal (emitFigures in extract.ts is stage 05's only
 * maker of figures), with the fields in the order the literal had, so the tables and JSON read the same fields in
 * the same order.
 *
 * Why: figures live to the end of the run (stages 09 and 11 read them), so V8 soon decides to allocate a
 * literal's objects straight in the old generation ("pretenuring", per allocation site), and that decision throws
 * away the optimised code that inlined the allocation: stage 05's sentenceFigures was compiled twice in every cold
 * run (measured with --trace-deopt and --trace-compilation-dependencies: "code dependencies", "Compilation aborted
 * due to invalid dependency: PretenureModeDependency"). Objects made by a constructor have no allocation site, so
 * there is nothing to decide and nothing to throw away. (Round 20 turned mentions, events and stage 11's rows
 * into literals *for* pretenuring, which saves copying them twice in the young generation; figures were not
 * measured that way, since a recompile of sentenceFigures, stage 05's largest, is the price to weigh.)
 *
 * @example new FigureRecord(0, 12, 14, "33", 33, null, null, "exact", "hostages_released", "hostages", null, null, null, "planned", false, "cue")
 */
export class FigureRecord implements Figure {
  // (Fields `declare`d and set by the constructor: see CandidateRow in actors/candidate.ts for why.)
  declare sentenceIndex: number;
  declare start: number;
  declare end: number;
  declare quote: string;
  declare value: number | null;
  declare low: number | null;
  declare high: number | null;
  declare qualifier: string;
  declare category: FigureCategory;
  declare groupLabel: string | null;
  declare attribution: string | null;
  declare period: string | null;
  declare asOf: string | null;
  declare modality: Modality;
  declare vague: boolean;
  declare rule: string;
  constructor(
    sentenceIndex: number,
    start: number,
    end: number,
    quote: string,
    value: number | null,
    low: number | null,
    high: number | null,
    qualifier: string,
    category: FigureCategory,
    groupLabel: string | null,
    attribution: string | null,
    period: string | null,
    asOf: string | null,
    modality: Modality,
    vague: boolean,
    rule: string
  ) {
    this.sentenceIndex = sentenceIndex;
    this.start = start;
    this.end = end;
    this.quote = quote;
    this.value = value;
    this.low = low;
    this.high = high;
    this.qualifier = qualifier;
    this.category = category;
    this.groupLabel = groupLabel;
    this.attribution = attribution;
    this.period = period;
    this.asOf = asOf;
    this.modality = modality;
    this.vague = vague;
    this.rule = rule;
  }
}
