/**
 * "in N days" that restates the article's own captivity ("freed after 410 days in captivity … no one had seen him
 * in 410 days") is a count of captivity days (figures/gate.ts isCaptivityDays, ArticleRelease.statedDays).
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("captivity days told again", () => {
  it("had not been seen in N days", () => checkFigures("The rebels freed two engineers after 410 days in captivity. Their employer said no one had seen them in 410 days.",
    [{quote: "two", category: "hostages_released"}, {quote: "410", category: "captivity_days"}, {quote: "410", category: "captivity_days"}]));
  it("had not seen her in N days, after 'held for'", () => checkFigures("The nurse was held for 233 days. Her brother said the agency had not seen her in 233 days.",
    [{quote: "233", category: "captivity_days"}, {quote: "233", category: "captivity_days"}]));
  it("negative: another number of days is a wait for news", () => checkFigures("The rebels freed two engineers after 410 days in captivity. The family had no news from them in 90 days.",
    [{quote: "two", category: "hostages_released"}, {quote: "410", category: "captivity_days"}]));
  it("negative: with no captivity stated, a wait for news stays out", () => checkFigures("The family had no news from him in 410 days.", []));
});
