/**
 * Category of a figure from its head noun and the cue words around it (model/figure-categories.ts).
 * The cue nearest to the number phrase wins; "held" cues weigh less than release/death/abduction cues so
 * "hostages held by Hamas were released" is a release. Hostage and prisoner heads restrict the choice.
 */
import type {FigureCategory} from "../types.ts";
import {
  CAPTOR_NOUNS, CATEGORY_CUES, EXCHANGE_CONTEXT, EXCHANGE_CUES, HEAD_CATEGORY, HOSTAGE_CONTEXT, WEAK_HOSTAGE_CONTEXT, HOSTAGE_NOUNS, HOSTAGE_RESCUE_CUES, HOSTAGE_TAKING_CUES, PERPETRATOR_NOUNS,
  NEED_OBJECTS, NOT_CUES, PRISONER_CONTEXT, RELEASE_NOUNS, RETURN_PLACES, STILL_HELD_STATES, PRISONER_NOUNS, SOLDIER_NOUNS, STRONG_HELD_CUES, ESCAPE_HARM_WORDS, ESCAPE_VERBS, ESCAPE_FIRST_WORDS, HOLDER_PRONOUNS, STATUS_HOLD_OBJECTS,
  KIN_COUNT_HEADS, STILL_IN_PLACE_RELEASED_LABELS, STILL_IN_PLACE_RELEASED_AFTER, HOLD_CLAUSE_END_WORDS, LAWFUL_HOLDER_SUBJECTS, CARE_HANDS, REMAINING_WORD,
  LABEL_PAST_OTHER_WORDS
} from "../model/figure-categories.ts";
import {phraseRegex, phraseSource} from "./regex.ts";
import {MONTHS, NOT_BACK_PLACE_WORDS, NOT_HELD_REMAIN_IN, NOT_PLACE_WORDS} from "../model/figure-exclusions.ts";
import {firstFrom} from "./sorted.ts";
import {codeAt, hasLetter, isBlank, occursWithin, skipBlanks, skipBlanksBack} from "./chars.ts";
import type {Group} from "./group.ts";
import type {ArticleRelease} from "./article-context.ts";
import {captorRelease} from "./captor-release.ts";
import {hijackHostage} from "./hijack.ts";
import {releaseRequestedBefore} from "./request-release.ts";
import {anyHitOf, anyHitOfAfter, anyHitOfBefore} from "./hit-filters.ts";
import {SEIZURE_NOUNS} from "../model/figure-gate-words.ts";
import {predicateEnd, predicateStart} from "./gate.ts";
import {CAPTOR_HOLDER, DAYS_IN_CAPTOR_HANDS, HELD_BY_CAPTOR_NOUN} from "./captor-hands.ts";
import {partAsideSpan} from "./part-aside.ts";
import {reducedRelativeOther} from "./reduced-relative.ts";
import {withoutNegated} from "./negated-cues.ts";
import {amongCaptives} from "./among-captives.ts";
import {returnAfterCustody} from "./return-after-custody.ts";
import {movedAway} from "./moved-away.ts";
import {membershipCount} from "./membership.ts";

/** Every cue phrase with the categories it signals; "taking:"/"rescue:" mark hostage-only cues, "strong:" strong held cues. */
const CUE_LISTS: [string, FigureCategory, string[]][] = [
  ...Object.entries(CATEGORY_CUES).map(([c, words]) => ["", c as FigureCategory, words!] as [string, FigureCategory, string[]]),
  ["taking:", "abducted", HOSTAGE_TAKING_CUES],
  ["rescue:", "hostages_released", HOSTAGE_RESCUE_CUES],
  ["strong:", "hostages_held", STRONG_HELD_CUES],
  ["not:", "other", NOT_CUES]
];
/** One pass over the sentence finds every cue; each match is then typed by the per-list anchored tests. */
const ANY_CUE = phraseRegex(CUE_LISTS.flatMap(([, , words]) => words));
const TYPED: [string, FigureCategory, RegExp][] = CUE_LISTS.map(([prefix, c, words]) => [prefix, c, new RegExp(`^(?:${phraseSource(words)})$`, "i")]);
const NOT_TYPED = TYPED.find(([prefix]) => prefix === "not:")![2];
const HOSTAGE_CTX = phraseRegex(HOSTAGE_CONTEXT, "i");
const WEAK_HOSTAGE_CTX = phraseRegex(WEAK_HOSTAGE_CONTEXT, "i");
const PRISONER_CTX = phraseRegex(PRISONER_CONTEXT, "i");
const HOSTAGE_HEADS = new Set(HOSTAGE_NOUNS);
const HEAD_CATEGORY_OF = new Map(Object.entries(HEAD_CATEGORY));
const PRISONER_HEADS = new Set(PRISONER_NOUNS);
const SOLDIER_HEADS = new Set(SOLDIER_NOUNS);
const PERPETRATOR_HEADS = new Set(PERPETRATOR_NOUNS);
const EXCHANGE = new Set(EXCHANGE_CUES);
const EXCHANGE_CTX = phraseRegex(EXCHANGE_CONTEXT, "i");
/** A swap word that is not fighting ("exchange of fire" is in NOT_CUES; here only the swap sense counts). */
const SWAP_CTX = /\b(?:in[ \t]+(?:an|a|the)[ \t]+(?:prisoner[ \t]+)?(?:exchange|swap)|(?:prisoner|POW)[ \t]+(?:exchange|swap)s?|exchanged[ \t]+for|swapped[ \t]+for)\b/i;
/** Right before a return cue: "had been returned", "were handed over" (someone returned them). */
const PASSIVE_BEFORE = /(?:were|was|been|be|are|is|being)[ \t]+(?:[a-z]+ly[ \t]+)?$/i;
/** Between a perpetrator head and its own passive verb: "gunmen were killed", "attackers had been shot dead". */
const PASSIVE_GAP = /^[ \t]*(?:were|was|are|is|have been|had been|has been|been)[ \t]+(?:[a-z]+ly[ \t]+)?$/i;
/** A holding verb right before the count: "the junta still holds at least 12 Canadians", "detained 9 Danes". */
const HOLD_BEFORE = /\b(?:holds|hold|holding|held|detains|detain|detaining|detained)[ \t]+$/i;
/** Capacity, not captivity: "the hall can hold 500 people", "built to hold 300 people". */
const CAPACITY_BEFORE = /\b(?:can|could|will|would|may|might|enough[ \t]+to|built[ \t]+to|designed[ \t]+to|able[ \t]+to)[ \t]+(?:still[ \t]+)?(?:hold|detain)[ \t]+$/i;
/** Detaining is arrest unless the people are foreigners: "detained 30 protesters" is not a hostage count. */
const DETAIN = /\bdetain[a-z]*[ \t]+$/i;
const NATIONALITY_HEADS = new Set(["nationals", "citizens", "foreigners", "foreign nationals", "dual nationals", "dual citizens"]);
/**
 * A held state right after the count (an optional "and <noun>" between): "40 sailors and fishermen are still
 * believed to be held by the pirates", "60 Georgians are still in enemy hands", "9 Danes were held in the capital",
 * "five reporters remain in detention", "12 fishermen remain in Burmese jails" (any people: a state, not an arrest),
 * also with "also" ("two other reporters also remain in custody", "… are also still held"). A possessive holder may
 * name the hands ("… are still in the militia's hands", round 22), a word of care may not ("in safe hands": CARE_HANDS).
 * A short "with/from" phrase may stand between: "300 villagers from the valley are believed to be held", "nine
 * reporters with the agency remain in custody".
 */
/**
 * Mend 22 F8: a possessive holder before "hands" is a captor ("the militia's", "the pirates'", "the kidnappers'"), not the
 * state, a court or a family ("the 3 children remain in the state's hands" is custody).
 */
const CAPTOR_POSSESSIVE = String.raw`(?:${CAPTOR_NOUNS.filter((w) => !w.includes(" ")).join("|")}|group|Hamas|Taliban|jihadist|militant|rebel|kidnapper|abductor|captor|terrorist|insurgent|pirate|bandit|militia)['’]s?`;
const HELD_AFTER = new RegExp(String.raw`^(?:[ \t]+(?:and|or)[ \t]+[A-Za-z-]+(?:[ \t]+[a-z]+)?|[ \t]+(?:with|from)[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,3}?[A-Za-z'’-]+)?[ \t]*,?[ \t]*(?:who[ \t]+)?(?:also[ \t]+)?(?:are|were|is|was|remain|remains|remained|have[ \t]+been)[ \t]+(?:still[ \t]+|currently[ \t]+|now[ \t]+|also[ \t]+)?(?:(?:believed|thought|said|reported|known|understood)[ \t]+to[ \t]+be[ \t]+)?(?:still[ \t]+)?(?:held|being[ \t]+held|in[ \t]+(?:the[ \t]+)?(?!(?:${CARE_HANDS.join("|")})[ \t])(?:[A-Za-z-]+|${CAPTOR_POSSESSIVE})[ \t]+hands|in[ \t]+the[ \t]+hands[ \t]+of|in[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:custody|detention|captivity|prisons?|jails?)|behind[ \t]+bars)\b`, "i");
/**
 * Foreigners jailed abroad are held, like "detained 9 Danes": "at least 12 Belgians remain imprisoned in Iran",
 * "two Chilean nationals held in the camp" (a participle right after the count, no copula needed). Only for
 * demonyms and nationality nouns: "30 protesters were jailed" is an arrest.
 */
const FOREIGNERS_HELD_AFTER = /^[ \t]*(?:(?:who[ \t]+)?(?:are|were|is|was|remain|remained|have[ \t]+been|had[ \t]+been)[ \t]+(?:still[ \t]+|currently[ \t]+|now[ \t]+)?(?:imprisoned|jailed|detained|behind[ \t]+bars|in[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:jails?|prisons?|custody))|(?:still[ \t]+)?(?:held|imprisoned|jailed|detained)[ \t]+(?:in|by|at)[ \t])/;

/**
 * True when the clause says the counted people are held by someone: a holding verb right before the count
 * or a held state right after it (see HOLD_BEFORE, HELD_AFTER). Generic people, soldiers and nationalities
 * held this way are hostages held, whatever other cue is nearer.
 *
 * @example heldCaptives("Rebels still hold 30 villagers.", 17, 20, "villagers", false) // true
 */
export function heldCaptives(text: string, groupStart: number, groupEnd: number, head: string | null, demonym: boolean): boolean {
  const hold = holdBefore(text, groupStart);
  const foreign = demonym || (head !== null && NATIONALITY_HEADS.has(head));
  if (hold === HOLDS || (hold === DETAINS && foreign)) return true;
  return heldAfter(text, groupEnd) || (foreign && foreignersHeldAfter(text, groupEnd));
}

/** heldCaptives for a group phrase: whether it names a demonym ("12 Canadians") is read only when a verb asks. */
function groupHeldCaptives(text: string, groupStart: number, groupEnd: number, head: string, group: Group, hits: CueHit[], context?: SentenceContext): boolean {
  const hold = holdBefore(text, groupStart);
  if (hold === HOLDS || keptCaptives(text, groupStart, hits)) return true;
  // "counted three Peruvians among the captives" (session 32).
  if (amongCaptives(text, groupEnd)) return true;
  if (hold === DETAINS && foreignGroup(text, groupStart, head, group)) return true;
  // "Two tourists, who were held hostage for a year, were freed": a held relative clause before the count's own
  // release is its past (releaseAfterRelative).
  if (heldAfter(text, groupEnd) && !(seizureOfBefore(text, groupStart) && PAST_HELD_AFTER.test(text.slice(groupEnd, groupEnd + 40))) &&
    releaseAfterRelative(text, groupEnd) === null) return true;
  // "helped free two Chileans held in the camp": a release verb on the count outweighs its held participle.
  if (!releaseBefore(hits, groupStart) && ((foreignersHeldAfter(text, groupEnd) && foreignGroup(text, groupStart, head, group)) || heldSinceAfter(text, groupEnd))) return true;
  // "at least 9 Danes, by the ministry's count, remain in Iranian jails": the state after a comma aside.
  const resume = commaAsideEnd(text, groupEnd);
  // (The character-gated tests go before foreignGroup, which slices and runs a regex.)
  if (resume >= 0 && (heldAfter(text, resume) || (foreignersHeldAfter(text, resume) && foreignGroup(text, groupStart, head, group)))) return true;
  return remainInNamedPrison(text, resume >= 0 ? resume : groupEnd, context) && foreignGroup(text, groupStart, head, group);
}

/**
 * A seizure noun and "of" right before the count, with an optional year or "the/their" first: "the 2009 kidnapping of
 * 12 engineers", "recalled the abduction of 30 pilgrims". The count names those seized (abducted).
 */
const SEIZURE_OF_BEFORE = new RegExp(String.raw`\b(?:${SEIZURE_NOUNS.join("|")})[ \t]+of[ \t]+(?:the[ \t]+)?$`, "i");
/** A past holding in the count's own relative clause: ", who were held for 40 days" (not "who are still held"). */
const PAST_HELD_AFTER = /^[ \t]*,?[ \t]*who[ \t]+(?:were|was)[ \t]+(?:held|kept)\b/;

/**
 * True when SEIZURE_OF_BEFORE ends right before the count at `groupStart`: "the abduction of 30 pilgrims, who were held
 * for weeks" tells the seizure; their past captivity does not make them still held.
 *
 * @example seizureOfBefore("recalled the abduction of 30 pilgrims", 26) // true
 */
function seizureOfBefore(text: string, groupStart: number): boolean {
  return groupStart > 0 && SEIZURE_OF_BEFORE.test(text.slice(Math.max(0, groupStart - 30), groupStart));
}

/**
 * Whether the group phrase names foreigners: a nationality head, or a capital after the phrase's first letter
 * ("About 30 protesters" opens a sentence, "two Chilean citizens" names a nation). A module function, not a
 * closure in groupHeldCaptives: tsx (esbuild keepNames) names a closure with a property write each time it is made.
 */
function foreignGroup(text: string, groupStart: number, head: string, group: Group): boolean {
  return NATIONALITY_HEADS.has(head) || (group.label !== null && CAPITAL.test(text.slice(groupStart + 1, group.headEnd)));
}
const CAPITAL = /[A-Z]/;

/**
 * "six activists held since 2018", "the 40 fishermen held by the navy since March": a holding participle with
 * "since" says they are still held, whoever they are ("detained … since" counts arrests: see DETAINED_SINCE).
 */
const HELD_SINCE_AFTER = /^[ \t]*,?[ \t]*(?:still[ \t]+)?held[ \t]+(?:captive[ \t]+|hostage[ \t]+)?(?:(?:by|in|at)[ \t][^.;,]{0,40}?)?since\b/;

/**
 * True when "held … since" follows the group (HELD_SINCE_AFTER). Only a following "h" or "s" (held, still)
 * reaches the regex.
 *
 * @example heldSinceAfter("four reporters held since 2019", 14) // true
 */
export function heldSinceAfter(text: string, groupEnd: number): boolean {
  if (groupEnd < 0) return false;
  let k = groupEnd;
  while (isBlank(codeAt(text, k)) || codeAt(text, k) === 44) k++;
  const c = codeAt(text, k);
  if (c !== 104 && c !== 115) return false;
  const right = text.slice(groupEnd, groupEnd + 120);
  const m = HELD_SINCE_AFTER.exec(right);
  // "Three aid workers held hostage since spring have been released": the release is theirs now.
  return m !== null && !RELEASE_AFTER.test(right.slice(m[0].length));
}

/** "kept 2 engineers", "are keeping the three Germans": keeping people, captivity only next to a release or hostage word. */
// Pre-tested by keptCaptives (a "k" in the 16 characters): every alternative must keep a k.
const KEPT_BEFORE = /\b(?:kept|keep|keeps|keeping)[ \t]+(?:the[ \t]+)?$/i;

