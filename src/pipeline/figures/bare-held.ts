/**
 * A bare count (no noun of its own) whose own verb says the counted people are still held: "at least 40 more
 * remain in military jails", "a dozen are still held by the militia", "nine remain in custody". With no noun
 * the count had no cue of its own ("remain in jails" is a state, not a verb the cue lists read), and "N more"
 * with no earlier count in the sentence was dropped. Called from extract.ts (bareCountRule).
 */
import {codeAt, isBlank} from "./chars.ts";

/**
 * Right after the count: an optional "more", then a held state as the count's own verb. "remain" takes a place of
 * captivity (custody, detention, captivity, a prison or jail, with at most one capitalised word before it:
 * "remain in Eritrean prisons"), "behind bars" or a holding participle; "are/is/were" need "still" before a
 * holding participle or place ("were still held"), or a present "are held in/by": "30 were detained" alone is
 * an arrest, not people held. Hospitals, squads and races are no captivity ("two more remain in hospital").
 */
const BARE_HELD_AFTER = new RegExp(
  String.raw`^[ \t]+(?:more[ \t]+)?(?:` +
    String.raw`(?:remain|remains|remained)[ \t]+(?:still[ \t]+)?(?:in[ \t]+(?:[A-Z][\p{L}-]+[ \t]+)?(?:custody|detention|captivity|prisons?|jails?)\b|behind[ \t]+bars\b|(?:held|detained|imprisoned|jailed)\b)` +
    String.raw`|(?:are|is|were|was)[ \t]+still[ \t]+(?:being[ \t]+)?(?:held\b|detained\b|imprisoned\b|jailed\b|in[ \t]+(?:[A-Z][\p{L}-]+[ \t]+)?(?:custody|detention|captivity|prisons?|jails?)\b|behind[ \t]+bars\b)` +
    String.raw`|(?:are|is)[ \t]+(?:being[ \t]+)?held[ \t]+(?:in|by)[ \t])`,
  "u"
);

/**
 * True when the bare count ending at `groupEnd` is still held by its own verb (see BARE_HELD_AFTER). `next` is the
 * word after the count, lower case: only "more" and the verbs the regex starts with are read.
 *
 * @example bareCountHeld("Officials said 40 more remain in military jails.", 16, "more") // true
 */
export function bareCountHeld(text: string, groupEnd: number, next: string): boolean {
  if (!isBlank(codeAt(text, groupEnd))) return false;
  if (next !== "more" && !next.startsWith("remain") && next !== "are" && next !== "is" && next !== "were" && next !== "was") return false;
  return BARE_HELD_AFTER.test(text.slice(groupEnd, groupEnd + 80));
}
