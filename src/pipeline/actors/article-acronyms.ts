/**
 * Short names of an organisation inside one article, beyond the "Name (ACRONYM)" that merge.ts reads:
 * - an acronym written on its own that spells the initials of an organisation the same article names
 *   ("He ordered the Tana Defence Forces to help. … TDF soldiers reached the village"), when no other
 *   organisation of that article has those initials;
 * - a short name in parentheses that is no acronym of capitals ("the National Relief
 *   Directorate (Banarel)", "the Coordinadora Campesina del Sur (Cocasur)");
 * - a translation of a body's name, in parentheses or after "whose name translates as" ("Katibat al-Rimal
 *   (Brigade of the Sands)", "Tehreek-e-Kohsar, … whose name translates as the Movement of the Mountains").
 * Newsrooms introduce a body once and then use its short name; the article is the evidence, so
 * nothing here reaches across articles (merge.ts then carries the joined actor as usual).
 */
import type {ActorKind, Mention} from "../types.ts";
import {PLACE_PREPS} from "./lexicon.ts";
import {TRANSLATION_LEADS} from "../model/org-words.ts";
import {isLetterOrDigit} from "../util/chars.ts";

/** An acronym standing alone: three to six capitals ("KDF"; "UN" and "EU" are the gazetteer's). */
const BARE_ACRONYM = /^[A-Z]{3,6}$/;

/** BARE_ACRONYM's test, its length and first letter read before the regex runs (most names are longer or start otherwise). */
function bareAcronym(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length >= 3 && text.length <= 6 && c >= 65 && c <= 90 && BARE_ACRONYM.test(text);
}

/** A short name in parentheses: one capitalised word of four letters or more, not all capitals ("Banarel"). */
const SHORT_NAME = /^\p{Lu}\p{Ll}{3,}$/u;

function isBody(kind: ActorKind): boolean {
  return kind === "organization" || kind === "group";
}

/**
 * Pairs of mention indexes [acronym, name] of one article where a lone acronym spells the initials of
 * exactly one organisation name of the article, named before it, in the order the acronyms come. `initialsOf` spells a
 * name's initials (merge.ts nameInitials: "Tana Defence Forces" → "TDF", lowercase particles left out).
 *
 * @example initialsPairs(mentions, nameInitials) // [[4, 1]] for "Tana Defence Forces … TDF"
 */
export function initialsPairs(mentions: readonly Mention[], initialsOf: (name: string) => string): [number, number][] {
  let acronyms: number[] | null = null;
  let connectors: number[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    if (!isBody(mentions[k].kind)) continue;
    if (bareAcronym(mentions[k].text)) (acronyms ??= []).push(k);
    else if (connectorAcronym(mentions[k].text)) (connectors ??= []).push(k);
  }
  // Round 34: "DoFRA", "MoH": an acronym that keeps a connector's lowercase letter (connectorPairs).
  if (acronyms === null) return connectors === null ? [] : connectorPairs(mentions, connectors);
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
  // Capitalised words of each body name, read once per distinct name and only when an acronym needs them.
  let words: Map<string, string[]> | null = null;
  for (const k of acronyms) {
    const name = names.get(mentions[k].text);
    // The body is introduced first, then shortened: an acronym before any such name may be another body's.
    if (name !== undefined && !name.ambiguous && mentions[name.index].start < mentions[k].start) out.push([k, name.index]);
    else if (name === undefined) {
      const j = prefixAcronymName(mentions, k, (words ??= new Map()));
      if (j >= 0) out.push([k, j]);
    }
  }
  return connectors === null ? out : out.concat(connectorPairs(mentions, connectors));
}

/** Round 34: a mixed-case acronym's shape: a capital first, then capitals with single lowercase letters between them ("DoFRA", "MoH"). */
const CONNECTOR_ACRONYM = /^[A-Z](?:[a-z]?[A-Z])+$/;

/**
 * Round 34: an acronym that keeps a connector word's lowercase letter ("the Department of Flood Relief Affairs … DoFRA",
 * "the Ministry of Health … MoH"): three to seven letters, two capitals at least, one lowercase letter at least and
 * never two together ("McDonald", "LeBron", "iPhone" are names). The length and first letter are read first.
 *
 * @example connectorAcronym("DoFRA") // true
 */
export function connectorAcronym(text: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length < 3 || text.length > 7 || c < 65 || c > 90) return false;
  // A lowercase letter somewhere (all capitals are bareAcronym's), then the shape.
  let lower = false;
  for (let k = 1; k < text.length - 1 && !lower; k++) lower = text.charCodeAt(k) >= 97;
  return lower && CONNECTOR_ACRONYM.test(text) && !DOCUMENT_ABBREVIATIONS.has(text);
}

