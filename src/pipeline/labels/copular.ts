/**
 * Copular and designation statements: "Hamas is a Palestinian militant group",
 * "Hamas and Islamic Jihad are both recognised as terrorist organisations",
 * "X, which is designated a terrorist organization by…", "X is listed by the US as a
 * “specially designated global terrorist”".
 */
import type {Token} from "../actors/tokens.ts";
import {ADVERBS, descriptorAt, DETERMINERS, VERBS} from "./label-tokens.ts";

const COPULAS = new Set(["is", "was", "are", "were", "remains", "remain", "became", "becomes"]);

/**
 * The designation stated after token `k` (right after the subject), with its rule, or null.
 *
 * @example copularAfter(tokenize("Hamas is a Palestinian militant group"), 1) // {from: 3, to: 6, rule: "copular"}
 */
export function copularAfter(tokens: Token[], k: number): {from: number; to: number; rule: string} | null {
  let j = k;
  let rule = "copular";
  // ", which is…" / ", who was…"
  if (j < tokens.length && tokens[j].sep === "," && (tokens[j].key === "which" || tokens[j].key === "who")) {
    j++;
    rule = "relative";
  } else if (j < tokens.length && tokens[j].sep !== " ") return null;
  if (j >= tokens.length) return null;
  if (COPULAS.has(tokens[j].key)) j++;
  else if ((tokens[j].key === "has" || tokens[j].key === "have") && tokens[j + 1]?.key === "been") j += 2;
  else return null;
  while (j < tokens.length && ADVERBS.has(tokens[j].key)) j++;
  if (j >= tokens.length) return null;
  if (VERBS.has(tokens[j].key)) {
    rule = rule === "relative" ? "relative-designation" : "designation";
    j++;
    // "listed by the US government as a…": skip the agent (bounded) up to "as".
    if (tokens[j]?.key === "by") {
      let m = j + 1;
      while (m < tokens.length && m - j < 8 && tokens[m].key !== "as" && tokens[m].sep === " ") m++;
      if (tokens[m]?.key !== "as") return null;
      j = m;
    }
    if (tokens[j]?.key === "as") j++;
  } else if (!DETERMINERS.has(tokens[j].key) || tokens[j].key === "the") {
    // Plain copula needs "a/an": "Hamas is the reason…" is not a label.
    return null;
  }
  const d = descriptorAt(tokens, j);
  return d ? {...d, rule} : null;
}
