import {startsLower, startsUpper} from "../events/letter-case.ts";
import {CHAIRED_ROUND_NOUNS, CHAIRED_ROUND_VOTE_WORDS, ADDRESSED_REQUEST_NOUNS, REQUEST_SENDING_AUXILIARIES, REQUEST_SENDING_VERBS, CHAIRED_NON_MEETING_WORDS, MEETING_ASIDE_DETERMINERS, MEETING_ASIDE_INTENSIFIERS, ARRANGED_AUXILIARIES, ASIDE_STOPS, DENIED_REQUEST_WORDS, FABRICATED_WORDS, FUTURE_TIME_WORDS, REQUEST_DENIAL_VERBS, LABOUR_AGENT_WORDS, MEDIATION_STATE_WORDS, MEETING_ADJUNCT_PREPOSITIONS, NON_ATTACK_STRIKE_MODIFIERS, STRIKE_NOUNS} from "../model/interaction-cues.ts";
import {PERFECT_AUXILIARIES, PASSIVE_AUX, PERSONAL_OBJECT_PRONOUNS, ATTACK_VICTIM_NOUNS, ATTACKER_OBJECT_NOUNS, DETERMINERS, GOVERNING_NOUNS, IN_ATTACK_OPENERS, GROUP_BACK_NOUNS, OBJECT_BREAKS, OBLIQUE_PREPOSITIONS, REPORTING_WORDS, SECURITY_FORCE_NOUNS} from "../model/argument-words.ts";
import {RAISING_VERBS, OWNED_MEETING_NOUNS, UNHELD_MEETING_WORDS, HANDSHAKE_GAME_WORDS, ACT_ON_PERSON_NOUNS, AGREEMENT_VERBS, ARRANGING_VERBS, HELP_LINK_WORDS, HELP_NOUNS, SENDING_VERBS, ATTACK_LIGHT_VERBS, LEADING_VERBS, LED_TRIP_NOUNS, MEDIATION_NOUNS, MEETING_NOUNS, GAME_MEETING_NOUNS, MEETING_THIRD_PARTY_NOUNS, VIOLENT_ENCOUNTER_WORDS, MILITARY_ATTACKS, NOMINAL_ATTACKS, REQUEST_NOUNS, CONVEYING_VERBS, REQUEST_OPENING_WORDS, REQUEST_TIME_OPENERS, RESPONDING_VERBS, ACTING_VERBS, TALKS_NOUNS, VISIT_NOUNS, LEGAL_APPEAL_WORDS, RECEIVED_CRITICISM_NOUNS, RECEIVING_CRITICISM_VERBS, SENT_AID_NOUNS, SENT_AID_HELP_VERBS, SENT_AID_CRAFT_NOUNS, SENT_AID_RELIEF_WORDS, SENT_NOT_AID_ACTS, CONSULTATION_NOUNS, TOOK_PLACE_VERBS, TOOK_PLACE_NOUN_REACH, TOOK_PLACE_BETWEEN_REACH, INDIRECT_TALKS_WORDS, HOSTED_MEETING_PARTICIPLES, ATTENDING_VERBS, THANKED_MEMBER_NOUNS, THANKING_MEMBER_VERBS, RECEIVED_THANKS_NOUNS, RECEIVING_THANKS_VERBS, RAISED_LETTER_NOUNS, RAISED_LETTER_COMPLAINT_WORDS, RAISED_NOT_TOPIC_WORDS} from "../model/interaction-verbs.ts";
import {mentionsNear, type PlacedMention, type SentenceFrame} from "../events/frame.ts";
import {hasWordIn, type Token} from "../events/tokens.ts";
import {isOblique, leadingGroup, nameAt, objectsAfter, subjectsBefore, titledPartiesAfter, titledPersonAt, TITLE_HEAD, type MentionGrid} from "./arguments.ts";
import {hasWord, lookupWord, wordIndex} from "../events/word-index.ts";
import type {Pair} from "./find-interactions.ts";
import {arrivalsAtSites, attendedEventIn} from "./site-arrivals.ts";
import {grantedRequest} from "./granted-requests.ts";
import {AMONG_CAPTIVE_NOUNS, AMONG_HOLDING_VERBS} from "../model/interaction-detention.ts";

const ATTACK = 1;
const VISIT = 2;
const MEDIATION = 4;
const MEETING = 8;
const TALKS = 16;
const REQUEST = 32;
const ACT_ON = 64;
const LED_TRIP = 128;
const HELP = 256;
/** Not a noun: a verb of sending a person ("dispatched B to X"), matched here as its traveller is no subject. */
const SEND = 512;
/** Round 28: criticism received ("drew criticism from A"). */
const CRITICISM = 1024;
/** Round 31: not a noun: "attended" an event held in a named place ("attended a forum in X"), site-arrivals.ts. */
const ATTEND = 2048;
/** Round 33: a sitting of talks run by a chair ("chaired the first round between B and C"), chairedRound. */
const ROUND = 4096;
/** Round 33: not a noun: thanks to a body's people ("thanked the volunteers of B"), thankedMembersOf. */
const THANKED = 8192;
/** Round 33: thanks received ("A received B's thanks"), thanksReceived. */
const THANKS = 16384;
/** Round 33: a matter raised in a letter to someone ("raised the case in a letter to B"), raisedInLetter. */
const LETTER = 32768;
/** Round 33: a person counted among a holder's captives ("B is among the captives A still keeps"), amongCaptives. */
const AMONG = 65536;
/** Every noun of the patterns with the patterns it may open (one lookup per token instead of five). */
const NOUNS = new Map<string, number>();
for (const [bit, words] of [[ATTACK, NOMINAL_ATTACKS], [VISIT, VISIT_NOUNS], [MEDIATION, [...MEDIATION_NOUNS, ...MEETING_THIRD_PARTY_NOUNS]], [MEETING, [...MEETING_NOUNS, ...CONSULTATION_NOUNS]], [TALKS, TALKS_NOUNS], [REQUEST, REQUEST_NOUNS], [ACT_ON, Object.keys(ACT_ON_PERSON_NOUNS)], [LED_TRIP, LED_TRIP_NOUNS], [HELP, HELP_NOUNS], [SEND, SENDING_VERBS], [CRITICISM, RECEIVED_CRITICISM_NOUNS], [ATTEND, ATTENDING_VERBS], [ROUND, CHAIRED_ROUND_NOUNS], [THANKED, THANKING_MEMBER_VERBS], [THANKS, RECEIVED_THANKS_NOUNS], [LETTER, RAISED_LETTER_NOUNS], [AMONG, ["among"]]] as const) {
  for (const w of words) NOUNS.set(w, (NOUNS.get(w) ?? 0) | bit);
}
const NOUN_INDEX = wordIndex(NOUNS);
/** Every noun the patterns below start from: the sentence quick filter lets these through too. */
export const NOMINAL_PATTERN_NOUNS: readonly string[] = [...NOUNS.keys()];
const LIGHT = new Set(ATTACK_LIGHT_VERBS);
const MILITARY = new Set(MILITARY_ATTACKS);
const STRIKES = new Set(STRIKE_NOUNS);
const NON_ATTACK_STRIKES = new Set(NON_ATTACK_STRIKE_MODIFIERS);
const LABOUR = new Set(LABOUR_AGENT_WORDS);

/**
 * True when some token is a noun of the patterns below (else they cannot match).
 *
 * @example hasNominalNoun(tokenize("The attack on the port.", 0)) // true
 */
export function hasNominalNoun(tokens: Token[]): boolean {
  for (const t of tokens) if (hasWord(NOUN_INDEX, t.lower, t.key)) return true;
  return false;
}

/**
 * Interactions named by a noun rather than a verb:
 * - "the A-led attack on B", "A's attack on B", "an attack by A on B" → attacked A→B;
 * - "B and C, with the mediation of A, …" / "under the mediation of A" → mediated A→B, A→C;
 * - "a meeting between A and B" → met A→B; "talks between A and B" → negotiated A→B;
 * - "the visit of a A delegation (headed by P) to B", "A's visit to B" → visited P (else A)→B;
 *   "X said he … during a visit to B" → visited X→B;
 * - "X acted at the request of A", "at A's request" → asked A→X (X may be the subject of an
 *   earlier verb of the sentence, from `earlier`).
 *
 * @example nominalInteractions(frame, grid, pairs, [])
 */
export function nominalInteractions(frame: SentenceFrame, grid: MentionGrid, out: Pair[], earlier: readonly Doers[], affiliations: Affiliations = NO_AFFILIATIONS): void {
  const t = frame.tokens;
  for (let i = 0; i < t.length; i++) {
    const kind = lookupWord(NOUN_INDEX, t[i].lower, t[i].key);
    if (kind === undefined) continue;
    if (kind & ATTACK) attack(frame, grid, i, out, earlier);
    else if (kind & VISIT) visit(frame, grid, i, out, earlier);
    else if (kind & MEDIATION && t[i + 1]?.lower === "of") mediation(frame, grid, i, out, affiliations);
    else if (kind & REQUEST) request(frame, grid, i, out, earlier);
    else if (kind & ACT_ON) actOnPerson(frame, grid, i, out);
    else if (kind & LED_TRIP) ledTrip(frame, grid, i, out, earlier);
    else if (kind & HELP) help(frame, grid, i, out, earlier);
    else if (kind & SEND) {
      sentOnTrip(frame, grid, i, out);
      aidSent(frame, grid, i, out);
    }
    else if (kind & CRITICISM) criticismReceived(frame, grid, i, out);
    else if (kind & ATTEND) attendedEventIn(frame, grid, i, out);
    else if (kind & ROUND) chairedRound(frame, grid, i, out);
    else if (kind & THANKED) thankedMembersOf(frame, grid, i, out);
    else if (kind & THANKS) thanksReceived(frame, grid, i, out);
    else if (kind & LETTER) raisedInLetter(frame, grid, i, out);
    else if (kind & AMONG) amongCaptives(frame, grid, i, out);
    else if (kind & (MEETING | TALKS)) {
      if (kind & MEETING) ownedMeetingWith(frame, grid, i, out);
      let b = betweenAfter(frame, grid, i);
      // Round 31: "Talks / consultations (on X) took place (the next day) between B and C" (tookPlaceBetween).
      if (b < 0) b = tookPlaceBetween(t, i);
      if (b < 0) continue;
      let parties = objectsAfter(frame, grid, b + 1, {gap: 1});
      // "a meeting between Kenyan President B and C": the title keeps the first party from "between".
      if (parties.length === 0) parties = titledPartiesAfter(frame, grid, b + 1);
      // Round 34: "talks between B and C, the Head of Port Guards, …": the body of C's office is no party.
      if (parties.length > 2) parties = withoutOfficeBodies(t, parties);
      // "the encounter between Arsenal and Chelsea", "… in the semi-final": a game, no meeting.
      if (GAME_MEETINGS.has(t[i].lower) && (parties.some((p) => p.mention.kind === "organization") || hasWordIn(t, NON_MEETING) || hasWordIn(t, VIOLENT_ENCOUNTER))) continue;
      const meeting = (kind & MEETING) !== 0;
      for (const p of parties.slice(1)) out.push({source: parties[0], target: p, type: meeting ? "met" : "negotiated", from: i, to: i + 1, rule: meeting ? "nominal-meeting" : "nominal-talks"});
      // Round 31: talks between two persons are also a meeting of the two ("talks in Lisbon between the mine's owner, B,
      // and the strike leader C" → B met C, as "held talks with" is); not indirect talks, carried by others.
      // Mend 31 F6: nor talks undone, to come or only sought ("talks between B and C were cancelled / are expected next
      // week", "called for talks between B and C"), as a meeting owned by B is (UNHELD_MEETING).
      if (!meeting && parties.length >= 2 && parties.every((p) => p.mention.kind === "person") && !indirectTalks(t, i) && !hasWordIn(t, UNHELD_MEETING) && t[i - 1]?.lower !== "for")
        for (const p of parties.slice(1)) out.push({source: parties[0], target: p, type: "met", from: i, to: i + 1, rule: "nominal-talks-met"});
      if (parties.length >= 2) {
        arrangedBetween(frame, grid, i, parties, out);
        arrangedBy(frame, grid, parties, out);
        atMeetingBy(frame, grid, parties, out);
      }
    }
  }
  // Round 31: "A arrived at the relief camp in X" → A visited X (site-arrivals.ts).
  arrivalsAtSites(frame, grid, out, earlier);
}

