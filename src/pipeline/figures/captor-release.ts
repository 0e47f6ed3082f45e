/**
 * Who frees decides hostages vs prisoners: an armed group that is no state (model CAPTOR_NOUNS) freeing people
 * frees hostages ("a gang has released the two engineers"); see category.ts and article-context.ts.
 */
import {CAPTOR_NOUNS, HOSTAGE_NOUNS, PRISONER_NOUNS, SOLDIER_NOUNS} from "../model/figure-categories.ts";
import {NON_PERSON_HEADS, PERSON_NOUNS} from "../model/person-nouns.ts";
import {TENS, UNITS, VAGUE_QUANTITIES} from "../model/number-words.ts";
import {phraseSource} from "./regex.ts";

const CAPTORS = phraseSource(CAPTOR_NOUNS);
/**
 * An armed group freeing people, active ("bandits have released the two engineers", "gunmen on Sunday released") or
 * passive ("freed by the Mai-Mai militia"). The object is checked apart (see captorRelease).
 */
const CAPTOR_RELEASE = new RegExp(`\\b(?:(?:${CAPTORS})[ \\t]+(?:have[ \\t]+|has[ \\t]+|had[ \\t]+|on[ \\t]+[A-Z][a-z]+[ \\t]+)?(?:freed|released|free|frees|releases|set[ \\t]+free)|(?:freed|released|set[ \\t]+free)[ \\t]+by[ \\t]+(?:the[ \\t]+)?(?:[A-Z][\\w'-]*[ \\t]+)?(?:${CAPTORS}))\\b`, "gi");
/** An object the captors free that is no hostage: prisoners or soldiers (a swap of captured men). */
const PRISONER_OR_SOLDIER_OBJECT = new RegExp(`^[ \\t]+(?:[\\w,-]+[ \\t]+){0,3}?(?:${phraseSource([...PRISONER_NOUNS, ...SOLDIER_NOUNS, "prisoner*", "detainee*", "inmate*"])})\\b`, "i");
/** Only texts with a release word reach CAPTOR_RELEASE. */
const RELEASE_WORD = /\b(?:freed|releas|free)/i;

/**
 * True when an armed group (CAPTOR_NOUNS) frees people in `text` who are not prisoners or soldiers: "a gang
 * has released the two engineers", "two nurses freed by the militia". Those are hostages, whatever the article's
 * prisons or custody words say. ("The militia freed 30 prisoners in a swap" frees prisoners.)
 *
 * @example captorRelease("After weeks of talks, the kidnappers released two Kenyan pilots") // true
 */
export function captorRelease(text: string): boolean {
  if (!RELEASE_WORD.test(text)) return false;
  CAPTOR_RELEASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPTOR_RELEASE.exec(text))) {
    if (/^(?:freed|released|set)/i.test(m[0])) return true;
    const right = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!PRISONER_OR_SOLDIER_OBJECT.test(right) && personObject(right)) return true;
  }
  return false;
}

/** Words that count or point at people right after a release verb: "freed them", "released dozens". */
const PERSON_OBJECT_WORDS = new Set([
  ...PERSON_NOUNS, ...HOSTAGE_NOUNS, ...Object.keys(UNITS), ...Object.keys(TENS), ...VAGUE_QUANTITIES,
  "them", "him", "her", "us", "all", "everyone", "both", "dozen", "hundred", "hundreds", "thousands"
]);
const NON_PERSON_OBJECT_WORDS = new Set(NON_PERSON_HEADS);
/** Captors let out themselves, not freeing anyone: "militants released from the prison", "gunmen freed on bail". */
const LET_OUT_AFTER = /^[ \t]+(?:from|on[ \t]+bail)\b/i;

/**
 * True when the words right after a captor's active release verb name people: a number, a pronoun, a name, or a
 * person or hostage noun (singular or plural) within three words ("freed four aid workers", "released the
 * kidnapped nurse", "freed Ana Ruiz"). "released a statement", "released a video of 12 hostages" (a thing first),
 * "released from the prison", "freed on bail" free no one.
 *
 * @example personObject(" a statement on Monday") // false
 */
export function personObject(right: string): boolean {
  if (LET_OUT_AFTER.test(right)) return false;
  const words = right.split(/[ \t]+/, 4);
  for (let i = 1; i < words.length; i++) {
    const raw = words[i].replace(/[^\w'-]+$/, "");
    if (raw === "") return false;
    const w = raw.toLowerCase();
    if (NON_PERSON_OBJECT_WORDS.has(w)) return false;
    if (/^\d/.test(w) || (i === 1 && /^[A-Z]/.test(raw))) return true;
    if (PERSON_OBJECT_WORDS.has(w) || PERSON_OBJECT_WORDS.has(w + "s") || PERSON_OBJECT_WORDS.has(w + "es")) {
      return !NON_PERSON_OBJECT_WORDS.has((words[i + 1] ?? "").toLowerCase().replace(/[^\w'-]+$/, ""));
    }
  }
  return false;
}
