/**
 * A total broken down into a list of its people: "the floods killed 40 people: 25 farmers and 15 children", "the
 * 12 – seven engineers and five sailors – were freed at dawn". The items are the total's people, so
 * they take what happened to the total (after a colon) or the verb after the closing dash (between dashes).
 */
import {allBlank, codeAt, isBlank} from "./chars.ts";
import {LIST_CONJUNCTIONS} from "../model/figure-categories.ts";

/** A count of the sentence: where its number starts, where its phrase ends, its value (extract.ts Candidate). */
export interface ListCount {
  start: number;
  groupEnd: number;
  tok: {value: number | null};
  group: {kind: string};
}

/** A count already read, with its category (extract.ts Accepted). */
export interface ListFigure {
  c: ListCount;
  category: string;
}

/** How many counts a breakdown list may hold: longer runs are tables, and a bound keeps a long list linear. */
const MAX_ITEMS = 12;
/** Between a total's phrase and its first item: a colon, maybe after a short time or place phrase ("freed 23 people on Sunday: …"). */
const COLON_GAP = /^(?:[ \t]+[^,.;:!?"“”()]{1,30}?)?[ \t]*:[ \t]*$/;
/** Between two items: a comma or a conjunction, maybe after a second noun of the first item ("12 nurses and doctors and 3 drivers"). */
const LIST_GAP = new RegExp(String.raw`^(?:[ \t]+and[ \t]+[a-z]+)?[ \t]*(?:,[ \t]*)?(?:(?:${LIST_CONJUNCTIONS.join("|")})[ \t]+)?$`);

/**
 * The index in `counts` of the total that the count at `start` (value `value`) breaks down after a colon, or -1:
 * walking back over the list's earlier items (LIST_GAP) to a person count with a category followed by a colon
 * (COLON_GAP), whose value is at least the items' sum ("The committee has 40 members: 25 farmers …" has no category;
 * "freed 3 men: 40 more …" adds up to more than the total).
 *
 * @example colonTotal("Floods killed 40 people: 25 farmers", [{c: {start: 14, groupEnd: 23, tok: {value: 40}, group: {kind: "person"}}, category: "killed"}], 25, 25) // 0
 */
export function colonTotal(text: string, counts: readonly ListFigure[], start: number, value: number | null): number {
  if (value === null) return -1;
  let sum = value;
  let pos = start;
  for (let k = counts.length - 1; k >= 0 && k >= counts.length - MAX_ITEMS; k--) {
    const a = counts[k];
    const end = a.c.groupEnd;
    if (a.c.group.kind !== "person" || end > pos || pos - end > 40) return -1;
    const v = a.c.tok.value;
    if (hasColon(text, end, pos)) {
      const gap = text.slice(end, pos);
      if (!COLON_GAP.test(gap) || a.category === "other" || a.category === "captivity_days" || v === null || sum > v) return -1;
      return k;
    }
    if (v === null || !LIST_GAP.test(text.slice(end, pos))) return -1;
    sum += v;
    pos = a.c.start;
  }
  return -1;
}

/** True when text[from, to) holds a colon (a short gap: no slice). */
function hasColon(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (codeAt(text, k) === 58) return true;
  return false;
}

/** Where a list item's phrase may end: the sentence's end, a comma, a closing dash or bracket, a quote. */
const ITEM_END = /^[ \t]*(?:$|[,.;:!?)"”’]|—|–|-[ \t])/;

/**
 * True when the list from count `i` of `counts` on has no verb of its own: each item is followed by the list's end
 * (ITEM_END) or by a list gap (LIST_GAP) and the next count ("two doctors said they …" or "4 doctors and 3 nurses
 * stayed behind" have a verb: the items are its subjects, not a breakdown). At most MAX_ITEMS items are read.
 *
 * @example listEndsClean("freed 41: 30 men and 11 women.", counts, 1) // true
 */
export function listEndsClean(text: string, counts: readonly ListCount[], i: number): boolean {
  for (let j = i; j < counts.length && j < i + MAX_ITEMS; j++) {
    const end = counts[j].groupEnd;
    if (ITEM_END.test(text.slice(end, end + 3))) return true;
    if (j + 1 >= counts.length || counts[j + 1].start - end > 40 || !LIST_GAP.test(text.slice(end, counts[j + 1].start))) return false;
  }
  return false;
}

/** A dash that opens or closes an aside: an en or em dash, "--", or a hyphen with blanks on both sides. */
function dashAt(text: string, k: number): number {
  const c = codeAt(text, k);
  if (c === 0x2013 || c === 0x2014) return 1;
  if (c === 45 && codeAt(text, k + 1) === 45) return 2;
  if (c === 45 && isBlank(codeAt(text, k - 1)) && isBlank(codeAt(text, k + 1))) return 1;
  return 0;
}

/** Characters an item may sit from its aside's dashes. */
const ASIDE_REACH = 100;

/**
 * Where the clause resumes after the dash that closes a breakdown aside around count `i` of `counts` (the sentence's
 * counts, in order), or -1: an opening dash before the count (only list words between: no period, colon, semicolon
 * or parenthesis) right after an earlier count, a closing dash after it, and the items inside adding up to no more
 * than that count ("The 12 – seven engineers and five sailors – were freed": the verb after the aside
 * is theirs). Only counts within the aside's reach are read.
 *
 * @example dashListResume("The 12 - seven engineers and five sailors - were freed.", counts, 1) // 43 (counts: 12, seven, five)
 */
export function dashListResume(text: string, counts: readonly ListCount[], i: number): number {
  const start = counts[i].start;
  const groupEnd = counts[i].groupEnd;
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - ASIDE_REACH; k--) {
    const c = codeAt(text, k);
    if (c === 46 || c === 58 || c === 59 || c === 40 || c === 41) return -1;
    if (dashAt(text, k) > 0) {
      open = k;
      break;
    }
  }
  if (open < 0) return -1;
  let first = i;
  while (first > 0 && counts[first - 1].start > open) first--;
  if (first === 0) return -1;
  const t = counts[first - 1];
  if (t.groupEnd > open || !allBlank(text, t.groupEnd, open) || t.tok.value === null) return -1;
  let close = -1;
  for (let k = groupEnd; k < text.length && k <= groupEnd + ASIDE_REACH; k++) {
    const c = codeAt(text, k);
    if (c === 46 || c === 58 || c === 59 || c === 40 || c === 41) return -1;
    const w = dashAt(text, k);
    if (w > 0) {
      close = k + w;
      break;
    }
  }
  if (close < 0) return -1;
  let sum = 0;
  for (let j = first; j < counts.length && counts[j].groupEnd < close; j++) {
    const v = counts[j].tok.value;
    if (v === null) return -1;
    sum += v;
  }
  return sum <= t.tok.value ? close : -1;
}
