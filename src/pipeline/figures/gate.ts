/**
 * Decides whether a number without a person noun after it is still a count of people, from the word
 * right after it ("3,400 had been killed", "two survived", "killing hundreds.") — and whether a day
 * count is a count of days in captivity ("after 498 days in captivity", "held for 42 days").
 */
import {CAPTIVITY_CUES, NOT_CAPTIVITY_AFTER, NOT_CAPTIVITY_CUES, OTHER_VERB_CUES, RELATIVES_DAYS_CUES} from "../model/figure-categories.ts";
import {phraseRegex, phraseSource} from "./regex.ts";
import {PERSON_NOUNS} from "../model/person-nouns.ts";
import {codeAt} from "./chars.ts";
import {handoverDays} from "./handover-days.ts";
import {CAPTOR_HOLDER} from "./captor-hands.ts";
import {
  BARE_STOP_NEXT, BARE_VERB_NEXT, CAPTIVITY_STEMS, CUSTODY_STEMS, DAYS_BEFORE_WORDS, DAYS_NOT_AFTER, HOLDING_PARTICIPLES, LATER_RELEASE_VERBS,
  SEIZURE_PARTICIPLES, TIME_FIRST_WORDS, SEIZURE_NOUNS, DAYS_POSSESSIVES, DAYS_RELEASE_WORDS, COORDINATED_COUNT_AUXILIARIES,
  COORDINATED_COUNT_CONJUNCTIONS, PREDICATE_AUXILIARIES, PREDICATE_RELATIVES, PREDICATE_STOPS, WHOLE_DETERMINERS, SEIZING_AGENTS, SEIZING_VERBS
} from "../model/figure-gate-words.ts";

/** Words after a bare number that let it be a subject or object of a casualty verb (model BARE_VERB_NEXT). */
const VERB_NEXT = new Set(BARE_VERB_NEXT);
/** Words after a bare number that close its phrase ("killing hundreds and …", "rose to 3,400 on …"). */
const STOP_NEXT = new Set(BARE_STOP_NEXT);
/** Words of a list as a regex alternation, a space matching spaces or tabs (the lists are plain words: nothing to escape). */
function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/ /g, "[ \\t]+")).join("|");
}
const HOLDING = alternation(HOLDING_PARTICIPLES);
const CAPTIVITY_STEM = alternation(CAPTIVITY_STEMS);
const OTHER_VERB = new RegExp(`^[ \\t]*(?:(?:were|are|have|had|has|was|is)[ \\t]+(?:been[ \\t]+|still[ \\t]+|reported[ \\t]+)?)?(?:${phraseSource(OTHER_VERB_CUES)})`, "i");
const CAPTIVITY_CTX = phraseRegex(CAPTIVITY_CUES, "i");
const NOT_CAPTIVITY = phraseRegex(NOT_CAPTIVITY_CUES, "i");
/** " in the hands of" right after a day count (session 33: such a phrase states its own length; its captor noun decides). */
const HANDS_OF_RIGHT = /^[ \t]+in[ \t]+the[ \t]+hands[ \t]+of\b/i;
/** NOT_CAPTIVITY without the relatives' days: what stops a restated captivity length (session 33). */
const RELATIVES_DAYS = new Set(RELATIVES_DAYS_CUES);
const NOT_RESTATED = phraseRegex(NOT_CAPTIVITY_CUES.filter((w) => !RELATIVES_DAYS.has(w)), "i");
/** A trip phrase right after the days ("after 180 days in orbit"), from the start of the text after the count. */
const NOT_CAPTIVITY_RIGHT = new RegExp(`^[ \\t]*(?:${phraseSource(NOT_CAPTIVITY_AFTER)})`, "i");
const DAYS_RIGHT = new RegExp(String.raw`^[ \t,]*(?:(?:in|of|as|under|inside|spent|held|behind)\b[^.;]{0,30}?(?:${CAPTIVITY_STEM})|(?:held|kept|detained|imprisoned|in[ \t]+captivity|underground\b|behind[ \t]+bars\b))`, "i");
/**
 * "the 52 days he spent in captivity", "the 400 days they were held": a relative clause after the days whose
 * subject spent them held. (Not "the 40 days she spent in Nairobi": a captivity word or a holding verb is needed.)
 */
