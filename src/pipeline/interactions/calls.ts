/**
 * Stage 07: a phone call told with its content is that content only (docs/evaluation.md,
 * Interactions; model interaction-calls.ts).
 */
import type {SentenceFrame} from "../events/frame.ts";
import {CALLED_TALK_PURPOSES, CALL_COURTESY_CARRIERS, CALL_COURTESY_NOUNS, CALL_COURTESY_VERBS, CALL_CONTENT_TYPES, CALL_GRATITUDE_NOUNS, CALL_GRATITUDE_VERBS, CALL_PURPOSE_CONTENT, CALL_PURPOSE_REACH, CALL_VERBS, CALLED_VERBS, CALL_WORD_REACH, TIME_ORDER_WORDS, UNANSWERED_CALL_WORDS, ANSWERING_WORDS, CALL_NEGATIONS, CALL_VIDEO_WORDS, CALL_VIDEO_NOUNS, CALL_VIDEO_COMPOUNDS, SPOKE_WITH_VERBS, TALK_TOPIC_WORDS} from "../model/interaction-calls.ts";
import {LET_GO_CAPTIVITY_WORDS, LET_GO_DISMISSAL_WORDS, LET_GO_PERMISSION_NEXT, LET_GO_ROW_CAPTIVITY_WORDS, LET_GO_SETTLEMENT_WORDS, LET_GO_SPAN_UNITS} from "../model/interaction-detention.ts";
import {PHONE_WORDS, SPENT_UNDATED_SPANS, SPENT_DATED_WORDS, SPENT_NOT_MEETING_WORDS, JOURNEY_NOT_VISIT_WORDS, JOURNEY_VISIT_VERBS, ARRIVAL_DAY_PARTS, ARRIVAL_RECENT_PERIODS, ARRIVAL_NOT_VISIT_WORDS, ARRIVAL_SAYING_VERBS, FIRED_SPEECH_WORDS, FIRED_SHOOTING_WORDS,
  SPEECH_CUE_WORDS, SNATCHED_NOT_CAPTIVE_WORDS, SNATCHED_TRANSFER_WORDS, AGREED_BETWEEN_WORDS} from "../model/interaction-verbs.ts";
import {actorName} from "./arguments.ts";
import {calledOnVisits} from "./courtesy-visits.ts";
import {pressedPastTime} from "./pressed-requests.ts";
import {pleasAsCalls} from "./pleas.ts";
import {raisedCasesAsked, withoutRaisedThings} from "./raised-topics.ts";
import {withoutBroadcastTalks, withoutMissedAppointments, withoutUnheldTalks} from "./talk-spans.ts";
import {withoutColleagueHelp} from "./joined-help.ts";
import {withoutSafeLifts} from "./rescue-lifts.ts";
import {withoutLooseKeeping} from "./kept-captives.ts";
import {withSameTableMeetings, withoutSocialTables} from "./same-table.ts";
import {hostedUnderOneRoof} from "./one-roof.ts";
import {withTogetherWithSides} from "./together-with.ts";
import {statesHostingAsMediation} from "./hosted-meetings.ts";
import {withoutBorrowedSubjects} from "./coordinated-subjects.ts";
import {withHoldsBeforeRelease} from "./held-before-release.ts";
import {withoutSeatsOnly} from "./sat-with.ts";
import {withBracketedGoBetweens} from "./bracketed-go-betweens.ts";
import {withApposedSecondObjects} from "./apposed-second-objects.ts";
import {withoutReleasedThings} from "./ordered-releases.ts";
import {withoutOwnedGoBetweens} from "./go-between-owners.ts";
import {withoutSidelessRows} from "./sideless-rows.ts";
import type {RowPair} from "./row-passes.ts";
import type {InteractionType} from "../types.ts";
import {hasWordIn, type Token} from "../events/tokens.ts";

const CONTENT = new Set<InteractionType>(CALL_CONTENT_TYPES as InteractionType[]);
const PHONES = new Set(PHONE_WORDS);
const VIDEO_WORDS = new Set(CALL_VIDEO_WORDS);
const VIDEO_CALL_NOUNS = new Set(CALL_VIDEO_NOUNS);
const VIDEO_CALLS = new Set(CALL_VIDEO_COMPOUNDS);
const TIME_ORDER = new Set(TIME_ORDER_WORDS);
const CALLING = new Set(CALL_VERBS);
/** Round 33: "called / rang B": a call when its row stands (a purpose of talk, courtesy or thanks after it). */
const CALLED_CALLS = new Set(CALLED_VERBS);
const PURPOSE_CONTENT = new Set(CALL_PURPOSE_CONTENT);
const UNANSWERED = new Set(UNANSWERED_CALL_WORDS);
const ANSWERING = new Set(ANSWERING_WORDS);
const CALL_NEGATION = new Set(CALL_NEGATIONS);
const GRATITUDE_VERBS = new Set(CALL_GRATITUDE_VERBS);
const GRATITUDE_NOUNS = new Set(CALL_GRATITUDE_NOUNS);

