/**
 * Round 28: stage 07's criticism told through what a person owns. "A criticised / accused / condemned B's government
 * (handling, response, decision …)" is criticism of B: the possessed noun is B's office or B's own act
 * (model interaction-verbs.ts CRITICIZED_POSSESSIONS). Other possessions stay someone else ("accused B's driver of
 * speeding" names the driver, not B).
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {startsLower} from "../events/letter-case.ts";
import {GOVERNING_POSSESSIONS} from "../model/argument-words.ts";
import {CRITICIZED_POSSESSION_FOLLOWERS, CRITICIZED_POSSESSIONS} from "../model/interaction-verbs.ts";
import type {InteractionType} from "../types.ts";

const OWNED = new Set(CRITICIZED_POSSESSIONS);
/** Words that may follow the possessed noun when it heads its phrase ("of", "for", "over", "in", "and" …). */
const HEAD_FOLLOWERS = new Set(CRITICIZED_POSSESSION_FOLLOWERS);
/** The possessions that open a compound ("B's government spokesman"); only these get the head check. */
const GOVERNING = new Set(GOVERNING_POSSESSIONS);

/**
 * The objects of a verb of criticism: `kept` (the objects that stand as themselves) and, of the objects found
 * before that filter (`found`), each person named as the owner of a CRITICIZED_POSSESSIONS noun ("B's government",
 * "B's handling", one lowercase adjective between: "B's slow response"). Other types get `kept` unchanged.
 *
 * @example withCriticizedOwners(frame, "criticized", found, kept) // kept plus B for "accused B's government of …"
 */
export function withCriticizedOwners(frame: SentenceFrame, type: InteractionType, found: readonly PlacedMention[], kept: PlacedMention[]): PlacedMention[] {
  if (type !== "criticized" || found.length === kept.length) return kept;
  const t = frame.tokens;
  let out = kept;
  for (const m of found) {
    if (kept.includes(m) || m.mention.kind !== "person") continue;
    let k = m.to;
    // "B's": the possessive its own token, or carried by the mention's last token ("Souza's").
    if (/^['’]s?$/u.test(t[k]?.text ?? "")) k++;
    else if (!/['’]s?$/u.test(t[k - 1]?.text ?? "")) continue;
    if (!OWNED.has(t[k]?.lower ?? "") && startsLower(t[k]?.text ?? "") && OWNED.has(t[k + 1]?.lower ?? "")) k++;
    if (!OWNED.has(t[k]?.lower ?? "")) continue;
    // "accused B's government spokesman of lying": a noun after it heads the phrase, and that is someone else
    // (a preposition may follow: "B's handling of the floods"). Only for a governing body: an act's noun is
    // often followed by "not", a time or an adverbial phrase ("B's decision not to attend", "B's remarks last week").
    const next = t[k + 1];
    if (GOVERNING.has(t[k]!.lower) && next && !next.punct && startsLower(next.text) && !HEAD_FOLLOWERS.has(next.lower)) continue;
    if (out === kept) out = [...kept];
    out.push(m);
  }
  return out;
}