/**
 * True when a keeping verb stands right before the count and the sentence frees others or speaks of hostages:
 * "Most were let go, but the gunmen kept the two Italians" (not "the firm kept 200 workers on the payroll").
 */
function keptCaptives(text: string, groupStart: number, hits: CueHit[]): boolean {
  if (groupStart < 5) return false;
  const c = codeAt(text, groupStart - 1);
  if (!isBlank(c)) return false;
  // Every KEPT_BEFORE verb has a "k": a stretch without one (either case) skips the slice and the regex.
  if (!hasLetter(text, groupStart - 16, groupStart, "k")) return false;
  const before = text.slice(Math.max(0, groupStart - 16), groupStart);
  if (!KEPT_BEFORE.test(before)) return false;
  return anyHitOf(hits, "hostages_released") || HOSTAGE_CTX.test(text) || hijackHostage(text);
}

/** A short aside set off by commas right after the group: ", by the ministry's count,", ", a couple from Graz,". */
const COMMA_ASIDE = /^[ \t]*,[^,;:.()"“”]{2,70},/;

/**
 * Where the clause resumes after a comma aside right after `groupEnd` (at the aside's closing comma), or -1.
 * Only a comma right after the group reaches the regex.
 *
 * @example commaAsideEnd("9 Danes, by one count, remain in jail", 7) // 21
 */
export function commaAsideEnd(text: string, groupEnd: number): number {
  if (groupEnd < 0) return -1;
  let k = groupEnd;
  while (isBlank(codeAt(text, k))) k++;
  if (codeAt(text, k) !== 44) return -1;
  const m = COMMA_ASIDE.exec(text.slice(groupEnd, groupEnd + 90));
  return m ? groupEnd + m[0].length - 1 : -1;
}

/** "remain in Qarchak": foreigners remaining in a named place (a prison when the sentence speaks of arrest or jail). */
// Pre-tested by remainInNamedPrison (literal "remain", case-sensitive): an /i flag or a verb without "remain" needs that test changed.
const REMAIN_IN_NAME = /^[ \t]*,?[ \t]*(?:who[ \t]+)?(?:still[ \t]+)?remain(?:s|ed)?[ \t]+in[ \t]+[A-Z][a-z]+/;
const ARREST_WORDS = /\b(?:arrest|detain|jail|imprison|prison|custody|sentenced|convicted)/i;

/**
 * Foreigners who "remain in" a named place in a sentence about arrest or jail, or in a story of hostages freed, are
 * held there: "Two Dutch nationals, both arrested in 2023, remain in Qarchak". ("Two Swiss tourists remain in Bali"
 * in a story of no release is no captivity.)
 */
function remainInNamedPrison(text: string, from: number, context?: SentenceContext): boolean {
  if (from < 0) return false;
  let k = from;
  while (isBlank(codeAt(text, k)) || codeAt(text, k) === 44) k++;
  const c = codeAt(text, k);
  if (c !== 114 && c !== 119 && c !== 115) return false;
  // REMAIN_IN_NAME needs "remain" in the 60 characters it reads ("were seized" has none).
  if (!occursWithin(text, "remain", from, from + 60) || !REMAIN_IN_NAME.test(text.slice(from, from + 60))) return false;
  // In a story of hostages freed, foreigners who "remain in" the captors' place are the ones not yet freed:
  // "at least three Peruvian citizens remain in Bunia" (asked only once the phrase is there).
  return ARREST_WORDS.test(text) || context?.articleRelease === "hostages_released";
}

/**
 * True when prisoners are counted in their captivity, as the count's own predicate: a holding verb right before
 * ("the regime still holds 600 political prisoners"), a held state right after ("800 prisoners remain behind
 * bars", "… are still in custody"), or a holding participle ("one of 700 political prisoners held in the
 * capital") with no release before or after it ("freed 30 prisoners held in the camp" is a release).
 * ("The rebels hold 25 hostages and 2,000 prisoners": the verb is the hostages', not the prisoners'.)
 *
 * @example prisonersHeld("The regime holds 600 political prisoners.", 17, 40, []) // true
 */
export function prisonersHeld(text: string, groupStart: number, groupEnd: number, hits: CueHit[]): boolean {
  if (holdBefore(text, groupStart) === HOLDS) return true;
  // "released 200 prisoners who were held in X", "300 prisoners who were held in X were released": a past held state.
  if (releaseBefore(hits, groupStart)) return false;
  const end = heldAfterEnd(text, groupEnd);
  if (end >= 0) return !RELEASE_AFTER.test(text.slice(end, groupEnd + 160));
  return foreignersHeldAfter(text, groupEnd);
}

/** How close before the count a release verb makes its held participle a past ("freed two Danes held …"). */
const RELEASE_BEFORE_REACH = 30;

function releaseBefore(hits: CueHit[], groupStart: number): boolean {
  for (const h of hits) if (h.category === "hostages_released" && h.end <= groupStart && h.distance <= RELEASE_BEFORE_REACH) return true;
  return false;
}

/**
 * FOREIGNERS_HELD_AFTER after the group, unless a release follows ("two Chilean nationals held in the camp were
 * freed" is a release: see laterRelease). After its blanks it starts with who, a copula, still or a holding verb.
 */
function foreignersHeldAfter(text: string, groupEnd: number): boolean {
  if (groupEnd < 0) return false;
  let k = groupEnd;
  while (isBlank(codeAt(text, k))) k++;
  const c = codeAt(text, k);
  if (c !== 119 && c !== 97 && c !== 105 && c !== 114 && c !== 104 && c !== 115 && c !== 106 && c !== 100) return false;
  const right = text.slice(groupEnd, groupEnd + 120);
  const m = FOREIGNERS_HELD_AFTER.exec(right);
  return m !== null && !RELEASE_AFTER.test(right.slice(m[0].length)) && !(c === 100 && DETAINED_SINCE.test(right));
}
/**
 * "40 dual nationals detained in Egypt since 2019": a bare "detained" participle with "since" counts arrests over
 * years (some may be free since), not people held now ("held in Egypt since 2019" or "still detained" stay held).
 */
const DETAINED_SINCE = /^[ \t]*detained[ \t]+(?:in|by|at)[ \t][^.;,]{0,40}?\bsince\b/;
/**
 * A release verb later in the same clause: "… held in the camp were freed on Friday". A dot before a digit is
 * inside a number, not a stop: "held since 12.03.2024 were freed" (a day-first date) stays one clause.
 */
const RELEASE_AFTER = /^(?:[^.;,]|\.(?=\d))*?\b(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been|be|being)[ \t]+(?:[a-z]+ly[ \t]+)?(?:freed|released|returned|repatriated|exchanged|swapped|handed[ \t]+over|let[ \t]+go)\b/i;

const NO_HOLD = 0;
const HOLDS = 1;
/** A detaining verb: captivity only for foreigners ("detained 9 Danes"), else an arrest. */
const DETAINS = 2;

/**
 * A holding verb right before the group (HOLD_BEFORE, not CAPACITY_BEFORE). Every HOLD_BEFORE verb ends in
 * s, d, g or n before its blanks: other characters skip the regexes.
 */
function holdBefore(text: string, groupStart: number): number {
  if (groupStart <= 0) return NO_HOLD;
  let k = groupStart - 1;
  if (!isBlank(codeAt(text, k))) return NO_HOLD;
  while (k >= 0 && isBlank(codeAt(text, k))) k--;
  const c = codeAt(text, k) | 32;
  if (c !== 115 && c !== 100 && c !== 103 && c !== 110) return NO_HOLD;
  const before = text.slice(Math.max(0, groupStart - 30), groupStart);
  if (!HOLD_BEFORE.test(before) || CAPACITY_BEFORE.test(before)) return NO_HOLD;
  return DETAIN.test(before) ? DETAINS : HOLDS;
}

/** HELD_AFTER after the group; after its blanks it starts with and/or, a comma, who, with/from, or a copula (a o , w i r h f). */
function heldAfter(text: string, groupEnd: number): boolean {
  return heldAfterEnd(text, groupEnd) >= 0;
}

/** Where HELD_AFTER's match after the group ends in `text`, or -1 (see heldAfter). */
function heldAfterEnd(text: string, groupEnd: number): number {
  if (groupEnd < 0) return -1;
  let k = groupEnd;
  while (isBlank(codeAt(text, k))) k++;
  const c = codeAt(text, k) | 32;
  if (c !== 97 && c !== 111 && c !== 44 && c !== 119 && c !== 105 && c !== 114 && c !== 104 && c !== 102) return -1;
  const m = HELD_AFTER.exec(text.slice(groupEnd, groupEnd + 120));
  return m === null ? -1 : groupEnd + m[0].length;
}

/** Categories of a verb after the count that tell what happened to the remaining ones ("were freed", "were killed"). */
const OWN_VERB_AFTER = new Set<FigureCategory>(["hostages_released", "killed", "hostages_dead", "abducted"]);
/**
 * "the remaining 14 hostages", "the last 3 captives": those not (yet) freed. "The release leaves 7 hostages in
 * Mali", "leaving 40 captives": what a release leaves behind is still held.
 */
const REMAINING_BEFORE = /\b(?:remaining|last|leaves|leave|leaving|left)[ \t]+$/i;
/**
 * "rebels freed the last 3 captives", "a gang frees last nine hostages": a release verb that happened (no "to",
 * modal or negation before it) right before "the last/remaining/final" frees those; "to free the remaining 14
 * hostages" or "the release of the remaining 14" does not.
 */
const FREED_REMAINING_BEFORE = /(?<!\b(?:to|will|would|must|should|could|can|may|might|not|never|cannot)[ \t]+)\b(?:freed|released|frees|releases|free|release)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:last|remaining|final)[ \t]+$/i;
/** "the two remaining nurses": "remaining" right after the number, inside the count's own phrase (round 22). */
const REMAINING_IN_GROUP = /^[^ \t]+[ \t]+remaining[ \t]/i;
/** A release that happened right before "the/its/their" and the count: "the gang freed the two remaining nurses". */
const FREED_THE_BEFORE = /(?<!\b(?:to|will|would|must|should|could|can|may|might|not|never|cannot)[ \t]+)\b(?:freed|released|frees|releases|free|release)[ \t]+(?:the|its|their)[ \t]+$/i;

/**
 * True when the count's own phrase says "remaining" right after the number ("free the two remaining nurses") and no
 * release that happened stands right before it ("the gang freed the two remaining nurses" frees them). Only a phrase
 * with "remaining" in it reaches the regexes.
 */
function remainingInGroup(text: string, groupStart: number, groupEnd: number): boolean {
  if (!occursWithin(text, REMAINING_WORD, groupStart, groupEnd)) return false;
  return REMAINING_IN_GROUP.test(text.slice(groupStart, groupEnd)) && !FREED_THE_BEFORE.test(text.slice(Math.max(0, groupStart - 40), groupStart));
}

/**
 * "…, at least two of whom are dead": a verb after "of whom" is another count's, not the hostages' own (but
 * "the remaining 9 hostages, two of them Germans, were freed": a closed aside gives the verb back).
 */
const PART_RELATIVE = /\b(?:of|among)[ \t]+(?:whom|them)\b[^,]*$/i;
/**
 * "9 hostages still held in the mountains", "the 4 captives who remain", "hostages still in captivity", "6 hostages
 * remain in the Sahel" (whatever release the sentence names: "remain" is their own verb; "remain in hospital" is not).
 */
/** "remain in <place>" unless the words after "in" are a state (model NOT_HELD_REMAIN_IN: "remain in hospital"). */
export const REMAIN_IN_PLACE = `in[ \\t]+(?!(?:a[ \\t]+|the[ \\t]+)?(?:${phraseSource(NOT_HELD_REMAIN_IN)})\\b)`;
const STILL_HELD_AFTER = new RegExp(String.raw`^[ \t]*,?[ \t]*(?:(?:who|that)[ \t]+(?:remain|are[ \t]+still|were[ \t]+still)\b|(?:still|yet)[ \t]+(?:held|being[ \t]+held|in[ \t]+captivity|captive|alive)\b|(?:still[ \t]+)?remain(?:s|ed)?[ \t]+(?:captive\b|held\b|behind[ \t]+bars\b|${REMAIN_IN_PLACE}))`, "i");

/** The count's own copula of being still held: "30 hostages are still held", "… were still being held". */
const COPULA_STILL_HELD = new RegExp(String.raw`^[ \t]+(?:are|were|remain)[ \t]+(?:still|yet)[ \t]+(?:${phraseSource(STILL_HELD_STATES)})\b`, "i");
/**
 * The same copula with a named place for the state: "87 hostages are still in Darfur" (hostages still somewhere are
 * held; the place is capitalised, so no "i" flag: "are still in the hands of" is HELD_AFTER's, "are still in
 * hospital" names no place).
 */
// Session 32: "there" for the place named before it ("roughly 100 hostages are still there, and about a third of them
// are believed dead": the death belongs to the third).
const COPULA_STILL_IN_PLACE = /^[ \t]+(?:[Aa]re|[Ww]ere|[Rr]emain)[ \t]+(?:still|yet)[ \t]+(?:in[ \t]+(?:the[ \t]+)?[A-Z][a-z]|there\b)/;
/** A part's "of whom/them" right after its count: "at least four of whom are still in Darfur". */
const PART_OF_WHOM = /^[ \t]+of[ \t]+(?:whom|them)(?=[ \t])/;

/**
 * True when a hostage count is of those still held, as a description inside another phrase: "the release of
 * the remaining 14 hostages" (a release asked for is not one that happened), "freeing 9 hostages still held".
 * A verb of their own after the count still wins ("the remaining 14 hostages were freed", "… were killed").
 *
 * @example stillHeld("the release of the remaining 14 hostages", 34, 44, []) // true
 */
export function stillHeld(text: string, groupStart: number, groupEnd: number, hits: CueHit[]): boolean {
  if (groupEnd < 0) return false;
  // Most counts are followed by neither regex's first word: the slice and both regexes run only when one may match.
  // "say 14 captives are still held on board, and two of the crew died": their own copula says it; later verbs are others'.
  if (copulaStillHeld(text, groupEnd, groupStart)) return true;
  const still = stillHeldMayFollow(text, groupEnd) && STILL_HELD_AFTER.test(text.slice(groupEnd, groupEnd + 40));
  // (Both tests before the count are pure, so reading them only when "still" did not decide is the same.)
  const remaining = !still && groupStart > 0 && ((REMAINING_BEFORE.test(text.slice(Math.max(0, groupStart - 12), groupStart)) &&
    !FREED_REMAINING_BEFORE.test(text.slice(Math.max(0, groupStart - 60), groupStart))) || remainingInGroup(text, groupStart, groupEnd));
  if (!remaining && !still) return false;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.start >= groupEnd && !isTaking(h) && OWN_VERB_AFTER.has(h.category) && !PART_RELATIVE.test(text.slice(groupEnd, h.start))) return false;
  }
  return true;
}

/**
 * True when the count's own copula of being still held follows `groupEnd` (COPULA_STILL_HELD or
 * COPULA_STILL_IN_PLACE): "87 hostages are still in Darfur".
 *
 * @example copulaStillHeld("87 hostages are still held", 11) // true
 */
export function copulaStillHeld(text: string, groupEnd: number, groupStart = -1): boolean {
  if (groupEnd < 0 || !copulaStillMayFollow(text, groupEnd)) return false;
  const right = text.slice(groupEnd, groupEnd + 40);
  return COPULA_STILL_HELD.test(right) || (COPULA_STILL_IN_PLACE.test(right) && !freedStillSomewhere(text, groupStart, groupEnd));
}