/**
 * True when a phone word stands in the meeting verb or up to CALL_WORD_REACH tokens after it, as the meeting's
 * manner ("spoke by telephone with B"). A phone word after a word of time order is another event the meeting is
 * dated by: "met B in Paris after their phone call last week and thanked him" is a meeting in person.
 */
function isCall(frame: SentenceFrame, p: RowPair): boolean {
  const t = frame.tokens;
  // "A telephoned B": the verb is the call.
  if (CALLING.has(t[p.from]?.lower ?? "")) return true;
  // Round 33: "A called / rang B (on Monday) to …": the verb's meeting row is a call too (talkPurposeAfter let it stand).
  if (p.type === "met" && CALLED_CALLS.has(t[p.from]?.lower ?? "") && p.to === p.from + 1) return true;
  // Round 32: "A got a call from B": the call is the verb phrase's own noun.
  if (p.type === "met" && p.to - p.from >= 3 && t[p.to - 1]?.lower === "from" && t[p.to - 2]?.lower === "call") return true;
  // Round 33: the reach runs from the end of an object after the verb, so a long titled name does not push the phone word
  // out of it ("spoke to Velmar's Prime Minister Omar Abdel-Saleh al-Rashid by telephone").
  const end = p.target.from >= p.to ? Math.max(p.to, p.target.to) : p.to;
  for (let k = p.from; k < t.length && k < end + CALL_WORD_REACH; k++) if (PHONES.has(t[k].lower) || videoCallAt(t, k)) return !timeOrderBefore(t, k, p.to);
  return false;
}

/**
 * Round 28: true when token `k` opens a video call ("video call", "video conference", "video link", "videoconference"):
 * a call as much as a phone's ("held a video call with B and thanked him" is the thanks only). Not a bare "video"
 * ("thanked him in a video statement" is no call).
 */
function videoCallAt(t: SentenceFrame["tokens"], k: number): boolean {
  const w = t[k].lower;
  return VIDEO_CALLS.has(w) || (VIDEO_WORDS.has(w) && VIDEO_CALL_NOUNS.has(t[k + 1]?.lower ?? ""));
}

/** A word of time order (after, before, since, following) among the three tokens before `k`, after the verb's end `to`. */
function timeOrderBefore(t: SentenceFrame["tokens"], k: number, to: number): boolean {
  for (let j = k - 1; j >= to && j >= k - 3; j--) if (TIME_ORDER.has(t[j].lower)) return true;
  return false;
}

/**
 * `pairs` without the meetings of a phone call whose two actors also thanked, asked, called on,
 * promised or criticised each other in a later verb joined to it by "and": "A spoke by telephone with B and thanked him
 * for his help" → A thanked B only; "B spoke to A by phone, and A thanked him" → A thanked B only.
 * A meeting in person ("A met B and thanked him") and a call with no such content ("A spoke to B by
 * phone on Monday") stay. The same array when nothing goes.
 *
 * @example withoutCallMeetings(frame, pairs).length // one less for "A spoke by phone with B and thanked him"
 */
