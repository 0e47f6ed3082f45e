/**
 * Lookup sets built once from the model word lists (src/pipeline/model/*), shared by the
 * chunker, the title scanner and the merge stage.
 */
import {FIRST_NAMES} from "../model/first-names.ts";
import {LABEL_HEADS} from "../model/label-words.ts";
import {NATIONALITIES} from "../model/nationalities.ts";
import {EVENT_WORDS, NAME_PARTICLES, ORG_WORDS, PLACE_WORDS} from "../model/org-words.ts";
import {STOP_CAPS} from "../model/stop-caps.ts";
import {TITLE_HEADS, TITLE_LINKS, TITLE_MODIFIERS} from "../model/titles.ts";

export const FIRST = new Set(FIRST_NAMES);
export const STOP = new Set(STOP_CAPS);
export const ORG = new Set(ORG_WORDS);
export const PLACE = new Set(PLACE_WORDS);
export const EVENT = new Set(EVENT_WORDS);
export const PARTICLES = new Set(NAME_PARTICLES);
export const HEADS = new Set(TITLE_HEADS);
export const MODIFIERS = new Set(TITLE_MODIFIERS);
export const LINKS = new Set(TITLE_LINKS);
/** Nationality adjectives and plural demonyms ("russian", "russians"): never an actor alone. */
export const NATIONALITY = new Set(NATIONALITIES.flatMap((n) => (n.plural ? [n.adjective, n.plural] : [n.adjective])));
/** Country names implied by the nationality list ("russia", "saudi arabia"): a country even without gazetteer. */
export const COUNTRIES = new Set(NATIONALITIES.map((n) => n.country).filter(Boolean));
/** Prepositions after which an unknown name is a place ("in Kiruna", "near Tromsø"). */
export const PLACE_PREPS = new Set(["in", "near", "outside", "across", "into", "toward", "towards", "inside", "around", "throughout"]);
/** Common nouns that open a sentence before a name ("Survivor Sita Gurung, 27, told…"). */
export const DESCRIPTOR_NOUNS = new Set(LABEL_HEADS);
/** Capitalised function words inside a name make it an organisation ("Doctors Without Borders"). */
export const INNER_LINKS = new Set(["without", "for", "of", "and", "on", "the", "against", "in"]);
