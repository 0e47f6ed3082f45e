/**
 * A death told as one in captivity: "some 12 are believed dead in captivity", "four people died in captivity", "two
 * of them were killed in captivity". The count's own predicate right after it (no comma, semicolon or full stop
 * between) names a death and "in captivity", so the dead were captives: hostages_dead, not killed.
 */
import {DEATH_IN_CAPTIVITY_WORDS} from "../model/figure-categories.ts";
import {phraseSource} from "./regex.ts";

/** The predicate after the count: up to 40 characters with no clause break, a death word, "in captivity". */
const DEATH_IN_CAPTIVITY = new RegExp(String.raw`^[^,;.:!?]{0,40}?\b(?:${phraseSource(DEATH_IN_CAPTIVITY_WORDS)})[ \t]+in[ \t]+captivity\b`, "i");

/**
 * True when the count ending at `groupEnd` has its own death in captivity after it ("some 12 are believed dead in
 * captivity"); not a death told elsewhere in the sentence ("12 died in the raid, and the rest remain in captivity").
 *
 * @example deathInCaptivity("some 12 are believed dead in captivity", 7) // true
 */
export function deathInCaptivity(text: string, groupEnd: number): boolean {
  return groupEnd >= 0 && DEATH_IN_CAPTIVITY.test(text.slice(groupEnd, groupEnd + 70));
}
