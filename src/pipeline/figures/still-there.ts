/**
 * Session 31: in a hostage story, people counted by who they are ("Chilean nationals", "more people with Chilean
 * citizenship") who "are still in" or "remain in" a named place, the enclave or a captor's hands are captives still
 * held: "At least two other Chilean nationals are still in the Darien, a diplomat said" → hostages_held. Not "still
 * in hospital" (NOT_HELD_REMAIN_IN), not "About 2 million Palestinians remain in Gaza" (a people, not a count of
 * nationals), not outside a hostage story.
 */
import {NATIONALITIES} from "../model/nationalities.ts";
import {NOT_HELD_REMAIN_IN} from "../model/figure-exclusions.ts";
import {STILL_THERE_HEADS, STILL_THERE_LABEL_WORDS, STILL_THERE_PLACES} from "../model/figure-categories.ts";
import {phraseSource} from "./regex.ts";

const HEADS = new Set(STILL_THERE_HEADS);
const LABEL_WORDS = new Set([...STILL_THERE_LABEL_WORDS, ...NATIONALITIES.map((n) => n.adjective.toLowerCase())]);
/**
 * After the count's group: an optional "with / holding …" phrase and one aside in commas ("Pedro among them"), then
 * "are (still) in", "remain (still) in", "still remain in" and the place: captivity, the enclave (STILL_THERE_PLACES), a
 * capitalised name, with "the" or not (not "hospital"), or someone's hands ("the movement's hands", "the hands of the gang").
 */
const STILL_THERE_AFTER = new RegExp(
  String.raw`^(?:[ \t]+(?:with|holding|who[ \t]+hold)[ \t][^,;.!?]{1,40}?)?(?:[ \t]*,[^,;.!?]{1,60},)?[ \t]+(?:are[ \t]+still|remain(?:s)?(?:[ \t]+still)?|still[ \t]+remain)[ \t]+in[ \t]+` +
  String.raw`(?!(?:a[ \t]+|the[ \t]+)?(?:${phraseSource(NOT_HELD_REMAIN_IN)})\b)` +
  String.raw`(?:captivity\b|the[ \t]+(?:${STILL_THERE_PLACES.join("|")})\b|the[ \t]+hands[ \t]+of\b|(?:the[ \t]+)?[A-Za-z'’ -]{1,40}?['’]s?[ \t]+hands\b|(?:the[ \t]+)?[A-Z][a-z]+\b)`
);

/**
 * True when a count of people (head `head`, label `label`, its hedge `qualifier`) in a hostage story is of captives
 * still there, by the text of `sentence` after its group (from `groupEnd`). `hostageStory` is asked last: only a
 * count whose head and label fit reads the story's words.
 *
 * @example stillThere("nationals", "other chilean nationals", "exact", "Two other Chilean nationals are still in the Darien.", 28, () => true) // true
 */
export function stillThere(head: string | null, label: string | null, qualifier: string, sentence: string, groupEnd: number, hostageStory: () => boolean): boolean {
  if (head === null || label === null || !HEADS.has(head)) return false;
  const after = sentence.slice(groupEnd, groupEnd + 160);
  // "another nine people": the hedge says they are more of people counted before.
  if (!LABEL_WORDS.has(qualifier) && !label.split(/\s+/).some((w) => LABEL_WORDS.has(w)) && !/\b(?:with|holding)\b/.test(after.slice(0, 12))) return false;
  return STILL_THERE_AFTER.test(after) && hostageStory();
}
