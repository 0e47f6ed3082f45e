/**
 * "N other hostages" set against a release told of another count earlier in the sentence: "The minister cheered as
 * three nationals returned home, yet said nothing of the 40 other hostages". The release is the three's; the others
 * are the ones not freed, still held. Before, the release cue before them was the nearest and made them freed too.
 * Called from extract.ts after the passes over neighbours.
 */
import {HOSTAGE_NOUNS} from "../model/figure-categories.ts";
import type {FigureCategory} from "../types.ts";

const HOSTAGE_HEADS = new Set(HOSTAGE_NOUNS);

/** What otherCaptivesHeld reads of an accepted count (extract.ts's Accepted). */
interface CaptiveCount {
  c: {start: number; groupEnd: number; group: {head: string | null}};
  category: FigureCategory;
  rule: string;
}

/** "other" (and blanks) right before the hostage noun that ends the count's phrase: "the 40 other hostages". */
const OTHER_BEFORE_HEAD = /[ \t]other[ \t]+\S+$/i;
/**
 * The last words before the count: a coordination or a release verb joins it to the release ("freed two Britons and
 * the 12 other hostages", "a raid that also freed the 12 other hostages", "along with 40 other hostages").
 */
const JOINED_BEFORE = /\b(?:and|plus|with|including|free[sd]?|freeing|releas[a-z]*|return[a-z]*|handed[ \t]+over|hand[ \t]+over|let[ \t]+go|exchang[a-z]*|swap[a-z]*|rescu[a-z]*|evacuat[a-z]*|brought|bring|flown|flew)[ \t]+(?:(?:the|all|its|their|his|her|some|about|nearly|almost|at[ \t]+least|more[ \t]+than)[ \t]+)*$/i;
/** A release of the count's own after it, in its clause: "… the 12 other hostages were freed on Monday". */
const OWN_RELEASE_AFTER = /^[^.;]*?\b(?:free[sd]?|freeing|releas[a-z]*|return[a-z]*|handed[ \t]+over|let[ \t]+go|exchang[a-z]*|swap[a-z]*|rescu[a-z]*|come[ \t]+home|came[ \t]+home|go[ \t]+home|went[ \t]+home)\b/i;

/**
 * Sets hostages_held on "N other <hostages>" counted as freed when an earlier count of the sentence was freed, the
 * words right before the count do not join it to a release (JOINED_BEFORE) and no release of its own follows in its
 * clause (OWN_RELEASE_AFTER).
 *
 * @example otherCaptivesHeld("… as three nationals returned home, yet said nothing of the 40 other hostages.", accepted) // the 40 become hostages_held
 */
export function otherCaptivesHeld(text: string, accepted: CaptiveCount[]): void {
  for (let j = 1; j < accepted.length; j++) {
    const b = accepted[j];
    if (b.category !== "hostages_released" || !HOSTAGE_HEADS.has(b.c.group.head ?? "")) continue;
    if (!OTHER_BEFORE_HEAD.test(text.slice(b.c.start, b.c.groupEnd))) continue;
    let freedBefore = false;
    for (let i = 0; i < j; i++) if (accepted[i].category === "hostages_released") freedBefore = true;
    if (!freedBefore) continue;
    if (JOINED_BEFORE.test(text.slice(Math.max(0, b.c.start - 40), b.c.start))) continue;
    if (OWN_RELEASE_AFTER.test(text.slice(b.c.groupEnd, b.c.groupEnd + 80))) continue;
    b.category = "hostages_held";
    b.rule += "+other-not-freed";
  }
}