/** A release participle in the count's own phrase: "Eight freed hostages", "the 12 rescued hostages". */
const RELEASED_LABEL = new RegExp(String.raw`\b(?:${STILL_IN_PLACE_RELEASED_LABELS.join("|")})\b`, "i");
/** A release told after the copula in the same sentence, not one asked for ("when troops freed them", "after their release"). */
const RELEASE_TOLD_AFTER = new RegExp(String.raw`(?<!\bto[ \t]+)\b(?:${STILL_IN_PLACE_RELEASED_AFTER.join("|")})\b`, "i");

/**
 * True when people "still in <Place>" are freed people who stay somewhere, not captives: a release participle in the
 * count's phrase [`groupStart`, `groupEnd`) ("Eight freed hostages are still in Khartoum") or a release told after it
 * in the sentence ("Four hostages were still in the Sahel when French troops freed them").
 */
function freedStillSomewhere(text: string, groupStart: number, groupEnd: number): boolean {
  if (groupStart >= 0 && groupStart < groupEnd && RELEASED_LABEL.test(text.slice(groupStart, groupEnd))) return true;
  const stop = text.indexOf(".", groupEnd);
  return RELEASE_TOLD_AFTER.test(text.slice(groupEnd, stop < 0 ? Math.min(text.length, groupEnd + 200) : Math.min(stop, groupEnd + 200)));
}

/**
 * A relative clause with no "that"/"whom" right after the count, a pronoun holding the counted people: "the nine
 * fishermen they still hold", "the 12 villagers it is holding" (model HOLDER_PRONOUNS). Not a status held ("… they hold
 * Italian passports": model STATUS_HOLD_OBJECTS), nor capacity ("… they can hold": no modal is read).
 */
const HELD_BY_PRONOUN_AFTER = new RegExp(
  String.raw`^[ \t]+(?:that[ \t]+|whom[ \t]+)?(?:${HOLDER_PRONOUNS.join("|")})[ \t]+(?:still[ \t]+)?(?:hold|holds|(?:are|is)[ \t]+(?:still[ \t]+)?holding)\b(?![ \t]+(?:[A-Za-z-]+[ \t]+)?(?:${phraseSource(STATUS_HOLD_OBJECTS)})\b)` +
  // The relative clause ends right after the verb (review 21: "the 12 officials they hold responsible", "the 20 soldiers
  // it holds in reserve" are no captives): punctuation, the text's end, a joining word or "as hostages"
  // (HOLD_CLAUSE_END_WORDS), or "in/at <Capitalised place>".
  String.raw`(?=[ \t]*(?:$|[.,;:!?"”’)—–])|[ \t]+(?:as[ \t]+)?(?:${HOLD_CLAUSE_END_WORDS.join("|")})\b|[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z])`
);
/** A lawful holder among the sentence's first words ("Police said …", "The army said …": model LAWFUL_HOLDER_SUBJECTS). */
const LAWFUL_HOLDER_FIRST = new RegExp(String.raw`^[ \t"“]*(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+)?(?:${LAWFUL_HOLDER_SUBJECTS.join("|")})\b`, "i");

/**
 * True when the people counted before `groupEnd` are held by a pronoun's relative clause right after them (see
 * HELD_BY_PRONOUN_AFTER).
 *
 * @example heldByPronounAfter("free the nine fishermen they still hold", 23) // true
 */
export function heldByPronounAfter(text: string, groupEnd: number): boolean {
  if (groupEnd < 0) return false;
  // The pattern is case-sensitive and holds "hold" (hold, holds, holding): a count with no "hold" in the 60 characters
  // it reads (nearly all) skips the regex. (Searched in the slice, not in the text from groupEnd on: on a long line
  // of counts that would read the rest of the line for each.)
  const right = text.slice(groupEnd, groupEnd + 60);
  return right.includes("hold") && HELD_BY_PRONOUN_AFTER.test(right) && !LAWFUL_HOLDER_FIRST.test(text.slice(0, 40));
}

/**
 * True when a part with no noun of its own ("at least four of whom") is still held by its own copula, after a release
 * only asked for or none: "… urged the rebels to free all hostages with Kenyan passports, at least four of whom are
 * still in Darfur" (not "the rebels freed all the hostages, four of whom are still in Nairobi": freed people who stay
 * somewhere). `groupEnd` is where the count ends.
 *
 * @example heldPartOfWhom("to free all hostages, four of whom are still held", 26, 22, []) // true
 */
export function heldPartOfWhom(text: string, groupEnd: number, groupStart: number, hits: readonly CueHit[]): boolean {
  if (groupEnd < 0 || codeAt(text, skipBlanks(text, groupEnd)) !== 111) return false;
  const m = PART_OF_WHOM.exec(text.slice(groupEnd, groupEnd + 12));
  return m !== null && copulaStillHeld(text, groupEnd + m[0].length) && !doneReleaseBefore(text, hits, groupStart) && !casualtyBefore(hits, groupStart);
}

/** Categories of a count that no "of whom" part of it makes hostages: "wounded 12, three of whom are still in …". */
const NOT_HOSTAGE_WHOLE: ReadonlySet<FigureCategory> = new Set<FigureCategory>(["killed", "wounded", "displaced"]);

/**
 * True when the nearest cue before the part (ending at or before `groupStart`) is a death, wound or flight: "Gunmen
 * abducted 30 villagers and wounded 12, three of whom are still in Gusau General Hospital" (a part of the wounded).
 */
function casualtyBefore(hits: readonly CueHit[], groupStart: number): boolean {
  let best: CueHit | undefined;
  for (const h of hits) if (h.end <= groupStart && (best === undefined || h.end > best.end)) best = h;
  return best !== undefined && NOT_HOSTAGE_WHOLE.has(best.category);
}

/**
 * True when a release cue before the count is one that was done, not only asked for or planned ("to free"): "the
 * rebels freed all the hostages, four of whom …" (not "urged the rebels to free all hostages, four of whom …").
 */
function doneReleaseBefore(text: string, hits: readonly CueHit[], groupStart: number): boolean {
  for (const h of hits) {
    if (h.category === "hostages_released" && h.end <= groupStart && !TO_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start))) return true;
  }
  return false;
}
/** "to" right before a release cue: the release is asked for or planned, not done ("urged them to free"). */
const TO_BEFORE = /\bto[ \t]+$/i;

/**
 * Whether COPULA_STILL_HELD (or COPULA_STILL_IN_PLACE) may match at `groupEnd`: it needs at least one blank, then
 * "are", "were" or "remain", so an a, w or r in either case ("30 hostages are still held"; "30 hostages, …" never).
 *
 * @example copulaStillMayFollow("30 hostages Were still held", 11) // true
 */
export function copulaStillMayFollow(text: string, groupEnd: number): boolean {
  const k = skipBlanks(text, groupEnd);
  const c = codeAt(text, k) | 32;
  return k > groupEnd && (c === 97 || c === 119 || c === 114);
}

/**
 * Whether STILL_HELD_AFTER may match at `groupEnd`: after blanks, an optional comma and blanks, its words start
 * with w/t ("who", "that"), s/y ("still", "yet") or r ("remain"), in either case. (A character code ORed with 32
 * is one of these lower-case letters only for that letter or its capital: NaN past the end gives 32.)
 *
 * @example stillHeldMayFollow("9 hostages , Still held", 10) // true
 */
export function stillHeldMayFollow(text: string, groupEnd: number): boolean {
  let k = skipBlanks(text, groupEnd);
  if (codeAt(text, k) === 44) k = skipBlanks(text, k + 1);
  const c = codeAt(text, k) | 32;
  return c === 119 || c === 116 || c === 115 || c === 121 || c === 114;
}

/**
 * After the whole of a part ("12 of the 90 people"): its captivity participle, then the part's own verb of
 * being still held ("taken hostage in the raid remain in the forest", "seized last year are still held").
 */
const PART_REMAINS_AFTER = new RegExp(String.raw`^[ \t]+(?:who[ \t]+were[ \t]+)?(?:taken|held|abducted|kidnapped|seized|captured|snatched|detained|arrested)\b[^;.]{0,70}?[ \t](?:(?:still[ \t]+)?remain[ \t]+(?:captive\b|held\b|behind[ \t]+bars\b|${REMAIN_IN_PLACE})|are[ \t]+still[ \t]+(?:held|being[ \t]+held|in[ \t]+captivity|captive|in[ \t]+custody)\b)`, "i");

/** Words that can start PART_REMAINS_AFTER: other counts skip the regex (review 12, speed). */
const PART_PARTICIPLE_FIRST = new Set(["who", "taken", "held", "abducted", "kidnapped", "seized", "captured", "snatched", "detained", "arrested"]);

/**
 * True when a part named before its whole ("12 of the 90 people taken hostage in the raid remain in the
 * forest") is still held: the whole's participle is its past, "remain" the part's own verb. `wholeEnd` is
 * where the whole's group phrase ends. ("12 of the 90 hostages were freed" has no such verb.)
 *
 * @example partStillHeld("12 of the 90 people taken in May remain in the forest", 19) // true
 */
export function partStillHeld(text: string, wholeEnd: number): boolean {
  if (wholeEnd < 0 || !isBlank(codeAt(text, wholeEnd))) return false;
  return PART_REMAINS_AFTER.test(text.slice(wholeEnd, wholeEnd + 120));
}

/** The count's own escape verb: " escaped", " have escaped", " also managed to escape" (see ESCAPE_VERBS). */
const ESCAPED_AFTER = new RegExp(String.raw`^[ \t]+(?:(?:have|had|has)[ \t]+)?(?:also[ \t]+|later[ \t]+)?(?:(?:managed|were[ \t]+able)[ \t]+to[ \t]+)?(?:${phraseSource(ESCAPE_VERBS)})\b(?![ \t]+(?:${phraseSource(ESCAPE_HARM_WORDS)}|with[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:wounds|injuries|burns|bruises|cuts|their[ \t]+lives))\b)`, "i");
/** An escape told "during" a harm in its clause ("escaped into the bush during the raid"): the harm's, not captivity's. */
const ESCAPED_DURING_HARM = new RegExp(String.raw`^[^.;:]*?\bduring[ \t]+(?:${phraseSource(ESCAPE_HARM_WORDS.filter((w) => w.startsWith("the ")))})\b(?![ \t]+on\b)`, "i");
/** "None of the 30 hostages has escaped": an escape denied. */
const NONE_BEFORE = /\b(?:none|neither|not[ \t]+one|no)[ \t]+(?:of[ \t]+(?:the|those|these|its|their)[ \t]+)?$/i;
/** Words that can start ESCAPED_AFTER: other counts skip the regex. */
const ESCAPE_FIRST = new Set(ESCAPE_FIRST_WORDS);

/**
 * True when people (not prisoners: "12 inmates escaped from the jail" is no release) escaped as their own verb in a
 * story about hostages (not from harm: "escaped death", "escaped with gunshot wounds"; not denied: "None of the 30
 * hostages has escaped") (the sentence's hostage words, else the article's release kind): freed abductees ("Two
 * workers later escaped through a window"). `next` is the word after the group.
 *
 * @example escapedCaptives("Four workers escaped.", 12, "escaped", "workers", ctx) // true in a kidnap story
 */
export function escapedCaptives(text: string, groupEnd: number, next: string, head: string | null, context: SentenceContext, groupStart = -1): boolean {
  if (!ESCAPE_FIRST.has(next) || (head !== null && PRISONER_HEADS.has(head))) return false;
  if (!ESCAPED_AFTER.test(text.slice(groupEnd, groupEnd + 60))) return false;
  // "Another four miners escaped into the bush during the raid": they escaped the seizure, not captivity. Not said of
  // captives ("Twelve hostages escaped during the attack on the camp" escaped captivity: review 29 F2).
  if ((head === null || !HOSTAGE_HEADS.has(head)) && ESCAPED_DURING_HARM.test(text.slice(groupEnd, groupEnd + 90))) return false;
  if (groupStart > 0 && NONE_BEFORE.test(text.slice(Math.max(0, groupStart - 24), groupStart))) return false;
  return context.hostage || context.articleRelease === "hostages_released";
}

/**
 * Where the main verb of still being held ends after a count's own captivity participle ("40 hostages seized in
 * March are still held in the forest": "seized" is their past, "are still held" their state now), or -1. Same
 * phrase as a part's whole (PART_REMAINS_AFTER); the caller checks no other count sits before the verb. With `next`
 * (the word after the group), only a word that can start the phrase reaches the regex.
 *
 * @example stillHeldAfterParticiple("40 hostages seized in March are still held", 11) // 42
 */
export function stillHeldAfterParticiple(text: string, groupEnd: number, next?: string): number {
  if (groupEnd < 0 || (next !== undefined && !PART_PARTICIPLE_FIRST.has(next)) || !isBlank(codeAt(text, groupEnd))) return -1;
  const m = PART_REMAINS_AFTER.exec(text.slice(groupEnd, groupEnd + 120));
  return m === null ? -1 : groupEnd + m[0].length;
}

/**
 * After a count: its own participle of capture or arrest, the rest of that phrase (no clause of its own), then
 * its plural main verb: "14 pilgrims abducted on the road to the shrine during the procession have been set free"
 * (a release, however long the phrase), "5 drivers captured near the pass in the spring are still unaccounted for"
 * (missing people are other). "and" or "of" with up to three words may come first ("Six medics and the convoy's guard seized …",
 * "Nine students of the city campus arrested …"), or set off by commas as an apposition, after a short "of/from/aboard"
 * phrase or none ("Eight dockers from the container terminal at the river mouth, kidnapped by a gang in May, were
 * freed on Friday": the main verb after the apposition decides). The participle may also open a relative clause with
 * no commas (round 22): "Eleven nuns that had been seized from their convent last spring were released on Sunday"
 * (the relative clause is their past, the main verb what happened to them). The "and" phrase may carry such a clause
 * of its own (session 31): "Two surveyors and the driver who was seized with them were set free on Monday".
 * "taken" only as "taken hostage/captive" ("taken to hospital … were released" is a discharge), "held" and "kept" only
 * as "held/kept hostage/captive" ("held in jail" may be a prison term). A pronoun, "no"
 * or a verb of saying in the phrase starts another clause ("… seized in May say no captives were freed"). Group 1 is the
 * participle, group 2 the release verb, group 3 the missing state.
 */
