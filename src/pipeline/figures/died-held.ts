/**
 * A count whose own verb says its people died while held ("at least five fishermen had died in Chadian jails", "two
 * soldiers died in captivity") counts dead captives, not a toll: hostages_dead (docs/evaluation.md: "hostages
 * reported dead in captivity").
 */
import {DIED_HELD_PLACES} from "../model/figure-categories.ts";
import {NATIONALITIES} from "../model/nationalities.ts";

/** A state's adjective, lower case ("iranian", "pakistani"). */
const ADJECTIVES: ReadonlySet<string> = new Set(NATIONALITIES.map((n) => n.adjective));

/**
 * Right after the group: the count's own "died" (optionally "have/has/had", "since", "later", an adverb), then "in"
 * and captivity, or a jail, prison, custody or detention named by a state's adjective ("in Iranian prisons", "in
 * Russian custody": held by a state, as foreigners held abroad are; group 1, checked against NATIONALITIES). A bare "died in
 * prison" or "in custody" is a death of a prisoner that says no captivity (killed), and "in a prison fire" an event.
 */
const DIED_HELD_AFTER = new RegExp(
  String.raw`^[ \t]+(?:(?:have|has|had)[ \t]+)?(?:(?:since|later|reportedly|also)[ \t]+)?died[ \t]+in[ \t]+(?:captivity|([A-Z][a-z]+)[ \t]+(?:${DIED_HELD_PLACES.join("|")}))\b(?![ \t]+(?:fires?|riots?|blazes?|clashes|collapses?|buses|vans?|trucks?)\b)`
);

/** Words right after a group that can start DIED_HELD_AFTER. */
const FIRST = new Set(["died", "have", "has", "had", "since", "later", "reportedly", "also"]);

/**
 * True when a count read as killed has its own death while held right after its group (DIED_HELD_AFTER). `next` is
 * the word after the group: only a word of FIRST reaches the regex.
 *
 * @example diedHeld("at least five fishermen had died in Chadian jails", 23, "had") // true
 */
export function diedHeld(text: string, groupEnd: number, next: string): boolean {
  if (!FIRST.has(next)) return false;
  const m = DIED_HELD_AFTER.exec(text.slice(groupEnd, groupEnd + 60));
  return m !== null && (m[1] === undefined || ADJECTIVES.has(m[1].toLowerCase()));
}
