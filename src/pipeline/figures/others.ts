/**
 * "N others" that share a predicate told before them: "released the reporter Ana Ruiz and three other people"
 * (othersOfRelease), "the pilot was held alongside four other crew" (othersHeldWith). Called from extract.ts.
 */
import {EVENT_HELD_NOUNS} from "../model/figure-exclusions.ts";
import {YEAR_EVENT_NOUNS} from "../model/date-cues.ts";
import {codeAt, isBlank} from "./chars.ts";
import type {CueHit} from "./category.ts";

/**
 * "… and three other people", "…, and four others", "… along with 40 other hostages": the count ends a list
 * whose first item came before it.
 */
const AND_BEFORE = /(?:^|[ \t,])(?:and|(?:along|together)[ \t]+with|alongside)[ \t]+$/i;
// Pre-tested by othersOfRelease and othersHeldWith (label.startsWith("other")): an /i flag needs those tests changed.
const OTHERS_LABEL = /^others?\b/;

/**
 * "Lima released the reporter Ana Ruiz, a Peruvian convicted of treason, and three other people": "N other
 * people" after "and" (or "along with") are more objects of the release verb before the list, however far (the
 * aside's "convicted" is the named person's past; "was freed in May, after 40 days in captivity, along with 12
 * other hostages" frees the 12). Returns the hits with that release at distance 1 and the cues between it and the
 * count dropped, or null when the count is no such list end (no release verb before it, or a death, wound or
 * flight cue between).
 *
 * @example othersOfRelease([{category: "hostages_released", cue: "freed", start: 0, end: 5, distance: 30}], "freed the nurse Ana Ruiz and two others", 29, "others")?.[0].distance // 1
 */
export function othersOfRelease(hits: CueHit[], text: string, groupStart: number, label: string | null): CueHit[] | null {
  // OTHERS_LABEL starts with "other": most labels ("people", "hostages") skip the regex.
  if (label === null || !label.startsWith("other") || !OTHERS_LABEL.test(label) || groupStart < 4 || !isBlank(codeAt(text, groupStart - 1))) return null;
  if (!AND_BEFORE.test(text.slice(Math.max(0, groupStart - 16), groupStart))) return null;
  let rel: CueHit | null = null;
  for (const h of hits) {
    if (h.end > groupStart) continue;
    if (h.category === "hostages_released") rel = h;
    // "freed the kidnapped nurse Ana Ruiz and two others": the named one's past (abducted, held, convicted) stays
    // hers; a death or wound between is another predicate ("freed a nurse, then killed a guard and two others").
    else if (rel !== null && h.category !== "other" && h.category !== "abducted" && h.category !== "hostages_held") return null;
    // "… but gunmen abducted her brother and two others": an abduction verb of its own takes the list.
    else if (rel !== null && h.category === "abducted" && activeVerb(text, h)) return null;
  }
  if (rel === null) return null;
  const r = rel;
  return [{...r, distance: 1}, ...hits.filter((h) => h !== r && (h.end <= r.start || h.start >= groupStart))];
}

/** Before an abduction participle that describes someone: "the kidnapped nurse", "who was seized in May". */
const ATTRIBUTIVE_OR_PASSIVE_BEFORE = /(?:^|[^\w'])(?:the|a|an|his|her|their|its|our|was|were|been|being|is|are|be)[ \t]+(?:[a-z]+ly[ \t]+)?$/i;

/**
 * True when cue `h` is a past-tense verb with a subject of its own ("gunmen abducted her brother"), not a
 * participle after a determiner or copula ("the kidnapped nurse", "who was abducted in May").
 */
function activeVerb(text: string, h: CueHit): boolean {
  if (!/ed$/i.test(h.cue)) return false;
  return !ATTRIBUTIVE_OR_PASSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start));
}

