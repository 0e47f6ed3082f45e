/**
 * Figures of one sentence: numbers → hedge → group → exclusions → gate → category, attribution,
 * period, as_of, modality. Offsets in the returned figures are absolute (Article.text).
 */
import {allBlank, codeAt, isBlank, isUpperCode, occursWithin, skipBlanks} from "./chars.ts";
import {isDigit} from "../util/chars.ts";
import type {DateMention, Figure, FigureCategory, Mention, Sentence} from "../types.ts";
import {findAttribution} from "./attribution.ts";
import {REMAIN_IN_PLACE, abductedCompanionEnd, bodyWordBefore, commaAsideEnd, releaseNounBefore, releaseOf, categorize, categoryForHead, escapedCaptives, findCues, releaseAfterRelative, participleMainVerb, partStillHeld, releaseForHead, stillHeldAfterParticiple, sentenceContext, sentenceCues, type CueHit, type ParticipleVerb, type RawCue, type SentenceContext} from "./category.ts";
import {heldWithStart, lostWeightOnly, othersOfRelease} from "./others.ts";
import {stateReleaseBefore} from "./state-release.ts";
import {colonTotal, dashListResume, listEndsClean} from "./breakdown.ts";
import {pardonBefore, shareOfBefore} from "./pardon.ts";
import {requestedRelease} from "./request-release.ts";
import type {ArticleRelease} from "./article-context.ts";
import {clauseAround, dashAsideHi, hardBoundaries} from "./clause.ts";
import {numberExclusion, phraseExclusion, singleExclusion} from "./exclusions.ts";
import {bareNumberFits, coordinatedSubject, isCaptivityDays, otherVerbAfter, predicateEnd, predicateStart, timePhraseNext, wholeAfterOf, wholeAfterPart} from "./gate.ts";
import {PERSON_NOUNS} from "../model/person-nouns.ts";
import {SOURCE_NOUNS, SOURCE_QUALIFIERS, SPEAKER_VERBS} from "../model/attribution-verbs.ts";
import {CARRYING_OFF_VERBS, CARRYING_VEHICLE_WORDS, ARMED_MEMBER_HEADS, ARMED_MEMBER_PREMODIFIERS, ARREST_PAST_CUES, BAIL_PHRASES, CAPTOR_NOUNS, FREED_LIST_PARTICIPLES, FREED_LIST_VERBS, HOLD_BACK_VERBS, RELEASE_NOUNS, RESCUE_STATE_WORDS, COMMAND_VERBS, DEAD_STATE_CUES, FORCE_HEADS, HOSTAGE_NOUNS, PRISONER_NOUNS, STATE_HOLD_VERBS, STATE_HOLDERS, STATE_PLACE_NOUNS, STATUS_HOLD_OBJECTS, SOLDIER_NOUNS, TREATED_FOR_INJURIES} from "../model/figure-categories.ts";
import {phraseRegex, phraseSource} from "./regex.ts";
import {stillThere} from "./still-there.ts";
import {appositiveGroup, countsThings, findGroup, moreThings, participleThing, thingNounNext, type Group} from "./group.ts";
import {findHedge} from "./hedges.ts";
import {wordsBefore} from "./words.ts";
import {firstFrom} from "./sorted.ts";
import {anyHitFrom, anyHitOfFrom, hitsBefore, hitsFrom, hitsInside, ownReleaseOverLabel, ownVerbFirst} from "./hit-filters.ts";
import {sortSmall} from "../util/sort-small.ts";
import {findModality, sentenceModality} from "./modality.ts";
import {scanNumbers, type NumberToken} from "./numbers.ts";
import {periodsAndAsOf, pickAsOf, pickPeriod} from "./period.ts";
import {missingOwnVerb} from "./own-missing.ts";
import {seizureRecords} from "./seizure-records.ts";
import {NUMBER_AT_RULE, numberAtBefore, numberOfAtBefore} from "./number-at.ts";
import {deathInCaptivity} from "./captivity-death.ts";
import {accordingPhraseEnd, accordingToBefore} from "./sources.ts";
import {FigureRecord} from "./figure-record.ts";
import {COORDINATED_COUNT_AUXILIARIES, STILL_STATE_WORDS} from "../model/figure-gate-words.ts";
import {CAPTIVITY_WILDS, CARE_PLACE_WORDS, RATE_AFTER_WORDS, RATE_UNITS} from "../model/figure-exclusions.ts";
import {MULTIPLIERS, TENS, UNITS} from "../model/number-words.ts";
import {partAsideSpan} from "./part-aside.ts";

interface Candidate {
  tok: NumberToken;
  start: number;
  end: number;
  qualifier: string;
  group: Group;
  groupEnd: number;
  /** Set by acceptFigures (on the candidate: no per-sentence arrays). Introduced as a part ("including 20"). */
  part: boolean;
  /** Has a noun (or is a part): it closes the cue windows of its neighbours. */
  strong: boolean;
  /** A bare count with its own verb ("20 are"). */
  ownVerb: boolean;
  /** Where this candidate's cues must stop: the next bare count with its own verb. */
  capAt: number;
}

/** How far (characters) cues, periods and dates may sit from the number. */
const REACH = 160;
/** Bare numbers need a casualty cue this close. */
const BARE_CUE_DISTANCE = 60;
const COORDINATED = /^[ \t,]*(?:and|or|as well as|plus|including|while|with)?[ \t,]*$/i;
/**
 * "jails some 300 dissidents today, compared with 450 in 2019", "freed 40 hostages, up from 25 last year": a
 * count compared with the one before it measures the same thing. Read on the text right before the count.
 */
/** Words of comparison before a count ("down from", "compared with"), shared with COMPARED_WITH_BEFORE. */
const COMPARISON = String.raw`(?:down|up)[ \t]+from|compared[ \t]+(?:with|to)`;
const COMPARED_BEFORE = new RegExp(String.raw`\b(?:${COMPARISON})[ \t]+$`, "i");
/** "Two Thai nationals were among the eight hostages released": the part shares the whole's category. */
const AMONG = /^[ \t]+(?:were|are|was|is)[ \t]+(?:also[ \t]+)?among[ \t]+(?:the[ \t]+)?$/i;
const PERSON_WORDS = new Set(PERSON_NOUNS);
const HOSTAGE_HEADS = new Set(HOSTAGE_NOUNS);
/** Words that introduce a part of a count named before: "including 20", "of whom 12", "among them 3". */
const PART_BEFORE = /\b(?:including|of[ \t]+whom|among[ \t]+them|among[ \t]+whom)[ \t]+$/i;
const PRISONER_HEADS = new Set(PRISONER_NOUNS);
const ARMED_MEMBERS = new Set(ARMED_MEMBER_HEADS);
/** Held by an armed group that is no state, right after the count: "20 fighters held by the militia". */
const HELD_BY_CAPTORS = new RegExp(String.raw`^[ \t]+(?:who[ \t]+(?:are|were)[ \t]+)?(?:still[ \t]+)?(?:held|kept|being[ \t]+held)[ \t]+by[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?(?:${phraseSource(CAPTOR_NOUNS)})\b`, "i");
/**
 * Words that may stand right before an armed member head: "20 of its members", "30 jailed militants" (model
 * ARMED_MEMBER_PREMODIFIERS), a name, a number.
 */
const ARMED_MEMBER_BEFORE = new RegExp(String.raw`(?:^|[ \t])(?:${ARMED_MEMBER_PREMODIFIERS.join("|")}|[A-Z][\w'’-]*|\d[\d,.]*)[ \t]+$`);

/**
 * Whether the words before an armed member head (ending at `headEnd`) name the group's own people: nothing, a
 * possessive, a name ("20 Boko Haram fighters") or an arrest participle. "the three Peruvian staff members" are
 * no armed group's.
 */
function armedMemberLabel(text: string, start: number, headEnd: number, head: string | null): boolean {
  // The head's last word ("staff members" is read as one head: its "members" is what counts).
  let w = headEnd;
  while (w > start && !isBlank(codeAt(text, w - 1))) w--;
  const before = text.slice(Math.max(start, w - 24), w);
  // "members" belong to any body: only a possessive makes them the group's own ("20 of its members").
  if (head === "members") return POSSESSIVE_BEFORE.test(before);
  return w <= start || ARMED_MEMBER_BEFORE.test(before);
}
const POSSESSIVE_BEFORE = /(?:^|[ \t])(?:their|its|his|her|own)[ \t]+$/;
/**
 * Right after an armed member head, the body they belong to when it is no armed group's own: "12 members of a church
 * choir", "20 members of the aid group kidnapped in May" (review 14).
 */
const OTHER_BODY_AFTER = /^[ \t]+of[ \t]+(?:a|an|the)[ \t]/i;
/**
 * People a state frees from a plight, not from its jails, right after the count: "40 miners trapped underground",
 * "20 migrants from a stash house", "30 tourists stranded by the floods" (review 14; model RESCUE_STATE_WORDS).
 */
const RESCUED_AFTER = new RegExp(String.raw`^[ \t]+(?:(?:who[ \t]+(?:were|had[ \t]+been)[ \t]+)?(?:${phraseSource(RESCUE_STATE_WORDS)})\b|from[ \t]+(?:a|an)[ \t])`, "i");
/** A release word inside the count phrase: "12 freed hostages", "the 30 released detainees". */
const FREED_LABEL = /\b(?:freed|released|liberated|rescued|repatriated)\b/i;
/** The count's own release in a relative clause: "12 hostages, who were freed on Monday". */
const OWN_RELEASE_RELATIVE = /^[ \t]*,?[ \t]*(?:who|that)[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?(?:freed|released|set[ \t]+free|let[ \t]+go)\b/i;
/** Capitalised plural demonyms as the freed noun ("Among the freed Nigerians are"). */
const FREED_DEMONYM = /^[A-Z][a-z]+(?:ians|eans|ans|is|ese|ites|ons)$/;
/**
 * After an informant word ("familiar", "briefed"), its own phrase and then a speech verb: "familiar with the
 * negotiations said" (review 14: "three people briefed on the raid were killed" are victims).
 */
const INFORMANT_SAYS = new RegExp(String.raw`^[A-Za-z]+[ \t]+(?:with|on|to|about)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:${phraseSource(SPEAKER_VERBS)})\b`, "i");

/** True when an informant word starting at `nextStart` is followed by its phrase and a speech verb (INFORMANT_SAYS). */
function informantSays(text: string, nextStart: number): boolean {
  return INFORMANT_SAYS.test(text.slice(nextStart, nextStart + 90));
}

/** A count phrase that names captives of an armed group: "12 kidnapped pupils", "the 30 abducted workers". */
const CAPTIVE_LABEL = /\b(?:kidnap|abduct|seized|snatched|hostage|captive)/i;
/** A breakdown of a count after a dash: "returned 70 people — 50 soldiers and 20 civilians — in a swap". */
const DASH_BEFORE = /(?:[—–]|[ \t]--)[ \t]+$/;
/** The gap before the second side of a swap: "… in exchange for 150 …". */
const IN_RETURN = /\b(?:in[ \t]+exchange[ \t]+for|in[ \t]+return[ \t]+for|exchanged[ \t]+for|swapped[ \t]+for|traded[ \t]+for)[ \t]+$/i;
/** "three of them children." / "…, three of them women and …": the noun ends the aside. */
const STOP_AFTER_NOUN = /^(?:[ \t]*[.,;:)]|[ \t]+and\b|$)/;
const ADVERB_AFTER = /^[ \t]+(?:seriously|critically|severely|badly|gravely|fatally|slightly|lightly)\b/i;
/**
 * "freed nine hostages, five of them during the truce", "… two of them in March": a part told by when or where,
 * with no verb of its own before the clause ends, is an aside (it shares the whole's category). Session 28: also
 * where to or from, by what means and with what ("injured 12 firefighters, two of them to a burns unit", "rescued
 * 300, about 40 of them from the roof", "… two of them by helicopter", "… five of them with blankets"), but not an
 * infinitive ("three of them to be charged", "to succumb in hospital" have a verb: "to" only before a place of care or
 * safety or an article) nor an injury of the part's own ("ten of them with gunshot wounds"; review 28 F9, F21).
 */
const TIME_ASIDE_AFTER = /^[ \t]+(?:during|in|on|at|after|before|since|over|last|earlier|this|from|by|with(?![ \t]+(?:[a-z]+[ \t]+)?(?:wounds|injuries|burns|fractures|illness|illnesses)\b)|to(?=[ \t]+(?:hospital|hospitals|intensive|safety|shelters?|camps?|clinics?|the|a|an|their|his|her)\b)(?![ \t]+(?:the|a|an|their|his|her)[ \t]+[a-z]+[ \t]+(?:the|a|an|his|her|their|charges|trial)\b))\b(?:(?![ \t](?:were|was|are|is|have|had|has|remain|remains|remained|be|been|being)\b)[^,;.!?]){0,50}(?:[,;.!?)]|$)/i;
/** After a partitive aside: " dead, and ", " alive, or ". */
const ASIDE_THEN_AND = /^[ \t]+(?:of[ \t]+(?:them|whom|us)[ \t]+)?[a-z]+[ \t]*,[ \t]*(?:and|or|as well as|plus)[ \t]+$/i;
const REMAINING_BEFORE = /\bthe[ \t]+(?:remaining|other|last)[ \t]+$/i;
const COPULA_AFTER = /^[ \t]+(?:were|are)[ \t]/i;
/** " of them said.", " of them told reporters": a part that speaks, at the end of its clause or before its audience. */
const SPEAKERS_AFTER = new RegExp(String.raw`^[ 	]+of[ 	]+(?:them|those|these)[ 	]+(?:${SPEAKER_VERBS.join("|")})(?:[ 	]*[.,;:!?"”]|[ 	]*$|[ 	]+(?:reporters|journalists|the[ 	]+[A-Z]|[A-Z]))`);
/** " are still alive", " are believed to be alive": a part told alive now (not "were alive when found"). */
// Session 32: also with no copula and "living" ("Around 50 hostages are still there, fewer than 20 of them believed
// living").
const ALIVE_AFTER = /^[ \t]+(?:of[ \t]+(?:them|those|these)[ \t]+)?(?:(?:are|is)[ \t]+(?:still[ \t]+|believed[ \t]+to[ \t]+be[ \t]+(?:still[ \t]+)?|thought[ \t]+to[ \t]+be[ \t]+(?:still[ \t]+)?)?alive\b|(?:believed|thought)[ \t]+(?:to[ \t]+be[ \t]+)?(?:still[ \t]+)?(?:alive|living)\b)/i;
/** "20 are believed dead": see DEAD_STATE_CUES. */
const DEAD_STATE = phraseRegex(DEAD_STATE_CUES, "i");
/** A part's "of them/whom" at the end of its own phrase ("at least five of them"). */
const OF_THEM_AFTER = /[ \t]of[ \t]+(?:them|whom)\b/i;
/** How far after a bare count its dead-state phrase may end. */
const DEAD_STATE_REACH = 60;
/** The smallest count read as a population rather than people held ("About 2 million Palestinians remain in Gaza"). */
const POPULATION_MIN = 100000;
/** Hedges that add to a count named before ("and another 5"). */
const ADDITIVE = new Set(["another", "a further", "further", "an additional", "additional"]);
const COMMA_ONLY = /^[ \t]*,[ \t]*$/;
/** Right after a count, a contrast that repeats its noun unsaid: "40 protesters, but not 400 as organisers claimed". */
const NOT_CONTRAST = /^[ \t]*,?[ \t]*(?:but[ \t]+)?not[ \t]+$/i;
const COORDINATED_VERB = /^[ \t,]*(?:and|or|while|with)?[ \t]*(?:[a-z]+(?:ing|ed))?[ \t]*$/i;

/**
 * "N were taken into the hills / hostage / away / to <Place>", or "N were taken." in a hostage sentence:
 * the passive "taken" is an abduction. "taken to hospital", "taken to St Mary's Hospital" (session 29: up to three
 * names before the hospital word, and no one's possessive as the place), "taken into
 * custody/care/account" are not. Round 22: also after "are/were believed (thought, feared, said…) to have been"
 * ("14 herders are thought to have been taken into the bush") and as a bare participle ("the 40 villagers taken
 * into the forest"); "taken into <Adjective> custody" is an arrest.
 */
// TAKEN_AFTER and TAKEN_END are pre-tested by takenAfter (an auxiliary starting w/h/b/a/i or the participle itself, literal "taken", case-sensitive): change both together.
const TAKEN_INTO = String.raw`into[ \t]+(?!custody|account|consideration|(?:intensive|foster|state|protective|residential|emergency)[ \t]+care|care|hospital|the[ \t]+hospital|[A-Z][a-z]+[ \t]+custody)`;
/**
 * Mend 22 F18: the bare participle ("the 40 villagers taken into …") is an abduction only into captivity, the wild
 * (forest, bush, hills …) or a named place ("taken into Niger"): "3,000 patients taken into intensive care", "20
 * orphans taken into the convent / the shelter" are not.
 */