export function withoutCallMeetings<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  if (pairs.length === 0) return pairs;
  // Mend 28: the round-28 verb rows this row-level pass narrows too (the last pass over a sentence's pairs).
  pairs = withoutOverreachingVerbRows(frame, pairs);
  // Round 31: "called on B at the hospital" is a visit, met (courtesy-visits.ts).
  pairs = calledOnVisits(frame, pairs);
  // Round 31: "pressed B since the spring to free …" is asked, as "pressed B to free …" is (pressed-requests.ts).
  pairs = pressedPastTime(frame, pairs);
  // Round 32: "A pleaded with B to act" is a call on B, as begging is (pleas.ts).
  pairs = pleasAsCalls(frame, pairs);
  // Round 32: "raised 2 million euros with B", "raised three children with B": no matter talked of (raised-topics.ts).
  pairs = withoutRaisedThings(frame, pairs);
  // Round 32: "raised B's case with C" is a plea for B, a request of C's (raised-topics.ts).
  pairs = raisedCasesAsked(frame, pairs);
  // Round 32: "A and B talked for hours on the podcast": a broadcast, no meeting (talk-spans.ts).
  pairs = withoutBroadcastTalks(frame, pairs);
  // Mend 32 (review F4): "refused to go to X for talks with B", "was invited to X for talks with B": none held (talk-spans.ts).
  pairs = withoutUnheldTalks(frame, pairs);
  // Mend 32 (review F12): "had an appointment with B but did not turn up": no meeting (talk-spans.ts).
  pairs = withoutMissedAppointments(frame, pairs);
  // Round 32: "worked alongside B" is help between bodies, a colleague's work between persons (joined-help.ts).
  pairs = withoutColleagueHelp(frame, pairs);
  // Round 32: "winched B off the roof" is a rescue; a lift with no place of danger is none (rescue-lifts.ts).
  pairs = withoutSafeLifts(frame, pairs);
  // Round 33: "B, whom A is still keeping in X" is a hold; "kept B informed" is none (kept-captives.ts).
  pairs = withoutLooseKeeping(frame, pairs);
  // Round 33: "brought B and C to the same table for dinner" is no mediation (same-table.ts).
  pairs = withoutSocialTables(frame, pairs);
  pairs = withSameTableMeetings(frame, pairs);
  // Round 34: "A received B and C under one roof" is A's mediation, not two meetings (one-roof.ts).
  pairs = hostedUnderOneRoof(frame, pairs);
  // Round 34: "A brought B together with C" gives C its side of A's mediation too (together-with.ts).
  pairs = withTogetherWithSides(frame, pairs);
  // Round 34: "Norway hosted / was thanked for hosting the meeting between B and C" is Norway's mediation (hosted-meetings.ts).
  pairs = statesHostingAsMediation(frame, pairs);
  // Round 34: "A appealed to B, and C called on D": D is C's, not A's (coordinated-subjects.ts).
  pairs = withoutBorrowedSubjects(frame, pairs);
  // Round 34: "released B, among others, after holding them for 94 days" is a hold too (held-before-release.ts).
  pairs = withHoldsBeforeRelease(frame, pairs);
  // Round 34: "sat with B at her bedside" is a visit, met; "sat with B in the stands" is none (sat-with.ts).
  pairs = withoutSeatsOnly(frame, pairs);
  // Round 34: "talks between B and C, with the X Federation (XF) acting as go-between" (bracketed-go-betweens.ts).
  pairs = withBracketedGoBetweens(frame, pairs);
  // Round 34: "has held the skipper, Captain B, and its cook, C," holds C too (apposed-second-objects.ts).
  pairs = withApposedSecondObjects(frame, pairs);
  // Mend 32 (review F8): "ordered the release of CCTV footage showing B" frees no one (ordered-releases.ts).
  pairs = withoutReleasedThings(frame, pairs);
  // Mend 32 (review F13): "A's plan bridged the gap between B and C": a thing mends, no go-between (go-between-owners.ts).
  pairs = withoutOwnedGoBetweens(frame, pairs);
  // Round 31: "A spoke with B about the floods" names a topic, no meeting (unless by phone: a call).
  pairs = withoutTopicTalks(frame, pairs);
  // Rows whose verb names no real pair of sides (sideless-rows.ts).
  pairs = withoutSidelessRows(frame, pairs);
  if (pairs.length === 0) return pairs;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const purpose = p.type === "met" && isCall(frame, p) ? contentPurpose(frame, p) : -1;
    const drop = p.type === "met" && isCall(frame, p) && (hasContent(frame, pairs, p) || purpose >= 0 || unanswered(frame, p));
    if (drop && !out) out = pairs.slice(0, k);
    else if (!drop && out) out.push(p);
    // Round 26: "A telephoned B to express Moscow's gratitude": the call is A's thanks to B.
    if (drop && out && purpose >= 0 && gratitudePurpose(frame, purpose) && !unanswered(frame, p)) out.push({...p, type: "thanked"});
  }
  return out ?? pairs;
}

/**
 * True when a later pair of the sentence, joined to the call by "and", is a content act between
 * the meeting's two actors, either way ("spoke with B by phone and thanked him"; not "A, who spoke
 * with B by phone, thanked him in a video statement": the thanks are no part of the call).
 */