const DAYS_RELATIVE = new RegExp(String.raw`^[ \t]+(?:(?:that|which)[ \t]+)?(?:he|she|they|we|I|you)[ \t]+(?:(?:had|has|have)[ \t]+)?(?:(?:been|was|were)[ \t]+(?:${HOLDING})\b|(?:spent|endured|survived|lived)\b[^.;]{0,30}?(?:${CAPTIVITY_STEM}))`, "i");
const DAYS_LEFT = new RegExp(String.raw`\b(?:${alternation(DAYS_BEFORE_WORDS)}|(?:once|twice|times)[ \t]+in)(?:[ \t]+(?:captive|hostage|in[ \t]+captivity|for))*[ \t]+$`, "i");
/** "detained since March 2021 — 1,204 days": the days told after a dash are the captivity's length so far. */
const SINCE_DASH_LEFT = new RegExp(String.raw`\b(?:${HOLDING}|captive|captivity|custody)[ \t]+since[ \t]+[^.;—–]{1,25}?[ \t]*(?:—|–|--)[ \t]*$`, "i");
/**
 * "Rebels free Ugandan aid worker after 61 days": a present "free(s)" with a person object (headlines), groups 1–6
 * its words up to "after" ("Rebels free oil engineer and army officer after 40 days": the person may be the second).
 */
const FREE_PERSON = /\bfrees?[ \t]+([A-Za-z-]+)(?:[ \t]+(?!after\b)([A-Za-z-]+))?(?:[ \t]+(?!after\b)([A-Za-z-]+))?(?:[ \t]+(?!after\b)([A-Za-z-]+))?(?:[ \t]+(?!after\b)([A-Za-z-]+))?(?:[ \t]+(?!after\b)([A-Za-z-]+))?/g;
/** "allowed to call home twice in 214 days": a frequency over days is captivity only where custody is named. */
const FREQUENCY_IN = /\b(?:once|twice|times)[ \t]+in[ \t]+$/i;
const CUSTODY_CTX = new RegExp(String.raw`\b(?:${alternation(CUSTODY_STEMS)})`, "i");
const PERSONS = new Set(PERSON_NOUNS);
/**
 * "held for 42 days", and with where or by whom in between: "held in Mali for 90 days", "detained by the
 * militia for 40 days before …" (a short phrase of at most three words after in/at/by/inside).
 */
const HELD_FOR = new RegExp(String.raw`\b(?:${HOLDING})(?:[ \t]+(?:captive|hostage|in[ \t]+captivity))?(?:[ \t]+(?:in|at|by|inside)(?:[ \t]+[A-Za-z'’-]+){1,3}?)?[ \t]+for[ \t]+(?:more[ \t]+than[ \t]+|over[ \t]+|nearly[ \t]+|almost[ \t]+|about[ \t]+)?$`, "i");
/** "after 90 days in captivity", "200 days into captivity" (counted so far: "into" is no later date here). */
const IN_CAPTIVITY_RIGHT = new RegExp(String.raw`^[ \t]+(?:(?:in|of|into)[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:captivity|custody|detention)\b|in[ \t]+the[ \t]+hands[ \t]+of[ \t]+${CAPTOR_HOLDER})`);
/**
 * "the family has had no sign of life from him for 200 days", "nobody has heard from her in 90 days": the
 * relatives' wait for news, not the captivity's length (read on the 70 characters before the count).
 */
const NO_NEWS_LEFT = /\b(?:(?:sign|signs|proof)[ \t]+of[ \t]+life|(?:no|any)[ \t]+(?:word|news|contact)|heard[ \t]+(?:from|of))\b[^.;]{0,40}$/i;
/**
 * "Her detention lasted 96 days", "a captivity that had lasted 300 days": the captivity itself is the subject
 * of the lasting ("the strike lasted 40 days" is no captivity).
 */
