/**
 * Round 21 class for stage 05's day counts (figures/gate.ts isCaptivityDays): "after N days" at the end of a clause
 * that hands people over, pardons them or brings them back to a named place is a captivity's length in a story of a
 * release, with no captivity word in the sentence. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

/** A lead that makes the article a story of freed hostages. */
const LEAD = "Rebels freed the hostages on Sunday, the army said.\n";

describe("a hand-over or a return before 'after N days': days in captivity", () => {
  it("handed over to the Red Cross", () => {
    checkFigures(`${LEAD}Two miners from Kolwezi were handed over to the Red Cross in Bunia after 211 days.`, [
      {quote: "Two", value: 2},
      {quote: "211", value: 211, category: "captivity_days"}
    ]);
  });
  it("pardoned, before a semicolon", () => {
    checkFigures("The junta freed three prisoners on Friday.\nA teacher and her son were pardoned by the junta leader after 47 days; the capital sent back a pilot.", [
      {quote: "three", value: 3},
      {quote: "47", value: 47, category: "captivity_days"}
    ]);
  });
  it("back in a named place, a headline without a verb", () => {
    checkFigures(`${LEAD}Jan Novak and Petr Holub back in Prague after 388 days`, [{quote: "388", value: 388, category: "captivity_days"}]);
  });
});

describe("negatives: no captivity", () => {
  it("a story of no release", () => {
    checkFigures("The files were handed over to the court after 30 days.", []);
  });
  it("words after the days: the length of something else", () => {
    checkFigures(`${LEAD}The town was handed over to the army after 40 days of fighting.`, []);
  });
  it("days of something else after the count", () => {
    checkFigures(`${LEAD}Both men were handed over to the Red Cross after 12 days on the road.`, []);
  });
  it("a second clause with another subject", () => {
    checkFigures(`${LEAD}Both men were handed over on Monday, and the talks ended after 12 days.`, []);
  });
  it("back in office: no place", () => {
    checkFigures(`${LEAD}The mayor is back in office after 100 days.`, []);
  });
});

/**
 * Review 21 F7: in a release story every hand-over or trip "back in <Place>" read as a captivity's length. Only a
 * passive hand-over or pardon of people counts, and "back in <Place>" only for freed people (a count, two names).
 */

describe("review 21 F7 negatives: things, bodies and officials' trips are no captivity", () => {
  it.each([
    ["bodies of soldiers handed over", "The bodies of three soldiers were handed over to their families after 12 days.", [{quote: "three", value: 3}]],
    ["bodies handed over", "The bodies were handed over after 12 days.", []],
    ["a negotiator back in a capital", "The negotiator was back in Doha after four days.", []],
    ["a minister back in a capital", "Foreign Minister Ana Lind was back in Paris after two days.", []],
    ["an envoy back in a capital, in apposition", "The French envoy, back in Paris after three days, said talks went well.", []],
    ["a president's return joined by 'and'", "The president returned to the capital and was back in Bamako after 4 days.", []],
    ["a footballer back in a city", "The striker was back in Madrid after 40 days.", []],
    ["an active hand-over of a proposal", "The mediators handed over their proposal after 30 days.", []],
    ["an active hand-over of files", "Police handed over the files to prosecutors after 30 days.", []],
    ["control handed back", "The army handed back control of the town after 40 days.", []],
    ["weapons handed over", "Rebels handed over the weapons after 10 days.", []],
    ["power handed over", "Mali's junta handed over power to civilians after 600 days.", []],
    ["a truck handed back", "The seized truck was handed back to its owner after nine days.", []],
    ["convoys handed over", "Aid convoys were handed over to the UN after seven days.", []]
  ])("%s", (_label, sentence, rows) => {
    checkFigures(`${LEAD}${sentence}`, rows);
  });
});

it("review 21 F7 positive kept: 'the two men' back in a city (their count is a figure too)", () => {
  checkFigures(`${LEAD}The two men were back in Lyon after 300 days.`, [{quote: "two", value: 2}, {quote: "300", value: 300, category: "captivity_days"}]);
});

describe("review 21 F7 positives kept: people handed over, pardoned or back home", () => {
  it.each([
    ["'the two' handed over", "The two were handed over to the Red Cross in Gao after 211 days."],
    ["a journalist pardoned", "The journalist was pardoned by the junta leader after 47 days."],
    ["'they' handed over after 'when'", "Their ordeal ended when they were handed over after 211 days."],
    ["a full name with an age set off by commas", "Priest Marek Olszewski, 61, was handed back to his bishop after 75 days."],
    ["'the men' after a reporting verb", "The Red Cross said the men were handed over to it after 211 days."]
  ])("%s", (_label, sentence) => {
    const days = Number(/after (\d+) days/.exec(sentence)![1]);
    checkFigures(`${LEAD}${sentence}`, [{quote: String(days), value: days, category: "captivity_days"}]);
  });
});