const BARE_TAKEN_INTO = String.raw`into[ \t]+(?:captivity\b|the[ \t]+(?:forest|forests|bush|hills|mountains|jungle|desert|woods|wilderness|creeks|swamps?)\b|(?!Intensive|Care|Custody)[A-Z][a-z]+\b(?![ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:custody|care|Hospital|hospital)))`;
const TAKEN_AFTER = new RegExp(
  String.raw`^[ \t]+(?:(?:were|was|had[ \t]+been|have[ \t]+been|being|(?:are|is|were|was)[ \t]+(?:believed|thought|feared|said|reported|understood|known)[ \t]+to[ \t]+have[ \t]+been)[ \t]+(?:also[ \t]+)?(?:reportedly[ \t]+)?` +
  String.raw`(taken)(?=[ \t]+(?:hostage|captive|away\b|across\b|${TAKEN_INTO}|to[ \t]+[A-Z][a-z]+(?!(?:['’]s)?[ \t]+(?:[A-Z][a-z'’]+[ \t]+){0,2}(?:${CARE_PLACE_WORDS.join("|")}))\b))` +
  // The bare participle only with a captivity word or "into": "the 40 villagers taken into the forest" ("25 patients
  // taken to Nairobi" may be a transfer).
  String.raw`|(taken)(?=[ \t]+(?:hostage|captive|${BARE_TAKEN_INTO})))`
);
const TAKEN_END = /^[ \t]+(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+(taken)[ \t]*[.;]/;

/** Session 33: "rose / risen / climbed … to" right before a count. */
const RISE_TO_BEFORE = /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|reached)[ \t]+(?:to[ \t]+)?(?:at[ \t]+least[ \t]+)?$/i;
/** Session 33: a death toll as the clause's subject, no sentence break after it (commas of an aside pass: "…, in X state, rose to"). */
const TOLL_SUBJECT = /\b(?:death|casualty)[ \t]+toll\b[^.;:!?]{0,110}$/i;

/**
 * Session 33: whether the count at `start` is what a death toll "rose to", the toll named as the clause's subject before a
 * long phrase ("The death toll from a chlorine leak at a chemical plant in X rose to 14").
 *
 * @example tollRoseTo("The death toll from a leak at a plant in Velm rose to 14", 53) // true
 */
function tollRoseTo(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (!RISE_TO_BEFORE.test(before)) return false;
  const m = TOLL_SUBJECT.exec(text.slice(Math.max(0, start - 130), start));
  // Not past a second clause ("The death toll rose sharply, and the number of missing climbed to 40").
  return m !== null && !SECOND_CLAUSE.test(m[0]);
}
/** Session 33: a comma and a conjunction, opening a second clause between a toll and a count. */
const SECOND_CLAUSE = /,[ \t]+(?:and|but|while|as|whereas)\b/i;

/** Session 33: a verb of carrying people off right before a count (model CARRYING_OFF_VERBS). */
const CARRIED_BEFORE = new RegExp(String.raw`\b(?:${CARRYING_OFF_VERBS.join("|")})[ \t]+(?:some[ \t]+|about[ \t]+|around[ \t]+|at[ \t]+least[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+)?$`, "i");
/** Session 33: "into" or "(back) to" and a capitalised name right after the count's phrase ("… people into Gaza"). */
const INTO_NAMED_PLACE = /^[ \t]+(?:back[ \t]+)?(?:into|to)[ \t]+(?:the[ \t]+)?\p{Lu}/u;

/**
 * Session 33: whether the count [start, groupEnd) of people is carried off into a named place by the verb before it:
 * "dragged 251 people into Gaza", "carried 40 captives back to Velm", "took 30 villagers into the Nuba hills". Not
 * "into hospital" or "to shelters" (no capitalised name), nor a vehicle's trip ("The bus took 45 passengers to Velm").
 *
 * @example carriedInto("the gunmen dragged 251 people into Gaza", 19, 29) // true
 */
function carriedInto(text: string, start: number, groupEnd: number): boolean {
  return INTO_NAMED_PLACE.test(text.slice(groupEnd, groupEnd + 24)) && CARRIED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    !CARRIER_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
/** Session 33: a vehicle named before the count (model CARRYING_VEHICLE_WORDS): its trip is no abduction. */
const CARRIER_BEFORE = new RegExp(String.raw`\b(?:${CARRYING_VEHICLE_WORDS.join("|")})\b`, "i");

/**
 * Offset of an abduction "taken" right after the count ending at `groupEnd`, or -1 (see TAKEN_AFTER).
 * Whether the sentence is about hostages is read only when TAKEN_END matches (it is computed lazily).
 */
function takenAfter(text: string, groupEnd: number, sctx: SentenceContext): number {
  if (!isBlank(codeAt(text, groupEnd))) return -1;
  // Both patterns start with blanks then an auxiliary (were, was, had, have, being: lower case).
  let k = groupEnd;
  while (isBlank(codeAt(text, k))) k++;
  const c = codeAt(text, k);
  if (c !== 119 && c !== 104 && c !== 98 && c !== 97 && c !== 105 && c !== 116) return -1;
  // Both patterns need "taken" in the 90 characters they read ("were killed" has none).
  if (!occursWithin(text, "taken", k, groupEnd + 90)) return -1;
  const right = text.slice(groupEnd, groupEnd + 90);
  let m = TAKEN_AFTER.exec(right);
  if (m === null && c !== 98) {
    const end = TAKEN_END.exec(right);
    if (end !== null && sctx.hostage) m = end;
  }
  return m ? groupEnd + m[0].lastIndexOf("taken") : -1;
}

/**
 * "some 9 dual nationals were among the hostages (freed on Friday)": a count placed among a group named by a
 * noun without a number takes that noun as its head. Group 1 is the noun.
 */
const AMONG_NOUN = /^[ \t]+(?:were|are|was|is)[ \t]+(?:also[ \t]+|reportedly[ \t]+)?among[ \t]+(?:the[ \t]+|those[ \t]+)?(?:[A-Za-z-]+[ \t]+)?(hostages|captives|abductees|prisoners|detainees|dead|wounded|injured)\b/i;

/** The head noun of AMONG_NOUN after the count (`next` must be a copula: other counts skip the regex), or null. */
function amongHead(text: string, groupEnd: number, next: string): {head: string; end: number} | null {
  if (next !== "were" && next !== "are" && next !== "was" && next !== "is") return null;
  const m = AMONG_NOUN.exec(text.slice(groupEnd, groupEnd + 70));
  return m ? {head: m[1].toLowerCase(), end: groupEnd + m[0].length} : null;
}

/**
 * "including at least 20 the army says are dead": a bare count, a short reporting clause, then the count's own
 * copula. What follows the copula is the count's verb.
 */
const REPORTED_COPULA = /^[ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,3}?(?:says|said|say|believes|believe|believed|thinks|think|estimates|estimate|claims|claim|claimed)[ \t]+(?:are|were|is|was|have[ \t]+been|had[ \t]+been)[ \t]+/;

/**
 * Where the count's own state starts after such a reporting clause, or -1. Its next word must be "the" or
 * capitalised ("20 Rome says were", "20 the army says are"): other counts skip the regex.
 */
function reportedCopulaEnd(text: string, groupEnd: number, next: string, nextStart: number): number {
  const pronoun = SUBJECT_PRONOUNS.has(next);
  if (next !== "the" && !pronoun && !isUpperAt(text, nextStart)) return -1;
  const window = text.slice(groupEnd, groupEnd + 70);
  const m = pronoun ? null : REPORTED_COPULA.exec(window);
  if (m) return groupEnd + m[0].length;
  // "including 33 it has declared dead", "including 12 the army presumes dead": a contact clause that declares them.
  const d = DECLARED_STATE.exec(window);
  return d ? groupEnd + d[0].length : -1;
}

/** Subject pronouns that may open a contact clause after a bare count ("including 33 it has declared dead"). */
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);
/**
 * A contact clause whose verb declares a state of the count: "33 it has declared dead", "12 the army presumes
 * dead", "20 Israel has confirmed killed". What follows the verb is the count's state (its cue decides).
 */