const LASTED_LEFT = /\b(?:captivity|detention|custody|imprisonment|incarceration)[ \t]+(?:that[ \t]+|which[ \t]+)?(?:(?:had|has|have)[ \t]+)?last(?:ed|s|ing)?[ \t]+(?:(?:more[ \t]+than|over|nearly|almost|about|some)[ \t]+)?$/i;
/**
 * "Their ordeal lasted 96 days", "the ordeal, which lasted 30 days": an ordeal is captivity only in a story about
 * captives (a captivity word in the sentence, or an article about hostages): "the flood ordeal lasted 9 days" is not.
 */
const ORDEAL_LASTED_LEFT = /\bordeal[ \t]*,?[ \t]+(?:that[ \t]+|which[ \t]+)?(?:(?:had|has|have)[ \t]+)?last(?:ed|s|ing)?[ \t]+(?:(?:more[ \t]+than|over|nearly|almost|about|some)[ \t]+)?$/i;
/**
 * "was freed eleven days later", "released just 12 days later": a release told as an interval is the captivity's
 * length when the sentence names the seizure before it ("kidnapped on 3 May …, freed 40 days later").
 */
const FREED_LEFT = new RegExp(String.raw`\b(?:${alternation(LATER_RELEASE_VERBS)})[ \t]+(?:only[ \t]+|just[ \t]+)?$`, "i");
const LATER_RIGHT = /^[ \t]+later\b/i;
const SEIZED_BEFORE = /\b(?:abduct|kidnap|seized|captured|snatched|taken[ \t]+(?:hostage|captive))/i;
/**
 * "498 days after he was abducted", "210 days after she was dragged from her car": days counted from the person's
 * seizure are days in captivity ("40 days after he was released" or "… was elected" are not).
 */
const DAYS_AFTER_SEIZED = new RegExp(String.raw`^[ \t]+after[ \t]+(?:he|she|they|we|I|you|[A-Z][a-z]+)[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been|have[ \t]+been)[ \t]+(?:first[ \t]+)?(?:${alternation(SEIZURE_PARTICIPLES)}|taken[ \t]+hostage|taken[ \t]+captive)\b(?![ \t]+(?:to|into)[ \t]+(?:the[ \t]+)?hospital)`);
/**
 * "17 days after their abduction", "40 days after the river kidnapping" (a headline's nouns between, up to four
 * words): days counted from a seizure noun are days in captivity ("40 days after the election" are not).
 */
