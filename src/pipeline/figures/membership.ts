/**
 * Session 32: a group's size is no count of people something happened to: "analysts estimate that the gang has between
 * 3,000 and 4,000 members", "a militia with some 2,000 fighters", "the union counts 40,000 members" → other, whatever
 * cue stands before it in the sentence ("Some 1,700 people were kidnapped …, and the gang has 4,000 members").
 */
import {MEMBERSHIP_HEADS} from "../model/figure-categories.ts";

const HEADS = new Set(MEMBERSHIP_HEADS);
/** Right before the count (its hedge is inside the quote): "has", "have", "counts", "with", "boasts", "commands". */
// Not "along with", "together with" ("killed along with 12 fighters": the fighters shared the fate).
const HAS_BEFORE = /\b(?:has|have|had|counts|counted|numbers|numbered|boasts|boasted|commands|commanded|(?<!\b(?:along|together|alongside|clashes|clashed|fighting|battles|battled)[ \t]+)with)[ \t]+(?:an[ \t]+estimated[ \t]+)?$/i;

/**
 * True when the count, whose head is `head` (members, fighters, followers …), is what a group has: a having verb
 * or "with" right before it (the quote at `groupStart` starts with its hedge).
 *
 * @example membershipCount("The gang has 4,000 members.", 13, "members") // true
 */
export function membershipCount(text: string, groupStart: number, head: string | null): boolean {
  if (head === null || !HEADS.has(head) || groupStart <= 0) return false;
  return HAS_BEFORE.test(text.slice(Math.max(0, groupStart - 30), groupStart));
}
