import {APPOSITION_OPENERS, OBJECT_BREAKS, OBLIQUE_PREPOSITIONS, REPORTING_WORDS, SUBJECT_PRONOUNS} from "../model/argument-words.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";

const OBLIQUE = new Set(OBLIQUE_PREPOSITIONS);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const REPORTING = new Set(REPORTING_WORDS);
const BREAKS = new Set(OBJECT_BREAKS);
const APPOSITION = new Set(APPOSITION_OPENERS);
const RELATIVE = new Set(["who", "which", "that", "whom"]);

/** Max words between a subject and its verb ("A has also personally freed B": 3). */
const SUBJECT_GAP = 6;
/** Max words between a verb and its object ("met with Deputy Foreign Minister B": 4). */
const OBJECT_GAP = 5;

/** Token index → mention, by first and by last token. Built once per sentence. */
export interface MentionGrid {
  startingAt: Map<number, PlacedMention>;
  endingAt: Map<number, PlacedMention>;
}

/**
 * Indexes a sentence's mentions by their first and last token.
 *
 * @example mentionGrid(frame).startingAt.get(0)?.mention.text
 */
export function mentionGrid(frame: SentenceFrame): MentionGrid {
  const startingAt = new Map<number, PlacedMention>();
  const endingAt = new Map<number, PlacedMention>();
  for (const m of frame.mentions) {
    if (!startingAt.has(m.from)) startingAt.set(m.from, m);
    endingAt.set(m.to - 1, m);
  }
  return {startingAt, endingAt};
}

/** Index of the preposition right before the mention ("in Israel", "to the UN"), or -1. */
export function obliqueAt(frame: SentenceFrame, m: PlacedMention): number {
  const t = frame.tokens;
  let i = m.from - 1;
  if (i >= 0 && t[i].lower === "the") i--;
  return i >= 0 && OBLIQUE.has(t[i].lower) ? i : -1;
}

/** True when the mention follows "in/at/to/with…" (so it is a place or a complement). */
export function isOblique(frame: SentenceFrame, m: PlacedMention): boolean {
  return obliqueAt(frame, m) >= 0;
}

/**
 * The subject(s) of a verb starting at token `v`: the closest mention before it in the
 * clause that is not after a preposition ("in Israel"), within a few words, jumping over
 * an apposition ("A, a group allied with B, freed C" → A) and into the head of a relative
 * clause ("A, who was freed by B" → A), then expanded over coordination ("A and B met").
 * Null when a pronoun or a reporting verb stands in between ("A said they freed C").
 *
 * @example subjectsBefore(frame, grid, 5).map((m) => m.mention.text) // ["the union", "the owners"]
 */
export function subjectsBefore(frame: SentenceFrame, grid: MentionGrid, v: number): PlacedMention[] {
  const {tokens, clauses} = frame;
  let clause = clauses[v];
  let words = 0;
  for (let i = v - 1; i >= 0; i--) {
    const m = grid.endingAt.get(i);
    if (m && clauses[m.from] === clause) {
      if (!isOblique(frame, m)) return coordinatedBefore(frame, grid, m);
      i = m.from;
      words++;
      continue;
    }
    const t = tokens[i];
    if (t.punct) {
      if (t.text === "-" || t.text === "'" || t.text === "’") continue;
      if (t.text === "," && i + 1 < tokens.length && RELATIVE.has(tokens[i + 1].lower) && i > 0) {
        // "A, who was freed": continue into A's clause.
        clause = clauses[i - 1];
        continue;
      }
      if (t.text === ",") {
        const open = appositionStart(frame, i);
        if (open < 0) return [];
        i = open;
        clause = clauses[Math.max(0, open - 1)];
        continue;
      }
      return [];
    }
    if (clauses[i] !== clause) return [];
    if (PRONOUNS.has(t.lower) || REPORTING.has(t.lower)) return [];
    if (RELATIVE.has(t.lower)) continue;
    if (++words > SUBJECT_GAP) return [];
  }
  return [];
}

/** For a comma closing an apposition at `close`, the index of the comma opening it, or -1. */
function appositionStart(frame: SentenceFrame, close: number): number {
  const {tokens} = frame;
  for (let j = close - 1; j > 0 && close - j <= 14; j--) {
    if (tokens[j].text === ",") return APPOSITION.has(tokens[j + 1]?.lower ?? "") || grid0(tokens[j + 1]?.text) ? j : -1;
    if (tokens[j].punct && tokens[j].text !== "-" && tokens[j].text !== "'" && tokens[j].text !== "’") return -1;
  }
  return -1;
}

/** An apposition may also open with a capitalised title ("A, President of B, said"). */
const grid0 = (text: string | undefined): boolean => !!text && /^\p{Lu}/u.test(text);

/** The mention and those coordinated before it: "A, B and C" read from C. */
function coordinatedBefore(frame: SentenceFrame, grid: MentionGrid, last: PlacedMention): PlacedMention[] {
  const out = [last];
  let cur = last;
  const t = frame.tokens;
  for (let guard = 0; guard < 12; guard++) {
    let i = cur.from - 1;
    if (i < 0) break;
    if (t[i].lower === "and" || t[i].lower === "&") {
      i--;
      if (i >= 0 && t[i].text === ",") i--;
    } else if (t[i].text === ",") i--;
    else break;
    if (i >= 0 && t[i].lower === "both") break;
    const prev = grid.endingAt.get(i);
    if (!prev || isOblique(frame, prev)) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** The mention and those coordinated after it: "A, B and C" read from A. */
export function coordinatedAfter(frame: SentenceFrame, grid: MentionGrid, first: PlacedMention): PlacedMention[] {
  const out = [first];
  let cur = first;
  const t = frame.tokens;
  for (let guard = 0; guard < 12; guard++) {
    let i = cur.to;
    if (i >= t.length) break;
    if (t[i].text === ",") i++;
    if (i < t.length && (t[i].lower === "and" || t[i].lower === "&")) i++;
    else if (i === cur.to) break;
    if (i < t.length && t[i].lower === "the") i++;
    const next = grid.startingAt.get(i);
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/**
 * The object(s) of a verb: the first mention from token `from` on, within a few words,
 * with no punctuation, clause break or preposition ("in", "by") before it; then its
 * coordinated siblings ("met A, B and C"). `allowOf` lets "the life of B" through.
 *
 * @example objectsAfter(frame, grid, 3, {gap: 5})
 */
export function objectsAfter(
  frame: SentenceFrame,
  grid: MentionGrid,
  from: number,
  opts: {gap?: number; allowOf?: boolean; skipOblique?: boolean} = {}
): PlacedMention[] {
  const {tokens, clauses} = frame;
  const gap = opts.gap ?? OBJECT_GAP;
  const clause = clauses[Math.min(from, tokens.length - 1)] ?? -1;
  let words = 0;
  for (let i = from; i < tokens.length; i++) {
    const m = grid.startingAt.get(i);
    if (m) {
      // The verb's own preposition ("met with", "called on") stands before `from`.
      if (obliqueAt(frame, m) < from) return coordinatedAfter(frame, grid, m);
      if (!opts.skipOblique) return [];
      i = m.to - 1;
      words++;
      continue;
    }
    const t = tokens[i];
    if (clauses[i] !== clause) return [];
    if (t.punct) {
      if (t.text === "-" || t.text === "'" || t.text === "’" || t.text === "“" || t.text === "\"") continue;
      return [];
    }
    if (BREAKS.has(t.lower) || (t.lower === "of" && !opts.allowOf)) return [];
    if (PRONOUNS.has(t.lower)) return [];
    if (++words > gap) return [];
  }
  return [];
}