/**
 * "was held alongside", "were kept along with", "had been held captive with" right before the count, also with where
 * in between: "had been kept in a basement with three other men" (a place phrase of at most four words). Round 22:
 * also with how long ("was held for two months in a cellar with five other men") and with one named companion first
 * ("was kept in a hut with her sister and two other nurses").
 * Mend 22 F5: the "for" phrase is only a duration ending in a unit of time ("for two months", "for 40 days"), and the
 * place is not custody or remand: "was held for questioning with two other men" is a police detention.
 */
const HELD_WITH_BEFORE = /\b(?:was|were|been|being)[ \t]+(?:held|kept)(?:[ \t]+(?:captive|hostage))?(?:[ \t]+for[ \t]+(?:[A-Za-z0-9'’-]+[ \t]+){0,3}?(?:hours?|days?|nights?|weeks?|months?|years?|decades?))?(?:[ \t]+(?:in|inside|at|on)[ \t]+(?!custody\b|remand\b|bail\b|police\b)(?:[A-Za-z'’-]+[ \t]+){0,3}?[A-Za-z'’-]+)?[ \t]+(?:(?:together|along)[ \t]+with|alongside|with)[ \t]+(?:(?:his|her|their|a|an|the)[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,2}?[A-Za-z'’-]+[ \t]+and[ \t]+)?$/i;

/**
 * True when "N other <people>" share a captivity told right before them: "the pilot had been held alongside four
 * other crew", "she was held captive with three others" (the others were held too). Only counts labelled
 * "other(s)" reach the regex.
 *
 * @example othersHeldWith("The pilot was held alongside four other crew", 29, "other crew") // true
 */
export function othersHeldWith(text: string, groupStart: number, label: string | null): boolean {
  return heldWithStart(text, groupStart, label) >= 0;
}

/** How far before the count HELD_WITH_BEFORE may start. */
const HELD_WITH_REACH = 130;

/**
 * Where in `text` the captivity phrase of othersHeldWith starts ("was held …"), or -1 when there is none.
 *
 * @example heldWithStart("The pilot was held alongside four other crew", 29, "other crew") // 10
 */
export function heldWithStart(text: string, groupStart: number, label: string | null): number {
  if (label === null || !label.startsWith("other") || !OTHERS_LABEL.test(label) || groupStart < 8 || !isBlank(codeAt(text, groupStart - 1))) return -1;
  const from = Math.max(0, groupStart - HELD_WITH_REACH);
  const before = text.slice(from, groupStart);
  const m = HELD_WITH_BEFORE.exec(before);
  if (m === null) return -1;
  // "The vote was held along with 12 other mayors": an event is held, not people.
  const subject = /([A-Za-z-]+)[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+)?$/.exec(before.slice(0, m.index));
  return subject === null || !EVENT_SUBJECTS.has(subject[1].toLowerCase()) ? from + m.index : -1;
}
const EVENT_SUBJECTS = new Set([...YEAR_EVENT_NOUNS, ...EVENT_HELD_NOUNS]);

/** A weight lost, not lives: "lost 9 kilograms", "lost 20 pounds", "lost weight". */
const WEIGHT_AFTER = /^[ \t]+(?:weight\b|(?:(?:nearly|almost|about|around|some|over|more[ \t]+than)[ \t]+)?[\w.,]+[ \t]+(?:kilos?|kilograms?|kg|pounds|lbs|stone)\b)/i;

/**
 * True when every death cue in `hits` is a "lost" whose object is a weight ("the pilot, who was kept in a garage
 * with two other crew members, lost 9 kilograms"): no death of the count.
 *
 * @example lostWeightOnly([{category: "killed", cue: "lost", start: 4, end: 8, distance: 30}], "and lost 9 kilograms") // true
 */
export function lostWeightOnly(hits: readonly CueHit[], text: string): boolean {
  let any = false;
  for (const h of hits) {
    if (h.category !== "killed") continue;
    if (h.cue !== "lost" || !WEIGHT_AFTER.test(text.slice(h.end, h.end + 40))) return false;
    any = true;
  }
  return any;
}
