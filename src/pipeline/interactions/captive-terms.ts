/**
 * Round 32: captivity told by a noun phrase with its term and holder: "Otto Berg and Ann Lee were flown home on Tuesday
 * after 200 days as hostages of the Delta Front" → the Delta Front held Otto Berg, and held Ann Lee. The phrase is "<count>
 * <days|weeks|months|years> as (a / the) hostage(s) / captive(s) / prisoner(s) of A" (model interaction-detention.ts
 * CAPTIVE_TERM_NOUNS, DETENTION_TERM_UNITS); the captives are the persons named first in the sentence with those
 * coordinated to them, when they are the clause's subject (not speakers: "B said he spent 200 days as a hostage of A" is
 * told by B of himself too, but "Tom Hale said B …" names Tom Hale first and gives nothing). The holder is a body (an
 * organisation, group or country), not a person. Called from detention.ts holdState.
 */
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {coordinatedAfter, objectsAfter, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";
import type {Token} from "../events/tokens.ts";
import {CAPTIVE_TERM_NOUNS, CAPTIVE_TERM_SPEECH_VERBS, DETENTION_TERM_UNITS} from "../model/interaction-detention.ts";
import {BODY_ACTOR_KINDS, POSSESSIVE_PRONOUNS} from "../model/argument-words.ts";
import {UNITS, TENS} from "../model/number-words.ts";

const CAPTIVE_NOUNS = new Set(CAPTIVE_TERM_NOUNS);
const TERM_UNITS = new Set(DETENTION_TERM_UNITS);
const SPEECH = new Set(CAPTIVE_TERM_SPEECH_VERBS);
const HOLDERS: ReadonlySet<string> = new Set(BODY_ACTOR_KINDS);

/**
 * True when the sentence has a captive term phrase ("<term> as hostages of"), so stage 07 reads it (hasHoldStateNoun).
 *
 * @example hasCaptiveTerm(tokens) // true for "… after 200 days as hostages of the Delta Front."
 */
export function hasCaptiveTerm(t: readonly Token[]): boolean {
  for (let i = 0; i < t.length; i++) if (captiveNounAt(t, i) > 0) return true;
  return false;
}

/**
 * Pushes "A held B" for each captive of a term phrase (see the module comment).
 *
 * @example captiveTermHolds(frame, grid, out) // pushes Delta Front held Otto Berg, Ann Lee
 */
export function captiveTermHolds(frame: SentenceFrame, grid: MentionGrid, out: Pair[]): void {
  const t = frame.tokens;
  for (let i = 0; i < t.length; i++) {
    const of = captiveNounAt(t, i);
    if (of < 0) continue;
    const holder = objectsAfter(frame, grid, of + 1, {gap: 1})[0];
    if (!holder || holder.from !== of + 1 && holder.from !== of + 2 || !HOLDERS.has(holder.mention.kind)) continue;
    // "hostages of the Delta Front's rival": the holder modifies another noun.
    if (/^['’]s?$/u.test(t[holder.to]?.text ?? "") || /['’]s$/u.test(t[holder.to - 1]?.text ?? "")) continue;
    for (const captive of captivesBefore(frame, grid, i - 2)) {
      if (captive.mention === holder.mention) continue;
      out.push({source: holder, target: captive, type: "held", from: i + 1, to: i + 2 + (CAPTIVE_NOUNS.has(t[i + 1].lower) ? 0 : 1), rule: "captive-term"});
    }
  }
}

/**
 * The index of the "of" of a term phrase whose "as" is token `i` ("200 days as (the) hostages of"), or -1: a count and a
 * unit of time right before "as", a captive noun after it (past "a" or "the").
 */
function captiveNounAt(t: readonly Token[], i: number): number {
  if (t[i].lower !== "as" || !TERM_UNITS.has(t[i - 1]?.lower ?? "") || !isCount(t[i - 2])) return -1;
  const n = t[i + 1]?.lower === "a" || t[i + 1]?.lower === "the" ? i + 2 : i + 1;
  return CAPTIVE_NOUNS.has(t[n]?.lower ?? "") && t[n + 1]?.lower === "of" ? n + 1 : -1;
}

/** A count in digits or words ("200", "1,200", "two", "twenty"); false when no token. */
function isCount(w: Token | undefined): boolean {
  return !!w && (/^\d[\d,]*$/.test(w.text) || Object.hasOwn(UNITS, w.lower) || Object.hasOwn(TENS, w.lower));
}

/**
 * The persons named first in the sentence (before token `end`) with those coordinated to them, when no speech verb
 * follows them ("B and C were flown home …", "When B and C were driven out …"); [] otherwise.
 */
function captivesBefore(frame: SentenceFrame, grid: MentionGrid, end: number): PlacedMention[] {
  const first = frame.mentions.filter((m) => m.to <= end && m.mention.kind === "person" && m.anchor === null).sort((a, b) => a.from - b.from)[0];
  if (!first) return [];
  // Only the sentence's first actor: "Tom Hale said B …" names a speaker first.
  if (frame.mentions.some((m) => m.from < first.from)) return [];
  const group = coordinatedAfter(frame, grid, first).filter((m) => m.mention.kind === "person" && m.to <= end);
  const last = group[group.length - 1];
  const next = frame.tokens[last.to];
  if (!next || SPEECH.has(next.lower)) return [];
  if (anotherTermHolder(frame, group, last.to, end)) return [];
  return group;
}

const RELATIVES = new Set(["who", "whose", "which", "that"]);
const POSSESSIVE = new Set(POSSESSIVE_PRONOUNS);

/**
 * Mend 32 (review F3): true when the words between the named captives (ending at `from`) and the term (ending at `end`)
 * tell the term of someone else: a possessive of the names ("Ann Lee's husband came home after …", "Ann Lee, whose husband
 * spent …"), another person named ("Ann Lee interviewed Otto Berg about his 200 days …"), a relative clause on another
 * noun ("greeted her son, who returned after …") or a kin noun after "his / her / their" ("her son").
 */
function anotherTermHolder(frame: SentenceFrame, group: PlacedMention[], from: number, end: number): boolean {
  const t = frame.tokens;
  if (/^['’]s?$/u.test(t[from]?.text ?? "") || /['’]s$/u.test(t[from - 1]?.text ?? "")) return true;
  if (frame.mentions.some((m) => m.from >= from && m.to <= end && !group.includes(m) && (m.mention.kind === "person" || m.mention.kind === "media"))) return true;
  for (let k = from; k <= end && k < t.length; k++) {
    const w = t[k].lower;
    // "B, who spent …" is B's own term; a relative later in the clause hangs on another noun.
    if (RELATIVES.has(w) && (w === "whose" || k > from + 1)) return true;
    if (POSSESSIVE.has(w) && !isCount(t[k + 1]) && t[k + 1]?.lower !== "own") return true;
  }
  return false;
}
