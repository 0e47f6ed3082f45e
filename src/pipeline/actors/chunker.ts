/**
 * Capitalised-word chunks → candidate names, without any gazetteer: "Deputy Foreign Minister
 * Elena Marsh" (title + person), "Federation of Rural Cooperatives" (organisation),
 * "in Kiruna" (place). Nationality adjectives, stop words and event names are dropped.
 */
import type {ActorKind} from "../types.ts";
import {NAMED_STORM_WORDS} from "../model/org-words.ts";
import {COUNTRIES, FIRST, HYPHEN_PARTICLES, inLex, LEX_DESCRIPTOR, LEX_EVENT, LEX_FIRST, LEX_HEAD, LEX_INNER_LINK, LEX_MODIFIER, LEX_NATIONALITY, LEX_ORG, LEX_ORG_LINK, LEX_PARTICLE, LEX_PLACE, LEX_PLACE_PREP, LEX_STOP, LEX_UPPER_STOP} from "./lexicon.ts";
import {afterTitleLink, titleBefore, titleHeadBeforeLink, titlePrefixIn} from "./titles.ts";
import {isInitialWord, leadingInitial, type Token} from "./tokens.ts";
import {surnameGender} from "./translit.ts";
import {SLOGAN_WORDS} from "../model/stop-caps.ts";
import {COLLECTIVE_POSSESSIVE_WORDS, INSTITUTION_OF_PLACE_WORDS, ORDINAL_BODY_NOUNS, ORG_HEAD_OPENERS, ROMANCE_NAME_LINKS, FOREIGN_ORG_ARTICLES, FOREIGN_ORG_PREPOSITIONS, FOREIGN_PREPOSITIONS_WITH_ARTICLE, GANG_NOUNS, GENERIC_ORG_ACRONYMS, ORG_PURPOSE_VERBS, PLACE_OF_NOUNS, SPANISH_PLURAL_ARTICLES} from "../model/org-words.ts";
import {ABD_PREFIXES, SECOND_GIVEN_NAMES} from "../model/first-names.ts";
import {ACRONYM_TITLES, FAMILY_NAME_ARTICLES, KEPT_HONORIFICS, NAME_LINEAGE_PARTICLES, TITLE_GIVEN_NAMES} from "../model/titles.ts";

/** Words opening a two-word organisation head after a plural possessive ("Workers' Trade Union"; model ORG_HEAD_OPENERS). */
const ORG_HEAD_OPENER: ReadonlySet<string> = new Set(ORG_HEAD_OPENERS);

/** Nouns that make "First" before them a word of a body's name ("Clearwater First Nation"; model ORDINAL_BODY_NOUNS). */
const ORDINAL_BODY: ReadonlySet<string> = new Set(ORDINAL_BODY_NOUNS);

/** Words that open a named storm (model NAMED_STORM_WORDS). */
const STORM_WORDS: ReadonlySet<string> = new Set(NAMED_STORM_WORDS);

/** "Committee to Protect Journalists": a lowercase "to" + one of these capitalised verbs links an organisation name. */
const PURPOSE_VERBS: ReadonlySet<string> = new Set(ORG_PURPOSE_VERBS);

/** Stop word test ("The", "Monday"); all-caps tokens only for time zones and function words. */
export function isStopCap(t: Token): boolean {
  return t.upper ? inLex(t, LEX_UPPER_STOP) : inLex(t, LEX_STOP);
}

/**
 * Token j is the "to" of an organisation's purpose ("Committee | to | Protect Journalists"): lowercase,
 * followed by a capitalised purpose verb. Why not any "to": "sent a Committee to Moscow" is two names.
 */
function purposeLink(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  const nx = tokens[j + 1];
  return u.key === "to" && !u.cap && nx !== undefined && nx.cap && PURPOSE_VERBS.has(nx.key);
}

const FOREIGN_PREPS: ReadonlySet<string> = new Set(FOREIGN_ORG_PREPOSITIONS);
const PREPS_WITH_ARTICLE: ReadonlySet<string> = new Set(FOREIGN_PREPOSITIONS_WITH_ARTICLE);
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(FOREIGN_ORG_ARTICLES);

/**
 * Token j is a lowercase preposition of a French, Italian, Spanish, Portuguese or German
 * organisation's name (model/org-words.ts FOREIGN_ORG_PREPOSITIONS), with its article when it
 * needs one, and a capitalised word follows: "Medici | per il | Mondo", "Ärzte | für | Kenia".
 * Returns the index of that capitalised word, or -1. Why: English never writes these words
 * lowercase between two names, so the words around them are one name.
 *
 * @example foreignLinkEnd(tokenize("Medici per il Mondo"), 1) // 3
 */
export function foreignLinkEnd(tokens: Token[], j: number): number {
  const u = tokens[j];
  if (u.cap || u.sep !== " " || !FOREIGN_PREPS.has(u.key)) return -1;
  let k = j + 1;
  if (k < tokens.length && !tokens[k].cap && tokens[k].sep === " " && FOREIGN_ARTICLES.has(tokens[k].key)) k++;
  else if (PREPS_WITH_ARTICLE.has(u.key)) return -1;
  const w = tokens[k];
  return w !== undefined && w.cap && !w.upper && w.sep === " " && !isStopCap(w) ? k : -1;
}

/**
 * A known name at j (a country, a city) follows a foreign organisation's preposition ("Ärzte für |
 * Kenia", "Fondazione per il | Sudan"): it names the group's cause or place and stays inside.
 */
function foreignLinkBefore(tokens: Token[], j: number): boolean {
  const p = tokens[j - 1];
  if (p === undefined || p.cap) return false;
  const q = FOREIGN_ARTICLES.has(p.key) && !tokens[j - 2]?.cap ? j - 2 : j - 1;
  return q > 0 && foreignLinkEnd(tokens, q) === j && tokens[q - 1].cap;
}

/** A lowercase foreign preposition (FOREIGN_ORG_PREPOSITIONS) stands inside [from, to): the name is an organisation's. */
function hasForeignLink(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (!tokens[k].cap && FOREIGN_PREPS.has(tokens[k].key)) return true;
  return false;
}

/**
 * Token j is a lowercase "and" right after an organisation word and before "the": "the Coast
 * Guard | and the | Red Crescent", "the Army and the Air Force". The first name is complete (it
 * ends in its organisation word) and "the" opens a second one, so the conjunction ends the chunk.
 * "Ministry of Farming and the Environment" goes on: "Farming" is no organisation word.
 *
 * @example secondOrgAfter(tokenize("the Navy and the Red Cross"), 2) // true
 */
