/**
 * Category of a figure from its head noun and the cue words around it (model/figure-categories.ts).
 * The cue nearest to the number phrase wins; "held" cues weigh less than release/death/abduction cues so
 * "hostages held by Hamas were released" is a release. Hostage and prisoner heads restrict the choice.
 */
import type {FigureCategory} from "../types.ts";
import {
  CATEGORY_CUES, HEAD_CATEGORY, HOSTAGE_CONTEXT, HOSTAGE_NOUNS, HOSTAGE_TAKING_CUES, PRISONER_CONTEXT, PRISONER_NOUNS,
  STRONG_HELD_CUES
} from "../model/figure-categories.ts";
import {phraseRegex} from "./regex.ts";
import type {Group} from "./group.ts";

const CUE_RE: [FigureCategory, RegExp][] = Object.entries(CATEGORY_CUES).map(([c, words]) => [c as FigureCategory, phraseRegex(words!)]);
const TAKING_RE = phraseRegex(HOSTAGE_TAKING_CUES);
const STRONG_HELD_RE = phraseRegex(STRONG_HELD_CUES);
/** Cues further than this after the group phrase belong to something else. */
const MAX_RIGHT = 80;
const MAX_LEFT = 140;
const HOSTAGE_CTX = phraseRegex(HOSTAGE_CONTEXT, "i");
const PRISONER_CTX = phraseRegex(PRISONER_CONTEXT, "i");
const HOSTAGE_HEADS = new Set(HOSTAGE_NOUNS);
const PRISONER_HEADS = new Set(PRISONER_NOUNS);
/** Extra distance for weak cues, in characters. */
const HELD_PENALTY = 40;

export interface CueHit {
  category: FigureCategory;
  distance: number;
  /** Lower-case cue; "taking:" / "strong:" prefixes mark hostage-only and strong held cues. */
  cue: string;
  /** Offsets of the cue (same coordinates as the text given to findCues). */
  start: number;
  end: number;
}

/**
 * Cues in `text[lo, hi)` with their distance to the phrase [start, end) (cues inside the group phrase
 * count 0; the head noun itself is skipped).
 *
 * @example findCues("some 1,200 people were killed", 0, 29, 0, 17, -1, -1)[0].category // "killed"
 */
export function findCues(text: string, lo: number, hi: number, start: number, end: number, headStart: number, headEnd: number): CueHit[] {
  const hits: CueHit[] = [];
  const win = text.slice(lo, hi);
  const scan = (category: FigureCategory, re: RegExp, prefix: string) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(win))) {
      const cs = lo + m.index, ce = cs + m[0].length;
      if (headStart >= 0 && cs < headEnd && ce > headStart) continue;
      const distance = ce <= start ? start - ce : cs >= end ? cs - end : 0;
      if (ce <= start ? distance > MAX_LEFT : distance > MAX_RIGHT) continue;
      hits.push({category, distance, cue: prefix + m[0].toLowerCase().replace(/\s+/g, " "), start: cs, end: ce});
    }
  };
  for (const [category, re] of CUE_RE) scan(category, re, "");
  scan("abducted", TAKING_RE, "taking:");
  scan("hostages_held", STRONG_HELD_RE, "strong:");
  return hits;
}

function nearest(hits: CueHit[], allowed: Partial<Record<FigureCategory, FigureCategory>>, penalty: Partial<Record<FigureCategory, number>> = {}): FigureCategory | null {
  let best: FigureCategory | null = null;
  let bestD = Infinity;
  for (const h of hits) {
    const to = allowed[h.category];
    if (!to) continue;
    const d = h.distance + (penalty[h.category] ?? 0);
    if (d < bestD) {
      bestD = d;
      best = to;
    }
  }
  return best;
}

/**
 * Category of one figure. `hits` come from findCues over its clause window; `context` is the
 * whole sentence (for "hostage"/"prisoner" context words when the head is generic).
 *
 * @example categorize(group, hits, "killing some 1,200 people") // "killed"
 */
export function categorize(group: Group, hits: CueHit[], context: string): {category: FigureCategory; cued: boolean} {
  const head = group.head;
  if (group.kind === "days") return {category: "captivity_days", cued: true};
  const generic = hits.filter((h) => !h.cue.startsWith("taking:"));
  hits = hits.filter((h) => !h.cue.startsWith("strong:"));
  if (head && (head === "bodies" || head === "body")) {
    return {category: HOSTAGE_CTX.test(context) ? "hostages_dead" : "killed", cued: true};
  }
  if (head && HEAD_CATEGORY[head]) return {category: HEAD_CATEGORY[head], cued: true};
  if (head && HOSTAGE_HEADS.has(head)) {
    const c = nearest(hits, {
      hostages_dead: "hostages_dead", killed: "hostages_dead", hostages_released: "hostages_released",
      abducted: "abducted", hostages_held: "hostages_held"
    }, {hostages_held: HELD_PENALTY});
    return {category: c ?? "hostages_held", cued: true};
  }
  if (head && PRISONER_HEADS.has(head)) {
    const c = nearest(generic, {hostages_released: "prisoners_released", killed: "killed", wounded: "wounded"});
    return {category: c ?? "other", cued: c !== null};
  }
  const hostageCtx = HOSTAGE_CTX.test(context);
  const prisonerCtx = PRISONER_CTX.test(context);
  const released: FigureCategory | undefined = hostageCtx ? "hostages_released" : prisonerCtx ? "prisoners_released" : undefined;
  const allowed: Partial<Record<FigureCategory, FigureCategory>> = {
    killed: "killed", wounded: "wounded", abducted: "abducted", displaced: "displaced"
  };
  if (released) allowed.hostages_released = released;
  allowed.hostages_held = "hostages_held";
  // Generic people are hostages only with hostage words around, or a strong cue ("being held").
  const usable = generic.filter((h) => h.category !== "hostages_held" || hostageCtx || h.cue.startsWith("strong:"));
  const c = nearest(usable, allowed, {hostages_held: HELD_PENALTY});
  return {category: c ?? "other", cued: c !== null};
}
