import {ParsingResult, type Refiner} from "chrono-node";
import {codeAt} from "./code-at.ts";
import {isRegexSpace, lastWordIsOneOf, skipRegexSpaces} from "./spaces.ts";
import type {Spec} from "./spec.ts";
import {interpret} from "./interpret.ts";
import {tagSpec} from "./tags.ts";

/**
 * Custom refiners that keep one news date expression as one result with its modifier:
 * "late November", "last October", "mid-March", "7 October of last year", "Oct. 7 last year",
 * "two weeks after the 7 October". Written once over any result type (`Results`), so chrono
 * (`NEWS_REFINERS`) and the light path (`light-chrono.ts`) refine alike.
 */

/** A modifier right before a month ("late November", "mid-", "the end of", "last", "this"). */
const MODIFIER_BEFORE = /\b(last|this\s+past|this|earlier\s+this|early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*$/i;
/** "of last year", ", this year", "last year" right after a month-day. */
const YEAR_SUFFIX = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;
/** Between "two weeks after" and the date it counts from. */
const AFTER_GAP = /^\s+(?:the\s+)?$/i;
const AFTER_END = /\b(?:after|before)$/i;

/** How a refiner reads and rebuilds results of type R (chrono's ParsingResult, or the light path's). */
export interface Results<R> {
  index(r: R): number;
  text(r: R): string;
  spec(r: R): Spec | null;
  /** A result over text[index, end) meaning `spec`, built from `from` (which keeps its other fields). */
  rebuild(from: R, index: number, end: number, spec: Spec, text: string): R;
}

/**
 * Extends month results backwards over "late", "mid-", "last", "this"… and records the modifier.
 *
 * @example refineMonthModifiers("in late November", results, ops)
 */
export function refineMonthModifiers<R>(text: string, results: R[], ops: Results<R>): R[] {
  let out: R[] | null = null;
  for (let i = 0; i < results.length; i++) {
    const refined = withMonthModifier(text, results[i], ops);
    if (refined !== results[i]) (out ??= results.slice())[i] = refined;
  }
  return out ?? results;
}

function withMonthModifier<R>(text: string, r: R, ops: Results<R>): R {
  const index = ops.index(r);
  // A text test first: it is cheaper than reading the result's components. Every modifier ends
  // in one of these words right before the spaces or hyphen ("late ", "mid-", "end of ").
  if (!lastWordIsOneOf(text, index, MODIFIER_LAST_WORDS)) return r;
  const before = text.slice(Math.max(0, index - 40), index);
  const m = MODIFIER_BEFORE.exec(before);
  if (!m) return r;
  const spec = ops.spec(r);
  if (!spec || spec.kind !== "calendar" || spec.month === undefined || spec.weekday !== undefined && spec.day === undefined) return r;
  const word = m[1].toLowerCase().replace(/\s+/g, " ");
  const next: Spec = {...spec};
  if (word === "last" || word === "this past") next.monthYear = "last";
  else if (word === "this") next.monthYear = "this";
  else if (word === "earlier this") next.monthYear = "this";
  else next.modifier = word;
  const start = index - (before.length - m.index);
  return ops.rebuild(r, start, index + ops.text(r).length, next, text);
}

/** Last words of the MODIFIER_BEFORE phrases: last, past, this, early, mid, late, of. */
const MODIFIER_LAST_WORDS = ["last", "past", "this", "early", "mid", "late", "of"];

/**
 * Whether YEAR_SUFFIX could match at `end`: an optional comma, spaces, then "of", "last", "this"
 * or "next" (its first letter). Most dates are followed by another word.
 */
function mayHaveYearSuffix(text: string, end: number): boolean {
  let k = end;
  if (codeAt(text, k) === 44) k++;
  if (!isRegexSpace(codeAt(text, k))) return false;
  const c = codeAt(text, skipRegexSpaces(text, k)) | 32;
  return c === 111 || c === 108 || c === 116 || c === 110;
}

/**
 * Merges "7 October" + "of last year" into one result with a year shift.
 *
 * @example refineYearSuffixes("on 7 October of last year", results, ops)
 */
export function refineYearSuffixes<R>(text: string, results: R[], ops: Results<R>): R[] {
  // Built only once a result changes: most lists come back as they were (the list itself).
  let out: R[] | null = null;
  let skipUntil = -1;
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const index = ops.index(r);
    if (index < skipUntil) {
      out ??= results.slice(0, i);
      continue;
    }
    const end = index + ops.text(r).length;
    const m = mayHaveYearSuffix(text, end) ? YEAR_SUFFIX.exec(text.slice(end, end + 40)) : null;
    const spec = m ? ops.spec(r) : null;
    if (m && spec && spec.kind === "calendar" && spec.month !== undefined && spec.year === undefined) {
      const word = m[1].toLowerCase();
      const yearShift = word === "last" ? -1 : word === "next" ? 1 : 0;
      const newEnd = end + m[0].length;
      (out ??= results.slice(0, i)).push(ops.rebuild(r, index, newEnd, {...spec, yearShift}, text));
      skipUntil = newEnd;
      continue;
    }
    if (out) out.push(r);
  }
  return out ?? results;
}

