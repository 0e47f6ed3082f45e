/**
 * Who frees decides hostages vs prisoners when the one who frees is the object of a request: "the envoy asked the
 * militia to free 12 villagers" (an armed group frees its hostages), "the bishop urged the government to release 40
 * detainees" (a state frees its prisoners). The object is read as a captor noun (model CAPTOR_NOUNS), a state noun
 * (STATE_RELEASERS) or a country name, else by the kind stage 04 gave the name there: a country frees
 * prisoners, an organisation or group whose name has no state body in it (model STATE_BODY_WORDS) hostages.
 */
import {CAPTOR_NOUNS, REMAINING_WORD, REQUEST_HEDGES, REQUEST_RELEASE_VERBS, REQUEST_VERBS, STATE_BODY_WORDS} from "../model/figure-categories.ts";
import type {FigureCategory} from "../types.ts";
import {phraseSource} from "./regex.ts";
import {COUNTRIES, RELEASERS} from "./state-release.ts";
import {READ_LIMIT, wordsBefore} from "./words.ts";

/** The request, its object (group 1), "to" and a release verb right before the count (its hedges, model REQUEST_HEDGES, may stand between). */
const REQUEST_BEFORE = new RegExp(String.raw`(?:${phraseSource(REQUEST_VERBS)})[ \t]+([^,;:.!?()"“”]{1,40}?)[ \t]+to[ \t]+(?:${phraseSource(REQUEST_RELEASE_VERBS)})[ \t]+(?:(?:${REQUEST_HEDGES.map((h) => h.split(" ").join(String.raw`[ \t]+`)).join("|")})[ \t]+)*$`, "i");
/** Only such texts reach REQUEST_BEFORE. */
const TO_RELEASE = /\bto[ \t]+(?:free|release|hand[ \t]+over|set[ \t]+free|let[ \t]+go)\b/i;
/**
 * The words REQUEST_BEFORE can end on right before the count: a release verb's last word or one of its hedges
 * ("to free 12", "to hand over some 12", "to release at least 12").
 */
const LAST_WORDS = new Set([...REQUEST_RELEASE_VERBS, ...REQUEST_HEDGES].map((w) => w.slice(w.lastIndexOf(" ") + 1)));
const CAPTOR = new RegExp(String.raw`(?:${phraseSource(CAPTOR_NOUNS)})`, "i");
const STATE_BODY = new RegExp(String.raw`(?:${phraseSource(STATE_BODY_WORDS)})`, "i");

/** A name found by stage 04: its span in the article and its kind ("organization", "country" …). */
export interface NamedSpan {
  start: number;
  end: number;
  kind: string;
}

/** The kind of the first name inside [from, to), or null. */
function kindIn(mentions: readonly NamedSpan[], from: number, to: number): string | null {
  for (const m of mentions) if (m.start >= from && m.end <= to) return m.kind;
  return null;
}

/**
 * Whose release a request right before the count at `start` asks for: "hostages_released" when an armed group is
 * asked, "prisoners_released" when a state is, null when there is no such request or the one asked is neither.
 * `mentions` are stage 04's names (offsets in the article; `offset` is where `text` starts there).
 *
 * @example requestedRelease("The envoy asked the militia to free 12 villagers", 37) // "hostages_released"
 */
export function requestedRelease(text: string, start: number, mentions: readonly NamedSpan[] = [], offset = 0): FigureCategory | null {
  // Any other word right before the count skips the slice and both regexes (most counts: "killed 12", "of the 12").
  // Only a whole word decides: wordsBefore reads READ_LIMIT (80) characters back at most, so after a long run of
  // blanks it finds no word or a cut one ("ree" of "free"), and REQUEST_BEFORE, which reads 110, may still match.
  const read = wordsBefore(text, start, 1);
  if (read.words.length === 1 && read.starts[0] > start - READ_LIMIT && !LAST_WORDS.has(read.words[0])) return null;
  const from = Math.max(0, start - 110);
  const before = text.slice(from, start);
  if (!TO_RELEASE.test(before)) return null;
  const m = REQUEST_BEFORE.exec(before);
  if (m === null) return null;
  const object = m[1].replace(/^the[ \t]+/i, "");
  if (CAPTOR.test(object)) return "hostages_released";
  const lower = object.toLowerCase();
  const last = lower.slice(lower.lastIndexOf(" ") + 1);
  if (RELEASERS.has(last) || COUNTRIES.has(lower)) return "prisoners_released";
  const objectStart = offset + from + m.index + m[0].indexOf(m[1]) + (m[1].length - object.length);
  const kind = kindIn(mentions, objectStart, objectStart + object.length);
  if (kind === "country") return "prisoners_released";
  // An organisation (no state body in its name) or a group asked to free people holds them.
  return (kind === "group" || kind === "organization") && !STATE_BODY.test(object) ? "hostages_released" : null;
}

/** "remaining" (model REMAINING_WORD) and blanks at the end of the text before a count: "to free the remaining 4". */
const TRAILING_REMAINING = new RegExp(String.raw`\b${REMAINING_WORD}[ \t]+$`, "i");

/**
 * True when a request to free stands right before the count at `start` ("urged the kidnappers to release the three
 * remaining teachers", "called on the abductors to free the remaining four engineers"): those people's release is still
 * to come (mend 23 F9: "the remaining 40 passengers were allowed to leave" has no request and stays a release).
 *
 * @example releaseRequestedBefore("urged the gang to free the remaining 4 men", 35) // true
 */
export function releaseRequestedBefore(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - READ_LIMIT), start);
  if (!TO_RELEASE.test(before)) return false;
  before = before.replace(TRAILING_REMAINING, "");
  return REQUEST_BEFORE.test(before);
}
