/**
 * Ships named in a sentence are no participants of an interaction: "pirates seized the tanker
 * Nordic Lark" abducts its crew, not the ship, and "attacks sank the bulk carriers A and B" is
 * no attack on an actor. The mention stage may read a ship's name as a person's; stage 07 drops
 * every pair with such a mention on either side.
 */
import {VESSEL_CARRIER_MODIFIERS, VESSEL_NOUNS, VESSEL_PREFIXES} from "../model/interaction-cues.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {MentionGrid} from "./arguments.ts";

const NOUNS = new Set(VESSEL_NOUNS);
const CARRIER_MODIFIERS = new Set(VESSEL_CARRIER_MODIFIERS);
const PREFIXES = new Set(VESSEL_PREFIXES);
const CARRIERS = new Set(["carrier", "carriers"]);

/** Most conjuncts walked back to the vessel noun in isVessel ("the tankers A, B and C"). */
const CONJUNCTS = 4;

/**
 * True when mention `m` names a ship: its first word is a ship prefix ("MV Orion"), or a vessel
 * noun stands right before it ("the tanker Orion", "the bulk carrier Orion"), or before the first
 * of the names coordinated with it ("the bulk carriers Orion and Vega": Vega too).
 *
 * @example isVessel(frame, grid, vega) // true in "attacks sank the bulk carriers Orion and Vega"
 */
function isVessel(frame: SentenceFrame, grid: MentionGrid, m: PlacedMention): boolean {
  const t = frame.tokens;
  if (m.mention.kind !== "person" && m.mention.kind !== "organization") return false;
  let cur = m;
  for (let n = 0; n <= CONJUNCTS; n++) {
    if (PREFIXES.has(t[cur.from].lower)) return true;
    const before = t[cur.from - 1];
    if (!before) return false;
    if (NOUNS.has(before.lower)) return true;
    if (CARRIERS.has(before.lower)) return CARRIER_MODIFIERS.has(t[cur.from - 2]?.lower ?? "");
    if (before.lower !== "and" && before.text !== ",") return false;
    const prev = grid.endingAt.get(cur.from - 2) ?? (t[cur.from - 2]?.text === "," ? grid.endingAt.get(cur.from - 3) : undefined);
    if (!prev) return false;
    cur = prev;
  }
  return false;
}

/**
 * The pairs whose source and target are both no ship (isVessel), in order.
 *
 * @example withoutVessels(frame, grid, pairs).length
 */
export function withoutVessels<P extends {source: PlacedMention; target: PlacedMention}>(frame: SentenceFrame, grid: MentionGrid, pairs: P[]): P[] {
  if (pairs.length === 0) return pairs;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const drop = isVessel(frame, grid, p.source) || isVessel(frame, grid, p.target);
    if (drop && !out) out = pairs.slice(0, k);
    else if (!drop && out) out.push(p);
  }
  return out ?? pairs;
}
