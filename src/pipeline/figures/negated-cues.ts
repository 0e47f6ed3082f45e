/**
 * A cue under a negation tells what did not happen: "Twelve hostages have not been released" are still held, "the
 * rebels have not freed the 12 hostages", "nearly 100 have not yet returned", "the passengers were not injured". Such
 * cues are dropped before a count is categorised ("other" cues stay: they only stop farther ones). "not only" negates
 * nothing ("not only freed the nurses but …").
 */
import type {RawCue} from "./category.ts";
import {NEGATION_GAP_WORDS} from "../model/figure-categories.ts";

/** A negation right before a cue, past auxiliaries and adverbs ("not yet been", "never formally"). */
const NEGATED = new RegExp(String.raw`\b(?:not|never|cannot|n['’]t)(?:[ \t]+(?:${NEGATION_GAP_WORDS.join("|")}))*[ \t]+$`, "i");
/** Characters before a cue that the negation test reads. */
const LOOK_BACK = 40;

/**
 * `hits` without the cues a negation right before them cancels (the array itself when there is none).
 *
 * @example withoutNegated(hits, "Twelve hostages have not been released").length // the release cue gone
 */
export function withoutNegated<T extends RawCue>(hits: T[], text: string): T[] {
  let out: T[] | null = null;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const negated = h.category !== "other" && h.start > 3 && NEGATED.test(text.slice(Math.max(0, h.start - LOOK_BACK), h.start));
    if (negated && out === null) out = hits.slice(0, k);
    else if (!negated && out !== null) out.push(h);
  }
  return out ?? hits;
}
