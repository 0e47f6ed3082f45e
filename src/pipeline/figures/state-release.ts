/**
 * Who frees decides hostages vs prisoners, the state side: a country or its government freeing people right
 * before their count ("Peru released 40 Bolivians on Friday", "the authorities have freed some 60 protesters")
 * frees people it held, prisoners, whatever hostages the story tells of elsewhere (captor-release.ts is the
 * armed-group side). Armies and police are left out: "troops freed 30 villagers" is most often a rescue.
 */
import {NATIONALITIES, NOT_STATES} from "../model/nationalities.ts";
import {STATE_RELEASE_BEFORE_COUNT, STATE_RELEASE_BEFORE_VERB, STATE_RELEASE_VERBS, STATE_RELEASERS} from "../model/figure-categories.ts";
import {codeAt, isBlank, isUpperCode} from "./chars.ts";
import {wordsBefore} from "./words.ts";

/**
 * Country names, lower case (one word, or the words of a longer name joined by spaces); also read by
 * request-release.ts (the one asked to free is a state).
 *
 * @example COUNTRIES.has("peru") // true
 */
export const COUNTRIES: ReadonlySet<string> = new Set(NATIONALITIES.map((n) => n.country).filter((c) => !NOT_STATES.includes(c)));
/** Last words of the country names (where the backwards reading meets the name first). */
const COUNTRY_LAST_WORDS = new Set([...COUNTRIES].map((c) => c.slice(c.lastIndexOf(" ") + 1)));
/**
 * State nouns that free prisoners (model STATE_RELEASERS: "government", "authorities"); also read by
 * request-release.ts.
 *
 * @example RELEASERS.has("government") // true
 */
export const RELEASERS: ReadonlySet<string> = new Set(STATE_RELEASERS);
/** An active release verb right before the count ("set free" is read as its "free"). */
const RELEASE_VERBS = new Set(STATE_RELEASE_VERBS);
/** Words between the verb and the count (model STATE_RELEASE_BEFORE_COUNT). */
const BEFORE_COUNT = new Set(STATE_RELEASE_BEFORE_COUNT);
/** Words between the subject and the verb (model STATE_RELEASE_BEFORE_VERB). */
const BEFORE_VERB = new Set(STATE_RELEASE_BEFORE_VERB);
/** How many words before the count are read. */
const READ = 9;
/** How many are read first (see stateReleaseBefore). */
const NEAR = 3;

/**
 * True when a state frees the count starting at `start`: a country name (capitalised) or a state noun
 * (model STATE_RELEASERS: "the government", "authorities") as the subject of an active release verb right
 * before the count.
 *
 * @example stateReleaseBefore("Peru released 40 Bolivians on Friday", 14) // true
 */
export function stateReleaseBefore(text: string, start: number): boolean {
  if (start < 6 || !isBlank(codeAt(text, start - 1))) return false;
  // Three words first: past the words before the count, the first other word must be a release verb ("of the
  // 40": "of" is not). All nine are read only when it is, or when all three are such words ("more than some").
  // The first words of both readings are the same, so the shorter one decides exactly when it sees the verb slot.
  const near = wordsBefore(text, start, NEAR).words;
  let j = 0;
  while (j < near.length && BEFORE_COUNT.has(near[j])) j++;
  // "of the 40": the verb slot holds another word.
  if (j < near.length && !RELEASE_VERBS.has(near[j])) return false;
  // "the 40" at the start: fewer than three words and all before-count words, so no verb at all.
  if (j === near.length && near.length < NEAR) return false;
  const {words, starts} = wordsBefore(text, start, READ);
  let i = 0;
  while (i < words.length && BEFORE_COUNT.has(words[i])) i++;
  if (i >= words.length || !RELEASE_VERBS.has(words[i])) return false;
  // "free" only as "set free" ("to free 30 Bolivians" is a wish).
  if (words[i] === "free" && words[i + 1] !== "set") return false;
  i++;
  while (i < words.length && BEFORE_VERB.has(words[i])) i++;
  if (i >= words.length) return false;
  return RELEASERS.has(words[i]) || countryEndsAt(text, words, starts, i);
}

/** Whether a capitalised country name ends with word `i` (its words are i, i+1, … going back). */
function countryEndsAt(text: string, words: string[], starts: number[], i: number): boolean {
  if (!COUNTRY_LAST_WORDS.has(words[i]) || !isUpperCode(codeAt(text, starts[i]))) return false;
  let name = words[i];
  for (let k = i; k < words.length && k < i + 5; k++) {
    if (k > i) name = words[k] + " " + name;
    if (COUNTRIES.has(name)) return true;
  }
  return false;
}

