/**
 * Appositives: "Hamas, the Palestinian militant group, said…" → "Palestinian militant group";
 * "Ivan Petrov, president of the Federation of Rural Cooperatives" → "president of the …".
 */
import type {Token} from "../actors/tokens.ts";
import {descriptorAt, DETERMINERS, HEADS} from "./label-tokens.ts";
import {NATIONALITIES} from "../model/nationalities.ts";

const NATION = new Set(NATIONALITIES.map((n) => n.adjective));

/**
 * Descriptor after a comma that follows the mention ending at token `e - 1`, or null.
 *
 * @example appositiveAfter(tokenize("Hamas, the Palestinian militant group, said"), 1) // tokens 3..5
 */
export function appositiveAfter(tokens: Token[], e: number): {from: number; to: number} | null {
  if (e >= tokens.length || tokens[e].sep !== ",") return null;
  const first = tokens[e];
  // Without a determiner only a title or nationality may open it ("president of…", "Russian citizen").
  if (!DETERMINERS.has(first.key) && !HEADS.has(first.key) && !NATION.has(first.key) && !/^(former|senior|chief|deputy|top|acting|dual|veteran|longtime|then)$/.test(first.key)) return null;
  if (first.cap && !NATION.has(first.key) && !DETERMINERS.has(first.key)) return null;
  const d = descriptorAt(tokens, e);
  if (!d) return null;
  // The appositive must close: a comma, the sentence end, or a relative pronoun.
  const after = d.to < tokens.length ? tokens[d.to] : null;
  if (after && after.sep === " " && !/^(who|which|that)$/.test(after.key)) {
    // A trimmed tail ("group allied with Hamas") is fine when what follows is a participle phrase.
    if (!/^(allied|backed|based|linked|led|run|funded|controlled|affiliated|supported|sponsored|of|in|from|with)$/.test(after.key)) return null;
  }
  return d;
}
