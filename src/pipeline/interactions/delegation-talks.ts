/**
 * Talks or a meeting between a person and a delegation its head is named for: "talks between A
 * and a rebel delegation led by B", "a meeting between a delegation headed by senior official B
 * and Deputy Minister A" → A met B. The gold sets read talks between people as a meeting; talks
 * between two countries or groups stay a negotiation (nominal.ts).
 */
import {startsLower, startsUpper} from "../events/letter-case.ts";
import {DELEGATE_NOUNS, LEADING_WORDS} from "../model/argument-words.ts";
import type {PlacedMention, SentenceFrame} from "../events/frame.ts";
import {objectsAfter, type MentionGrid} from "./arguments.ts";
import type {Pair} from "./find-interactions.ts";

const DELEGATES = new Set(DELEGATE_NOUNS);
const LEADS = new Set(LEADING_WORDS);
const ARTICLES = new Set(["a", "an", "the"]);

/** Most lowercase title words between "led by" and the head's name ("led by senior council member B"). */
const HEAD_TITLE_WORDS = 4;
/** Most words of a person's title before the name, for the party that is no delegation ("Deputy Foreign Minister A"). */
const PARTY_TITLE_WORDS = 4;

/** One side of the talks: the person standing for it, where it ends, and whether a delegation's head was read. */
interface Party {
  person: PlacedMention;
  end: number;
  led: boolean;
}

/**
 * The delegation written from token `k`: "a/the (<one name or capitalised word>) <delegate noun>
 * led/headed by (<lowercase title words>) B" → B, or null.
 */
function delegationAt(frame: SentenceFrame, grid: MentionGrid, k: number): Party | null {
  const t = frame.tokens;
  if (!ARTICLES.has(t[k]?.lower ?? "")) return null;
  let j = k + 1;
  const owner = grid.startingAt.get(j);
  if (owner && owner.mention.kind !== "person") j = owner.to;
  else if (!owner && startsUpper(t[j]?.text ?? "") && !t[j].punct) j++;
  if (!DELEGATES.has(t[j]?.lower ?? "") || !LEADS.has(t[j + 1]?.lower ?? "") || t[j + 2]?.lower !== "by") return null;
  let h = j + 3;
  while (h < j + 3 + HEAD_TITLE_WORDS && h < t.length && !grid.startingAt.has(h) && !t[h].punct && startsLower(t[h].text) && t[h].lower !== "and") h++;
  const head = grid.startingAt.get(h);
  return head && head.mention.kind === "person" ? {person: head, end: head.to, led: true} : null;
}

/** One side from token `k`: a delegation (delegationAt), else the person named there after up to four title words. */
function partyAt(frame: SentenceFrame, grid: MentionGrid, k: number): Party | null {
  const led = delegationAt(frame, grid, k);
  if (led) return led;
  const m = objectsAfter(frame, grid, k, {gap: PARTY_TITLE_WORDS})[0];
  return m && m.mention.kind === "person" ? {person: m, end: m.to, led: false} : null;
}

/**
 * For a talks or meeting noun at `i` followed by "between": when one side is a delegation whose
 * head is named and the other a person, A met B; pushes that row and returns true. False (nothing
 * pushed) for any other shape, which the plain "between A and B" rule reads.
 *
 * @example delegationTalks(frame, grid, talksIndex, out) // true for "talks between A and a delegation led by B"
 */
export function delegationTalks(frame: SentenceFrame, grid: MentionGrid, i: number, out: Pair[]): boolean {
  const t = frame.tokens;
  if (t[i + 1]?.lower !== "between") return false;
  const first = partyAt(frame, grid, i + 2);
  if (!first || t[first.end]?.lower !== "and") return false;
  const second = partyAt(frame, grid, first.end + 1);
  if (!second || (!first.led && !second.led) || first.person.index === second.person.index) return false;
  out.push({source: first.person, target: second.person, type: "met", from: i, to: i + 1, rule: "nominal-delegation-talks"});
  return true;
}
