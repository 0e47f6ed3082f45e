import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {refineMonthModifiers, refineYearSuffixes, type Results} from "../../../src/pipeline/dates/refiners.ts";
import type {Spec} from "../../../src/pipeline/dates/spec.ts";

interface R {
  index: number;
  text: string;
  spec: Spec | null;
}
const OPS: Results<R> = {
  index: (r) => r.index,
  text: (r) => r.text,
  spec: (r) => r.spec,
  rebuild: (_from, index, end, spec, text) => ({index, text: text.slice(index, end), spec})
};

/** The two refiners with their regexes always tried (the reference for their text gates). */
function modifiersByRegex(text: string, r: R): R {
  const before = text.slice(Math.max(0, r.index - 40), r.index);
  const m = /\b(last|this\s+past|this|earlier\s+this|early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*$/i.exec(before);
  const spec = r.spec;
  if (!m || !spec || spec.kind !== "calendar" || spec.month === undefined || (spec.weekday !== undefined && spec.day === undefined)) return r;
  const word = m[1].toLowerCase().replace(/\s+/g, " ");
  const next: Spec = {...spec};
  if (word === "last" || word === "this past") next.monthYear = "last";
  else if (word === "this" || word === "earlier this") next.monthYear = "this";
  else next.modifier = word;
  const start = r.index - (before.length - m.index);
  return OPS.rebuild(r, start, r.index + r.text.length, next, text);
}
function yearSuffixByRegex(text: string, r: R): R {
  const end = r.index + r.text.length;
  const m = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i.exec(text.slice(end, end + 40));
  const spec = r.spec;
  if (!m || !spec || spec.kind !== "calendar" || spec.month === undefined || spec.year !== undefined) return r;
  const word = m[1].toLowerCase();
  return OPS.rebuild(r, r.index, end + m[0].length, {...spec, yearShift: word === "last" ? -1 : word === "next" ? 1 : 0}, text);
}

describe("03 dates: the refiners' text gates change nothing", () => {
  it("on random text around a month", () => {
    const pieces = ["last", "Last", "this", "past", "earlier", "early", "nearly", "mid", "late", "the", "end", "of", "beginning", "next", "year", "Year", ",", " ", "  ", "-", "\u00a0", "\u2009", "x", "é"];
    const words = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((p) => p.join(""));
    const spaced = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((p) => p.join(" "));
    fc.assert(
      fc.property(fc.oneof(words, spaced), fc.oneof(words, spaced), fc.constantFrom<Spec | null>({kind: "calendar", month: 11}, {kind: "calendar", month: 11, day: 7}, {kind: "calendar", weekday: 1}, null), (head, tail, spec) => {
        const text = `${head}November${tail}`;
        const r: R = {index: head.length, text: "November", spec};
        expect(refineMonthModifiers(text, [r], OPS)).toEqual([modifiersByRegex(text, r)]);
        expect(refineYearSuffixes(text, [r], OPS)).toEqual([yearSuffixByRegex(text, r)]);
      }),
      {numRuns: 20000}
    );
  });
});
