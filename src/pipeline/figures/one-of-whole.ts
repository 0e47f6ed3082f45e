/**
 * The whole after "one of the": "One of the two colleagues, <name>, was released on Monday" frees one person, not
 * the two. The singular verb is the one's; the count of the whole, with a generic head ("colleagues", "men",
 * "engineers"), has no predicate of its own in the sentence and is other. Called from extract.ts after the passes
 * over neighbours.
 */
import {HEAD_CATEGORY, HOSTAGE_NOUNS, PRISONER_NOUNS} from "../model/figure-categories.ts";
import type {FigureCategory} from "../types.ts";

/** Heads that say by themselves who the people are (hostages, prisoners, the dead…): they keep their category. */
const OWN_HEADS = new Set([...HOSTAGE_NOUNS, ...PRISONER_NOUNS, ...Object.keys(HEAD_CATEGORY)]);

/** What oneOfWholes reads of an accepted count (extract.ts's Accepted). */
interface WholeCount {
  c: {start: number; groupEnd: number; group: {head: string | null}};
  category: FigureCategory;
  rule: string;
}

/** "One of the", "one of those", "one of its" right before the count (a hedge would stand between: none is read). */
const ONE_OF_BEFORE = /\bone[ \t]+of[ \t]+(?:the|those|these|its|their|his|her|our)[ \t]+$/i;
/**
 * After the whole: an optional aside set off by commas (a name, "a driver"), then a singular verb, which is the
 * one's ("was released", "has died", "remains in custody"). A relative clause ("the two men who were freed") is the
 * whole's own predicate: not read.
 */
const SINGULAR_VERB_AFTER = /^(?:[ \t]*,[^,;.]{1,60},)?[ \t]+(?:was|is|has|had|remains|remained|died|says|said)\b/;

/**
 * Sets other on the whole of "one of the N <people>" when the verb after it is singular (SINGULAR_VERB_AFTER) and the
 * head says nothing by itself (not hostages, prisoners or a head with a category of its own).
 *
 * @example oneOfWholes("One of the two colleagues was released.", accepted) // the two become other
 */
export function oneOfWholes(text: string, accepted: WholeCount[]): void {
  for (const a of accepted) {
    if (a.category === "other" || a.category === "captivity_days") continue;
    const head = a.c.group.head;
    if (head === null || OWN_HEADS.has(head)) continue;
    if (!ONE_OF_BEFORE.test(text.slice(Math.max(0, a.c.start - 20), a.c.start))) continue;
    if (!SINGULAR_VERB_AFTER.test(text.slice(a.c.groupEnd, a.c.groupEnd + 80))) continue;
    a.category = "other";
    a.rule += "+one-of-whole";
  }
}
