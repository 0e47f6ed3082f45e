/**
 * A diplomatic summons as criticism: "A summoned B's ambassador", "A summoned the <nationality>
 * envoy (to protest / over …)" → A criticized B, the state whose envoy is called in (the envoy is
 * unnamed: the state stands for him). Read from the noun patterns of nominal.ts (the verb is no
 * interaction verb of its own: "summoned the board" or "summoned B to testify" is none).
 */
import {SUMMONED_ENVOY_NOUNS} from "../model/interaction-verbs.ts";
import {startsLower} from "../events/letter-case.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {subjectsBefore, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";

const ENVOYS: ReadonlySet<string> = new Set(SUMMONED_ENVOY_NOUNS);
/** Auxiliaries that make "summoned" a passive ("B's envoy was summoned by A" names the doer after "by"). */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(["was", "were", "been", "being", "be", "is", "are"]);
/** Lowercase words that may stand between the state and the envoy noun ("Kenya's top envoy", "the Kenyan deputy ambassador"). */
const ENVOY_MODIFIERS = 2;

/**
 * Pushes "A criticized B" for the summoning verb at token `i` ("summoned"), A its subjects, B
 * the country named as the envoy's owner ("Kenya's ambassador") or nationality ("the Kenyan
 * ambassador"). Nothing when no envoy noun follows, the verb is passive, or no subject is found.
 *
 * @example summons(frame, grid, 3, out) // "Oslo summoned Kenya's ambassador" → Oslo criticized Kenya
 */
export function summons(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (PASSIVE_BEFORE.has(t[i - 1]?.lower ?? "")) return;
  const state = envoyState(frame, grid, i + 1);
  if (!state) return;
  for (const a of subjectsBefore(frame, grid, i)) if (a.index !== state.index) out.push({source: a, target: state, type: "criticized", from: i, to: i + 1, rule: "nominal-summons"});
}

/**
 * The country whose envoy the object from token `k` names: "Kenya's (top) ambassador", "the
 * Kenyan (deputy) ambassador"; null otherwise ("the board", "Kenya's finance minister").
 */
function envoyState(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | null {
  const t = frame.tokens;
  const m = grid.startingAt.get(t[k]?.lower === "the" ? k + 1 : k);
  if (!m || m.mention.kind !== "country") return null;
  let j = m.to;
  // "Kenya 's": the possessive as its own token.
  if (t[j]?.text === "'s" || t[j]?.text === "’s" || t[j]?.text === "'" || t[j]?.text === "’") j++;
  for (let n = 0; n <= ENVOY_MODIFIERS && j < t.length && startsLower(t[j].text); n++, j++) if (ENVOYS.has(t[j].lower)) return m;
  return null;
}
