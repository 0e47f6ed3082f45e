/**
 * Role descriptions resolved through the gazetteer's dated roles: "the Russian president" in
 * an article of 2024 → Vladimir Putin; "the US president" in 2022 → Joe Biden, in 2025 → Donald Trump.
 * Also nationality adjectives that stand for their state ("Egyptian mediators" → Egypt).
 */
import {isStopCap} from "./chunker.ts";
import type {RoleTarget} from "./gazetteer-matcher.ts";
import {inLex, LEX_NATIONALITY, STATE_COMPOUNDS, STATE_NOUN_MODIFIERS, STATE_NOUNS, STATE_OF_ADJECTIVE} from "./lexicon.ts";
import type {Token} from "./tokens.ts";
import {ETHNIC_STATE_ADJECTIVES, STATE_FORCE_NOUNS} from "../model/nationalities.ts";

const ETHNIC_ADJECTIVES: ReadonlySet<string> = new Set(ETHNIC_STATE_ADJECTIVES);
const FORCE_NOUNS: ReadonlySet<string> = new Set(STATE_FORCE_NOUNS);

function covers(t: RoleTarget, lo: string, hi: string): boolean {
  return (!t.from || t.from <= hi) && (!t.to || t.to >= lo);
}

/**
 * The single gazetteer entry holding the role at `published`, or null when none or several do.
 * Undated articles resolve only roles ever held by one entry.
 *
 * @example resolveRole([{entry: 3, from: "2012-05-07", to: null}], "2024-11-15") // 3
 */
export function resolveRole(targets: RoleTarget[] | undefined, published: string | null): number | null {
  if (!targets || targets.length === 0) return null;
  let candidates: RoleTarget[];
  if (!published) candidates = targets;
  else {
    const lo = (published + "-01-01").slice(0, 10);
    const hi = published.length >= 10 ? published.slice(0, 10) : published.length === 7 ? published + "-31" : published + "-12-31";
    candidates = targets.filter((t) => covers(t, lo, hi));
  }
  const entries = new Set(candidates.map((t) => t.entry));
  return entries.size === 1 ? candidates[0].entry : null;
}

/** A capitalised nationality adjective written alone (not "Russian-Israeli", not "Russia's"). */
function stateAdjective(t: Token, next: Token | undefined): string | null {
  if (!t.cap || !inLex(t, LEX_NATIONALITY) || t.poss || t.sep === "-" || (next && next.sep === "-")) return null;
  return STATE_OF_ADJECTIVE.get(t.key) ?? null;
}

/**
 * The state a nationality adjective at token `i` stands for, when it modifies a collective or
 * agentive noun (model/nationalities.ts): "Egyptian mediators met Hamas", "the Russian
 * delegation", "Israeli security forces", "Egyptian and Qatari mediators" (both). Null for
 * private people ("Israeli citizen", "Palestinian prisoners", "a Russian woman"), for hyphenated
 * adjectives ("Russian-Israeli hostage"), when the noun is a title before a name ("Israeli
 * envoy Ron Dermer") or modifies another noun ("Israeli military operations"). Returns the
 * country as listed there ("egypt").
 *
 * @example stateOfAdjective(tokenize("Egyptian mediators met Hamas"), 0) // "egypt"
 */
export function stateOfAdjective(tokens: Token[], i: number): string | null {
  const state = stateAdjective(tokens[i], tokens[i + 1]);
  if (state === null) return null;
  let j = i + 1;
  // Coordinated adjectives share the noun: "Egyptian, Qatari and US mediators" reads on from here.
  for (let guard = 0; j < tokens.length && guard < 6; guard++) {
    const t = tokens[j];
    if (t.sep === "," && stateAdjective(t, tokens[j + 1]) !== null) j++;
    else if ((t.key === "and" || t.key === "or") && t.sep === " " && j + 1 < tokens.length && tokens[j + 1].sep === " " && stateAdjective(tokens[j + 1], tokens[j + 2]) !== null) j += 2;
    else break;
  }
  for (let m = 0; m < 2 && j < tokens.length && !tokens[j].cap && tokens[j].sep === " " && STATE_NOUN_MODIFIERS.has(tokens[j].key) && j + 1 < tokens.length && tokens[j + 1].sep === " "; m++) {
    if (STATE_NOUNS.has(tokens[j].key) && !STATE_NOUN_MODIFIERS.has(tokens[j + 1].key) && !STATE_NOUNS.has(tokens[j + 1].key)) break;
    j++;
  }
  const noun = tokens[j];
  if (!noun || noun.cap || noun.sep !== " " || !STATE_NOUNS.has(noun.key)) return null;
  // "Israeli envoy Ron Dermer": the noun opens a title before a name; "Israeli military
  // operations": it modifies a thing.
  const after = tokens[j + 1];
  if (after && after.cap && after.sep === " " && !isStopCap(after)) return null;
  if (after && !after.cap && after.sep === " " && STATE_COMPOUNDS.has(after.key)) return null;
  // "Tajik forces of the Northern Alliance", "Mongolian police in Inner Mongolia": an ethnic group's armed men,
  // not the state's (review 23, F5).
  if (ETHNIC_ADJECTIVES.has(tokens[i].key) && FORCE_NOUNS.has(noun.key)) return null;
  return state;
}
