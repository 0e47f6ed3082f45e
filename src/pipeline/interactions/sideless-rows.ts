/**
 * Rows whose verb names no real pair of sides (session 31's review): a "second round with B" that is a run-off or a
 * bout, "bargaining chips", a demand that someone "be jailed", "spoke with B in a televised debate", lending
 * "credibility", two defendants "sat across from each other in the dock". Each is a pass over a sentence's pairs, run
 * from calls.ts withoutCallMeetings after the other passes. Word lists in model/interaction-guards.ts.
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {startsLower} from "../events/letter-case.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {SEATED_CONTEST_WORDS} from "../model/interaction-cues.ts";
import {SEATED_NO_SIDES_WORDS, LENT_QUALITY_WORDS, SPOKE_WITH_STAGE_WORDS, BARGAIN_BE_WORDS, BARGAIN_FOR_OPENERS, BARGAINING_NOUNS, ROUND_SOUGHT_WORDS, ROUND_TALKS_WORDS, ROUND_TRIP_REACH, ROUND_TRIP_WORDS} from "../model/interaction-guards.ts";

/**
 * All the passes in order.
 *
 * @example withoutSidelessRows(frame, pairs) // no row for "Ana Lopes qualified for a second round with Tom Reyes in the election."
 */
export function withoutSidelessRows<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  if (pairs.length === 0) return pairs;
  pairs = withoutWhere(frame, pairs, roundNoMeeting);
  pairs = withoutWhere(frame, pairs, bargainNoSides);
  pairs = demandedOfFirst(frame, pairs);
  pairs = withoutWhere(frame, pairs, demandedDoneTo);
  pairs = withoutWhere(frame, pairs, spokeWithOnStage);
  pairs = withoutWhere(frame, pairs, lentQuality);
  pairs = withoutWhere(frame, pairs, seatedNoSides);
  pairs = withoutWhere(frame, pairs, meetingNounNoSides);
  return pairs;
}

/** Round 33: words before "meeting" that make it the noun ("at the same meeting", "at a meeting"), not the verb. */
const MEETING_NOUN_DETERMINERS = new Set(["the", "a", "an", "same", "that", "this", "their", "his", "her", "its", "our", "each", "every", "one", "first", "last", "next"]);

/**
 * Round 33: true for a meeting row of a coordinated subject (rule symmetric-coord) whose "meeting" is the noun after a
 * determiner: "C thanked A and B at the same meeting" names A and B as the ones thanked, not two sides meeting each other
 * ("A and B, meeting in Velm, agreed" keeps its row: the verb).
 */
function meetingNounNoSides(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || (p as {rule?: string}).rule !== "symmetric-coord") return false;
  const w = t[p.from]?.lower ?? "";
  if (!(w === "meeting" || w === "meetings") || !MEETING_NOUN_DETERMINERS.has(t[p.from - 1]?.lower ?? "")) return false;
  // Mend 33 (review F11): only a pair that is a verb's object ("thanked A and B at the same meeting"); a pair that opens
  // its clause was at the meeting together ("A and B clashed at the same meeting" keeps its row).
  const before = t[Math.min(p.source.from, p.target.from) - 1];
  return !!before && !before.punct && startsLower(before.text) && !PAIR_OPENERS.has(before.lower);
}
/** Mend 33: lowercase words that may open a clause before its coordinated subject ("and A and B met …", "both A and B"). */
const PAIR_OPENERS = new Set(["and", "but", "both", "while", "when", "as", "where", "after", "before", "then", "since", "because", "that", "so"]);

const ROUND_TRIP = new Set(ROUND_TRIP_WORDS);
const ROUND_SOUGHT = new Set(ROUND_SOUGHT_WORDS);
const ROUND_TALKS = new Set(ROUND_TALKS_WORDS);

/**
 * Mend 31 F1: true for a "for a further / second round (of talks) with B" meeting that is none: talks only sought
 * ("pushed for a new round of talks with B"), or a bare round with no trip to it before ("qualified for a second round
 * with B in the presidential election", "came out for a third round with B": a run-off, a bout).
 */
