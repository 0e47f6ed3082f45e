/**
 * Round 32: stage 07's guard on a rescue told by the lift ("Captain Tom Hale winched an elderly farmer, Ana Lee, off the
 * roof of her barn" → Tom Hale assisted Ana Lee; model interaction-verbs.ts RESCUE_LIFT_VERBS). The active verb is read
 * alone so that an apposition may name the one lifted; its row stands only when a place of danger follows the object
 * within a few words (RESCUE_LIFT_PLACES: "off the roof", "from the rubble"): "lifted Ana Lee onto his shoulders",
 * "pulled Ana Lee from the team" and "freed Ana Lee" (the release verb's own rows) are no rescue of this kind. Called
 * from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {RESCUE_LIFT_PLACES, RESCUE_LIFT_VEHICLE_DANGER_WORDS, RESCUE_LIFT_VEHICLES, RESCUE_LIFT_VERBS, RESCUE_LIFT_VIOLENCE_WORDS} from "../model/interaction-verbs.ts";

const LIFTING = new Set(RESCUE_LIFT_VERBS);
const PLACES = RESCUE_LIFT_PLACES.map((p) => p.split(" "));
const VIOLENCE = new Set(RESCUE_LIFT_VIOLENCE_WORDS);
const VEHICLES = new Set(RESCUE_LIFT_VEHICLES);
const VEHICLE_DANGER = new Set(RESCUE_LIFT_VEHICLE_DANGER_WORDS);
/** Most tokens between the object's end and its place of danger ("B, 81, off the roof"). */
const PLACE_REACH = 4;

/**
 * `pairs` without the assisted rows of a lifting verb with no place of danger after the object; the same array when
 * none goes.
 *
 * @example withoutSafeLifts(frame, pairs).length // 0 for "Tom Hale lifted Ana Lee onto his shoulders."
 */
export function withoutSafeLifts<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, (t, p) => safeLift(t, p) || violentLift(t, p) || deadLift(t, p));
}

/** Mend 32 (review F2): nouns of the dead that make the one lifted a body recovered, no one rescued. */
const DEAD = new Set(["body", "bodies", "remains", "corpse", "corpses"]);
/** Most tokens between the one lifted and a noun of the dead ("the body of B", "B's body", "B, whose body"). */
const DEAD_REACH = 3;

/**
 * Mend 32 (review F2): a lifting verb's assisted row whose one lifted is told as a body ("B's body was pulled from the
 * river by A", "A pulled the body of B from the river"): a recovery, no rescue.
 */
function deadLift(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "assisted" || !LIFTING.has(t[p.from]?.lower ?? "")) return false;
  for (let k = Math.max(0, p.target.from - DEAD_REACH); k < t.length && k < p.target.to + DEAD_REACH; k++) if (DEAD.has(t[k].lower)) return true;
  return false;
}

/**
 * Mend 32 (review F1): a lifting verb's assisted row, active or passive, in a sentence of an assault or an arrest
 * (RESCUE_LIFT_VIOLENCE_WORDS): "dragged B from the car and beat her" is an attack, no rescue.
 */
function violentLift(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "assisted" || !LIFTING.has(t[p.from]?.lower ?? "")) return false;
  if (t.some((x) => VIOLENCE.has(x.lower))) return true;
  // Mend 32 (review F17): the passive phrase holds its place ("B was pulled from the car by A"): a vehicle needs a danger.
  return p.to > p.from + 1 && VEHICLES.has(t[p.to - 1]?.lower ?? "") && !t.some((x) => VEHICLE_DANGER.has(x.lower));
}

/** True for an active lifting verb's assisted row (the verb alone) whose object is not followed by a place of danger. */
function safeLift(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "assisted" || p.to !== p.from + 1 || !LIFTING.has(t[p.from]?.lower ?? "") || p.target.from < p.to) return false;
  for (let k = p.target.to; k < t.length && k <= p.target.to + PLACE_REACH; k++) {
    const place = PLACES.find((words) => words.every((w, j) => t[k + j]?.lower === w));
    // Mend 32 (review F17): a vehicle is a place of danger only in a sentence of an accident or of water.
    if (place) return VEHICLES.has(place[place.length - 1]) && !t.some((x) => VEHICLE_DANGER.has(x.lower));
    if (t[k].punct && t[k].text !== ",") return true;
  }
  return true;
}
