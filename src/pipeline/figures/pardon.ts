/**
 * Two readings of the words right before a count: a pardon frees prisoners ("the president pardoned four
 * activists"), and a share "of" a count makes the count a base ("half of the 900 villagers died": the
 * 900 are not the dead).
 */
import {PARDON_DENIALS, PARDON_VERBS, SHARE_WORDS} from "../model/figure-categories.ts";
import {phraseSource} from "./regex.ts";
import {codeAt, isBlank} from "./chars.ts";

/** A pardon verb right before the count, maybe with "the", "all", "all but" between. */
const PARDON_BEFORE = new RegExp(String.raw`(?:${phraseSource(PARDON_VERBS)})[ \t]+(?:(?:the|all|all[ \t]+but|another|some|about|nearly|at[ \t]+least)[ \t]+)*$`, "i");
/** Before the pardon verb: a refusal, a negation or a condition ("refused to pardon", "could not pardon", "if he pardons"). */
const PARDON_DENIED = new RegExp(String.raw`\b(?:${phraseSource(PARDON_DENIALS)})[ \t]+(?:[a-z]+[ \t]+)?$|n['’]t[ \t]+(?:[a-z]+[ \t]+)?$`, "i");
/** A share and "of" right before the count (its hedges are part of the count). */
const SHARE_OF_BEFORE = new RegExp(String.raw`(?:${phraseSource(SHARE_WORDS)})[ \t]+of[ \t]+(?:(?:the|its|their|his|her)[ \t]+)?$`, "i");

/**
 * True when a pardon verb stands right before the count at `start` (PARDON_BEFORE). Only a count after a blank
 * reaches the regex, read on the 48 characters before (it is asked only for counts left other or released).
 *
 * @example pardonBefore("The president pardoned four activists", 23) // true
 */
export function pardonBefore(text: string, start: number): boolean {
  if (start < 7 || !isBlank(codeAt(text, start - 1))) return false;
  const from = Math.max(0, start - 48);
  const m = PARDON_BEFORE.exec(text.slice(from, start));
  // "refused to pardon", "could not pardon", "if he pardons": no pardon given.
  return m !== null && !PARDON_DENIED.test(text.slice(Math.max(0, from + m.index - 30), from + m.index));
}

/**
 * True when a share and "of" stand right before the count at `start` (SHARE_OF_BEFORE): "half of the 900
 * villagers". Only a text holding "of " before the count reaches the regex.
 *
 * @example shareOfBefore("half of the 900 villagers", 12) // true
 */
export function shareOfBefore(text: string, start: number): boolean {
  if (start < 4 || !isBlank(codeAt(text, start - 1))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return before.includes("of ") && SHARE_OF_BEFORE.test(before);
}
