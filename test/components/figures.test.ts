import {describe, expect, it} from "vitest";
import {comparableGroups, comparableKey, discrepancies, hedgeOf, integerTicks, reportDate, type FigureLike} from "../../src/components/figures.ts";

function fig(p: Partial<FigureLike> & {outlet: string; value?: number | null}): FigureLike {
  return {figure_id: `f${Math.random()}`.slice(0, 8), article_id: p.outlet, published: "2024-05-10", as_of: null, value: null, low: null, high: null,
    qualifier: "exact", category: "killed", group_label: "villagers", attribution: null, quote: "x", ...p};
}

describe("hedgeOf", () => {
  it.each([
    ["over", {qualifier: "over", low: null, high: null}, "up"],
    ["more than", {qualifier: "more than", low: null, high: null}, "up"],
    ["nearly", {qualifier: "nearly", low: null, high: null}, "down"],
    ["almost (case)", {qualifier: "Almost", low: null, high: null}, "down"],
    ["about", {qualifier: "about", low: null, high: null}, "about"],
    ["some", {qualifier: "some", low: null, high: null}, "about"],
    ["range beats words", {qualifier: "about", low: 20, high: 25}, "range"],
    ["exact", {qualifier: "exact", low: null, high: null}, "exact"]
  ])("%s", (_label, f, expected) => {
    expect(hedgeOf(f)).toBe(expected);
  });
});

describe("comparable figures", () => {
  it("keys by category and group", () => {
    expect(comparableKey({category: "wounded", group_label: "miners"})).toBe("wounded · miners");
    expect(comparableKey({category: "wounded", group_label: null})).toBe("wounded");
  });

  it("report date prefers as_of", () => {
    expect(reportDate({as_of: "2024-05-01", published: "2024-05-10"})).toBe("2024-05-01");
    expect(reportDate({as_of: null, published: "2024-05-10"})).toBe("2024-05-10");
  });

  it("groups plottable figures, most outlets first, dropping vague and hypothetical ones", () => {
    const groups = comparableGroups([
      fig({outlet: "a", value: 12}),
      fig({outlet: "b", value: 15}),
      fig({outlet: "a", value: 3, category: "wounded"}),
      fig({outlet: "c", value: null}),
      fig({outlet: "d", value: 40, modality: "hypothetical"})
    ]);
    expect(groups.map((g) => [g.key, g.rows.length])).toEqual([
      ["killed · villagers", 2],
      ["wounded · villagers", 1]
    ]);
  });
});

describe("discrepancies", () => {
  it.each([
    ["different exact values disagree", [fig({outlet: "a", value: 12}), fig({outlet: "b", value: 15})], 1],
    ["same outlet is not a discrepancy", [fig({outlet: "a", value: 12}), fig({outlet: "a", value: 15})], 0],
    ["'over 12' agrees with 15", [fig({outlet: "a", value: 12, qualifier: "over"}), fig({outlet: "b", value: 15})], 0],
    ["'nearly 12' disagrees with 15", [fig({outlet: "a", value: 12, qualifier: "nearly"}), fig({outlet: "b", value: 15})], 1],
    ["'about 100' agrees with 95", [fig({outlet: "a", value: 100, qualifier: "about"}), fig({outlet: "b", value: 95})], 0],
    ["range 20–25 agrees with 22", [fig({outlet: "a", low: 20, high: 25, qualifier: "range"}), fig({outlet: "b", value: 22})], 0],
    ["range 20–25 disagrees with 30", [fig({outlet: "a", low: 20, high: 25, qualifier: "range"}), fig({outlet: "b", value: 30})], 1],
    ["more than 14 days apart is not compared", [fig({outlet: "a", value: 12}), fig({outlet: "b", value: 15, published: "2024-06-10"})], 0],
    ["different groups are not compared", [fig({outlet: "a", value: 12}), fig({outlet: "b", value: 15, group_label: "soldiers"})], 0],
    ["undated is not compared", [fig({outlet: "a", value: 12, published: null}), fig({outlet: "b", value: 15})], 0],
    // Days in captivity grow while it lasts: a later count may be larger by the days between reports (± 1).
    ["captivity 400 days, then 406 six days later, agree", [fig({outlet: "a", value: 400, category: "captivity_days", group_label: null}), fig({outlet: "b", value: 406, category: "captivity_days", group_label: null, published: "2024-05-16"})], 0],
    ["captivity 400 days, then 401 the same day (a count of the first day), agree", [fig({outlet: "a", value: 400, category: "captivity_days", group_label: null}), fig({outlet: "b", value: 401, category: "captivity_days", group_label: null})], 0],
    ["captivity 400 days, then 410 two days later, disagree", [fig({outlet: "a", value: 400, category: "captivity_days", group_label: null}), fig({outlet: "b", value: 410, category: "captivity_days", group_label: null, published: "2024-05-12"})], 1],
    ["captivity 406 days, then 400 six days later, disagree", [fig({outlet: "a", value: 406, category: "captivity_days", group_label: null}), fig({outlet: "b", value: 400, category: "captivity_days", group_label: null, published: "2024-05-16"})], 1],
    ["other counts do not grow: 400 killed, then 406 six days later, disagree", [fig({outlet: "a", value: 400}), fig({outlet: "b", value: 406, published: "2024-05-16"})], 1],
    // Only whole counts of a known group over the same period can contradict each other.
    ["a count of nobody in particular is not compared", [fig({outlet: "a", value: 12, group_label: null}), fig({outlet: "b", value: 15, group_label: null})], 0],
    ["'12 of the miners' is a part, not the whole", [fig({outlet: "a", value: 12, quote: "12", sentence: "Rescuers said 12 of the miners were still missing."}), fig({outlet: "b", value: 15})], 0],
    ["'of them' after a number is a part", [fig({outlet: "a", value: 12, quote: "about 12", qualifier: "about", sentence: "Of 40 villagers, about 12 of them died."}), fig({outlet: "b", value: 15})], 0],
    ["'12 miners of the night shift' is still compared", [fig({outlet: "a", value: 12, quote: "12", sentence: "Officials said 12 miners of the night shift died."}), fig({outlet: "b", value: 15})], 1],
    ["a running total is not this week's count", [fig({outlet: "a", value: 12, period: "since the war began"}), fig({outlet: "b", value: 15})], 0],
    ["the same period written alike is compared", [fig({outlet: "a", value: 12, period: "Since the war began"}), fig({outlet: "b", value: 15, period: "since the war began"})], 1],
    ["41 days in a cell is another spell than 585 days held", [fig({outlet: "a", value: 585, category: "captivity_days", group_label: null}), fig({outlet: "b", value: 41, category: "captivity_days", group_label: null, published: "2024-05-15"})], 0],
    ["captivity 300 days, then 400, disagree", [fig({outlet: "a", value: 300, category: "captivity_days", group_label: null}), fig({outlet: "b", value: 400, category: "captivity_days", group_label: null, published: "2024-05-15"})], 1]
  ])("%s", (_label, rows, expected) => {
    expect(discrepancies(rows)).toHaveLength(expected);
  });
});

describe("integerTicks", () => {
  it.each([
    ["two people: 0, 1, 2", 2.24, {ticks: [0, 1, 2], tickFormat: "d"}],
    ["seven: 0 to 7", 7.5, {ticks: [0, 1, 2, 3, 4, 5, 6, 7], tickFormat: "d"}],
    ["larger axes keep Plot's ticks", 12, {}],
    ["an empty axis keeps Plot's ticks", 0, {}]
  ])("%s", (_label, top, want) => {
    expect(integerTicks(top)).toEqual(want);
  });
});