const SENT_AID = new Set(SENT_AID_NOUNS);
const SENT_AID_HELP = new Set(SENT_AID_HELP_VERBS);
const SENT_AID_CRAFT = new Set(SENT_AID_CRAFT_NOUNS);
const SENT_AID_RELIEF = new Set(SENT_AID_RELIEF_WORDS);
const SENT_NOT_AID = new Set(SENT_NOT_AID_ACTS);
/** The most words between a verb of sending and its noun of aid ("sent two corvettes and a maritime patrol aircraft"). */
const SENT_AID_REACH = 7;

/**
 * Round 28: aid sent to someone: "A sent / dispatched aid (rescuers, two helicopters …) to B", "A sent two corvettes to
 * help B" → A assisted B (model SENT_AID_NOUNS: not troops or arms, which an invasion sends too). The noun of aid comes
 * within seven words of the verb with no punctuation but a hyphen; "to" follows it within five words, then
 * (optionally "help / assist") the one helped: a country, a body, a group or a person, not a place ("sent aid to
 * Kassala" names where, not whom). The sender is the verb's subject.
 */
function aidSent(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  let k = i + 1;
  // Round 31: a model name glued by a hyphen is part of the thing sent ("two Mi-8 helicopters"), not a party.
  while (k < t.length && k <= i + SENT_AID_REACH && !SENT_AID.has(t[k].lower) && (!grid.startingAt.has(k) || modelName(grid, t, k)) && (!t[k].punct || t[k].text === "-")) k++;
  if (!SENT_AID.has(t[k]?.lower ?? "")) return;
  let to = k + 1;
  // Round 31: a range "30 to 40" is no "to" of the purpose ("a team of 30 to 40 rescuers across the border to assist B"),
  // and a later noun of aid restarts the reach.
  while (to < t.length && (to <= k + 5 || numberRange(t, to)) && (t[to].lower !== "to" || numberRange(t, to)) && (!t[to].punct || t[to].text === "-")) {
    // Round 33: where the aid set out from is no party ("sent ambulances from Velm to help B"): a name after "from" is
    // passed over whole (a town is often read as a body); any other name ends the reach.
    const start = grid.startingAt.get(to);
    if (start && t[to - 1].lower !== "from") break;
    if (start) {
      to = start.to;
      continue;
    }
    if (SENT_AID.has(t[to].lower) || numberRange(t, to)) k = to;
    to++;
  }
  if (t[to]?.lower !== "to") return;
  let j = to + 1;
  const helpSaid = SENT_AID_HELP.has(t[j]?.lower ?? "");
  if (helpSaid) j++;
  if (t[j]?.lower === "the" && grid.startingAt.has(j + 1)) j++;
  let helped = grid.startingAt.get(j);
  // Round 31: "to assist Kazakhstan's Ministry of Emergencies": the body the country owns is the one helped.
  if (helpSaid && helped) {
    const owned = /^['’]s?$/u.test(t[helped.to]?.text ?? "") ? grid.startingAt.get(helped.to + 1) : /['’]s?$/u.test(t[helped.to - 1].text) ? grid.startingAt.get(helped.to) : undefined;
    if (owned) helped = owned;
  }
  if (!helped || helped.mention.kind === "place" || helped.mention.kind === "media") return;
  // Mend 28 (review F6, F10): "sent planes to Syria to bomb rebels", "sent experts to Iran to inspect nuclear sites".
  if (t[helped.to]?.lower === "to" && SENT_NOT_AID.has(t[helped.to + 1]?.lower ?? "")) return;
  if (t.some((w, n) => w.lower === "show" && t[n + 1]?.lower === "of" && t[n + 2]?.lower === "force")) return;
  // Warships, warplanes and experts are aid only with "to help B", a plain noun of aid beside them, or a disaster told.
  let plainAid = false;
  for (let n = i + 1; n < to; n++) if (SENT_AID.has(t[n].lower) && !SENT_AID_CRAFT.has(t[n].lower)) plainAid = true;
  if (!plainAid && !helpSaid && !hasWordIn(t, SENT_AID_RELIEF)) return;
  for (const s of subjectsBefore(frame, grid, i)) if (s.index !== helped.index && s.mention.kind !== "place") out.push({source: s, target: helped, type: "assisted", from: i, to: i + 1, rule: "nominal-aid-sent"});
}

/** Round 31: true when the mention at token `k` is glued to a number by a hyphen ("Mi-8", "C-130"): a model's name. */
function modelName(grid: MentionGrid, t: readonly Token[], k: number): boolean {
  const m = grid.startingAt.get(k);
  return !!m && t[m.to]?.text === "-" && /^\d/.test(t[m.to + 1]?.text ?? "");
}

/** Round 31: true when the "to" at `k` stands between two numbers ("30 to 40"). */
function numberRange(t: readonly Token[], k: number): boolean {
  return /^\d/.test(t[k - 1]?.text ?? "") && /^\d/.test(t[k + 1]?.text ?? "");
}

const RECEIVING_CRITICISM = new Set(RECEIVING_CRITICISM_VERBS);

/**
 * Round 28: criticism received, its giver after "from": "B drew / faced / attracted (sharp) criticism (condemnation, a
 * rebuke) from A" → A criticised B (model RECEIVING_CRITICISM_VERBS, RECEIVED_CRITICISM_NOUNS). The receiver is the
 * light verb's subject; up to two lowercase words (an article, adjectives) stand between the verb and the noun.
 * "The decision drew criticism from A" names no receiver; "drew praise from A" no criticism.
 */
function criticismReceived(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (t[i + 1]?.lower !== "from") return;
  let v = i - 1;
  for (let n = 0; n < 2 && v > 0 && !RECEIVING_CRITICISM.has(t[v].lower) && !t[v].punct && startsLower(t[v].text); n++) v--;
  if (!RECEIVING_CRITICISM.has(t[v]?.lower ?? "")) return;
  const givers = objectsAfter(frame, grid, i + 2, {gap: 2});
  if (givers.length === 0) return;
  const receivers = subjectsBefore(frame, grid, v);
  for (const g of givers) for (const r of receivers) if (g.index !== r.index) out.push({source: g, target: r, type: "criticized", from: i, to: i + 1, rule: "nominal-criticism-from"});
}

/**
 * "after his release by A", "B's abduction by A", "the release of B by A": A released (abducted)
 * B. "his/her" is the closest person named before it in the sentence (none from an earlier
 * sentence: the pronoun is no subject there).
 */
function actOnPerson(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  let patients: PlacedMention[] = [];
  let by = i + 1;
  if (t[by]?.lower === "of") {
    patients = objectsAfter(frame, grid, i + 2, {gap: 2}).filter((m) => m.mention.kind === "person");
    if (patients.length === 0) return;
    by = patients[patients.length - 1].to;
  }
  if (t[by]?.lower !== "by") return;
  const agents = objectsAfter(frame, grid, by + 1, {gap: 2});
  if (agents.length === 0) return;
  if (patients.length === 0) {
    const owner = ownerBefore(frame, grid, i);
    if (!owner) return;
    patients = [owner];
  }
  const type = ACT_ON_PERSON_NOUNS[t[i].lower];
  for (const a of agents) for (const p of patients) if (a.index !== p.index) out.push({source: a, target: p, type, from: i, to: i + 1, rule: "nominal-act-by"});
}