const DECLARED_STATE = /^[ \t]+(?:the[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}?(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:declared|confirmed|presumed|presumes|presume|pronounced|listed|lists|considers|considered|believes|believed)[ \t]+(?=[a-z])/;

function isUpperAt(text: string, pos: number): boolean {
  return isUpperCode(codeAt(text, pos));
}

/** "three (who) hold Italian passports", "two hold dual citizenship": see STATUS_HOLD_OBJECTS. */
const STATUS_HOLD = new RegExp(`^[ \\t]+(?:who[ \\t]+)?(?:also[ \\t]+)?(?:hold|holds|held|holding)[ \\t]+(?:(?:[A-Z][a-z]+|dual|foreign|second|joint|both)[ \\t]+){0,2}(?:${phraseSource(STATUS_HOLD_OBJECTS)})`, "i");

/**
 * Where the status phrase after the count ending at `groupEnd` ends ("three hold Italian passports"), or -1.
 * Its next word (`next`) must be a holding verb, "also" or "who": other counts skip the regex.
 */
function holdsStatus(text: string, groupEnd: number, next: string): number {
  if (next !== "who" && next !== "hold" && next !== "holds" && next !== "held" && next !== "holding" && next !== "also") return -1;
  const m = STATUS_HOLD.exec(text.slice(groupEnd, groupEnd + 70));
  return m ? groupEnd + m[0].length : -1;
}

/**
 * An active verb with an object right after a counted group: "fighters had escorted the hostages", "guards
 * searched the camp". Group 1 is the verb (a past tense or participle).
 */
const ACTIVE_AFTER = /^(?:(?:had|have|has)[ \t]+)?([a-z]+ed|driven|given|shown|beaten|chosen|hidden|stolen|written|ridden)[ \t]+(?:the|a|an|their|his|her|its|them|him|us|[A-Z][a-z]+)\b/;

/**
 * True when the group's next word (`next`, at `nextStart`) starts an active verb that is no cue, with an object
 * ("30 fighters had escorted the hostages"): the people are its subject, so a release or death named before them is
 * not theirs. A cue verb ("12 soldiers captured the day before") is left to the cues. Only "had/have/has" or a
 * word ending in "ed"/"en" reaches the regex.
 */
function activeVerbAfter(text: string, next: string, nextStart: number, cues: RawCue[]): boolean {
  if (next !== "had" && next !== "have" && next !== "has" && !next.endsWith("ed") && !next.endsWith("en")) return false;
  const m = ACTIVE_AFTER.exec(text.slice(nextStart, nextStart + 60));
  if (m === null) return false;
  const verbAt = nextStart + (m[0].length - m[0].trimStart().length) + m[0].indexOf(m[1]);
  return !cueAt(cues, verbAt);
}

/** Categories a part shares with its whole over an arrest in its own past (see onlyArrestPast). */
const HELD_OR_FREED = new Set<Figure["category"]>(["hostages_held", "hostages_released", "prisoners_released"]);
const ARREST_PAST = new Set(ARREST_PAST_CUES);

/**
 * True when the only "other" cues of a count are an arrest or trial in its past ("officers arrested in 2021",
 * "three engineers sentenced last year"), so they say nothing of the people's state now.
 */
function onlyArrestPast(hits: CueHit[]): boolean {
  let arrest = false;
  for (const h of hits) {
    if (h.category !== "other") continue;
    if (!ARREST_PAST.has(h.cue)) return false;
    arrest = true;
  }
  return arrest;
}

/**
 * A holding verb after a count, then a state holder within three words (see STATE_HOLDERS), not one that only
 * names a place ("held in a disused police station": STATE_PLACE_NOUNS).
 */
const HELD_BY_STATE = new RegExp(String.raw`^[ \t]+(?:(?:who|that)[ \t]+(?:are|were|have[ \t]+been|had[ \t]+been)[ \t]+)?(?:(?:still|currently|now)[ \t]+)?(?:${phraseSource(STATE_HOLD_VERBS)})[ \t]+(?:by|in)[ \t]+(?:[A-Za-z'’-]+[ \t]+){0,3}?(?:${phraseSource(STATE_HOLDERS)})(?![ \t]+(?:${phraseSource(STATE_PLACE_NOUNS)})\b)`, "i");
/** First words of HELD_BY_STATE: other counts skip the regex. */
const HELD_BY_FIRST = new Set(["who", "that", "still", "currently", "now", ...STATE_HOLD_VERBS]);

/** True when the people counted (group ends at `groupEnd`, next word `next`) are held by a state (HELD_BY_STATE). */
function heldByState(text: string, groupEnd: number, next: string): boolean {
  return HELD_BY_FIRST.has(next) && HELD_BY_STATE.test(text.slice(groupEnd, groupEnd + 90));
}

/**
 * The count's own passive release then a bail phrase (BAIL_PHRASES): " were released on bail", " had been freed on
 * bond". A bare participle is no verb of the count's own ("Three gunmen freed on bail thanked the court").
 */
const BAIL_AFTER = new RegExp(String.raw`^[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been|are|being)[ \t]+(?:later[ \t]+|also[ \t]+)?(?:released|freed|let[ \t]+go)[ \t]+(?:${phraseSource(BAIL_PHRASES)})`, "i");
/** A release verb right before the count, and a bail phrase right after its group ("released 12 activists on bail"). */
const RELEASE_BEFORE = /\b(?:released|freed|releases|frees|releasing|freeing)[ \t]+$/i;
const BAIL_RIGHT = new RegExp(`^[ \\t]+(?:${phraseSource(BAIL_PHRASES)})`, "i");

/**
 * True when the people counted at [start, groupEnd) are released on bail (BAIL_AFTER, or RELEASE_BEFORE and
 * BAIL_RIGHT). Only sentences with "bail", "bond" or "parole" after the count reach the regexes.
 */
function releasedOnBail(text: string, start: number, groupEnd: number): boolean {
  const right = text.slice(groupEnd, groupEnd + 50);
  if (!right.includes("bail") && !right.includes("bond") && !right.includes("parole")) return false;
  return BAIL_AFTER.test(right) || (BAIL_RIGHT.test(right) && RELEASE_BEFORE.test(text.slice(Math.max(0, start - 20), start)));
}

/** "… and (had) released them", after a count in the same clause chain (no sentence break, no other count). */
const RELEASED_THEM = /\band[ \t]+(?:(?:had|has|have|later|then|eventually|finally)[ \t]+){0,2}(?:released|freed|set[ \t]+free|let[ \t]+go[ \t]+of)[ \t]+them\b/i;
const SENTENCE_BREAK = /[.;!?]/;
/** An arrest right before the count: a release of those people is a prisoner release ("arrested 30 protesters and released them"). */
const ARRESTED_BEFORE = /\b(?:arrested|detained|jailed|imprisoned|rounded[ \t]+up)[ \t]+(?:the[ \t]+|some[ \t]+|about[ \t]+)?$/i;

/**
 * True when "and released them" follows the count ending at `groupEnd` before the next count at `nextStart` and
 * within 140 characters ("held the 12 workers for a week and released them"). Only texts with " them" there reach
 * the regex.
 */
function releasedThem(text: string, groupEnd: number, nextStart: number): boolean {
  // Bounded slice first: an unbounded indexOf from every count of a long line would be quadratic.
  const span = text.slice(groupEnd, Math.min(nextStart, groupEnd + 140));
  const at = span.indexOf(" them");
  return at >= 0 && !SENTENCE_BREAK.test(span.slice(0, at)) && RELEASED_THEM.test(span);
}

const FORCE = new Set(FORCE_HEADS);
/** A command verb right before a count (its hedge included in the count: "commands some 300"). */
const COMMAND_BEFORE = new RegExp(`(?:${phraseSource(COMMAND_VERBS)})[ \t]+$`, "i");

/**
 * True when the count starting at `start` with head `head` is a force a verb before it commands ("who commands
 * some 300 gunmen"). Only force heads reach the regex.
 */
function commandsForce(text: string, start: number, head: string | null): boolean {
  return head !== null && FORCE.has(head) && isBlank(codeAt(text, start - 1)) && COMMAND_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** "… and shot " right before a cue: "and", at most one verb word, nothing else (no comma, no second count). */
// Pre-tested by dropNextPredicate (literal "and" in the 20 characters, case-sensitive): change both together.
const AND_VERB_BEFORE = /\band[ \t]+(?:[a-z]+[ \t]+)?$/;
/** An object right after a cue: "a fifth driver", "the guard", "another 12", "40 residents". */
const OBJECT_AFTER = /^[ \t]+(?:a|an|the|his|her|their|its|another|\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)/i;

/** No clause break between a count and a cue after it. */
const NO_BREAK = /^[^,;:.]*$/;

/**
 * Drops the cues after `groupEnd` from the first one that opens a coordinated predicate with its own object
 * ("kept the two Italians and shot dead a fifth driver, who tried to flee": "dead" and "flee" are the driver's).
 * Cues before the count stay. Only cues after "and" are tested; the array is copied only when one goes.
 *
 * @example dropNextPredicate(hits, "kept 2 guides and shot dead a third", 13)
 */
export function dropNextPredicate(hits: CueHit[], text: string, groupEnd: number): CueHit[] {
  let cut = -1;
  for (const h of hits) {
    if (h.start < groupEnd || h.start - groupEnd > 60 || (cut >= 0 && h.start >= cut)) continue;
    // AND_VERB_BEFORE needs "and" and a blank inside the 20 characters before the cue: most cues have none.
    if (text.lastIndexOf("and", h.start - 4) < Math.max(groupEnd, h.start - 20)) continue;
    if (AND_VERB_BEFORE.test(text.slice(Math.max(groupEnd, h.start - 20), h.start)) && NO_BREAK.test(text.slice(groupEnd, h.start)) &&
      OBJECT_AFTER.test(text.slice(h.end, h.end + 12))) cut = h.start;
  }
  return cut < 0 ? hits : hitsBefore(hits, cut);
}

/**
 * A relative clause right after a count whose verb is active (", who had treated", " that cared for"); group 1 is
 * its text up to the next clause break. Not a copula or passive ("who were wounded", "who had been hurt"):
 * there the clause says what happened to the people themselves.
 */
const ACTIVE_RELATIVE = /^[ \t]*,?[ \t]*(?:who|that)[ \t]+((?!(?:were|was|are|is|had[ \t]+been|have[ \t]+been|has[ \t]+been|remain|remained|remains)\b)[^,;:.!?—–]{3,140})/;
/** A determiner right before a cue inside such a clause: the cue is a noun, the clause verb's object ("treated the wounded"). */
const OBJECT_DETERMINER = /(?:^|[ \t])(?:the|their|his|her|its)[ \t]+$/i;

/**
 * Drops the cues that are the object of an active relative clause about the count ("Twelve nurses, who had treated
 * the wounded, were thanked": the wounded are other people). The clause's own verb stays ("12 people, who had fled
 * their homes", "who died"), and so does a passive clause ("who were wounded in the blast"). Only counts followed by
 * a comma or "who"/"that" reach the regex; the array is copied only when a cue goes.
 *
 * @example dropRelativeObjects(hits, "Ten medics, who carried the injured, were praised", 10, ",")
 */
export function dropRelativeObjects(hits: CueHit[], text: string, groupEnd: number, next: string): CueHit[] {
  if (next !== "," && next !== "who" && next !== "that") return hits;
  const m = ACTIVE_RELATIVE.exec(text.slice(groupEnd, groupEnd + 160));
  if (m === null) return hits;
  const from = groupEnd + m[0].length - m[1].length;
  const to = groupEnd + m[0].length;
  // hits.some(object) ? hits.filter((h) => !object(h)) : hits, as a loop (an arrow and two array builtins are
  // inlined into personCues otherwise): the hits before the first object are copied only once one is found.
  let out: CueHit[] | null = null;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    const object = h.start >= from && h.end <= to && OBJECT_DETERMINER.test(text.slice(Math.max(from, h.start - 8), h.start));
    if (object) out ??= hits.slice(0, k);
    else if (out !== null) out.push(h);
  }
  return out ?? hits;
}

/** How far after a part's noun its abduction participle may start ("three engineers seized", ", who were seized"). */
const PARTICIPLE_REACH = 14;

/**
 * True when every abduction cue of a part is a participle right after it ("three engineers seized last month"),
 * so it tells the part's past, not a new abduction said of the whole.
 */
function onlyAbductionPast(hits: CueHit[], groupEnd: number): boolean {
  let seen = false;
  for (const h of hits) {
    if (h.category !== "abducted") continue;
    if (h.start < groupEnd || h.start - groupEnd > PARTICIPLE_REACH) return false;
    seen = true;
  }
  return seen;
}

const SPEAKERS = new Set(SPEAKER_VERBS);
const INFORMANT_NEXT = new Set(SOURCE_QUALIFIERS);
const INFORMANTS = new Set(SOURCE_NOUNS);
/** A copula right after a count, before its own participle: " were ", " have been ", " had also been ". */
const OWN_PASSIVE = /^[ \t]+(?:were|was|are|is|(?:have|has|had)[ \t]+(?:also[ \t]+)?been)[ \t]+(?:also[ \t]+|reportedly[ \t]+|later[ \t]+)?/;

/**
 * True when a cue other than a held one starts right after the count's own copula ("40 people were taken hostage",
 * "30 villagers have been freed"). `next` (the word after the group) must be a copula: other counts skip the regex.
 */
function ownPassiveCue(text: string, groupEnd: number, next: string, hits: CueHit[]): boolean {
  if (next !== "were" && next !== "was" && next !== "are" && next !== "is" && next !== "have" && next !== "has" && next !== "had") return false;
  const m = OWN_PASSIVE.exec(text.slice(groupEnd, groupEnd + 40));
  if (m === null) return false;
  const at = groupEnd + m[0].length;
  for (const h of hits) if (h.start === at && h.category !== "hostages_held") return true;
  return false;
}

/**
 * Whether a count's head, or else the last word of the group label a neighbour gave it ("Of the 40 prisoners of war,
 * 12 died …" → "prisoners"), is a prisoner noun.
 */
function prisonerGroup(head: string | null, label: string | null): boolean {
  if (head !== null) return PRISONER_HEADS.has(head);
  return label !== null && PRISONER_HEADS.has(label.slice(label.lastIndexOf(" ") + 1));
}

/** "confirmed the deaths of (at least) N": the deaths of people named before. */
const DEATHS_OF = /\bdeaths?[ \t]+of[ \t]+$/i;
/** A dash-delimited aside right after a count: " — about 80 percent of the region — ". */
// DASH_ASIDE and NAMES_ASIDE are pre-tested by dashAsideEnd (a dash or a comma after the blanks): change both together.
const DASH_ASIDE = /^[ \t]*(?:—|–|--)[^—–;:()]{1,80}?(?:—|–|[ \t]--|[ \t]-[ \t])[ \t]*/;

/**
 * One word of a name: a capital, then letters of any script, apostrophes or hyphens ("Ruiz", "Jean-Luc", "O'Neil",
 * "DuBois", "Côté").
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]*`;
/** The names of the people counted, set off by commas: ", Ana Ruiz and Luis Soto, would be released". */
const NAMES_ASIDE = new RegExp(String.raw`^[ \t]*,[ \t]*${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}(?:[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}){0,5}[ \t]*,[ \t]*`, "u");

/**
 * Where the clause resumes after a dash aside or an aside of names right after `groupEnd`, or -1 (see
 * DASH_ASIDE, NAMES_ASIDE: the comma is tested before the names regex).
 */
function dashAsideEnd(text: string, groupEnd: number): number {
  // After its blanks DASH_ASIDE starts with a dash, NAMES_ASIDE with a comma: any other character skips both.
  const c = codeAt(text, skipBlanks(text, groupEnd));
  if (c !== 0x2014 && c !== 0x2013 && c !== 45 && c !== 44) return -1;
  const right = text.slice(groupEnd, groupEnd + 100);
  const m = DASH_ASIDE.exec(right) ?? (right.trimStart().startsWith(",") ? NAMES_ASIDE.exec(right) : null);
  return m ? groupEnd + m[0].length : -1;
}

/**
 * PART_BEFORE or DASH_BEFORE right before `start`. Both end in blanks, so a non-blank character rules them out
 * cheaply; before the blanks PART_BEFORE ends in "g" or "m" (including, whom, them), DASH_BEFORE in a dash.
 */
function partBefore(text: string, start: number): boolean {
  if (!isBlank(codeAt(text, start - 1))) return false;
  let k = start - 1;
  while (k >= 0 && isBlank(codeAt(text, k))) k--;
  const c = codeAt(text, k) | 32;
  if ((c === 103 || c === 109) && PART_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  const d = codeAt(text, k);
  if (d === 45 && HYPHEN_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return hyphenAsideCloses(text, start, k);
  return (d === 45 || d === 0x2013 || d === 0x2014) && DASH_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** A spaced hyphen used as a dash: "killed 40 people - 35 farmers and five children - in the north". */
const HYPHEN_BEFORE = /[ \t]-[ \t]+$/;
/** How far the closing spaced hyphen of such an aside may be. */
const HYPHEN_ASIDE_REACH = 80;

/**
 * True when a spaced hyphen before the count at `start` opens an aside that a second spaced hyphen closes and
 * something precedes it in the sentence: a breakdown of the count before it, not a dateline ("GAZA - 30 people
 * were killed", whose hyphen closes nothing).
 */
function hyphenAsideCloses(text: string, start: number, dash: number): boolean {
  if (dash < 8) return false;
  const close = text.indexOf(" - ", start);
  return close > start && close - start <= HYPHEN_ASIDE_REACH;
}

/** "for" and at least one blank right before `pos` (not before `lo`), case-insensitive. */
function forBefore(text: string, pos: number, lo: number): boolean {
  let k = pos - 1;
  if (k < lo || !isBlank(codeAt(text, k))) return false;
  while (k >= lo && isBlank(codeAt(text, k))) k--;
  return k - 2 >= lo && (codeAt(text, k) | 32) === 114 && (codeAt(text, k - 1) | 32) === 111 && (codeAt(text, k - 2) | 32) === 102;
}

/** The spans of the figures before and after figure `i`: only they can sit between it and its period. */
function neighbours(accepted: {c: Candidate}[], i: number): [number, number][] {
  const out: [number, number][] = [];
  if (i > 0) out.push([accepted[i - 1].c.start, accepted[i - 1].c.groupEnd]);
  if (i + 1 < accepted.length) out.push([accepted[i + 1].c.start, accepted[i + 1].c.groupEnd]);
  return out;
}

/** A cue after the count (from `groupEnd`) with only blanks between it and the next number at `nextStart`. */
function cueRightBefore(hits: CueHit[], text: string, groupEnd: number, nextStart: number): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k].start >= groupEnd && allBlank(text, hits[k].end, nextStart)) return true;
  return false;
}

/*
 * The two loops below are the `hits.filter((h) => …)` calls of readCues and personCues (the same hits in the same
 * order): TurboFan inlines the builtin and its arrow into the caller, which made those rule functions' compiles
 * larger than their own code.
 */

/** The hits but those cueRightBefore finds ("hits.filter((h) => !(h.start >= groupEnd && allBlank(text, h.end, nextStart)))"). */
function hitsNotRightBefore(hits: CueHit[], text: string, groupEnd: number, nextStart: number): CueHit[] {
  const out: CueHit[] = [];
  for (let k = 0; k < hits.length; k++) if (!(hits[k].start >= groupEnd && allBlank(text, hits[k].end, nextStart))) out.push(hits[k]);
  return out;
}

/** The hits from the count's `start` on, and a body word right before it ("hits.filter((h) => h.start >= start || bodyWordBefore(h, start))"). */
function hitsOwnFrom(hits: CueHit[], start: number): CueHit[] {
  const out: CueHit[] = [];
  for (let k = 0; k < hits.length; k++) if (hits[k].start >= start || bodyWordBefore(hits[k], start)) out.push(hits[k]);
  return out;
}

/** A cue within BARE_CUE_DISTANCE of a bare count (hostage-taking cues do not count). */
/**
 * The whole's own seizure participle or relative clause right after it: "(of the 12 nurses) kidnapped last month",
 * "(of the 28 guards) who were taken", not "taken to hospital".
 */
const SEIZED_PARTICIPLE_AFTER = /^[ \t]+(?:(?:who|that)[ \t]+(?:were|had[ \t]+been|have[ \t]+been)[ \t]+)?(?:abducted|kidnapped|seized|captured|snatched|taken(?![ \t]+(?:to|into)\b))\b/i;

/** A participle phrase after a part's count, up to the clause's end: "11 awaiting trial,", "two serving life terms." */
const PARTICIPLE_ASIDE = /^[a-z]+ing\b[^,;:.!?()]{0,60}(?:[,;:.!?)]|$)/;

/**
 * True when a participle phrase (PARTICIPLE_ASIDE) starts at `nextStart` and no cue lies inside it: "among them 11
 * awaiting trial" (no cue) is an aside; "among them 3 suffering gunshot wounds" has a cue of its own.
 *
 * @example participleAsideEnd("freed 90, among them 11 awaiting trial.", 27, []) // true
 */
function participleAsideEnd(text: string, nextStart: number, hits: CueHit[]): boolean {
  const m = PARTICIPLE_ASIDE.exec(text.slice(nextStart, nextStart + 80));
  if (m === null) return false;
  const end = nextStart + m[0].length;
  for (let k = 0; k < hits.length; k++) if (hits[k].start >= nextStart && hits[k].start < end) return false;
  return true;
}

/**
 * The nearest accepted count whose value is at least `value` (a part is never larger than its whole), or null.
 *
 * @example wholeOf(accepted, 20) // the "300 prisoners" of "freed 300 prisoners for four hostages, including 20 …"
 */
function wholeOf(accepted: Accepted[], value: number | null): Accepted | null {
  for (let k = accepted.length - 1; k >= 0; k--) {
    const v = accepted[k].c.tok.value;
    if (value === null || v === null || v >= value) return accepted[k];
  }
  return null;
}

function nearCue(hits: CueHit[]): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k].distance <= BARE_CUE_DISTANCE && !hits[k].cue.startsWith("taking:")) return true;
  return false;
}

/** True when a cue starts exactly at `pos` ("14 drowned": the cue is the count's own verb). */
function cueAt(cues: RawCue[], pos: number): boolean {
  const q = cues[firstFrom(cues, pos)];
  return q !== undefined && q.start === pos;
}

function localDates(dates: DateMention[], s: Sentence) {
  const out: {start: number; end: number; text: string; date: string | null}[] = [];
  for (const d of dates) {
    if (d.sentenceIndex !== s.index) continue;
    if (d.start < s.start || d.end > s.end) continue;
    out.push({start: d.start - s.start, end: d.end - s.start, text: d.text, date: d.date});
  }
  return sortSmall(out, byStart);
}

/** Ascending start (a date's or a span's). */
function byStart(a: {start: number}, b: {start: number}): number {
  return a.start - b.start;
}

const INTRO_DATE = /^(?:by|on|as of|as at|until|through|at the end of|at the start of)\b/i;

/**
 * The comma clause around [start, end) inside [lo, hi): ", " separates clauses (digit commas have no space).
 * A short sentence-initial "By Monday," / "On Friday," belongs to every clause of the sentence.
 *
 * @example commaClause("By Monday, floods killed 57 people, officials said", 25, 34, 0, 50) // [0, 34]
 */
export function commaClause(text: string, start: number, end: number, lo: number, hi: number): [number, number] {
  const before = text.lastIndexOf(", ", start - 1);
  let a = before >= lo ? before + 2 : lo;
  const after = text.indexOf(", ", end);
  const b = after >= 0 && after < hi ? after : hi;
  const first = text.indexOf(", ");
  if (first > 0 && first < 40 && first < a && INTRO_DATE.test(text.slice(lo))) a = lo;
  return [a, b];
}

/**
 * Figures found in one sentence. `dates` and `mentions` may be empty (they only refine as_of and attribution);
 * pass only this sentence's (the stage groups them) so long articles stay linear. `articleRelease` (from
 * articleRelease(article.text), or an ArticleRelease that counts it when first needed) says what "freed two people" means when the sentence has no hostage/prisoner word.
 *
 * @example figuresInSentence(sentence, [], []).map((f) => f.quote)
 */
export function figuresInSentence(sentence: Sentence, dates: DateMention[], mentions: Mention[], articleRelease?: Figure["category"] | ArticleRelease): Figure[] {
  const text = sentence.text;
  const tokens = scanNumbers(text);
  if (tokens.length === 0) return [];
  const cands = outsideNames(candidates(text, tokens), mentions, sentence.start);
  if (cands.length === 0) return [];
  const bounds = hardBoundaries(text);
  const accepted = acceptFigures(text, cands, bounds, sentenceContext(text, articleRelease), mentions, sentence.start);
  if (accepted.length === 0) return [];
  return emitFigures(sentence, accepted, bounds, dates, mentions);
}

/**
 * The candidates whose number is no part of an actor's name: "Barrio 18 released the pupils" names a gang (stage 04's
 * numbered-names.ts), it counts no one. The same list when no mention holds a digit (nearly always).
 *
 * @example outsideNames(cands, [{start: 0, end: 9, text: "Barrio 18", …}], 0) // without the 18
 */
function outsideNames(cands: Candidate[], mentions: Mention[], offset: number): Candidate[] {
  let named: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const t = mentions[k].text;
    const last = t.charCodeAt(t.length - 1);
    if (last >= 48 && last <= 57) (named ??= []).push(mentions[k]);
  }
  if (named === null) return cands;
  const inside = (c: Candidate) => named!.some((m) => offset + c.start >= m.start && offset + c.tok.end <= m.end);
  return cands.some(inside) ? cands.filter((c) => !inside(c)) : cands;
}

/*
 * The phases below are separate functions rather than closures inside figuresInSentence: each is compiled
 * on its own, so a late type change in one phase recompiles that phase only, not the whole sentence path.
 */

/** Opening and closing quote marks around a quoted number phrase. */
function isQuoteMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d;
}

/**
 * Where the group search starts after the number phrase [start, end): past the closing quote when the phrase
 * alone is quoted ('said "up to 160" people could …': the noun after the quote is the count's).
 */
function quotedEnd(text: string, start: number, end: number): number {
  return isQuoteMark(codeAt(text, end)) && isQuoteMark(codeAt(text, start - 1)) ? end + 1 : end;
}

/**
 * A rate after a count's people: " an hour", " a day", " per week", ending its clause or before a word of RATE_AFTER_WORDS
 * ("300 patients a day.", "5,000 travellers per day in summer"). Not a point in time ("59 hostages a year and a half
 * after the attack", "a week into the talks", "a day early", "an hour's drive north": review 29 F6), not "every day".
 */
const RATE_AFTER = new RegExp(`^[ \\t]+(?:a|an|per)[ \\t]+(?:${RATE_UNITS.join("|")})(?:[ \\t]*(?:[.,;:!?)"”]|$)|[ \\t]+(?:${RATE_AFTER_WORDS.join("|")})\\b)`, "i");

