/**
 * Descriptors written before a name: "the Palestinian militant group Hamas",
 * "radical Islamist movement Islamic Jihad", "Chilean miner Pedro Rojas".
 */
import type {Token} from "../actors/tokens.ts";
import {isHead, isPluralHeadOnly, PRE_MODIFIERS, PRE_STOPS, PRE_VERB_LEADS} from "./label-tokens.ts";
import {NATIONALITIES} from "../model/nationalities.ts";

const NATION = new Set(NATIONALITIES.map((n) => n.adjective));

/**
 * Token range of the descriptor directly before token `s` (the mention start), or null.
 * `isNameToken(j)` says token j belongs to another mention (allowed: "Donbass native").
 *
 * @example prenominalBefore(tokenize("released by Palestinian militant group Hamas"), 5, () => false) // tokens 2..5
 */
export function prenominalBefore(tokens: Token[], s: number, isNameToken: (j: number) => boolean): {from: number; to: number} | null {
  if (s === 0 || tokens[s].sep !== " ") return null;
  const adj = tokens[s - 1];
  if (adj.cap || !isHead(adj.key)) return null;
  let from = s - 1;
  // Left of a capitalised word ("Russian", "Donbass") only known modifiers may follow:
  // "dual Russian-Israeli citizen", but not "will release Russian citizen".
  let pastCap = false;
  for (let j = s - 2; j >= 0 && s - j <= 6; j--) {
    const t = tokens[j];
    if (tokens[j + 1].sep !== " " && tokens[j + 1].sep !== "-") break;
    if (t.poss) break;
    if (t.cap) {
      if (!NATION.has(t.key) && !isNameToken(j)) break;
      pastCap = true;
    } else if (PRE_STOPS.has(t.key) || /^\d/.test(t.key)) break;
    else if (pastCap && !PRE_MODIFIERS.has(t.key)) break;
    from = j;
  }
  // "Anwar Ibrahim, who chairs ASEAN": a lone -s form after a relative pronoun, a subject pronoun
  // or an adverb is the verb of a clause about someone else, not a label of the name after it.
  if (from === s - 1 && from > 0 && isPluralHeadOnly(adj.key) && PRE_VERB_LEADS.has(tokens[from - 1].key)) return null;
  return {from, to: s};
}
