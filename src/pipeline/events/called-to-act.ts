/**
 * A telephone call told with "called" or "rang" and a purpose of the caller's own (session 28): shared by stage
 * 07's argument rules (the infinitive's subject is the caller) and the modality of its trigger (the "called" is
 * no request). Model: interaction-calls.ts.
 */
import {CALLED_CONTENT_PURPOSES, CALLED_OBJECT_PRONOUNS, CALLED_VERBS, CALL_PURPOSE_REACH} from "../model/interaction-calls.ts";
import type {Token} from "./tokens.ts";

const CALLED = new Set(CALLED_VERBS);
/** A possessive word or token ("Trump's", "'s", "the rebels'"). */
const POSSESSIVE_END = /['’]s?$/u;
const CALLED_CONTENT = new Set(CALLED_CONTENT_PURPOSES);
/** The pronouns that tell the one called again as the purpose's object ("to thank him"). */
const CALLED_BACK = new Set(CALLED_OBJECT_PRONOUNS);

/**
 * Session 28: true when "called / rang" at token `v` is a telephone call whose purpose is the infinitive at
 * `inf`: "A called B on Tuesday to thank him", "A rang B to urge him to stay" (model CALLED_CONTENT_PURPOSES).
 * The infinitive is then the caller's own act, as after "phoned", not one asked of B. Its object must be the one
 * called, told again as "him / her / them": "The party called its members to thank the volunteers" asks the
 * members. Not "called on B to …" (a request to B) nor a purpose farther than CALL_PURPOSE_REACH tokens after the
 * verb's object.
 *
 * @example calledToAct(tokenize("A called B to thank him."), 1, 4) // true
 */
export function calledToAct(t: readonly Token[], v: number, inf: number): boolean {
  if (!CALLED.has(t[v]?.lower ?? "") || !CALLED_CONTENT.has(t[inf]?.lower ?? "") || t[inf - 1]?.lower !== "to" || !CALLED_BACK.has(t[inf + 1]?.lower ?? "")) return false;
  const next = t[v + 1]?.lower ?? "";
  if (next === "on" || next === "upon" || next === "for" || next === "in" || inf - v > CALL_PURPOSE_REACH + 4) return false;
  // "called Trump's decision to thank him a mistake": the infinitive hangs on a possessed noun, and "called" names it
  // (review 28 F15).
  for (let k = v + 1; k < inf - 1; k++) if ((t[k].punct && t[k].text !== ",") || POSSESSIVE_END.test(t[k].text)) return false;
  return true;
}
