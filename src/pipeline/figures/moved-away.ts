/**
 * Session 32: residents, villagers, tourists and travellers moved out of danger are displaced, told by who moved them
 * or by the passive: "officials moved between 300 and 350 residents of two hamlets to a school for the night",
 * "almost 1,000 tourists have been moved to the valley town as a precaution", "60 stranded drivers were walked down
 * to the base camp". Not a move to hospital or custody (care and arrest), not staff, patients or prisoners moved
 * between sites, and not an active subject ("40 families moved to the city in 2019": a migration they made).
 */
import {MOVED_AWAY_HEADS} from "../model/figure-categories.ts";

const HEADS = new Set(MOVED_AWAY_HEADS);
/** Destinations that are care or custody, not shelter: "moved to hospital", "moved to a police station". */
const NOT_SHELTER = String.raw`(?:a[ \t]+|the[ \t]+)?(?:hospitals?|clinics?|intensive|prisons?|jails?|custody|police|court|morgues?|mortuar(?:y|ies))\b`;
/** Right before the count: an active moving verb with no auxiliary ("officials moved 300 residents"). */
const MOVED_BEFORE = /(?<!\b(?:to|will|would|could|should|must|may|might|not|never)[ \t]+)\b(?:moved|relocated|shifted|resettled|ferried|bused|bussed)[ \t]+(?:some[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|almost[ \t]+|over[ \t]+|more[ \t]+than[ \t]+|at[ \t]+least[ \t]+|up[ \t]+to[ \t]+|between[ \t]+|the[ \t]+)?$/i;
/** After the count's phrase (a "to" destination must follow in the clause, and not care or custody). */
const TO_SHELTER_AFTER = new RegExp(String.raw`^[^.;!?]{0,80}?[ \t]to[ \t]+(?!${NOT_SHELTER})(?:safety|higher[ \t]+ground|[a-zA-Z])`, "i");
/** The passive after the count: "have been moved to", "were walked down to", "had been relocated to". */
const PASSIVE_MOVED_AFTER = new RegExp(
  String.raw`^[^.;!?]{0,60}?\b(?:have|has|had|were|was)[ \t]+(?:been[ \t]+)?(?:moved|relocated|shifted|resettled|walked[ \t]+down|walked[ \t]+out|brought[ \t]+down|ferried|bused|bussed)[ \t]+(?:out[ \t]+)?to[ \t]+(?!${NOT_SHELTER})`,
  "i"
);

/**
 * The passive of a way out of danger, with or without a destination: "were walked down", "were taken off the rig".
 * Round 34: also "were moved out" with no "of" or "by" after it ("about 900 residents of the lower town were moved out
 * overnight"): residents moved out are evacuated. Not "moved out of hospital / custody" (NOT_SHELTER after "of").
 */
const PASSIVE_OUT_AFTER = /^[^.;!?]{0,70}?\b(?:have|has|had|were|was)[ \t]+(?:been[ \t]+)?(?:walked[ \t]+down|brought[ \t]+down|taken[ \t]+off|lifted[ \t]+off|airlifted[ \t]+off|winched[ \t]+off)\b(?![ \t]+(?:duty|the[ \t]+(?:case|list|market|air|shelves|books)|life[ \t]+support))/i;
/**
 * Mend 34 F5: "were moved out" (round 34) only for people moved out of their homes (MOVED_OUT_HEADS): workers, pupils
 * or students moved out of a plant, an office or a school ("Some 60 workers were moved out on Monday as the firm shut
 * its plant") are not evacuees.
 */
const PASSIVE_MOVED_OUT_AFTER = new RegExp(
  String.raw`^[^.;!?]{0,70}?\b(?:have|has|had|were|was)[ \t]+(?:been[ \t]+)?moved[ \t]+out\b(?![ \t]+of[ \t]+${NOT_SHELTER})`,
  "i"
);
/** Mend 34 F5: heads of people who live where they are moved out from. */
const MOVED_OUT_HEADS: ReadonlySet<string> = new Set(["residents", "villagers", "inhabitants", "families", "households", "people", "locals", "dwellers"]);

/**
 * True when the count (head `head`, its phrase [`groupStart`, `groupEnd`)) is of people moved out of danger: an
 * active moving verb right before it with a destination after, or a passive moving verb after it. Only heads of
 * MOVED_AWAY_HEADS reach the regexes.
 *
 * @example movedAway("Officials moved 300 residents to a school.", 17, 30, "residents") // true
 */
export function movedAway(text: string, groupStart: number, groupEnd: number, head: string | null): boolean {
  if (head === null || !HEADS.has(head) || groupEnd < 0) return false;
  const after = text.slice(groupEnd, groupEnd + 130);
  // Session 32: "were walked down on Sunday", "were taken off two platforms": a way out of danger with no "to".
  if ((after.includes(" down") || after.includes(" off")) && PASSIVE_OUT_AFTER.test(after)) return true;
  if (MOVED_OUT_HEADS.has(head) && after.includes(" moved out") && PASSIVE_MOVED_OUT_AFTER.test(after)) return true;
  // Both other shapes need a "to" after the count: most counts have none near, and skip the regexes.
  if (!after.includes(" to")) return false;
  if (PASSIVE_MOVED_AFTER.test(after)) return true;
  return groupStart > 0 && MOVED_BEFORE.test(text.slice(Math.max(0, groupStart - 40), groupStart)) && TO_SHELTER_AFTER.test(after);
}