export function secondOrgAfter(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  const nx = tokens[j + 1];
  if (u.key !== "and" || nx === undefined || nx.key !== "the" || nx.cap || !inLex(tokens[j - 1], LEX_ORG)) return false;
  // "The Navy and the Coast Guard": a lone organisation word names nothing alone, the run stays one.
  if (j < 2 || !tokens[j - 2].cap || isStopCap(tokens[j - 2]) || tokens[j - 1].sep !== " ") return false;
  // The second name ends in an organisation word too ("the Red Crescent Society"); "the Rule of
  // Law" after "Centre for Human Rights and" goes on the first name.
  let k = j + 2;
  while (k + 1 < tokens.length && tokens[k + 1].cap && tokens[k + 1].sep === " " && !tokens[k].poss) k++;
  return k < tokens.length && tokens[k].cap && inLex(tokens[k], LEX_ORG);
}

/**
 * A name's initial: one capital letter (or a two-letter one, "Yu.") and its period ("R." in "R. Sundaram"; the tokenizer keeps
 * the period on a capital before a name). It opens a person's name as a first name does.
 *
 * @example nameInitialToken(tokenize("said K. Mohan Das")[1]) // true
 */
export function nameInitialToken(t: Token): boolean {
  return t.cap && isInitialWord(t.text);
}

/**
 * The chunk [from, to) is a given name's and a patronymic's initials and a Slavic surname ("Y.S.
 * Seleznyova", "O.V. Seleznyov"), as Russian official statements name people. Two words only,
 * and the surname must have a Slavic ending: "U.S. Marines", "U.N. Envoy" are no one.
 *
 * @example initialsBeforeSurname(tokenize("citizens Y.S. Seleznyova"), 1, 3) // true
 */
export function initialsBeforeSurname(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from];
  if (to - from !== 2 || !t.upper || t.text.length < 4 || t.text.charCodeAt(t.text.length - 1) !== 46) return false;
  return leadingInitial(t.text) !== null && !tokens[from + 1].upper && surnameGender(tokens[from + 1].text) !== null;
}

/** "Abd al-" as a word of its own ("Abdel", "Abdul"; model/first-names.ts ABD_PREFIXES). */
const ABD: ReadonlySet<string> = new Set(ABD_PREFIXES);
/** Given names written second ("Liaquat Ali Khan"; model/first-names.ts SECOND_GIVEN_NAMES). */
const SECOND_GIVEN: ReadonlySet<string> = new Set(SECOND_GIVEN_NAMES);

/** "bin", "bint", "ibn" (son or daughter of; model/titles.ts). */
const LINEAGE: ReadonlySet<string> = new Set(NAME_LINEAGE_PARTICLES);
/** Parliamentary short titles that alone are a party's letters ("the MK party"); model/titles.ts. */
const ACRONYM_TITLE: ReadonlySet<string> = new Set(ACRONYM_TITLES);

/** Token k is a lowercase lineage particle inside a name ("Sultan bin Fahad"). */
function lineageAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.cap && LINEAGE.has(t.key);
}

const TITLE_GIVEN: ReadonlySet<string> = new Set(TITLE_GIVEN_NAMES);
/** The Arabic article that opens a family name ("al-Nuaimi", "Al Nuaimi"; model/titles.ts FAMILY_NAME_ARTICLES). */
const FAMILY_ARTICLES: ReadonlySet<string> = new Set(FAMILY_NAME_ARTICLES);

/**
 * Token k is a title word that is also a given name (model/titles.ts TITLE_GIVEN_NAMES) and the
 * chunk ends with an Arabic family name right after it: "Sultan | al-Nuaimi", "Sultan | Al
 * Nuaimi". Then the word is the man's given name, not his title.
 *
 * @example givenTitleBeforeFamily(tokenize("Sultan al-Nuaimi"), 0, 3) // true
 */
function givenTitleBeforeFamily(tokens: Token[], k: number, end: number): boolean {
  if (k + 3 !== end || !TITLE_GIVEN.has(tokens[k].key)) return false;
  // "The Sultan al-Said dynasty": after "the" the word is the title of a house, no man's given name.
  if (tokens[k - 1]?.key === "the") return false;
  const a = tokens[k + 1];
  const w = tokens[k + 2];
  return FAMILY_ARTICLES.has(a.key) && a.sep === " " && w.cap && (w.sep === "-" || (w.sep === " " && a.cap));
}

/**
 * Token k is a capitalised stop word hyphened to a name word and followed by another name word:
 * the first half of a hyphenated given name ("Jun-Ho Park", "Mar-Lou Santos"), not a month or
 * day before a name. One word after it is not enough ("Jan-Feb", "Sat-Sun").
 *
 * @example hyphenedGivenName(tokenize("Jun-Ho Park said"), 0) // true
 */
export function hyphenedGivenName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  return t.cap && !t.upper && a !== undefined && a.sep === "-" && a.cap && !a.upper && !isStopCap(a) && b !== undefined && b.sep === " " && b.cap && !isStopCap(b) && !t.poss && !a.poss;
}

/**
 * Token k is an Arabic article written capitalised and hyphened to a name word ("An-Nimr",
 * "At-Tamimi", "As-Sayed": a surname opening a sentence), not the English stop word "An" / "At" /
 * "As" / "Ad" (model HYPHEN_ONLY_PARTICLES). The name word must be capitalised and plain: "An-225"
 * is an aircraft, "AT-AT" no name.
 *
 * @example hyphenedParticle(tokenize("At-Tamimi said"), 0) // true
 */
export function hyphenedParticle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const a = tokens[k + 1];
  return t.cap && !t.upper && !t.poss && HYPHEN_PARTICLES.has(t.key) && a !== undefined && a.sep === "-" && a.start === t.end + 1 && a.cap && !a.upper && !isStopCap(a) && a.text.length > 2;
}

/** "gang", "cartel" (model/org-words.ts GANG_NOUNS). */
const GANG: ReadonlySet<string> = new Set(GANG_NOUNS);

/** Token k is a lowercase gang noun right after the name ("the Ravine Boys | gang"). */
function gangNounAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && !t.cap && t.sep === " " && GANG.has(t.key);
}

/**
 * "the Nueva Familia Quito cartel": one or two words after "the", then a one-word gazetteer name
 * at j (a city) and a gang noun. The gazetteer name is part of the gang's name here, so the chunk
 * goes on over it. No possessive and only spaces between the words.
 *
 * @example gangNameThrough(tokenize("raided by the Nueva Familia Quito cartel"), 3, 5) // true
 */
export function gangNameThrough(tokens: Token[], i: number, j: number): boolean {
  const the = tokens[i - 1];
  if (j - i < 1 || j - i > 2 || the === undefined || the.key !== "the") return false;
  for (let k = i; k <= j; k++) if (tokens[k].poss || (k > i && tokens[k].sep !== " ")) return false;
  return gangNounAt(tokens, j + 1);
}