function roundNoMeeting(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || t[p.from]?.lower !== "for") return false;
  let r = p.from + 1;
  while (r < p.to && t[r].lower !== "round") r++;
  if (t[r]?.lower !== "round") return false;
  if (ROUND_SOUGHT.has(t[p.from - 1]?.lower ?? "")) return true;
  // "for another round of talks with B" is talks; "… of golf / drinks with B" is none of them.
  if (t[r + 1]?.lower === "of") return !ROUND_TALKS.has(t[r + 2]?.lower ?? "");
  for (let k = p.from - 1; k >= 0 && k >= p.from - ROUND_TRIP_REACH; k--) {
    if (t[k].punct && t[k].text !== "-") return true;
    if (ROUND_TRIP.has(t[k].lower)) return false;
  }
  return true;
}

const BARGAIN_BE = new Set(BARGAIN_BE_WORDS);
const BARGAIN_FOR = new Set(BARGAIN_FOR_OPENERS);
const BARGAIN_NOUNS = new Set(BARGAINING_NOUNS);

/**
 * Mend 31 F2: true for a "A and B bargained / haggled" row of the two subjects as sides (rule symmetric-coord) that
 * names no such sides: the "-ing" word as a noun's modifier ("were used as bargaining chips", "lack bargaining power",
 * "collective bargaining talks"; only "were / are bargaining" stays a verb), the other side told after a later "with"
 * ("bargained with the kidnappers for hours", "haggled over the price with traders"), or a thing bargained for
 * ("bargained for a 5% pay rise", "for their lives": one side's aim; "for hours" stays).
 */
function bargainNoSides(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "negotiated" || (p as {rule?: string}).rule !== "symmetric-coord") return false;
  const w = t[p.from]?.lower ?? "";
  if (!w.startsWith("bargain") && !w.startsWith("haggl")) return false;
  if (w.endsWith("ing") && (!BARGAIN_BE.has(t[p.from - 1]?.lower ?? "") || BARGAIN_NOUNS.has(t[p.from + 1]?.lower ?? ""))) return true;
  if (t[p.to]?.lower === "for" && (BARGAIN_FOR.has(t[p.to + 1]?.lower ?? "") || /^\d/.test(t[p.to + 1]?.text ?? ""))) return true;
  for (let k = p.to; k < t.length && !(t[k].punct && t[k].text !== "-" && t[k].text !== "%"); k++) if (t[k].lower === "with") return true;
  return false;
}

const BE_MODALS = new Set(["should", "must", "would", "shall", "will", "immediately", "also", "now"]);

/**
 * Mend 31 F5: true for a "demanded that B <act>" request whose B is told to be acted on, not to act: "demanded that B
 * be jailed / be fined / should be investigated", "that B and C be sacked" asks the court or the police, no one named.
 */
function demandedDoneTo(t: readonly Token[], p: RowPair): boolean {
  if (!demandedThat(t, p)) return false;
  let k = p.target.to;
  // "that B and C be sacked": past the rest of a list of names.
  while (k < t.length && k < p.target.to + 8 && (t[k].lower === "and" || t[k].text === "," || /^[A-Z]/.test(t[k].text))) k++;
  for (let j = 0; j < 2 && k < t.length && BE_MODALS.has(t[k].lower); j++) k++;
  return t[k]?.lower === "be";
}

/** True for an "asked" row of "demanded / demands … that". */
function demandedThat(t: readonly Token[], p: RowPair): boolean {
  return p.type === "asked" && (t[p.from]?.lower ?? "").startsWith("demand") && t[p.from + 1]?.lower === "that";
}

/**
 * Mend 31 F14: the one asked by "demanded that B <act> C" is B, the first name after "that" (or its list), never C:
 * "demanded that Kestria release Tom Reyes" asks Kestria, and "demanded that the government release Tom Reyes" asks no
 * one named. A row of C becomes B's (dropped when B's row is there already, or when no name follows "that").
 */