function hasContent(frame: SentenceFrame, pairs: RowPair[], met: RowPair): boolean {
  const a = actorName(met.source);
  const b = actorName(met.target);
  for (const q of pairs) {
    if (!CONTENT.has(q.type) || q.from < met.to || !andBetween(frame, met.to, q.from)) continue;
    const s = actorName(q.source);
    const g = actorName(q.target);
    if ((s === a && g === b) || (s === b && g === a)) return true;
  }
  return false;
}

const SPOKE_WITH = new Set(SPOKE_WITH_VERBS);
const TALK_TOPIC = new Set(TALK_TOPIC_WORDS);

/**
 * Round 31: `pairs` without the meetings of "A spoke with B about / on / over <topic>" told with no phone word: a
 * conversation named by its topic is reported speech more than a meeting ("spoke with B about the floods"), while "A
 * spoke with B on Thursday" and "spoke with B by phone about the floods" stay meetings. A talk told with its content
 * ("spoke with B on Monday and thanked him") is the content only, as a call is. The same array when nothing goes.
 */
function withoutTopicTalks<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const w = t[p.from]?.lower ?? "";
    // "A spoke with B on Monday and thanked him": the talk told with its content is the content only, as a call's is.
    const topic = p.type === "met" && SPOKE_WITH.has(w) && t[p.from + 1]?.lower === "with" && !isCall(frame, p) && (topicAfter(t, p.target.to) || hasContent(frame, pairs, p) || thanksJoined(t, p.target.to));
    if (topic && !out) out = pairs.slice(0, k);
    else if (!topic && out) out.push(p);
  }
  return out ?? pairs;
}

/** Round 31: true when, after the object at `end`, an "and" is followed by thanks told as a noun ("… and \"expressed Israel's appreciation\""). */
function thanksJoined(t: readonly Token[], end: number): boolean {
  let and = false;
  for (let k = end; k < t.length; k++) {
    if (t[k].lower === "and") and = true;
    else if (and && GRATITUDE_NOUNS.has(t[k].lower)) return true;
  }
  return false;
}