/**
 * Round 34: token j, a gazetteer name (a one-word body such as "Congress" or "Parliament"), is itself an organisation
 * word and another organisation word follows it: "the opposition Zambia | Congress Party", "the Tana | Parliament
 * Service Commission". The listed body is a word of a longer body's name here, so the chunk goes on over it and the
 * country before it stays in the name ("Zambia Congress Party", not the country and a "Congress Party").
 *
 * @example bodyWordInName(tokenize("the Zambia Congress Party said"), 2) // true
 */
export function bodyWordInName(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  const next = tokens[j + 1];
  return next !== undefined && !u.poss && !u.upper && next.cap && next.sep === " " && !next.upper && inLex(u, LEX_ORG) && inLex(next, LEX_ORG);
}

/** Spanish plural articles after "de" inside a name ("de los", "de las"): no particle alone (model/org-words.ts). */
const PLURAL_ARTICLES: ReadonlySet<string> = new Set(SPANISH_PLURAL_ARTICLES);

/**
 * Token k is "los" / "las" right after a lowercase "de" of the same particle run (which started at
 * j): "Cartel de los Soles", "María de los Ángeles Ruiz". Alone neither is a name particle ("Los
 * Angeles" keeps its capital and is no particle anyway).
 *
 * @example articleAfterDe(tokenize("the Cartel de los Soles"), 3, 2) // true
 */
function articleAfterDe(tokens: Token[], k: number, j: number): boolean {
  return k > j && PLURAL_ARTICLES.has(tokens[k].key) && tokens[k - 1].key === "de" && !tokens[k - 1].cap;
}

/**
 * Token j, a known name (a city), stands inside an organisation's name between a lowercase name
 * particle and the organisation word that ends it ("the Santo Tomas de | Cusco | Cartel", "Frente
 * de | Quito | Front"): the place names the group, so the chunk goes on over it. Without a particle
 * before it ("Quito Police") the place stays a name of its own.
 *
 * @example placeInOrgName(tokenize("the San Blas de Cusco Cartel"), 4) // true
 */
export function placeInOrgName(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return prev !== undefined && next !== undefined && !prev.cap && inLex(prev, LEX_PARTICLE) && next.cap && next.sep === " " && !tokens[j].poss && inLex(next, LEX_ORG);
}

const INSTITUTION_OF_PLACE = new Set(INSTITUTION_OF_PLACE_WORDS);

/**
 * Token j, a known country or city, stands right after "<Institution> of" ("the Central Bank of | Nigeria", "the
 * Presbyterian Church of | South Sudan"): the place names the institution, so the chunk goes on over it (model
 * INSTITUTION_OF_PLACE_WORDS; not "the Foreign Ministry of Russia").
 *
 * @example institutionOfPlace(tokenize("the Central Bank of Nigeria"), 4) // true
 */
export function institutionOfPlace(tokens: Token[], j: number): boolean {
  const of = tokens[j - 1];
  const head = tokens[j - 2];
  return of !== undefined && head !== undefined && of.key === "of" && !of.cap && head.cap && INSTITUTION_OF_PLACE.has(head.key) && !tokens[j].poss;
}

/** End of the place name starting at token j: a country of several words ("South Sudan") or the one word. */
function placeEnd(tokens: Token[], j: number): number {
  for (let len = COUNTRY_WORDS; len >= 2; len--) if (j + len <= tokens.length && countryAt(tokens, j, j + len)) return j + len;
  return j + 1;
}

/** A sentence-initial "-ing"/"-ed"/"-ly" word with no capitalised use elsewhere in the sentence. */
function initialWord(tokens: Token[], k: number): boolean {
  if (k !== 0 && !tokens[k].opener) return false;
  const key = tokens[k].key;
  return key.length > 4 && /(ing|ed|ly)$/.test(key) && !FIRST.has(key);
}


/**
 * "Dock Workers' Union", "Prisoners’ Society": token j is an organisation word after a plural
 * possessive ("s'" ends the word before it) inside a name, which goes on; or a word of ORG_HEAD_OPENERS before one
 * ("Cocoa Farmers' Trade Union").
 */
export function pluralPossessive(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  if (u.sep !== "'" && u.sep !== "’") return false;
  const prev = tokens[j - 1];
  if (!prev.cap || !prev.key.endsWith("s") || !u.cap) return false;
  if (inLex(u, LEX_ORG)) return true;
  // Round 33: "the Cocoa Farmers' Trade Union": a word that opens a two-word organisation head (model
  // ORG_HEAD_OPENERS) may stand before the organisation word; "the Pilots' Strike Committee" is the pilots' committee.
  const nx = tokens[j + 1];
  return nx !== undefined && nx.sep === " " && nx.cap && ORG_HEAD_OPENER.has(u.key) && inLex(nx, LEX_ORG) && !u.poss;
}

const COLLECTIVE_POSSESSIVE = new Set(COLLECTIVE_POSSESSIVE_WORDS);
/** Most capitalised words after a collective possessive in which an organisation word is looked for. */
const COLLECTIVE_REACH = 4;

/**
 * "the Tanzania People's Defence Force", "the Women's League": token j is a collective noun's possessive
 * (COLLECTIVE_POSSESSIVE_WORDS) inside a name, which goes on when capitalised words with an organisation word
 * follow. "the People's anger" or "Ghana's People's choice" stay apart.
 *
 * @example collectivePossessive(tokenize("People's Defence Force"), 0) // true
 */
export function collectivePossessive(tokens: Token[], j: number): boolean {
  if (!tokens[j].poss || !COLLECTIVE_POSSESSIVE.has(tokens[j].key)) return false;
  for (let k = j + 1; k < tokens.length && k <= j + COLLECTIVE_REACH; k++) {
    const t = tokens[k];
    if (!t.cap || t.sep !== " ") return false;
    if (inLex(t, LEX_ORG)) return true;
    if (t.poss) return false;
  }
  return false;
}

/**
 * End (exclusive token index) of the capitalised chunk starting at `i`. `blocked(j)` says a
 * gazetteer name starts at j (the chunk stops before it so titles stay apart from names).
 *
 * @example chunkEnd(tokenize("Deputy Foreign Minister Elena Marsh met"), 0, () => false) // 5
 */