function demandedOfFirst<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    let next: P | null = p;
    if (demandedThat(t, p)) {
      const at = t[p.from + 2]?.lower === "the" ? p.from + 3 : p.from + 2;
      // The names listed right after "that" ("that B and C reinstate …").
      const listed = frame.mentions.filter((m) => m.from >= at && m.from < at + 8 && m.to <= p.target.to && m.from === listedFrom(t, frame.mentions, at, m));
      const first = frame.mentions.find((m) => m.from === at);
      if (!first) {
        // "demanded that the regional governor, B, send …": B apposed to the one asked keeps the row.
        const apposed = t[p.target.from - 1]?.text === "," && p.target.from > at && !frame.mentions.some((m) => m.from >= at && m.from < p.target.from);
        if (!apposed) next = null;
      } else if (/^['’]s?$/u.test(t[first.to]?.text ?? "")) next = null; // "that B's government release C": B's body is asked, not B.
      if (first && next && p.target.from !== at && !listed.some((m) => m.index === p.target.index)) {
        next = pairs.some((q) => q !== p && q.source.index === p.source.index && q.target.index === first.index && demandedThat(t, q)) ? null : {...p, target: first};
      }
    }
    if (next !== p && !out) out = pairs.slice(0, k);
    if (out && next) out.push(next);
  }
  return out ?? pairs;
}

/** The start of mention `m` when only names, commas and "and" stand between token `at` and it; -1 otherwise. */
function listedFrom(t: readonly Token[], mentions: readonly PlacedMention[], at: number, m: PlacedMention): number {
  for (let k = at; k < m.from; k++) {
    if (t[k].lower === "and" || t[k].text === ",") continue;
    if (mentions.some((n) => n.from <= k && k < n.to)) continue;
    return -1;
  }
  return m.from;
}

const SPOKE_WITH_STAGE = new Set(SPOKE_WITH_STAGE_WORDS);

/**
 * Mend 31 F9: true for a "A spoke with B" meeting told of a debate, a broadcast or a piece of writing ("spoke with B in a
 * televised debate", "spoke with B for an article published on Monday"): a contest or an interview, no meeting.
 */
function spokeWithOnStage(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || !["spoke", "speaks", "spoken"].includes(t[p.from]?.lower ?? "") || t[p.from + 1]?.lower !== "with") return false;
  return t.some((w) => SPOKE_WITH_STAGE.has(w.lower));
}

const LENT_QUALITY = new Set(LENT_QUALITY_WORDS);
const LENT_DET = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "some", "new", "much", "more", "real", "added", "extra", "great"]);

/**
 * Mend 31 F10: true for an "A lent B <aid>" row whose thing lent is a quality, not help: "lent B credibility with
 * volunteers", "lent B his voice", "lent weight to" (the noun of aid later in the sentence is someone else's).
 */
function lentQuality(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "assisted" || !["lent", "lends", "lending", "loaned", "loans"].includes(t[p.from]?.lower ?? "")) return false;
  let k = p.target.to;
  while (k < t.length && k < p.target.to + 2 && LENT_DET.has(t[k].lower)) k++;
  return LENT_QUALITY.has(t[k]?.lower ?? "");
}

const SEATED_NO_SIDES = new Set([...SEATED_CONTEST_WORDS, ...SEATED_NO_SIDES_WORDS]);

/**
 * Mend 31 F11: true for a "A and B sat across from each other / sat down together" meeting (rule symmetric-coord) told
 * in a dock, a dugout or at a contest ("sat across from each other in the dock", "sat down together in the dugout
 * before kick-off"): the seated-contest words (SEATED_CONTEST_WORDS) guard only the rows with an object, this the
 * coordinated subject's.
 */
function seatedNoSides(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || (p as {rule?: string}).rule !== "symmetric-coord" || !["sat", "sit", "sits", "sitting"].includes(t[p.from]?.lower ?? "")) return false;
  return t.some((w) => SEATED_NO_SIDES.has(w.lower));
}