const PARTICIPLE_THEN_VERB = /^(?:[ \t]+(?:and|of)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}[A-Za-z-]+(?:[ \t]+(?:who|that)[ \t]+(?:was|were|had[ \t]+been|have[ \t]+been))?|(?:[ \t]+(?:of|from|aboard)[ \t]+[^,;:.!?()"“”]{1,70}?)?[ \t]*,|[ \t]+(?:who|that)[ \t]+(?:were|had[ \t]+been|have[ \t]+been))?[ \t]+(abducted|kidnapped|seized|captured|snatched|taken[ \t]+(?:hostage|captive)|(?:held|kept)[ \t]+(?:hostage|captive)|detained|arrested)\b((?:(?![ \t](?:who|whom|they|he|she|it|we|no|none|say|says|said|told)\b)[^;.!?]){0,140}?)[ \t](?:(?:were|have[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?(freed|released|set[ \t]+free|let[ \t]+go|rescued|repatriated|handed[ \t]+over)|(?:are|were)[ \t]+(?:now[ \t]+|all[ \t]+)?(safe|free)(?![ \t]+(?:of|from|to)\b)|(?:still[ \t]+)?(remain(?:ed)?[ \t]+(?:missing|unaccounted[ \t]+for)|(?:are|were)[ \t]+(?:still[ \t]+)?(?:missing|unaccounted[ \t]+for)))\b/i;

/** Words that can start PARTICIPLE_THEN_VERB: other counts skip the regex. */
const PARTICIPLE_FIRST = new Set(["and", "of", "from", "aboard", ",", "who", "that", "abducted", "kidnapped", "seized", "captured", "snatched", "taken", "held", "kept", "detained", "arrested"]);

/** The main verb after a count's own participle (see participleMainVerb). */
export interface ParticipleVerb {
  /** The release cue at distance 1, or null when the verb says the people are missing. */
  hit: CueHit | null;
  /** Whose release: people arrested or detained are prisoners, people seized or abducted hostages. */
  kind: FigureCategory;
  /** Where the main verb ends. */
  end: number;
}

/**
 * The count's main verb after its own participle of capture or arrest (PARTICIPLE_THEN_VERB): the participle is
 * the past, the verb what the people are now ("were freed", "are safe", "remain missing"). Null without one. Only a count followed by a blank reaches the
 * regex, and only when `next` (the word after the group) can start it; the caller checks no other count sits
 * before the verb.
 *
 * @example participleMainVerb("Nine pilgrims snatched near Pemba in May were freed", 13, "snatched")?.kind // "hostages_released"
 */
export function participleMainVerb(text: string, groupEnd: number, next: string): ParticipleVerb | null {
  if (groupEnd < 0 || !PARTICIPLE_FIRST.has(next) || !isBlank(codeAt(text, groupEnd))) return null;
  const m = PARTICIPLE_THEN_VERB.exec(text.slice(groupEnd, groupEnd + 200));
  if (m === null) return null;
  const end = groupEnd + m[0].length;
  const arrested = /^(?:detained|arrested)$/i.test(m[1]);
  // Group 3: a passive release; group 4 (session 28): the people "are safe / free" now ("Eleven people taken hostage
  // in a bank are safe"); group 5: missing.
  const verb = m[3] ?? m[4];
  if (m[5] !== undefined || verb === undefined) return {hit: null, kind: "other", end};
  const hit: CueHit = {category: "hostages_released", cue: verb.toLowerCase(), start: end - verb.length, end, distance: 1};
  return {hit, kind: arrested ? "prisoners_released" : "hostages_released", end};
}

/**
 * After a count: an optional "from <Place>", a relative clause closed by a comma, then the count's own passive
 * release ("Nineteen miners from Kasai, who were seized by a militia in May, were freed on Monday"). The people's
 * names may stand between the count and the clause, set off by commas: "Three nurses, Ann Lee, Bo Chan and Cy Dunn,
 * who were kidnapped in May, were freed on Sunday" (capitalised words only, at most six names). An aside that
 * describes them all stands for the clause: "Three other abduction victims, all farmers, were freed", "Four abducted
 * pupils, both of them girls, were released" (all, both, each, most, mostly, among them). Group 1 is the relative
 * clause or the aside, group 2 the release verb.
 */
const RELATIVE_THEN_RELEASE = /^(?:[ \t]+from[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?:(?:[ \t]*,|,?[ \t]+and)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}){0,5})?[ \t]*,[ \t]*((?:who|whom|that)[ \t][^;.!?]{5,140}?|(?:all|both|each|most|mostly|among[ \t]+them)[ \t][^,;:.!?()"“”]{2,60}?),[ \t]*(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?(freed|released|set[ \t]+free|let[ \t]+go|repatriated|handed[ \t]+over)\b/i;
/**
 * The passive release that RELATIVE_THEN_RELEASE and NAMES_THEN_RELEASE both end in (their copulas end in "were", "was"
 * or "been"; their verbs are these, and NAMES_THEN_RELEASE is case-sensitive): a match of either holds a match of this.
 */
const PASSIVE_RELEASE = /(?:were|was|been)[ \t]+(?:[a-z]+ly[ \t]+)?(?:freed|released|set[ \t]+free|let[ \t]+go|repatriated|handed[ \t]+over)/i;
/** In such a relative clause: an arrest (a state held them) or an abduction (captors did). */
const ARRESTED_IN = /\b(?:arrest|detain|jail|imprison|convict|sentenc|custody|coast[ \t]+guard|police)/i;
const ABDUCTED_IN = /\b(?:abduct|kidnap|seiz|snatch|captur|taken[ \t]+hostage|taken[ \t]+captive)/i;
/**
 * In such a relative clause: held by captors ("who had been held by the rebels since June") or held hostage or captive
 * ("who were held hostage for a year"): hostages too (model CAPTOR_NOUNS).
 */
const HELD_BY_CAPTORS_IN = new RegExp(String.raw`\b(?:held|kept)[ \t]+(?:hostage|captive|by[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?(?:${phraseSource(CAPTOR_NOUNS)})\b)`, "i");

/**
 * The count's own release told after a relative clause about its past (RELATIVE_THEN_RELEASE), as a release cue
 * at distance 1, and whose release the clause says: people arrested or jailed are prisoners, people abducted or
 * seized are hostages (`kind` undefined when it says neither). Null without such a clause. Only a count followed
 * by a comma or " from" reaches the regex.
 *
 * @example releaseAfterRelative("Six fishermen, who were arrested in May, were freed", 13)?.kind // "prisoners_released"
 */
export function releaseAfterRelative(text: string, groupEnd: number): {hit: CueHit; kind: FigureCategory | undefined} | null {
  if (groupEnd < 0) return null;
  let k = groupEnd;
  while (isBlank(codeAt(text, k))) k++;
  const c = codeAt(text, k);
  if (c !== 44 && c !== 102 && c !== 104) return null;
  const right = text.slice(groupEnd, groupEnd + 260);
  // Both patterns end in a passive release ("were freed"): without one in reach neither can match, and
  // RELATIVE_THEN_RELEASE's name lists backtrack at length before they fail ("12 hostages, Anne, Tom and Jo, …").
  if (!PASSIVE_RELEASE.test(right)) return null;
  const m = c === 104 ? null : RELATIVE_THEN_RELEASE.exec(right);
  if (m === null) return namesThenRelease(text, groupEnd);
  const start = groupEnd + m[0].length - m[2].length;
  const kind = ARRESTED_IN.test(m[1]) ? "prisoners_released" : ABDUCTED_IN.test(m[1]) || HELD_BY_CAPTORS_IN.test(m[1]) ? "hostages_released" : undefined;
  return {hit: {category: "hostages_released", cue: m[2].toLowerCase(), start, end: groupEnd + m[0].length, distance: 1}, kind};
}

/** A capitalised name word ("Anne", "O'Neill", "Al-Hassan"). */
const NAME = String.raw`[A-Z][\w'’-]*`;
/**
 * After a count: an optional status phrase ("holding French passports"), the people's names set off by commas (each
 * name up to four capitalised words, a kin word with his/her/their before one: "Ian Ross and his wife Jo"), then the
 * count's own passive release (round 22): "Three aid workers holding British passports, Tom Hale, Ian Ross and his
 * wife Jo, have been released". Group 1 is the release verb.
 */
const NAMES_THEN_RELEASE = new RegExp(
  String.raw`^(?:[ \t]+holding[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}(?:passports?|citizenship|nationality))?[ \t]*,[ \t]*${NAME}(?:[ \t]+${NAME}){0,3}` +
  String.raw`(?:(?:[ \t]*,|,?[ \t]+and)[ \t]+(?:(?:his|her|their)[ \t]+[a-z-]+[ \t]+)?${NAME}(?:[ \t]+${NAME}){0,3}){1,5}[ \t]*,[ \t]*` +
  String.raw`(?:were|have[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?(freed|released|set[ \t]+free|let[ \t]+go|repatriated|handed[ \t]+over)\b`
);

/** Right after a release verb, a release by law: on bail, from custody, by a court, without charge, pending trial. */
const LEGAL_RELEASE_AFTER = /^[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:on[ \t]+(?:bail|parole|probation|remand)\b|from[ \t]+(?:police[ \t]+)?(?:custody|detention|jail|prison)\b|by[ \t]+(?:a|the)[ \t]+(?:[a-z]+[ \t]+)?(?:court|judge|magistrate|tribunal)\b|without[ \t]+(?:charge|being[ \t]+charged)\b|pending[ \t]+(?:trial|investigation|charges?)\b|after[ \t]+questioning\b)/i;

/**
 * The count's own release after the names of its people (NAMES_THEN_RELEASE), as releaseAfterRelative gives it: the
 * names say nothing of an arrest or an abduction (`kind` undefined). Null without one.
 */
function namesThenRelease(text: string, groupEnd: number): {hit: CueHit; kind: FigureCategory | undefined} | null {
  const m = NAMES_THEN_RELEASE.exec(text.slice(groupEnd, groupEnd + 200));
  if (m === null) return null;
  const end = groupEnd + m[0].length;
  // Mend 22 F7: a release by law ("were released on bail by a court", "… without charge") is no captive's release.
  if (LEGAL_RELEASE_AFTER.test(text.slice(end, end + 70))) return null;
  return {hit: {category: "hostages_released", cue: m[1].toLowerCase(), start: end - m[1].length, end, distance: 1}, kind: undefined};
}

/** Extra distance for weak cues, in characters. */
const HELD_PENALTY = 40;
/** Cues further than this after the group phrase belong to something else. */
const MAX_RIGHT = 80;
const MAX_LEFT = 140;
/** "the bodies of 37": a body word this close makes a killed count in a hostage sentence hostages_dead. */
const BODY_REACH = 12;
const BODY_CUES = new Set(["bodies", "body", "remains of"]);
const LIVING = /\b(?:living|live|surviving|alive)\b/;
/** How close a release cue must be when only the article says whose release it is. */
const ARTICLE_RELEASE_REACH = 30;

/** A cue found in the sentence. */
export interface RawCue {
  category: FigureCategory;
  /** Lower-case cue; "taking:"/"rescue:" prefixes mark hostage-only cues, "strong:" strong held cues. */
  cue: string;
  start: number;
  end: number;
}

export interface CueHit extends RawCue {
  distance: number;
}

const FATES: ReadonlySet<FigureCategory> = new Set<FigureCategory>(["killed", "wounded", "abducted"]);
const OR_BETWEEN = /^[ \t]+or[ \t]+$/;

/**
 * True when the cue nearest the count is one of two fates joined by "or" ("more than 300 people killed or
 * abducted at the festival", "40 were killed or wounded"): the count mixes them, so it is neither (other). Two
 * cues of one fate ("killed or murdered") are one.
 *
 * @example eitherFate(sentenceCues("60 people were killed or wounded").map(...), "60 people were killed or wounded") // true
 */
function eitherFate(hits: CueHit[], text: string): boolean {
  let near: CueHit | undefined;
  for (let k = 0; k < hits.length; k++) if (FATES.has(hits[k].category) && (near === undefined || hits[k].distance < near.distance)) near = hits[k];
  if (near === undefined) return false;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h === near || !FATES.has(h.category) || h.category === near.category) continue;
    const gap = h.start >= near.end ? text.slice(near.end, h.start) : h.end <= near.start ? text.slice(h.end, near.start) : "";
    if (OR_BETWEEN.test(gap)) return true;
  }
  return false;
}

/** "… are (still) held by <captor>", "… remain in the hands of <captor>" right after a count of bodies. */
const BODIES_HELD_BY_CAPTOR = new RegExp(String.raw`^[ \t]+(?:are|were|is|was|remain|remains|remained|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+(?:still[ \t]+)?(?:being[ \t]+)?(?:held[ \t]+by|in[ \t]+the[ \t]+hands[ \t]+of)[ \t]+${CAPTOR_HOLDER}`);
const KIN_HEADS = new Set(KIN_COUNT_HEADS);
const KIN_OF = /^[ \t]+of[ \t]/;
const KIN_CATEGORIES: CategoryMap = {killed: "killed", wounded: "wounded", abducted: "abducted", displaced: "displaced", hostages_released: "hostages_released", hostages_held: "hostages_held"};

/** A comma, then a participle or "who" opening the kin's aside. */
const KIN_ASIDE_OPEN = /^,[ \t]+(?:who[ \t]|(?:[a-z]+ed|taken|held|kept|seized|shot|caught|hurt|slain)\b)/;
/** Most characters from the count's group end to the comma opening the kin's aside ("of the kidnapped fishermen"). */
const KIN_OF_REACH = 60;

/** The comma-enclosed aside [start, end) after a kin count's "of" phrase, or null ("Three wives of the chief, seized in the raid,"). */
function kinAside(text: string, groupEnd: number): {start: number; end: number} | null {
  const open = text.indexOf(",", groupEnd);
  if (open < 0 || open - groupEnd > KIN_OF_REACH || !KIN_ASIDE_OPEN.test(text.slice(open, open + 24))) return null;
  const close = text.indexOf(",", open + 1);
  return {start: open + 1, end: close < 0 ? text.length : close + 1};
}

/** The group's head is a kin noun, one word or two ("relatives", "family members", "loved ones"). */
function kinHead(group: Group): boolean {
  if (group.head && KIN_HEADS.has(group.head)) return true;
  const label = group.label;
  if (!label) return false;
  const sp = label.lastIndexOf(" ", label.lastIndexOf(" ") - 1);
  return KIN_HEADS.has(label.slice(sp + 1));
}

/**
 * The category of a count of kin before "of" ("About 200 relatives of the kidnapped students marched" → other):
 * only cues before the count or in the kin's own predicate after the "of" phrase are theirs ("gunmen killed 12
 * relatives of the mayor", "12 relatives of the mayor were abducted on Sunday").
 *
 * @example kinOfCategory(hits, "About 200 relatives of the kidnapped students marched.", 0, 19) // {category: "other", cued: false}
 */
function kinOfCategory(hits: CueHit[], text: string, groupStart: number, groupEnd: number): {category: FigureCategory; cued: boolean} {
  // "Three wives of the chief, seized in the raid, remain in captivity": an aside set off by commas right after the
  // "of" phrase (a participle or "who …") is the kin's own, and their predicate follows it (review 29 F14).
  const aside = kinAside(text, groupEnd);
  const pred = predicateStart(text, aside === null ? groupEnd : aside.end);
  const predEnd = pred < 0 ? -1 : predicateEnd(text, pred);
  const own = hits.filter((h) => h.end <= groupStart || (pred >= 0 && h.start >= pred && h.start < predEnd) || (aside !== null && h.start >= aside.start && h.start < aside.end));
  const c = nearest(own, KIN_CATEGORIES);
  return c === null ? {category: "other", cued: false} : {category: c, cued: true};
}

/**
 * All category cues of a sentence, once (a cue may signal several categories: "bodies").
 *
 * @example sentenceCues("some 1,300 people were killed").map((c) => c.category) // ["killed", "hostages_dead"]
 */
export function sentenceCues(text: string): RawCue[] {
  const out: RawCue[] = [];
  ANY_CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_CUE.exec(text))) {
    const raw = m[0];
    // "are home-based": "home" as the first part of a compound is no homecoming (round 22).
    if (text.charCodeAt(m.index + raw.length) === 45 && raw.endsWith("home")) continue;
    const typed = cueTypes(raw);
    for (let k = 0; k < typed.types.length; k++) {
      const category = typed.types[k][1];
      out.push({category, cue: typed.cues[k], start: m.index, end: m.index + raw.length});
    }
    // Overlapping longer cues ("being held" inside "still being held") are found from the next word on.
    if (typed.space > 0) ANY_CUE.lastIndex = m.index + typed.space;
  }
  return out;
}

const WHITESPACE = /\s+/g;
const SPACE = /\s/;
interface TypedCue {
  /** [prefix, category] pairs; `cues[k]` is prefix + the normalised cue. */
  types: [string, FigureCategory][];
  cues: string[];
  /** Offset of the first whitespace in the match (-1 when none). */
  space: number;
}
/** Typing per matched text: the same few dozen cues recur in every article. Bounded. */
const CUE_TYPES = new Map<string, TypedCue>();
const CUE_TYPES_MAX = 5000;