export function chunkEnd(tokens: Token[], i: number, blocked: (j: number) => boolean): number {
  let end = i + 1;
  if (tokens[i].poss && !collectivePossessive(tokens, i)) return end;
  let hasOrg = inLex(tokens[i], LEX_ORG);
  let j = i + 1;
  while (j < tokens.length) {
    const u = tokens[j];
    // "[Peter] Olsen": an editor's bracket inside a name.
    const bracket = u.sep === "]" && tokens[i].opener && j === i + 1;
    if (u.sep !== " " && u.sep !== "-" && !bracket && !pluralPossessive(tokens, j)) break;
    if (u.cap) {
      // Round 31: "Three Nordic Air Force | Ka-32 helicopters": a word hyphened to a number is a model's designation
      // ("Ka-32", "Su-25", "C-130"), no word of the body's name.
      if (designationAt(tokens, j)) break;
      // "the Central Bank of | Nigeria", "the Presbyterian Church of | South Sudan": the place ends the name.
      if (institutionOfPlace(tokens, j)) return placeEnd(tokens, j);
      // A capitalised function word inside a run continues it when a name follows ("Water Without Borders").
      if (isStopCap(u)) {
        const nx = tokens[j + 1];
        // Round 33: "the Clearwater First Nation": "First" before "Nation" inside a run is a word of the band's name,
        // so the body is one mention and "Chief B of the Clearwater First Nation" is B's.
        if (u.key === "first" && !u.upper && nx && nx.cap && nx.sep === " " && ORDINAL_BODY.has(nx.key)) {
          hasOrg = true;
          j++;
          continue;
        }
        if (!inLex(u, LEX_INNER_LINK) || u.upper || !nx || !nx.cap || nx.sep !== " " || isStopCap(nx) || u.poss) break;
        hasOrg = true;
        j++;
        continue;
      }
      // A gazetteer name ends the run ("Prime Minister | Benjamin Netanyahu"), except after a lone
      // first name ("Michael | Jordan") or direction ("South | Sudan").
      if (blocked(j) && !foreignLinkBefore(tokens, j) && !(end - i === 1 && (inLex(tokens[i], LEX_FIRST) || inLex(tokens[i], LEX_PLACE))) && !gangNameThrough(tokens, i, j) && !placeInOrgName(tokens, j) && !bodyWordInName(tokens, j)) break;
      end = j + 1;
      hasOrg ||= inLex(u, LEX_ORG);
      if (u.poss && !collectivePossessive(tokens, j)) break;
      j++;
      continue;
    }
    // Lowercase connector: a name particle ("Yahya al-Sinwar", "Ursula von der Leyen"),
    // an organisation link ("Committee of the Red Cross"), or a hyphenated place ("Stoke-on-Trent").
    // "at", "as", "an", "ad" are particles only when hyphenated ("at-Tamimi"): "Lena Ek at Central
    // Hospital" is a person at a place.
    const particle = inLex(u, LEX_PARTICLE) && !(HYPHEN_PARTICLES.has(u.key) && tokens[j + 1]?.sep !== "-");
    const orgLink = (hasOrg && (inLex(u, LEX_ORG_LINK) || purposeLink(tokens, j)) && !secondOrgAfter(tokens, j)) || andInsideOrgName(tokens, i, j, blocked);
    const hyphenLink = u.sep === "-" && u.key.length <= 3 && j + 1 < tokens.length && tokens[j + 1].sep === "-";
    if (!particle && !orgLink && !hyphenLink) {
      // "Medici per il Mondo": a foreign organisation's preposition and article link two names.
      const k = foreignLinkEnd(tokens, j);
      // "Anna Moretti per il Corriere": a person's byline for a newspaper, no organisation's name
      // (a given name first, or two plain words before the preposition, as "<Given> <Surname>").
      if (k < 0 || tokens[j - 1].poss || (!hasOrg && (inLex(tokens[i], LEX_FIRST) || j - i === 2))) break;
      hasOrg = true;
      j = k;
      continue;
    }
    let k = j + 1;
    while (k < tokens.length && !tokens[k].cap && (inLex(tokens[k], LEX_PARTICLE) || (orgLink && inLex(tokens[k], LEX_ORG_LINK)) || articleAfterDe(tokens, k, j)) && k - j < 3) k++;
    // "thanked the Church on X": a lone letter after a link is no name's word (the platform X).
    if (k >= tokens.length || !tokens[k].cap || isStopCap(tokens[k]) || (tokens[k].sep !== " " && tokens[k].sep !== "-") || tokens[k].text.length === 1) break;
    // "the Tana Liberation Front and the Ruvu-backed Coastal Defence Army": after "and", a word opening a compound
    // adjective ("Ruvu-backed", "Iran-aligned") modifies the next body; it is no word of this one's name. After
    // "of" it is ("the Bank of England-led review", "the Ministry of Defence-funded study").
    if (u.key === "and" && tokens[k + 1]?.sep === "-" && !tokens[k + 1].cap) break;
    for (let m = j + 1; m <= k; m++) if (tokens[m].sep !== " " && tokens[m].sep !== "-") return end;
    j = k;
  }
  return end;
}

/**
 * Round 31: true when token j is a short capitalised word hyphened to a number: a vehicle's or weapon's model
 * designation ("Ka-32", "Su-25", "C-130", "AK-47"), which a body's name before it does not take in.
 *
 * @example designationAt(tokenize("Nordic Air Force Ka-32 helicopters"), 3) // true
 */
export function designationAt(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return tokens[j].text.length <= 3 && next !== undefined && next.sep === "-" && /^\d/u.test(next.text);
}

/** Most capitalised words after an "and" inside an organisation's name ("Search and | Rescue Agency"). */
const AND_TAIL_WORDS = 3;

/**
 * Token j is a lowercase "and" inside one organisation's name whose words before it hold no
 * organisation word, the name written after "the" or an owner's possessive: "the National Search and Rescue
 * Agency", "Indonesia's National Search and Rescue Agency", "the Truth and Reconciliation Commission". The words after "and" are capitalised, joined by spaces, and end in an organisation
 * word within AND_TAIL_WORDS. The run so far must read as no person's, place's or state's name:
 * "Anna Berg and Rescue Agency staff", "Lviv and Kharkiv Regional Administrations", "Ukrainian and
 * Russian Defence Ministries" stay apart.
 *
 * @example andInsideOrgName(tokenize("National Search and Rescue Agency"), 0, 2, () => false) // true
 */