// Session 32: also a seizure told by its armed men and a verb of stopping or taking: "freed on Wednesday, 18 days after
// gunmen stopped their car" (a release verb must stand before the days, as for the nouns).
const DAYS_AFTER_SEIZURE = new RegExp(String.raw`^[ \t]+after[ \t]+(?:(?:(?:the|their|his|her|its|our|my)[ \t]+)?(?:[\w'’-]+[ \t]+){0,4}?(?:${alternation(SEIZURE_NOUNS)})\b|(?:the[ \t]+)?(?:${alternation(SEIZING_AGENTS)})[ \t]+(?:${alternation(SEIZING_VERBS)})\b)`, "i");
/** A release or escape in the clause before such days (model LATER_RELEASE_VERBS and the escape and rescue participles). */
const RELEASE_LEFT = new RegExp(String.raw`\b(?:${alternation([...LATER_RELEASE_VERBS, ...DAYS_RELEASE_WORDS])})\b`, "i");
/** "after" right before the days (with an optional hedge): "let go last week after 430 days". */
const AFTER_LEFT_END = /\bafter[ \t]+(?:(?:more[ \t]+than|nearly|almost|some|about|over)[ \t]+)?$/i;
/** A possessive right before the days (model DAYS_POSSESSIVES): "during his 60 days in <Place>". */
const POSSESSIVE_LEFT = new RegExp(String.raw`\b(?:${alternation(DAYS_POSSESSIVES)})[ \t]+$`, "i");
/** "in <Place>" right after the days. */
const IN_PLACE_RIGHT = /^[ \t]+in[ \t]+[A-Z]/;
/** "they told us after 60 days we …": a captive's own words on the days (read only in a story of captives). */
const AFTER_LEFT = /\bafter[ \t]+$/i;
const FIRST_PERSON_RIGHT = /^[ \t]*,?[ \t]*(?:I|we)\b/;
/** Nothing after the days but the clause's end: "after 211 days.", "after 47 days;", a headline's "after 90 days | Site" or "after 90 days: …". */
const DAYS_END_RIGHT = /^[ \t]*(?:$|[.;:,!?|)"”’'—–])/;
/** "in " right before the days. */
const IN_LEFT = /\bin[ \t]+$/i;
const DAYS_NOT = new RegExp(String.raw`^[ \t]+(?:${alternation(DAYS_NOT_AFTER)})\b`, "i");

/**
 * True when the word after a bare number is a verb-like word or closes the phrase.
 *
 * @example bareNumberFits("had") // true
 */
export function bareNumberFits(next: string): {verb: boolean; stop: boolean} {
  return {verb: VERB_NEXT.has(next), stop: STOP_NEXT.has(next)};
}

/**
 * A time phrase right after a bare count, which closes its phrase like "on" does: "released all but four of them
 * the following week", "released two the following morning", "freed 12 of them a week later".
 */
const TIME_NEXT = /^(?:the[ \t]+(?:next|following|same|previous)[ \t]+(?:day|morning|afternoon|evening|night|week|weekend|month)|(?:a|one|two|three|four|five|six|\d+)[ \t]+(?:days?|weeks?|hours?|months?)[ \t]+(?:later|afterwards)|(?:yesterday|today|overnight)\b)\b/i;
/** First words of TIME_NEXT: other counts skip the regex. */
const TIME_FIRST = new Set(TIME_FIRST_WORDS);

/**
 * True when a time phrase (TIME_NEXT) starts at `nextStart`, the word after a bare count (`next`, lower case).
 *
 * @example timePhraseNext("released four of them the following week", "the", 24) // true
 */
export function timePhraseNext(text: string, next: string, nextStart: number): boolean {
  if (!TIME_FIRST.has(next) && !(next.length > 0 && next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57)) return false;
  return TIME_NEXT.test(text.slice(nextStart, nextStart + 40));
}

/**
 * True when a bare number is followed by a verb that keeps it as a generic count ("two survived").
 *
 * @example otherVerbAfter(" survived the crash") // true
 */
export function otherVerbAfter(after: string): boolean {
  return OTHER_VERB.test(after);
}

/**
 * True when the day count at [start, end) (group ends at `groupEnd`) measures captivity. `hostageArticle` says the
 * article is about freed hostages, `releaseArticle` about freed hostages or prisoners, `statedInArticle` that the
 * article states this very number of days as a captivity elsewhere (each asked only when a rule needs it).
 *
 * @example isCaptivityDays("freed after 498 days in captivity", 12, 15, 20) // true
 */
export function isCaptivityDays(
  text: string, start: number, end: number, groupEnd: number, hostageArticle: () => boolean = () => false, releaseArticle: () => boolean = () => false,
  statedInArticle: () => boolean = () => false
): boolean {
  const right = text.slice(groupEnd, groupEnd + 50);
  if (freedLater(text, start, right)) return true;
  // "held for 812 days after his capture": the holding verb decides before "after" does.
  const heldFor = HELD_FOR.test(text.slice(Math.max(0, start - 40), start));
  if (DAYS_AFTER_SEIZED.test(right)) return true;
  // "during the truce, after 52 days in captivity": captivity written right after the days wins (also over
  // DAYS_NOT's "into": "200 days into captivity").
  if (IN_CAPTIVITY_RIGHT.test(right)) return true;
  // "freed 17 days after their abduction": counted from the seizure (before DAYS_NOT's "after").
  // Only with a release or an escape before the days: "two suspects were arrested 12 days after the kidnapping" is no captivity.
  if (codeAt(right, 1) === 97 || codeAt(right, 1) === 65) {
    if (DAYS_AFTER_SEIZURE.test(right) && RELEASE_LEFT.test(text.slice(Math.max(0, start - 80), start))) return true;
  }
  if (DAYS_NOT.test(right) && !heldFor) return false;
  // The words after the days stop at the clause's comma: "freed after 40 days in <Place>, left hospital on Friday"
  // is a captivity, and the stay in hospital another clause's ("after 10 days in hospital" keeps its guard).
  const near = text.slice(Math.max(0, start - 25), clauseCut(text, groupEnd, Math.min(text.length, groupEnd + 25)));
  // Session 33: a day count the article states elsewhere as a captivity's length is that captivity told again, in
  // whatever words ("We waited for 886 days", "it ended 574 days of waiting", a headline's "613 days under Gaza"),
  // unless a word makes it the length of something else ("the truce lasted 42 days").
  // Not the weak "N days in the hands of …" itself (a stated length the same words made: its captor noun decides below).
  if (!HANDS_OF_RIGHT.test(right) && statedInArticle() && !NOT_RESTATED.test(near)) return true;
  if (NOT_CAPTIVITY.test(near) || NOT_CAPTIVITY_RIGHT.test(right)) return false;
  // "no one from the agency had seen him in 563 days", after "freed after 563 days in captivity": the article's own
  // captivity, told again by what did not happen in it (also against NO_NEWS_LEFT's wait for news).
  if (IN_LEFT.test(text.slice(Math.max(0, start - 4), start)) && DAYS_END_RIGHT.test(right) && statedInArticle()) return true;
  if (!heldFor && NO_NEWS_LEFT.test(text.slice(Math.max(0, start - 70), start))) return false;
  if (DAYS_RIGHT.test(right) || DAYS_RELATIVE.test(right)) return true;
  const left = text.slice(Math.max(0, start - 40), start);
  if (SINCE_DASH_LEFT.test(left) || LASTED_LEFT.test(left)) return true;
  const ctx = text.length > 2000 ? text.slice(Math.max(0, start - 500), end + 500) : text;
  if (ORDEAL_LASTED_LEFT.test(left)) return CAPTIVITY_CTX.test(ctx) || hostageArticle();
  // "during his 60 days in <Place> he was held in a cellar": someone's stay, in a sentence or story of captivity.
  if (POSSESSIVE_LEFT.test(left) && IN_PLACE_RIGHT.test(right)) return CAPTIVITY_CTX.test(ctx) || hostageArticle();
  // "they told us after 60 days we could call home," a freed pilot said: a captive's own count, in a story of captives.
  if (AFTER_LEFT.test(left) && FIRST_PERSON_RIGHT.test(right) && hostageArticle()) return true;
  if (!DAYS_LEFT.test(left)) return false;
  if (FREQUENCY_IN.test(left)) return CUSTODY_CTX.test(ctx);
  if (CAPTIVITY_CTX.test(ctx) || freesPerson(ctx)) return true;
  // Session 32: "whom the rebels let go last week after 430 days in the Sahel": a release verb right before "after N
  // days" in a story of hostages (the article says it; the sentence has no captivity word of its own).
  if (AFTER_LEFT_END.test(left) && RELEASE_LEFT.test(text.slice(Math.max(0, start - 45), start)) && hostageArticle()) return true;
  // "were handed over to the Red Cross after 211 days.", "pardoned by the governor after 47 days;", "Two nurses back
  // in Nairobi after 90 days": people handed over or freed people back in a place right before the days that end
  // the clause, in a story of a release (hostages or prisoners). Not a thing, a body or an official's trip
  // (handover-days.ts).
  return DAYS_END_RIGHT.test(right) && handoverDays(text.slice(Math.max(0, start - 100), start)) && releaseArticle();
}

/**
 * `end`, or the first comma or semicolon in [from, end) when there is one.
 *
 * @example clauseCut("after 40 days in Mali, left hospital", 13, 36) // 21
 */
function clauseCut(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59) return k;
  }
  return end;
}