/**
 * The typed categories of a cue match. Typing the lower-cased cue with single spaces equals typing the
 * match: the typed regexes are case-insensitive and read any whitespace run as a space.
 */
function cueTypes(raw: string): TypedCue {
  let typed = CUE_TYPES.get(raw);
  if (typed) return typed;
  const cue = detach(raw.toLowerCase().replace(WHITESPACE, " "));
  typed = {types: [], cues: [], space: raw.search(SPACE)};
  // The longest phrase wins, so "exchange of fire" hides the "exchang*" inside it.
  if (!NOT_TYPED.test(cue)) {
    for (const [prefix, category, re] of TYPED) {
      if (re.test(cue)) {
        typed.types.push([prefix, category]);
        typed.cues.push(prefix + cue);
      }
    }
  }
  if (CUE_TYPES.size < CUE_TYPES_MAX) CUE_TYPES.set(detach(raw), typed);
  return typed;
}

/** A copy of `s` that does not point into the article it was cut from (cached strings must not keep articles alive). */
function detach(s: string): string {
  return ("_" + s).slice(1);
}

/**
 * Cues of `cues` inside [lo, hi) with their distance to the phrase [start, end) (cues inside the group
 * phrase count 0; the head noun itself is skipped; far cues dropped).
 *
 * @example findCues(sentenceCues(t), 0, t.length, 0, 17, -1, -1)
 */
export function findCues(cues: RawCue[], lo: number, hi: number, start: number, end: number, headStart: number, headEnd: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = firstFrom(cues, lo); i < cues.length && cues[i].start < hi; i++) {
    const c = cues[i];
    if (c.end > hi) continue;
    if (headStart >= 0 && c.start < headEnd && c.end > headStart) continue;
    const distance = c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0;
    if (c.end <= start ? distance > MAX_LEFT : distance > MAX_RIGHT) continue;
    hits.push({category: c.category, cue: c.cue, start: c.start, end: c.end, distance});
  }
  return hits;
}

export interface SentenceContext {
  hostage: boolean;
  prisoner: boolean;
  /** The only hostage word is a weak one ("captivity"): the article decides between hostages and prisoners. */
  weakHostage?: boolean;
  /** Exchange or captivity words: a return of soldiers is a release ("through such exchanges"). */
  exchange?: boolean;
  /** The article's release category for sentences without hostage/prisoner words (see article-context.ts). */
  articleRelease?: FigureCategory;
  /** "exchange"/"swap" words ("in an exchange", "prisoner swap"), not "captivity". */
  swap?: boolean;
  /** The article's lead speaks of a prisoner swap (see ArticleRelease.swap). */
  articleSwap?: boolean;
  /** An armed group frees people in the sentence (captorRelease): their release is a hostage release. */
  captor?: boolean;
  /** The day counts the article states as a captivity (ArticleRelease.statedDays); empty when unknown. */
  articleDays?: ReadonlySet<number>;
}

/**
 * The context facts of one sentence, each computed on first read: most figures are decided by their head
 * noun ("hostages", "prisoners") before any is asked. The article's release category is likewise counted
 * only when a figure needs it (see ArticleRelease).
 */
class LazySentenceContext implements SentenceContext {
  private readonly t: string;
  private readonly release: FigureCategory | ArticleRelease | undefined;
  /** -1 not yet computed, else 0/1. */
  private strongState = -1;
  private weakState = -1;
  private prisonerState = -1;
  private exchangeState = -1;
  private swapState = -1;
  private captorState = -1;

  constructor(text: string, release: FigureCategory | ArticleRelease | undefined) {
    this.t = text.length > 4000 ? text.slice(0, 4000) : text;
    this.release = release;
  }

  private get strong(): boolean {
    if (this.strongState < 0) this.strongState = HOSTAGE_CTX.test(this.t) || hijackHostage(this.t) ? 1 : 0;
    return this.strongState === 1;
  }

  get weakHostage(): boolean {
    if (this.weakState < 0) this.weakState = !this.strong && (WEAK_HOSTAGE_CTX.test(this.t) || DAYS_IN_CAPTOR_HANDS.test(this.t) || heldByCaptor(this.t)) ? 1 : 0;
    return this.weakState === 1;
  }

  get hostage(): boolean {
    return this.strong || this.weakHostage;
  }

  get prisoner(): boolean {
    if (this.prisonerState < 0) this.prisonerState = PRISONER_CTX.test(this.t) ? 1 : 0;
    return this.prisonerState === 1;
  }

  get exchange(): boolean {
    if (this.exchangeState < 0) this.exchangeState = EXCHANGE_CTX.test(this.t) ? 1 : 0;
    return this.exchangeState === 1 || this.weakHostage;
  }

  get swap(): boolean {
    if (this.swapState < 0) this.swapState = SWAP_CTX.test(this.t) ? 1 : 0;
    return this.swapState === 1;
  }

  get captor(): boolean {
    if (this.captorState < 0) this.captorState = captorRelease(this.t) ? 1 : 0;
    return this.captorState === 1;
  }

  get articleRelease(): FigureCategory | undefined {
    const r = this.release;
    return typeof r === "object" ? r.get() : r;
  }

  get articleDays(): ReadonlySet<number> {
    const r = this.release;
    return typeof r === "object" ? r.statedDays() : NO_DAYS;
  }

  get articleSwap(): boolean {
    const r = this.release;
    return typeof r === "object" && r.swap();
  }
}

const NO_DAYS: ReadonlySet<number> = new Set();

/** HELD_BY_CAPTOR_NOUN, asked only of a sentence that has " by " at all (most have none near a holding verb). */
function heldByCaptor(t: string): boolean {
  return t.includes(" by ") && HELD_BY_CAPTOR_NOUN.test(t);
}

/**
 * Whether a sentence speaks of hostages or prisoners at all (decides what "freed 12 people" counts).
 * `articleRelease` is the category itself or the article's lazy ArticleRelease.
 *
 * @example sentenceContext("The rebels freed 12 hostages").hostage // true
 */
export function sentenceContext(text: string, articleRelease?: FigureCategory | ArticleRelease): SentenceContext {
  return new LazySentenceContext(text, articleRelease);
}

/** Cues that only apply to hostage heads ("taking:" abductions, "rescue:" releases). */
function isTaking(h: CueHit): boolean {
  return h.cue.startsWith("taking:") || h.cue.startsWith("rescue:");
}

function isStrong(h: CueHit): boolean {
  return h.cue.startsWith("strong:");
}

/*
 * The loops below are what categorize did with `hits.filter((h) => …)`, `hits.some(…)` and `filter(…).sort(…)[0]`
 * (the same hits in the same order): TurboFan inlines each array builtin and its arrow callback into categorize, and
 * with them categorize was stage 05's costliest compile (about 18 MB of compiler zone, 14 MB with the loops).
 */

/** The hits without hostage-only cues ("hits.filter((h) => !isTaking(h))"); `hits` itself when there are none. */
function withoutTaking(hits: CueHit[]): CueHit[] {
  let k = 0;
  while (k < hits.length && !isTaking(hits[k])) k++;
  if (k === hits.length) return hits;
  const out = hits.slice(0, k);
  for (k++; k < hits.length; k++) if (!isTaking(hits[k])) out.push(hits[k]);
  return out;
}

/** The hits without strong held cues ("hits.filter((h) => !isStrong(h))"); `hits` itself when there are none. */
function withoutStrong(hits: CueHit[]): CueHit[] {
  let k = 0;
  while (k < hits.length && !isStrong(hits[k])) k++;
  if (k === hits.length) return hits;
  const out = hits.slice(0, k);
  for (k++; k < hits.length; k++) if (!isStrong(hits[k])) out.push(hits[k]);
  return out;
}

/**
 * What perpetrators counted at `groupEnd` suffered themselves: the first death or wound after them told in the
 * passive ("12 gunmen were killed") or as the state a leaving verb left them in ("left two of the gunmen dead":
 * leftInState), else "other" ("12 gunmen attacked the convoy").
 */
function perpetratorsOwn(hits: CueHit[], text: string, groupEnd: number, groupStart: number): FigureCategory {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if ((h.category === "killed" || h.category === "wounded") && h.start >= groupEnd && groupEnd >= 0 &&
      (PASSIVE_GAP.test(text.slice(groupEnd, h.start)) || leftInState(text, groupStart, groupEnd, h))) return h.category;
    // An active killing verb with the count as its object: "Rangers shot dead three poachers", "Soldiers killed 12
    // smugglers".
    if ((h.category === "killed" || h.category === "wounded") && groupStart >= 0 && h.end <= groupStart && groupStart - h.end <= 3 &&
      VERB_OBJECT_GAP.test(text.slice(h.end, groupStart))) return h.category;
  }
  return "other";
}

/** Between an active verb and its object count: blanks only ("killed 12 smugglers"). */
const VERB_OBJECT_GAP = /^[ \t]+$/;

/** "left", "leaving", "leaves", "leave" right before a count (a resultative: "left three gunmen dead"). */
const LEFT_BEFORE = /\b(?:left|leaving|leaves|leave)[ \t]+$/i;

/**
 * True when a state cue stands right after the group (blanks only between) and a leaving verb right before it: "an
 * ambush that left two of the gunmen dead", "leaving 12 gunmen wounded" (a resultative: the state is the
 * counted people's own).
 */
function leftInState(text: string, groupStart: number, groupEnd: number, h: CueHit): boolean {
  if (groupStart < 5 || !allBlankBetween(text, groupEnd, h.start)) return false;
  return LEFT_BEFORE.test(text.slice(Math.max(0, groupStart - 10), groupStart));
}

/** True when only blanks (at least one) stand in [from, to). */
function allBlankBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isBlank(codeAt(text, k))) return false;
  return true;
}

/**
 * The nearest release hit, the first of equally near ones (what a stable sort by distance put first); the caller
 * knows there is one.
 */
function nearestRelease(hits: CueHit[]): CueHit {
  let best: CueHit | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.category === "hostages_released" && (best === undefined || h.distance < best.distance)) best = h;
  }
  return best!;
}

type CategoryMap = Readonly<Partial<Record<FigureCategory, FigureCategory>>>;
/** Which cue categories a head may take, and what each becomes (module-level: built once, read per figure). */
const LIVING_HOSTAGE_CATEGORIES: CategoryMap = {hostages_released: "hostages_released", abducted: "abducted", hostages_held: "hostages_held"};
const HOSTAGE_CATEGORIES: CategoryMap = {
  hostages_dead: "hostages_dead", killed: "hostages_dead", hostages_released: "hostages_released", abducted: "abducted", hostages_held: "hostages_held"
};
const PRISONER_CATEGORIES: CategoryMap = {hostages_released: "prisoners_released", killed: "killed", wounded: "wounded"};
const SOLDIER_CATEGORIES: CategoryMap = {hostages_released: "hostages_released", killed: "killed", wounded: "wounded", abducted: "abducted", displaced: "displaced", other: "other"};
const HELD_PENALTIES: Readonly<Partial<Record<FigureCategory, number>>> = {hostages_held: HELD_PENALTY};
const NO_PENALTIES: Readonly<Partial<Record<FigureCategory, number>>> = {};

/** Generic people: the casualty categories, a release as `released` says (when known), and held. */
function genericCategories(released: FigureCategory | undefined): CategoryMap {
  const allowed: Partial<Record<FigureCategory, FigureCategory>> = {
    killed: "killed", wounded: "wounded", abducted: "abducted", displaced: "displaced", other: "other"
  };
  if (released) allowed.hostages_released = released;
  allowed.hostages_held = "hostages_held";
  return allowed;
}
const GENERIC_NO_RELEASE = genericCategories(undefined);
const GENERIC_HOSTAGE_RELEASE = genericCategories("hostages_released");
const GENERIC_PRISONER_RELEASE = genericCategories("prisoners_released");

function nearest(hits: CueHit[], allowed: CategoryMap, penalty: Readonly<Partial<Record<FigureCategory, number>>> = NO_PENALTIES): FigureCategory | null {
  let best: FigureCategory | null = null;
  let bestD = Infinity;
  for (const h of hits) {
    const to = allowed[h.category];
    if (!to) continue;
    const d = h.distance + (penalty[h.category] ?? 0);
    if (d < bestD) {
      bestD = d;
      best = to;
    }
  }
  return best;
}

/**
 * Category of one figure. `hits` come from findCues over its clause window; `context` says whether the
 * sentence has hostage/prisoner words (see sentenceContext), used when the head noun is generic.
 *
 * @example categorize(group, hits, sentenceContext(text)) // "killed"
 */