function andInsideOrgName(tokens: Token[], i: number, j: number, blocked: (j: number) => boolean): boolean {
  const u = tokens[j];
  if (u.key !== "and" || u.cap || u.sep !== " ") return false;
  // After "the" or a possessive only: a bare capitalised word before "and" is far more often a surname ("talks between Okafor and
  // Electoral Commission officials", review 26 F1) than the first half of a body's name.
  if (i === 0 || (tokens[i - 1].key !== "the" && !tokens[i - 1].poss)) return false;
  for (let m = i; m < j; m++) {
    const w = tokens[m];
    if (!w.cap || w.poss || w.upper || blocked(m) || inLex(w, LEX_ORG) || inLex(w, LEX_FIRST) || inLex(w, LEX_PLACE) || inLex(w, LEX_NATIONALITY)) return false;
  }
  for (let k = j + 1; k < tokens.length && k <= j + AND_TAIL_WORDS + 1; k++) {
    const w = tokens[k];
    // Round 32: "the Road Safety and Flood Protection service": the body's own noun written lowercase after two
    // capitalised halves, singular (not "the Health and Education ministries", two bodies), ends one name.
    if (!w.cap && k > j + 1 && w.sep === " " && inLex(w, LEX_ORG) && !w.key.endsWith("s")) return !pluralHeadAfter(tokens, k);
    if (k > j + AND_TAIL_WORDS) return false;
    if (!w.cap || w.sep !== " " || isStopCap(w) || blocked(k) || inLex(w, LEX_NATIONALITY)) return false;
    if (inLex(w, LEX_ORG)) return true;
    if (w.poss) return false;
  }
  return false;
}

/**
 * Round 32: the chunk [from, to) holds a lowercase "and" and a singular organisation word written lowercase follows it
 * ("Road Safety and Flood Protection" before "service"): one body's name, whose own noun the writer left outside it.
 *
 * @example bodyNounAfterAndName(tokenize("the Road Safety and Flood Protection service"), 1, 6) // true
 */
function bodyNounAfterAndName(tokens: Token[], from: number, to: number): boolean {
  const nx = tokens[to];
  if (!nx || nx.cap || nx.sep !== " " || !inLex(nx, LEX_ORG) || nx.key.endsWith("s") || pluralHeadAfter(tokens, to)) return false;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].key === "and" && !tokens[k].cap) return true;
  return false;
}

/** Mend 32 F1: verbs ending in "s" that may follow a body's noun ("the Fire and Rescue service says …"). */
const S_VERBS_AFTER_BODY: ReadonlySet<string> = new Set(["is", "was", "has", "does", "says"]);

/**
 * Mend 32 F1: true when the lowercase body noun at `k` only modifies a plural noun after it: "the Labour and
 * Conservative party leaders", "the Porto and Benfica club presidents" (two bodies' people, not one body "Labour and
 * Conservative"). A plural is a lowercase word ending in a single "s" that is no verb of the few read after a body.
 *
 * @example pluralHeadAfter(tokenize("the Labour and Conservative party leaders"), 4) // true
 */
function pluralHeadAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k + 1];
  return w !== undefined && !w.cap && w.sep === " " && /\p{L}s$/u.test(w.key) && !w.key.endsWith("ss") && !S_VERBS_AFTER_BODY.has(w.key);
}

export interface ChunkName {
  /** Token range of the name inside the sentence tokens. */
  from: number;
  to: number;
  kind: ActorKind;
  kindSure: boolean;
  via: string;
  /** Token range of a title before the name. */
  title: {start: number; end: number} | null;
}

/** Most words in a country name of the nationality list ("democratic republic of the congo" → 5). */
const COUNTRY_WORDS = Math.max(1, ...[...COUNTRIES].map((c) => c.split(" ").length));
/** Words before "of <Name>" that make the name a place ("the city of Kiruna"; model/org-words.ts PLACE_OF_NOUNS). */
const PLACE_OF: ReadonlySet<string> = new Set(PLACE_OF_NOUNS);

/** Honorifics kept with a name ("Datu", "Alhaji"; model/titles.ts KEPT_HONORIFICS). */
const KEPT_TITLE: ReadonlySet<string> = new Set(KEPT_HONORIFICS);

/**
 * The chunk [from, end) stands where a place does: after "in" / "near" … or before a lowercase
 * "town" / "municipality" …, and is no one's possessor ("in Datu Ismael Sabdani's house" is his).
 */
function townNamedAfter(tokens: Token[], from: number, end: number): boolean {
  if (tokens[end - 1].poss) return false;
  const prev = from > 0 ? tokens[from - 1] : null;
  if (prev && !prev.cap && inLex(prev, LEX_PLACE_PREP)) return true;
  const next = end < tokens.length ? tokens[end] : null;
  return next !== null && !next.cap && PLACE_OF.has(next.key);
}

/** Keys of tokens [from, to) joined by spaces ("saudi arabia"); the key itself for one token. */
function joinedKeys(tokens: Token[], from: number, to: number): string {
  let s = tokens[from].key;
  for (let k = from + 1; k < to; k++) s += " " + tokens[k].key;
  return s;
}

/** First words of the country names of several words ("saudi" of "saudi arabia"; a key holds no space). */
const COUNTRY_OPENERS: ReadonlySet<string> = new Set([...COUNTRIES].filter((c) => c.includes(" ")).map((c) => c.slice(0, c.indexOf(" "))));

/**
 * Whether tokens [from, to) spell a country name of the nationality list: `COUNTRIES.has` of
 * their keys joined by spaces (joinedKeys). Why the first word is asked first: a chunk of several
 * words is nearly always a person's name ("Peter Olsen"), and joining its keys made a string
 * per chunk only to miss. A token's key holds no space, so a joined name of several words is in
 * COUNTRIES only if its first key opens a name of several words there (COUNTRY_OPENERS).
 *
 * @example countryAt(tokenize("Saudi Arabia said"), 0, 2) // true; countryAt(tokenize("Peter Olsen"), 0, 2) // false
 */
export function countryAt(tokens: Token[], from: number, to: number): boolean {
  if (to - from <= 1) return COUNTRIES.has(tokens[from].key);
  return COUNTRY_OPENERS.has(tokens[from].key) && COUNTRIES.has(joinedKeys(tokens, from, to));
}

/** The chunk [from, end) opens with a country name of several words ("Saudi Arabia", "South Sudan"). */
function startsWithCountry(tokens: Token[], from: number, end: number): boolean {
  for (let len = 2; len <= COUNTRY_WORDS && from + len <= end; len++) if (countryAt(tokens, from, from + len)) return true;
  return false;
}

/** Some token of [from, to) is an organisation word. */
function hasOrgWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (inLex(tokens[k], LEX_ORG)) return true;
  return false;
}

const SLOGAN = new Set(SLOGAN_WORDS);

/**
 * An all-caps run of words with no organisation word, of three words or more or holding a verb
 * or negation ("NO MORE CUTS", "WATER IS LIFE"): a slogan or shout, not a name. A name in
 * capitals has an organisation word ("UNITED NATIONS SECURITY COUNCIL") or is an acronym.
 */
function slogan(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.upper || inLex(t, LEX_ORG)) return false;
    verb ||= SLOGAN.has(t.key);
  }
  return verb || to - from >= 3;
}

