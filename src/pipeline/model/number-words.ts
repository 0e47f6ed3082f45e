/**
 * Number words read by src/pipeline/figures/numbers.ts. Data only.
 * "seventy-three" = TENS.seventy + UNITS.three; "two dozen" = 2 × 12; "1.2 million" = 1.2 × SCALES.million.
 */

/** 0–19. */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19
};

/** Multiples of ten. */
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
};

/** Multipliers that close a group ("three hundred", "two dozen"). */
export const MULTIPLIERS: Record<string, number> = {hundred: 100, dozen: 12, score: 20};

/** Large scales ("27 thousand", "1.2 million"). */
export const SCALES: Record<string, number> = {thousand: 1_000, million: 1_000_000, billion: 1_000_000_000};

/**
 * Vague quantities: kept as figures with value null and `vague: true`, the phrase itself as qualifier.
 * Longest first so "tens of thousands" wins over "thousands". Lower case.
 */
export const VAGUE_QUANTITIES: string[] = [
  "hundreds of thousands", "tens of thousands", "thousands upon thousands",
  "several hundred thousand", "several tens of thousands",
  "several thousand", "several hundred", "several dozen", "a few thousand", "a few hundred", "a few dozen",
  "many thousands", "many hundreds", "many dozens",
  "millions", "thousands", "hundreds", "dozens", "scores", "a handful",
  // "half a dozen villagers": a round word, no count ("a dozen" itself: see figures/numbers.ts)
  "half a dozen"
];

/** Words before a number word that make it a pronoun or idiom, not a count ("no one", "the one who"). */
export const NOT_COUNT_BEFORE_ONE: string[] = ["no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone"];