export function categorize(group: Group, hits: CueHit[], context: SentenceContext, text = "", groupEnd = -1, groupStart = -1): {category: FigureCategory; cued: boolean; fallback?: boolean} {
  const head = group.head;
  if (group.kind === "days") return {category: "captivity_days", cued: true};
  // "The gang still holds 12 captives, two of them dead": the aside's cues are the part's, not the twelve's.
  const aside = partAsideSpan(text, groupEnd);
  if (aside !== null) hits = hits.filter((h) => h.start < aside.start || h.start >= aside.end);
  // "Seven soldiers deployed to the border were killed": the describing participle yields to the count's own verb.
  hits = reducedRelativeOther(hits, text, groupEnd);
  // "Twelve hostages have not been released": a negated cue tells what did not happen.
  hits = withoutNegated(hits, text);
  // "between 12 and 15 gunmen attacked the convoy": what perpetrators did is not what happened to them.
  if (head && PERPETRATOR_HEADS.has(head)) {
    return {category: perpetratorsOwn(hits, text, groupEnd, groupStart), cued: true};
  }
  if (head && (head === "bodies" || head === "body")) {
    return {category: context.hostage ? "hostages_dead" : "killed", cued: true};
  }
  const byHead = head ? HEAD_CATEGORY_OF.get(head) : undefined;
  // Session 32: a part of the wounded or missing who died since ("Another four of the injured died in hospital
  // overnight") counts deaths: the death after the group outweighs the state its head names.
  if (byHead && byHead !== "killed" && diedAfter(hits, groupEnd) && partOfWhole(group, text, groupStart, groupEnd)) return {category: "killed", cued: true};
  if (byHead) return {category: byHead, cued: true};
  // Session 32: "the gang has between 3,000 and 4,000 members" counts a membership; "officials moved 300 residents to a
  // school" counts the displaced, whatever cue stands nearer ("60 stranded drivers were walked down to the camp").
  if (membershipCount(text, groupStart, head)) return {category: "other", cued: true};
  // Round 34: "asked for maize for nearly 12,000 people in need" after "registering the displaced": people counted by
  // their need, as the count's phrase ends (not "9,000 people in need of aid have fled": their own verb decides).
  // Mend 34 F1: only a count that is the object of "for" or "to" (aid "for nearly 12,000 people in need"), with no cue in
  // its own phrase ("12,000 displaced people"): "Floods have displaced 9,000 people in need of shelter" keeps its verb.
  if (groupEnd >= 0 && groupStart >= 0 && text.charCodeAt(groupEnd + 1) === 105 /* "i" */ && IN_NEED_END.test(text.slice(groupEnd, groupEnd + 50)) &&
    NEED_RECIPIENT_BEFORE.test(text.slice(Math.max(0, groupStart - 40), groupStart)) && !hits.some((h) => h.start >= groupStart && h.start < groupEnd)) return {category: "other", cued: true};
  if (movedAway(text, groupStart, groupEnd, head)) return {category: "displaced", cued: true};
  if (!(head && (HOSTAGE_HEADS.has(head) || PRISONER_HEADS.has(head))) && eitherFate(hits, text)) return {category: "other", cued: true};
  if (head && kinHead(group) && groupEnd >= 0 && KIN_OF.test(text.slice(groupEnd, groupEnd + 5))) return kinOfCategory(hits, text, groupStart, groupEnd);
  // Mend 22 F1 addendum: "are (now) home" is a return only for a part of a whole ("Fourteen of the villagers are
  // home"), a captive head, or in an exchange; "40,000 pupils are now home" after schools closed is staying home.
  // Asked only when an "are home" cue is there (few counts have one): the part-of regexes and the exchange context
  // are read for those alone.
  // Session 32: also people seized before ("Seventeen fishermen seized off the islands are home after mediation").
  if (hits.some((h) => ARE_HOME_CUES.has(h.cue)) && !(head && CAPTIVE_HEADS.has(head)) && !partOfWhole(group, text, groupStart, groupEnd) && !context.exchange &&
    !(groupEnd >= 0 && SEIZED_OR_HELD_NEXT.test(text.slice(groupEnd, groupEnd + 14)))) {
    hits = hits.filter((h) => !ARE_HOME_CUES.has(h.cue));
  }
  // "how quiet diplomacy brought two nurses home": the verb and "home" around the count are one release cue.
  // Soldiers flown home from the front are no release: only with exchange or captivity words around.
  const home = bringHome(text, groupStart, groupEnd) ?? getOut(text, groupStart, groupEnd, head ?? null);
  if (home !== null && !(head && SOLDIER_HEADS.has(head) && !context.exchange)) hits = [...hits, home];
  // "Four pilots, now back in Lagos": a return home told by the place.
  // Session 32: also past one comma aside ("The two sailors, seized off Aden in May 2024, were back on Indian soil"),
  // and "home after 52 days in custody".
  const back = home === null ? (backInPlace(text, groupEnd) ?? backInPlaceAfterAside(text, groupEnd) ?? returnAfterCustody(text, groupEnd)) : null;
  if (back !== null && !(head && SOLDIER_HEADS.has(head) && !context.exchange)) hits = [...hits, back];
  // "Two aid workers kidnapped in May have been freed": the participle tells their past, the verb what happened.
  const withParticiple = hits;
  hits = laterRelease(hits, text, groupEnd, groupStart);
  // The release after such a participle is the count's own verb, however far: the article may say whose it is.
  // Session 33: so is a passive release right after the count's phrase, past a modifier or one coordinated noun phrase
  // ("three women with Russian citizenship were released by Hamas", "Four crew members and an engineer were freed").
  let ownRelease = hits !== withParticiple || ownPassiveRelease(text, groupEnd, hits);
  // Round 34: past a restrictive relative clause ("Fourteen miners who were marched off their bus … were released"),
  // the release is the count's own verb, and the relative's cues ("marched") tell the past only; only in a story
  // whose release kind is known ("Twelve patients who were admitted with burns were released" is a discharge).
  if (!ownRelease) {
    const rel = ownReleaseAfterRelative(text, groupEnd);
    if (rel !== null && (context.captor === true || releaseOf(context) !== undefined)) {
      hits = [...hits.filter((h) => h.start <= groupEnd || h.start > rel.end), rel];
      ownRelease = true;
    }
  }
  // "9 freed detainees needed treatment for injuries": a death or wound said after the group outweighs its label.
  hits = labelOutweighed(hits, group, groupStart, groupEnd, text);
  // Arrays are copied only when a prefixed cue is there to drop (most sentences have none).
  const generic = withoutTaking(hits);
  if (head && HOSTAGE_HEADS.has(head)) {
    const held = withoutStrong(hits);
    // "25 living hostages and the bodies of eight others": living hostages are not the dead ones.
    const living = group.label !== null && LIVING.test(group.label);
    // "the bodies of 12 hostages are still held": the held are dead.
    if (stillHeld(text, groupStart, groupEnd, hits)) return {category: bodiesBefore(hits, groupStart) ? "hostages_dead" : "hostages_held", cued: true};
    // Session 33: "Hamas is still holding 59 hostages abducted during the raid": a holding verb right before the count is
    // its state; the seizure participle after it is the hostages' past.
    if (holdBefore(text, groupStart) === HOLDS && !bodiesBefore(hits, groupStart)) return {category: "hostages_held", cued: true};
    const c = nearest(held, living ? LIVING_HOSTAGE_CATEGORIES : HOSTAGE_CATEGORIES, HELD_PENALTIES);
    // No cue of its own: hostages are held by default, and a coordinated count may still say otherwise
    // ("Four hostages and 200 prisoners were released": the verb after the second noun is the first's too).
    if (c === "hostages_released" && swapSeriesCaptives(head, text, groupStart)) return {category: "prisoners_released", cued: true};
    return c === null ? {category: "hostages_held", cued: true, fallback: true} : {category: c, cued: true};
  }
  if (head && PRISONER_HEADS.has(head)) {
    // "The regime still holds 600 political prisoners", "800 prisoners remain behind bars": still held.
    if (prisonersHeld(text, groupStart, groupEnd, hits)) return {category: "hostages_held", cued: true};
    const c = nearest(generic, PRISONER_CATEGORIES);
    // "Each of the six buses carried 20 to 30 detainees" in a prisoner-swap story: carried in the swap, freed.
    if (c === null && carriedInSwap(text, groupStart, groupEnd, context)) return {category: "prisoners_released", cued: true};
    return {category: c ?? "other", cued: c !== null};
  }
  // "handed over the remains of 3 kidnapped engineers": a body word right before the count says they are dead,
  // whatever their own participle says.
  // Bodies that a captor holds are the dead held captive, hostage words or not: "the bodies of at least 12 others are
  // held by the gang" (not "held at the city morgue", "in the hands of forensic experts": review 29 F4).
  if (bodiesBefore(hits, groupStart)) return {category: context.hostage || BODIES_HELD_BY_CAPTOR.test(text.slice(groupEnd, groupEnd + 80)) ? "hostages_dead" : "killed", cued: true};
  // "… to release all hostages holding Kenyan citizenship, at least four of whom are still in Darfur": a part of
  // people named before (no count of its own), in a hostage sentence, with its own copula of being still held.
  if (group.partitive && group.kind === "none" && heldPartOfWhom(text, groupEnd, groupStart, hits) && context.hostage) return {category: "hostages_held", cued: true};
  // "to free the nine fishermen they still hold": a relative clause right after the count whose pronoun holds them.
  // (Not after a release done before the count: "the rebels released the 14 villagers they are holding".)
  if (head && group.kind === "person" && heldByPronounAfter(text, groupEnd) && !doneReleaseBefore(text, hits, groupStart)) {
    return {category: "hostages_held", cued: true};
  }
  // "The junta still holds 12 Canadians", "40 soldiers are still believed to be held by the rebels".
  if (head && group.kind === "person" && groupHeldCaptives(text, groupStart, groupEnd, head, group, hits, context)) {
    return {category: "hostages_held", cued: true};
  }
  // Only release cues depend on the sentence's hostage/prisoner words (and on the article's release), only
  // held cues and body words on its hostage words: the context (a regex each, see LazySentenceContext) is read
  // when such a cue is there.
  let hasRelease = false;
  let hasHeld = false;
  for (let k = 0; k < generic.length; k++) {
    const h = generic[k];
    if (h.category === "hostages_released") hasRelease = true;
    else if (h.category === "hostages_held") hasHeld = true;
  }
  // Soldiers freed in an exchange or returned home are prisoners of war; freed by captors with hostage words, hostages.
  if (hasRelease && head && SOLDIER_HEADS.has(head)) {
    const rel = nearest(generic, SOLDIER_CATEGORIES);
    if (rel === "hostages_released") {
      const best = nearestRelease(generic);
      const exchange = EXCHANGE.has(best.cue) || /^(?:exchang|swap)/.test(best.cue);
      const passive = PASSIVE_BEFORE.test(text.slice(Math.max(0, best.start - 30), best.start));
      // "released by the militia together with two soldiers": the sentence, else the article, says whose release.
      if (!exchange) return {category: releaseOf(context) ?? "prisoners_released", cued: true};
      if (context.exchange || passive) return {category: "prisoners_released", cued: true};
    }
  }
  // "the 157 servicemen were flown from Minsk to Moscow" in a prisoner-swap story: carried in the swap, freed
  // (as prisoners are, see carriedInSwap); with a cue of their own ("were flown to hospital wounded") it decides.
  if (!hasRelease && head && SOLDIER_HEADS.has(head) && nearest(generic, SOLDIER_CATEGORIES) === null &&
    carriedInSwap(text, groupStart, groupEnd, context)) return {category: "prisoners_released", cued: true};
  let allowed = GENERIC_NO_RELEASE;
  let fromArticle = false;
  if (hasRelease) {
    // "ending their ordeal, pirates let the crew go and freed two cooks": an armed group's release frees hostages
    // (not in a swap: "the militia freed 9 Jordanians in a swap with the army" are prisoners).
    const byCaptors = context.captor === true && context.swap !== true;
    const released = byCaptors ? "hostages_released" : releaseOf(context);
    allowed = released === "hostages_released" ? GENERIC_HOSTAGE_RELEASE : released === "prisoners_released" ? GENERIC_PRISONER_RELEASE : released ? genericCategories(released) : GENERIC_NO_RELEASE;
    fromArticle = !byCaptors && !releaseFromSentence(context);
  }
  const hostageCtx = hasHeld && context.hostage;
  // Generic people are hostages only with hostage words around, or a strong cue ("being held").
  // A release read from the article alone must be close and outside the group: "the release of two
  // nationals" counts, "40 of the freed men needed care" or a far "exchange of missile strikes" does not.
  // "received the 17 freed Saudis": a release word between the number and the noun names freed people, whose
  // release the article's kind is ("40 of the freed men" is a part: its own verb decides).
  const usable: CueHit[] = [];
  for (let k = 0; k < generic.length; k++) {
    const h = generic[k];
    if ((h.category !== "hostages_held" || hostageCtx || h.cue.startsWith("strong:")) &&
      !(fromArticle && h.category === "hostages_released" && ((h.distance === 0 && !releaseLabel(h, group, groupStart, text)) || (h.distance > ARTICLE_RELEASE_REACH && !ownRelease) ||
        returnToPlace(h, text, groupStart, groupEnd)))) usable.push(h);
  }
  const c = nearest(usable, allowed, HELD_PENALTIES);
  // "called on the gang to free the two remaining drivers": people who remain in a hostage story, their release still
  // to come, are still held, as "the remaining 14 hostages" are (round 23; their own verb after the count still
  // decides: stillHeld). "Remaining" says their state; "the last two" only their place in a series of releases.
  // Only under a request to free them (mend 23 F9: "the remaining 40 passengers were allowed to leave" were freed).
  if (c === "hostages_released" && head && group.kind === "person" && groupStart >= 0 && occursWithin(text, REMAINING_WORD, Math.max(0, groupStart - 12), groupEnd) &&
    releaseRequestedBefore(text, groupStart) && stillHeld(text, groupStart, groupEnd, hits)) return {category: "hostages_held", cued: true};
  // "the bodies of 37 have been recovered" in a hostage sentence: hostages dead, not a death toll.
  if (c === "killed" && bodyNear(usable) && context.hostage) return {category: "hostages_dead", cued: true};
  return {category: c ?? "other", cued: c !== null};
}

/** " in need" (of aid, food …, model NEED_OBJECTS) closing the count's clause: people counted by their need. */
const IN_NEED_END = new RegExp(String.raw`^[ \t]+in[ \t]+need(?:[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:${NEED_OBJECTS.join("|")}))?[ \t]*(?:[.,;:!?)]|$)`);

/** Mend 34 F1: "for" or "to" (and a hedge) right before a count in need: the people aid is for. */
const NEED_RECIPIENT_BEFORE = /\b(?:for|to)[ \t]+(?:(?:nearly|almost|some|about|around|roughly|approximately|over|more[ \t]+than|at[ \t]+least|up[ \t]+to|an[ \t]+estimated|another|the)[ \t]+)?$/i;

/** A return verb's cue words (CATEGORY_CUES hostages_released) that a place after "to their" can make a homecoming. */
const RETURN_CUES = new Set(["returned", "return", "returns", "returning", "are returning", "were returning"]);
/** "to their districts", "to their villages" (model RETURN_PLACES) right after the return verb. */
const TO_THEIR_PLACE = new RegExp(String.raw`^[ \t]+to[ \t]+their[ \t]+(?:${RETURN_PLACES.join("|")})\b`, "i");

/** A release word in the count's own phrase: "the 12 freed fishermen" are freed people wherever they go. */
const FREED_IN_LABEL = /\b(?:freed|released|liberated|repatriated|rescued|pardoned)\b/i;

/** Session 33: between a count's phrase and its own passive release verb: a modifier or a coordinated phrase, then the auxiliary. */
const OWN_PASSIVE_GAP = /^(?:[ \t]+(?:with|from|of|in|and)[ \t]+[^,;:.!?"“”]{1,40}?)?[ \t]+(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+$/;
/** Most characters between a count's phrase and its own passive release verb (OWN_PASSIVE_GAP). */
const OWN_PASSIVE_REACH = 70;

/**
 * True when a release cue of `hits` is the passive verb of the count's own clause: only a modifier or a coordinated
 * noun phrase and the auxiliary stand between the count's phrase (ending at `groupEnd`) and it.
 *
 * @example ownPassiveRelease("three women with Russian citizenship were released by the militia", 11, hits) // true
 */
function ownPassiveRelease(text: string, groupEnd: number, hits: readonly CueHit[]): boolean {
  if (groupEnd < 0) return false;
  for (const h of hits) {
    if (h.category === "hostages_released" && h.start > groupEnd && h.start - groupEnd <= OWN_PASSIVE_REACH && OWN_PASSIVE_GAP.test(text.slice(groupEnd, h.start))) return true;
  }
  return false;
}

/**
 * Round 34: a restrictive relative clause with no comma between the count's phrase and its own plural passive release
 * ("Fourteen miners who were marched off their bus near the pit last Friday were released on Sunday"): the relative
 * tells their past, "were released" is the count's verb. The relative may carry no second clause (no "said", "and",
 * "but", no pronoun subject, no other relative), so "Four crew members who were seized told reporters the engineer
 * was released" stays another person's release. Group 1 is the release verb.
 */
const OWN_RELATIVE_RELEASE = /^(?:[ \t]+(?:with|from|of|in)[ \t]+[^,;:.!?"“”]{1,40}?)?[ \t]+(?:who|that)[ \t]+(?:were|had[ \t]+been|have[ \t]+been)[ \t]+([a-z]+[^,;:.!?()"“”]{1,110}?)[ \t]+(?:were|have[ \t]+been|had[ \t]+been)[ \t]+(freed|released|set[ \t]+free|repatriated|handed[ \t]+over)\b/;
// Mend 34 F9: not "were let go" ("Twenty workers who were hired for the harvest were let go on Friday" is a lay-off).
/** Words that open a second clause inside OWN_RELATIVE_RELEASE's relative: its verb is then someone else's. */
const RELATIVE_SECOND_CLAUSE = /\b(?:said|says|say|told|tell|and|but|or|while|whom|which|who|that|they|he|she|it|we)\b/;
/** Mend 34 F2: a relative that tells wounds or care: the release after it is a discharge. */
const RELATIVE_CARE = /\b(?:wounded|injured|hurt|burned|burnt|treated|admitted|hospitali[sz]ed|taken[ \t]+to[ \t]+hospital|rushed[ \t]+to[ \t]+hospital)\b/;
/** Mend 34 F10: a relative that tells how the people were taken (the round's "marched off their bus", "led into the hills"). */
const RELATIVE_TAKEN = /\b(?:marched|led|taken|seized|abducted|kidnapped|snatched|grabbed|dragged|herded|hauled|forced|pulled|carried|driven|held|kept|captured)\b/;
/** Mend 34 F2: what follows a release that is not a captive's ("released from hospital", "released on bail"). */
const RELEASE_NOT_CAPTIVE_AFTER = /^[ \t]+(?:from[ \t]+(?:the[ \t]+|a[ \t]+)?(?:hospitals?|clinics?|care|intensive|treatment)|on[ \t]+(?:bail|parole|licence|license|probation)|after[ \t]+treatment)\b/;
/** Most characters read after a count's phrase for OWN_RELATIVE_RELEASE. */
const OWN_RELATIVE_REACH = 190;

/** Whether " who " or " that " starts within 50 characters after `from` (a bounded scan: no search to the line's end). */
function relativeNear(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 50);
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) !== 32) continue;
    const c = text.charCodeAt(k + 1);
    if ((c === 119 && text.startsWith("who ", k + 1)) || (c === 116 && text.startsWith("that ", k + 1))) return true;
  }
  return false;
}

