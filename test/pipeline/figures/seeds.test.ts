/**
 * Stage 05 on the five bundled seed articles (read here only; the code never sees them).
 * Naive sentence split, no dates, no mentions: the stage must work from the text alone.
 */
import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {figuresOf, makeArticle, row} from "./helpers.ts";

const DIR = new URL("../../../data/corpus/", import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
const read = (prefix: string) => readFileSync(new URL(files.find((f) => f.startsWith(prefix))!, DIR), "utf8").replace(/\r\n?/g, "\n");

type Row = Partial<ReturnType<typeof row>>;

const EXPECTED: [string, Row[]][] = [
  ["000", [
    {quote: "20", value: 20, category: "hostages_released", group: "living israeli hostages", qualifier: "exact", modality: "reported"},
    {quote: "approximately 2,000", value: 2000, qualifier: "approximately", category: "prisoners_released", group: "palestinian prisoners"}
  ]],
  ["001", [
    {quote: "two", value: 2, category: "hostages_released", group: "russian citizen hostages", modality: "hypothetical", attribution: "Musa Abu Marzouk"},
    // "the two men discussed": an anaphoric count with a head noun is a figure (docs/evaluation.md), category other.
    {quote: "two", value: 2, category: "other", group: "men"},
    {quote: "two", value: 2, category: "hostages_released", group: "russian hostages", modality: "hypothetical"},
    {quote: "two", value: 2, category: "hostages_held", group: "russians", modality: "claimed", attribution: "Abu Marzouk"},
    {quote: "some 1,200", value: 1200, qualifier: "some", category: "killed", group: "people"}
  ]],
  ["002", [
    {quote: "two", value: 2, category: "other", group: "leaders"},
    {quote: "two", category: "hostages_released", group: "former hostages"},
    {quote: "hundreds", value: null, vague: true, qualifier: "hundreds", category: "killed", group: "people"},
    {quote: "dozens", value: null, vague: true, qualifier: "dozens", category: "abducted", group: "hostages"},
    {quote: "over 27,000", value: 27000, qualifier: "over", category: "killed", asOf: "Wednesday",
      attribution: "Health officials in the Palestinian enclave"}
  ]],
  ["003", [
    {quote: "two", category: "hostages_released", group: "russian-israeli hostages", modality: "hypothetical"},
    {quote: "thousands", vague: true, category: "other", group: "people"},
    {quote: "some 1,200", qualifier: "some", category: "killed", group: "people"},
    {quote: "another 250", value: 250, qualifier: "another", category: "abducted"},
    {quote: "around 65", value: 65, qualifier: "around", category: "hostages_held", group: "hostages", attribution: "Israel"},
    {quote: "more than 43,000", value: 43000, qualifier: "more than", category: "killed", attribution: "Palestinian health officials"}
  ]],
  ["004", [
    {quote: "over 47,000", value: 47000, qualifier: "over", category: "killed", group: "palestinians", period: "over 15 months", modality: "reported"},
    {quote: "about 1,500", value: 1500, qualifier: "about", category: "killed", group: "israelis", period: "over 15 months"}
  ]]
];

describe("seed articles", () => {
  it("has the five seeds", () => expect(files.length).toBe(5));
  it.each(EXPECTED)("seed %s", (prefix, rows) => {
    const text = read(prefix);
    const got = figuresOf(text, true);
    expect(got.map(row)).toHaveLength(rows.length);
    rows.forEach((r, i) => expect(row(got[i])).toMatchObject(r));
    const article = makeArticle(text);
    for (const f of got) expect(article.text.slice(f.start, f.end)).toBe(f.quote);
  });
  it("a repeated paragraph without repeatOf still yields its figures once (seed 004)", () => {
    expect(figuresOf(read("004"), false).map((f) => f.quote)).toEqual(["over 47,000", "about 1,500"]);
  });
});
