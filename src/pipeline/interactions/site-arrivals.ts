/**
 * Round 31: stage 07's reading of an arrival at a site of a named place as a visit to the place: "Governor A arrived at
 * the relief camp in X early on Saturday" → A visited X, as "A arrived at X on Saturday" is (round 29). The site is a
 * short lowercase phrase after "the" (no "conclusion", "same time": ARRIVAL_NOT_SITE_WORDS), then "in" and the place.
 * The row then meets the checks of every dated arrival (calls.ts journeyNoVisit: a day of the news named, no life story,
 * care or crime). Called from nominal.ts nominalInteractions with the sentence's verbs and their doers.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {ARRIVAL_NOT_SITE_WORDS, ARRIVAL_SITE_REACH} from "../model/interaction-verbs.ts";
import type {MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";
import type {Doers} from "./nominal.ts";

const NOT_SITE = new Set(ARRIVAL_NOT_SITE_WORDS);

/**
 * Pushes "A visited X" for each doer of "arrived / arrives at the <site> in X" (persons only, X a place or country).
 *
 * @example arrivalsAtSites(frame, grid, pairs, doers) // pushes rita-okafor visited ikot-ekpene for "… arrived at the relief camp in Ikot Ekpene on Saturday"
 */
export function arrivalsAtSites(frame: SentenceFrame, grid: MentionGrid, out: Pair[], doers: readonly Doers[]): void {
  const t = frame.tokens;
  for (const d of doers) {
    const w = t[d.from]?.lower ?? "";
    if ((w !== "arrived" && w !== "arrives") || t[d.from + 1]?.lower !== "at" || t[d.from + 2]?.lower !== "the") continue;
    const place = siteTown(frame, grid, d.from + 3);
    if (!place) continue;
    for (const s of d.subjects) if (s.mention.kind === "person") out.push({source: s, target: place, type: "visited", from: d.from, to: d.from + 2, rule: "active-arrived-at-site"});
  }
}

/** The place named by "in X" after a short lowercase site phrase starting at `k` ("relief camp in X"); null otherwise. */
function siteTown(frame: SentenceFrame, grid: MentionGrid, k: number) {
  const t = frame.tokens;
  for (let j = k; j < t.length && j < k + ARRIVAL_SITE_REACH; j++) {
    if (t[j].punct || !/^[a-z]/.test(t[j].text) || NOT_SITE.has(t[j].lower)) return null;
    if (t[j].lower === "in" && j > k) {
      const m = grid.startingAt.get(j + 1);
      return m && (m.mention.kind === "place" || m.mention.kind === "country") ? m : null;
    }
  }
  return null;
}
