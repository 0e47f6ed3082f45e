/**
 * A count whose own verb says its people are missing ("11 crew members remain missing") is no casualty count,
 * whatever a neighbouring count's verb says ("four sailors were killed and 11 crew members remain missing").
 */
import type {FigureCategory} from "../types.ts";

/**
 * The count's own copula or "remain" and the missing state right after its group: " remain missing", " are still
 * missing", " were reported missing", " remained unaccounted for". Not a relative clause ("5 people who were missing
 * were found dead": their past), nor with a death later in the clause (MISSING_THEN_DEAD).
 */
const MISSING_AFTER = /^[ \t]+(?:still[ \t]+)?(?:are|were|is|was|remain|remains|remained|(?:have|has|had)[ \t]+been)[ \t]+(?:still[ \t]+|also[ \t]+|now[ \t]+)?(?:(?:reported|listed[ \t]+as|officially)[ \t]+)?(?:missing|unaccounted[ \t]+for)\b/i;
/**
 * "… missing, presumed dead", "… missing and feared dead", "… were missing for two days before their bodies were
 * found": the count's own death later in the clause ("… after a strike that killed the pilot" is another's).
 */
const MISSING_THEN_DEAD = /^[^;.!?]{0,80}?\b(?:(?:presumed|feared|believed|thought|found|confirmed)[ \t]+(?:to[ \t]+be[ \t]+)?dead|their[ \t]+(?:bodies|remains))\b/i;
/** Casualty categories a count can borrow from a neighbouring count's verb. */
const CASUALTY = new Set<FigureCategory>(["killed", "wounded", "displaced"]);

/**
 * True when a count given a casualty category (killed, wounded, displaced) has its own verb of being missing right
 * after its group (ending at `groupEnd`): it is then "other" (missing people are no casualty count). `next` is the
 * word after the group: only a copula, "remain" or "still" reaches the regex.
 *
 * @example missingOwnVerb("killed and 11 crew members remain missing", 31, "remain", "killed") // true
 */
export function missingOwnVerb(text: string, groupEnd: number, next: string, category: FigureCategory): boolean {
  if (!CASUALTY.has(category) || !FIRST.has(next)) return false;
  const m = MISSING_AFTER.exec(text.slice(groupEnd, groupEnd + 60));
  return m !== null && !MISSING_THEN_DEAD.test(text.slice(groupEnd + m[0].length, groupEnd + m[0].length + 90));
}

/** Words that can start MISSING_AFTER. */
const FIRST = new Set(["still", "are", "were", "is", "was", "remain", "remains", "remained", "have", "has", "had"]);