/** Number tokens that may be counts of people, with their hedge and group (exclusions dropped). */
function candidates(text: string, tokens: NumberToken[]): Candidate[] {
  const cands: Candidate[] = [];
  // Indexed, not for-of: no array iterator compiled into this loop (compiler zone 9.1 -> 8.2 MB).
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    const before = wordsBefore(text, tok.start, 4);
    // exclusionReason in three parts: a date, time, unit or "one" ("7 October", "5 pm", "12%": a third of all
    // numbers) is dropped before its hedge and group are read; "" ("20-plus") is never excluded.
    const own = numberExclusion(text, tok, before);
    if (own || (own === null && singleExclusion(text, tok, before) !== null)) continue;
    const hedge = findHedge(text, tok.start, tok.end, before);
    let group = findGroup(text, quotedEnd(text, hedge.start, hedge.end), tok.vague, tok.vague ? text.slice(tok.start, tok.end) : "");
    if (group.kind === "none" && !group.partitive && !tok.vague) group = appositiveGroup(text, hedge.start, hedge.end) ?? group;
    // "put the number of dead at 41" is a count, not an age "at 41" (number-at.ts numberOfAtBefore).
    if (own === null && phraseExclusion(text, tok, hedge.start, group.kind !== "none", before) !== null && numberOfAtBefore(text, hedge.start) < 0) continue;
    // "20 refugee camps", "a dozen prisoner exchanges", "in 68 exchanges": the (compound's) head counts things.
    // "four impounded barges": a participle then a plural thing; "3 more patrol vessels": more things.
    if (group.kind === "none" && !group.partitive && (thingNounNext(group.next) || countsThings(text, group.nextStart) ||
      (group.next.endsWith("ed") && participleThing(text, group.nextStart)) || moreThings(text, group.nextStart, group.next))) continue;
    // "carries up to 1,800 skiers an hour", "sees 300 patients a day": a rate of people, no count.
    if (group.kind === "person" && RATE_AFTER.test(text.slice(group.end, group.end + 24))) continue;
    let qualifier = hedge.qualifier;
    if (tok.vague) qualifier = text.slice(tok.start, tok.end).toLowerCase().replace(/\s+/g, " ");
    else if (tok.kind === "range" && qualifier === "exact") qualifier = "range";
    cands.push({tok, start: hedge.start, end: hedge.end, qualifier, group, groupEnd: Math.max(hedge.end, group.end), part: false, strong: false, ownVerb: false, capAt: 0});
  }
  return cands;
}

/** `fallback`: a hostage count with no cue of its own (held by default); coordination may still decide it. */
interface Accepted {
  c: Candidate;
  idx: number;
  head: string | null;
  category: Figure["category"];
  rule: string;
  clo: number;
  chi: number;
  group: string | null;
  cued: boolean;
  fallback: boolean;
}

/**
 * Pass 1: which candidates are figures, and their category (then coordination both ways and swaps).
 * Each family of rules is a function of its own (the cues of the count's window, who holds or frees the people,
 * their own state, the verb after an aside, the rule of the count's kind, the neighbours' rules, the passes over
 * all counts): as one function pass 1 was 13 KB of bytecode, TurboFan's costliest compile in the pipeline, and
 * compile time grows faster than a function's size. The rules and their order are unchanged.
 */
function acceptFigures(text: string, cands: Candidate[], bounds: number[], sctx: SentenceContext, mentions: Mention[] = [], offset = 0): Accepted[] {
  const cues = sentenceCues(text);
  const accepted: Accepted[] = [];
  const sf: SentenceFacts = {text, cands, bounds, cues, sctx, mentions, offset, accepted, freed: undefined};
  markCandidates(text, cands, cues);
  let prev: Accepted | null = null;
  let prevWhole: Accepted | null = null;
  let lastStrongEnd = 0;
  let lastPerson: Candidate | null = null;
  let nextStrong = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const [clo, chi0] = clauseAround(bounds, c.start, c.groupEnd, text.length, REACH);
    // "Some 800 families - mostly herders from the plateau - have fled the district": past a dash aside.
    const chi = dashAsideHi(text, bounds, c.groupEnd, chi0, REACH);
    if (nextStrong <= i) {
      nextStrong = i + 1;
      while (nextStrong < cands.length && !cands[nextStrong].strong) nextStrong++;
    }
    const next = nextStrong < cands.length ? cands[nextStrong] : null;
    const nextStart = next !== null ? next.start : text.length;
    const lo = Math.max(clo, lastStrongEnd);
    const hi = Math.min(chi, nextStart);
    if (c.strong) lastStrongEnd = c.groupEnd;
    // "33 hostages, eight of them dead, and 1,800 prisoners": the aside's cue is the part's, not the next count's.
    if (c.group.partitive && c.group.kind === "none") {
      const q = cues[firstFrom(cues, c.group.nextStart)];
      if (q && q.start === c.group.nextStart) lastStrongEnd = Math.max(lastStrongEnd, q.end);
    }
    const g = c.group;
    const r = new Reading();
    if (!readCues(r, sf, i, lo, hi, next, nextStart)) continue;
    // "33 hostages, eight of them dead": the part takes the head of the group named just before.
    const catGroup = g.partitive && lastPerson ? {...g, head: lastPerson.group.head} : g;
    if (g.kind === "person") lastPerson = c;
    r.take(categorize(catGroup, r.hits, sctx, text, c.groupEnd, c.start));
    // "All but 6 of the 23 captives still held are believed dead": the predicate is the part's; the whole is told
    // only by its own phrase ("still held"), or by its head alone.
    if (g.kind === "person" && i > 0 && wholeAfterPart(text, cands[i - 1].tok.end, c.start)) partPredicate(r, sf, c, cands[i - 1], catGroup);
    if (g.kind === "person") {
      holderRules(r, sf, c, i);
      ownStateRules(r, sf, c);
      // Each rule of the family needs a count with no cue yet.
      if (!r.cued) verbAfterAsideRules(r, sf, c, i, catGroup, prev);
      if (r.category === "other") {
        freedWholeRule(r, sf, c);
        if (r.category === "other") letPrisonersGoRule(r, sf, c);
        if (r.category === "other") letPeopleGoRule(r, sf, c);
        // "At least two other Chilean nationals are still in the Darien" in a hostage story: captives still held.
        if (r.category === "other" && stillThere(g.head, g.label, c.qualifier, text, c.groupEnd, () => sctx.hostage || sctx.articleRelease === "hostages_released")) {
          r.category = "hostages_held";
          r.cued = true;
          r.fallback = false;
        }
      } else if (r.category === "hostages_held" && (r.fallback || remainingLabelOnly(r.hits, c.start))) comeOutRule(r, sf, c);
    }
    // "freed two hostages, but confirmed the deaths of 3 others": in a hostage sentence, "the deaths of N"
    // with no noun of their own (or "others") are more of the captives.
    if (r.category === "killed" && sctx.hostage && !sctx.weakHostage && (g.kind === "none" || g.head === "others") &&
      DEATHS_OF.test(text.slice(Math.max(0, c.start - 20), c.start))) r.category = "hostages_dead";
    // Session 33: "Of the 59 hostages still in Gaza, Israel counts 35 as dead": a bare count dead after an opening
    // "Of the N hostages, …" is a part of them.
    if (r.category === "killed" && g.kind === "none" && accepted.length > 0 && HOSTAGE_HEADS.has(accepted[0].head ?? "") &&
      wholeAfterOf(text, accepted[0].c.start)) r.category = "hostages_dead";
    r.group = g.kind === "person" ? g.label : g.kind === "days" ? "days" : null;
    if (g.kind === "days") {
      // "their ordeal lasted 96 days" is captivity only in a story about hostages (asked only for such a phrase).
      // A hand-over right before the days ("pardoned by the governor after 47 days") asks for a story of a release.
      if (!isCaptivityDays(text, c.start, c.tok.end, g.end, () => sctx.articleRelease === "hostages_released", () => sctx.articleRelease !== undefined,
        () => c.tok.value !== null && sctx.articleDays?.has(c.tok.value) === true)) continue;
      r.rule = "days-in-captivity";
    } else if (g.kind === "person") personCountRule(r, c, prev);
    else if (!bareCountRule(r, sf, c, catGroup, prev)) continue;
    neighbourRules(r, sf, c, i, chi, prev, prevWhole, lastPerson);
    // "Pirates seized 17 sailors; three are now feared dead in captivity": captives' deaths (prisoners keep theirs).
    if (r.category === "killed" && deathInCaptivity(text, c.groupEnd) && !prisonerGroup(g.kind === "person" ? g.head : r.ellipsisHead ?? catGroup.head, r.group)) {
      r.category = "hostages_dead";
    }
    // "About 2 million Palestinians remain in Gaza": a population, not captives. No count of people held runs to
    // hundreds of thousands unless its own noun says hostages or prisoners (session 31).
    if (r.category === "hostages_held" && (c.tok.value ?? c.tok.high ?? 0) >= POPULATION_MIN && !(g.head !== null && (HOSTAGE_HEADS.has(g.head) || PRISONER_HEADS.has(g.head)))) {
      r.category = "other";
    }
    const a: Accepted = {c, idx: i, head: g.kind === "person" ? g.head : r.ellipsisHead, category: r.category, rule: r.rule, clo, chi, group: r.group, cued: r.cued, fallback: r.fallback};
    if (!g.partitive) prevWhole = a;
    accepted.push(a);
    prev = a;
  }
  coordinateBackwards(text, accepted);
  livingBesideBodies(text, accepted);
  seizedWholes(text, accepted);
  swapSides(text, accepted);
  return accepted;
}

/** What every rule of pass 1 reads about the sentence; `freed` is read once, on the first count that needs it. */
interface SentenceFacts {
  text: string;
  cands: Candidate[];
  bounds: number[];
  cues: RawCue[];
  sctx: SentenceContext;
  mentions: Mention[];
  offset: number;
  accepted: Accepted[];
  freed: FreedList | null | undefined;
}

/**
 * One count's reading while pass 1's rules run: the cues of its window and what they say so far. Built with all
 * its fields in one order (one object shape for TurboFan). `active`, `relRelease` and `partVerb` are what
 * readCues found after the count, which later rules read again.
 */
class Reading {
  hits: CueHit[] = [];
  category: Figure["category"] = "other";
  cued = false;
  fallback = false;
  rule = "";
  group: string | null = null;
  ellipsisHead: string | null = null;
  active = false;
  relRelease: ReturnType<typeof releaseAfterRelative> = null;
  partVerb: ParticipleVerb | null = null;

  /** A categorize() verdict (one with no fallback has none: false). */
  take(v: {category: FigureCategory; cued: boolean; fallback?: boolean}): void {
    this.category = v.category;
    this.cued = v.cued;
    this.fallback = v.fallback ?? false;
  }
}

/**
 * Numbers with a noun after them ("six weeks" has none) split the sentence into each figure's cue window.
 * "59 hostages …, including at least 32 whose deaths …": a count introduced as a part is its own window too.
 * "Of the 50 hostages still held, 20 are believed dead": a later bare count with its own verb ("20 are")
 * owns the cues after it, so they never reach back to an earlier count (the 50 are not dead).
 */
function markCandidates(text: string, cands: Candidate[], cues: RawCue[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    c.part = partBefore(text, c.start);
    // A day count does not close windows: "the three hostages, held for 300 days, were freed" — the verb
    // after it is the people's (the days' own category is fixed).
    c.strong = (c.group.kind !== "none" && c.group.kind !== "days") || c.group.partitive === true || c.part;
    c.ownVerb = c.group.kind === "none" && !c.group.partitive && (bareNumberFits(c.group.next).verb || cueAt(cues, c.group.nextStart));
  }
  for (let i = cands.length - 1, cap = text.length; i >= 0; i--) {
    cands[i].capAt = cap;
    cap = Math.min(cap, cands[i].ownVerb ? cands[i].start : text.length);
  }
}

/**
 * The cues of count i's window [lo, hi) that are its own (r.hits), and what comes right after it (r.active,
 * r.relRelease, r.partVerb). `next` is the next strong count, if any. False: the count is no figure (people
 * counted by a status they hold).
 */
function readCues(r: Reading, sf: SentenceFacts, i: number, lo: number, hi: number, next: Candidate | null, nextStart: number): boolean {
  const {text, cands, cues, sctx} = sf;
  const c = cands[i];
  const g = c.group;
  // A cue right before the next number is that number's ("… people attending …, killing some 1,300 people").
  let hits = findCues(cues, lo, Math.min(hi, c.capAt), c.start, c.groupEnd, g.headStart, g.headEnd);
  if (next !== null && next.group.kind !== "days" && cueRightBefore(hits, text, c.groupEnd, nextStart)) {
    hits = hitsNotRightBefore(hits, text, c.groupEnd, nextStart);
  }
  // "another 25 were taken into the hills": a passive "taken" somewhere is an abduction, the count's own verb.
  if (g.kind !== "days" && (g.head === null || !PRISONER_HEADS.has(g.head))) {
    const taken = takenAfter(text, c.groupEnd, sctx);
    if (taken >= 0) hits = [{category: "abducted", cue: "taken", start: taken, end: taken + 5, distance: taken - c.groupEnd}, ...hits];
    // Session 33: "dragged 251 people into Gaza", "took 30 villagers into the Nuba hills": people carried off into a
    // named place by the verb before the count.
    else if (g.kind === "person" && carriedInto(text, c.start, c.groupEnd)) hits = [{category: "abducted", cue: "carried into", start: c.start, end: c.start, distance: 0}, ...hits];
  }
  // Session 33: "The death toll from a chlorine leak at a chemical plant in X rose to 14": the toll a long subject
  // names is the count's, however far ("toll" out of the cue window).
  if (g.kind === "none" && tollRoseTo(text, c.start)) hits = [{category: "killed", cue: "toll", start: c.start, end: c.start, distance: 0}, ...hits];
  // "at least two hold Italian passports": people counted by a status they hold are no casualty figure.
  // "three who hold dual citizenship were freed": a relative clause only drops its own holding cue.
  const statusEnd = g.kind === "days" ? -1 : holdsStatus(text, c.groupEnd, g.next);
  if (statusEnd >= 0 && g.next !== "who" && g.kind === "none") return false;
  // A count of people has filters of its own (personCues); others only lose their holding cue (and keep the
  // new Reading's r.active false, r.relRelease and r.partVerb null).
  if (g.kind === "person") hits = personCues(r, sf, c, i, hits, statusEnd);
  else if (statusEnd >= 0) hits = statusHits(hits, g, c.groupEnd, statusEnd);
  // Session 33: "Of the 59 hostages still in Gaza, Israel counts 35 as dead": a count in an opening "Of the N …," is the
  // whole a later part is taken from; the cues after the opener's comma are the main clause's, the part's.
  if (hits.length > 0 && wholeAfterOf(text, c.start)) {
    const comma = text.indexOf(",", c.groupEnd);
    if (comma > 0) hits = hits.filter((h) => h.start < comma);
  }
  r.hits = hits;
  return true;
}

/**
 * readCues' filters for a count of people (the caller has checked `c.group.kind === "person"`), in readCues'
 * order: the count's own predicate, relative clause, active verb or speech, its holding cue (`statusEnd`, see
 * holdsStatus), then companions and the verb after its relative clause or participle. Sets r.active,
 * r.relRelease and r.partVerb. A function of its own so that readCues, which every count runs, stays a small
 * graph for TurboFan (these filters were half of its bytecode).
 */
function personCues(r: Reading, sf: SentenceFacts, c: Candidate, i: number, hits: CueHit[], statusEnd: number): CueHit[] {
  const {text, cands, cues} = sf;
  const g = c.group;
  // "kept two engineers and shot dead a third driver": a verb after "and" with an object of its own is a new
  // predicate of the subject, about that object, not about this count.
  if (hits.length > 0) hits = dropNextPredicate(hits, text, c.groupEnd);
  // "Twelve nurses, who had treated the wounded": the object of the count's own active relative clause is other people.
  if (hits.length > 0) hits = dropRelativeObjects(hits, text, c.groupEnd, g.next);
  // "between 20 and 30 fighters had escorted the hostages": a subject with its own active verb takes no cue before it.
  const active = activeVerbAfter(text, g.next, g.nextStart, cues);
  r.active = active;
  if (active) hits = hitsFrom(hits, c.groupEnd);
  // "Two officials said no prisoners would be freed": the speakers keep only the words of their own phrase
  // ("Two released prisoners said …" are still freed).
  // So are informants: "Three people familiar with the negotiations said …", "…, two sources said", "according to
  // two diplomats, …".
  else if (SPEAKERS.has(g.next) || INFORMANTS.has(g.head ?? "") || (INFORMANT_NEXT.has(g.next) && informantSays(text, g.nextStart))) {
    hits = hitsInside(hits, c.start, c.groupEnd);
  } else if (accordingToBefore(text, c.start)) {
    hits = hitsInside(hits, c.start, accordingPhraseEnd(text, c.groupEnd));
  }
  // "about 300 people were killed and 40 people were taken hostage": a count with its own passive verb takes
  // that verb and its own label ("the 30 freed hostages were taken to hospital"), not the previous count's verb
  // before it ("the bodies of eight others were handed over": a body word right before the count is its own too).
  else if (ownPassiveCue(text, c.groupEnd, g.next, hits)) hits = hitsOwnFrom(hits, c.start);
  // "three who hold dual citizenship were freed", "freed four hostages holding French passports": see statusHits.
  if (statusEnd >= 0) hits = statusHits(hits, g, c.groupEnd, statusEnd);
  // "released the reporter Ana Ruiz, a Peruvian convicted of treason, and three other people": the others share the release.
  if (hits.length > 0) hits = othersOfRelease(hits, text, c.start, g.label) ?? hits;
  // "Nineteen miners from Kasai, who were seized by a militia in May, were freed on Monday": the verb after the
  // relative clause is the count's own; the clause is its past.
  // "The priest, who was abducted along with two seminarians, returned home": the verb after the relative is
  // the priest's; the companions were abducted.
  const companionEnd = abductedCompanionEnd(text, c.start, c.groupEnd);
  if (companionEnd >= 0) hits = hitsBefore(hits, companionEnd);
  const relRelease = releaseAfterRelative(text, c.groupEnd);
  r.relRelease = relRelease;
  if (relRelease) hits = ownReleaseOverLabel(relRelease.hit, hits, c.start, c.groupEnd);
  // "14 pilgrims abducted on the road to the shrine during the procession have been set free": the main verb after the
  // count's own participle, however far, says what the people are now; the participle is their past.
  const partVerb = relRelease === null && !g.partitive ? ownParticipleVerb(text, cands, i) : null;
  r.partVerb = partVerb;
  if (partVerb !== null && partVerb.hit !== null) hits = ownVerbFirst(partVerb.hit, hits, c.groupEnd);
  return hits;
}