/** A chunk's kind and whether it is sure: classify's answers, shared (read only) rather than a new object per chunk. */
interface Kind {
  readonly kind: ActorKind;
  readonly sure: boolean;
}
const COUNTRY: Kind = {kind: "country", sure: true};
const ORGANIZATION: Kind = {kind: "organization", sure: true};
const PLACE: Kind = {kind: "place", sure: true};
const PERSON: Kind = {kind: "person", sure: true};
const MAYBE_ORGANIZATION: Kind = {kind: "organization", sure: false};
const MAYBE_PERSON: Kind = {kind: "person", sure: false};

/**
 * Token i is a nationality word that is itself its country's name ("Myanmar", whose adjective is
 * "Myanmar") standing as a noun: not possessive, and followed by nothing, punctuation or a function
 * word ("called on Myanmar in September", "envoy on Myanmar,"), not by a noun it modifies
 * ("Myanmar prisons", "a Myanmar analyst").
 */
function countryNotModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.poss || !inLex(t, LEX_NATIONALITY) || !COUNTRIES.has(t.key)) return false;
  const nx = tokens[i + 1];
  return nx === undefined || nx.sep !== " " || (!nx.cap && inLex(nx, LEX_STOP));
}

function classify(tokens: Token[], from: number, to: number, titled: boolean): Kind | null {
  // (Loops over the token range instead of a keys array: this runs once per capitalised chunk.)
  let allStop = true;
  for (let k = from; k < to && allStop; k++) allStop = inLex(tokens[k], LEX_NATIONALITY) || isStopCap(tokens[k]);
  if (allStop) return to === from + 1 && countryNotModifier(tokens, from) ? COUNTRY : null;
  // "AT LEAST", "IN BRIEF": all-caps runs of function words.
  if (to - from > 1) {
    let every = true;
    for (let k = from; k < to && every; k++) every = inLex(tokens[k], LEX_STOP);
    if (every) return null;
  }
  if (slogan(tokens, from, to)) return null;
  const last = tokens[to - 1];
  const first = tokens[from];
  // "Harbour Jazz Festival" is an event; "Bureau for Prisoners of War" is an organisation that
  // ends in an event word (its organisation word comes first).
  if (inLex(last, LEX_EVENT) && !hasOrgWord(tokens, from, to - 1)) return null;
  // "Hurricane Helene", "Cyclone Freddy": a named storm is a weather event, no actor.
  if (to - from >= 2 && STORM_WORDS.has(first.key)) return null;
  if (to - from <= COUNTRY_WORDS && countryAt(tokens, from, to)) return COUNTRY;
  for (let k = from; k < to; k++) if (inLex(tokens[k], LEX_ORG)) return ORGANIZATION;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].cap && inLex(tokens[k], LEX_INNER_LINK)) return ORGANIZATION;
  // Round 32: "the Road Safety and Flood Protection service": an "and" name its lowercase body noun follows (andInsideOrgName).
  if (to - from > 2 && bodyNounAfterAndName(tokens, from, to)) return ORGANIZATION;
  if (to - from > 2 && hasForeignLink(tokens, from, to)) return ORGANIZATION;
  if (inLex(last, LEX_PLACE) || (to - from > 1 && inLex(first, LEX_PLACE))) return PLACE;
  if (titled || inLex(first, LEX_FIRST) || (to - from > 1 && nameInitialToken(first)) || initialsBeforeSurname(tokens, from, to)) return PERSON;
  const prev = from > 0 ? tokens[from - 1] : null;
  if (prev && !prev.cap && tokens[from].sep === " " && inLex(prev, LEX_PLACE_PREP)) return PLACE;
  if (prev && from >= 2 && prev.key === "of" && PLACE_OF.has(tokens[from - 2].key)) return PLACE;
  if (to - from === 1 && tokens[from].upper) return MAYBE_ORGANIZATION;
  if (to - from > 1) return MAYBE_PERSON;
  // Round 33: "Kenya's interior minister, Kindiki, and B": one word named in commas right after a lowercase title
  // head is a person known by one name.
  if (prev && !prev.cap && tokens[from].sep === "," && inLex(prev, LEX_HEAD) && !tokens[from].poss && (to >= tokens.length || tokens[to].sep === "," || tokens[to].sep === ".")) return MAYBE_PERSON;
  return MAYBE_ORGANIZATION;
}

/**
 * "<head> of [the] <Org> <Name>": the organisation and the titled person as two names, or null
 * when the chunk does not follow a title's link, has no organisation word, or what follows the
 * organisation is not a name of two or more words.
 */
function splitTitledOrg(tokens: Token[], from: number, end: number): ChunkName[] | null {
  if (end - from < 3) return null;
  let orgEnd = -1;
  for (let k = from; k < end - 2; k++) if (inLex(tokens[k], LEX_ORG)) orgEnd = k + 1;
  if (orgEnd < 0) return null;
  // A lowercase link after the organisation word continues the organisation ("Office for the
  // Coordination of Relief Affairs"): no person starts with "for".
  for (let k = orgEnd; k < end; k++) if (!tokens[k].cap || inLex(tokens[k], LEX_ORG) || (tokens[k].poss && k < end - 1)) return null;
  const head = titleHeadBeforeLink(tokens, from, true);
  if (head < 0) return null;
  const person = classify(tokens, orgEnd, end, true);
  if (!person || person.kind !== "person") return null;
  return [
    {from, to: orgEnd, kind: "organization", kindSure: true, via: "chunk", title: null},
    {from: orgEnd, to: end, kind: "person", kindSure: true, via: "title", title: {start: head, end: orgEnd}}
  ];
}

/** Longest acronym that may open a title ("ECOWAS Commissioner"): more letters are a word. */
const TITLE_ACRONYM_MAX = 6;
/** Shortest: two capitals are as often a portfolio ("IT Minister") as a state; known ones ("UN", "EU") are gazetteer names. */
const TITLE_ACRONYM_MIN = 3;

/**
 * A country's or body's acronym opening a titled person's chunk ("DRC President Jonas Mwamba",
 * "OAS Secretary General Rosa Ibarra"): the acronym as a name of its own, or null. Without
 * this the whole chunk was one person's name ("DRC President Jonas Mwamba") and the person was
 * never found. The rest must be a title and a name with no organisation word after the title
 * (so "ELN Regional Command" stays one name), and the acronym no short title ("MEP").
 *
 * @example acronymBeforeTitle(tokenize("DRC President Jonas Mwamba toured"), 0, 4)?.to // 1
 */
export function acronymBeforeTitle(tokens: Token[], from: number, end: number): ChunkName | null {
  const t = tokens[from];
  if (!t.upper || end - from < 3 || t.poss || t.text.length < TITLE_ACRONYM_MIN || t.text.length > TITLE_ACRONYM_MAX || ACRONYM_TITLE.has(t.key) || tokens[from + 1].sep !== " ") return null;
  const p = titlePrefixIn(tokens, from + 1, end);
  if (p === 0 || hasOrgWord(tokens, from + 1 + p, end)) return null;
  const alone = classify(tokens, from, from + 1, false);
  return alone ? {from, to: from + 1, kind: alone.kind, kindSure: alone.sure, via: "chunk", title: null} : null;
}

