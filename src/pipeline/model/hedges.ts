/**
 * Hedge words that qualify a count. Data for src/pipeline/figures/hedges.ts.
 * Matched case-insensitively, longest first, immediately before the number
 * ("approximately 2,000" → "approximately") or right after it ("1,300 or more").
 * The qualifier written to the table is the hedge in lower case.
 */
export const PREFIX_HEDGES: string[] = [
  "no fewer than", "no less than", "no more than", "not more than", "not less than",
  "a total of", "as many as", "as few as", "as much as", "at least", "at most", "more than", "fewer than", "less than",
  "greater than", "upwards of", "in excess of", "just over", "just under", "just above", "just below",
  "well over", "well above", "close to", "nearly", "almost", "about", "around", "approximately", "approx.",
  "roughly", "an estimated", "estimated", "some", "up to", "over", "under", "above", "below", "another",
  "a further", "further", "an additional", "additional", "all but", "only", "exactly", "precisely", "a mere",
  "upward of", "circa", "nigh on", "a reported", "a record", "barely", "scarcely",
  "between"
];

/** Hedges written after the number ("1,300 or so", "500-plus"). Qualifier = the words without leading punctuation. */
export const SUFFIX_HEDGES: string[] = ["or more", "or so", "or fewer", "or less", "and more", "-plus", "plus", "+"];

/**
 * Hedges that do not change the value: written as "exact". "only" and "a mere" stress how few, not how sure
 * ("its manifest listed only 212 passengers" is 212 exactly; the annotation guidelines list neither as a hedge).
 */
export const EXACT_HEDGES: string[] = ["exactly", "precisely", "a total of", "only", "a mere"];

/** Verbs whose particle looks like a hedge: "handed over two women" is not "over two". */
export const PARTICLE_VERBS: string[] = [
  "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "passed", "pass", "took", "taken", "take",
  "taking", "won", "win", "brought", "bring", "signed", "sign", "looked", "look", "watched", "watch", "ran", "run",
  "fought", "fight", "presided", "preside", "argued", "fell", "fall", "went", "go", "came", "come", "knocked", "left"
];
