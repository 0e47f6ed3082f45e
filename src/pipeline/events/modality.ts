import type {Modality} from "../types.ts";
import {DETERMINERS, PLAN_BE_FORMS} from "../model/event-fallback.ts";
import {ASIDE_RELATIVES, IRREGULAR_PAST_FORMS, MODALITY_AFTER_CUES, MODALITY_CUES, REFUSAL_VERBS, SHARED_AUXILIARIES} from "../model/modality-cues.ts";
import type {Token} from "./tokens.ts";
import {hasWord, lookupWord, wordIndex, wordSet} from "./word-index.ts";
import {calledToAct} from "./called-to-act.ts";

const BEFORE_CUES = wordIndex(Object.entries(MODALITY_CUES));
const AFTER_CUES = wordIndex(Object.entries(MODALITY_AFTER_CUES));

/** How far back (in words) a cue may stand from its trigger. */
const WINDOW = 8;

/**
 * Modality of a trigger at tokens [from, to): the nearest cue before it in the same
 * clause wins ("Rebels could free the crew" → hypothetical, "will free" → planned,
 * "allegedly freed" → claimed); then "scheduled/planned" just after it ("a meeting is
 * planned"); else "reported".
 *
 * @example modalityAt(tokenize("The union will meet the mediator.", 0), [0,0,0,0,0,0,0], 2, 3) // "planned"
 */
export function modalityAt(tokens: Token[], clauses: number[], from: number, to: number): Modality {
  // "refused to meet", "failed to quickly free": the infinitive of a refusal did not happen.
  if (refusedInfinitive(tokens, from)) return "hypothetical";
  const clause = clauses[from];
  // "Zelensky called the deal historic and thanked Turkey": a past form after "and" is a predicate of its own, out
  // of reach of the first one's cues ("called", "urged"); "could meet B and thank C" shares "could".
  const last = ownPredicate(tokens, from) ? from - 1 : -1;
  for (let i = from - 1, n = 0; i > last && n < WINDOW && clauses[i] === clause; i--) {
    if (tokens[i].punct) {
      // "Hamas, which had refused to negotiate, released B": an aside's cue is the aside's own.
      if (tokens[i].text === ",") i = relativeAsideStart(tokens, clauses, i);
      continue;
    }
    n++;
    const w = tokens[i].lower;
    // "since the May 4 attack": a capitalised "May" inside a sentence is the month, not the modal.
    if (i > 0 && w === "may" && tokens[i].text.charCodeAt(0) === 77) continue;
    // "poor due to the frost in May", "low due to severe frost": a cause, not a schedule ("is due to sail on Friday").
    if (w === "due" && (causeAfter(tokens, i) || !afterBe(tokens, i))) continue;
    const cue = lookupWord(BEFORE_CUES, w, tokens[i].key);
    // "A called B on Tuesday to thank him": a telephone call, not a call for the thanks.
    if (cue && !(cue === "hypothetical" && calledToAct(tokens, i, from))) return cue;
    if (endsWithNt(w)) return "hypothetical";
  }
  for (let i = to, n = 0; i < tokens.length && n < 3 && clauses[i] === clause; i++) {
    if (tokens[i].punct) continue;
    n++;
    const cue = lookupWord(AFTER_CUES, tokens[i].lower, tokens[i].key);
    if (cue) return cue;
  }
  return "reported";
}

const AUXILIARIES = wordSet(SHARED_AUXILIARIES);
const IRREGULAR_PAST = wordSet(IRREGULAR_PAST_FORMS);

/**
 * Whether the trigger at `from` is a past form ("-ed" or IRREGULAR_PAST_FORMS) right after "and" ("… and thanked B", "… and met B") whose first conjunct has no
 * auxiliary, modal or negation the two could share (within the cue window, SHARED_AUXILIARIES; "n't" forms too):
 * then it is a finite verb of its own. "has not freed B and released C" shares "has not".
 */
function ownPredicate(tokens: Token[], from: number): boolean {
  if (from < 2 || tokens[from - 1].lower !== "and") return false;
  const w = tokens[from].lower;
  const past = (w.length > 3 && w.charCodeAt(w.length - 1) === 100 && w.charCodeAt(w.length - 2) === 101) || hasWord(IRREGULAR_PAST, w, tokens[from].key);
  if (!past) return false;
  for (let i = from - 2, n = 0; i >= 0 && n < WINDOW; i--) {
    const t = tokens[i];
    if (t.punct) break;
    n++;
    if (hasWord(AUXILIARIES, t.lower, t.key) || endsWithNt(t.lower)) return false;
  }
  return true;
}

/** Relative words that open an aside between commas ("Hamas, which had refused …, released B"; model ASIDE_RELATIVES). */
const RELATIVES = wordSet(ASIDE_RELATIVES);
const REFUSALS = wordSet(REFUSAL_VERBS);

/**
 * Whether the trigger at `from` is the infinitive right after a verb of refusal or failure ("refused to meet",
 * "failed to quickly free"): only then, so "the failed talks" or "declined to comment on reports that X struck"
 * leave the act alone.
 */
function refusedInfinitive(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && tokens[k].lower.endsWith("ly")) k--;
  if (k < 1 || tokens[k].lower !== "to") return false;
  const v = tokens[k - 1];
  return hasWord(REFUSALS, v.lower, v.key);
}

/**
 * The comma opening a relative aside that the comma at `close` ends ("X, which had refused to talk,
 * freed B": the first comma), or `close` itself when no such aside ends there: the scan for
 * a trigger's cue then goes on before the aside.
 */
function relativeAsideStart(tokens: Token[], clauses: number[], close: number): number {
  for (let j = close - 1; j > 0 && clauses[j] === clauses[close]; j--) {
    if (!tokens[j].punct) continue;
    if (tokens[j].text !== ",") return close;
    const w = tokens[j + 1];
    return w && hasWord(RELATIVES, w.lower, w.key) ? j : close;
  }
  return close;
}

/** Words after "due to" that open a noun phrase (DETERMINERS): "due to the drought" gives a cause. */
const NOUN_OPENERS = wordSet(DETERMINERS);
const BE_FORMS = wordSet(PLAN_BE_FORMS);

/** Whether a form of "be" stands right before token i ("is due", "were due"; PLAN_BE_FORMS). */
function afterBe(tokens: Token[], i: number): boolean {
  return i > 0 && hasWord(BE_FORMS, tokens[i - 1].lower, tokens[i - 1].key);
}

/** Whether "due" at token i is "due to <noun phrase>" (a cause), not "due to <verb>". */
function causeAfter(tokens: Token[], i: number): boolean {
  return i + 2 < tokens.length && tokens[i + 1].lower === "to" && hasWord(NOUN_OPENERS, tokens[i + 2].lower, tokens[i + 2].key);
}

/**
 * `w.endsWith("n't")` on char codes: it runs for every word of the window before every trigger,
 * and the builtin call cost more than this test (~1.5 % of stage 06, measured on the bench corpus).
 */
function endsWithNt(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 116 && w.charCodeAt(n - 2) === 39 && w.charCodeAt(n - 3) === 110;
}
