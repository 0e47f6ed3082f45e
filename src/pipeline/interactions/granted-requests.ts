/**
 * Round 33: a request told by its answer. "Prime Minister A has approved a request from B for military help", "A turned
 * down a request from B", "A granted B's request" → B asked A: whoever answers a request is the one it was put to (model
 * interaction-cues.ts GRANTING_REQUEST_VERBS). Read from nominal.ts's request noun before its other patterns; not when
 * the answer is negated or still to come ("has not yet approved", "is expected to grant"), nor a newsroom's request
 * ("a request from Reuters for comment"), nor a request of someone's relatives or staff ("a request from B's family").
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {startsLower} from "../events/letter-case.ts";
import {hasWordIn} from "../events/tokens.ts";
import {ADDRESSED_REQUEST_NOUNS, GRANTING_COURT_WORDS, GRANTING_NEGATIONS, GRANTING_REQUEST_DOWN_VERBS, GRANTING_REQUEST_VERBS} from "../model/interaction-cues.ts";
import {objectsAfter, subjectsBefore, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";

const GRANTING = new Set(GRANTING_REQUEST_VERBS);
const DOWN_VERBS = new Set(GRANTING_REQUEST_DOWN_VERBS);
const NEGATIONS = new Set(GRANTING_NEGATIONS);
const ARTICLES = new Set(["a", "an", "the", "this", "that", "its", "his", "her", "their"]);
const REQUEST_WORDS = new Set(ADDRESSED_REQUEST_NOUNS);
const COURT_WORDS = new Set(GRANTING_COURT_WORDS);

/**
 * Adds "asked" rows for a request noun at token `i` answered by a granting verb before it ("A approved a (formal) request
 * from B", "A granted B's request"): each asker asks the verb's subject. True when it read the pattern (rows added).
 *
 * @example grantedRequest(frame, grid, i, out) // true for "Tom Hale approved a request from Ontario for help."
 */
export function grantedRequest(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): boolean {
  const t = frame.tokens;
  // Mend 33 (review F8): a court ruling on a motion is no request of the court ("the Supreme Court rejected a request from B").
  if (!REQUEST_WORDS.has(t[i].lower) || hasWordIn(t, COURT_WORDS)) return false;
  let askers: PlacedMention[] = [];
  let d = i - 1;
  if (t[i + 1]?.lower === "from" || t[i + 1]?.lower === "by") {
    // "an urgent / a formal request from B": one lowercase adjective may stand before the noun.
    if (startsLower(t[d]?.text ?? "") && !ARTICLES.has(t[d].lower) && !GRANTING.has(t[d].lower)) d--;
    if (!ARTICLES.has(t[d]?.lower ?? "")) return false;
    d--;
    const after = objectsAfter(frame, grid, i + 2, {gap: 1});
    // "a request from B's family / lawyers": the owner did not ask.
    askers = after.filter((a) => !/^['’]s?$/u.test(t[a.to]?.text ?? "") && !/['’]s?$/u.test(t[a.to - 1]?.text ?? ""));
    if (askers.length !== after.length) return false;
    // "rejected a request from B to C": the request named its own addressee (nominal.ts addressedRequest reads it).
    const end = askers.length > 0 ? askers[askers.length - 1].to : -1;
    if (end > 0 && t[end]?.lower === "to" && (grid.startingAt.has(end + 1) || (t[end + 1]?.lower === "the" && grid.startingAt.has(end + 2)))) return false;
  } else {
    // "A granted B's request": the possessor right before the noun.
    const a = grid.endingAt.get(i - 1);
    if (!a || !/['’]s?$/u.test(t[i - 1].text)) return false;
    askers = [a];
    d = a.from - 1;
  }
  let v = d;
  if (t[v]?.lower === "down" && DOWN_VERBS.has(t[v - 1]?.lower ?? "")) v--;
  else if (!GRANTING.has(t[v]?.lower ?? "")) return false;
  if (NEGATIONS.has(t[v - 1]?.lower ?? "") || NEGATIONS.has(t[v - 2]?.lower ?? "")) return false;
  if (askers.length === 0 || askers.some((a) => a.mention.kind === "media")) return false;
  for (let k = i + 1; k < t.length - 1; k++) if (t[k].lower === "for" && t[k + 1].lower === "comment") return false;
  const granters = subjectsBefore(frame, grid, v).filter((g) => g.mention.kind !== "media" && g.mention.kind !== "place");
  if (granters.length === 0) return false;
  for (const a of askers) for (const g of granters) if (a.index !== g.index) out.push({source: a, target: g, type: "asked", from: i, to: i + 1, rule: "nominal-granted-request"});
  return true;
}
