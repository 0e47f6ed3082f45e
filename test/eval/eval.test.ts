/**
 * The pipeline against the hand-annotated gold (docs/evaluation.md). These are the product's
 * targets on the combined own + seeds gold; `npm run eval -- --verbose` lists every miss.
 */
import {beforeAll, describe, expect, it} from "vitest";
import {loadGold, runEval, type EvalReport} from "../../src/cli/eval.ts";

let report: EvalReport;
beforeAll(async () => {
  report = await runEval();
}, 120_000);

describe("gold corpus itself", () => {
  it("has at least 14 own articles and the 5 seeds, each with figures and dates", async () => {
    const {articles, merges} = await loadGold();
    expect(articles.filter((a) => a.corpus === "gold").length).toBeGreaterThanOrEqual(14);
    expect(articles.filter((a) => a.corpus === "seeds").length).toBe(5);
    expect(articles.every((a) => a.figures.length + a.event_dates.length > 0)).toBe(true);
    expect(merges.gold.same.length).toBeGreaterThan(5);
    expect(merges.seeds.different.length).toBeGreaterThan(3);
  });
  it("every gold article is ingested with status ok", () => {
    expect(report.combined.missingArticles).toEqual([]);
  });
  it("every gold quote and date expression is found in the pipeline's article text", () => {
    // If ingestion rewrites text (quotes, whitespace, boilerplate), gold spans must still be locatable.
    expect(report.combined.misses.filter((m) => m.detail.includes("not found in text") || m.sentence.startsWith("(gold quote not found"))).toEqual([]);
  });
});

describe("pipeline vs gold (combined own + seeds)", () => {
  it("figures F1 ≥ 0.95", () => expect(report.combined.figures.f1).toBeGreaterThanOrEqual(0.95));
  it("figure category right on ≥ 0.95 of matches", () => expect(report.combined.figures.categoryAccuracy).toBeGreaterThanOrEqual(0.95));
  it("figure qualifier right on ≥ 0.95 of matches", () => expect(report.combined.figures.qualifierAccuracy).toBeGreaterThanOrEqual(0.95));
  it("event dates accuracy ≥ 0.90", () => expect(report.combined.eventDates.accuracy).toBeGreaterThanOrEqual(0.9));
  it("every same-actor group merged", () => expect(report.combined.merges.merged).toBe(report.combined.merges.groups));
  it("no wrong merges", () => expect(report.combined.merges.wrongMerges).toBe(0));
  it("interactions F1 ≥ 0.75", () => expect(report.combined.interactions.f1).toBeGreaterThanOrEqual(0.75));
});

describe("per-stage sanity", () => {
  it.each(["own", "seeds"] as const)("%s: every article has sentences with exact offsets and no stage threw", (name) => {
    const s = report.stages[name];
    expect(s.sentences.emptyArticles).toBe(0);
    expect(s.sentences.badOffsets).toBe(0);
    expect(s.stageWarnings).toEqual({});
  });
});
