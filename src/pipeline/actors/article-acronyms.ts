/**
 * Short names of an organisation inside one article, beyond the "Name (ACRONYM)" that merge.ts reads:
 * - an acronym written on its own that spells the initials of an organisation the same article names
 *   ("He ordered the Kenya Defence Forces to help. … KDF soldiers reached the village"), when no other
 *   organisation of that article has those initials;
 * - a short name in parentheses that is no acronym of capitals ("the National Search and Rescue Agency
 *   (Basarnas)", "the Coordinadora de Derechos Humanos del Paraguay (Codehupy)").
 * Newsrooms introduce a body once and then use its short name; the article is the evidence, so
 * nothing here reaches across articles (merge.ts then carries the joined actor as usual).
 */
import type {ActorKind, Mention} from "../types.ts";

/** An acronym standing alone: three to six capitals ("KDF"; "UN" and "EU" are the gazetteer's). */
const BARE_ACRONYM = /^[A-Z]{3,6}$/;

/** A short name in parentheses: one capitalised word of four letters or more, not all capitals ("Basarnas"). */
const SHORT_NAME = /^\p{Lu}\p{Ll}{3,}$/u;

function isBody(kind: ActorKind): boolean {
  return kind === "organization" || kind === "group";
}

/**
 * Pairs of mention indexes [acronym, name] of one article where a lone acronym spells the initials of
 * exactly one organisation name of the article, in the order the acronyms come. `initialsOf` spells a
 * name's initials (merge.ts nameInitials: "Kenya Defence Forces" → "KDF", lowercase particles left out).
 *
 * @example initialsPairs(mentions, nameInitials) // [[4, 1]] for "Kenya Defence Forces … KDF"
 */
export function initialsPairs(mentions: readonly Mention[], initialsOf: (name: string) => string): [number, number][] {
  let acronyms: number[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    if (isBody(mentions[k].kind) && BARE_ACRONYM.test(mentions[k].text)) (acronyms ??= []).push(k);
  }
  if (acronyms === null) return [];
  // Initials → the distinct names that spell them (two names, one set of initials: the acronym stays apart).
  const names = new Map<string, {text: string; index: number; ambiguous: boolean}>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!isBody(m.kind) || m.text.indexOf(" ") < 0) continue;
    const initials = initialsOf(m.text);
    if (initials.length < 3) continue;
    const seen = names.get(initials);
    if (seen === undefined) names.set(initials, {text: m.text, index: k, ambiguous: false});
    else if (seen.text !== m.text) seen.ambiguous = true;
  }
  const out: [number, number][] = [];
  for (const k of acronyms) {
    const name = names.get(mentions[k].text);
    if (name !== undefined && !name.ambiguous) out.push([k, name.index]);
  }
  return out;
}

/**
 * True when mention `b` is a short name in parentheses right after organisation `a`: "the National
 * Search and Rescue Agency (Basarnas)". Both must be bodies (not a person, a place or a media outlet:
 * "Hamas (Reuters)" is a credit) and the parentheses must hold `b` alone.
 *
 * @example shortNameInParentheses("the Agency (Basarnas) said", a, b) // true
 */
export function shortNameInParentheses(text: string, a: Mention, b: Mention): boolean {
  if (!isBody(a.kind) || !isBody(b.kind) || a.text.indexOf(" ") < 0 || !SHORT_NAME.test(b.text)) return false;
  return /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && text[b.end] === ")";
}
