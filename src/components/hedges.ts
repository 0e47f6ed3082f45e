/**
 * Hedge words → glyph direction, so a chart can show "over 40" as ↑ and "nearly 40" as ↓.
 * Data, not logic: extend the lists when the figures stage learns new hedges.
 */

/** Hedges meaning the true number is at least the value. */
export const HEDGES_UP = ["over", "more than", "at least", "above", "upwards of", "in excess of", "no fewer than", "no less than", "another", "+"];
/** Hedges meaning the true number is at most the value. */
export const HEDGES_DOWN = ["nearly", "almost", "up to", "fewer than", "less than", "under", "all but", "just under", "close to", "at most", "no more than"];
/** Hedges meaning roughly the value. */
export const HEDGES_ABOUT = ["about", "approximately", "some", "around", "roughly", "an estimated", "estimated", "approx.", "circa", "or so"];