/**
 * The count's own release past a restrictive relative clause (OWN_RELATIVE_RELEASE) as a cue hit, or null. Read from
 * the text: the verb may lie past the cue window's right reach. Only counts with " who " or " that " within 50
 * characters after their phrase reach the regex.
 *
 * @example ownReleaseAfterRelative("Fourteen miners who were marched off their bus last Friday were released", 15) // a "released" hit
 */
function ownReleaseAfterRelative(text: string, groupEnd: number): CueHit | null {
  if (groupEnd < 0) return null;
  if (!relativeNear(text, groupEnd)) return null;
  const m = OWN_RELATIVE_RELEASE.exec(text.slice(groupEnd, groupEnd + OWN_RELATIVE_REACH));
  if (m === null || RELATIVE_SECOND_CLAUSE.test(m[1])) return null;
  // Mend 34 F2: a relative of care ("Twelve soldiers who were wounded in the rescue were released from hospital") tells
  // a discharge, not a captive's release; so does a release "from hospital" or "on bail" whatever the relative.
  if (RELATIVE_CARE.test(m[1])) return null;
  // Mend 34 F10: and only a relative that tells a taking ("marched", "led", "seized" …): miners "who were trapped
  // underground" or men "who were convicted" and then freed or released are no captives, whatever the story.
  if (!RELATIVE_TAKEN.test(m[1])) return null;
  const end = groupEnd + m[0].length;
  if (RELEASE_NOT_CAPTIVE_AFTER.test(text.slice(end, end + 30))) return null;
  const start = end - m[2].length;
  // The count's own verb: nearer than any cue left in its window (distance 0 would read as a label's word).
  return {category: "hostages_released", cue: m[2].toLowerCase(), start, end, distance: 1};
}

/**
 * Whether release cue `h` is a return to the people's districts, villages or towns ("About 600,000 people have
 * returned to their districts"): going back after fleeing, which the article's release must not make a release.
 * Not when the count's phrase [`groupStart`, `groupEnd`) names them freed ("the 12 freed fishermen returned to their
 * villages").
 */
function returnToPlace(h: CueHit, text: string, groupStart: number, groupEnd: number): boolean {
  return RETURN_CUES.has(h.cue) && TO_THEIR_PLACE.test(text.slice(h.end, h.end + 40)) &&
    !(groupStart >= 0 && groupEnd > groupStart && FREED_IN_LABEL.test(text.slice(groupStart, groupEnd)));
}

/**
 * "returned 70 of its citizens from captivity … in an exchange": a swap with only "captivity" is a prisoner swap.
 * "1,358 Ukrainians released from Russian captivity" in a prisoner-exchange story are prisoners.
 * Returns whose release the sentence's own words say, or null when they say neither.
 */
function releaseFromSentence(context: SentenceContext): FigureCategory | null {
  const prisonerCtx = context.prisoner || (context.weakHostage === true && context.swap === true);
  const releaseHostage = context.hostage && !(context.weakHostage && (prisonerCtx || context.articleRelease === "prisoners_released"));
  return releaseHostage ? "hostages_released" : prisonerCtx ? "prisoners_released" : null;
}

/**
 * What a release of generic people is: the sentence's words decide, else the article's (may be undefined).
 *
 * @example releaseOf(sentenceContext("The freed detainees include 12 women")) // "prisoners_released"
 */
export function releaseOf(context: SentenceContext): FigureCategory | undefined {
  return releaseFromSentence(context) ?? context.articleRelease;
}

/** A carrying verb right before the count ("the flights carried 30 to 40 detainees") or right after it ("500 detainees flown between …"). */
const CARRIED_BEFORE = /\b(?:carried|carrying|carries|flew|flying|airlifted|bused|bussed|ferried)[ \t]+(?:the[ \t]+|some[ \t]+|about[ \t]+)?$/i;
const CARRIED_AFTER = /^[ \t]+(?:(?:were|was|being|had[ \t]+been|have[ \t]+been)[ \t]+)?(?:flown|airlifted|bused|bussed|ferried|carried)\b/i;

/**
 * True when prisoners are carried by plane, bus or boat in a story about a prisoner swap (the sentence or the
 * article's lead names one): the transport is the swap. ("Guards bused 40
 * inmates to a new prison" in a story with no release stays other.)
 */
function carriedInSwap(text: string, groupStart: number, groupEnd: number, context: SentenceContext): boolean {
  if (groupStart < 0 || groupEnd < 0) return false;
  const carried = CARRIED_BEFORE.test(text.slice(Math.max(0, groupStart - 24), groupStart)) || CARRIED_AFTER.test(text.slice(groupEnd, groupEnd + 30));
  return carried && (context.swap === true || context.articleSwap === true);
}

/** A bringing verb right before a count, and "home" right after it ("brought two nurses home", "flew 30 detainees back home"). */
const BRING_BEFORE = /\b(?:brought|bring|brings|bringing|flew|flown|fly|flies|flying)[ \t]+(?:back[ \t]+)?(?:the[ \t]+)?$/i;
const HOME_AFTER = /^[ \t]+(?:back[ \t]+)?home\b/i;

/**
 * A release cue for "<bring> <count> home" (the words are apart, so no phrase cue sees them), at distance 1;
 * null otherwise. Only a count followed by " home" or " back" reaches the regexes.
 *
 * @example bringHome("Rome brought three nurses home", 13, 26)?.category // "hostages_released"
 */
export function bringHome(text: string, groupStart: number, groupEnd: number): CueHit | null {
  if (groupEnd < 0 || groupStart <= 0 || !isBlank(codeAt(text, groupEnd))) return null;
  const c = codeAt(text, groupEnd + 1) | 32;
  if (c !== 104 && c !== 98) return null;
  const m = HOME_AFTER.exec(text.slice(groupEnd, groupEnd + 12));
  if (m === null || !BRING_BEFORE.test(text.slice(Math.max(0, groupStart - 24), groupStart))) return null;
  return {category: "hostages_released", cue: "brought home", start: groupEnd, end: groupEnd + m[0].length, distance: 1};
}

/** A getting verb right before a count, and "out" right after it ("got two nurses out of the camp"). */
const GET_BEFORE = /\b(?:get|gets|got|getting|gotten)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?$/i;
/** "out" or "out of <not a number>" ("two hostages out of 40" is a share, no release). */
const OUT_AFTER = /^[ \t]+out\b(?![ \t]+of[ \t]+(?:the[ \t]+)?(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+total)\b))/i;

/**
 * Mend 22 F6: where "out of" takes people from captivity (captivity, prison, a camp, a named place such as "out of
 * Libya"), not from a vehicle, water, a building or rubble ("got 14 passengers out of the bus" is a rescue).
 */
const OUT_OF_CAPTIVITY = /^[ \t]+out[ \t]+of[ \t]+(?:captivity\b|prison\b|jail\b|detention\b|(?:the|a|their|its)[ \t]+(?:[a-z]+[ \t]+)?(?:camp|prison|jail|cell|compound|dungeon|enclave|forest|bush)\b|[A-Z][a-z]+\b)/;
const CAPTIVE_HEADS = new Set([...HOSTAGE_NOUNS, ...PRISONER_NOUNS]);
/** The present copula with "home" (round 22): a return only for a part, a captive head or in an exchange (categorize). */
/** "Fourteen of the villagers", "Nine of the 12 nurses": the count is a part (of a whole told elsewhere). */
const PART_OF = /^[\w,.-]+(?:[ \t]+[\w-]+)?[ \t]+of[ \t]+(?:the|them|those|these|whom|their|our|\d)/i;
/** "the 12 nurses who were abducted are home": a relative clause says they were captives. */
const CAPTIVE_RELATIVE = /^[ \t]*,?[ \t]*(?:who|that)[ \t]+(?:were|had[ \t]+been|have[ \t]+been)[ \t]+(?:taken|abducted|kidnapped|seized|held|captured|detained)\b/i;
/** "Our 12 fishermen are home", "their five cousins", "the last four pilots": people someone is missing. */
const OWNED_BEFORE = /\b(?:our|their|his|her|my|the[ \t]+(?:remaining|last|other))[ \t]+(?:[a-z]+[ \t]+)?$/i;
/**
 * Whether the count is a part of a whole or of someone's people: "Fourteen of the villagers", "our two sons", "12
 * who were abducted" (see categorize's "are home").
 */
function partOfWhole(group: Group, text: string, groupStart: number, groupEnd: number): boolean {
  return group.partitive || (groupStart >= 0 && (PART_OF.test(text.slice(groupStart, groupStart + 40)) || OWNED_BEFORE.test(text.slice(Math.max(0, groupStart - 30), groupStart)))) ||
    (groupEnd >= 0 && CAPTIVE_RELATIVE.test(text.slice(groupEnd, groupEnd + 50)));
}
const ARE_HOME_CUES = new Set(["are home", "are now home", "are safely home", "are finally home"]);

/**
 * A release cue for "<get> <count> out" (round 22: getting captives out is freeing them, "the envoy got three
 * hostages out of the compound"), at distance 1; null otherwise. Mend 22 F6: only for a captive head (hostages,
 * captives, prisoners …) or "out of" a place of captivity (OUT_OF_CAPTIVITY); "Police got 14 passengers out of the
 * bus before it caught fire" is a rescue. Like bringHome, the release kind of people of any noun comes from the
 * sentence or article. Only a count followed by " o" reaches the regexes.
 *
 * @example getOut("Rome helped get three nurses out of Libya", 16, 28)?.category // "hostages_released"
 */
export function getOut(text: string, groupStart: number, groupEnd: number, head: string | null = null): CueHit | null {
  if (groupEnd < 0 || groupStart <= 0 || !isBlank(codeAt(text, groupEnd)) || (codeAt(text, groupEnd + 1) | 32) !== 111) return null;
  const right = text.slice(groupEnd, groupEnd + 40);
  const m = OUT_AFTER.exec(right);
  if (m === null || !GET_BEFORE.test(text.slice(Math.max(0, groupStart - 20), groupStart))) return null;
  if (!(head !== null && CAPTIVE_HEADS.has(head)) && !OUT_OF_CAPTIVITY.test(right)) return null;
  return {category: "hostages_released", cue: "get out", start: groupEnd, end: groupEnd + m[0].length, distance: 1};
}

/** "Two nurses are now back in Nairobi", "four pilots safely back in Lagos": back in a named place, after the count. */
// Pre-tested by backInPlace (literal "back", case-sensitive; first letter b/a/w/i): change both together.
const BACK_IN_AFTER = /^[ \t]+(?:(?:are|were|is|was)[ \t]+(?:now[ \t]+)?)?(?:safely[ \t]+)?back[ \t]+(?:in|on)[ \t]+([A-Z][a-z]+)/;
/** Not places: "back in March", "back in Parliament"'s kin are times or institutions. */
const NOT_BACK_PLACES = new Set([...MONTHS, ...NOT_PLACE_WORDS, ...NOT_BACK_PLACE_WORDS]);

/**
 * A release cue for a count "back in <Place>" (headlines: "Freed aid workers: two back in Kenya"), at
 * distance 1; null otherwise ("back in March", "back in power" are no return). Only a count followed by a blank
 * and "b" or a copula reaches the regex.
 *
 * @example backInPlace("Two nurses back in Kenya after 90 days", 10)?.category // "hostages_released"
 */
export function backInPlace(text: string, groupEnd: number): CueHit | null {
  if (groupEnd < 0 || !isBlank(codeAt(text, groupEnd))) return null;
  const c = codeAt(text, groupEnd + 1) | 32;
  if (c !== 98 && c !== 97 && c !== 119 && c !== 105) return null;
  // BACK_IN_AFTER needs "back" in the 50 characters it reads ("were freed" has none).
  if (!occursWithin(text, "back", groupEnd, groupEnd + 50)) return null;
  const m = BACK_IN_AFTER.exec(text.slice(groupEnd, groupEnd + 50));
  if (m === null || NOT_BACK_PLACES.has(m[1].toLowerCase())) return null;
  return {category: "hostages_released", cue: "back in", start: groupEnd, end: groupEnd + m[0].length, distance: 1};
}

/**
 * backInPlace after one comma aside right after the count ("The two sailors, seized off Aden in May 2024, were back
 * on Indian soil on Friday"): the aside tells their past, the return what happened now. The cue stands at the
 * aside's end.
 *
 * @example backInPlaceAfterAside("The two sailors, seized in May, were back on Indian soil", 15)?.cue // "back in"
 */
export function backInPlaceAfterAside(text: string, groupEnd: number): CueHit | null {
  if (groupEnd < 0) return null;
  const c = codeAt(text, groupEnd);
  if (c !== 44 && !(isBlank(c) && SEIZED_PARTICIPLE_NEXT.test(text.slice(groupEnd, groupEnd + 12)))) return null;
  const m = ASIDE_THEN_COPULA.exec(text.slice(groupEnd, groupEnd + 130));
  return m === null ? null : backInPlace(text, groupEnd + m[0].length - 1);
}
/** Seizure participles that open an aside after a count (ASIDE_THEN_COPULA, SEIZED_PARTICIPLE_NEXT). */
const SEIZED_PARTICIPLES = "abducted|kidnapped|seized|captured|taken";
/**
 * A comma aside (a date's own comma may be inside: ", seized on October 7, 2023,"), or a seizure participle with no
 * comma before it ("the two nurses abducted from the clinic on May 3, 2024, were"), closed by a comma and a copula.
 * The match ends right after the closing comma's blank, where backInPlace reads the copula.
 */
const ASIDE_THEN_COPULA = new RegExp(String.raw`^(?:,|[ \t]+(?:${SEIZED_PARTICIPLES})\b)[^;.!?]{3,110}?,[ \t](?=(?:are|were|is|was)[ \t])`);
/** A seizure or detention participle right after the count's phrase: "Seventeen fishermen seized off the islands are home". */
const SEIZED_OR_HELD_NEXT = /^[ \t]+(?:abducted|kidnapped|seized|captured|detained|arrested|held)\b/;
/** A seizure participle right after the count, with no comma: "the two nurses abducted from the clinic in May, were". */
const SEIZED_PARTICIPLE_NEXT = new RegExp(String.raw`^[ \t]+(?:${SEIZED_PARTICIPLES})\b`);

/** Death verbs that end a state: "died", "have died", "succumbed". */
const DIED_CUES = new Set(["died", "dies", "died of", "succumbed", "succumbed to"]);

/** Whether a death verb ("died", "succumbed") stands right after the group (distance 1 or 2, after `groupEnd`). */
function diedAfter(hits: readonly CueHit[], groupEnd: number): boolean {
  if (groupEnd < 0) return false;
  for (const h of hits) if (h.start >= groupEnd && h.distance <= 2 && h.category === "killed" && DIED_CUES.has(h.cue)) return true;
  return false;
}

