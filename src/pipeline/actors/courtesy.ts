/**
 * Courtesy titles before a name ("Mr", "Mrs.", "Herr"): they tell a person's sex, not an office. Stage 04
 * reads them to pick which full name a bare "Mr <Surname>" stands for, stage 09 to keep a titled
 * surname from joining a person of the other sex ("Mr Kamau" beside "Halima Kamau").
 */
import {FEMININE_TITLES, MASCULINE_TITLES} from "../model/titles.ts";

const FEMININE: ReadonlySet<string> = new Set(FEMININE_TITLES);
const MASCULINE: ReadonlySet<string> = new Set(MASCULINE_TITLES);
/**
 * Longest title these lists can match as written: the longest word and its period ("Monsieur.").
 * Stage 04 asks both questions of every titled candidate, most titles are offices ("Foreign
 * Minister"), and a longer one is answered without lowercasing it (lowercasing never shortens a
 * string, and only one period is dropped).
 */
const LONGEST = Math.max(...FEMININE_TITLES.map((t) => t.length), ...MASCULINE_TITLES.map((t) => t.length)) + 1;

/**
 * The title before a name ("Mrs", "Ms.") names a woman (model/titles.ts FEMININE_TITLES).
 *
 * @example feminineTitle("Ms.") // true
 */
export function feminineTitle(title: string | null): boolean {
  return title !== null && title.length <= LONGEST && FEMININE.has(title.toLowerCase().replace(/\.$/, ""));
}

/**
 * The title before a name ("Mr", "Mr.", "Herr") is a man's courtesy title (model/titles.ts MASCULINE_TITLES).
 *
 * @example masculineTitle("Mr") // true
 */
export function masculineTitle(title: string | null): boolean {
  return title !== null && title.length <= LONGEST && MASCULINE.has(title.toLowerCase().replace(/\.$/, ""));
}
