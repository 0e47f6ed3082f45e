import type {Context} from "../types.ts";
import {mentionsNear, type PlacedMention, type SentenceFrame} from "./frame.ts";
import {startsUpper} from "./letter-case.ts";
import type {Token} from "./tokens.ts";
import {hasWord, lookupWord, wordIndex, wordSet, type WordIndex} from "./word-index.ts";
import {LOCATIVE_PREPOSITIONS} from "../model/event-cues.ts";

/** Prepositions that make the following place the location of an event ("in Qatar"). */
const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS);
/** "to" only locates a movement ("travelled to Doha"), not "the ambassador to Israel". */
const LOCATIVE_VISIT = new Set([...LOCATIVE, "to"]);
const PREPOSITIONS = wordSet(LOCATIVE_VISIT);
const LOCATIVE_WORDS = wordSet(LOCATIVE);

interface PlaceIndex {
  names: Map<string, string>;
  maxWords: number;
  /** First word of each name → the most words a name starting with it has. */
  firsts: WordIndex<number>;
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
  // The same gazetteer comes back for every event of a run: skip the WeakMap for it.
  if (ctx.gazetteer === lastGazetteer && lastIndex) return lastIndex;
  let index = CACHE.get(ctx.gazetteer);
  if (!index) {
    const names = new Map<string, string>();
    const firsts = new Map<string, number>();
    let maxWords = 1;
    for (const e of ctx.gazetteer) {
      if (e.kind !== "place" && e.kind !== "country") continue;
      for (const n of [e.name, ...e.aliases]) {
        const key = n.toLowerCase().replace(/^the\s+/, "").trim();
        if (!key) continue;
        if (!names.has(key)) names.set(key, e.name);
        const words = key.split(/\s+/);
        maxWords = Math.max(maxWords, words.length);
        firsts.set(words[0], Math.max(firsts.get(words[0]) ?? 0, words.length));
      }
    }
    index = {names, maxWords, firsts: wordIndex(firsts)};
    CACHE.set(ctx.gazetteer, index);
  }
  lastGazetteer = ctx.gazetteer;
  lastIndex = index;
  return index;
}

let lastGazetteer: unknown = null;
let lastIndex: PlaceIndex | null = null;

function isPlace(m: PlacedMention): boolean {
  return m.mention.kind === "place" || m.mention.kind === "country";
}

function placeName(m: PlacedMention): string {
  return m.mention.gazetteerName ?? m.mention.name ?? m.mention.text;
}

/** "in Qatar", "near the Gaza Strip". */
function afterPreposition(tokens: Token[], m: PlacedMention, preps: WordIndex<true>): boolean {
  if (m.from === 0) return false;
  const p = tokens[m.from - 1];
  if (hasWord(preps, p.lower, p.key)) return true;
  const q = tokens[m.from - 2];
  return p.lower === "the" && q !== undefined && hasWord(preps, q.lower, q.key);
}

/**
 * Where an event at token `at` happened: (1) a place/country mention after "in/near/at/from"
 * in the same clause, nearest first, else a place mention after such a preposition elsewhere
 * in the sentence; (2) a gazetteer place/country right after such a preposition even if
 * stage 04 missed it. A place that is not after a preposition is an actor or a target
 * ("Moscow says", "attack on Israel"), not a location; "to" counts only for movements
 * (`movement`: "travelled to Doha", not "the ambassador to Israel"). Returns the place name and the
 * mention used (so it is not also counted as an actor), or null. `memo` keeps the sentence's
 * `prepositionPlaces` between calls for events of the same sentence.
 *
 * @example eventLocation(frame, 3, ctx) // {name: "Valencia", mention: 4}
 */
export function eventLocation(
  frame: SentenceFrame,
  at: number,
  ctx: Context,
  movement = false,
  memo: {places?: PrepositionPlace[]} = {}
): {name: string; mention: number | null} | null {
  const {tokens, clauses} = frame;
  const preps = movement ? PREPOSITIONS : LOCATIVE_WORDS;
  const clause = clauses[at];
  let best: PlacedMention | null = null;
  let other: PlacedMention | null = null;
  const near = mentionsNear(frame, at, RADIUS);
  // Indexed loops, not for-of (an iterator-closing try/finally each): a smaller cold compile.
  for (let k = 0; k < near.length; k++) {
    const m = near[k];
    if (!isPlace(m) || !afterPreposition(tokens, m, preps)) continue;
    if (m.clause === clause) {
      if (!best || Math.abs(m.from - at) < Math.abs(best.from - at)) best = m;
    } else if (m.mention.kind === "place" && (!other || Math.abs(m.from - at) < Math.abs(other.from - at))) other = m;
  }
  // A place (not a country) after a preposition in another clause still locates the
  // event ("died when the plane crashed near Kiruna").
  best ??= other;
  if (best) return {name: placeName(best), mention: best.index};
  memo.places ??= prepositionPlaces(frame, ctx);
  return gazetteerPlace(frame, at, movement, memo.places);
}

/**
 * A gazetteer place or country right after a locative preposition at token `i` ("in Qatar",
 * "near the Gaza Strip"), longest capitalised run first ("Gaza Strip" before "Gaza").
 */
function placeAfter(tokens: Token[], i: number, index: PlaceIndex): string | null {
  let j = i + 1;
  if (tokens[j].lower === "the") j++;
  if (j >= tokens.length || !startsUpper(tokens[j].text)) return null;
  // Tokens hold no spaces, so a name of n words can only match n tokens starting with its first word.
  const most = lookupWord(index.firsts, tokens[j].lower, tokens[j].key);
  if (most === undefined) return null;
  for (let n = Math.min(most, tokens.length - j); n >= 1; n--) {
    let key = tokens[j].lower;
    for (let k = j + 1; k < j + n; k++) key += " " + tokens[k].lower;
    const name = index.names.get(key);
    if (name) return name;
  }
  return null;
}

/** A gazetteer match after a preposition: token of the preposition, whether it is "to", the place. */
export interface PrepositionPlace {
  at: number;
  to: boolean;
  name: string;
}

/**
 * Every gazetteer place after a locative preposition (or "to") in the sentence, left to right:
 * the events of one sentence share this list instead of each rescanning the tokens.
 *
 * @example prepositionPlaces(frame, ctx) // [{at: 5, to: false, name: "Qatar"}]
 */
export function prepositionPlaces(frame: SentenceFrame, ctx: Context): PrepositionPlace[] {
  const index = placeIndex(ctx);
  const out: PrepositionPlace[] = [];
  if (index.names.size === 0) return out;
  const {tokens} = frame;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i].lower;
    if (!hasWord(PREPOSITIONS, w, tokens[i].key)) continue;
    const name = placeAfter(tokens, i, index);
    if (name) out.push({at: i, to: w === "to", name});
  }
  return out;
}

/** Step (2) of `eventLocation`: the first gazetteer place after a preposition of the clause within RADIUS. */
function gazetteerPlace(frame: SentenceFrame, at: number, movement: boolean, list: PrepositionPlace[]): {name: string; mention: null} | null {
  const clause = frame.clauses[at];
  for (let k = 0; k < list.length; k++) {
    const p = list[k];
    if (p.at >= at + RADIUS) break;
    if (p.at < at - RADIUS || frame.clauses[p.at] !== clause || (p.to && !movement)) continue;
    return {name: p.name, mention: null};
  }
  return null;
}