const GENERIC_ACRONYMS: ReadonlySet<string> = new Set(GENERIC_ORG_ACRONYMS);

/**
 * Start of the name after a leading "[<Nationality>] NGO" in the chunk [from, end)
 * (model/org-words.ts GENERIC_ORG_ACRONYMS), or `from` when there is none or an organisation word
 * follows the acronym ("NGO Forum" is a name).
 *
 * @example afterGenericAcronym(tokenize("Kenyan NGO Maji Safi"), 0, 4) // 2
 */
function afterGenericAcronym(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k < end - 2 && inLex(tokens[k], LEX_NATIONALITY) && !tokens[k].poss) k++;
  const a = tokens[k];
  if (k >= end - 1 || !a.upper || a.poss || !GENERIC_ACRONYMS.has(a.key) || inLex(tokens[k + 1], LEX_ORG)) return from;
  return k + 1;
}

/**
 * chunkNames' answer for a chunk that names nobody (shared: the answer is read only). Made by
 * emptying a list of one name, not written `[]`: an empty literal is another kind of array to V8
 * (small integers) than the lists of names, and each caller's loop would see both.
 */
const NO_NAMES: readonly ChunkName[] = ([{from: 0, to: 0, kind: "person", kindSure: false, via: "chunk", title: null}] as ChunkName[]).slice(0, 0);

/**
 * Start of the name after nationality adjectives that open the chunk [from, end), or `from`. A
 * nationality before a person's name describes the person, it is not part of the name:
 * "Canadian Martin Pelletier" → "Martin Pelletier" (the chunk is not a country such as "Saudi
 * Arabia", and what follows reads as a person, not an organisation). Hyphenated nationalities go
 * as one: "Chilean-Swiss Ana Roth" → "Ana Roth". (Its own function, as the rules below, so that
 * chunkNames, run for every chunk, is compiled without the rare ones.)
 *
 * @example afterNationality(tokenize("Canadian Martin Pelletier"), 0, 3) // 1
 */
function afterNationality(tokens: Token[], from: number, end: number): number {
  while (end - from >= 3 && inLex(tokens[from], LEX_NATIONALITY) && !tokens[from].poss) {
    let last = from;
    while (last + 1 < end && tokens[last + 1].sep === "-" && inLex(tokens[last + 1], LEX_NATIONALITY) && !tokens[last].poss) last++;
    if (end - last < 3 || tokens[last].poss || tokens[last + 1].sep !== " ") break;
    const rest = classify(tokens, last + 1, end, false);
    if (!rest || rest.kind !== "person" || startsWithCountry(tokens, from, end)) break;
    from = last + 1;
  }
  return from;
}

const ROMANCE_LINKS: ReadonlySet<string> = new Set(ROMANCE_NAME_LINKS);

/**
 * Start of an organisation's name after one English nationality adjective that opens the chunk [from,
 * end) when the name is written in Spanish, Portuguese, Italian or French (a lowercase link of
 * ROMANCE_NAME_LINKS inside it): "Brazilian Primeiro Comando da Capital" → "Primeiro Comando da
 * Capital". An English name keeps its adjective ("the Brazilian Football Confederation").
 *
 * @example afterNationalityOfForeignName(tokenize("Brazilian Primeiro Comando da Capital"), 0, 5) // 1
 */
function afterNationalityOfForeignName(tokens: Token[], from: number, end: number): number {
  const t = tokens[from];
  if (end - from < 4 || t.poss || !inLex(t, LEX_NATIONALITY) || tokens[from + 1].sep !== " " || !tokens[from + 1].cap) return from;
  for (let k = from + 2; k < end - 1; k++) if (!tokens[k].cap && ROMANCE_LINKS.has(tokens[k].key)) return from + 1;
  return from;
}

/**
 * The token of an inner first name the chunk [from, end) is split before when nothing before it
 * is a first name ("Kenya | Erik Dahl"), or -1 when it is not split.
 *
 * @example innerFirstName(tokenize("Kenya Erik Dahl"), 0, 3) // 1
 */
function innerFirstName(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    // "Yoav Ben-Ami": a particle joined by a hyphen to the next word is a surname, not a first name.
    // "Ama Kofi-Boateng": a first name hyphened to the chunk's last word is half of a double surname.
    if (!inLex(tokens[k], LEX_FIRST) || (inLex(tokens[k], LEX_PARTICLE) && tokens[k + 1]?.sep === "-")) continue;
    if (k + 2 === end && tokens[k + 1].sep === "-") continue;
    for (let m = from; m < k; m++) if (inLex(tokens[m], LEX_FIRST) || inLex(tokens[m], LEX_PARTICLE) || inLex(tokens[m], LEX_PLACE) || nameInitialToken(tokens[m])) return -1;
    const head = classify(tokens, from, k, false);
    // "Tanko Yusuf": an unknown word before a first name that ends the chunk is a given name
    // before a surname that is also a given name (Yusuf, Idris), not a place or organisation.
    if (k + 1 === end && head !== null && !head.sure) return -1;
    // "Haroun Abdel Razak": "Abd al-" written apart opens the surname ("Abdelrazak") after an
    // unknown given name; it is no given name that starts the person.
    if (k + 2 === end && k - from === 1 && head !== null && !head.sure && ABD.has(tokens[k].key) && tokens[k + 1].sep === " ") return -1;
    // "Liaquat Ali Khan": a given name usage writes second (SECOND_GIVEN_NAMES) after an unknown
    // word and before one surname; the unknown word is the first given name.
    if (k + 2 === end && k - from === 1 && head !== null && !head.sure && !tokens[from].upper && SECOND_GIVEN.has(tokens[k].key) && tokens[k + 1].sep === " ") return -1;
    return k;
  }
  return -1;
}

/**
 * How many of the `p` title words that open the chunk [from, end) (titlePrefixIn) are the
 * person's title, or 0 when the chunk is no titled person's name.
 *
 * @example nameTitleWords(tokenize("Sheikh Sultan bin Fahad"), 0, 4, 2) // 1
 */
function nameTitleWords(tokens: Token[], from: number, end: number, p: number): number {
  // "[Sheikh] Sultan bin Fahad": a title word right before "bin" / "bint" / "ibn" is the given
  // name; the title, if any, ends before it.
  if (lineageAt(tokens, from + p)) p = titlePrefixIn(tokens, from, from + p);
  // "Sultan al-Nuaimi": a title word that is also a given name, before a family name alone, is the given name.
  if (p > 0 && givenTitleBeforeFamily(tokens, from + p - 1, end)) p = titlePrefixIn(tokens, from, from + p);
  // The name after the title has no organisation word (see chunkNames).
  for (let k = from + p; k < end && p > 0; k++) if (inLex(tokens[k], LEX_ORG)) return 0;
  return p;
}

