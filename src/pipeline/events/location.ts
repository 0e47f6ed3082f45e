import type {Context} from "../types.ts";
import {mentionsNear, type PlacedMention, type SentenceFrame} from "./frame.ts";
import type {Token} from "./tokens.ts";

/** Prepositions that make the following place the location of an event ("in Qatar"). */
const LOCATIVE = new Set(["in", "near", "at", "from", "inside", "outside", "into", "across", "off"]);
/** "to" only locates a movement ("travelled to Doha"), not "the ambassador to Israel". */
const LOCATIVE_VISIT = new Set([...LOCATIVE, "to"]);

interface PlaceIndex {
  names: Map<string, string>;
  maxWords: number;
}

const CACHE = new WeakMap<object, PlaceIndex>();

/** Places further than this many tokens from the trigger are not considered. */
const RADIUS = 60;

/**
 * Lowercase name/alias → canonical name for gazetteer places and countries, cached per gazetteer.
 *
 * @example placeIndex(ctx).names.get("gaza strip")
 */
export function placeIndex(ctx: Context): PlaceIndex {
  const cached = CACHE.get(ctx.gazetteer);
  if (cached) return cached;
  const names = new Map<string, string>();
  let maxWords = 1;
  for (const e of ctx.gazetteer) {
    if (e.kind !== "place" && e.kind !== "country") continue;
    for (const n of [e.name, ...e.aliases]) {
      const key = n.toLowerCase().replace(/^the\s+/, "").trim();
      if (!key) continue;
      if (!names.has(key)) names.set(key, e.name);
      maxWords = Math.max(maxWords, key.split(/\s+/).length);
    }
  }
  const index = {names, maxWords};
  CACHE.set(ctx.gazetteer, index);
  return index;
}

function isPlace(m: PlacedMention): boolean {
  return m.mention.kind === "place" || m.mention.kind === "country";
}

function placeName(m: PlacedMention): string {
  return m.mention.gazetteerName ?? m.mention.name ?? m.mention.text;
}

/** "in Qatar", "near the Gaza Strip". */
function afterPreposition(tokens: Token[], m: PlacedMention, preps: Set<string>): boolean {
  return m.from > 0 && (preps.has(tokens[m.from - 1].lower) || (m.from > 1 && tokens[m.from - 1].lower === "the" && preps.has(tokens[m.from - 2].lower)));
}

/**
 * Where an event at token `at` happened: (1) a place/country mention after "in/near/at/from"
 * in the same clause, nearest first, else a place mention after such a preposition elsewhere
 * in the sentence; (2) a gazetteer place/country right after such a preposition even if
 * stage 04 missed it. A place that is not after a preposition is an actor or a target
 * ("Moscow says", "attack on Israel"), not a location; "to" counts only for movements
 * (`movement`: "travelled to Doha", not "the ambassador to Israel"). Returns the place name and the
 * mention used (so it is not also counted as an actor), or null.
 *
 * @example eventLocation(frame, 3, ctx) // {name: "Valencia", mention: 4}
 */
export function eventLocation(frame: SentenceFrame, at: number, ctx: Context, movement = false): {name: string; mention: number | null} | null {
  const {tokens, clauses} = frame;
  const preps = movement ? LOCATIVE_VISIT : LOCATIVE;
  const clause = clauses[at];
  let best: PlacedMention | null = null;
  let other: PlacedMention | null = null;
  const near = mentionsNear(frame, at, RADIUS);
  for (const m of near) {
    if (!isPlace(m) || !afterPreposition(tokens, m, preps)) continue;
    if (m.clause === clause) {
      if (!best || Math.abs(m.from - at) < Math.abs(best.from - at)) best = m;
    } else if (m.mention.kind === "place" && (!other || Math.abs(m.from - at) < Math.abs(other.from - at))) other = m;
  }
  // A place (not a country) after a preposition in another clause still locates the
  // event ("died when the plane crashed near Kiruna").
  best ??= other;
  if (best) return {name: placeName(best), mention: best.index};
  const index = placeIndex(ctx);
  if (index.names.size === 0) return null;
  for (let i = Math.max(0, at - RADIUS); i < tokens.length - 1 && i < at + RADIUS; i++) {
    if (clauses[i] !== clause || !preps.has(tokens[i].lower)) continue;
    let j = i + 1;
    if (tokens[j].lower === "the") j++;
    // Longest capitalised run first ("Gaza Strip" before "Gaza").
    for (let n = Math.min(index.maxWords, tokens.length - j); n >= 1; n--) {
      if (!/^\p{Lu}/u.test(tokens[j].text)) break;
      const key = tokens.slice(j, j + n).map((t) => t.lower).join(" ");
      const name = index.names.get(key);
      if (name) return {name, mention: null};
    }
  }
  return null;
}