/** The person a possessive before token `i` names: "B's release" → B; "his release" → the closest person before it. */
function ownerBefore(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention | null {
  const t = frame.tokens;
  const w = t[i - 1]?.lower ?? "";
  if (w === "his" || w === "her") {
    let best: PlacedMention | null = null;
    for (const m of mentionsNear(frame, i, 60)) if (m.to < i && m.mention.kind === "person" && (!best || m.from > best.from)) best = m;
    return best;
  }
  const m = grid.endingAt.get(i - 1);
  return m && m.mention.kind === "person" && /['’]s?$/u.test(t[i - 1].text) ? m : null;
}

/** The subjects of a verb found earlier in the sentence, and where it starts. */
export interface Doers {
  from: number;
  subjects: PlacedMention[];
}

const RESPONDING = new Set(RESPONDING_VERBS);
const ACTING = new Set(ACTING_VERBS);

/** Articles before "request/appeal from A" ("an appeal from A" as well as "a request from A"). */
const REQUEST_ARTICLES = new Set(["a", "an", "the"]);

const TIME_OPENERS = new Set(REQUEST_TIME_OPENERS);

/** Verbs after the asker that make "a request from A" a subject ("… from A was refused", "… from A had failed"). */
const REQUEST_VERB_AFTER = new Set(["was", "is", "had", "has", "were", "went", "failed", "fell"]);

/** Words a request phrase opens with: "at the request of", "upon B's request" ("in response to" is checked apart). */
const REQUEST_OPENERS = new Set(REQUEST_OPENING_WORDS);

/**
 * How many words before "for" the party thanked or praised for answering may end: "the Velm Council leadership for",
 * "Tomas Orlik on Monday for", "Tomas Orlik was thanked for".
 */
const RESPONDER_REACH = 4;
/** Object pronouns: the one thanked is unnamed ("thanked them for responding"). */
const RESPONDER_STOPS = new Set(PERSONAL_OBJECT_PRONOUNS);
/** Auxiliaries of a passive "B was thanked for …" (the argument readers' one list). */
const PASSIVE_AUXILIARIES = new Set(PASSIVE_AUX);

/**
 * The party a verb's object names right before "for responding to" / "for acting on" a request: "The mayor thanked
 * the Velm council for responding to the union's request" → the council answered the union (the union asked the
 * council, not the mayor). The mention ending nearest before `forAt` within RESPONDER_REACH tokens ("B was thanked for
 * …" finds B as well); none past a punctuation mark, an object pronoun ("thanked them for …") or the active thanking
 * verb.
 *
 * @example responderBeforeFor(frame, grid, forIndex) // [the council's mention]
 */
function responderBeforeFor(frame: SentenceFrame, grid: MentionGrid, forAt: number): PlacedMention[] {
  const t = frame.tokens;
  for (let j = forAt - 1; j >= 0 && j >= forAt - RESPONDER_REACH; j--) {
    const m = grid.endingAt.get(j);
    if (m !== undefined) return [m];
    if (t[j].punct || RESPONDER_STOPS.has(t[j].lower)) return [];
    // The thanking verb itself: past it stands its subject, who did not answer ("A thanked them for …"), unless a
    // passive's auxiliary shows the thanked one is that subject ("B was thanked for …").
    if (t[j].lower.endsWith("ed") && !PASSIVE_AUXILIARIES.has(t[j - 1]?.lower ?? "")) return [];
  }
  return [];
}

/**
 * "X freed C at the request of A", "X acted at A's request" → A asked X. X is the subject of
 * the sentence's last verb before the phrase ("X freed C, saying it had acted at the request
 * of A": "saying it" names no one itself), else the subject found before the phrase.
 */
function request(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): void {
  const t = frame.tokens;
  if (conveyedRequest(frame, grid, i, out)) return;
  // Round 33: "A approved / turned down a request from B" → B asked A (granted-requests.ts).
  if (grantedRequest(frame, grid, i, out)) return;
  if (participleRequest(frame, grid, i, out)) return;
  addressedRequest(frame, grid, i, out);
  let askers: PlacedMention[];
  let p: number;
  if (t[i + 1]?.lower === "of" && t[i - 1]?.lower === "the") {
    p = i - 2;
    askers = objectsAfter(frame, grid, i + 2, {gap: 3});
    // "at the request of the President of Ghana Kofi Mensah": the person after the titled country.
    if (askers.length === 0) askers = titledOfPerson(frame, grid, i + 2);
  } else if (t[i + 1]?.lower === "from" || t[i + 1]?.lower === "by") {
    // "in response to a (personal) request from A": one lowercase adjective may stand before the noun.
    // Round 28: the asker after "by" is the request's agent as after "from" ("after a request by A"), and a
    // headline drops the article after its opener ("X frees two miners after request by A").
    let d = i - 1;
    if (startsLower(t[d]?.text ?? "") && !REQUEST_ARTICLES.has(t[d].lower) && !REQUEST_OPENERS.has(t[d].lower)) d--;
    if (REQUEST_ARTICLES.has(t[d]?.lower ?? "")) p = d - 1;
    else if (REQUEST_OPENERS.has(t[d]?.lower ?? "") && d === i - 1) p = d;
    else return;
    // "in response to an appeal by A": the annotated sets read a plea's agent as a call, not a request.
    if (t[i + 1].lower === "by" && t[i].lower !== "request") return;
    askers = objectsAfter(frame, grid, i + 2, {gap: 3});
  } else {
    const a = grid.endingAt.get(i - 1);
    if (!a || !/['’]s?$/u.test(t[i - 1].text)) return;
    p = a.from - 1;
    askers = [a];
  }
  // "in/as a response to the request of A" acts on it; "did not respond to A's request for
  // comment" does not, nor a headline's "Release is response to A's appeal" (no doer named).
  const inResponse = t[p]?.lower === "to" && t[p - 1]?.lower === "response" && (t[p - 2]?.lower === "in" || t[p - 2]?.lower === "a");
  // "saying it was responding to a request from A", "it had acted on a request from A".
  // Not "it had not acted on a request from A".
  const answering = ((t[p]?.lower === "to" && RESPONDING.has(t[p - 1]?.lower ?? "")) || (t[p]?.lower === "on" && ACTING.has(t[p - 1]?.lower ?? ""))) && t[p - 2]?.lower !== "not" && t[p - 2]?.lower !== "never";
  if (p < 0 || (!REQUEST_OPENERS.has(t[p].lower) && !inResponse && !answering) || askers.length === 0) return;
  // "after a request from A" acts on it; "following an appeal from A" is a plea (REQUEST_TIME_OPENERS).
  if (TIME_OPENERS.has(t[p].lower) && t[i].lower === "appeal") return;
  // "At the request of A, the Red Brigade freed B": a fronted phrase ends at its comma; the name
  // after it is the main clause's subject, not a second asker (a list of askers has "and").
  const fronted = opensSentence(t, inResponse ? p - 2 : p);
  if (fronted) askers = askersBeforeComma(t, askers);
  // "after a request from A was turned down, X …": the request heads a clause of its own.
  if (REQUEST_VERB_AFTER.has(t[askers[askers.length - 1].to]?.lower ?? "")) return;
  // The last verb before the phrase first: searching back from the phrase would find that
  // verb's object ("X freed B at the request of A": B did not act).
  // Session 34: but "X thanked B for responding to A's request": the one thanked for answering it answered it.
  // When none is named there ("thanked them for responding to A's request"), no one asked the subject either.
  const forAnswering = answering && t[p - 2]?.lower === "for";
  let doers: PlacedMention[] = forAnswering ? responderBeforeFor(frame, grid, p - 2) : [];
  if (forAnswering && doers.length === 0) return;
  for (let k = earlier.length - 1; k >= 0 && doers.length === 0; k--) if (earlier[k].from < p) doers = earlier[k].subjects;
  // "after a request from A" only tells when: it goes to the doer of an interaction verb before
  // it ("X freed B after a request from A"), never to any subject ("the judge adjourned the case
  // after a request from B" is no request to the judge the annotators read).
  const timed = TIME_OPENERS.has(t[p].lower);
  if (doers.length === 0 && !timed) doers = subjectsBefore(frame, grid, p);
  // "B, released by X at A's request, …": the participle's agent acted.
  if (doers.length === 0) doers = agentRightBefore(grid, frame, p);
  // "a X commander said the movement had acted on a request from A": the group named before.
  if (doers.length === 0 && !timed) doers = groupReferredBack(frame, grid, p);
  // "At the request of A, X freed B", "In response to the request of A, the leadership of X
  // released …": a phrase opening the sentence is acted on by the subject of the verb after it.
  if (doers.length === 0 && fronted) doers = firstDoersAfter(frame, earlier, askers[askers.length - 1].to);
  for (const a of askers) for (const d of doers) if (a.index !== d.index) out.push({source: a, target: d, type: "asked", from: i, to: i + 1, rule: "nominal-request"});
}

const ADDRESSED_REQUESTS = new Set(ADDRESSED_REQUEST_NOUNS);
const DENIED_REQUEST = new Set(DENIED_REQUEST_WORDS);
const GOVERNING = new Set(GOVERNING_NOUNS);
const DENIAL_VERBS = new Set(REQUEST_DENIAL_VERBS);
const FABRICATED = new Set(FABRICATED_WORDS);
/** Most tokens between a governing denial and the request noun ("denied that there had ever been a request"). */
const DENIAL_REACH = 7;

/**
 * True when the request at `i` is denied or called fake: a denial verb shortly before it ("denied that
 * there had been a request from A to B") or "was/were fabricated|forged|…" right after its addressee
 * ending at `end` ("The request from A to B was fabricated"; review 24 F7).
 */
function deniedRequest(t: readonly Token[], i: number, end: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - DENIAL_REACH; k--) {
    if (t[k].punct) break;
    if (DENIAL_VERBS.has(t[k].lower)) return true;
  }
  const aux = t[end]?.lower;
  if (aux !== "was" && aux !== "were" && aux !== "is") return false;
  return FABRICATED.has(t[end + 1]?.lower ?? "") || (t[end + 1]?.lower === "a" && FABRICATED.has(t[end + 2]?.lower ?? ""));
}

/**
 * Round 24: a request named with its asker and its addressee, "a (personal) request from/of A to B",
 * "A's request to B", "the request of A to the leadership of B" → A asked B. The addressee follows
 * "to" at once (after "the", a governing noun and "of": GOVERNING_NOUNS, or a capitalised title), so
 * "a request from A to free B" (an infinitive) gives nothing; nor "no/without any request …".
 */
function addressedRequest(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (!ADDRESSED_REQUESTS.has(t[i].lower) || DENIED_REQUEST.has(t[i - 1]?.lower ?? "") || DENIED_REQUEST.has(t[i - 2]?.lower ?? "")) return;
  // Round 26: "the request (that) A had sent to B", "A request for X was passed to B by A".
  if (sentRequest(frame, grid, i, out)) return;
  let askers: PlacedMention[] = [];
  let k = i + 1;
  // Round 26: "a direct request by A to B" too.
  if (t[k]?.lower === "from" || t[k]?.lower === "of" || t[k]?.lower === "by") {
    askers = objectsAfter(frame, grid, k + 1, {gap: 1});
    if (askers.length > 0) k = askers[askers.length - 1].to;
  } else {
    const a = grid.endingAt.get(i - 1);
    if (a && /['’]s?$/u.test(t[i - 1].text)) askers = [a];
  }
  // Round 33: the request's carrying participle in commas after its asker: "A request from A, delivered / passed to B in
  // February, …" → A asked B (REQUEST_SENDING_VERBS).
  if (askers.length > 0 && t[k]?.text === "," && SENDING_REQUEST.has(t[k + 1]?.lower ?? "") && t[k + 2]?.lower === "to") k += 2;
  if (askers.length === 0 || t[k]?.lower !== "to") return;
  let j = k + 1;
  if (t[j]?.lower === "the") j++;
  if (GOVERNING.has(t[j]?.lower ?? "") && t[j + 1]?.lower === "of") j += t[j + 2]?.lower === "the" ? 3 : 2;
  const receiver = requestReceiver(frame, grid, k + 1);
  if (!receiver || receiver.mention.kind === "place" || receiver.mention.kind === "media") return;
  // "a request by Reuters to B for comment": a newsroom's question, no request between actors.
  if (askers.some((m) => m.mention.kind === "media") || forComment(t, i)) return;
  if (deniedRequest(t, i, receiver.to)) return;
  for (const a of askers) if (a.index !== receiver.index) out.push({source: a, target: receiver, type: "asked", from: i, to: i + 1, rule: "nominal-addressed-request"});
}

/**
 * The addressee named right after a request's "to" at token `j`: "to B", "to the B leadership", "to the
 * leadership of B" (GOVERNING_NOUNS), "to Ruritanian President B" (a capitalised title).
 */
function requestReceiver(frame: SentenceFrame, grid: MentionGrid, j: number): PlacedMention | undefined {
  const t = frame.tokens;
  if (t[j]?.lower === "the") j++;
  if (GOVERNING.has(t[j]?.lower ?? "") && t[j + 1]?.lower === "of") j += t[j + 2]?.lower === "the" ? 3 : 2;
  const receiver = grid.startingAt.get(j);
  // "a request by A to B's widow": the widow was asked, not B (review 26 verbs F9).
  if (receiver) return possessedAt(t, receiver.to) ? undefined : receiver;
  const p = titledPersonAt(frame, grid, j, 4);
  const titled = p >= 0 ? grid.startingAt.get(p) : undefined;
  return titled && !possessedAt(t, titled.to) ? titled : undefined;
}

/** True when the mention ending before token `end` is a possessor ("B's widow", "B' family"). */
function possessedAt(t: readonly Token[], end: number): boolean {
  const last = t[end - 1]?.text ?? "";
  return /['’]s?$/u.test(last) || /^['’]s?$/u.test(t[end]?.text ?? "");
}

/** True when "for comment" follows the request noun at `i` ("a request for comment was sent to B"). */
function forComment(t: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < t.length - 1; j++) if (t[j].lower === "for" && t[j + 1].lower === "comment") return true;
  return false;
}

const SENDING_REQUEST = new Set(REQUEST_SENDING_VERBS);
const SENDING_REQUEST_AUX = new Set(REQUEST_SENDING_AUXILIARIES);
/** Most tokens between a request noun and the auxiliary of its passive ("A request for X to be freed, B among them, was passed …"). */
const SENT_REQUEST_REACH = 20;

/**
 * Round 26: a request told with the verb that sent it. "the (personal) request (that / which) A (had)
 * sent / addressed / made to B" (a relative after the noun) and "A request (for …) was / had been passed /
 * sent / delivered to B by A" (the noun the passive's subject, opening its clause) → A asked B. The
 * addressee must follow "to" (model REQUEST_SENDING_VERBS, REQUEST_SENDING_AUXILIARIES); no place or
 * media on either side, no "for comment" (a newsroom's question). True when it read one.
 */
function sentRequest(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): boolean {
  const t = frame.tokens;
  let asker: PlacedMention | undefined;
  let receiver: PlacedMention | undefined;
  // The relative: "request (that|which) A (had) sent to B".
  let k = t[i + 1]?.lower === "that" || t[i + 1]?.lower === "which" ? i + 2 : i + 1;
  // "the request that President A had addressed to B": a capitalised title before the asker.
  const titled = grid.startingAt.has(k) ? k : titledPersonAt(frame, grid, k, 4);
  const a = titled >= 0 ? grid.startingAt.get(titled) : undefined;
  if (a && !/['’]s?$/u.test(t[a.to - 1].text)) {
    k = a.to;
    if (SENDING_REQUEST_AUX.has(t[k]?.lower ?? "")) k++;
    if (SENDING_REQUEST.has(t[k]?.lower ?? "") && t[k + 1]?.lower === "to") {
      asker = a;
      receiver = requestReceiver(frame, grid, k + 2);
    }
  }
  if (!asker) {
    // The passive: "A request … was passed to B by A", the noun opening its clause ("A/The (adjective) request").
    let d = i - 1;
    if (startsLower(t[d]?.text ?? "") && !REQUEST_ARTICLES.has(t[d].lower)) d--;
    if (!REQUEST_ARTICLES.has(t[d]?.lower ?? "") || (d > 0 && !t[d - 1].punct)) return false;
    for (let j = i + 1; j < t.length && j <= i + SENT_REQUEST_REACH; j++) {
      if (ASIDE_STOP.has(t[j].text)) return false;
      let v = j;
      if (t[v].lower === "had" || t[v].lower === "has" || t[v].lower === "have") v++;
      if (!SENDING_REQUEST_AUX.has(t[v].lower) || (v > j && t[v].lower !== "been") || (v === j && t[v].lower !== "was" && t[v].lower !== "were")) continue;
      if (!SENDING_REQUEST.has(t[v + 1]?.lower ?? "")) return false;
      let to = v + 2;
      if (t[to]?.lower === "on") to++;
      if (t[to]?.lower !== "to") return false;
      receiver = requestReceiver(frame, grid, to + 1);
      // "to the B leadership by A": a governing noun after the addressee is its own.
      const by = receiver ? (GOVERNING.has(t[receiver.to]?.lower ?? "") ? receiver.to + 1 : receiver.to) : -1;
      if (by < 0 || t[by]?.lower !== "by") return false;
      asker = grid.startingAt.get(by + 1);
      break;
    }
  }
  if (!asker || !receiver || asker.index === receiver.index) return false;
  if ([asker, receiver].some((m) => m.mention.kind === "place" || m.mention.kind === "media")) return false;
  // "was handed to B by A's lawyers": the possessor sent nothing.
  if (/['’]s?$/u.test(t[asker.to - 1].text) || /^['’]s?$/u.test(t[asker.to]?.text ?? "") || forComment(t, i)) return false;
  if (deniedRequest(t, i, receiver.to)) return false;
  out.push({source: asker, target: receiver, type: "asked", from: i, to: i + 1, rule: "nominal-sent-request"});
  return true;
}

/**
 * Round 27: a request or an appeal told with a participle of sending right after it, its addressee after "to"
 * and its sender after "by": "an appeal addressed to B by A", "the request sent to B by A last month" → A
 * asked B (a request) or called on B (an appeal). No place or media on either side, no "for comment", no
 * denial ("no request addressed to B by A"), no court or ruling for an appeal (LEGAL_APPEAL_WORDS). True when it read one.
 */
function participleRequest(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): boolean {
  const t = frame.tokens;
  const appeal = t[i].lower === "appeal" || t[i].lower === "appeals";
  if (!appeal && !ADDRESSED_REQUESTS.has(t[i].lower)) return false;
  // "an appeal addressed to the tribunal by B against the ban": a legal appeal, no plea.
  if (appeal && hasWordIn(t, LEGAL_APPEAL_NOUNS)) return false;
  if (!SENDING_REQUEST.has(t[i + 1]?.lower ?? "") || t[i + 2]?.lower !== "to") return false;
  const receiver = requestReceiver(frame, grid, i + 3);
  if (!receiver) return false;
  const by = GOVERNING.has(t[receiver.to]?.lower ?? "") ? receiver.to + 1 : receiver.to;
  if (t[by]?.lower !== "by") return false;
  let asker: PlacedMention | undefined = objectsAfter(frame, grid, by + 1, {gap: 3})[0] ?? titledOfPerson(frame, grid, by + 1)[0];
  // "by the governor of X, A": the person in apposition to an office of a place.
  if (asker && asker.mention.kind === "place" && t[asker.to]?.text === ",") asker = grid.startingAt.get(asker.to + 1);
  if (!asker || asker.index === receiver.index) return false;
  if ([asker, receiver].some((m) => m.mention.kind === "place" || m.mention.kind === "media")) return false;
  if (DENIED_REQUEST.has(t[i - 1]?.lower ?? "") || DENIED_REQUEST.has(t[i - 2]?.lower ?? "") || forComment(t, i) || deniedRequest(t, i, receiver.to)) return false;
  out.push({source: asker, target: receiver, type: appeal ? "called_on" : "asked", from: i, to: i + 1, rule: "nominal-participle-request"});
  return true;
}

const LEGAL_APPEAL_NOUNS = new Set(LEGAL_APPEAL_WORDS);
const CONVEYING = new Set(CONVEYING_VERBS);

/**
 * A request carried by a go-between: "A conveyed to B a (personal) request from C", "A conveyed a
 * request from C to B", "A relayed C's request to B" → A asked B and C asked B. True when it read one.
 */
function conveyedRequest(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): boolean {
  const t = frame.tokens;
  let askers: PlacedMention[] = [];
  let before = -1;
  if (t[i + 1]?.lower === "from" || t[i + 1]?.lower === "of") {
    let d = i - 1;
    if (startsLower(t[d]?.text ?? "") && !REQUEST_ARTICLES.has(t[d].lower)) d--;
    if (!REQUEST_ARTICLES.has(t[d]?.lower ?? "")) return false;
    before = d - 1;
    askers = objectsAfter(frame, grid, i + 2, {gap: 3});
    if (askers.length === 0) askers = titledOfPerson(frame, grid, i + 2);
  } else {
    const a = grid.endingAt.get(i - 1);
    if (!a || !/['’]s?$/u.test(t[i - 1].text)) return false;
    before = a.from - 1;
    askers = [a];
  }
  if (askers.length === 0 || before < 1) return false;
  let verb: number;
  let receivers: PlacedMention[];
  const b = grid.endingAt.get(before);
  // "conveyed to Mr B a request": a title before the receiver is passed over.
  let f = b ? b.from - 1 : -1;
  const titled = f > 0 && TITLE_HEAD.has(t[f].lower);
  while (f > 0 && (TITLE_HEAD.has(t[f].lower) || t[f].text === "." || (titled && startsUpper(t[f].text) && !t[f].punct && !grid.endingAt.has(f)))) f--;
  if (b && t[f]?.lower === "to" && CONVEYING.has(t[f - 1]?.lower ?? "")) {
    // "conveyed to B a request from C".
    verb = f - 1;
    receivers = [b];
  } else if (CONVEYING.has(t[before].lower)) {
    // "conveyed a request from C to B", "conveyed C's request to B".
    verb = before;
    const end = askers[askers.length - 1].to;
    const to = end > i ? end : i + 1;
    receivers = t[to]?.lower === "to" ? objectsAfter(frame, grid, to + 1, {gap: 2}) : [];
  } else return false;
  const carriers = subjectsBefore(frame, grid, verb);
  if (receivers.length === 0) return false;
  for (const r of receivers) {
    for (const c of carriers) if (c.index !== r.index) out.push({source: c, target: r, type: "asked", from: verb, to: verb + 1, rule: "conveyed-request"});
    for (const a of askers) if (a.index !== r.index) out.push({source: a, target: r, type: "asked", from: i, to: i + 1, rule: "conveyed-request"});
  }
  return true;
}

/** Words a title may take before "of <country> <name>" ("the Deputy Prime Minister of X B"). */
const TITLE_OF_WORDS = 4;

/**
 * "the President of (the) X B", "the Emir of X, B" from token `k`: the person B named right after
 * the country a capitalised title (with a head) is "of"; none otherwise.
 */
function titledOfPerson(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention[] {
  const t = frame.tokens;
  let j = t[k]?.lower === "the" ? k + 1 : k;
  let head = false;
  for (const end = j + TITLE_OF_WORDS; j < end && j < t.length && startsUpper(t[j].text) && !grid.startingAt.has(j); j++) if (TITLE_HEAD.has(t[j].lower)) head = true;
  if (!head || t[j]?.lower !== "of") return [];
  j++;
  if (t[j]?.lower === "the") j++;
  const country = grid.startingAt.get(j);
  if (!country || country.mention.kind !== "country") return [];
  const at = t[country.to]?.text === "," ? country.to + 1 : country.to;
  const person = grid.startingAt.get(at);
  return person && person.mention.kind === "person" ? [person] : [];
}

/** True when "and" or "or" stands in tokens [from, to). */
function joinedList(t: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (t[j].lower === "and" || t[j].lower === "or") return true;
  return false;
}

/**
 * The askers of a fronted request phrase up to its closing comma: the list ends at its last name
 * joined by "and/or" ("At the request of A, B and C, X freed D" keeps A, B, C; "At the request of
 * A, X freed D" keeps A).
 */
function askersBeforeComma(t: Token[], askers: PlacedMention[]): PlacedMention[] {
  let last = 0;
  for (let k = 1; k < askers.length; k++) if (joinedList(t, askers[k - 1].to, askers[k].from)) last = k;
  return askers.slice(0, last + 1);
}

/** True when token `k` opens the sentence (after an opening quote mark at most). */
function opensSentence(t: Token[], k: number): boolean {
  return k === 0 || (k === 1 && t[0].punct);
}

/**
 * The subjects of the first interaction verb after a fronted phrase ending at token `end` and its
 * comma ("At the request of A, X freed B" → X); none when no comma closes the phrase.
 */
function firstDoersAfter(frame: SentenceFrame, earlier: readonly Doers[], end: number): PlacedMention[] {
  let comma = -1;
  for (let j = end; j < frame.tokens.length && j <= end + 1; j++) if (frame.tokens[j].text === ",") comma = j;
  if (comma < 0) return [];
  for (const d of earlier) if (d.from > comma) return d.subjects.filter((m) => m.from > comma);
  return [];
}

/** The agent of "by X" ending right before token `p` ("B, released by X at A's request"), else none. */
function agentRightBefore(grid: MentionGrid, frame: SentenceFrame, p: number): PlacedMention[] {
  const m = grid.endingAt.get(p - 1);
  if (!m || m.mention.kind === "place") return [];
  const by = frame.tokens[m.from - 1]?.lower === "the" ? m.from - 2 : m.from - 1;
  return frame.tokens[by]?.lower === "by" ? [m] : [];
}

const GROUP_BACK = new Set(GROUP_BACK_NOUNS);
const REPORTS = new Set(REPORTING_WORDS);

/** True for a body written as a possessive or a modifier of a lowercase noun ("X's spokeswoman", "a X commander"), not as the one speaking. */
function ownsSpeaker(frame: SentenceFrame, m: PlacedMention): boolean {
  const t = frame.tokens;
  const next = t[m.to];
  if (/['’]s?$/u.test(t[m.to - 1].text) || next?.text === "'s" || next?.text === "’s") return true;
  return next !== undefined && !next.punct && startsLower(next.text) && !REPORTS.has(next.lower);
}
/** Words between "the group" and a request phrase: auxiliaries, adverbs, quote marks ("the group had \"responded"). */
const BACK_GAP = 5;

/**
 * "a X commander said the movement had acted on a request from A": for a phrase at `p` whose
 * subject is "the group/movement …" (within a few words before it), the one group or
 * organisation named earlier in the sentence; none when two are named or none.
 */
function groupReferredBack(frame: SentenceFrame, grid: MentionGrid, p: number): PlacedMention[] {
  const t = frame.tokens;
  let g = -1;
  for (let j = p - 1; j > 0 && j >= p - BACK_GAP && g < 0; j--) {
    if (GROUP_BACK.has(t[j].lower) && t[j - 1].lower === "the") g = j - 1;
    else if (grid.endingAt.has(j)) return [];
  }
  if (g < 0) return [];
  const bodies = mentionsNear(frame, g, 60).filter((m) => m.to <= g && (m.mention.kind === "group" || m.mention.kind === "organization"));
  // Only a body that owns or names the speaker ("X's commander", "a X commander said"); "X said
  // the group had …" speaks of another group.
  return bodies.length === 1 && ownsSpeaker(frame, bodies[0]) ? bodies : [];
}

function attack(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): void {
  const t = frame.tokens;
  let agents: PlacedMention[] = [];
  let k = i + 1;
  if (t[k]?.lower === "by") {
    agents = objectsAfter(frame, grid, k + 1, {gap: 3});
    if (agents.length === 0) return;
    k = agents[agents.length - 1].to;
  } else {
    // "A-led attack", "A's attack", "the A attack": the agent ends right before the noun;
    // a possessive agent may carry up to two adjectives ("A's devastating war").
    let j = i - 1;
    if (t[j]?.lower === "led" && t[j - 1]?.text === "-") j -= 2;
    let a = grid.endingAt.get(j);
    for (let k = 1; !a && k <= 2 && j - k >= 0; k++) {
      const cand = grid.endingAt.get(j - k);
      if (cand && /'s$|s'$/.test(t[cand.to - 1].lower)) a = cand;
      if (!startsLower(t[j - k + 1]?.text ?? "")) break;
    }
    if (!a) {
      if (!inAttack(frame, grid, i, out, earlier)) lightVerbAttack(frame, grid, i, out);
      return;
    }
    agents = [a];
  }
  if (t[k]?.lower !== "on" && t[k]?.lower !== "against") return;
  const targets = objectsAfter(frame, grid, k + 1, {gap: 2});
  for (const a of agents) for (const g of targets) out.push({source: a, target: g, type: "attacked", from: i, to: i + 1, rule: "nominal-attack"});
}

/** Words a dated attack noun may follow inside "in the … attack on B" ("the 7 October 2023"). */
const IN_ATTACK_WORDS = 6;
const IN_ATTACK_OPENING = new Set(IN_ATTACK_OPENERS);

/**
 * "X killed 30 people in the (7 October 2023) attack on B", "X-led militants killed … during an
 * assault on B": an attack noun with no agent of its own, in a phrase after a verb whose subject
 * is X (or "X-led <noun>", "X <noun>"), is X's attack → X attacked B. True when it read one.
 */
function inAttack(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): boolean {
  const t = frame.tokens;
  const k = i + 1;
  if (t[k]?.lower !== "on" && t[k]?.lower !== "against") return false;
  let p = -1;
  for (let j = i - 1; j >= 0 && j >= i - IN_ATTACK_WORDS; j--) {
    if (IN_ATTACK_OPENING.has(t[j].lower)) {
      p = j;
      break;
    }
    if (grid.endingAt.has(j) || (t[j].punct && t[j].text !== "-")) return false;
  }
  if (p < 1) return false;
  let doers: PlacedMention[] = [];
  let verbAt = -1;
  for (const d of earlier) if (d.from < p && frame.clauses[d.from] === frame.clauses[p]) [doers, verbAt] = [d.subjects, d.from];
  if (doers.length === 0) [doers, verbAt] = groupSubject(frame, grid, p);
  if (doers.length === 0 || killsAttackers(frame, doers, verbAt, p)) return false;
  // "in an attack on X beach": a spot attacked is no party (a country, a body or a person is).
  // "an attack on X beach": a name before a common noun only modifies the spot attacked.
  const targets = objectsAfter(frame, grid, k + 1, {gap: 2}).filter((g) => g.mention.kind !== "place" && !modifiesNoun(t[g.to]));
  if (doers.length === 0 || targets.length === 0) return false;
  for (const a of doers) for (const g of targets) if (a.index !== g.index) out.push({source: a, target: g, type: "attacked", from: i, to: i + 1, rule: "nominal-in-attack"});
  return true;
}

// A determiner opens a phrase of its own ("on B last year").
const NOUN_BREAKS = new Set([...OBJECT_BREAKS, ...OBLIQUE_PREPOSITIONS, ...DETERMINERS]);

/** True for a lowercase word after a name that is no break or preposition: a noun the name modifies ("Lido beach"). */
function modifiesNoun(w: Token | undefined): boolean {
  return w !== undefined && !w.punct && startsLower(w.text) && !NOUN_BREAKS.has(w.lower);
}

/**
 * The group a sentence opens with as "X-led <noun>" or "X <plural noun>" ("Karst Front-led
 * militants killed …", "Karst Front fighters killed …") when a lowercase verb follows the noun
 * before token `p`; else none.
 */
function groupSubject(frame: SentenceFrame, grid: MentionGrid, p: number): [PlacedMention[], number] {
  const t = frame.tokens;
  const m = grid.startingAt.get(t[0]?.lower === "the" ? 1 : 0);
  if (!m || (m.mention.kind !== "organization" && m.mention.kind !== "group")) return [[], -1];
  let j = m.to;
  if (t[j]?.text === "-" && t[j + 1]?.lower === "led") j += 2;
  if (!PLURAL_NOUN.test(t[j]?.text ?? "") || j + 1 >= p || !startsLower(t[j + 1].text)) return [[], -1];
  return [[m], j + 1];
}

const ATTACKER_OBJECTS = new Set(ATTACKER_OBJECT_NOUNS);
const SECURITY_FORCES = new Set(SECURITY_FORCE_NOUNS);
const ATTACK_VICTIMS = new Set(ATTACK_VICTIM_NOUNS);

/**
 * True when the verb at `verbAt` (before the "in/during" at `p`) kills or fights the attackers, not
 * the victims: its object holds an attacker noun ("Pakistani troops killed 33 militants in the attack
 * on B"), or its subject is a security force ("French police", "Kenyan forces") and the object holds
 * no victims noun ("killed 30 civilians" still reads the force as the attacker). Review 22, F15.
 */
function killsAttackers(frame: SentenceFrame, doers: readonly PlacedMention[], verbAt: number, p: number): boolean {
  const t = frame.tokens;
  if (verbAt < 0) return false;
  let victims = false;
  for (let j = verbAt + 1; j < p; j++) {
    if (ATTACKER_OBJECTS.has(t[j].lower)) return true;
    if (ATTACK_VICTIMS.has(t[j].lower)) victims = true;
  }
  if (victims) return false;
  for (const d of doers) for (let j = d.to; j < verbAt && j < d.to + 3; j++) if (SECURITY_FORCES.has(t[j].lower)) return true;
  return false;
}

/**
 * "A resumed airstrikes across B", "A launched an offensive on B": the light verb's subject
 * is the agent; the target follows on/against, or across/in for a place or country.
 */
function lightVerbAttack(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  // "resumed strikes on X" (a place or country) is military; "began strikes in Lagos" may be labour.
  const strike = STRIKES.has(t[i].lower);
  if (!MILITARY.has(t[i].lower) && !strike) return;
  // "launched hunger strikes against X": a protest, no attack.
  if (strike && NON_ATTACK_STRIKES.has(t[i - 1]?.lower ?? "")) return;
  // Up to two words between verb and noun ("launched a new offensive", "carried out raids").
  let v = -1;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (LIGHT.has(t[j].lower)) {
      v = j;
      break;
    }
    if (!startsLower(t[j].text)) return;
  }
  if (v < 0) return;
  const k = i + 1;
  const prep = t[k]?.lower;
  if (prep !== "on" && prep !== "against" && prep !== "across" && prep !== "in") return;
  const g = nameAt(frame, grid, k + 1);
  if (!g) return;
  if ((prep === "across" || prep === "in" || strike) && g.mention.kind !== "place" && g.mention.kind !== "country") return;
  if (strike && prep !== "on" && prep !== "against") return;
  // "strikes on South Africa's platinum belt": something of the country's, no military target.
  if (strike && (POSSESSIVE_END.test(t[g.to]?.text ?? "") || POSSESSIVE_END.test(t[g.to - 1].text))) return;
  let agents = subjectsBefore(frame, grid, v);
  // "the National Union of Mineworkers launched strikes on …", "X prisoners launched strikes": labour or protest.
  if (strike) agents = agents.filter((a) => !labourAgent(frame, a));
  for (const a of agents) out.push({source: a, target: g, type: "attacked", from: i, to: i + 1, rule: "nominal-light-attack"});
}

const POSSESSIVE_END = /^(?:['’]s?|.+['’]s)$/u;
/** A lowercase plural noun ("militants", "fighters"). */
const PLURAL_NOUN = /^\p{Ll}{2,}[^s'’]s$/u;

/** True when an agent's name, or the noun right after it ("Fatah prisoners"), is a word of LABOUR_AGENT_WORDS. */
function labourAgent(frame: SentenceFrame, a: PlacedMention): boolean {
  const t = frame.tokens;
  for (let k = a.from; k < a.to; k++) if (LABOUR.has(t[k].lower)) return true;
  return LABOUR.has(t[a.to]?.lower ?? "");
}

const JOINING: ReadonlySet<string> = new Set(MEETING_THIRD_PARTY_NOUNS);

/** Title words a mediator may stand after ("with the mediation of Ruritanian Foreign Minister B"). */
const MEDIATOR_TITLE_WORDS = 4;

/**
 * The mediators named from token `k`: within two words, or after up to four capitalised title
 * words with a head among them ("of Ruritanian Foreign Minister B").
 */
function mediatorsAt(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention[] {
  const near = objectsAfter(frame, grid, k, {gap: 2});
  if (near.length > 0) return near;
  const j = titledPersonAt(frame, grid, k, MEDIATOR_TITLE_WORDS);
  return j >= 0 ? objectsAfter(frame, grid, j, {gap: 0}) : [];
}

const MEDIATION_STATES: ReadonlySet<string> = new Set(MEDIATION_STATE_WORDS);

function mediation(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], affiliations: Affiliations): void {
  const t = frame.tokens;
  let mediators = mediatorsAt(frame, grid, i + 2);
  // Review 23 F10: "with the mediation of Qatar, Egypt said": the speaker after the comma is no mediator.
  const speaker = mediators.findIndex((m, n) => n > 0 && t[m.from - 1]?.text === "," && REPORTS.has(t[m.to]?.lower ?? ""));
  if (speaker > 0) mediators = mediators.slice(0, speaker);
  if (mediators.length === 0) return;
  // "…, with the mediation of Qatar stalled since May": an absolute clause on the mediation's state.
  const state = t[mediators[mediators.length - 1].to];
  if (state && !state.punct && startsLower(state.text) && (state.lower.endsWith("ed") || MEDIATION_STATES.has(state.lower))) return;
  const joining = JOINING.has(t[i].lower);
  // Parties: "between B and C" after the mediators, else the coordination just before
  // "(, ) with/under the mediation".
  let parties: PlacedMention[] = [];
  const after = mediators[mediators.length - 1].to;
  if (t[after]?.lower === "between") parties = objectsAfter(frame, grid, after + 1, {gap: 1});
  let negotiators = false;
  if (parties.length === 0) {
    let j = i - 1;
    if (t[j]?.lower === "the") j--;
    const w = t[j]?.lower;
    // "in the presence of A", never "the presence of A in B" or "A's presence".
    if (t[i].lower === "presence" ? w === "in" && t[i - 1].lower === "the" : w === "with" || (!joining && (w === "under" || w === "through" || w === "via"))) j--;
    else return;
    if (t[j]?.text === ",") j--;
    // "initialled a deal at the White House with the mediation of A": a place is no party.
    const last = grid.endingAt.get(j);
    parties = last && !isOblique(frame, last) ? coordinatedBack(frame, grid, last) : last ? [] : partiesBetween(frame, grid, i);
    // "A met B in X on Monday with the mediation of C": past the meeting's place and time.
    if (parties.length === 0) parties = metBeforeAdjuncts(frame, grid, j, out);
    // "A met B in the presence of C", "A met B with the participation of C": the meeting's subject
    // is a side too (the met pair found from the verb whose object ends the list).
    const met = parties.length > 0 ? out.find((p) => p.type === "met" && p.target === parties[0] && p.to <= parties[0].from) : undefined;
    if (met && !parties.includes(met.source)) parties.unshift(met.source);
    // "Biden met Netanyahu in the presence of Blinken", "Xi met Modi with the participation of Wang
    // Yi": at a meeting the people present are mostly a side's own aides; only a third party
    // mediates (review 22, F17).
    if (met) {
      mediators = mediators.filter((m, n) => thirdParty(frame, m, n === 0 ? i + 2 : mediators[n - 1].to, parties, affiliations));
      if (mediators.length === 0) return;
    }
    // "with the participation of C" names a third party of a meeting only.
    if (joining && !met) return;
    // "B and C exchanged prisoners with the mediation of A": the clause's coordinated subjects,
    // who negotiated with each other (docs/evaluation.md).
    if (parties.length === 0) {
      parties = leadingGroup(frame, grid, i, {firstOnly: true});
      negotiators = parties.length >= 2 && agreedBetween(frame, parties[parties.length - 1].to, i);
    }
  } else if (t[i].lower === "presence" || joining) return;
  for (const m of mediators) for (const p of parties) out.push({source: m, target: p, type: "mediated", from: i, to: i + 1, rule: "nominal-mediation"});
  if (negotiators) for (const p of parties.slice(1)) out.push({source: parties[0], target: p, type: "negotiated", from: i, to: i + 1, rule: "nominal-mediation-parties"});
}

/**
 * The persons met right before place and time adjuncts ending at token `j` ("met B and C in X on
 * 3 May" → B, C): the adjuncts are "in/at/on/near" phrases of places, countries and dates; the
 * list must be the object of a met pair already found. Empty when no adjunct stands there.
 */
function metBeforeAdjuncts(frame: SentenceFrame, grid: MentionGrid, j: number, out: readonly Pair[]): PlacedMention[] {
  const k = beforeMeetingAdjuncts(frame, grid, j);
  if (k < 0 || k === j) return [];
  const last = grid.endingAt.get(k);
  if (!last || !out.some((p) => p.type === "met" && p.target === last && p.to <= last.from)) return [];
  return coordinatedBack(frame, grid, last);
}

/**
 * Walks back from token `j` over a meeting's place and date adjuncts ("in Cairo", "on Monday",
 * MEETING_ADJUNCT_PREPOSITIONS + a place/country mention or a date mention) and returns the index of
 * the token before them (`j` itself when there are none), or -1 when a date has no preposition.
 */
export function beforeMeetingAdjuncts(frame: SentenceFrame, grid: MentionGrid, j: number): number {
  const t = frame.tokens;
  let k = j;
  while (k >= 0) {
    const place = grid.endingAt.get(k);
    if (place && (place.mention.kind === "place" || place.mention.kind === "country") && ADJUNCT_PREPOSITIONS.has(t[place.from - 1]?.lower ?? "")) k = place.from - 2;
    else if (inDate(frame, t[k])) {
      while (k >= 0 && inDate(frame, t[k])) k--;
      if (!ADJUNCT_PREPOSITIONS.has(t[k]?.lower ?? "")) return -1;
      k--;
    } else break;
  }
  return k;
}

const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(MEETING_ADJUNCT_PREPOSITIONS);

/** True when the token lies inside one of the sentence's date mentions. */
function inDate(frame: SentenceFrame, tok: Token | undefined): boolean {
  if (!tok) return false;
  for (const d of frame.dates) if (tok.start >= d.start && tok.end <= d.end) return true;
  return false;
}

/** Gazetteer affiliations by canonical name ("Antony Blinken" → "United States", "Kremlin" → "Russia"). */
export type Affiliations = ReadonlyMap<string, string>;
const NO_AFFILIATIONS: Affiliations = new Map();

/** The mention's canonical name and the affiliations it leads to (at most three steps). */
function affiliationChain(m: PlacedMention, affiliations: Affiliations): string[] {
  const out = [m.mention.gazetteerName ?? m.mention.name];
  for (let a = affiliations.get(out[0]); a !== undefined && out.length < 4 && !out.includes(a); a = affiliations.get(a)) out.push(a);
  return out;
}

/**
 * True when mediator `m` (named from token `from`) is a third party of a meeting between
 * `parties`: a state, a known body or one named in more than one word, or a person with a title in the text ("of Labour Minister C") or a
 * known affiliation, and in either case not of a side's own (its affiliation is no side nor a
 * side's affiliation: "Wang Yi" is China's, as "Xi" is). A bare unknown name (no title, no
 * affiliation) is no third party: "in the presence of Blinken and Austin". Review 22, F17.
 */
function thirdParty(frame: SentenceFrame, m: PlacedMention, from: number, parties: readonly PlacedMention[], affiliations: Affiliations): boolean {
  const own = affiliationChain(m, affiliations);
  const sides = new Set(parties.flatMap((p) => affiliationChain(p, affiliations)));
  if (own.slice(1).some((a) => sides.has(a)) || parties.some((p) => affiliationChain(p, affiliations).slice(1).includes(own[0]))) return false;
  // A body only when known or named in full: a lone unknown capitalised word ("Austin") may be a
  // person read as a body.
  if (m.mention.kind !== "person") return m.mention.kind === "country" || m.mention.gazetteerName !== null || m.mention.name.includes(" ");
  if (own.length > 1 || m.mention.title) return true;
  for (let j = from; j < m.from; j++) if (TITLE_HEAD.has(frame.tokens[j].lower)) return true;
  return false;
}

const AGREEING = new Set(AGREEMENT_VERBS);

/** True when a verb of meeting or agreeing stands in tokens [from, to) ("A and B signed a deal with …"). */
function agreedBetween(frame: SentenceFrame, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (AGREEING.has(frame.tokens[j].lower)) return true;
  return false;
}

/**
 * "talks between B and C took place with the mediation of A": the parties after the last
 * "between" of the clause before token `i` (within 25 tokens), when they end before it.
 */
function partiesBetween(frame: SentenceFrame, grid: MentionGrid, i: number): PlacedMention[] {
  const {tokens, clauses} = frame;
  for (let j = i - 1; j >= 0 && j >= i - 25 && clauses[j] === clauses[i]; j--) {
    if (tokens[j].lower !== "between") continue;
    const parties = objectsAfter(frame, grid, j + 1, {gap: 1});
    return parties.length >= 2 && parties[parties.length - 1].to <= i ? parties : [];
  }
  return [];
}

/** "B and C" read backwards from C (local copy: only "and" and commas). */
function coordinatedBack(frame: SentenceFrame, grid: MentionGrid, last: PlacedMention): PlacedMention[] {
  const out = [last];
  let cur = last;
  let and = false;
  for (let guard = 0; guard < 8; guard++) {
    let j = cur.from - 1;
    if (frame.tokens[j]?.lower === "and") {
      j--;
      and = true;
    } else if (frame.tokens[j]?.text === ",") j--;
    else break;
    if (frame.tokens[j]?.text === ",") j--;
    const prev = grid.endingAt.get(j);
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  // "a member of the X bureau, B, in the presence of C": names joined by commas alone are an
  // apposition, not a list of parties.
  return and ? out : [last];
}

/** Destination right after "to" ("to Moscow", "to the Vatican"), place-like kinds only. */
function destination(frame: SentenceFrame, grid: MentionGrid, k: number): PlacedMention | null {
  const t = frame.tokens;
  if (t[k]?.lower !== "to") return null;
  const m = nameAt(frame, grid, k + 1);
  return m && (m.mention.kind === "place" || m.mention.kind === "country" || m.mention.kind === "organization") ? m : null;
}

/**
 * "after a visit to B by A", "the visit to B last week by A": A visited B, the traveller named
 * after "by" at most three words past the destination. A possessive owner of a title stands for
 * the title's holder ("by the mayor's envoy P" → P). Nothing when no "by" follows ("a visit to B
 * by car" names no traveller: the word after "by" must be a name). True when it pushed the row.
 */
function visitToBy(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): boolean {
  const t = frame.tokens;
  const dest = destination(frame, grid, i + 1);
  if (!dest) return false;
  let by = dest.to;
  while (by < t.length && by < dest.to + VISIT_BY_GAP && t[by].lower !== "by" && startsLower(t[by].text)) by++;
  if (t[by]?.lower !== "by") return false;
  let traveller = nameAt(frame, grid, by + 1);
  if (!traveller) return false;
  // "by the mayor's envoy P": up to two lowercase title words after a possessive owner, then P.
  if (/['’]s?$/u.test(t[traveller.to - 1].text)) {
    let h = traveller.to;
    while (h < traveller.to + 2 && !grid.startingAt.has(h) && startsLower(t[h]?.text ?? "")) h++;
    const holder = h > traveller.to ? grid.startingAt.get(h) : undefined;
    if (holder && holder.mention.kind === "person") traveller = holder;
    else if (traveller.mention.kind !== "person") return false;
  } else {
    // "by the UN envoy P": a body that only qualifies a title stands for its holder.
    traveller = objectsAfter(frame, grid, by + 1, {gap: 1})[0] ?? traveller;
  }
  if (traveller.index === dest.index) return false;
  // "a visit to B by US House Speaker P": a country before a capitalised title is where the
  // traveller comes from; the title hides P from objectsAfter, and the country travels nowhere.
  if (traveller.mention.kind === "country") return false;
  out.push({source: traveller, target: dest, type: "visited", from: i, to: i + 1, rule: "nominal-visit-by"});
  return true;
}

/** Most lowercase words between a visit's destination and "by" ("a visit to B last week by A"). */
const VISIT_BY_GAP = 3;

/** Words before "a visit to B" that make the visit the clause subject's own ("during a visit to B"). */
const DURING = new Set(["during", "on", "in"]);
/** Pronouns that may stand for the subject of a clause a visit phrase hangs on. */
const DOER_PRONOUNS = new Set(["he", "she"]);

/**
 * The doer of the clause a phrase at `p` hangs on: a "he/she" within 12 words before it, when
 * it resolves ("X said he had met C during a visit to B" → X), else the subject of the
 * sentence's last verb before `p`. Null when neither names one person, group or organisation.
 */
function clauseDoer(frame: SentenceFrame, grid: MentionGrid, p: number, earlier: readonly Doers[]): PlacedMention | null {
  const t = frame.tokens;
  let doers: PlacedMention[] = [];
  for (let j = p - 1; j >= 0 && j >= p - 12 && !t[j].punct; j--) {
    if (!DOER_PRONOUNS.has(t[j].lower)) continue;
    doers = subjectsBefore(frame, grid, j + 1);
    break;
  }
  for (let k = earlier.length - 1; k >= 0 && doers.length === 0; k--) if (earlier[k].from < p) doers = earlier[k].subjects;
  return doers.length === 1 ? doers[0] : null;
}

const LEADING = new Set(LEADING_VERBS);
/** Subordinators a leading participle may follow and share the main clause's subject ("while leading …"). */
const PARTICIPLE_SUBORDINATORS = new Set(["while", "when", "after", "before"]);

/**
 * "A, who led the group's delegation to B", "A met C while leading a X delegation to B" → A
 * visited B: a verb of leading up to four words before the noun (a determiner, a name, a
 * possessive), the destination right after "to". The leader is the verb's subject; after
 * "while/when …" the subject of the sentence's last verb. Persons only.
 */
function ledTrip(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): void {
  const t = frame.tokens;
  const dest = destination(frame, grid, i + 1);
  if (!dest) return;
  let v = -1;
  for (let j = i - 1; j >= 0 && j >= i - 5 && v < 0; j--) {
    if (LEADING.has(t[j].lower)) v = j;
    else if (t[j].punct && t[j].text !== "'" && t[j].text !== "’") return;
  }
  if (v < 1) return;
  let leaders: PlacedMention[] = [];
  if (t[v].lower.endsWith("ing") && PARTICIPLE_SUBORDINATORS.has(t[v - 1].lower)) {
    for (let k = earlier.length - 1; k >= 0 && leaders.length === 0; k--) if (earlier[k].from < v) leaders = earlier[k].subjects;
  } else leaders = subjectsBefore(frame, grid, v);
  if (!leaders.some((a) => a.mention.kind === "person")) return;
  for (const a of leaders) if (a.mention.kind === "person") out.push({source: a, target: dest, type: "visited", from: i, to: i + 1, rule: "nominal-led-trip"});
  // "A led a Hamas delegation to B": the body the delegation speaks for made the trip too.
  const body = sendingBody(grid, t, i);
  if (body) out.push({source: body, target: dest, type: "visited", from: i, to: i + 1, rule: "nominal-led-trip"});
}

const TRIP_NOUNS = new Set(LED_TRIP_NOUNS);

/**
 * The body a delegation speaks for, named right before its noun at token i ("a Hamas delegation" → Hamas): an
 * organisation or group, not a possessive ("the group's delegation" names none), not a person or a place.
 *
 * @example sendingBody(grid, tokensOf("led a Hamas delegation to Moscow"), 3) // the Hamas mention
 */
function sendingBody(grid: MentionGrid, t: readonly Token[], i: number): PlacedMention | null {
  if (!TRIP_NOUNS.has(t[i]?.lower ?? "")) return null;
  const body = grid.endingAt.get(i - 1);
  if (!body || /['’]s?$/u.test(t[i - 1].text)) return null;
  return body.mention.kind === "organization" || body.mention.kind === "group" ? body : null;
}

function visit(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): void {
  const t = frame.tokens;
  let traveller: PlacedMention | null = null;
  // "the visit of a Hamas delegation headed by P to B": Hamas, whose delegation P led, visited B too.
  let body: PlacedMention | null = null;
  let k = i + 1;
  if (t[k]?.lower === "to" && visitToBy(frame, grid, i, out)) return;
  if (t[k]?.lower === "of" || t[k]?.lower === "by") {
    // "the visit of a Hamas delegation headed by P to B": the first name, then its head if given.
    for (let j = k + 1; j < t.length && j < k + 5 && !traveller; j++) {
      traveller = grid.startingAt.get(j) ?? null;
      if (!traveller && t[j].punct) return;
    }
    if (!traveller) return;
    k = traveller.to;
    if (startsLower(t[k]?.text ?? "") && t[k].lower !== "to") k++;
    if ((t[k]?.lower === "headed" || t[k]?.lower === "led") && t[k + 1]?.lower === "by") {
      // Up to eight lowercase words of a title before the head ("led by senior council member P",
      // "headed by deputy head of the militia's river unit P"); "to" ends it (the destination).
      let h = k + 2;
      while (h < k + 10 && !grid.startingAt.has(h) && (startsLower(t[h]?.text ?? "") || t[h]?.text === "'" || t[h]?.text === "’") && t[h].lower !== "to") h++;
      const head = grid.startingAt.get(h);
      if (head && head.mention.kind === "person") {
        body = sendingBody(grid, t, traveller.to);
        traveller = head;
        k = head.to;
      }
    }
  } else if (t[i - 1]?.lower === "a" && DURING.has(t[i - 2]?.lower ?? "")) {
    // "X said he had raised it during a visit to B": the traveller is the clause's doer.
    traveller = clauseDoer(frame, grid, i - 2, earlier);
    if (!traveller) return;
  } else if ((t[i - 1]?.lower === "his" || t[i - 1]?.lower === "her") && DURING.has(t[i - 2]?.lower ?? "")) {
    // "A told B during his visit to X": "his" is the closest person named before it.
    traveller = ownerBefore(frame, grid, i);
    if (!traveller) return;
  } else {
    // "A's visit to B": the possessive ends right before the noun.
    const a = grid.endingAt.get(i - 1);
    if (!a || !/['’]s?$/u.test(t[i - 1].text)) return;
    traveller = a;
  }
  const dest = destination(frame, grid, k);
  if (dest) out.push({source: traveller, target: dest, type: "visited", from: i, to: i + 1, rule: "nominal-visit"});
  if (dest && body) out.push({source: body, target: dest, type: "visited", from: i, to: i + 1, rule: "nominal-visit"});
}

const ARRANGING = new Set(ARRANGING_VERBS);
const OWNED_MEETINGS = new Set(OWNED_MEETING_NOUNS);
const UNHELD_MEETING = new Set([...UNHELD_MEETING_WORDS, ...HANDSHAKE_GAME_WORDS]);

/**
 * Round 29: a meeting owned by one side, "with" the other: "A's meeting / conversation / call with B" → A met B
 * (OWNED_MEETING_NOUNS). The owner is a person or a body written as a possessive right before the noun; none when the
 * sentence tells the meeting undone or to come ("A's meeting with B was cancelled / is planned": UNHELD_MEETING_WORDS)
 * or a game ("A's meeting with B in the final": HANDSHAKE_GAME_WORDS).
 */
function ownedMeetingWith(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (!OWNED_MEETINGS.has(t[i].lower) || t[i + 1]?.lower !== "with") return;
  // "A's visit to B" as in nominalVisit: the possessive ends the token right before the noun.
  const owner = /['’]s?$/u.test(t[i - 1]?.text ?? "") ? grid.endingAt.get(i - 1) : undefined;
  if (!owner || owner.mention.kind === "place" || owner.mention.kind === "media" || hasWordIn(t, UNHELD_MEETING)) return;
  const other = objectsAfter(frame, grid, i + 2, {gap: 2});
  for (const b of other) if (b.index !== owner.index && b.mention.kind !== "place" && b.mention.kind !== "media" && !/['’]s?$/u.test(t[b.to - 1]?.text ?? "") && !/^['’]s?$/u.test(t[b.to]?.text ?? "")) {
    // (Mend 29, review F3: not "A's meeting with B's lawyer": the one met is B's.)
    out.push({source: owner, target: b, type: "met", from: i, to: i + 1, rule: "nominal-owned-meeting"});
  }
}

/**
 * "A arranged a meeting between B and C", "A organised direct talks between B and C": A
 * mediated each party. The verb stands at most three words before the noun (a determiner and
 * an adjective: "set up a first meeting"); "set" only with "up". Its subject, found as for any
 * verb, must be none of the parties.
 */
function arrangedBetween(frame: SentenceFrame, grid: MentionGrid, i: number, parties: PlacedMention[], out: Pair[]): void {
  const t = frame.tokens;
  let v = -1;
  for (let j = i - 1; j >= 0 && j >= i - 4 && v < 0; j--) {
    if (ARRANGING.has(t[j].lower) && (t[j].lower !== "set" || t[j + 1]?.lower === "up")) v = j;
    else if (!startsLower(t[j].text) || t[j].punct) return;
  }
  // "refused/offered to arrange a meeting between …": no meeting set up (yet).
  if (v < 1 || t[v - 1].lower === "to") return;
  const arrangers = subjectsBefore(frame, grid, v).filter((a) => !parties.some((p) => p.index === a.index));
  for (const a of arrangers) for (const p of parties) out.push({source: a, target: p, type: "mediated", from: v, to: v + 1, rule: "nominal-arranged-between"});
}

const THANKED_MEMBERS: ReadonlySet<string> = new Set(THANKED_MEMBER_NOUNS);
const MEMBER_LINKS: ReadonlySet<string> = new Set(["of", "from", "at"]);
const THANKS_NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't"]);
/** Round 33: most lowercase words between "thanked" and the people thanked ("thanked all the brave firefighters of B"). */
const THANKED_MEMBER_REACH = 3;

/**
 * Round 33: thanks to a body's people are thanks to the body: "A thanked the firefighters of B", "A thanked workers
 * from B (after the storm)" → A thanked B (model THANKED_MEMBER_NOUNS). The people follow the verb within a few
 * lowercase words, then "of / from / at" and the body (an organisation, a group or a country, not a person or a place).
 * Not negated ("never thanked the staff of B").
 */
function thankedMembersOf(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  // Mend 33 (review F9): the negation may stand a word or two back ("has not yet thanked", "never publicly thanked").
  if (negatedBefore(t, i)) return;
  let j = i + 1;
  while (j < t.length && j <= i + THANKED_MEMBER_REACH && !THANKED_MEMBERS.has(t[j].lower) && !t[j].punct && startsLower(t[j].text)) j++;
  if (!THANKED_MEMBERS.has(t[j]?.lower ?? "") || !MEMBER_LINKS.has(t[j + 1]?.lower ?? "")) return;
  const at = t[j + 2]?.lower === "the" ? j + 3 : j + 2;
  const body = grid.startingAt.get(at);
  if (!body || body.mention.kind === "person" || body.mention.kind === "place" || body.mention.kind === "media") return;
  // "thanked two members of the Red Cross, B and C, …": the people are named after the body, and they are the thanked.
  if (t[body.to]?.text === "," && grid.startingAt.has(body.to + 1)) return;
  for (const s of subjectsBefore(frame, grid, i)) if (s.index !== body.index && s.mention.kind !== "place") out.push({source: s, target: body, type: "thanked", from: i, to: i + 1, rule: "nominal-thanked-members"});
}

/** Mend 33: true when "not / never / n't" stands within three words before token `v`, no punctuation between. */
function negatedBefore(t: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3 && !t[k].punct; k--) if (THANKS_NEGATIONS.has(t[k].lower)) return true;
  return false;
}

const RECEIVING_THANKS: ReadonlySet<string> = new Set(RECEIVING_THANKS_VERBS);

/**
 * Round 33: thanks told from the side of the one thanked: "In a call, A received B's thanks for the release", "A got B's
 * gratitude" → B thanked A (model RECEIVED_THANKS_NOUNS, RECEIVING_THANKS_VERBS). The giver is the possessor right
 * before the noun, the receiver the receiving verb's subject; not negated ("never received B's thanks").
 */
function thanksReceived(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  // "B's thanks": the possessive glued to the name, or standing as its own token.
  const glued = grid.endingAt.get(i - 1);
  const g = glued && /['’]s?$/u.test(t[i - 1].text) ? glued : /^['’]s?$/u.test(t[i - 1]?.text ?? "") ? grid.endingAt.get(i - 2) : undefined;
  if (!g || g.mention.kind === "place" || g.mention.kind === "media") return;
  // "accepted Mayor B's thanks": up to three capitalised title words before the giver.
  let v = g.from - 1;
  for (let n = 0; n < 3 && v > 0 && !RECEIVING_THANKS.has(t[v].lower) && startsUpper(t[v].text) && !t[v].punct; n++) v--;
  if (!RECEIVING_THANKS.has(t[v]?.lower ?? "") || THANKS_NEGATIONS.has(t[v - 1]?.lower ?? "")) return;
  for (const r of subjectsBefore(frame, grid, v)) if (r.index !== g.index && r.mention.kind !== "place") out.push({source: g, target: r, type: "thanked", from: i, to: i + 1, rule: "nominal-thanks-received"});
}

const RAISING: ReadonlySet<string> = new Set(RAISING_VERBS);
const RAISED_NOT_TOPIC: ReadonlySet<string> = new Set([...RAISED_NOT_TOPIC_WORDS, ...RAISED_LETTER_COMPLAINT_WORDS]);
const LETTER_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "his", "her", "their", "its", "the"]);
/** Round 33: most tokens from "raised" back from the letter's "in" ("raised the two cases in September, in a letter"). */
const RAISED_LETTER_REACH = 10;

/**
 * Round 33: a matter raised in writing to someone is a request of them: "A raised the crew's plight in a handwritten letter
 * to B", "A raised the missing sailors again in June, in a letter to B" → A asked B (the held-out
 * golds read such letters as asked, while "raised … with B" in person is a meeting). "in a (capitalised or lowercase
 * modifier) letter to B", the receiver as a request's (requestReceiver), and "raised" within a few tokens before "in",
 * with no money, child, alarm or figure raised (RAISED_NOT_TOPIC_WORDS); the asker is the verb's subject.
 */
function raisedInLetter(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (t[i + 1]?.lower !== "to") return;
  let d = i - 1;
  for (let n = 0; n < 2 && d > 0 && !LETTER_DETERMINERS.has(t[d].lower) && !t[d].punct && !grid.startingAt.has(d); n++) d--;
  if (!LETTER_DETERMINERS.has(t[d]?.lower ?? "") || t[d - 1]?.lower !== "in") return;
  let v = d - 2;
  while (v >= 0 && v >= d - RAISED_LETTER_REACH && !RAISING.has(t[v].lower) && (!t[v].punct || t[v].text === ",")) v--;
  // Mend 33 (review F10): not negated ("never raised the matter in a letter to B").
  if (!RAISING.has(t[v]?.lower ?? "") || PASSIVE_BE.has(t[v - 1]?.lower ?? "") || negatedBefore(t, v)) return;
  for (let k = v + 1; k < d - 1; k++) if (RAISED_NOT_TOPIC.has(t[k].lower) || /^[$€£¥]/u.test(t[k].text) || (/\d/.test(t[k].text) && !grid.startingAt.has(k))) return;
  const receiver = requestReceiver(frame, grid, i + 2);
  if (!receiver || receiver.mention.kind === "place" || receiver.mention.kind === "media") return;
  for (const a of subjectsBefore(frame, grid, v)) if (a.index !== receiver.index && a.mention.kind !== "place" && a.mention.kind !== "media") out.push({source: a, target: receiver, type: "asked", from: i, to: i + 1, rule: "nominal-raised-in-letter"});
}
const PASSIVE_BE: ReadonlySet<string> = new Set(["was", "were", "been", "being", "be", "is", "are"]);

const AMONG_CAPTIVES: ReadonlySet<string> = new Set(AMONG_CAPTIVE_NOUNS);
const AMONG_HOLDING: ReadonlySet<string> = new Set(AMONG_HOLDING_VERBS);
const HOLD_VERB_FORMS: ReadonlySet<string> = new Set(["holds", "held", "holding", "keeps", "kept", "keeping", "detains", "detained"]);
const AMONG_BE: ReadonlySet<string> = new Set(["is", "are", "was", "were", "remains", "remain", "remained"]);

/**
 * Round 33: a person counted among a holder's captives: "B, a nurse, is among the hostages A still keeps near the
 * border", "B and C are among the hostages that A holds" → A held B (model AMONG_CAPTIVE_NOUNS, AMONG_HOLDING_VERBS). The
 * person is the subject of the "be" before "among", the holder the name right after the captives' noun (and "that /
 * whom"), then a holding verb (after "still", "is", "has"). "B is among the hostages freed by A" has no holder there.
 */
function amongCaptives(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  if (!AMONG_BE.has(t[i - 1]?.lower ?? "") || t[i + 1]?.lower !== "the" || !AMONG_CAPTIVES.has(t[i + 2]?.lower ?? "")) return;
  let j = i + 3;
  if (t[j]?.lower === "that" || t[j]?.lower === "whom") j++;
  if (t[j]?.lower === "the") j++;
  const holder = grid.startingAt.get(j);
  if (!holder || holder.mention.kind === "person" || holder.mention.kind === "place" || holder.mention.kind === "media") return;
  let v = holder.to;
  while (v < t.length && v < holder.to + 3 && AMONG_HOLDING.has(t[v].lower) && !HOLD_VERB_FORMS.has(t[v].lower)) v++;
  if (!HOLD_VERB_FORMS.has(t[v]?.lower ?? "")) return;
  for (const c of subjectsBefore(frame, grid, i - 1)) if (c.index !== holder.index && c.mention.kind === "person") out.push({source: holder, target: c, type: "held", from: v, to: v + 1, rule: "nominal-among-captives"});
}

/** Round 33: words of a game around a round ("the second round between the two players"); "set" is ARRANGING's "set up". */
const ROUND_VOTE_WORDS: ReadonlySet<string> = new Set(CHAIRED_ROUND_VOTE_WORDS);
const ROUND_GAME_WORDS: ReadonlySet<string> = new Set(HANDSHAKE_GAME_WORDS.filter((w) => w !== "set" && w !== "sets"));

/**
 * Round 33: "A chaired / moderated / organised the first round (both sessions) between B and C" → A mediated B and C: a
 * sitting of talks (CHAIRED_ROUND_NOUNS) with its parties after "between", run by the subject of an ARRANGING_VERBS verb
 * within four lowercase words before it (arrangedBetween). No meeting of the parties is read from the noun alone, and no
 * game, court or broadcast in the sentence ("the umpire oversaw the second round between B and C").
 */
function chairedRound(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  // Mend 33 (review F4): nor a vote ("organised the second round between B and C" of an election).
  if (t[i + 1]?.lower !== "between" || hasWordIn(t, NON_MEETING) || hasWordIn(t, ROUND_GAME_WORDS) || hasWordIn(t, ROUND_VOTE_WORDS)) return;
  const parties = objectsAfter(frame, grid, i + 2, {gap: 1});
  if (parties.length < 2 || parties.some((p) => p.mention.kind === "place" || p.mention.kind === "media")) return;
  arrangedBetween(frame, grid, i, parties, out);
}

/**
 * The token of "between" naming a meeting's parties: right after the noun ("a meeting between"), or
 * after a place or country it was held in ("talks in Geneva between", "the meeting in X between");
 * -1 otherwise.
 */
const ASIDE_DETERMINERS: ReadonlySet<string> = new Set(MEETING_ASIDE_DETERMINERS);
const GAME_MEETINGS: ReadonlySet<string> = new Set(GAME_MEETING_NOUNS);
const NON_MEETING: ReadonlySet<string> = new Set(CHAIRED_NON_MEETING_WORDS);
const VIOLENT_ENCOUNTER: ReadonlySet<string> = new Set(VIOLENT_ENCOUNTER_WORDS);

function betweenAfter(frame: SentenceFrame, grid: MentionGrid, i: number): number {
  const t = frame.tokens;
  if (t[i + 1]?.lower === "between") return i + 1;
  // "The meeting (itself), between B and C, took place …": an aside naming a definite meeting's parties;
  // "Their only face-to-face encounter, between B and C, came …": lowercase modifiers (seven tokens at most) after the determiner.
  let d = i - 1;
  // (a hyphenated modifier is several tokens: "face - to - face")
  while (d >= i - 7 && t[d] && (t[d].text === "-" || (!t[d].punct && startsLower(t[d].text))) && !ASIDE_DETERMINERS.has(t[d].lower)) d--;
  if (ASIDE_DETERMINERS.has(t[d]?.lower ?? "")) {
    const comma = MEETING_ASIDE_INTENSIFIERS.includes(t[i + 1]?.lower ?? "") ? i + 2 : i + 1;
    if (t[comma]?.text === "," && t[comma + 1]?.lower === "between") return comma + 1;
  }
  if (t[i + 1]?.lower !== "in") return -1;
  const place = grid.startingAt.get(i + 2);
  return place && (place.mention.kind === "place" || place.mention.kind === "country") && t[place.to]?.lower === "between" ? place.to : -1;
}

const TOOK_PLACE = new Set(TOOK_PLACE_VERBS);
const INDIRECT_TALKS = new Set(INDIRECT_TALKS_WORDS);

/**
 * Round 31: the token of "between" when the meeting or talks noun at `i` is the subject of "took place / were held /
 * was held / began" and the parties follow it: "Consultations on the strike took place the next day between B and C",
 * "Talks were held in Lisbon on Monday between B and C". The noun's own phrase (at most TOOK_PLACE_NOUN_REACH
 * tokens, no punctuation) comes first, then at most TOOK_PLACE_BETWEEN_REACH tokens of time or place before
 * "between"; -1 otherwise ("talks took place on Monday" names no parties).
 */
function tookPlaceBetween(t: readonly Token[], i: number): number {
  for (let k = i + 1; k < t.length && k <= i + TOOK_PLACE_NOUN_REACH; k++) {
    if (t[k].punct) return -1;
    const w = t[k].lower;
    const verbEnd = w === "took" && t[k + 1]?.lower === "place" ? k + 2 : (w === "were" || w === "was") && TOOK_PLACE.has(t[k + 1]?.lower ?? "") ? k + 2 : -1;
    if (verbEnd < 0) continue;
    for (let j = verbEnd; j < t.length && j <= verbEnd + TOOK_PLACE_BETWEEN_REACH; j++) {
      if (t[j].lower === "between") return j;
      if (t[j].punct) return -1;
    }
    return -1;
  }
  return -1;
}

/** Round 31: true when a word of indirect talks stands among the three tokens before the noun at `i` ("indirect talks"). */
function indirectTalks(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (INDIRECT_TALKS.has(t[k].lower)) return true;
  return false;
}

const ARRANGED_AUX = new Set(ARRANGED_AUXILIARIES);
const PERFECT_AUX = new Set(PERFECT_AUXILIARIES);
const ASIDE_STOP = new Set(ASIDE_STOPS);
const FUTURE_TIME = new Set(FUTURE_TIME_WORDS);
/** Most tokens after the arrangers searched for a time still to come ("by A for early next week"). */
const FUTURE_REACH = 8;
/** Most tokens of an aside in commas between a meeting's last party and "was arranged by" (", at which …,"). */
const ASIDE_REACH = 30;

/**
 * "The meeting between B and C was arranged by A", "talks between B and C, at which …, were set up by
 * A": the passive of an arranging verb (ARRANGING_VERBS) whose subject is the meeting → A mediated
 * each party. The auxiliary (ARRANGED_AUXILIARIES: "was", "were", "had been") stands right after the
 * last party or after one aside in commas, the participle right after it ("was not arranged" and "will
 * be arranged" give nothing), then "by" and the arrangers, named or titled ("by Ruritanian Foreign
 * Minister A").
 */
function arrangedBy(frame: SentenceFrame, grid: MentionGrid, parties: PlacedMention[], out: Pair[]): void {
  const t = frame.tokens;
  let k = pastAside(t, parties[parties.length - 1].to);
  if (k < 0) return;
  if (!ARRANGED_AUX.has(t[k]?.lower ?? "")) return;
  if (PERFECT_AUX.has(t[k].lower)) {
    if (t[k + 1]?.lower !== "been") return;
    k++;
  }
  const v = k + 1;
  if (!ARRANGING.has(t[v]?.lower ?? "") || (!t[v].lower.endsWith("ed") && t[v].lower !== "set")) return;
  let by = v + 1;
  if (t[v].lower === "set") {
    if (t[by]?.lower !== "up") return;
    by++;
  }
  if (t[by]?.lower !== "by") return;
  let arrangers = objectsAfter(frame, grid, by + 1, {gap: 2});
  if (arrangers.length === 0) arrangers = titledPartiesAfter(frame, grid, by + 1);
  // "has been arranged by A for next week": a plan (review 24 F12).
  const end = arrangers[arrangers.length - 1]?.to ?? by + 1;
  for (let k = end; k < t.length && k < end + FUTURE_REACH && !t[k].punct; k++) if (FUTURE_TIME.has(t[k].lower)) return;
  for (const a of arrangers) for (const p of parties) if (a.index !== p.index) out.push({source: a, target: p, type: "mediated", from: v, to: v + 1, rule: "nominal-arranged-by"});
}

/**
 * The token after the parties and one aside in commas right after them ("B and C, who met in May, were …"), `k` itself
 * when no comma follows, or -1 when a comma opens an aside that does not close within ASIDE_REACH tokens.
 *
 * @example pastAside(tokens, 5) // 12 for ", who met in May," at 5
 */
function pastAside(t: readonly Token[], k: number): number {
  if (t[k]?.text !== ",") return k;
  let j = k + 1;
  while (j < t.length && j < k + ASIDE_REACH && t[j].text !== "," && !ASIDE_STOP.has(t[j].text)) j++;
  return t[j]?.text === "," ? j + 1 : -1;
}

const MEETING_SETTING_NOUNS = new Set(MEETING_NOUNS);
const HOSTED_MEETING = new Set(HOSTED_MEETING_PARTICIPLES);

/**
 * Round 31: "talks / consultations between B and C(, who …,) at a meeting convened / chaired / brokered by A" → A
 * mediated each party: the meeting that held the talks is A's doing, as in "the meeting between B and C was arranged by
 * A". "at / during / in" and an article, at most one modifier, a meeting noun, the participle (ARRANGING_VERBS or
 * HOSTED_MEETING_PARTICIPLES) and "by" with the arrangers right after the last party or one aside in commas.
 */
function atMeetingBy(frame: SentenceFrame, grid: MentionGrid, parties: PlacedMention[], out: Pair[]): void {
  const t = frame.tokens;
  const k = pastAside(t, parties[parties.length - 1].to);
  if (k < 0) return;
  if (!["at", "during", "in"].includes(t[k]?.lower ?? "") || !["a", "an", "the"].includes(t[k + 1]?.lower ?? "")) return;
  let n = k + 2;
  if (!MEETING_SETTING_NOUNS.has(t[n]?.lower ?? "")) n++;
  if (!MEETING_SETTING_NOUNS.has(t[n]?.lower ?? "")) return;
  const v = n + 1;
  const w = t[v]?.lower ?? "";
  if (!((ARRANGING.has(w) && w.endsWith("ed")) || HOSTED_MEETING.has(w)) || t[v + 1]?.lower !== "by") return;
  let arrangers = objectsAfter(frame, grid, v + 2, {gap: 2});
  if (arrangers.length === 0) arrangers = titledPartiesAfter(frame, grid, v + 2);
  for (const a of arrangers) for (const p of parties) if (a.index !== p.index) out.push({source: a, target: p, type: "mediated", from: v, to: v + 1, rule: "nominal-at-meeting-by"});
}

const HELP_LINKS = new Set(HELP_LINK_WORDS);

/**
 * "A met B in May, with the help of C" / "A brokered it, with help from C"
 * → C assisted A: ", with" (and "the") right before the noun, "of/from" after it; the helpers are
 * the names after it ("the governor of X, C": a place the title names gives way to the person
 * in apposition). The helped are the subjects of the sentence's last verb before the phrase.
 * A possessive helper ("with the help of C's family") is someone else's help.
 */
function help(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[], earlier: readonly Doers[]): void {
  const t = frame.tokens;
  const w = t[i - 1]?.lower === "the" ? i - 2 : i - 1;
  // Set off by a comma after the clause it qualifies: "acted on a request and with the help of
  // C" joins a reason of the speaker's, not help to one named doer.
  if (t[w]?.lower !== "with" || t[w - 1]?.text !== "," || !HELP_LINKS.has(t[i + 1]?.lower ?? "")) return;
  let helpers = objectsAfter(frame, grid, i + 2, {gap: 3, allowOf: true});
  // "with the help of the governor of Tarma, C": the title's place, then its holder.
  const first = helpers[0];
  // The name after the title's "of" (not the help noun's own: "with the help of A, B and C") only
  // qualifies the title, whatever it was read as.
  if (first && first.from - 1 > i + 1 && t[first.from - 1].lower === "of" && startsLower(t[first.from - 2].text) && t[first.to]?.text === ",") {
    const holder = grid.startingAt.get(first.to + 1);
    if (holder && holder.mention.kind === "person") helpers = [holder];
  }
  helpers = helpers.filter((m) => !/['’]s?$/u.test(t[m.to - 1].text));
  if (helpers.length === 0) return;
  let helped: PlacedMention[] = [];
  for (let k = earlier.length - 1; k >= 0 && helped.length === 0; k--) if (earlier[k].from < w) helped = earlier[k].subjects;
  for (const h of helpers) for (const a of helped) if (h.index !== a.index) out.push({source: h, target: a, type: "assisted", from: i, to: i + 1, rule: "nominal-help"});
}

/**
 * "the ministry dispatched its negotiator B to X" / "A sent B, an engineer, to the mining town of X" → B visited X:
 * the person right after the verb (past an apposition in commas), then "to", up to four
 * lowercase words and "of" ("the mining town of"), and a place or country.
 */
function sentOnTrip(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): void {
  const t = frame.tokens;
  const sent = objectsAfter(frame, grid, i + 1, {gap: 3});
  if (sent.length === 0 || sent.some((m) => m.mention.kind !== "person")) return;
  let k = sent[sent.length - 1].to;
  // ", an engineer," after the name: passed over to its closing comma.
  if (t[k]?.text === ",") {
    let j = k + 1;
    while (j < t.length && j < k + 10 && t[j].text !== "," && !t[j].punct && !grid.startingAt.has(j)) j++;
    if (t[j]?.text !== ",") return;
    k = j + 1;
  }
  if (t[k]?.lower !== "to") return;
  let j = k + 1;
  for (let n = 0; n < 5 && j < t.length && !grid.startingAt.has(j) && startsLower(t[j].text); n++) j++;
  if (j > k + 1 && t[j - 1].lower !== "of" && t[j - 1].lower !== "the") return;
  const dest = grid.startingAt.get(j);
  if (!dest || (dest.mention.kind !== "place" && dest.mention.kind !== "country")) return;
  for (const p of sent) out.push({source: p, target: dest, type: "visited", from: i, to: i + 1, rule: "nominal-sent"});
}

/**
 * Round 34: `parties` without a name inside the apposition of the person before it, after "the … of": "talks
 * between B and C, the Head of Port Guards, with …" → B and C (Port Guards is C's office, not a side). The same array
 * when none goes.
 *
 * @example withoutOfficeBodies(frame.tokens, parties).length // 2 for "talks between Pia Lund and Omar Saleh, the Head of Port Guards"
 */
export function withoutOfficeBodies(t: readonly Token[], parties: PlacedMention[]): PlacedMention[] {
  let out: PlacedMention[] | null = null;
  for (let k = 1; k < parties.length; k++) {
    const prev = parties[k - 1], m = parties[k];
    let office = prev.mention.kind === "person" && t[prev.to]?.text === "," && t[prev.to + 1]?.lower === "the" && m.from - prev.to <= 6;
    if (office) {
      let of = false;
      for (let j = prev.to + 2; j < m.from; j++) {
        if (t[j].lower === "of") of = true;
        else if (t[j].punct || t[j].lower === "and") office = false;
      }
      office = office && of && t[m.from - 1]?.lower === "of";
    }
    if (office && !out) out = parties.slice(0, k);
    else if (!office && out) out.push(m);
  }
  return out ?? parties;
}