/**
 * The hits of a count whose holding status ends at `statusEnd` ("three who hold dual citizenship were freed"):
 * a relative clause, or a participle after people ("freed four hostages holding French passports"), describes them
 * and only drops its own holding cue; any other status drops every cue.
 */
function statusHits(hits: CueHit[], g: Group, groupEnd: number, statusEnd: number): CueHit[] {
  const described = g.next === "who" || (g.next === "holding" && g.kind === "person");
  if (!described) return [];
  // hits.filter((h) => h.start < groupEnd || h.start >= statusEnd), as a loop (see hitsNotRightBefore).
  const out: CueHit[] = [];
  for (let k = 0; k < hits.length; k++) if (hits[k].start < groupEnd || hits[k].start >= statusEnd) out.push(hits[k]);
  return out;
}

/** A count of people: who holds or frees them (a state, a court, armed members' captors, the one asked to free them). The caller has checked `c.group.kind === "person"`; the rules inside no longer test it. */
function holderRules(r: Reading, sf: SentenceFacts, c: Candidate, i: number): void {
  const {text, cands} = sf;
  const g = c.group;
  // "the warlord commands some 300 gunmen and has demanded a ransom": the size of a force, not a release
  // ("commanded 40 soldiers who were killed": their own death still counts).
  if (r.category !== "killed" && r.category !== "wounded" && commandsForce(text, c.start, g.head)) {
    r.category = "other";
    r.cued = true;
    r.fallback = false;
  }
  // "demanded the release of 14 of his fighters held by the army": people a state holds are prisoners.
  // (Hostages stay hostages: "the release of 5 hostages held by the junta" is a hostage release.)
  if (r.category === "hostages_released" && !HOSTAGE_HEADS.has(g.head ?? "") && heldByState(text, c.groupEnd, g.next)) r.category = "prisoners_released";
  // "talks stalled over the release of 20 of its members": an armed group's own people are held by a state.
  if ((r.category === "hostages_released" || r.category === "other") && ARMED_MEMBERS.has(g.head ?? "") &&
    releaseNounBefore(text, c.start) && armedMemberLabel(text, c.start, g.headEnd, g.head) && !HELD_BY_CAPTORS.test(text.slice(c.groupEnd, c.groupEnd + 50)) &&
    !OTHER_BODY_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 60))) {
    r.category = "prisoners_released";
    r.cued = true;
    r.fallback = false;
  }
  // "Peru released 40 Bolivians on Friday": a state frees people it held, prisoners ("12 kidnapped pupils" stay hostages).
  if ((r.category === "other" || r.category === "hostages_released") && !HOSTAGE_HEADS.has(g.head ?? "") &&
    stateReleaseBefore(text, c.start) && !CAPTIVE_LABEL.test(text.slice(c.start, c.groupEnd)) && !RESCUED_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 60))) {
    r.category = "prisoners_released";
    r.cued = true;
    r.fallback = false;
  }
  // "The president pardoned four activists", "a decree pardoned all but 9 of the jailed students": a pardon frees prisoners.
  if ((r.category === "other" || r.category === "hostages_released") && !HOSTAGE_HEADS.has(g.head ?? "") && pardonBefore(text, c.start)) {
    r.category = "prisoners_released";
    r.cued = true;
    r.fallback = false;
  }
  // "asked the militia to free 12 villagers" (hostages), "urged the government to free 40 activists" (prisoners):
  // the one asked to free them decides.
  if ((r.category === "other" || r.category === "hostages_released" || r.category === "prisoners_released") &&
    !HOSTAGE_HEADS.has(g.head ?? "") && !PRISONER_HEADS.has(g.head ?? "")) {
    const asked = requestedRelease(text, c.start, sf.mentions, sf.offset);
    if (asked !== null) {
      r.category = asked;
      r.cued = true;
      r.fallback = false;
    }
  }
  // "according to three diplomats, 30 hostages were freed": the sources' category is settled (no count after or
  // before them lends them its verb).
  if (r.category === "other" && accordingToBefore(text, c.start)) r.cued = true;
  // "four were killed and 11 crew members remain missing": the count's own verb says they are missing.
  if (missingOwnVerb(text, c.groupEnd, g.next, r.category)) {
    r.category = "other";
    r.cued = true;
    r.fallback = false;
  }
  // "half of the 900 villagers died": the count is the base of the share, not the dead.
  if (r.category !== "other" && shareOfBefore(text, c.start)) {
    r.category = "other";
    r.cued = true;
    r.fallback = false;
  }
  // "The rebels held the 12 workers for a week and released them on Sunday": the release of "them" is the
  // count's last state.
  if ((r.category === "other" || r.category === "hostages_held" || r.category === "abducted") &&
    releasedThem(text, c.groupEnd, i + 1 < cands.length ? cands[i + 1].start : text.length)) {
    r.category = PRISONER_HEADS.has(g.head ?? "") || ARRESTED_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) ? "prisoners_released" : "hostages_released";
    r.cued = true;
    r.fallback = false;
  }
  // "Three protesters were freed on bail": a court let them go.
  if ((r.category === "other" || r.category === "hostages_released") && !HOSTAGE_HEADS.has(g.head ?? "") && releasedOnBail(text, c.start, c.groupEnd)) {
    r.category = "prisoners_released";
    r.cued = true;
  }
}

/** A count of people: their own state (escaped, held with someone, freed after a relative clause, their own verbs). The caller has checked `c.group.kind === "person"`; the rules inside no longer test it. */
function ownStateRules(r: Reading, sf: SentenceFacts, c: Candidate): void {
  const {text, sctx} = sf;
  const g = c.group;
  // "Four workers later escaped through a window" in a kidnap story: captives who got away are freed.
  if ((r.category === "other" || r.fallback) && escapedCaptives(text, c.groupEnd, g.next, g.head, sctx, c.start)) {
    r.category = "hostages_released";
    r.cued = true;
    r.fallback = false;
  }
  // "The pilot was held alongside four other crew until May": held with the one held.
  // ("… until the army freed them": a release after them is theirs too, so not held.)
  // ("… and had lost 9 kilograms": a weight lost, no death.)
  // Round 22: also over a release told before a verb of saying and the captivity phrase ("The pilot, freed in May,
  // said he was held with five other hostages": the release is the speaker's; the others were held with him).
  if (r.category === "other" || r.category === "hostages_released" || (r.category === "killed" && lostWeightOnly(r.hits, text))) {
    const heldFrom = heldWithStart(text, c.start, g.label);
    if (heldFrom >= 0 && (r.category !== "hostages_released" ? !anyHitOfFrom(r.hits, "hostages_released", c.groupEnd) : toldAfterRelease(text, r.hits, heldFrom))) {
      r.category = "hostages_held";
      r.cued = true;
    }
  }
  // With no hostage or prisoner words around, the relative clause says whose release it is.
  const relRelease = r.relRelease;
  if (relRelease && r.category === "other" && relRelease.kind) {
    r.category = releaseForHead(relRelease.kind, g.head);
    r.cued = true;
  }
  // Hostages keep their own rules ("40 hostages seized in May remain missing" are still hostages).
  const partVerb = r.partVerb;
  if (partVerb !== null && !HOSTAGE_HEADS.has(g.head ?? "")) {
    if (partVerb.hit === null) r.category = "other";
    else if (r.category === "other" || r.category === "abducted") r.category = releaseForHead(partVerb.kind, g.head);
    // "Two geologists and the driver who was seized with them were set free, … the release of its members from prison":
    // the seizure says whose release it is, not a prison named elsewhere in the sentence (session 31).
    else if ((r.category === "prisoners_released" || r.category === "hostages_released") && partVerb.kind !== r.category) r.category = releaseForHead(partVerb.kind, g.head);
    if (partVerb.hit === null || r.category === partVerb.kind || r.category === releaseForHead(partVerb.kind, g.head)) {
      r.cued = true;
      r.fallback = false;
    }
  }
  // "…, and 200 soldiers searched the valley": their own verb, not a coordinated one, says what they did.
  if (r.active && r.category === "other") r.cued = true;
}

/** A count of people with no cue yet: the verb after an aside (a dash, a list of names, "were among the hostages", a colon's total). The caller has checked `c.group.kind === "person"`; the rules inside no longer test it. */
function verbAfterAsideRules(r: Reading, sf: SentenceFacts, c: Candidate, i: number, catGroup: Group, prev: Accepted | null): void {
  const {text, cands, bounds, cues, sctx, accepted} = sf;
  const g = c.group;
  // "some 9 dual nationals were among the hostages": the noun they are among says who they are.
  if (!r.cued) {
    const among = amongHead(text, c.groupEnd, g.next);
    if (among) r.take(categorize({...g, head: among.head}, hitsFrom(r.hits, among.end), sctx, text, among.end, c.start));
  }
  // "Some 2 million people — about 80 percent of the region — have been displaced", "two engineers, Ana Ruiz
  // and Luis Soto, would be released": the verb after the aside.
  if (!r.cued) {
    const resume = dashAsideEnd(text, c.groupEnd);
    if (resume >= 0) {
      const [, hi2] = clauseAround(bounds, resume, resume, text.length, REACH);
      const more = findCues(cues, resume, Math.min(hi2, c.capAt), resume, resume, -1, -1);
      if (more.length) r.take(categorize(catGroup, more, sctx, text, c.groupEnd, c.start));
    }
  }
  // "The 12 – seven engineers and five sailors – were freed": the items of a total broken down
  // between dashes take the verb after the closing dash.
  if (!r.cued && r.category === "other" && i > 0) {
    const resume = dashListResume(text, cands, i);
    if (resume >= 0) {
      const [, hi2] = clauseAround(bounds, resume, resume, text.length, REACH);
      const more = findCues(cues, resume, Math.min(hi2, c.capAt), resume, resume, -1, -1);
      if (more.length) r.take(categorize(catGroup, more, sctx, text, c.groupEnd, c.start));
    }
  }
  // "the floods killed 40 people: 25 farmers and 15 children": the items after a colon are the total's people.
  if (!r.cued && r.category === "other" && prev !== null) {
    const t = colonTotal(text, accepted, c.start, c.tok.value);
    if (t >= 0 && listEndsClean(text, cands, i)) {
      r.category = categoryForHead(accepted[t].category, g.head);
      r.cued = r.category !== "other";
      r.fallback = false;
    }
  }
}

/** The categories of a death, which a part's predicate tells of the part only (see partPredicate). */
const PART_DEATHS: ReadonlySet<FigureCategory> = new Set<FigureCategory>(["killed", "hostages_dead"]);

/**
 * For the whole `c` of a part `part` written right before it ("All but 6 | of the 23 captives still on the island are
 * believed to be dead", "Two | of the 12 sailors kidnapped in March were killed"): the cues from the predicate's
 * auxiliary on are the part's (the part, already read, takes their category fitted to the head), and the whole keeps
 * only its own phrase's ("kidnapped in March"), else its head's default. Only for a death: the whole of a dead part
 * is not all dead. Nothing changes when no predicate follows the whole's phrase ("freed 12 of the 40 hostages on
 * Monday"), or the predicate tells no death.
 */
function partPredicate(r: Reading, sf: SentenceFacts, c: Candidate, part: Candidate, catGroup: Group): void {
  const {text, sctx, accepted} = sf;
  const pred = predicateStart(text, c.groupEnd);
  if (pred < 0) return;
  // Only the predicate's own words: not a relative clause, an "of" phrase or another clause after it ("were children
  // whose parents were killed", "are relatives of soldiers killed", "are alive but rescuers fear the rest are dead").
  const after = hitsInside(r.hits, pred, predicateEnd(text, pred));
  if (after.length === 0) return;
  const v = categorize(catGroup, after, sctx, text, c.groupEnd, c.start);
  // Only a death: a release or a stay told of a part is the older rules' business ("Five of the 30 hostages taken in
  // May were freed" frees the 30 too, as earlier rounds read it).
  if (!v.cued || !PART_DEATHS.has(v.category)) return;
  const last = accepted.length > 0 ? accepted[accepted.length - 1] : null;
  if (last !== null && last.c === part) {
    last.category = categoryForHead(v.category, c.group.head);
    last.cued = true;
    last.fallback = false;
  }
  r.take(categorize(catGroup, hitsBefore(r.hits, pred), sctx, text, c.groupEnd, c.start));
  // Decided: no later rule lends the whole its part's predicate again (coordination over " of the ").
  r.cued = true;
  r.fallback = false;
}

/** The rule of a count of people ("number-noun"), and a part ("among them two children") that shares the whole's category. */
function personCountRule(r: Reading, c: Candidate, prev: Accepted | null): void {
  r.rule = c.tok.vague ? "vague-of-noun" : "number-noun";
  // "killed four people, among them two children": a part with nothing of its own shares the whole's category.
  if (!r.cued && prev && prev.category !== "other" && c.part) {
    r.category = prev.category;
    r.cued = true;
    r.rule += "+part";
  } else if (c.part && r.category === "other" && prev && HELD_OR_FREED.has(prev.category) && onlyArrestPast(r.hits)) {
    // "at least 14 Georgians remain in custody, among them five officers arrested in 2021": their arrest is
    // their past; the whole's state is theirs.
    r.category = prev.category;
    r.rule += "+part";
  } else if (c.part && r.category === "abducted" && prev && HELD_OR_FREED.has(prev.category) && onlyAbductionPast(r.hits, c.groupEnd)) {
    // "still holding 20 foreigners, among them three engineers seized last month": their abduction is their
    // past; the whole's state (held or freed) is theirs now.
    r.category = prev.category;
    r.rule += "+part";
  }
}

/**
 * The rule of a bare count (no noun: "20 were freed", "the remaining 30", "and 5 more"). False: the count is no
 * figure (no verb or cue of its own, and no earlier count it continues).
 */