/** True when a topic word ("about", "on the", "over") follows the object at `end`, past one comma-free aside of time. */
function topicAfter(t: readonly Token[], end: number): boolean {
  const w = t[end]?.lower ?? "";
  if (TALK_TOPIC.has(w)) return true;
  return w === "on" && !/^[A-Z0-9]/.test(t[end + 1]?.text ?? "") && !["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].includes(t[end + 1]?.lower ?? "");
}

/**
 * True when an "and" stands anywhere between tokens `from` and `to` ("by phone on Monday, …, and thanked"); not
 * find-interactions.ts's joinedByAnd, which wants the "and" right before the second verb.
 */
function andBetween(frame: SentenceFrame, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (frame.tokens[k].lower === "and") return true;
  return false;
}

/**
 * The token of the infinitive when a call verb's object is followed, in its clause, by "to" and an
 * infinitive that says the call's content (-1 otherwise): "A telephoned B last week to express Moscow's gratitude", "… to thank him" (model
 * CALL_PURPOSE_CONTENT). "A telephoned B to discuss the floods" stays a meeting.
 */
function contentPurpose(frame: SentenceFrame, p: RowPair): number {
  const t = frame.tokens;
  // Session 34: a talk the caller's words make a call ("spoke to B by phone on Wednesday to thank him": isCall read the
  // phone word) has its purpose as well.
  if (!CALLING.has(t[p.from]?.lower ?? "") && !CALLED_CALLS.has(t[p.from]?.lower ?? "") && !SPOKE_WITH.has(t[p.from]?.lower ?? "")) return -1;
  const end = Math.max(p.to, p.target.to);
  for (let k = end; k < t.length && k < end + CALL_PURPOSE_REACH; k++) {
    if (t[k].punct && t[k].text !== ",") return -1;
    if (t[k].lower === "to" && PURPOSE_CONTENT.has(t[k + 1]?.lower ?? "")) return courtesyAt(t, k + 1) ? -1 : k + 1;
  }
  return -1;
}

const COURTESY_VERBS = new Set(CALL_COURTESY_VERBS);
const COURTESY_NOUNS = new Set(CALL_COURTESY_NOUNS);
const COURTESY_CARRIERS = new Set(CALL_COURTESY_CARRIERS);

/**
 * Session 28: true when the purpose infinitive at token `k` is one of courtesy only: "to congratulate him",
 * "to apologise", "to offer (his deepest) condolences", "to express solidarity" (model CALL_COURTESY_VERBS; a
 * CALL_COURTESY_CARRIERS verb with a CALL_COURTESY_NOUNS noun within four words, no punctuation between). Such
 * a call is a meeting, no other act.
 *
 * @example courtesyAt(tokenize("to offer his condolences"), 1) // true
 */
export function courtesyAt(t: readonly Token[], k: number): boolean {
  const v = t[k]?.lower ?? "";
  if (COURTESY_VERBS.has(v)) return true;
  if (!COURTESY_CARRIERS.has(v)) return false;
  for (let j = k + 1; j < t.length && j <= k + 4 && !t[j].punct; j++) if (COURTESY_NOUNS.has(t[j].lower)) return true;
  return false;
}

/**
 * True when the purpose infinitive at token `k` gives thanks as a noun: "to express (Moscow's / his) (deep)
 * gratitude", "to convey his thanks" (model CALL_GRATITUDE_VERBS, CALL_GRATITUDE_NOUNS, within four words).
 */
function gratitudePurpose(frame: SentenceFrame, k: number): boolean {
  const t = frame.tokens;
  if (!GRATITUDE_VERBS.has(t[k]?.lower ?? "")) return false;
  for (let j = k + 1; j < t.length && j <= k + 4; j++) {
    if (t[j].punct && t[j].text !== "'s" && t[j].text !== "’s") return false;
    // "to convey Ann Vidal's thanks": another person's thanks, the caller only carries them (review 26 verbs F5);
    // a state's or a city's ("Oslo's appreciation") are the caller's own government's.
    if (personAt(frame, j)) return false;
    if (GRATITUDE_NOUNS.has(t[j].lower)) return !personAfter(frame, j);
  }
  return false;
}

/** "the thanks of President B", "gratitude to B": a person named after "of"/"to" (and a title) right after the thanks noun at `j`. */
function personAfter(frame: SentenceFrame, j: number): boolean {
  const t = frame.tokens;
  const p = t[j + 1]?.lower;
  if (p !== "of" && p !== "to") return false;
  for (let q = j + 2; q < t.length && q <= j + 5 && !t[q].punct; q++) if (personAt(frame, q)) return true;
  return false;
}

/** Whether token `j` lies inside a person's mention. */
function personAt(frame: SentenceFrame, j: number): boolean {
  for (const m of frame.mentions) if (m.from <= j && j < m.to && m.mention.kind === "person") return true;
  return false;
}

/**
 * True when a call verb's object is followed, in its sentence, by words of a call no one took: "A
 * telephoned B but he did not answer", "… repeatedly, but the calls went unanswered" (review 25 F2; model
 * UNANSWERED_CALL_WORDS, ANSWERING_WORDS after CALL_NEGATIONS).
 */
function unanswered(frame: SentenceFrame, p: RowPair): boolean {
  const t = frame.tokens;
  if (!CALLING.has(t[p.from]?.lower ?? "")) return false;
  for (let k = Math.max(p.to, p.target.to); k < t.length; k++) {
    if (UNANSWERED.has(t[k].lower)) return true;
    if (!ANSWERING.has(t[k].lower)) continue;
    for (let j = k - 1; j >= k - 3 && j >= 0; j--) if (CALL_NEGATION.has(t[j].lower)) return true;
  }
  return false;
}

const TALK_PURPOSES = new Set(CALLED_TALK_PURPOSES);

/**
 * Round 27: true when a purpose of talk follows the object of "called / rang" ending at token `end`: "to"
 * within CALL_PURPOSE_REACH tokens, no punctuation but commas on the way, then a CALLED_TALK_PURPOSES verb
 * ("to go over" with "over" after it): "A called B on Monday to discuss the floods".
 *
 * @example talkPurposeAfter(tokenize("A called B to discuss the floods."), 3) // true
 */
export function talkPurposeAfter(t: readonly Token[], end: number): boolean {
  for (let k = end; k < t.length && k < end + CALL_PURPOSE_REACH; k++) {
    if (t[k].punct && t[k].text !== ",") return false;
    if (t[k].lower !== "to") continue;
    const v = t[k + 1]?.lower ?? "";
    return (TALK_PURPOSES.has(v) && (v !== "go" || t[k + 2]?.lower === "over")) || courtesyAt(t, k + 1) || gratitudeWords(t, k + 1);
  }
  return false;
}

/**
 * Round 33: true when the infinitive at token `k` gives thanks as a noun ("to express his gratitude", "to convey
 * Velmar's thanks"), so "A called B on Monday to express his gratitude" is a call whose content is thanks (withoutCallMeetings
 * then reads it as thanked, or drops it when the thanks are another person's: gratitudePurpose).
 */
function gratitudeWords(t: readonly Token[], k: number): boolean {
  if (!GRATITUDE_VERBS.has(t[k]?.lower ?? "")) return false;
  for (let j = k + 1; j < t.length && j <= k + 4; j++) {
    if (t[j].punct && t[j].text !== "'s" && t[j].text !== "’s") return false;
    if (GRATITUDE_NOUNS.has(t[j].lower)) return true;
  }
  return false;
}

const UNDATED_SPANS = SPENT_UNDATED_SPANS.map((n) => n.split(" "));
const DATED = new Set(SPENT_DATED_WORDS);
const NOT_MEETING = new Set(SPENT_NOT_MEETING_WORDS);
const NOT_VISIT = new Set(JOURNEY_NOT_VISIT_WORDS);
const JOURNEY_VERBS = new Set(JOURNEY_VISIT_VERBS);
const NOT_ARRIVAL = new Set(ARRIVAL_NOT_VISIT_WORDS);
const ARRIVAL_SAYING = new Set(ARRIVAL_SAYING_VERBS);

/**
 * Mend 29 (review F4): true when the sentence names a day of the news for the trip: a SPENT_DATED_WORDS word not dating a
 * saying ("said on Monday", "told reporters Monday"), and no year after the verb ("went to X in 1998": a life story).
 */
function arrivalDated(t: readonly Token[], from: number): boolean {
  for (let k = from; k + 1 < t.length; k++) if (t[k].lower === "in" && /^(1[5-9]|20)\d\d$/u.test(t[k + 1].text)) return false;
  // Round 32: "A reached X this afternoon": the news day's part, as a weekday ("in the afternoon" dates no day).
  if (t.some((x, k) => x.lower === "this" && DAY_PARTS.has(t[k + 1]?.lower ?? ""))) return true;
  // Round 33: "went to X last month", "earlier this month": the news's recent past.
  // Mend 33 (review F5): not "later this month" (still to come), nor the month a speaker said it ("he told reporters last month").
  if (t.some((x, k) => RECENT_PERIODS.has(x.lower) && (t[k - 1]?.lower === "last" || (t[k - 1]?.lower === "this" && t[k - 2]?.lower !== "later")) &&
    ![2, 3, 4].some((n) => ARRIVAL_SAYING.has(t[k - n]?.lower ?? "")))) return true;
  return t.some((x, k) => DATED.has(x.lower) && !ARRIVAL_SAYING.has(t[k - 1]?.lower ?? "") && !(t[k - 1]?.lower === "on" && ARRIVAL_SAYING.has(t[k - 2]?.lower ?? "")));
}
const DAY_PARTS = new Set(ARRIVAL_DAY_PARTS);
const RECENT_PERIODS = new Set(ARRIVAL_RECENT_PERIODS);
const FIRED_SPEECH = new Set([...FIRED_SPEECH_WORDS, ...SPEECH_CUE_WORDS]);
const FIRED_SHOOTING = new Set(FIRED_SHOOTING_WORDS);
const FIRE_VERBS = new Set(["opened", "opens", "opening", "open", "fired", "fires", "firing"]);
const NOT_CAPTIVE = new Set(SNATCHED_NOT_CAPTIVE_WORDS);
const TRANSFER = new Set(SNATCHED_TRANSFER_WORDS);
const AGREED_BETWEEN = new Set(AGREED_BETWEEN_WORDS);
const GETTING_VERBS = new Set(["got", "gets", "getting", "persuaded", "persuades", "coaxed", "nudged"]);
const QUOTES = new Set(["\"", "\u201c", "\u201d"]);
/** Most tokens from a getting verb to its "to agree" ("got the Millers' Guild and Porthaven to agree"). */
const AGREE_REACH = 16;
/** Most words after "agree" in which a word of AGREED_BETWEEN_WORDS is looked for ("to agree to the terms"). */
const AGREED_REACH = 4;

/** True when a word of `words` is in the sentence outside the verb's own tokens [from, to). */
function wordOutside(t: readonly Token[], words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let k = 0; k < t.length; k++) if ((k < from || k >= to) && words.has(t[k].lower)) return true;
  return false;
}