/**
 * Merges "two weeks after" + "the 7 October" into one result counted from that date.
 *
 * @example refineOffsetsAfterDates("two weeks after the 7 October attack", results, ops)
 */
export function refineOffsetsAfterDates<R>(text: string, results: R[], ops: Results<R>): R[] {
  // Built only once a result changes: most lists come back as they were (the list itself).
  let out: R[] | null = null;
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const next = i + 1 < results.length ? results[i + 1] : undefined;
    const spec = next !== undefined && endsInAfterOrBefore(ops.text(r)) && AFTER_END.test(ops.text(r)) ? ops.spec(r) : null;
    if (next !== undefined && spec && spec.kind === "fromAnchor") {
      const end = ops.index(r) + ops.text(r).length;
      const anchor = ops.spec(next);
      if (anchor && anchor.kind === "calendar" && AFTER_GAP.test(text.slice(end, ops.index(next)))) {
        (out ??= results.slice(0, i)).push(ops.rebuild(next, ops.index(r), ops.index(next) + ops.text(next).length, {...spec, anchor}, text));
        i++;
        continue;
      }
    }
    if (out) out.push(r);
  }
  return out ?? results;
}

/**
 * Whether a text ends in "r" or "e" (any case), as "after" and "before" do: AFTER_END, anchored at
 * the end, is otherwise tried from every character of every result ("on Monday", "2023").
 */
function endsInAfterOrBefore(text: string): boolean {
  const c = codeAt(text, text.length - 1) | 32;
  return c === 114 || c === 101;
}

/** The three refiners above, in the order they run after chrono's own. */
export function refineNews<R>(text: string, results: R[], ops: Results<R>): R[] {
  return refineOffsetsAfterDates(text, refineYearSuffixes(text, refineMonthModifiers(text, results, ops), ops), ops);
}

/** How the refiners read and rebuild chrono's results; a rebuilt result carries its Spec as a tag. */
const CHRONO_OPS: Results<ParsingResult> = {
  index: (r) => r.index,
  text: (r) => r.text,
  spec: (r) => interpret(r),
  rebuild(from, index, end, spec, text) {
    // Built like chrono's own results: the reference and index of a result of the same text.
    const r = new ParsingResult(from.reference, index, text.slice(index, end));
    r.start = from.start.clone();
    return tagSpec(r, spec);
  }
};

/** The custom refiners, in the order they run after chrono's own. */
export const NEWS_REFINERS: Refiner[] = [
  {refine: (context, results) => refineMonthModifiers(context.text, results as ParsingResult[], CHRONO_OPS)},
  {refine: (context, results) => refineYearSuffixes(context.text, results as ParsingResult[], CHRONO_OPS)},
  {refine: (context, results) => refineOffsetsAfterDates(context.text, results as ParsingResult[], CHRONO_OPS)}
];
