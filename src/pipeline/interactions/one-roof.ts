/**
 * Round 34: a host's mediation told by the roof two sides were received under. "The bishop received the union's delegation
 * and Acme Steel's chief under one roof" is the bishop's go-between work, not two meetings of the host's: the met rows of
 * the host's verb (model interaction-verbs.ts ROOF_HOST_VERBS) become mediated when a list of sides ("… and …") runs
 * straight to "under one roof / under the same roof" (ONE_ROOF_NOUNS). One side may be unnamed ("our delegation and B").
 * "received B under one roof with his staff" (no second side) and "lived under one roof" (no host verb) stay as they are.
 * Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import {hasWordIn, type Token} from "../events/tokens.ts";
import {retypedWhere, type RowPair} from "./row-passes.ts";
import {ONE_ROOF_NOUNS, ROOF_HOST_VERBS, ROOF_KIN_NOUNS, SAME_TABLE_SOCIAL_WORDS, TALKS_CUE_WORDS} from "../model/interaction-verbs.ts";

const HOSTS = new Set(ROOF_HOST_VERBS);
const KIN = new Set(ROOF_KIN_NOUNS);
const SOCIAL = new Set(SAME_TABLE_SOCIAL_WORDS);
const TALKS = new Set(TALKS_CUE_WORDS);
const ROOF = new Set(["roof"]);
/** Mend 34 (review F2): a relative between the list and the roof ("B and C, who have lived under one roof") ends the list. */
const RELATIVES = new Set(["who", "whom", "which", "that", "where", "whose"]);
/** The roof phrases as word lists after "under": ["one", "roof"], ["the", "same", "roof"]. */
const ROOFS = ONE_ROOF_NOUNS.map((n) => n.split(" ").slice(1));
/** How many words the list of sides may run between the host's verb and "under". */
const SIDES_REACH = 14;

/**
 * `pairs` with each host's met row made mediated when its sides were received under one roof; the same array when none
 * is (and at once when the sentence has no "roof").
 *
 * @example hostedUnderOneRoof(frame, pairs) // "Ana Lee received Tom Berg and Omar Saleh under one roof." → Ana Lee -mediated-> each
 */
export function hostedUnderOneRoof<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  // The cheap test: no "roof", no pass.
  if (!hasWordIn(frame.tokens, ROOF)) return pairs;
  // Mend 34 (review F2): a wedding, a party or a dinner under one roof is no go-between's work.
  if (hasWordIn(frame.tokens, SOCIAL)) return pairs;
  return retypedWhere(frame, pairs, "mediated", roofHostRow);
}

/** True for a met row of a one-word host verb whose object list ("… and …") runs to "under one roof". */
function roofHostRow(frame: SentenceFrame, p: RowPair): boolean {
  const t = frame.tokens;
  if (p.type !== "met" || p.to !== p.from + 1 || !HOSTS.has(t[p.from].lower) || p.target.from < p.to) return false;
  // Mend 34 (review F2): the host is a person or a state; a body only with a word of talks in the sentence (a mall or a
  // complex "hosting" two firms under one roof houses them).
  if (p.source.mention.kind !== "person" && p.source.mention.kind !== "country" && !hasWordIn(t, TALKS)) return false;
  let and = false;
  for (let k = p.to; k < t.length && k <= p.to + SIDES_REACH; k++) {
    const w = t[k];
    if (w.lower === "under") return and && k >= p.target.to && roofAt(t, k + 1);
    if (RELATIVES.has(w.lower)) return false;
    if (w.lower === "and") and = true;
    // Mend 34 (review F2): "B and her husband": a household, not two sides.
    else if (and && KIN.has(w.lower)) return false;
    else if (w.punct && w.text !== "," && w.text !== "'" && w.text !== "’" && w.text !== "-") return false;
  }
  return false;
}

/** True when the words from `k` on are a roof of ROOFS ("one roof", "the same roof"). */
function roofAt(t: readonly Token[], k: number): boolean {
  return ROOFS.some((r) => r.every((w, i) => t[k + i]?.lower === w));
}