/**
 * True when a mediation row of "A got / persuaded B and C to agree …" tells no agreement between B and C: "to agree"
 * is followed, within AGREED_REACH words of its clause, by no AGREED_BETWEEN_WORDS word ("to agree to the sanctions
 * package", "to agree to an interview"); "to agree." and "to agree to them / a ceasefire / the terms" stay (review 28 F1, F1b).
 */
function agreedNothingBetween(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "mediated" || !GETTING_VERBS.has(t[p.from]?.lower ?? "")) return false;
  let k = p.from + 1;
  while (k < t.length && k <= p.from + AGREE_REACH && !(t[k].lower === "agree" && t[k - 1].lower === "to")) k++;
  if (t[k]?.lower !== "agree") return false;
  if (!t[k + 1] || t[k + 1].punct) return false;
  for (let n = k + 1; n < t.length && n <= k + AGREED_REACH && !t[n].punct; n++) if (AGREED_BETWEEN.has(t[n].lower)) return false;
  return true;
}

/**
 * True when a meeting row of "A spent <span> with B" tells no meeting: time with a captor, a surgeon or a suspect
 * (SPENT_NOT_MEETING_WORDS), or a span of no length ("time", "some time", "a day") with no day named (review 28 F3, F3b).
 */
function spentNoMeeting(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "met" || !t[p.from]?.lower.startsWith("spen")) return false;
  if (wordOutside(t, NOT_MEETING, p.from, p.from + 1)) return true;
  const undated = UNDATED_SPANS.some((words) => words.every((w, n) => t[p.from + 1 + n]?.lower === w) && t[p.from + 1 + words.length]?.lower === "with");
  return undated && !hasWordIn(t, DATED);
}