/** A body word ("bodies", "remains of") within BODY_REACH of the count. */
function bodyNear(hits: CueHit[]): boolean {
  for (const h of hits) if (h.distance <= BODY_REACH && BODY_CUES.has(h.cue)) return true;
  return false;
}

/** "other" label words told of the people's past, which a later death or wound outweighs (not "missing": a state). */
const LABEL_PAST_OTHER = new Set(LABEL_PAST_OTHER_WORDS);

/** An "other" cue of LABEL_PAST_OTHER between the count and its head noun ("rescued" in "Nine of the rescued miners"). */
function inOtherLabel(h: CueHit, group: Group, groupStart: number): boolean {
  return h.category === "other" && h.start >= groupStart && h.end <= group.headStart && LABEL_PAST_OTHER.has(h.cue);
}

/**
 * Drops the cues inside the group's label ("freed" in "9 freed detainees") when a killed or wounded cue follows
 * the group, or its own release verb ("12 kidnapped pupils were freed", "troops freed 30 abducted pupils"): their own
 * predicate says what happened to them now, the label only their past.
 */
function labelOutweighed(hits: CueHit[], group: Group, groupStart: number, groupEnd: number, text = ""): CueHit[] {
  if (groupStart < 0 || group.headStart <= groupStart) return hits;
  let label = false;
  let after = false;
  // "Nine of the rescued miners were injured": an "other" word in the label ("rescued", "trapped") yields only to a
  // death or a wound after the group ("troops freed 30 trapped miners" is a rescue, not a release).
  let otherLabel = false;
  let harmAfter = false;
  for (const h of hits) {
    if (inLabel(h, group, groupStart)) label = true;
    else if (inOtherLabel(h, group, groupStart)) otherLabel = true;
    else if (h.start >= groupEnd && (h.category === "killed" || h.category === "wounded" || ownLabelRelease(h, text, groupEnd))) {
      after = true;
      if (h.category === "killed" || h.category === "wounded") harmAfter = true;
    } else if (h.end <= groupStart && releaseRightBefore(h, text, groupStart)) after = true;
  }
  const dropOther = otherLabel && harmAfter;
  if (!(label && after) && !dropOther) return hits;
  // hits.filter(…), as a loop (see withoutTaking).
  const out: CueHit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (label && after && inLabel(h, group, groupStart)) continue;
    if (dropOther && inOtherLabel(h, group, groupStart)) continue;
    out.push(h);
  }
  return out;
}

/**
 * Between an active release verb and the count it frees: nothing, or determiners and hedges ("freed the 30", "released
 * all 12", "freed some 40", "freed at least 9").
 */
const RELEASE_BEFORE_GAP = /^[ \t]+(?:(?:the|all|some|about|around|nearly|almost|at[ \t]+least|more[ \t]+than|another|a[ \t]+further|over)[ \t]+)*$/i;

/**
 * Whether release cue `h` before the group is the verb whose object the count is (RELEASE_BEFORE_GAP): "troops freed
 * 30 abducted pupils", "the gang released 12 kidnapped farmers" → released, the label's seizure is their past. Only
 * release cues ending within 30 characters of the count reach the regex.
 */
function releaseRightBefore(h: CueHit, text: string, groupStart: number): boolean {
  return h.category === "hostages_released" && !isTaking(h) && groupStart - h.end <= 30 && RELEASE_BEFORE_GAP.test(text.slice(h.end, groupStart));
}

/**
 * Between a count and its own release verb: "of" and up to four words, then a plural copula or none (a headline):
 * "12 abducted pupils of the Zaria school freed after a month", "the 30 seized porters were released".
 */
const OWN_RELEASE_GAP = /^(?:[ \t]+of[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+){0,3})?[ \t]+(?:(?:were|(?:have|had)(?:[ \t]+(?:since|now|also|all))?[ \t]+been|are[ \t]+being)[ \t]+)?(?:(?:[a-z]+ly|later|since|then|soon|all|both|also)[ \t]+)?$/i;

/**
 * Whether release cue `h` after the group is the count's own verb (OWN_RELEASE_GAP): then an abduction in the
 * group's label is only their past ("Twelve kidnapped pupils were freed on Monday", "… were later freed", "… have
 * since been released" → released). Only release cues within 60 characters reach the regex.
 */
function ownLabelRelease(h: CueHit, text: string, groupEnd: number): boolean {
  return h.category === "hostages_released" && !isTaking(h) && h.start - groupEnd <= 60 && OWN_RELEASE_GAP.test(text.slice(groupEnd, h.start));
}

/** Release participles that name freed people when they stand before the noun ("the 9 freed nurses"). */
const RELEASE_LABEL_WORDS = new Set(["freed", "released", "liberated", "repatriated"]);

/** "40 of the freed men": a part, whose own verb says what happened to it. */
const OF_THE = /\bof[ \t]+(?:the|these|those|its|their)\b/i;

/** A release participle in the label of a whole count (not a part: "40 of the freed men"). */
function releaseLabel(h: CueHit, group: Group, groupStart: number, text: string): boolean {
  return group.partitive !== true && inLabel(h, group, groupStart) && RELEASE_LABEL_WORDS.has(h.cue) && !OF_THE.test(text.slice(groupStart, h.start));
}

/**
 * A past-event cue inside the label, before the head ("freed", "abducted", "held"). States stay: "the four
 * missing men are feared dead" are missing, not dead.
 */
function inLabel(h: CueHit, group: Group, groupStart: number): boolean {
  return h.start >= groupStart && h.end <= group.headStart && (h.category === "hostages_released" || h.category === "abducted" || h.category === "hostages_held");
}

/** A series of swaps ("in 17 exchanges", "through prisoner swaps"): plural exchange nouns, not one side of a trade. */
const SWAP_SERIES = /\b(?:exchanges|swaps)\b/i;
/** One side of a trade ("33 captives in exchange for 1,800 prisoners"): the captives are the hostage side. */
const TRADE = /\b(?:in[ \t]+exchange[ \t]+for|in[ \t]+return[ \t]+for|exchanged[ \t]+for|swapped[ \t]+for|traded[ \t]+for)\b/i;

/**
 * "secured the release of 4,000 captives in 12 exchanges": captives freed through a series of swaps between
 * states are prisoners of war. Only for the noun "captives" with no hostage or abduction word in the sentence and
 * no trade of one side for the other (then the captives are hostages).
 */
function swapSeriesCaptives(head: string, text: string, groupStart = -1): boolean {
  if (head !== "captives" && head !== "captive") return false;
  return SWAP_SERIES.test(text) && !TRADE.test(text) && !HOSTAGE_CTX.test(text) && !hijackHostage(text) && !otherSideRelease(text, groupStart);
}

/**
 * A second clause with its own subject and release verb right before the count, after a count of prisoners: "in
 * four swaps, the state freed 500 prisoners and the rebels released 12 captives". The sides are named apart, one
 * as prisoners, so the captives are the other side (hostages), as in a trade of one for the other (TRADE).
 */
const OTHER_SIDE_BEFORE = /\b(?:prisoners|detainees|inmates)\b[^;.]{0,60}?[ \t]+and[ \t]+(?:the[ \t]+)?[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}?[ \t]+(?:freed|released|set[ \t]+free|handed[ \t]+over|returned)[ \t]+(?:the[ \t]+|some[ \t]+|about[ \t]+|another[ \t]+)?$/i;

/** True when OTHER_SIDE_BEFORE ends right before the count at `groupStart` (within 140 characters). */
function otherSideRelease(text: string, groupStart: number): boolean {
  return groupStart > 0 && OTHER_SIDE_BEFORE.test(text.slice(Math.max(0, groupStart - 140), groupStart));
}

/** A body word ("the bodies of", "the remains of") ending within BODY_REACH before the count at `groupStart`. */
function bodiesBefore(hits: CueHit[], groupStart: number): boolean {
  if (groupStart < 0) return false;
  for (const h of hits) if (bodyWordBefore(h, groupStart)) return true;
  return false;
}

/**
 * Whether cue `h` is a body word ending at most BODY_REACH characters before `start`: "the bodies
 * of 37", "the remains of 3 others".
 *
 * @example bodyWordBefore({cue: "bodies", start: 4, end: 10, category: "killed", distance: 4}, 14) // true
 */
export function bodyWordBefore(h: CueHit, start: number): boolean {
  return h.end <= start && start - h.end <= BODY_REACH && BODY_CUES.has(h.cue);
}

/** How far after the group its past participle may start ("from the northern Kivu hills, who were seized"). */
const RELATIVE_REACH = 70;
/**
 * Between a group and its abduction or holding participle or relative clause: "", "who were", ", who had been",
 * "who had been unlawfully" (an adverb before the participle), also after where the people are from, up to four
 * words: "of the Zarqa district that had been", "from Galle who were".
 */
const RELATIVE_GAP = /^(?:[ \t]+(?:of[ \t]+the|from)(?:[ \t]+[A-Z][\w-]*){1,4})?[ \t]*(?:,[ \t]*)?(?:(?:who|that|whom)[ \t]+(?:were|was|had[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]*)?(?:[a-z]+ly[ \t]+)?$/i;

/**
 * Drops an abduction or holding participle right after the group ("aid workers kidnapped in May", "soldiers
 * who were captured in the raid", "two sailors held hostage since March", "the crew, held for 300 days,")
 * when a release cue follows it in the same window, or the count is freed together with someone freed before it
 * (companionOfRelease): the release is what happened to them now, the participle only their past.
 *
 * @example laterRelease(hits, "Two aid workers kidnapped in May have been freed", 15).length
 */
export function laterRelease(hits: CueHit[], text: string, groupEnd: number, groupStart = -1): CueHit[] {
  if (groupEnd < 0) return hits;
  let ab: CueHit | undefined;
  for (const h of hits) {
    if ((h.category === "abducted" || h.category === "hostages_held") && h.start >= groupEnd && h.start - groupEnd <= RELATIVE_REACH && RELATIVE_GAP.test(text.slice(groupEnd, h.start))) {
      ab = h;
      break;
    }
  }
  if (!ab) return hits;
  const rel = anyHitOfAfter(hits, "hostages_released", ab.end) || companionOfRelease(hits, text, groupStart) ||
    releaseNounBefore(text, groupStart);
  if (!rel) return hits;
  // Every cue read at the participle goes ("held hostage" is a strong held cue and a weak "held"). A loop, not
  // filter with an arrow (see withoutTaking).
  const out: CueHit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (h.start !== ab.start || (h.category !== "abducted" && h.category !== "hostages_held")) out.push(h);
  }
  return out;
}

/**
 * A release noun and "of" right before a count, with the count's own hedges and determiners between: "the release of
 * 12", "the freeing of at least 12", "the return of the 12".
 */
const RELEASE_NOUN_BEFORE = new RegExp(String.raw`\b(?:${phraseSource(RELEASE_NOUNS)})[ \t]+of[ \t]+(?:(?:the|all|some|about|around|nearly|almost|at[ \t]+least|more[ \t]+than|up[ \t]+to)[ \t]+)*$`, "i");

/**
 * True when the count is the object of a release noun ("negotiated the release of 12 nurses kidnapped in the
 * north"): the release governs, the participle after the count is only its past. Only a count after a blank
 * reaches the regex (on the 48 characters before it).
 *
 * @example releaseNounBefore("won the release of 12 nurses", 19) // true
 */
export function releaseNounBefore(text: string, groupStart: number): boolean {
  if (groupStart < 10 || !isBlank(codeAt(text, groupStart - 1))) return false;
  return RELEASE_NOUN_BEFORE.test(text.slice(Math.max(0, groupStart - 48), groupStart));
}

/** "together with", "along with", "alongside" right before a count. */
// Pre-tested by abductedCompanionEnd (last letter h or e before the blanks): a new alternative must end in "with" or "alongside", or that test changes.
const COMPANION_BEFORE = /\b(?:(?:together|along)[ \t]+with|alongside)[ \t]+$/i;

/**
 * A relative clause of abduction open up to "along with" before the count: ", who was kidnapped near the mine
 * along with " (no comma, semicolon or stop since "who").
 */
const ABDUCTED_RELATIVE_BEFORE = /,[ \t]*who[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+(?:abducted|kidnapped|seized|snatched|captured|taken[ \t]+hostage)\b[^,;.]*$/i;

/**
 * Where the relative clause ends (its closing comma) when the count is the companion in a relative clause of
 * abduction ("The priest, who was abducted from his parish along with two seminarians, returned home on Monday":
 * the verb after the comma is the priest's, the seminarians were abducted), or -1. Only a count right after
 * "along with", "together with" or "alongside" reaches the regexes.
 *
 * @example abductedCompanionEnd("The priest, who was seized along with two nuns, came home", 37, 45) // 45
 */
export function abductedCompanionEnd(text: string, groupStart: number, groupEnd: number): number {
  if (groupStart <= 0 || groupEnd < 0 || !isBlank(codeAt(text, groupStart - 1))) return -1;
  // COMPANION_BEFORE ends in "with" or "alongside" before the blanks: any other last letter skips both regexes.
  const last = codeAt(text, skipBlanksBack(text, groupStart)) | 32;
  if (last !== 104 && last !== 101) return -1;
  if (!COMPANION_BEFORE.test(text.slice(Math.max(0, groupStart - 24), groupStart))) return -1;
  if (!ABDUCTED_RELATIVE_BEFORE.test(text.slice(Math.max(0, groupStart - 140), groupStart))) return -1;
  const comma = text.indexOf(",", groupEnd);
  return comma >= 0 && comma - groupEnd <= 60 ? comma : -1;
}

/**
 * True when the count is freed together with someone freed before it: "the nun was handed to the Red Cross together
 * with 9 soldiers captured in the fighting" (their capture is their past; the release is theirs too).
 */
function companionOfRelease(hits: CueHit[], text: string, groupStart: number): boolean {
  if (groupStart <= 0 || !isBlank(codeAt(text, groupStart - 1))) return false;
  if (!anyHitOfBefore(hits, "hostages_released", groupStart)) return false;
  return COMPANION_BEFORE.test(text.slice(Math.max(0, groupStart - 24), groupStart));
}

/**
 * A category carried over by coordination, fitted to the head noun: releases swap between hostages and
 * prisoners (releaseForHead); killed hostages are hostages_dead ("killed 3 soldiers and 2 hostages"); prisoners
 * and other people are never "held hostage" or "hostages dead" by coordination ("hold 25 living hostages and
 * nearly 2,000 prisoners": the prisoners are not hostages).
 *
 * @example categoryForHead("hostages_held", "prisoners") // "other"
 */
export function categoryForHead(category: FigureCategory, head: string | null): FigureCategory {
  const c = releaseForHead(category, head);
  if (head && HOSTAGE_HEADS.has(head)) return c === "killed" ? "hostages_dead" : c;
  if (c === "hostages_dead") return "killed";
  if (head && PRISONER_HEADS.has(head) && c === "hostages_held") return "other";
  return c;
}

/**
 * A release category carried over by coordination, fitted to the head noun: "the release of 25 hostages and
 * 1,800 prisoners" — the prisoners are prisoners_released even though they share the hostages' verb.
 *
 * @example releaseForHead("hostages_released", "prisoners") // "prisoners_released"
 */
export function releaseForHead(category: FigureCategory, head: string | null): FigureCategory {
  if (!head) return category;
  if (category === "hostages_released" && PRISONER_HEADS.has(head)) return "prisoners_released";
  if (category === "prisoners_released" && HOSTAGE_HEADS.has(head)) return "hostages_released";
  return category;
}
