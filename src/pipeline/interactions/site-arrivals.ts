/**
 * Round 31: stage 07's reading of an arrival at a site of a named place as a visit to the place: "Governor A arrived at
 * the relief camp in X early on Saturday" → A visited X, as "A arrived at X on Saturday" is (round 29). The site is a
 * short lowercase phrase after "the" (no "conclusion", "same time": ARRIVAL_NOT_SITE_WORDS), then "in" and the place.
 * The row then meets the checks of every dated arrival (calls.ts journeyNoVisit: a day of the news named, no life story,
 * care or crime). Called from nominal.ts nominalInteractions with the sentence's verbs and their doers. Attending an
 * event held in a named place is a trip there too (attendedEventIn).
 */
import type {SentenceFrame} from "../events/frame.ts";
import {ARRIVAL_NOT_SITE_WORDS, ARRIVAL_SITE_REACH, ATTENDED_EVENT_NOUNS} from "../model/interaction-verbs.ts";
import {ARRIVAL_CARE_SITES, ARRIVAL_VISIT_PURPOSES, ATTENDED_LIFE_NOUNS, ATTENDED_REMOTE_REACH, ATTENDED_REMOTE_WORDS} from "../model/interaction-guards.ts";
import {subjectsBefore, type MentionGrid} from "./arguments.ts";
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
    // Mend 31 F8: a patient's arrival at a hospital or a body's at a morgue is no visit ("arrived at the hospital in X
    // with burns"); only a visit told after it ("… to visit the injured") makes it one.
    if (careSite(t, d.from + 3, place.from) && !visitPurposeAfter(t, place.to)) continue;
    for (const s of d.subjects) if (s.mention.kind === "person") out.push({source: s, target: place, type: "visited", from: d.from, to: d.from + 2, rule: "active-arrived-at-site"});
  }
}

const CARE_SITES = new Set(ARRIVAL_CARE_SITES);
const VISIT_PURPOSES = new Set(ARRIVAL_VISIT_PURPOSES);

/** Mend 31 F8: true when a care site (hospital, clinic, morgue) stands among tokens `from` … `to`. */
function careSite(t: readonly {lower: string}[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CARE_SITES.has(t[k].lower)) return true;
  return false;
}

/** Mend 31 F8: true when "to visit / see / comfort …" follows token `from` in the sentence. */
function visitPurposeAfter(t: readonly {lower: string}[], from: number): boolean {
  for (let k = from; k + 1 < t.length; k++) if (t[k].lower === "to" && VISIT_PURPOSES.has(t[k + 1].lower)) return true;
  return false;
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

const EVENT_NOUNS = new Set(ATTENDED_EVENT_NOUNS);
const ATTENDED_REMOTE = new Set(ATTENDED_REMOTE_WORDS);
const ATTENDED_LIFE = new Set(ATTENDED_LIFE_NOUNS);

/**
 * Round 31: "A attended a forum / summit / funeral in X (last October)" → A visited X: attending an event held in a named
 * place is a trip there. The verb at `i`, then "a / an / the", at most two lowercase modifiers and an event noun
 * (ATTENDED_EVENT_NOUNS: no school, course or game), then "in" and a place or country; the attenders are the verb's
 * person subjects (not "attended a summit in X by video").
 *
 * @example attendedEventIn(frame, grid, 2, pairs) // pushes ana-lopes visited lisbon for "Ana Lopes attended a summit in Lisbon."
 */
export function attendedEventIn(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (!["a", "an", "the"].includes(t[i + 1]?.lower ?? "")) return;
  let k = i + 2;
  while (k < i + 5 && k < t.length && !EVENT_NOUNS.has(t[k].lower) && !t[k].punct && /^[a-z]/.test(t[k].text)) k++;
  if (!EVENT_NOUNS.has(t[k]?.lower ?? "") || t[k + 1]?.lower !== "in") return;
  const place = grid.startingAt.get(k + 2);
  if (!place || (place.mention.kind !== "place" && place.mention.kind !== "country")) return;
  // "attended the summit in Lisbon by video link": no trip. Mend 31 F7: nor "via Zoom", "by phone", nor a life story
  // ("attended a fair in X as a child").
  for (let j = place.to; j < t.length && j < place.to + ATTENDED_REMOTE_REACH && !t[j].punct; j++) {
    if (ATTENDED_REMOTE.has(t[j].lower)) return;
    if (t[j].lower === "as" && ["a", "an"].includes(t[j + 1]?.lower ?? "") && ATTENDED_LIFE.has(t[j + 2]?.lower ?? "")) return;
  }
  for (const s of subjectsBefore(frame, grid, i)) if (s.mention.kind === "person") out.push({source: s, target: place, type: "visited", from: i, to: i + 1, rule: "active-attended-in"});
}
