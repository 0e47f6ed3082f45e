/**
 * Courtesy titles before a name ("Mr", "Mrs.", "Herr"): they tell a person's sex, not an office. Stage 04
 * reads them to pick which full name a bare "Mr <Surname>" stands for, stage 09 to keep a titled
 * surname from joining a person of the other sex ("Mr Kamau" beside "Halima Kamau").
 */
import {FEMININE_TITLES, MASCULINE_TITLES} from "../model/titles.ts";

const FEMININE: ReadonlySet<string> = new Set(FEMININE_TITLES);
const MASCULINE: ReadonlySet<string> = new Set(MASCULINE_TITLES);

/**
 * The title before a name ("Mrs", "Ms.") names a woman (model/titles.ts FEMININE_TITLES).
 *
 * @example feminineTitle("Ms.") // true
 */
export function feminineTitle(title: string | null): boolean {
  return title !== null && FEMININE.has(title.toLowerCase().replace(/\.$/, ""));
}

/**
 * The title before a name ("Mr", "Mr.", "Herr") is a man's courtesy title (model/titles.ts MASCULINE_TITLES).
 *
 * @example masculineTitle("Mr") // true
 */
export function masculineTitle(title: string | null): boolean {
  return title !== null && MASCULINE.has(title.toLowerCase().replace(/\.$/, ""));
}