/**
 * True when a visit row of a journey verb ("went straight to", "headed / drove to", "toured", "flew into") tells a
 * flight, an emigration, a way home or a show's tour (JOURNEY_NOT_VISIT_WORDS outside the verb: review 28 F5).
 * Round 29: a dated arrival ("went to / reached / arrived at X", ARRIVAL_VISIT_PHRASES) stands only with a day of the
 * news named (SPENT_DATED_WORDS) and no life story, care, crime or race told (ARRIVAL_NOT_VISIT_WORDS, "opened fire").
 */
function journeyNoVisit(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "visited") return false;
  const w = t[p.from]?.lower ?? "";
  if (!JOURNEY_VERBS.has(w)) return false;
  const next = t[p.from + 1]?.lower ?? "";
  // Round 29: a dated arrival ("went to / reached / arrived at X on Sunday"): a day named, no life story, care or crime.
  if (w.startsWith("arriv") && next !== "at") return false;
  const arrival = w.startsWith("reach") || w.startsWith("arriv") || ((w === "went" || w === "goes" || w === "gone") && next !== "straight");
  // "arrived at Ruritania's position", "went to Ruritania's embassy": the place owns what is reached.
  if (arrival && /['’]s?$/u.test(t[p.target.to - 1]?.text ?? "")) return true;
  if (arrival && (!arrivalDated(t, p.from) || wordOutside(t, NOT_ARRIVAL, p.from, p.to) || t.some((x, k) => x.lower === "fire" && FIRE_VERBS.has(t[k - 1]?.lower ?? "")))) return true;
  if (w === "went" && next !== "straight" && !arrival) return false;
  if (w === "flew" && next !== "into") return false;
  return wordOutside(t, NOT_VISIT, p.from, p.to);
}

/** True when "opened fire on / fired at B" between two persons is told with speech and no shooting: words, not gunfire (review 28 F9). */
function firedInWords(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "attacked" || !FIRE_VERBS.has(t[p.from]?.lower ?? "")) return false;
  const next = t[p.from + 1]?.lower ?? "";
  if (next !== "fire" && next !== "on" && next !== "at") return false;
  if (p.source.mention.kind !== "person" || p.target.mention.kind !== "person" || hasWordIn(t, FIRED_SHOOTING)) return false;
  return wordOutside(t, FIRED_SPEECH, p.from, p.to) || t.some((w) => QUOTES.has(w.text));
}

/**
 * True when an abduction row of an active "A snatched B" has a thing snatched or a transfer before B, or B after
 * "from" ("snatched victory from B", "snatched striker B"), or a transfer told in the sentence (review 28 F8).
 */
function snatchedNoCaptive(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "abducted" || !t[p.from]?.lower.startsWith("snatch") || p.target.from < p.to) return false;
  for (let k = p.to; k < p.target.from; k++) if (NOT_CAPTIVE.has(t[k].lower)) return true;
  return hasWordIn(t, TRANSFER);
}

const LET_GO_CAPTIVITY = new Set(LET_GO_CAPTIVITY_WORDS);
const LET_VERBS = new Set(["let", "lets", "letting"]);
const LET_GO_PERMISSION = new Set(LET_GO_PERMISSION_NEXT);
const LET_GO_ROW_CAPTIVITY = new Set(LET_GO_ROW_CAPTIVITY_WORDS);

