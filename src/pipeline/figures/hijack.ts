/**
 * Hijackings as hostage context (mend 23 F8, narrowing round 23's 4109f4d): a "hijack" word counts as a hostage word
 * only in a sentence that names a vehicle carrying people (model HIJACKED_VEHICLES: "the hijacked plane", "the
 * hijacking of the bus") and no police detention (PRISONER_CONTEXT, HIJACK_POLICE_CUES). "Hackers hijacked the
 * ministry's website" and "after the hijacking of the bus, police detained 20 passengers … and released 15" are not
 * hostage stories.
 */
import {HIJACK_POLICE_CUES, HIJACK_WORDS, HIJACKED_VEHICLES, PRISONER_CONTEXT} from "../model/figure-categories.ts";
import {phraseRegex} from "./regex.ts";

const HIJACK = phraseRegex(HIJACK_WORDS, "i");
const HIJACK_ALL = phraseRegex(HIJACK_WORDS, "gi");
const VEHICLE = phraseRegex(HIJACKED_VEHICLES, "i");
const POLICE = phraseRegex([...PRISONER_CONTEXT, ...HIJACK_POLICE_CUES], "i");
/** Characters that end a sentence, for the article-wide count. */
const SENTENCE_END = /[.!?\n]/;

/**
 * Whether one sentence's hijack word makes it hostage context.
 *
 * @example hijackHostage("The hijackers released 40 passengers of the ferry.") // true
 * @example hijackHostage("Hackers hijacked the ministry's website.") // false
 */
export function hijackHostage(sentence: string): boolean {
  return mayHoldJ(sentence) && HIJACK.test(sentence) && VEHICLE.test(sentence) && !POLICE.test(sentence);
}

/**
 * Every hijack word has a "j" ("hijack", "skyjack"): a sentence with no "j" or "J" (five in six) skips the regex, which
 * is otherwise a scan of each sentence whose hostage words are asked for. True for any sentence if a word without
 * one is ever added to the list.
 */
const J_IN_EVERY_WORD = HIJACK_WORDS.every((w) => w.toLowerCase().includes("j"));

function mayHoldJ(sentence: string): boolean {
  return !J_IN_EVERY_WORD || sentence.indexOf("j") >= 0 || sentence.indexOf("J") >= 0;
}

/**
 * How many hijack words `text` (an article's lead part) has, for article-context.ts's count of hostage words: all of
 * them when one stands in a sentence hijackHostage accepts (the story is a hijacking of people: "A man hijacked a
 * coach … The hijacker wants …"), else none ("hackers hijacked the website").
 */
export function countHijackHostage(text: string): number {
  if (!HIJACK.test(text)) return 0;
  HIJACK_ALL.lastIndex = 0;
  let n = 0;
  let accepted = false;
  let m: RegExpExecArray | null;
  while ((m = HIJACK_ALL.exec(text)) !== null) {
    n++;
    if (!accepted) {
      let a = m.index;
      while (a > 0 && !SENTENCE_END.test(text[a - 1])) a--;
      let b = m.index + m[0].length;
      while (b < text.length && !SENTENCE_END.test(text[b])) b++;
      accepted = hijackHostage(text.slice(a, b));
    }
    if (m[0].length === 0) HIJACK_ALL.lastIndex++;
  }
  return accepted ? n : 0;
}
