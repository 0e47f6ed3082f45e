import type {Modality} from "../types.ts";
import {MODALITY_AFTER_CUES, MODALITY_CUES} from "../model/modality-cues.ts";
import type {Token} from "./tokens.ts";
import {lookupWord, wordIndex} from "./word-index.ts";

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
  const clause = clauses[from];
  for (let i = from - 1, n = 0; i >= 0 && n < WINDOW && clauses[i] === clause; i--) {
    if (tokens[i].punct) continue;
    n++;
    const w = tokens[i].lower;
    // "since the May 4 attack": a capitalised "May" inside a sentence is the month, not the modal.
    if (i > 0 && w === "may" && tokens[i].text.charCodeAt(0) === 77) continue;
    // "poor due to the drought in August": a cause, not a schedule ("due to sail on Friday").
    if (w === "due" && causeAfter(tokens, i)) continue;
    const cue = lookupWord(BEFORE_CUES, w, tokens[i].key);
    if (cue) return cue;
    if (w.endsWith("n't")) return "hypothetical";
  }
  for (let i = to, n = 0; i < tokens.length && n < 3 && clauses[i] === clause; i++) {
    if (tokens[i].punct) continue;
    n++;
    const cue = lookupWord(AFTER_CUES, tokens[i].lower, tokens[i].key);
    if (cue) return cue;
  }
  return "reported";
}

/** Words after "due to" that open a noun phrase: "due to the drought" gives a cause. */
const NOUN_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"]);

/** Whether "due" at token i is "due to <noun phrase>" (a cause), not "due to <verb>". */
function causeAfter(tokens: Token[], i: number): boolean {
  return i + 2 < tokens.length && tokens[i + 1].lower === "to" && NOUN_OPENERS.has(tokens[i + 2].lower);
}
