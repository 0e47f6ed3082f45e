/**
 * Whose hand-over, pardon or return stands before "after N days" (figures/gate.ts isCaptivityDays): only people's
 * ("Two miners were handed over to the Red Cross after 211 days"), not a thing's ("Police handed over the files after 30
 * days"), a body's ("The bodies were handed over after 12 days") or an official's trip ("The negotiator was back in Doha
 * after four days").
 */
import {PERSON_NOUNS} from "../model/person-nouns.ts";
import {FIGURE_PERSON_NOUNS} from "../model/figure-person-nouns.ts";
import {KIN_NOUNS} from "../model/kin-words.ts";
import {HOSTAGE_NOUNS} from "../model/figure-categories.ts";
import {UNITS, TENS} from "../model/number-words.ts";
import {
  DAYS_HANDOVER_WORDS, DAYS_RETURN_WORDS, DAYS_HANDOVER_AUXILIARIES, DAYS_HANDOVER_ADVERBS, DAYS_HANDOVER_DEAD_WORDS,
  DAYS_SUBJECT_OPENERS, DAYS_HANDOVER_PRONOUNS
} from "../model/figure-gate-words.ts";

/** Words of a list as a regex alternation, a space matching spaces or tabs (plain words: nothing to escape). */
function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/ /g, "[ \\t]+")).join("|");
}

/** A phrase whose first letter may be a capital ("[Bb]ack from"): the regex it goes in is case-sensitive for the place. */
function capitalOrNot(w: string): string {
  return `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
}

/** What no comma, semicolon, dash or joined clause cuts between the verb and "after" (the days end the clause). */
const UNCUT_TO_AFTER = String.raw`(?:(?![,;:—–]|\b(?:and|but|while|as|when)\b).)*after[ \t]+$`;
/** A passive hand-over right before the uncut stretch: "were (finally) handed over to the Red Cross in Bunia after ". */
const PASSIVE_HANDOVER = new RegExp(String.raw`\b(?:${alternation(DAYS_HANDOVER_AUXILIARIES)})[ \t]+(?:(?:${alternation(DAYS_HANDOVER_ADVERBS)})[ \t]+)?(?:${alternation(DAYS_HANDOVER_WORDS)})\b${UNCUT_TO_AFTER}`, "i");
/** A return to a capitalised place: "back in Nairobi after ". */
const RETURN_TO_PLACE = new RegExp(String.raw`\b(?:${alternation(DAYS_RETURN_WORDS.map(capitalOrNot))})[ \t]+[A-Z]${UNCUT_TO_AFTER}`);
/** The last clause break or subject opener in the text before the verb: what follows it is the subject. */
const SUBJECT_START = new RegExp(String.raw`(?:[.;:,!?|()"“”—–\n]|\b(?:${alternation(DAYS_SUBJECT_OPENERS)})\b)(?!.*(?:[.;:,!?|()"“”—–\n]|\b(?:${alternation(DAYS_SUBJECT_OPENERS)})\b))`, "i");
/** A copula left at the end of a return's subject: "The two men were" (back in Lyon). */
const TRAILING_COPULA = /[ \t]+(?:is|are|was|were|now|are[ \t]+now|were[ \t]+finally)[ \t]*$/i;
const DEAD_WORDS = new RegExp(String.raw`\b(?:${alternation(DAYS_HANDOVER_DEAD_WORDS)})\b`, "i");
const PEOPLE = new Set<string>([...PERSON_NOUNS, ...FIGURE_PERSON_NOUNS, ...KIN_NOUNS]);
const HOSTAGES = new Set(HOSTAGE_NOUNS);
const PRONOUNS = new Set(DAYS_HANDOVER_PRONOUNS);
/** "The two", "Two nurses", "the 3 engineers": a count in the subject. */
const COUNT_WORD = new RegExp(String.raw`\b(?:\d+|both|${Object.keys(UNITS).join("|")}|${Object.keys(TENS).join("|")})\b`, "i");
/** Two capitalised names joined by "and": "Jan Novak and Petr Holub" (back in Prague). */
const NAME_PAIR = /[A-Z][\p{L}'’-]*[ \t]+and[ \t]+[A-Z]/u;
/** A full name at the end of the subject: "Ana Lind". */
const FULL_NAME_END = /[A-Z][\p{L}'’-]+[ \t]+[A-Z][\p{L}'’-]+$/u;

/** A preposition that opens a phrase after the subject's head: "Two miners from Kolwezi", "three of the nurses". */
const AFTER_HEAD = /[ \t]+(?:from|of|in|at|with|for|on|near)[ \t]+/i;

/** An age set off by commas after a name: "Marek Olszewski, 61, was handed back" (no clause break). */
const AGE_ASIDE = /,[ \t]*\d{1,3}[ \t]*,/g;

/** The subject: the words after the last clause break or subject opener in `before` (ages after names left out). */
function subjectOf(before: string): string {
  before = before.replace(AGE_ASIDE, "");
  const m = SUBJECT_START.exec(before);
  return (m ? before.slice(m.index + m[0].length) : before).trim();
}

/** The subject's head, lower case: its last word before a prepositional phrase ("Two miners from Kolwezi" → "miners"). */
function headOf(subject: string): string {
  const cut = AFTER_HEAD.exec(subject);
  const words = (cut ? subject.slice(0, cut.index) : subject).split(/[ \t]+/);
  return words[words.length - 1].toLowerCase().replace(/['’]s?$/, "");
}

/**
 * True when the stretch `before` (text up to the day count, ending in "after ") hands people over, pardons them or
 * brings freed people back to a named place: a passive "was/were handed over|back|pardoned" whose subject is people
 * (a person or kin noun, a pronoun, a count, a full name) and no body; "back in <Place>" only when its subject names
 * freed people (a count, two names joined by "and", a hostage noun), never one office-holder.
 *
 * @example handoverDays("Two miners were handed over to the Red Cross in Bunia after ") // true
 * @example handoverDays("Police handed over the files to prosecutors after ") // false
 * @example handoverDays("The negotiator was back in Doha after ") // false
 */
export function handoverDays(before: string): boolean {
  const passive = PASSIVE_HANDOVER.exec(before);
  if (passive) {
    const subject = subjectOf(before.slice(0, passive.index));
    if (subject === "" || DEAD_WORDS.test(subject)) return false;
    const head = headOf(subject);
    return PRONOUNS.has(head) || PEOPLE.has(head) || COUNT_WORD.test(head) || FULL_NAME_END.test(subject);
  }
  const back = RETURN_TO_PLACE.exec(before);
  if (!back) return false;
  const subject = subjectOf(before.slice(0, back.index)).replace(TRAILING_COPULA, "");
  // "Back from Kidal after 212 days: …": a headline's return with no subject, at the text's start.
  if (subject === "" && before.slice(0, back.index).trim() === "") return true;
  if (subject === "" || DEAD_WORDS.test(subject)) return false;
  const head = headOf(subject);
  return COUNT_WORD.test(subject) || NAME_PAIR.test(subject) || HOSTAGES.has(head);
}
