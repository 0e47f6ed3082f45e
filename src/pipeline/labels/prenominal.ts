/**
 * Descriptors written before a name: "the Palestinian militant group Hamas",
 * "radical Islamist movement Islamic Jihad", "Chilean miner Pedro Rojas".
 */
import type {Token} from "../actors/tokens.ts";
import {isHead, isPluralHeadOnly, NUMBER_WORDS, PRE_MODIFIERS, PRE_PARTICIPLES, PRE_STOPS, PRE_VERB_LEADS} from "./label-tokens.ts";
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
  let countAt = -1;
  for (let j = s - 2; j >= 0 && s - j <= 6; j--) {
    const t = tokens[j];
    if (tokens[j + 1].sep !== " " && tokens[j + 1].sep !== "-") break;
    if (t.poss) break;
    if (t.cap) {
      if (!NATION.has(t.key) && !isNameToken(j)) break;
      pastCap = true;
    } else if (/^\d/.test(t.key) || NUMBER_WORDS.has(t.key)) {
      countAt = j;
      break;
    } else if (PRE_STOPS.has(t.key)) break;
    // A past tense ends it ("Police named aid worker X"), unless it joins a compound ("Iran-backed").
    else if (t.key.endsWith("ed") && tokens[j + 1].sep !== "-" && t.sep !== "-" && !PRE_PARTICIPLES.has(t.key) && !t.key.startsWith("un")) break;
    else if (pastCap && !PRE_MODIFIERS.has(t.key)) break;
    from = j;
  }
  // A number in a hyphenated compound drops the whole compound: "twenty-one-year-old teacher"
  // and "21-year-old teacher" give "teacher", not "year-old teacher".
  if (countAt >= 0 && from === countAt + 1) while (from < s - 1 && tokens[from].sep === "-") from++;
  // "Anwar Ibrahim, who chairs ASEAN": a lone -s form after a relative pronoun, a subject pronoun
  // or an adverb is the verb of a clause about someone else, not a label of the name after it.
  if (from === s - 1 && from > 0 && isPluralHeadOnly(adj.key) && PRE_VERB_LEADS.has(tokens[from - 1].key)) return null;
  return {from, to: s};
}