/**
 * True when the days at `start` (`right` is the text after them) are a release told as an interval after a seizure
 * named earlier in the sentence: "kidnapped on 3 May and freed 40 days later" (not "the plant was seized and
 * reopened 40 days later", nor "released from hospital six days later").
 */
function freedLater(text: string, start: number, right: string): boolean {
  if (!LATER_RIGHT.test(right)) return false;
  const left = text.slice(Math.max(0, start - 20), start);
  return FREED_LEFT.test(left) && SEIZED_BEFORE.test(text.slice(Math.max(0, start - 300), start));
}

/**
 * True when the text frees a person in the present, as headlines do: "Rebels free Ugandan aid worker" (not
 * "offered free check-ups": the noun after must be a person noun).
 *
 * @example freesPerson("Rebels free Ugandan aid worker after 61 days") // true
 */
export function freesPerson(text: string): boolean {
  if (!text.includes("free")) return false;
  FREE_PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FREE_PERSON.exec(text))) {
    for (let k = 1; k <= 6; k++) if (m[k] !== undefined && PERSONS.has(m[k])) return true;
  }
  return false;
}

const COORDINATED_AUX = new Set(COORDINATED_COUNT_AUXILIARIES);
/** "of the", "of its", "of their" right before a count: the count is a whole whose parts follow (model WHOLE_DETERMINERS). */
const OF_WHOLE_BEFORE = new RegExp(String.raw`\bof[ \t]+(?:(?:${alternation(WHOLE_DETERMINERS)})[ \t]+)?$`, "i");
/** "Of the", "Of its" (capital, determiner required) right before a count: checked for a sentence opening by wholeAfterOf. */
const OF_WHOLE_OPENING = new RegExp(String.raw`(?:^|[^A-Za-z])Of[ \t]+(?:${alternation(WHOLE_DETERMINERS)})[ \t]+$`);
/**
 * The stretch between a count of people and a bare count: the first count's clause goes on (a word of its own) and
 * ends at a comma or semicolon and/or a conjunction right before the bare count.
 */