/**
 * Mend 34: mixed-case abbreviations of documents, degrees and lines that no body writes as its short name: "signed an
 * MoU" beside "the Ministry of Unification" is no ministry ("MoA", "LoI", "ToR", "PoW", "LoC", "PhD").
 */
const DOCUMENT_ABBREVIATIONS: ReadonlySet<string> = new Set(["MoU", "MoA", "MoC", "LoI", "LoA", "ToR", "PoW", "PoC", "LoC", "RoI", "PhD", "DPhil"]);

/** Lowercase connector words whose first letter a connector acronym may keep ("of" in "DoFRA"). */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(["of", "for", "and", "on", "the", "in"]);

/**
 * Round 34: true when the connector acronym `acronym` spells `name`: each capital is the next capitalised word's
 * initial, each lowercase letter the initial of a lowercase connector word right there (CONNECTOR_WORDS), which may
 * also be left out ("MoHFW" for "Ministry of Health and Family Welfare"); every word and letter used.
 *
 * @example spellsWithConnectors("DoFRA", "Department of Flood Relief Affairs") // true
 */
export function spellsWithConnectors(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/);
  let i = 0;
  for (const w of words) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) {
      if (i >= acronym.length || acronym.charCodeAt(i) !== c) return false;
      i++;
    } else if (CONNECTOR_WORDS.has(w)) {
      if (i < acronym.length && acronym.charCodeAt(i) === c) i++;
    } else return false;
  }
  return i === acronym.length;
}

/**
 * Round 34: pairs [acronym, name] for the connector acronyms at `indexes`: the one organisation name of the article,
 * named before the acronym, that it spells (spellsWithConnectors); none when two names fit.
 */
function connectorPairs(mentions: readonly Mention[], indexes: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const k of indexes) {
    const acronym = mentions[k].text;
    let found = -1;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j];
      if (m.start >= mentions[k].start || m.text.charCodeAt(0) !== acronym.charCodeAt(0) || !isBody(m.kind) || m.text.indexOf(" ") < 0) continue;
      if (!spellsWithConnectors(acronym, m.text)) continue;
      if (found >= 0 && mentions[found].text !== m.text) {
        found = -2;
        break;
      }
      found = j;
    }
    if (found >= 0) out.push([k, found]);
  }
  return out;
}

/**
 * Session 32: the one organisation named before mention `k` whose words' first letters, some of them two or more,
 * spell the acronym ("the Tanzania Shipping Agencies Corporation … TASAC": TA-S-A-C), or -1 (none, or two names).
 * Lowercase particles are left out, as in the initials; the acronym must be four letters or more, so a three-letter
 * one is read only as plain initials.
 */
function prefixAcronymName(mentions: readonly Mention[], k: number, wordsOf: Map<string, string[]>): number {
  const acronym = mentions[k].text;
  if (acronym.length < 4) return -1;
  const first = acronym.charCodeAt(0);
  let found = -1;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j];
    // Names start with the acronym's letter (a char compare before any split).
    if (m.start >= mentions[k].start || m.text.charCodeAt(0) !== first || !isBody(m.kind) || m.text.indexOf(" ") < 0) continue;
    let words = wordsOf.get(m.text);
    if (words === undefined) wordsOf.set(m.text, (words = capitalWords(m.text)));
    if (!spellsByPrefixes(acronym, words)) continue;
    if (found >= 0 && mentions[found].text !== m.text) return -1;
    found = j;
  }
  return found;
}

/** The capitalised words of a name, split at spaces and hyphens ("Tanzania Shipping Agencies Corporation"). */
function capitalWords(name: string): string[] {
  return name.split(/[\s-]+/).filter((w) => w.length > 0 && w[0] !== w[0].toLowerCase());
}

/**
 * True when `acronym` is the words' prefixes in order, each word giving one letter or more and every word used, with
 * at least one word giving two ("TASAC" from Tanzania, Shipping, Agencies, Corporation; not "TSAC", plain initials).
 *
 * @example spellsByPrefixes("TASAC", ["Tanzania", "Shipping", "Agencies", "Corporation"]) // true
 */
