/**
 * Round 32: stage 07's guard on help told as working alongside someone ("The Red Cross has been working alongside the
 * Coast Guard since dawn" → the Red Cross assisted the Coast Guard; model interaction-verbs.ts). Between bodies that is
 * a joined effort; a person worked alongside is a colleague ("She worked alongside Otto Berg at the bank for a decade"),
 * no help. Called from calls.ts, the last pass over a sentence's pairs.
 */
import type {SentenceFrame} from "../events/frame.ts";
import type {Token} from "../events/tokens.ts";
import {withoutWhere, type RowPair} from "./row-passes.ts";
import {JOINED_RIVAL_WORDS} from "../model/interaction-verbs.ts";

const WORKING = new Set(["working", "worked", "works", "work"]);

/**
 * `pairs` without the "worked alongside <a person>" rows; the same array when none goes.
 *
 * @example withoutColleagueHelp(frame, pairs).length // 0 for "Ana Lee worked alongside Otto Berg at the bank."
 */
export function withoutColleagueHelp<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  return withoutWhere(frame, pairs, (t, p) => colleagueRow(t, p) || rivalRow(t, p));
}

const JOINING = new Set(["joined", "joins", "joining"]);
/** Mend 32 (review F21): most tokens after "in the search for" read for a recruit or a prize. */
const RIVAL_REACH = 4;
const RIVAL = new Set(JOINED_RIVAL_WORDS);

/**
 * Mend 32 (review F21): an assisted row of "joined B in the search / the effort … for <a recruit or a prize>": "Arsenal
 * joined Chelsea in the search for a new striker" is a race of rivals, no help.
 */
function rivalRow(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "assisted" || !JOINING.has(t[p.from]?.lower ?? "") || t[p.to]?.lower !== "for") return false;
  return t.slice(p.to + 1, p.to + 1 + RIVAL_REACH).some((w) => RIVAL.has(w.lower));
}

/** True for an assisted row of "work(ed) alongside B" whose B or helper is a person. */
function colleagueRow(t: readonly Token[], p: RowPair): boolean {
  return p.type === "assisted" && WORKING.has(t[p.from]?.lower ?? "") && t[p.from + 1]?.lower === "alongside" &&
    (p.target.mention.kind === "person" || p.source.mention.kind === "person");
}