const COORDINATED_BETWEEN = new RegExp(String.raw`[A-Za-z][^.!?:;,]*?(?:[,;][ \t]*(?:(?:${alternation(COORDINATED_COUNT_CONJUNCTIONS)})[ \t]+)?|[ \t]+(?:${alternation(COORDINATED_COUNT_CONJUNCTIONS)})[ \t]+)$`, "i");

/**
 * True when the count at `start` is the whole of a part written right before it ("All but 6 | of the 23 captives
 * still held are believed dead", "three of its 40 miners"): `partEnd` is the end of the part's number.
 *
 * @example wholeAfterPart("Three of the 40 miners are dead", 5, 13) // true
 */
export function wholeAfterPart(text: string, partEnd: number, start: number): boolean {
  return start > partEnd && start - partEnd <= 12 && PART_OF_WHOLE.test(text.slice(partEnd, start));
}
/** " of the ", " of its ": what joins a part to its whole. */
const PART_OF_WHOLE = new RegExp(String.raw`^[ \t]+of[ \t]+(?:${alternation(WHOLE_DETERMINERS)})[ \t]+$`, "i");
/**
 * The auxiliary that opens the predicate after a whole's phrase ("… still on the island | are believed dead"), group 1 the
 * word before it (a relative pronoun's auxiliary is its own clause's: "the 28 soldiers who were taken | are home").
 */
const PREDICATE_AUX = new RegExp(String.raw`([A-Za-z]*)[ \t]+(?:${alternation(PREDICATE_AUXILIARIES)})[ \t]`, "i");
const RELATIVES = new Set(PREDICATE_RELATIVES);