export function spellsByPrefixes(acronym: string, words: readonly string[]): boolean {
  if (words.length < 2 || words.length >= acronym.length) return false;
  const a = acronym.toUpperCase();
  const go = (i: number, w: number): boolean => {
    if (w === words.length) return i === a.length;
    const word = words[w].toUpperCase();
    // Each word gives 1..3 letters, leaving one letter at least for every word after it.
    for (let n = 1; n <= Math.min(3, word.length, a.length - i - (words.length - w - 1)); n++) {
      if (a.slice(i, i + n) !== word.slice(0, n)) break;
      if (go(i + n, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/**
 * True when mention `b` is a short name in parentheses right after organisation `a`: "the National
 * Relief Directorate (Banarel)". Both must be bodies (not a person, a place or a media outlet:
 * "Hamas (Reuters)" is a credit), `b` no known body of the gazetteer, the parentheses must hold `b` alone,
 * `b` no word of `a` ("Nakuru County Assembly (Nakuru)"), named again in the article and never after a place
 * preposition ("in Kotido").
 *
 * @example shortNameInParentheses("the Agency (Banarel) said. Banarel …", a, b) // true
 */
export function shortNameInParentheses(text: string, a: Mention, b: Mention): boolean {
  // A known body in parentheses is the unit's owner, not its short name: "the Ministry of Interior (Hamas)".
  if (!isBody(a.kind) || !isBody(b.kind) || b.gazetteerName !== null || a.text.indexOf(" ") < 0 || !SHORT_NAME.test(b.text)) return false;
  if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || text[b.end] !== ")") return false;
  // A word of the long name is its place, not its short name: "the Nakuru County Assembly (Nakuru)".
  if ((" " + a.text + " ").indexOf(" " + b.text + " ") >= 0) return false;
  // A short name is introduced to be used: it must come again in the article ("… (Banarel) said. Banarel divers …"),
  // and never after a place preposition ("the Municipal Council (Kotido) … traders in Kotido": a place).
  return usedAgain(text, b) && !afterPlacePreposition(text, b.text);
}

/** True when `name` follows a place preposition somewhere in `text` ("in Kotido", "near Kotido"). */
function afterPlacePreposition(text: string, name: string): boolean {
  for (let at = text.indexOf(" " + name); at >= 0; at = text.indexOf(" " + name, at + 1)) {
    let k = at;
    while (k > 0 && isLetterOrDigit(text.charCodeAt(k - 1))) k--;
    if (PLACE_PREPS.has(text.slice(k, at).toLowerCase())) return true;
  }
  return false;
}

/** True when `m`'s text occurs again in `text` as a whole word outside its own place. */
function usedAgain(text: string, m: Mention): boolean {
  for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
    if (at === m.start) continue;
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + m.text.length < text.length ? text.charCodeAt(at + m.text.length) : 32;
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after)) return true;
  }
  return false;
}


/**
 * Words that introduce a translation of a name just before it (model TRANSLATION_LEADS: "whose name translates as
 * (the)", "known in English as"). Not "meaning" or "which means": "pulled out of the talks, which means the National
 * Relief Directorate must now lead" joins two bodies (review 26 args F5).
 */
const TRANSLATION_LEAD = new RegExp(`(?:${TRANSLATION_LEADS.map((l) => l.replace(/ /g, "\\s+")).join("|")})\\s+(?:the\\s+)?$`, "i");
/** Most characters between a body and its translation ("…, a little-known armed group whose name translates as the"). */
const TRANSLATION_REACH = 90;

/**
 * True when mention `b` is a translation of body `a`'s name, in the same article: in parentheses right after it
 * ("Katibat al-Rimal (Brigade of the Sands)") or after words that say so ("Tehreek-e-Kohsar, a little-known armed
 * group whose name translates as the Movement of the Mountains"). Both bodies (a person, a place or an outlet is
 * never one), the translation two words or more, and no other body the gazetteer knows than `a`'s: "the Sultan
 * Murad Division (Syrian National Army)" names the division's owner.
 *
 * @example translatedName("Katibat al-Rimal (Brigade of the Sands) said", a, b) // true
 */
export function translatedName(text: string, a: Mention, b: Mention): boolean {
  if (!isBody(a.kind) || !isBody(b.kind) || b.text.indexOf(" ") < 0 || a.text === b.text) return false;
  if (b.gazetteerName !== null && b.gazetteerName !== a.gazetteerName) return false;
  const between = text.slice(a.end, b.start);
  // A parent group in another language in parentheses is no translation: "Katibat al-Furqan (Jamaat Nusrat al-Sunna)" (review 26 args F6).
  if (/^\s*\(\s*$/.test(between)) return text[b.end] === ")" && a.gazetteerName === null && foreignLooking(a.text) && !foreignLooking(b.text);
  return between.length <= TRANSLATION_REACH && !/[.;:()]/.test(between) && TRANSLATION_LEAD.test(between);
}

/**
 * A name written in another language than English: a lowercase particle or a hyphenated joint inside ("Katibat
 * al-Rimal", "Tehreek-e-Kohsar", "Jaish al-Adl"), or a Romance link ("Frente de …"). "the Sultan Murad Division
 * (Syrian National Army)" is English on both sides: an owner, not a translation.
 */
function foreignLooking(name: string): boolean {
  return /(?:^|[\s-])(?:al|el|ul|e|i|wal|de|del|da|di|do|du|des|la|le)(?:-|\s)\p{Lu}/u.test(name) || /\p{L}-\p{Ll}+-\p{L}/u.test(name);
}
