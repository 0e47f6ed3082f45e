import type {ParsingContext, ParsingResult, Refiner} from "chrono-node";
import type {Spec} from "./spec.ts";
import {interpret} from "./interpret.ts";
import {tagSpec} from "./tags.ts";

/**
 * Custom chrono refiners that keep one news date expression as one result with its modifier:
 * "late November", "last October", "mid-March", "7 October of last year", "Oct. 7 last year",
 * "two weeks after the 7 October".
 */

/** A modifier right before a month ("late November", "mid-", "the end of", "last", "this"). */
const MODIFIER_BEFORE = /\b(last|this\s+past|this|earlier\s+this|early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*$/i;
/** "of last year", ", this year", "last year" right after a month-day. */
const YEAR_SUFFIX = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;
/** Between "two weeks after" and the date it counts from. */
const AFTER_GAP = /^\s+(?:the\s+)?$/i;
const AFTER_END = /\b(?:after|before)$/i;

function rebuilt(context: ParsingContext, from: ParsingResult, index: number, end: number, spec: Spec): ParsingResult {
  const r = context.createParsingResult(index, context.text.slice(index, end));
  r.start = from.start.clone();
  return tagSpec(r, spec);
}

/** Extends month results backwards over "late", "mid-", "last", "this"… and records the modifier. */
const monthModifier: Refiner = {
  refine(context, results) {
    return results.map((r) => {
      // Text test first: it is cheaper than reading the result's components.
      const before = context.text.slice(Math.max(0, r.index - 40), r.index);
      const m = MODIFIER_BEFORE.exec(before);
      if (!m) return r;
      const spec = interpret(r);
      if (!spec || spec.kind !== "calendar" || spec.month === undefined || spec.weekday !== undefined && spec.day === undefined) return r;
      const word = m[1].toLowerCase().replace(/\s+/g, " ");
      const next: Spec = {...spec};
      if (word === "last" || word === "this past") next.monthYear = "last";
      else if (word === "this") next.monthYear = "this";
      else if (word === "earlier this") next.monthYear = "this";
      else next.modifier = word;
      const start = r.index - (before.length - m.index);
      return rebuilt(context, r, start, r.index + r.text.length, next);
    });
  }
};

/** Merges "7 October" + "of last year" into one result with a year shift. */
const yearSuffix: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    let skipUntil = -1;
    for (const r of results) {
      if (r.index < skipUntil) continue;
      const end = r.index + r.text.length;
      const m = YEAR_SUFFIX.exec(context.text.slice(end, end + 40));
      const spec = m ? interpret(r) : null;
      if (m && spec && spec.kind === "calendar" && spec.month !== undefined && spec.year === undefined) {
        const word = m[1].toLowerCase();
        const yearShift = word === "last" ? -1 : word === "next" ? 1 : 0;
        const newEnd = end + m[0].length;
        out.push(rebuilt(context, r, r.index, newEnd, {...spec, yearShift}));
        skipUntil = newEnd;
        continue;
      }
      out.push(r);
    }
    return out;
  }
};

/** Merges "two weeks after" + "the 7 October" into one result counted from that date. */
const offsetAfterDate: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      const next = results[i + 1];
      const spec = next && AFTER_END.test(r.text) ? interpret(r) : null;
      if (next && spec && spec.kind === "fromAnchor") {
        const end = r.index + r.text.length;
        const anchor = interpret(next);
        if (anchor && anchor.kind === "calendar" && AFTER_GAP.test(context.text.slice(end, next.index))) {
          out.push(rebuilt(context, next, r.index, next.index + next.text.length, {...spec, anchor}));
          i++;
          continue;
        }
      }
      out.push(r);
    }
    return out;
  }
};

/** The custom refiners, in the order they run after chrono's own. */
export const NEWS_REFINERS: Refiner[] = [monthModifier, yearSuffix, offsetAfterDate];
