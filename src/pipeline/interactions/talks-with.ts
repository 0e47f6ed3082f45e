/**
 * A meeting told as the time of a clause's act: "A freed the prisoners after talks in X with B",
 * "A signed the accord during a meeting with B" → A met B (the gold sets read "held talks with B"
 * and such phrases as met). The doer is the subject of the sentence's last verb before the phrase.
 */
import {startsLower} from "../events/letter-case.ts";
import {TALKS_SUBJECT_VERBS, TALKS_TIME_OPENERS} from "../model/interaction-verbs.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {objectsAfter, subjectsBefore, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";
import type {Doers} from "./nominal.ts";

const OPENERS = new Set(TALKS_TIME_OPENERS);
const SUBJECT_VERBS = new Set(TALKS_SUBJECT_VERBS);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its"]);

/** Most words of a party's title before its name ("US special envoy B" is three). */
const PARTY_GAP = 4;

/**
 * For a meeting or talks noun at `i`: "after/following/during (a|the|his) (<one adjective>)
 * <noun> (in <place>) with B" pushes doer met B, the doer being the subject of the last verb
 * before the opener (`earlier`), else the subject found before it. Nothing when the phrase opens
 * the sentence, heads a clause of its own ("after talks with B broke down"), or names no one.
 *
 * @example talksWith(frame, grid, talksIndex, out, earlier)
 */
export function talksWith(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): void {
  const t = frame.tokens;
  let p = i - 1;
  if (p >= 0 && startsLower(t[p].text) && !OPENERS.has(t[p].lower) && !DETERMINERS.has(t[p].lower)) p--;
  if (p >= 0 && DETERMINERS.has(t[p].lower)) p--;
  if (p < 1 || !OPENERS.has(t[p].lower)) return;
  let k = i + 1;
  if (t[k]?.lower === "in") {
    const place = grid.startingAt.get(k + 1);
    if (!place || (place.mention.kind !== "place" && place.mention.kind !== "country")) return;
    k = place.to;
  }
  if (t[k]?.lower !== "with") return;
  const parties = objectsAfter(frame, grid, k + 1, {gap: PARTY_GAP}).filter((m) => m.mention.kind !== "place");
  if (parties.length === 0 || SUBJECT_VERBS.has(t[parties[parties.length - 1].to]?.lower ?? "")) return;
  let doers: PlacedMention[] = [];
  for (let e = earlier.length - 1; e >= 0 && doers.length === 0; e--) if (earlier[e].from < p) doers = earlier[e].subjects;
  if (doers.length === 0) doers = subjectsBefore(frame, grid, p);
  for (const d of doers) for (const m of parties) if (d.index !== m.index) out.push({source: d, target: m, type: "met", from: i, to: i + 1, rule: "nominal-talks-with"});
}
