/**
 * Lookup sets built once from the model word lists (src/pipeline/model/*), shared by the
 * chunker, the title scanner and the merge stage.
 */
import {FIRST_NAMES} from "../model/first-names.ts";
import {CLASS_NAMES_NOT_GIVEN_ALONE, NAME_CLASSES} from "../model/name-classes.ts";
import {LABEL_HEADS} from "../model/label-words.ts";
import {NATIONALITIES, NOT_STATES, STATE_ACTOR_MODIFIERS, STATE_ACTOR_NOUNS, STATE_NOUN_COMPOUNDS} from "../model/nationalities.ts";
import {EVENT_WORDS, HYPHEN_ONLY_PARTICLES, NAME_PARTICLES, ORG_INNER_LINKS, ORG_LINK_WORDS, ORG_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS} from "../model/org-words.ts";
import {STOP_CAPS, UPPER_STOP_WORDS} from "../model/stop-caps.ts";
import {TITLE_HEADS, TITLE_LINKS, TITLE_MODIFIERS} from "../model/titles.ts";

/**
 * Given names: the first-name list and every member of a first-name class (a class lists the forms
 * of one given name, so "Vadim" in ["vadim", "vadik"] is a given name: "Vadim Belousov" is then one
 * person, not "Vadim" and a reference entry's lone surname "Belousov"), less the members that are
 * also words or places (CLASS_NAMES_NOT_GIVEN_ALONE).
 */
const NOT_ALONE = new Set(CLASS_NAMES_NOT_GIVEN_ALONE);
export const FIRST = new Set([...FIRST_NAMES, ...NAME_CLASSES.flat().filter((n) => !NOT_ALONE.has(n))]);
export const STOP = new Set(STOP_CAPS);
export const ORG = new Set(ORG_WORDS);
export const PLACE = new Set(PLACE_WORDS);
export const EVENT = new Set(EVENT_WORDS);
export const PARTICLES = new Set(NAME_PARTICLES);
/** Particles that join a name only with a hyphen ("at-Tamimi", never "Lena Ek at Central Hospital"). */
export const HYPHEN_PARTICLES = new Set(HYPHEN_ONLY_PARTICLES);
export const HEADS = new Set(TITLE_HEADS);
export const MODIFIERS = new Set(TITLE_MODIFIERS);
export const LINKS = new Set(TITLE_LINKS);
/** Nationality adjectives and plural demonyms ("russian", "russians"): never an actor alone. */
export const NATIONALITY = new Set(NATIONALITIES.flatMap((n) => (n.plural ? [n.adjective, n.plural] : [n.adjective])));
/** Country names implied by the nationality list ("russia", "saudi arabia"): a country even without gazetteer. */
export const COUNTRIES = new Set(NATIONALITIES.map((n) => n.country).filter(Boolean));
/** Nationality adjective → the state it names ("egyptian" → "egypt"); regions and groups are left out. */
export const STATE_OF_ADJECTIVE = new Map(NATIONALITIES.filter((n) => n.country && !NOT_STATES.includes(n.country)).map((n) => [n.adjective, n.country]));
/** Nouns after which a nationality adjective stands for its state ("Egyptian mediators"). */
export const STATE_NOUNS = new Set(STATE_ACTOR_NOUNS);
/** Words after the state noun that make it a mere modifier ("Israeli military operations"). */
export const STATE_COMPOUNDS = new Set(STATE_NOUN_COMPOUNDS);
/** Words allowed between such an adjective and its noun ("Israeli security forces"). */
export const STATE_NOUN_MODIFIERS = new Set(STATE_ACTOR_MODIFIERS);
/** Prepositions after which an unknown name is a place ("in Kiruna", "near Tromsø"; model/org-words.ts). */
export const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
/** Common nouns that open a sentence before a name ("Survivor Sita Gurung, 27, told…"). */
export const DESCRIPTOR_NOUNS = new Set(LABEL_HEADS);
/** Capitalised function words inside a name make it an organisation ("Doctors Without Borders"; model/org-words.ts). */
export const INNER_LINKS = new Set(ORG_INNER_LINKS);
/** All-caps words that are never names ("GMT"); other all-caps words ("US", "WHO", "IT") may be (model/stop-caps.ts). */
export const UPPER_STOP = new Set(UPPER_STOP_WORDS);
/** Lowercase words that continue an organisation name ("Committee of the Red Cross"; model/org-words.ts). */
export const ORG_LINKS = new Set(ORG_LINK_WORDS);

/*
 * The sets above as bits of one word → mask map, read through `Token.lex` (computed once per
 * token). Why: stage 04 asked ~2 set lookups per token (1.4 M per 3.7 MB), each a hash probe into
 * a different table that the other stages had pushed out of the CPU cache; one lookup per token
 * that needs any of them, then bit tests, is what keeps the chunker fast.
 */
export const LEX_FIRST = 1;
export const LEX_STOP = 2;
export const LEX_ORG = 4;
export const LEX_PLACE = 8;
export const LEX_EVENT = 16;
export const LEX_PARTICLE = 32;
export const LEX_HEAD = 64;
export const LEX_MODIFIER = 128;
export const LEX_LINK = 256;
export const LEX_NATIONALITY = 512;
export const LEX_PLACE_PREP = 1024;
export const LEX_DESCRIPTOR = 2048;
export const LEX_INNER_LINK = 4096;
export const LEX_UPPER_STOP = 8192;
export const LEX_ORG_LINK = 16384;

function lexMap(): Map<string, number> {
  const map = new Map<string, number>();
  const sets: [Set<string>, number][] = [
    [FIRST, LEX_FIRST], [STOP, LEX_STOP], [ORG, LEX_ORG], [PLACE, LEX_PLACE], [EVENT, LEX_EVENT], [PARTICLES, LEX_PARTICLE],
    [HEADS, LEX_HEAD], [MODIFIERS, LEX_MODIFIER], [LINKS, LEX_LINK], [NATIONALITY, LEX_NATIONALITY], [PLACE_PREPS, LEX_PLACE_PREP],
    [DESCRIPTOR_NOUNS, LEX_DESCRIPTOR], [INNER_LINKS, LEX_INNER_LINK], [UPPER_STOP, LEX_UPPER_STOP], [ORG_LINKS, LEX_ORG_LINK]
  ];
  for (const [set, bit] of sets) for (const w of set) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

/** Word key → which lexicon sets hold it (LEX_* bits); absent = none. */
export const LEX = lexMap();

/**
 * Whether a token's word is in the lexicon set `bit` (a LEX_* constant).
 *
 * @example inLex(tokenize("Minister")[0], LEX_HEAD) // true
 */
export function inLex(t: {readonly lex: number}, bit: number): boolean {
  return (t.lex & bit) !== 0;
}