function bareCountRule(r: Reading, sf: SentenceFacts, c: Candidate, catGroup: Group, prev: Accepted | null): boolean {
  const {text, cues, sctx, accepted} = sf;
  const g = c.group;
  // "Police recorded 1,900 kidnapping complaints": records or acts, not people.
  if (seizureRecords(text, g.next, g.nextStart)) return false;
  if (prev && isBlank(codeAt(text, c.start - 1)) && REMAINING_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
    isBlank(codeAt(text, c.groupEnd)) && COPULA_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 12)) && !anyHitFrom(r.hits, c.groupEnd)) {
    // "73 … are returning home, adding that the remaining 30 were border guards": the rest of a count,
    // described by what they are, shares the earlier count's category.
    r.category = prev.category;
    r.cued = true;
    r.rule = "bare-number-remaining";
    return true;
  }
  // "Kuwait pieced the deal together after a request in September, two of them said": people counted as the sources
  // of a report are other (as "two officials said" is), not the whole's fate (session 31).
  if (g.partitive && g.kind === "none" && isBlank(codeAt(text, c.groupEnd)) && SPEAKERS_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 30))) {
    r.category = "other";
    r.cued = true;
    r.fallback = false;
    r.rule = "bare-number-speakers";
    return true;
  }
  // "40 remain in the forest; the army believes up to 15 of them are still alive": a part of captives told alive is
  // held alive. Its whole is an earlier count held or taken in the sentence, or the captives of a hostage story.
  if (g.partitive && g.kind === "none" && isBlank(codeAt(text, c.groupEnd)) && ALIVE_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 40)) &&
    ((prev !== null && (prev.category === "hostages_held" || prev.category === "abducted")) || (prev === null && (sctx.hostage || sctx.articleRelease === "hostages_released")))) {
    r.category = "hostages_held";
    r.cued = true;
    r.fallback = false;
    r.rule = "bare-number-alive";
    return true;
  }
  // "Officials put the total number of hostages still held at about 22": the "number of" phrase is the count's group.
  if (!g.partitive && numberOfAt(r, sf, c)) return true;
  // "Their union puts the figure at 31.": the count before it says what it counts (stage 05's
  // numberAtCategories gives the category, or drops the count). The count must close its phrase ("at 40 million
  // euros" is money) and stay below a million ("put the total at 40 million" of damage).
  if (!g.partitive && numberAtBefore(text, c.start) && bareNumberFits(g.next).stop && (c.tok.value ?? 0) < 1e6) {
    r.category = "other";
    r.cued = true;
    r.fallback = false;
    r.rule = NUMBER_AT_RULE;
    return true;
  }
  const hits = r.hits;
  const fit = bareNumberFits(g.next);
  // "released all but four of them the following week": a time phrase closes the count's phrase like "on" does.
  if (!fit.verb && !fit.stop && timePhraseNext(text, g.next, g.nextStart)) fit.stop = true;
  // Round 34: "21 injured workers are being treated, eleven of them for severe burns": "for" an injury after a part
  // closes its phrase as "with severe burns" does (the part is treated for it: its cue follows).
  // Mend 34 F3: only in a sentence of care before the part ("treated", "injured", "hospital"), so "Nine players are out of
  // Saturday's match, four of them for injuries" and "five of them for causing injuries" are no wounded part.
  if (!fit.verb && !fit.stop && g.partitive && g.next === "for" && FOR_INJURY_AFTER.test(text.slice(g.nextStart + 3, g.nextStart + 40)) &&
    CARE_BEFORE_PART.test(text.slice(Math.max(0, c.start - 200), c.start))) fit.stop = true;
  // "some 250 taken hostage": a cue word right after the number is its verb.
  if (!fit.verb) {
    const q = cues[firstFrom(cues, g.nextStart)];
    if (q && q.start === g.nextStart) fit.verb = true;
  }
  // "including 12 whom the police believe are dead": a part's relative pronoun opens its own verb.
  if (!fit.verb && !fit.stop && c.part && g.next === "whom") fit.verb = true;
  // "including at least 20 the army says are dead": the verb after the reporting clause is the count's.
  let verbFrom = c.groupEnd;
  if (!fit.verb && !fit.stop) {
    const reported = reportedCopulaEnd(text, c.groupEnd, g.next, g.nextStart);
    if (reported >= 0) {
      // "including 12 the army says were officers": with no cue after the copula it is no figure.
      if (!anyHitFrom(hits, reported)) return false;
      fit.verb = true;
      verbFrom = reported;
    }
  }
  if (fit.verb) {
    // "179 died and two survived": a bare subject takes its own verb, not the previous clause's.
    const right = hitsFrom(hits, verbFrom);
    if (right.length > 0) r.take(categorize(catGroup, right, sctx, text, c.groupEnd, c.start));
    else if (otherVerbAfter(text.slice(g.nextStart - 1, g.nextStart + 40))) r.cued = false;
  }
  // "The quake injured 1,100 people, 80 of them seriously": a part with no verb of its own shares the whole's.
  const aside = g.partitive === true && (ADVERB_AFTER.test(text.slice(g.nextStart - 1, g.nextStart + 16)) ||
    (PERSON_WORDS.has(g.next) && STOP_AFTER_NOUN.test(text.slice(g.nextStart + g.next.length, g.nextStart + g.next.length + 6))));
  // "freed nine hostages, five of them during the truce": a hostage part with no verb is not held by default.
  const timeAside = !aside && g.partitive === true && (!r.cued || r.fallback) && TIME_ASIDE_AFTER.test(text.slice(g.nextStart - 1, g.nextStart + 60));
  if (timeAside) {
    r.cued = false;
    r.fallback = false;
  }
  // "Nineteen of the injured were taken to hospitals, three of them to intensive care": a part told by where, whose
  // own cue agrees with the whole's category, is an aside of that whole too (session 31).
  const agreeingAside = !aside && !timeAside && g.partitive === true && r.cued && !r.fallback && prev !== null && r.category === prev.category &&
    !fit.verb && TIME_ASIDE_AFTER.test(text.slice(g.nextStart - 1, g.nextStart + 60));
  // "freed 90 inmates, among them 11 awaiting trial": a part ("among them", "including") told by a participle
  // phrase with no cue of its own before the clause ends is more of the whole.
  // The whole is the nearest earlier count at least as large ("freed 300 prisoners for four hostages, including 20
  // serving life terms": the 20 are of the 300).
  const whole = c.part && !aside && !timeAside && !fit.verb && g.next.length > 4 && g.next.endsWith("ing") ? wholeOf(accepted, c.tok.value) : null;
  const participleAside = whole !== null && whole.category !== "other" && participleAsideEnd(text, g.nextStart, hits);
  if (participleAside) {
    r.cued = false;
    r.fallback = false;
  }
  if (aside || timeAside || participleAside || agreeingAside) fit.stop = true;
  if (participleAside && whole) {
    r.category = whole.category;
    r.cued = true;
    r.hits.push({category: r.category, cue: "partitive", start: c.start, end: c.start, distance: 0});
  } else if ((aside || timeAside) && !r.cued && prev && (prev.category !== "other" || (prev.head !== null && g.partitive === true))) {
    // "Some 320 guests were brought out of the tower, 30 to 40 of them from the roof": a part of people counted as
    // other is other too (session 31), as a part of the killed is killed.
    r.category = prev.category;
    r.cued = true;
    r.hits.push({category: r.category, cue: "partitive", start: c.start, end: c.start, distance: 0});
  }
  const near = aside || timeAside || agreeingAside || nearCue(hits);
  // The people a bare "another N" past a bare aside adds to (read only for such a count; see the chain below).
  const headedWhole = prev && prev.head === null && !g.partitive && !c.tok.vague && ADDITIVE.has(c.qualifier) ? lastHeaded(accepted) : null;
  if (fit.verb && otherVerbAfter(text.slice(g.nextStart - 1, g.nextStart + 40)) && !r.cued) {
    r.category = "other";
    r.cued = true; // the verb after it ("two survived") is what happened to them
    r.rule = "bare-number-verb";
  } else if ((fit.verb || fit.stop) && r.cued && near) {
    r.rule = fit.verb ? "bare-number-verb" : "bare-number-cue";
    // "freed 12 hostages; 5 more were killed": more of the same people, so killed hostages are hostages_dead.
    if (prev && prev.head !== null && !g.partitive && !c.tok.vague && (g.next === "more" || ADDITIVE.has(c.qualifier))) r.category = categoryForHead(r.category, prev.head);
    // "Of the 30 captives still held, at least 8 are dead": a part of a whole named by "Of the" opening the sentence
    // is of its kind (dead hostages are hostages_dead); not when the whole was freed ("Of the 50 hostages freed last
    // year, 3 were killed in a car crash" died free).
    else if (fit.verb && prev && prev.head !== null && !g.partitive && PART_DEATHS.has(r.category) && prev.category !== "hostages_released" &&
      wholeAfterOf(text, prev.c.start)) {
      r.category = categoryForHead(r.category, prev.head);
    }
  } else if (prev && prev.head !== null && !g.partitive && !c.tok.vague && (g.next === "more" || ADDITIVE.has(c.qualifier) ||
    NOT_CONTRAST.test(text.slice(prev.c.groupEnd, c.start)) || comparedCount(text, prev.c.groupEnd, c.start, c.groupEnd))) {
    // "freed 12 hostages on Friday and 5 more on Saturday", "… and another 5", "counted 40 protesters, but not
    // 400": with no cue of its own,
    // the count is more of the earlier count's people, in the same category.
    ellipsisOf(r, prev);
  } else if (headedWhole !== null) {
    // Session 32: past a bare aside, "another N" is more of the people counted before it: "Twenty-three of the injured
    // remain in hospital, four in critical condition; another eleven were flown to the capital" (the four are some of
    // the 23, who are the people the eleven add to).
    ellipsisOf(r, headedWhole);
  } else if (fit.verb && !r.cued && prev && prev.head !== null && !g.partitive && !c.tok.vague && (c.tok.value ?? 0) < 1e6 &&
    coordinatedSubject(text, prev.c.start, prev.c.groupEnd, c.start, g.next) && !numberBetween(sf.cands, prev.c.groupEnd, c.start) &&
    !(HOSTAGE_HEADS.has(prev.head) && STILL_AFTER_AUX.test(text.slice(c.groupEnd, c.groupEnd + 24)))) {
    // "More than 30 reporters have been jailed, and at least 200 have fled abroad": the bare subject of a clause
    // coordinated after a count of people counts the same people; its own verb has no category cue. After a part of
    // a whole ("Nine of the dead were miners and three were rescuers") it is another part of that whole,
    // of its category.
    r.category = prev.category !== "other" && PARTITIVE_OF_THE.test(text.slice(prev.c.start, prev.c.groupEnd)) ? prev.category : "other";
    r.cued = true;
    r.fallback = false;
    r.ellipsisHead = prev.head;
    r.group = prev.head;
    r.rule = "bare-number-coordinated";
  } else if (c.qualifier === "all but" && fit.verb && (opensSentence(text, c.start) || (prev !== null && !countBetween(text, prev.c.groupEnd, c.start)))) {
    // "All but two have been brought to the surface": "all but" opening its sentence counts people named before, as
    // its own verb tells; with no cue of that verb the count is other. Inside a sentence it refers back to the
    // nearest plural, often things ("The storm damaged 40 houses, and all but three have been rebuilt": review 29 F11).
    if (!r.cued) r.category = "other";
    r.cued = true;
    r.fallback = false;
    r.rule = "bare-number-all-but";
  } else return false;
  // "Of the 251 people abducted in the raid, 59 are still in Velmora": a part of an abducted whole named by "Of the"
  // that is still in a place is still held ("… 20 remain in the forest" too).
  if (fit.verb && prev && !g.partitive && (prev.category === "abducted" || prev.category === "hostages_held") && wholeAfterOf(text, prev.c.start) &&
    STILL_IN_PLACE_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 48))) {
    r.category = "hostages_held";
    r.cued = true;
    r.fallback = false;
  }
  return true;
}

const NUMBER_WORD = new RegExp(String.raw`\d|\b(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS)].join("|")})\b`, "i");

/**
 * True when a number stands in text [from, to): "21 of the 23 trapped men are out: 'All but two …'" has none between
 * the men and "All but", "freed 12 hostages and damaged 40 houses; all but three …" has one (the houses).
 */
function countBetween(text: string, from: number, to: number): boolean {
  return from < to && NUMBER_WORD.test(text.slice(from, to));
}

/** True when only blanks and quote marks stand before `start` in the sentence text. */
function opensSentence(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!isBlank(c) && !isQuoteMark(c)) return false;
  }
  return true;
}

/**
 * A bare part's own "are still in / remain in" a place of captivity: captivity, the wild (CAPTIVITY_WILDS: "the
 * forest", "the bush") or a named place not followed by "with" ("still in Zamfara"; not "still in school / shock /
 * the camp", "still in Dapchi with their families": review 29 F1).
 */
// Round 34: also "there", pointing back to the place the whole was taken to ("Of the 120 people taken into the forest,
// 40 are still there").
const STILL_IN_PLACE_AFTER = new RegExp(String.raw`^[ \t]+(?:(?:are|were)[ \t]+still|(?:still[ \t]+)?remain(?:s|ed)?)[ \t]+(?:in[ \t]+(?:captivity\b|the[ \t]+(?:${CAPTIVITY_WILDS.join("|")})\b|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?\b(?![ \t]+with\b))|there\b)`);

/**
 * "let", "lets" or "letting", and a determiner, right before a count ("let the 40 prisoners go").
 * Round 34: also past one companion coordinated before the count ("let the driver and four older passengers walk
 * away", "let a nurse and six patients go"): a common noun phrase of at most three words, then "and".
 */
const LET_RIGHT_BEFORE = /\b(?:lets?|letting)(?:[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+[ \t]+and)?(?:[ \t]+(?:the|all|all[ \t]+the|its|their))?[ \t]+$/i;
/** How far before a count LET_RIGHT_BEFORE reads. */
const LET_BEFORE_REACH = 50;
/** The pre-round-34 shape: "let", "lets" or "letting", and a determiner, right before the count. */
const LET_PLAIN_BEFORE = /\b(?:lets?|letting)(?:[ \t]+(?:the|all|all[ \t]+the|its|their))?[ \t]+$/i;
/** Mend 34 F7: the "let" of LET_RIGHT_BEFORE with its companion. */
const LET_WORD_IN = /\b(?:lets?|letting)[ \t]+(?:the|a|an|its|their|his|her)[ \t]/gi;
/** Mend 34 F7: armed men and pronouns that can be the captors letting people go, besides CAPTOR_NOUNS. */
const LET_SUBJECTS_MORE = ["fighters", "attackers", "assailants", "hostage-takers", "soldiers", "troops", "guards", "police", "army", "they", "he", "she"];
/** Mend 34 F7: captors (or "they") as the subject right before "let": "The gunmen let …", "They later let …". */
const CAPTOR_LET_SUBJECT = new RegExp(String.raw`\b(?:${phraseSource(CAPTOR_NOUNS)}|${LET_SUBJECTS_MORE.join("|")})(?:[ \t]+(?:later|then|also|eventually|finally|have|had|has|had[ \t]+also))?[ \t]+$`, "i");

/**
 * Mend 34 F7: whether "let" stands before the count ([from, start)): plainly ("let the 40 prisoners go"), or past a
 * companion ("let the driver and three passengers go") only with captors for its subject ("The company has since let
 * the manager and six engineers go" is a lay-off, whatever captives the story holds).
 */
function letBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - LET_BEFORE_REACH);
  const before = text.slice(from, start);
  if (LET_PLAIN_BEFORE.test(before)) return true;
  if (!LET_RIGHT_BEFORE.test(before)) return false;
  LET_WORD_IN.lastIndex = 0;
  const m = LET_WORD_IN.exec(before);
  if (m === null) return false;
  const at = from + m.index;
  return CAPTOR_LET_SUBJECT.test(text.slice(Math.max(0, at - 60), at));
}

/** After a part's "for": an injury it is treated for, past at most two modifiers (model TREATED_FOR_INJURIES). */
// Mend 34 F3: modifiers are not "-ing" verbs ("for causing injuries" is an offence).
const FOR_INJURY_AFTER = new RegExp(String.raw`^[ \t]+(?:(?![a-z-]*ing[ \t])[a-z-]+[ \t]+){0,2}?(?:${TREATED_FOR_INJURIES.join("|")})\b(?!-)`);
/** Mend 34 F3: a word of wounds or care before the part: the whole is being treated. */
const CARE_BEFORE_PART = /\b(?:injured|wounded|hurt|treat(?:ed|ing|s)?|treatment|hospitals?|hospitali[sz]ed|admitted|medics|ward|clinics?)\b/i;

/** A FREEDOM_BEFORE match that is its "let" branch. */
const LET_WORD = /^let/i;
/** A freedom told before the count: "let two hostages go", "let the five captives go", "won freedom for two hostages", "secured the release of". */
// Session 32: also after named people listed before it, "let Ana Ruiz, Eva Soto and the five other captives go".
const FREEDOM_BEFORE = /\b(?:(?:let|lets|letting)(?:[ \t]+[A-Z][^.;:!?]{0,70}?[ \t]+and)?(?:[ \t]+(?:the|all|all[ \t]+the|its|their))?|(?:won|win|wins|winning|secured|secure|secures|securing|bought|buys)[ \t]+(?:the[ \t]+)?(?:freedom|release)[ \t]+(?:of|for))[ \t]+$/i;
/**
 * A coming out told after the count, in its clause: "walked out" (bare, or before a time or a manner: "walked out
 * shortly before 9pm", "walked out unharmed"; not "walked out of the meeting", "walked out in protest"), "came out
 * of", "emerged from", "are safe / free now", "owe their freedom", "… go" after a fronted "let" (read with
 * FREEDOM_BEFORE).
 */
const COME_OUT_AFTER = /^[^;:.!?]{0,60}?\b(?:(?:came|come|comes|coming|walked|walk|walks|walking)[ \t]+(?:out[ \t]+(?:of[ \t]+(?:the[ \t]+)?[A-Z]|alive\b|free\b)|out(?=[ \t]*[,;.!?]|[ \t]+(?:shortly|soon|later|just|at|after|before|by|through|unharmed|unhurt|one|together)\b|[ \t]+on[ \t]+\p{Lu})|free\b)|emerged[ \t]+(?:from[ \t]+(?:the[ \t]+)?[A-Z]|alive\b)|(?:are|were|is|was)[ \t]+(?:now[ \t]+|all[ \t]+)?(?:safe|free)\b(?![ \t]+to\b)|owe[ \t]+their[ \t]+freedom\b)/u;

/**
 * Session 33: whether the count's only hold cue is "remaining" before it ("the remaining 14 hostages walked out"): a
 * label of where they stood in a series of releases, which their own coming out after the count outweighs.
 *
 * @example remainingLabelOnly(hits, 30) // true for "… and the remaining 14 hostages walked out on Thursday"
 */
function remainingLabelOnly(hits: readonly CueHit[], start: number): boolean {
  let label = false;
  for (const h of hits) {
    if (h.category !== "hostages_held") continue;
    if (h.cue !== "remaining" || h.end > start) return false;
    label = true;
  }
  return label;
}

/**
 * Session 28: a count of hostages held only by default (no cue of its own) whose freedom is told around it is of
 * hostages released: "let two hostages go", "won freedom for two hostages", "another five hostages walked out", "two
 * hostages who came out of Gaza", "Eleven hostages are safe". Only after a hostage noun (HOSTAGE_HEADS): "300
 * workers walked out" is a strike; a coming out is "of" a named place, "alive" or "free" ("came out in support of
 * the deal", "walked out of the meeting" are none), "safe" not "safe to move", and never for a count inside another
 * noun's "of" phrase ("the families of 59 hostages"; review 28 F6).
 */
function comeOutRule(r: Reading, sf: SentenceFacts, c: Candidate): void {
  const head = c.group.head;
  if (head === null || !HOSTAGE_HEADS.has(head)) return;
  const {text} = sf;
  // "The families of 59 hostages walked out of the meeting": the count is inside another noun's "of" phrase.
  if (OF_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return;
  const freedom = FREEDOM_BEFORE.exec(text.slice(Math.max(0, c.start - 110), c.start));
  if (freedom === null && !COME_OUT_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 90))) return;
  // "let two hostages speak to reporters": a "let" frees only with "go" (or "walk") after the count, whatever stands
  // between "let" and the count ("let the drivers and the five captives speak" frees no one either).
  if (freedom !== null && LET_WORD.test(freedom[0]) && !LET_GO_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 40))) return;
  r.category = "hostages_released";
  r.fallback = false;
  r.cued = true;
}

