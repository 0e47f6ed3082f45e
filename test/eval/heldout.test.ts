/**
 * The held-out gold sets (test/fixtures/heldout, test/fixtures/heldout2): hand-written articles on the
 * hidden evaluation's story family, annotated before the pipeline was run on them. This is a MEASUREMENT
 * of accuracy on unseen text, so there are deliberately no accuracy thresholds here — only that the
 * evaluation runs, produces a score for every table, and that every gold span can be located in its
 * article. `npx tsx src/cli/eval.ts --corpus heldout2 --verbose`.
 */
import {existsSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {HELDOUT_SETS, loadGold, scoreHeldout, type HeldoutName} from "../../src/cli/eval.ts";
import type {GoldArticle, GoldMerges} from "../../src/pipeline/eval/index.ts";

/**
 * Sets where ingest is known to drop annotated text: their "no gold span is lost" test below is a
 * known miss (it.fails). None at present. ingest/page-parts.ts puts back the <figcaption> and the
 * standfirst that Readability leaves out (heldout7 lost one of each before), and ingest/headline.ts
 * makes a page's <h1> the headline line when it says more than the <title> (heldout10 lost "… freed
 * after 47 days" under a title "… freed after weeks in captivity" before).
 */
const INGEST_LOSSES: ReadonlySet<string> = new Set<string>([]);

const SETS = (Object.keys(HELDOUT_SETS) as HeldoutName[]).filter((name) => existsSync(join(HELDOUT_SETS[name], "annotations/merges.json")));

it("the first held-out set is present", () => {
  expect(SETS).toContain("heldout");
});

/** Offset of the annotated occurrence: the quote inside the first occurrence of its context. */
function locate(text: string, quote: string, context?: string): number {
  if (!context) return text.indexOf(quote);
  const c = text.indexOf(context);
  const q = context.indexOf(quote);
  return c < 0 || q < 0 ? -1 : c + q;
}

describe.each(SETS)("%s", (name) => {
  const DIR = HELDOUT_SETS[name];
  let gold: {articles: GoldArticle[]; merges: Record<string, GoldMerges>};
  let texts: Map<string, string>;
  beforeAll(async () => {
    gold = await loadGold(join(DIR, "annotations"));
    texts = new Map();
    for (const a of gold.articles) texts.set(a.file, await readFile(join(DIR, "corpus", a.file), "utf8"));
  });

  describe("held-out gold itself", () => {
    it("has at least six articles, each from its own outlet, each with figures, dates and interactions", async () => {
      expect(gold.articles.length).toBeGreaterThanOrEqual(6);
      const manifest = await readFile(join(DIR, "corpus/manifest.csv"), "utf8");
      const outlets = manifest.trim().split("\n").slice(1).map((l) => l.split(",")[1]);
      expect(new Set(outlets).size).toBe(gold.articles.length);
      for (const a of gold.articles) {
        expect(a.figures.length, a.file).toBeGreaterThan(0);
        expect(a.event_dates.length, a.file).toBeGreaterThan(0);
        expect(a.interactions.length, a.file).toBeGreaterThan(0);
      }
    });

    it.each(["figures", "event_dates"] as const)("every %s quote (and its context) is found in the article text", (table) => {
      const lost: string[] = [];
      for (const a of gold.articles) {
        const text = texts.get(a.file) ?? "";
        for (const x of a[table]) {
          const quote = "quote" in x ? x.quote : x.text;
          if (locate(text, quote, x.context) < 0) lost.push(`${a.file}: ${quote}`);
        }
      }
      expect(lost).toEqual([]);
    });

    it("a figure quote is a whole number phrase at its located occurrence (not '25' inside '251')", () => {
      const partial: string[] = [];
      for (const a of gold.articles) {
        const text = texts.get(a.file) ?? "";
        for (const f of a.figures) {
          const at = locate(text, f.quote, f.context);
          const before = text.slice(Math.max(0, at - 1), at);
          const after = text.slice(at + f.quote.length, at + f.quote.length + 2);
          if (/[\p{L}\p{N}]/u.test(before) || /^[\p{L}\p{N}]|^[.,]\d/u.test(after)) partial.push(`${a.file}: ${f.quote}`);
        }
      }
      expect(partial).toEqual([]);
    });

    it("every actor, interaction endpoint and merge name occurs in the corpus", () => {
      const all = [...texts.values()].join("\n").toLowerCase();
      const names = gold.articles.flatMap((a) => [...a.actors, ...a.interactions.flatMap((i) => [i.source, i.target])]);
      const m = gold.merges[name];
      expect(m).toBeDefined();
      names.push(...(m?.same.flat() ?? []), ...(m?.different.flat() ?? []));
      expect(names.filter((n) => !all.includes(n.toLowerCase()))).toEqual([]);
    });
  });

  describe("held-out evaluation runs (measurement, no thresholds)", () => {
    let result: Awaited<ReturnType<typeof scoreHeldout>>;
    beforeAll(async () => {
      result = await scoreHeldout(DIR, name);
    }, 120_000);

    it("every article is ingested", () => {
      expect(result).not.toBeNull();
      expect(result?.score.missingArticles).toEqual([]);
    });

    // Every gold quote, date text and context must still be in the ingested text: HTML text that
    // ingest drops (a caption, a standfirst) would hide the gold rows on it from every stage.
    (INGEST_LOSSES.has(name) ? it.fails : it)("no gold span is lost by ingest (reported as not found in the ingested text)", () => {
      expect(result?.score.misses.filter((m) => m.detail.includes("not found in text") || m.sentence.startsWith("(gold quote not found"))).toEqual([]);
    });

    it("produces a finite score for every table", () => {
      const s = result!.score;
      const nums = [
        s.figures.precision, s.figures.recall, s.figures.f1, s.figures.categoryAccuracy, s.figures.qualifierAccuracy,
        s.eventDates.accuracy, s.eventDates.precision,
        s.interactions.precision, s.interactions.recall, s.interactions.f1,
        s.merges.merged, s.merges.wrongMerges, s.actors.recall
      ];
      for (const n of nums) expect(Number.isFinite(n)).toBe(true);
      expect(s.figures.tp + s.figures.fn).toBe(gold.articles.reduce((a, g) => a + g.figures.length, 0));
      expect(s.eventDates.gold).toBe(gold.articles.reduce((a, g) => a + g.event_dates.length, 0));
      expect(s.merges.groups).toBe(gold.merges[name]?.same.length);
      expect(s.merges.pairs).toBe(gold.merges[name]?.different.length);
    });

    it("per-stage scores exist: sentences with exact offsets, no stage warnings", () => {
      const st = result!.stage;
      expect(st.sentences.emptyArticles).toBe(0);
      expect(st.sentences.badOffsets).toBe(0);
      expect(st.stageWarnings).toEqual({});
    });
  });
});
