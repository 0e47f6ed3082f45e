/**
 * Shared pieces of the label rules: sets built from model/label-words.ts and the
 * descriptor-phrase reader used by appositive and copular rules.
 */
import {LABEL_ADVERBS, LABEL_BREAKERS, LABEL_HEADS, LABEL_VERBS, PRENOMINAL_MODIFIERS, PRENOMINAL_PARTICIPLES, PRENOMINAL_STOPS, PRENOMINAL_VERB_LEADS} from "../model/label-words.ts";
import {TENS, UNITS} from "../model/number-words.ts";
import {TITLE_HEADS} from "../model/titles.ts";
import type {Token} from "../actors/tokens.ts";

export const HEADS = new Set([...LABEL_HEADS, ...TITLE_HEADS.filter((h) => !["mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "rep", "sen", "gov", "col", "lt", "maj", "capt", "sgt", "gen", "prof", "rev", "father", "vice", "deputy", "cmdr", "cdr", "adm", "brig", "lieut", "insp", "supt", "cmdt"].includes(h))]);
export const VERBS = new Set(LABEL_VERBS);
export const ADVERBS = new Set(LABEL_ADVERBS);
export const BREAKERS = new Set(LABEL_BREAKERS);
export const PRE_STOPS = new Set(PRENOMINAL_STOPS);
export const PRE_MODIFIERS = new Set(PRENOMINAL_MODIFIERS);
export const PRE_VERB_LEADS = new Set(PRENOMINAL_VERB_LEADS);
/** Words in -ed allowed in a descriptor before a name (the rest are verbs): "suspected", "jailed". */
export const PRE_PARTICIPLES = new Set([...PRENOMINAL_PARTICIPLES, ...PRENOMINAL_MODIFIERS]);
/** Number words: a count ends a descriptor ("two hostages Hamas released"). */
export const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);
export const DETERMINERS = new Set(["a", "an", "the"]);

/**
 * Every head noun and its plural in "s": `key` ending in "s" whose stem is a head is exactly a
 * head plus "s", so one lookup answers isHead with no stem string sliced per word.
 */
const HEAD_FORMS = new Set([...HEADS, ...[...HEADS].map((h) => h + "s")]);

/**
 * A head noun, singular or plural ("organisations" → "organisation").
 *
 * @example isHead("organisations") // true
 */
export function isHead(key: string): boolean {
  return HEAD_FORMS.has(key);
}

/**
 * Whether `key` is a head only in its -s form ("chairs", "heads"), which may be a verb.
 *
 * @example isPluralHeadOnly("chairs") // true; isPluralHeadOnly("chair") // false
 */
export function isPluralHeadOnly(key: string): boolean {
  return !HEADS.has(key) && HEAD_FORMS.has(key);
}

/**
 * The descriptor phrase starting at token `k` (determiner skipped): runs until punctuation or a
 * breaker word and is trimmed to end at its last head noun; "president of the Federation of X"
 * keeps its "of" complement when that is all capitalised. Returns a token range or null.
 *
 * @example descriptorAt(tokenize("a Palestinian militant group allied with Hamas"), 0) // tokens 1..3
 */
export function descriptorAt(tokens: Token[], k: number, maxLen = 12): {from: number; to: number} | null {
  if (k >= tokens.length) return null;
  let from = k;
  if (DETERMINERS.has(tokens[from].key) && !tokens[from].cap) from++;
  else if (DETERMINERS.has(tokens[from].key)) from++;
  if (from >= tokens.length) return null;
  let to = from;
  while (to < tokens.length && to - from < maxLen) {
    const t = tokens[to];
    if (to > from && t.sep !== " " && t.sep !== "-") break;
    if (BREAKERS.has(t.key) && !t.cap) break;
    to++;
    if (t.poss && !(to < tokens.length && tokens[to].sep === " ")) break;
  }
  let lastHead = -1;
  for (let j = from; j < to; j++) if (!tokens[j].cap && isHead(tokens[j].key)) lastHead = j;
  if (lastHead < 0) return null;
  let end = lastHead + 1;
  // "president of the Federation of Rural Cooperatives"
  if (end < to && tokens[end].key === "of") {
    let ok = end + 1 < to;
    for (let j = end + 1; j < to && ok; j++) ok = tokens[j].cap || tokens[j].key === "the" || tokens[j].key === "of";
    if (ok) end = to;
  }
  return {from, to: end};
}