/**
 * Where the predicate after a count's phrase starts (its first auxiliary, within the clause up to 80 characters on),
 * or -1 (also when that auxiliary is a relative pronoun's).
 *
 * @example predicateStart("23 captives still ashore are dead", 11) // 24
 */
export function predicateStart(text: string, from: number): number {
  const stretch = text.slice(from, clauseCut(text, from, Math.min(text.length, from + 80)));
  const m = PREDICATE_AUX.exec(stretch);
  // A whole with a relative clause of its own ("the 28 soldiers who were taken are home") has a verb of its own,
  // which the older rules read (the main verb over the relative clause's): no predicate is split off.
  if (m === null || RELATIVES.has(m[1].toLowerCase())) return -1;
  return from + m.index + m[1].length;
}

const PREDICATE_STOP = new RegExp(String.raw`(?:[,;:.!?(]|[ \t](?:${alternation(PREDICATE_STOPS)})(?![A-Za-z]))`, "i");

/**
 * Where the part's own predicate that starts at `pred` ends: at the clause's end or the first word that opens a
 * relative clause, an "of"/"to the" phrase or another clause (model PREDICATE_STOPS), so "were children whose parents
 * were killed" tells the part no death.
 *
 * @example predicateEnd("are relatives of soldiers killed", 0) // 13
 */
export function predicateEnd(text: string, pred: number): number {
  const m = PREDICATE_STOP.exec(text.slice(pred, Math.min(text.length, pred + 120)));
  return m === null ? Math.min(text.length, pred + 120) : pred + m.index;
}

/**
 * True when the count at `start` is a whole named by "Of the" / "Of its" opening its sentence ("Of the 40 miners
 * trapped, 12 are dead"), whose parts follow it. Not any "of" before a count: "the release of 33 hostages …, while
 * 40 were killed in strikes" names no whole.
 *
 * @example wholeAfterOf("Of the 40 miners, 12 are dead", 7) // true
 */
export function wholeAfterOf(text: string, start: number): boolean {
  const lo = Math.max(0, start - 16);
  const m = OF_WHOLE_OPENING.exec(text.slice(lo, start));
  if (m === null) return false;
  const ofAt = lo + m.index + m[0].indexOf("Of");
  // Only a sentence opening: the start of the text or a line, or after a full stop (and a closing quote or bracket).
  return /(?:^|\n|[.!?]["'\u2019\u201d)\]]?[ \t]+)["\u201c]?[ \t]*$/.test(text.slice(Math.max(0, ofAt - 8), ofAt)) || ofAt === 0;
}

/** True when the count at `start` comes after any "of (the)" ("the release of 33 hostages", "Of the 342 inmates"). */
function afterOf(text: string, start: number): boolean {
  return OF_WHOLE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * True when a bare count at `start` whose next word is `next` is the subject of its own clause (an auxiliary right
 * after it) coordinated after the clause of a count of people ending at `prevEnd`: "More than 30 reporters have been
 * jailed since 2019, and at least 200 have fled abroad" (the 200 are reporters). Not "freed 12 soldiers and 30 were
 * …" (no clause of the first count's own between), nor across a colon or a full stop, nor after a whole named after
 * "of" ("Of the 342 inmates, …").
 *
 * @example coordinatedSubject("30 reporters have been jailed, and 200 have fled", 0, 12, 38, "have") // true
 */
export function coordinatedSubject(text: string, prevStart: number, prevEnd: number, start: number, next: string): boolean {
  if (!COORDINATED_AUX.has(next) || prevEnd >= start || start - prevEnd > 160) return false;
  // "Of the 342 inmates, 36 are …, while some 290 are …": parts of a whole named after "of" are not the whole's
  // like; they take its state, which this sentence alone does not tell.
  if (afterOf(text, prevStart)) return false;
  return COORDINATED_BETWEEN.test(text.slice(prevEnd, start));
}