/**
 * "Israel let almost 1,800 Palestinian prisoners go": prisoners let go are freed prisoners, as hostages let go are
 * freed hostages (comeOutRule). Only "let … go / walk / leave" around the count itself.
 */
function letPrisonersGoRule(r: Reading, sf: SentenceFacts, c: Candidate): void {
  const head = c.group.head;
  if (head === null || !PRISONER_HEADS.has(head)) return;
  const {text} = sf;
  if (!letBefore(text, c.start) || !LET_GO_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 40))) return;
  r.category = "prisoners_released";
  r.cued = true;
  r.fallback = false;
}

/**
 * Session 31: people of any other kind let go in a story of captives are freed: "The gunman let six women go within
 * two hours" in a hostage sentence or story → hostages_released (a prisoner story: prisoners_released). Only "let …
 * go / walk / leave" around the count; "The club let six players go" in a sports story has neither and stays.
 */
function letPeopleGoRule(r: Reading, sf: SentenceFacts, c: Candidate): void {
  const head = c.group.head;
  if (head === null || HOSTAGE_HEADS.has(head) || PRISONER_HEADS.has(head)) return;
  const {text, sctx} = sf;
  if (!letBefore(text, c.start) || !LET_GO_AFTER.test(text.slice(c.groupEnd, c.groupEnd + 40))) return;
  const kind = sctx.hostage ? "hostages_released" : sctx.prisoner ? "prisoners_released" : sctx.articleRelease;
  if (kind !== "hostages_released" && kind !== "prisoners_released") return;
  r.category = kind;
  r.cued = true;
  r.fallback = false;
}

/**
 * Session 32: a count compared with an earlier one of the same people, in another year: "Pirates abducted at least 40
 * seafarers last year, against 14 in 2024", "up from 12 the year before". The word of comparison stands right before
 * the count (after the earlier count's phrase and a comma), and a time comes right after it.
 */
const COMPARED_WITH_BEFORE = new RegExp(String.raw`,[ \t]*(?:against|${COMPARISON}|versus|vs\.?)[ \t]+(?:(?:about|around|some|nearly|almost|over|more[ \t]+than|at[ \t]+least)[ \t]+)?$`, "i");
const TIME_AFTER = /^[ \t]+(?:in[ \t]+(?:\d{4}|the[ \t]+\d{4}s|the[ \t]+(?:same|previous|last)[ \t]+\w+)|last[ \t]+year|the[ \t]+year[ \t]+before|a[ \t]+year[ \t]+(?:earlier|before|ago)|the[ \t]+previous[ \t]+year)\b/i;

/** Whether the count [start, end) is compared with the earlier count ending at `prevEnd` (COMPARED_WITH_BEFORE, TIME_AFTER). */
function comparedCount(text: string, prevEnd: number, start: number, end: number): boolean {
  if (start - prevEnd > 120) return false;
  return COMPARED_WITH_BEFORE.test(text.slice(prevEnd, start)) && TIME_AFTER.test(text.slice(end, end + 30));
}

/** The last accepted count of the sentence with a head noun and a category of its own (not other), or null. */
function lastHeaded(accepted: readonly Accepted[]): Accepted | null {
  for (let k = accepted.length - 1; k >= 0; k--) if (accepted[k].head !== null) return accepted[k].category === "other" ? null : accepted[k];
  return null;
}

/** Reads `r` as more of `prev`'s people, in its category (a bare count with no cue of its own: "… and another 5"). */
function ellipsisOf(r: Reading, prev: Accepted): void {
  r.category = categoryForHead(prev.category, prev.head);
  r.cued = true;
  r.fallback = false;
  r.ellipsisHead = prev.head;
  r.group = prev.head;
  r.rule = "bare-number-ellipsis";
}

/** "of (the)" right before a count: the count belongs to another noun's phrase ("the families of 59 hostages"). */
const OF_BEFORE = /\bof[ \t]+(?:the[ \t]+)?$/i;
/** "go", "walk (free)" or "leave" right after the count's phrase, for a fronted "let". */
const LET_GO_AFTER = /^[ \t]+(?:go|walk|leave)\b/i;

/**
 * What the part is, not what happened to it: "are from Tamale", "were officers", "come from the north" (not "were wounded",
 * "were taken to hospital", "needed treatment": those are events of the part's own).
 */
const IDENTITY_PREDICATE = /^[ \t]+(?:are|were|come|comes|came|hail|hails)\b(?![ \t]+(?:[a-z]+ed|taken|being|been|still|in|at|on|to)\b)/i;
/** "Six of the freed men", "12 of those released": a part of a whole the release participle describes. */
const FREED_WHOLE = /^[ \t]+of[ \t]+(?:the|those)[ \t]+(?:freed|released|liberated)[ \t]/i;

/**
 * Session 28: a part of freed people with no category of its own, told by what they are ("Six of the freed men are
 * from Tamale", "12 of the released men were officers", IDENTITY_PREDICATE) counts freed people: hostages released after a hostage or prisoner head, else the
 * article's kind of release (hostages or prisoners), else nothing. "Nine of the rescued miners" stays as it was:
 * rescued people were no captives.
 */
function freedWholeRule(r: Reading, sf: SentenceFacts, c: Candidate): void {
  if (!FREED_WHOLE.test(sf.text.slice(c.tok.end, c.tok.end + 40)) || !IDENTITY_PREDICATE.test(sf.text.slice(c.groupEnd, c.groupEnd + 40))) return;
  const head = c.group.head;
  const base = head !== null && (HOSTAGE_HEADS.has(head) || PRISONER_HEADS.has(head)) ? "hostages_released" : sf.sctx.articleRelease;
  if (base !== "hostages_released" && base !== "prisoners_released") return;
  r.category = releaseForHead(base, head);
  r.cued = true;
  r.fallback = false;
}

/**
 * Session 28: "Officials put the total number of hostages still held at about 22", "the ministry estimated the
 * number of people displaced at 40,000": the count's people are the "number of" phrase's, and so is its category
 * (the cues inside the phrase: "still held", "displaced", "dead"). Not "the number of ships at 40" (no people).
 * Heldout26's and heldout27's writers both counted such restated totals.
 */
function numberOfAt(r: Reading, sf: SentenceFacts, c: Candidate): boolean {
  const {text, sctx} = sf;
  const phraseStart = numberOfAtBefore(text, c.start);
  if (phraseStart < 0) return false;
  const group = findGroup(text, phraseStart - 1, false);
  if (group.kind !== "person" || group.headEnd > c.start) return false;
  const inPhrase = r.hits.filter((h) => h.start >= phraseStart && h.end <= c.start);
  const verdict = categorize(group, inPhrase, sctx, text, group.end, phraseStart);
  // "put the number of Gaza residents at 2.1 million", "of voters at 12 million": a base population, no event's
  // count (review 28 F7); only a phrase with a category cue counts ("of dead", "of hostages still held").
  if (verdict.category === "other") return false;
  r.take(verdict);
  r.cued = true;
  r.fallback = false;
  r.group = group.label;
  r.rule = "number-of-at";
  return true;
}

/** A count written as a part of a definite whole: "Nine of the dead", "3 of those injured". */
const PARTITIVE_OF_THE = /^\S+ of (?:the|those) /;

/**
 * True when another count (accepted or not) stands in [from, to): "seized 12 passengers and three buses, and two were
 * later recovered" (the two are buses, not passengers).
 */
function numberBetween(cands: Candidate[], from: number, to: number): boolean {
  for (let k = 0; k < cands.length; k++) if (cands[k].start >= from && cands[k].start < to) return true;
  return false;
}

/**
 * "are still …", "remain …" after a bare count of hostages: a state (still held) the coordinated reading would call
 * other ("freed 33 hostages, while 59 are still in the tunnels").
 */
const STILL_AFTER_AUX = new RegExp(String.raw`^[ \t]+(?:(?:${COORDINATED_COUNT_AUXILIARIES.join("|")})[ \t]+)?(?:${STILL_STATE_WORDS.join("|")})\b`, "i");

/**
 * A bare count's own "remain" of being still held: "12 remain there", "12 still remain captive", "12 remain in the
 * forest" (not "remain in hospital": REMAIN_IN_PLACE), "12 remain." (the clause ends). Not "remained" (a past).
 */
const REMAINS_AFTER = new RegExp(String.raw`^[ \t]+(?:still[ \t]+)?remains?(?:[ \t]+(?:there|captive|held|behind[ \t]+bars)\b|[ \t]+${REMAIN_IN_PLACE}|[ \t]*[.;,])`, "i");

/** True when REMAINS_AFTER follows the count ending at `groupEnd` (only a stretch with "remain" reaches the regex). */
function remainsAfter(text: string, groupEnd: number): boolean {
  return occursWithin(text, "remain", groupEnd, groupEnd + 16) && REMAINS_AFTER.test(text.slice(groupEnd, groupEnd + 60));
}

/** A verb of saying (the clause after it is what the speaker tells). */
const SAYING_VERB = /\b(?:said|says|told|tells|recalled|recounts|recounted)\b/i;

/**
 * True when every release cue of `hits` ends before `heldFrom` and a verb of saying stands between the last of them and
 * `heldFrom`: "The pilot, freed in May, said he was held …" (the release is the speaker's own, told before his account).
 */
function toldAfterRelease(text: string, hits: CueHit[], heldFrom: number): boolean {
  let last = -1;
  for (const h of hits) {
    if (h.category !== "hostages_released") continue;
    if (h.end > heldFrom) return false;
    last = Math.max(last, h.end);
  }
  return last >= 0 && SAYING_VERB.test(text.slice(last, heldFrom));
}

/** Rules that read the counts around this one: the whole it is a part of, the count before it, a list of the freed. */
function neighbourRules(r: Reading, sf: SentenceFacts, c: Candidate, i: number, chi: number, prev: Accepted | null, prevWhole: Accepted | null, lastPerson: Candidate | null): void {
  const {text, cands, sctx} = sf;
  const g = c.group;
  // "Bandits abducted 60 pupils … and 14 remain in the forest": a bare count right after an abducted whole, whose own
  // verb is "remain" (there, captive, in a place that is no hospital), is the part still held (round 22).
  if (r.category === "other" && g.kind === "none" && prev && prev.category === "abducted" && remainsAfter(text, c.groupEnd)) {
    r.category = "hostages_held";
    r.cued = true;
    r.rule += "+remain";
  }
  // "59 hostages remain, of whom at least 32 are believed dead": dead parts of hostages are hostages_dead;
  // so is a bare count said to be dead right after hostages were counted ("…, 20 are believed dead").
  if (r.category === "killed" && g.kind === "none" && lastPerson && lastPerson !== c && HOSTAGE_HEADS.has(lastPerson.group.head ?? "") &&
    (c.part || DEAD_STATE.test(text.slice(c.groupEnd, Math.min(c.groupEnd + DEAD_STATE_REACH, c.capAt, chi))))) {
    r.category = "hostages_dead";
  } else if (r.category === "killed" && g.kind === "none" && g.partitive && prev !== null && prev.category === "hostages_held" &&
    OF_THEM_AFTER.test(text.slice(c.start, c.groupEnd + 10))) {
    // Round 22: "Pirates are holding 22 sailors; … four of them have died": a part "of them/whom" right after a count of
    // people still held (whatever their noun) is of those captives.
    r.category = "hostages_dead";
  }
  // "12 of the 90 people taken hostage in May remain in the forest": the part's own verb, past the whole's participle.
  if (g.partitive && g.kind === "person" && i + 1 < cands.length && partStillHeld(text, cands[i + 1].groupEnd)) {
    r.category = "hostages_held";
    r.cued = true;
  } else if (r.category === "abducted" && g.kind === "person" && !g.partitive && heldNow(text, cands, i)) {
    // "Some 40 hostages seized in March are still held in the forest": the main verb, not the participle, says
    // what the count is now.
    r.category = "hostages_held";
    r.cued = true;
  }
  if (!r.cued && r.category === "other" && prev && prev.category !== "other" && prev.category !== "captivity_days" &&
    isBlank(codeAt(text, c.start - 1)) && COMPARED_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) {
    r.category = releaseForHead(prev.category, g.head);
    r.cued = true;
    r.rule += "+compared";
  }
  const between = prev ? text.slice(afterOfWar(text, prev.c.groupEnd), c.start) : "";
  if (((!r.cued && r.category === "other") || r.fallback) && prev && !prev.fallback && COORDINATED.test(between)) {
    // "The raid killed 3 soldiers and 2 hostages": the second count shares the first's verb, fitted to its noun.
    const shared = categoryForHead(prev.category, g.head);
    if (!r.fallback || shared !== "other") {
      r.category = shared;
      r.cued = r.category !== "other";
      r.fallback = false;
      r.rule += "+coordinated";
    }
  } else if (!r.cued && r.category === "other" && prev && prev.c.group.partitive && prevWhole && ASIDE_THEN_AND.test(between)) {
    // "33 hostages, eight of them dead, and 1,800 prisoners": coordinated with the count before the aside.
    r.category = releaseForHead(prevWhole.category, g.head);
    r.cued = r.category !== "other";
    r.rule += "+coordinated";
  }
  // "a dispute held up the release of nine villagers": a release held back leaves the people held.
  if ((r.category === "hostages_released" || r.category === "prisoners_released") && g.kind === "person" && releaseHeldBack(text, c.start) &&
    !FREED_LABEL.test(text.slice(c.start, c.groupEnd)) && !OWN_RELEASE_RELATIVE.test(text.slice(c.groupEnd, c.groupEnd + 60))) {
    // Prisoners are never hostages: a prisoner release held back leaves them where they were ("other").
    r.category = categoryForHead("hostages_held", g.head);
    r.cued = true;
    r.fallback = false;
  }
  // "The nine women, all farmers, had been held for 40 days" in a story of their release: a past captivity, now over.
  if (r.category === "other" && g.kind === "person" && pluperfectHeld(text, c.groupEnd)) {
    const kind = releaseOf(sctx);
    if (kind !== undefined) {
      r.category = releaseForHead(kind, g.head);
      r.cued = true;
      r.rule += "+had-been-held";
    }
  }
  // "Among the repatriated Georgians were four farmers and two students": a list of the freed shares their release.
  if (r.category === "other" && g.kind === "person" && inFreedList(sf.freed === undefined ? (sf.freed = freedList(text)) : sf.freed, c.start)) {
    const kind = sf.freed!.kind ?? releaseOf(sctx);
    if (kind !== undefined) {
      r.category = releaseForHead(kind, g.head);
      r.cued = true;
      r.rule += "+freed-list";
    }
  }
  // "killing some 1,300 people and abducting another 180": the 250 are people too.
  if (r.group === null && prev?.group && COORDINATED_VERB.test(between)) r.group = prev.group;
}

/** Backwards too: "1,500 Israelis and 10 foreigners were killed" — the first shares the second's verb. */
function coordinateBackwards(text: string, accepted: Accepted[]): void {
  for (let i = accepted.length - 2; i >= 0; i--) {
    const a = accepted[i], b = accepted[i + 1];
    if (!((!a.cued && a.category === "other") || a.fallback) || b.category === "other" || b.fallback) continue;
    const gap = text.slice(afterOfWar(text, a.c.groupEnd), b.c.start);
    // "The bus carried 40 passengers, 12 were injured": a bare count after a comma starts its own clause.
    if (b.c.ownVerb && COMMA_ONLY.test(gap)) continue;
    // "holds 40 captives, including 12 whom the army has declared dead": the part's verb is in its own clause.
    if (b.c.part && b.c.group.kind === "none" && b.c.group.next === "whom") continue;
    // "holds 40 captives, including 12 the army presumes dead": a part with a verb of its own tells only its own fate.
    if (b.c.part && b.c.group.kind === "none" && b.rule === "bare-number-verb") continue;
    // "The gang still holds 12 captives, two of them dead": a part in an aside after the whole tells the part's fate.
    const aside = partAsideSpan(text, a.c.groupEnd);
    // Session 33: unless the aside only names who the part are and the verb comes after it: "Twelve people, four of
    // them children, died" (the whole died), as "Twelve people, among them four children, died".
    const inAside = aside !== null && b.c.start < aside.end;
    const verbAfter = inAside ? namingAsideThenVerb(text, b, aside.end) : amongAsideThenVerb(text, gap, b);
    if (inAside && !verbAfter) continue;
    if (COORDINATED.test(gap) || AMONG.test(gap) || verbAfter) {
      // "Four hostages and 200 prisoners were released": the verb after the second noun is the first's too.
      const shared = a.fallback ? categoryForHead(b.category, a.c.group.head) : releaseForHead(b.category, a.c.group.head);
      if (a.fallback && shared === "other") continue;
      a.category = shared;
      a.cued = true;
      a.fallback = false;
      a.rule += "+coordinated";
    }
  }
}

/** Session 33: what may follow a part's count inside an aside that only names who they are (" of them children"). */
const NAMING_TAIL = /^[ \t]+(?:of[ \t]+(?:them|whom)[ \t]+)?(?:[a-z]+[ \t]+)?[a-z]+[ \t]*$/;
/** Session 33: a comma closing the aside, then the verb (an optional auxiliary or adverb first): ", died", ", were killed". */
const VERB_AFTER_ASIDE = /^,[ \t]+(?:(?:were|was|have|had|are|all|later|also)[ \t]+){0,2}[a-z]+(?:ed|died)\b/;
/** Session 33: the gap between a whole and its part opened by "among them" (", among them four children"). */
const AMONG_THEM_GAP = /^[ \t]*,[ \t]*among[ \t]+them[ \t]+$/i;

