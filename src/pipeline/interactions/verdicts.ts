/**
 * A verdict of reproach: "A called B's <act> (of C) \"a disgrace\"", "A called B \"terrorists\""
 * → A criticized B (docs/evaluation.md: criticized). The verdict must be a reproach word
 * (REPROACH_WORDS): "called the talks a success" is none, and "called on B", "called B by phone"
 * name no verdict at all.
 */
import {REPROACH_WORDS, VERDICT_CALLING_VERBS} from "../model/interaction-cues.ts";
import {startsLower} from "../events/letter-case.ts";
import type {SentenceFrame} from "../events/frame.ts";
import {nameAt, subjectsBefore, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";

const CALLING = new Set(VERDICT_CALLING_VERBS);
const REPROACH = new Set(REPROACH_WORDS);
const POSSESSIVE_S = /['’]s$/u;
const ARTICLES = new Set(["a", "an", "the"]);
const QUOTES = new Set(["\"", "“", "”", "'", "‘", "’"]);

/** Most words of the act a possessive owner did ("hosting of the delegation" is four, a name counting one). */
const ACT_WORDS = 5;
/** Most words before the reproach inside the verdict ("a total disgrace": the article and one adjective). */
const VERDICT_LEAD = 2;

/**
 * Pushes A criticized B for every "call" verb of the sentence followed by a verdict of reproach on
 * B or on B's act (see the module comment); A is the verb's subject.
 *
 * @example verdictCalls(frame, grid, out)
 */
export function verdictCalls(frame: SentenceFrame, grid: MentionGrid, out: Pair[]): void {
  const t = frame.tokens;
  for (let i = 0; i < t.length - 2; i++) {
    if (!CALLING.has(t[i].lower)) continue;
    const target = nameAt(frame, grid, i + 1);
    if (!target || target.mention.kind === "place") continue;
    let j = target.to;
    if (t[j]?.text === "'s" || t[j]?.text === "’s") j++;
    if (j > target.to || POSSESSIVE_S.test(t[target.to - 1].text)) {
      // "B's hosting of C": the act the owner did, lowercase words and names after "of".
      const end = j + ACT_WORDS;
      // The verdict's own article or reproach word ends the act ("B's decision a disgrace").
      while (j < end && j < t.length && !t[j].punct && !(ARTICLES.has(t[j].lower) && t[j - 1].lower !== "of") && !REPROACH.has(t[j].lower) && (startsLower(t[j].text) || grid.startingAt.has(j))) j = grid.startingAt.get(j)?.to ?? j + 1;
    }
    if (!reproachAt(t, j)) continue;
    for (const s of subjectsBefore(frame, grid, i)) if (s.index !== target.index) out.push({source: s, target, type: "criticized", from: i, to: i + 1, rule: "verdict-call"});
  }
}

/**
 * True when some token is a "call" verb (else verdictCalls cannot match).
 *
 * @example hasCallingVerb(frame.tokens)
 */
export function hasCallingVerb(tokens: SentenceFrame["tokens"]): boolean {
  for (const w of tokens) if (CALLING.has(w.lower)) return true;
  return false;
}

/** True when a reproach word stands from token `k` on, past a quote mark, an article and one more word. */
function reproachAt(t: SentenceFrame["tokens"], k: number): boolean {
  if (QUOTES.has(t[k]?.text ?? "")) k++;
  if (ARTICLES.has(t[k]?.lower ?? "")) k++;
  for (let n = 0; n < VERDICT_LEAD && k < t.length; n++, k++) {
    if (REPROACH.has(t[k].lower)) return true;
    if (t[k].punct || !startsLower(t[k].text)) return false;
  }
  return false;
}