/**
 * Turns one chunk [i, end) into names: strips a leading title, splits a place or
 * organisation glued to a person ("Kenya Erik Dahl"), classifies each part.
 *
 * @example chunkNames(tokenize("Deputy Foreign Minister Elena Marsh"), 0, 5)[0].kind // "person"
 */
export function chunkNames(tokens: Token[], i: number, end: number): readonly ChunkName[] {
  let from = i;
  while (from < end && isStopCap(tokens[from]) && !(from + 2 < end && hyphenedGivenName(tokens, from)) && !(from + 1 < end && hyphenedParticle(tokens, from))) from++;
  // "Survivor Sita Gurung": a sentence-initial common noun before a name.
  if (from < end - 1 && (from === 0 || tokens[from].opener) && inLex(tokens[from], LEX_DESCRIPTOR) && !inLex(tokens[from], LEX_HEAD)) from++;
  // A sentence-initial verb or adverb glued to a name ("Representing Orthodox Jews", "Reportedly Hamas").
  if (from < end - 1 && initialWord(tokens, from)) from++;
  if (from >= end) return NO_NAMES;
  // "the Kenyan NGO Maji Safi": the kind of organisation (and its nationality) is no part of its name.
  const named = end - from >= 2 ? afterGenericAcronym(tokens, from, end) : from;
  const generic = named > from;
  from = named;
  // "the MK party": a parliamentary member's short title alone is the party's letters, not a title.
  if (end - from === 1 && tokens[from].upper && ACRONYM_TITLE.has(tokens[from].key)) {
    const alone = classify(tokens, from, end, false);
    return alone ? [{from, to: end, kind: alone.kind, kindSure: alone.sure, via: "chunk", title: null}] : NO_NAMES;
  }
  // Only title words ("Deputy Foreign Minister" before a gazetteer name, "President"): no actor.
  let titleOnly = true;
  let headSeen = false;
  for (let k = from; k < end && titleOnly; k++) {
    titleOnly = inLex(tokens[k], LEX_HEAD) || inLex(tokens[k], LEX_MODIFIER) || inLex(tokens[k], LEX_NATIONALITY);
    headSeen ||= inLex(tokens[k], LEX_HEAD) && !inLex(tokens[k], LEX_ORG);
  }
  // "Secretary of the Flood Relief Council Marta Ruiz": the organisation ends at its last
  // organisation word; the name after it is the person, titled with the whole title.
  const orgSplit = splitTitledOrg(tokens, from, end);
  if (orgSplit) return orgSplit;
  // Title words after a title's link belong to the title, not to the name: "Minister of State
  // Kofi Mensah" → "Kofi Mensah"; a chunk of nothing else ("Secretary of State said") names nobody.
  if (afterTitleLink(tokens, from)) {
    let k = from;
    while (k < end && (inLex(tokens[k], LEX_HEAD) || inLex(tokens[k], LEX_MODIFIER))) k++;
    if (k === end) return NO_NAMES;
    from = k;
  }
  // …but a run of title words ending in an organisation word is the organisation: "General
  // Intelligence Service", "Chief Rabbinate Office" (a title ends in its head, "Service Chief").
  if (titleOnly && headSeen && !inLex(tokens[end - 1], LEX_ORG)) return NO_NAMES;
  // A lone organisation or place word ("News", "Ministry", "Kibbutz") names nothing.
  if (end - from === 1 && !tokens[from].upper && (inLex(tokens[from], LEX_ORG) || inLex(tokens[from], LEX_PLACE))) return NO_NAMES;
  // A place or organisation split off before a person ("Kenya | Erik Dahl"); the answer array is
  // made at the end in its exact size (one or two names per chunk).
  let split: ChunkName | null = acronymBeforeTitle(tokens, from, end);
  if (split !== null) from++;
  let titled = false;
  // A title may contain organisation words ("Mineral Resources Minister", "Human Rights Watch
  // Director") as long as the name after it has none.
  let p = titlePrefixIn(tokens, from, end);
  // "in Datu Kali Mandas town": a Philippine town named after a chief keeps his honorific.
  if (p === 1 && KEPT_TITLE.has(tokens[from].key) && townNamedAfter(tokens, from, end)) return [{from, to: end, kind: "place", kindSure: true, via: "chunk", title: null}];
  if (p > 0) p = nameTitleWords(tokens, from, end, p);
  if (p > 0) {
    from += p;
    titled = true;
  }
  let hasOrg = false;
  for (let k = from; k < end && !hasOrg; k++) hasOrg = inLex(tokens[k], LEX_ORG);
  // A nationality adjective before a person's name describes the person, it is not part of the
  // name: "Canadian Martin Pelletier" → "Martin Pelletier" (the chunk is not a country such as
  // "Saudi Arabia", and what follows reads as a person, not an organisation). Hyphenated
  // nationalities go as one: "Chilean-Swiss Ana Roth" → "Ana Roth".
  if (!titled && !hasOrg) from = afterNationality(tokens, from, end);
  else if (!titled && hasOrg) from = afterNationalityOfForeignName(tokens, from, end);
  // Split before an inner first name when nothing before it is a first name:
  // "Kenya Erik Dahl" → "Kenya" + "Erik Dahl".
  if (split === null && !hasOrg && end - from >= 2) {
    const k = innerFirstName(tokens, from, end);
    if (k > 0) {
      // (classify is pure: asked again here only when the chunk is split, which is rare.)
      const head = classify(tokens, from, k, false);
      if (head) split = {from, to: k, kind: head.kind, kindSure: head.sure, via: "chunk", title: null};
      from = k;
      titled = false;
    }
  }
  let cls = classify(tokens, from, end, titled);
  if (!cls) return split ? [split] : NO_NAMES;
  // "the Ravine Boys gang": a name no person's (no first name, no title) before a gang noun is the gang.
  if (!cls.sure && end < tokens.length && from > 0 && tokens[from - 1].key === "the" && gangNounAt(tokens, end)) cls = ORGANIZATION;
  // "the Kenyan NGO Maji Safi": the writer said what it is.
  if (generic && !cls.sure) cls = ORGANIZATION;
  const title = cls.kind === "person" || !cls.sure ? titleBefore(tokens, from) : null;
  const name: ChunkName = {from, to: end, kind: title ? "person" : cls.kind, kindSure: cls.sure || !!title, via: title ? "title" : "chunk", title};
  return split ? [split, name] : [name];
}