/**
 * Round 29: true when a release row of "A let B go / walk free / leave" or "B was let go by A" tells no captivity (no
 * LET_GO_CAPTIVITY_WORDS word in the sentence): "Acme let B go last month" is a dismissal, "let B go on a free
 * transfer" a sale.
 */
function letGoNoCaptive(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "released" || !LET_VERBS.has(t[p.from]?.lower ?? "")) return false;
  // "let B go to the rebels' camp to negotiate", "let B go ahead", "let B leave for the talks": leave given, no release.
  // "let B walk to a Red Cross car" stays a release: a captive walks out.
  if (t[p.to - 1]?.lower !== "walk" && LET_GO_PERMISSION.has(t[p.to]?.lower ?? "")) return true;
  // Mend 29 (review F1): the loose words ("taken", "prisoners", "rebels") count only inside the row ("let political prisoner B go").
  return !hasWordIn(t, LET_GO_CAPTIVITY) && !t.slice(p.from, p.to).some((x) => LET_GO_ROW_CAPTIVITY.has(x.lower)) && !settledListRelease(t, p);
}

const LET_GO_SETTLEMENT = new Set(LET_GO_SETTLEMENT_WORDS);
const LET_GO_SPAN = new Set(LET_GO_SPAN_UNITS);
const LET_GO_DISMISSAL = new Set(LET_GO_DISMISSAL_WORDS);

/**
 * Round 33: true for "A let B and C (and N others) go / walk out" told with a settlement after the verb ("under a deal
 * struck in Velm", "in a swap") or a captivity's length ("after 300 days"), and no word of a job, a club or a sale: a
 * group let go together under a deal or after days is a release of captives, even with no word of captivity in the
 * sentence. One person let go, or a list with none of these, stays as it was.
 */
function settledListRelease(t: readonly Token[], p: RowPair): boolean {
  let listed = false;
  for (let k = p.from + 1; k < p.to; k++) if (t[k].lower === "and") listed = true;
  if (!listed || hasWordIn(t, LET_GO_DISMISSAL)) return false;
  for (let k = p.to; k < t.length; k++) {
    if (LET_GO_SETTLEMENT.has(t[k].lower)) return true;
    if (t[k].lower === "after" && /^\d/.test(t[k + 1]?.text ?? "") && LET_GO_SPAN.has(t[k + 2]?.lower ?? "")) return true;
  }
  return false;
}

const REQUEST_NEGATIONS = new Set(["not", "never", "n't", "no", "denied", "denies", "deny", "denying"]);

/**
 * Mend 29 (review F6): true when an "asked" row of a request handed over ("A made / sent a (formal) request to B") is
 * negated or denied right before it: "had never made a request to B", "did not make a formal request to B", "denied
 * making a request to B" (the relations are scored without the modality column).
 */
function requestNotMade(t: readonly Token[], p: RowPair): boolean {
  if (p.type !== "asked" || !t.slice(p.from, p.to).some((x) => x.lower === "request")) return false;
  for (let k = Math.max(0, p.from - 3); k < p.from; k++) if (REQUEST_NEGATIONS.has(t[k].lower)) return true;
  return false;
}

/**
 * Mend 28 (review 28 of the verb-class rules): `pairs` without the round-28 verb rows that over-reach: mediation of
 * co-holdouts (agreedNothingBetween), time spent in captivity, care or custody or with no span (spentNoMeeting),
 * journeys of flight or return (journeyNoVisit), political "fire" (firedInWords: read as criticism instead), things
 * or players snatched (snatchedNoCaptive). The same array when nothing goes.
 *
 * @example withoutOverreachingVerbRows(frame, pairs).length // 0 for "Tom Kane snatched victory from Ann Lee"
 */
export function withoutOverreachingVerbRows<P extends RowPair>(frame: SentenceFrame, pairs: P[]): P[] {
  const t = frame.tokens;
  let out: P[] | null = null;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const words = firedInWords(t, p);
    const drop = words || agreedNothingBetween(t, p) || spentNoMeeting(t, p) || journeyNoVisit(t, p) || snatchedNoCaptive(t, p) || letGoNoCaptive(t, p) || requestNotMade(t, p);
    if (drop && !out) out = pairs.slice(0, k);
    else if (!drop && out) out.push(p);
    if (words && out) out.push({...p, type: "criticized"});
  }
  return out ?? pairs;
}
