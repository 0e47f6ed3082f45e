/**
 * A participle that describes the counted people right after their noun, before their own verb: "Seven soldiers
 * deployed to the border were killed", "Nine drivers carrying fuel were killed", "Twelve fans taking part in the
 * march were injured". The participle is an "other" cue (it stops "a bus carrying 40 passengers crashed" from
 * reading the crash as the passengers' fate), but here the count's own verb comes after it and says what happened to
 * them: the participle's cue is dropped. Only the participles of model REDUCED_RELATIVE_OTHER_CUES: a past told by
 * an arrest or a trial ("ten men charged with the kidnapping were released on bail") keeps its cue.
 */
import type {RawCue} from "./category.ts";
import {REDUCED_RELATIVE_OTHER_CUES, REDUCED_RELATIVE_BREAKS} from "../model/figure-categories.ts";
import {TENS, UNITS} from "../model/number-words.ts";

const CUES = new Set(REDUCED_RELATIVE_OTHER_CUES);
/** Most characters between the count's noun and the participle (blanks only). */
const GAP_REACH = 3;
/**
 * Between the participle and the verb: a clause word or another count makes the verb someone else's ("300 people
 * gathered in the square where 12 were killed").
 */
const BREAK = new RegExp(String.raw`\d|\b(?:${[...REDUCED_RELATIVE_BREAKS, ...Object.keys(UNITS), ...Object.keys(TENS)].join("|")})\b`, "i");
/** The count's own finite verb after the participle's phrase, before the clause ends: "… were killed". */
const OWN_AUXILIARY = /^[^;:.!?,]*?\b(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+/i;

/**
 * `hits` without a describing participle's "other" cue right after the group, when the count's own passive or
 * copular verb follows with a cue of another category.
 *
 * @example reducedRelativeOther(hits, "Seven soldiers deployed to the border were killed", 14)
 */
export function reducedRelativeOther<T extends RawCue>(hits: T[], text: string, groupEnd: number): T[] {
  if (groupEnd < 0) return hits;
  let part: T | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.category === "other" && h.start >= groupEnd && h.start - groupEnd <= GAP_REACH && CUES.has(h.cue) && text.slice(groupEnd, h.start).trim() === "") {
      part = h;
      break;
    }
  }
  if (part === undefined) return hits;
  const m = OWN_AUXILIARY.exec(text.slice(part.end, part.end + 120));
  if (m === null) return hits;
  if (BREAK.test(m[0])) return hits;
  const verbAt = part.end + m[0].length;
  if (!hits.some((h) => h.category !== "other" && h.start >= verbAt && h.start - verbAt <= 12)) return hits;
  return hits.filter((h) => h !== part);
}