/**
 * True when the part `b` inside a closed aside ending at `end` is only named ("four of them children") and the
 * aside is followed by the clause's verb: that verb is the whole's ("Twelve people, four of them children, died").
 *
 * @example namingAsideThenVerb("Twelve people, four of them children, died.", b, 36) // true
 */
function namingAsideThenVerb(text: string, b: Accepted, end: number): boolean {
  return NAMING_TAIL.test(text.slice(b.c.groupEnd, end)) && VERB_AFTER_ASIDE.test(text.slice(end, end + 40));
}

/**
 * True when `gap` opens an "among them" part ("Twelve people, among them four children, died") whose noun phrase is
 * closed by a comma and followed by the clause's verb.
 *
 * @example amongAsideThenVerb(text, ", among them ", b) // true for "…, among them four children, died early"
 */
function amongAsideThenVerb(text: string, gap: string, b: Accepted): boolean {
  if (!AMONG_THEM_GAP.test(gap)) return false;
  const close = text.indexOf(",", b.c.groupEnd);
  return close > 0 && close - b.c.groupEnd < 30 && /^[ \t]*$/.test(text.slice(b.c.groupEnd, close)) && VERB_AFTER_ASIDE.test(text.slice(close, close + 40));
}

/** Between a count of hostages and the count of bodies coordinated with it: " and the bodies of ", " and the remains of the ". */
const BODIES_OF_GAP = /^[ \t]+and[ \t]+(?:the[ \t]+)?(?:bodies|remains)[ \t]+of[ \t]+(?:the[ \t]+)?$/i;
/** Right after the bodies' count: the passive hand-over or release both counts share ("were handed over"). */
const SHARED_RELEASE_AFTER = /^[ \t]+(?:(?:were|have[ \t]+been|had[ \t]+been|are[ \t]+to[ \t]+be|will[ \t]+be)[ \t]+)(?:[a-z]+ly[ \t]+)?(?:handed[ \t]+over|released|freed|returned|repatriated)\b/i;

/**
 * "Six captives and the remains of two crewmen were returned": the verb after the bodies is the living hostages'
 * too (a hand-over of the living is a release), and the body word is the second count's, not theirs (round 22). Only
 * hostage heads; the bodies keep hostages_dead.
 */
function livingBesideBodies(text: string, accepted: Accepted[]): void {
  for (let i = 0; i + 1 < accepted.length; i++) {
    const a = accepted[i], b = accepted[i + 1];
    if (!HOSTAGE_HEADS.has(a.c.group.head ?? "") || a.category === "hostages_released") continue;
    if (b.c.start <= a.c.groupEnd || b.c.start - a.c.groupEnd > 30) continue;
    if (!BODIES_OF_GAP.test(text.slice(a.c.groupEnd, b.c.start)) || !SHARED_RELEASE_AFTER.test(text.slice(b.c.groupEnd, b.c.groupEnd + 40))) continue;
    a.category = "hostages_released";
    a.cued = true;
    a.fallback = false;
    a.rule += "+beside-bodies";
  }
}

/**
 * "Nine of the 12 nurses kidnapped last month were freed": the main verb is the part's; the whole is those seized
 * (after the backward pass, which gives a part with no verb of its own that release first).
 */
function seizedWholes(text: string, accepted: Accepted[]): void {
  for (let i = 1; i < accepted.length; i++) {
    const part = accepted[i - 1], whole = accepted[i];
    // Hostage heads keep their own rules ("Five of the 30 hostages taken in May were freed": all are hostages).
    if (!part.c.group.partitive || (whole.category !== "hostages_released" && whole.category !== "prisoners_released") ||
      HOSTAGE_HEADS.has(whole.c.group.head ?? "")) continue;
    if (!allBlank(text, part.c.groupEnd, whole.c.start) || !SEIZED_PARTICIPLE_AFTER.test(text.slice(whole.c.groupEnd, whole.c.groupEnd + 50))) continue;
    whole.category = "abducted";
    whole.rule += "+whole-seized";
  }
}

/** "50 hostages … in exchange for 150 Palestinian women": the two sides of a swap are hostages and prisoners. */
function swapSides(text: string, accepted: Accepted[]): void {
  for (let i = 0; i + 1 < accepted.length; i++) {
    const a = accepted[i], b = accepted[i + 1];
    // "In return for the 14 villagers freed on Monday, the state released 40 prisoners": the side named first, after
    // "in exchange/return for", is the hostages when the other side is prisoners.
    // (Soldiers on either side of a swap are prisoners of war.)
    if (a.category === "prisoners_released" && b.category === "prisoners_released" && !PRISONER_HEADS.has(a.c.group.head ?? "") &&
      !SOLDIER_HEADS.has(a.c.group.head ?? "") && PRISONER_HEADS.has(b.c.group.head ?? "") && forBefore(text, exchangeStart(text, a.c.start), 0) &&
      IN_RETURN_BEFORE.test(text.slice(Math.max(0, a.c.start - 30), a.c.start)) && !FREED_BY.test(text.slice(a.c.groupEnd, b.c.start))) {
      a.category = "hostages_released";
      continue;
    }
    // Every IN_RETURN phrase ends in "for" and blanks: test those characters before the regex.
    if (!forBefore(text, b.c.start, a.c.groupEnd) || !IN_RETURN.test(text.slice(a.c.groupEnd, b.c.start))) continue;
    if (a.category === "hostages_released" && b.category === "hostages_released" && !HOSTAGE_HEADS.has(b.c.group.head ?? "")) b.category = "prisoners_released";
    // "freed 3 Israelis in exchange for 369 prisoners": prisoners on the other side make the first side hostages;
    // "freed a reporter and four other people in exchange for five people held in Lima" is a swap of prisoners.
    else if (a.category === "prisoners_released" && b.category === "prisoners_released" && !PRISONER_HEADS.has(a.c.group.head ?? "") &&
      PRISONER_HEADS.has(b.c.group.head ?? "")) a.category = "hostages_released";
  }
}

/** "freed by Germany": the first side of the swap freed by someone named, a state as often as not (review 15: both sides prisoners). */
const FREED_BY = /\b(?:freed|released|set[ \t]+free|pardoned)[ \t]+by\b/i;
/** "in exchange for the", "in return for" right before a count (the count's hedges are its own). */
const IN_RETURN_BEFORE = /\bin[ \t]+(?:exchange|return)[ \t]+for[ \t]+(?:the[ \t]+)?$/i;

/** Where "for" would end before a count at `start`, past an optional "the" (for forBefore's cheap check). */
function exchangeStart(text: string, start: number): number {
  let k = start;
  while (k > 0 && isBlank(codeAt(text, k - 1))) k--;
  if (k >= 3 && (codeAt(text, k - 1) | 32) === 101 && (codeAt(text, k - 2) | 32) === 104 && (codeAt(text, k - 3) | 32) === 116) return k - 3;
  return start;
}

/**
 * A verb that holds a release back, then the release noun, right before a count: "held up the release of", "blocked
 * the release of the", "delayed the repatriation of".
 */
const HELD_BACK_BEFORE = new RegExp(String.raw`\b(?:${phraseSource(HOLD_BACK_VERBS)})[ \t]+the[ \t]+(?:${phraseSource(RELEASE_NOUNS)})[ \t]+of[ \t]+(?:the[ \t]+|some[ \t]+|about[ \t]+|more[ \t]+than[ \t]+|at[ \t]+least[ \t]+)*$`, "i");

/**
 * True when the release before the count starting at `start` is held back (HELD_BACK_BEFORE): the people are still
 * held. Only a count right after "of " or a hedge reaches the regex (a release noun must be there: releaseNounBefore).
 *
 * @example releaseHeldBack("the row held up the release of nine villagers", 31) // true
 */
export function releaseHeldBack(text: string, start: number): boolean {
  if (!releaseNounBefore(text, start)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const m = HELD_BACK_BEFORE.exec(before);
  // "did not delay the release of 12 hostages": a delay denied holds nothing back.
  return m !== null && !NEGATED_BEFORE.test(before.slice(0, m.index));
}
/** A negation right before the holding-back verb: "did not", "never", "didn't". */
const NEGATED_BEFORE = /\b(?:not|never|n['’]t)[ \t]+$/i;

/** The count's own pluperfect of being held: " had been held", " had been kept captive". */
const HAD_BEEN_HELD = /^[ \t]+had[ \t]+been[ \t]+(?:held|kept)\b/;

/**
 * True when the count's own verb, right after it or after a comma aside ("the nine women, all of them farmers, had been
 * held …"), is a pluperfect of being held: a captivity told as over. Only a blank then "h" reaches the regex.
 *
 * @example pluperfectHeld("The nine women had been held for weeks", 14) // true
 */
export function pluperfectHeld(text: string, groupEnd: number): boolean {
  const aside = commaAsideEnd(text, groupEnd);
  const from = aside >= 0 ? aside + 1 : groupEnd;
  if (!isBlank(codeAt(text, from)) || (codeAt(text, from + 1) | 32) !== 104) return false;
  const m = HAD_BEEN_HELD.exec(text.slice(from, from + 24));
  // "had been held in a separate camp and are still missing": a present state of their own says it is not over.
  return m !== null && !PRESENT_STATE_AFTER.test(text.slice(from + m[0].length, from + m[0].length + 100));
}
/** A present state later in the same clause: "… and are still missing", "… and remain in the camp". */
const PRESENT_STATE_AFTER = /^[^.;]*?\b(?:and|but)[ \t]+(?:are|is|remain|remains|still)\b/i;

/** A list of the freed in a sentence: where it starts (after its verb) and whose release it is, when the noun says. */
export interface FreedList {
  end: number;
  /** Where the list's clause stops (";", ":" or a full stop), or the text's length. */
  stop: number;
  kind: FigureCategory | undefined;
}

/** Whether a count starting at `start` is inside the list of the freed `freed` (null: none in the sentence). */
function inFreedList(freed: FreedList | null, start: number): boolean {
  return freed !== null && start > freed.end && start < freed.stop;
}

/**
 * A list of freed people opening: "The released detainees include", "Those released were", "Among the returned
 * captives are". Group 1 is the release participle, group 2 the noun's last word.
 */
const FREED_LIST = new RegExp(String.raw`\b(?:the|those|among[ \t]+the)[ \t]+(?:${phraseSource(FREED_LIST_PARTICIPLES)})[ \t]+(?:[\w-]+[ \t]+){0,2}?([\w-]+)[ \t]+(?:${phraseSource(FREED_LIST_VERBS)})`, "i");
const FREED_KIND_HOSTAGE = new Set(HOSTAGE_NOUNS);
const SOLDIER_HEADS = new Set(SOLDIER_NOUNS);

/**
 * Where a list of freed people starts in `text` (after its verb) and whose release it is by the freed noun
 * (hostages; prisoners or soldiers; undefined for other people: the sentence or the article decides), or null.
 * Only a sentence with "includ", "were" or "are" after a release participle reaches the regex.
 *
 * @example freedList("Among the repatriated Georgians were four farmers")?.end // 36
 */
export function freedList(text: string): FreedList | null {
  if (text.indexOf("includ") < 0 && text.indexOf(" were ") < 0 && text.indexOf(" are ") < 0 && text.indexOf(" compris") < 0) return null;
  const m = FREED_LIST.exec(text);
  if (m === null) return null;
  const noun = m[1].toLowerCase();
  // "The released figures include 40 deaths": the freed noun must name people (a person noun or a demonym).
  if (!PERSON_WORDS.has(noun) && !FREED_DEMONYM.test(m[1])) return null;
  const kind = FREED_KIND_HOSTAGE.has(noun) ? "hostages_released" : PRISONER_HEADS.has(noun) || SOLDIER_HEADS.has(noun) || noun === "war" ? "prisoners_released" : undefined;
  const end = m.index + m[0].length;
  return {end, stop: clauseStop(text, end), kind};
}

/** The first clause stop (";", ":" or a full stop not before a digit) from `from`, or the text's length. */
function clauseStop(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 59 || c === 58 || (c === 46 && !isDigit(text.charCodeAt(k + 1)))) return k;
  }
  return text.length;
}


/** " of war" right after a group phrase: "prisoners of war" ends its phrase at "prisoners". */
const OF_WAR = /^[ \t]+of[ \t]+war\b/y;

/**
 * Where the words after a group phrase ending at `end` start, past an " of war" that completes its head ("90
 * prisoners of war and 15 volunteers": the second count is coordinated with the first). Only a blank then "o"
 * reaches the regex.
 */
function afterOfWar(text: string, end: number): number {
  if (!isBlank(codeAt(text, end)) || (codeAt(text, end + 1) | 32) !== 111) return end;
  OF_WAR.lastIndex = 0;
  const m = OF_WAR.exec(text.slice(end, end + 10));
  return m === null ? end : end + m[0].length;
}

/**
 * True when candidate `i`'s own captivity participle is followed by its main verb of being still held, with no
 * other count before that verb ("20 people seized in May, 12 are still held": the 12 are held, not the 20). Not
 * the whole of a part named before it: in "9 of the 80 people seized in May remain in the forest" the verb is
 * the part's (see partStillHeld), the 80 were seized.
 */
function heldNow(text: string, cands: Candidate[], i: number): boolean {
  const prev = i > 0 ? cands[i - 1] : null;
  if (prev && prev.group.partitive && allBlank(text, prev.groupEnd, cands[i].start)) return false;
  const end = stillHeldAfterParticiple(text, cands[i].groupEnd, cands[i].group.next);
  return end >= 0 && (i + 1 >= cands.length || cands[i + 1].start >= end);
}

/** Units of a time count inside a participle phrase ("seized two weeks ago", "held for 40 days"). */
const TIME_UNITS = new Set(["days", "weeks", "months", "years", "hours", "day", "week", "month", "year", "hour"]);

/**
 * The main verb after candidate `i`'s own participle (participleMainVerb), when no other count of people sits
 * before that verb and the candidate is not the whole of a part named before it ("9 of the 80 people seized in May were freed":
 * the verb is the part's). Null otherwise.
 */
function ownParticipleVerb(text: string, cands: Candidate[], i: number): ParticipleVerb | null {
  const prev = i > 0 ? cands[i - 1] : null;
  if (prev && prev.group.partitive && allBlank(text, prev.groupEnd, cands[i].start)) return null;
  const v = participleMainVerb(text, cands[i].groupEnd, cands[i].group.next);
  if (v === null) return null;
  // A time count inside the phrase ("two weeks ago") is no subject of its own; a count of people is.
  for (let j = i + 1; j < cands.length && cands[j].start < v.end; j++) if (!TIME_UNITS.has(cands[j].group.next)) return null;
  return v;
}

/**
 * The mentions of sentence `index`: the stage passes only those (the list itself is returned), a caller that passes
 * more gets them filtered. A loop, not `some` with an arrow: no closure per sentence with figures.
 */
function ownMentions(mentions: Mention[], index: number): Mention[] {
  for (let k = 0; k < mentions.length; k++) {
    if (mentions[k].sentenceIndex !== index) return mentions.filter((m) => m.sentenceIndex === index);
  }
  return mentions;
}

/** Pass 2: attribution (once per sentence), period, as_of, modality; the figures with absolute offsets. */
function emitFigures(sentence: Sentence, accepted: Accepted[], bounds: number[], dates: DateMention[], mentions: Mention[]): Figure[] {
  const text = sentence.text;
  const {periods, asOfs} = periodsAndAsOf(text);
  const dLocal = dates.length ? localDates(dates, sentence) : [];
  const sMentions = ownMentions(mentions, sentence.index);
  const attribution = findAttribution(text, sentence.start, sMentions);
  const mod = sentenceModality(text);
  const out: Figure[] = [];
  for (let i = 0; i < accepted.length; i++) {
    const {c, category, rule, clo, chi, group} = accepted[i];
    const g = c.group;
    // Only the neighbours can sit between a figure and its nearest period.
    const picked = g.kind === "days" || periods.length === 0 ? null : pickPeriod(periods, c.start, c.groupEnd, clo, chi, neighbours(accepted, i));
    const period = picked ? picked.text : null;
    const periodSpans = picked ? [picked] : [];
    const asOf = dLocal.length || asOfs.length ? pickAsOf(asOfs, dLocal, c.start, c.groupEnd, clo, chi, periodSpans, commaClause(text, c.start, c.groupEnd, clo, chi)) : null;
    const [mlo, mhi] = clauseAround(bounds, c.start, c.groupEnd, text.length, 120);
    // The verb after a figure may follow an aside: "33 hostages, eight of them dead, were to be returned".
    let commaAfter = text.indexOf(",", c.groupEnd);
    if (commaAfter >= 0 && commaAfter - c.groupEnd <= 2) {
      const second = text.indexOf(",", commaAfter + 1);
      if (second >= 0 && second - commaAfter <= 40) {
        const third = text.indexOf(",", second + 1);
        commaAfter = third >= 0 ? third : text.length;
      }
    }
    const mEnd = Math.min(mhi, c.groupEnd + 80, commaAfter >= 0 ? commaAfter : text.length);
    const modality = findModality(mod, c.start, c.groupEnd, mlo, mEnd);
    const t = c.tok;
    // A constructor, not a literal: figures live to the end of the run (see FigureRecord).
    out.push(new FigureRecord(
      sentence.index,
      sentence.start + c.start,
      sentence.start + c.end,
      text.slice(c.start, c.end),
      t.kind === "range" || t.vague ? null : t.value,
      t.kind === "range" ? t.low : null,
      t.kind === "range" ? t.high : null,
      c.qualifier,
      category,
      group,
      attribution,
      period,
      asOf,
      modality,
      t.vague,
      rule
    ));
  }
  return out;
}
