/**
 * A descriptor set off before a name by commas: "The rights activist, Maria Olsen, said…" →
 * "rights activist"; "filed by his lawyer, Juan Pérez, on Friday" → "lawyer". The name must be
 * closed by a comma or the sentence end, and the descriptor must open a noun phrase (after "the",
 * "a", "his"…, a possessive, or at the sentence start), so "reached the village, Kandahari," only
 * counts when "village" were a label head (it is not).
 */
import type {Token} from "../actors/tokens.ts";
import {isHead, PRE_STOPS} from "./label-tokens.ts";
import {COLLECTIVE_HEADS} from "../model/label-words.ts";
import {NATIONALITIES} from "../model/nationalities.ts";

const NATION = new Set(NATIONALITIES.map((n) => n.adjective));
const COLLECTIVE = new Set(COLLECTIVE_HEADS);
/** Words that open the noun phrase holding the descriptor. */
const OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);
/** Words of the descriptor at most (head included): "a veteran human rights activist". */
const MAX_WORDS = 5;

/**
 * Token range of the descriptor before the comma that precedes the mention spanning tokens
 * [ts, te), or null. Before ", and" a collective head is the first item of a list ("officials
 * from the army, Al-Shabaab, and the UN"), not a descriptor: it gives none.
 *
 * @example descriptorBeforeComma(tokenize("The rights activist, Maria Olsen, said"), 3, 5) // {from: 1, to: 3}
 */
export function descriptorBeforeComma(tokens: Token[], ts: number, te: number): {from: number; to: number} | null {
  if (ts < 1 || tokens[ts].sep !== ",") return null;
  if (te < tokens.length && tokens[te].sep !== ",") return null;
  const head = tokens[ts - 1];
  if (head.cap || head.poss || !isHead(head.key)) return null;
  if (te < tokens.length && (tokens[te].key === "and" || tokens[te].key === "or") && COLLECTIVE.has(head.key)) return null;
  let from = ts - 1;
  for (let j = ts - 2; j >= 0 && ts - j <= MAX_WORDS; j--) {
    const t = tokens[j];
    if (tokens[j + 1].sep !== " " && tokens[j + 1].sep !== "-") break;
    if (t.poss || OPENERS.has(t.key) || PRE_STOPS.has(t.key) || /^\d/.test(t.key)) break;
    if (t.cap && !NATION.has(t.key)) return null;
    from = j;
  }
  // The phrase must open where a noun phrase can: sentence start, after "the/a/his…" or a possessive.
  if (from > 0) {
    const before = tokens[from - 1];
    const joined = tokens[from].sep === " " || tokens[from].sep === "-";
    if (!joined || !(before.poss || OPENERS.has(before.key))) return null;
  }
  return {from, to: ts};
}
