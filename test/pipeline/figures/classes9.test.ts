/**
 * Stage 05, accuracy round 9: labelled "sentence → expected rows" cases on invented sentences (kidnappings in
 * the Sahel and Latin America, jailed opponents, pilots and nurses freed, strikes), one describe per class, each
 * with negatives. `rows` lists every figure expected, in order; fields left out are not checked.
 */
import {describe, it} from "vitest";
import {checkFigures as check, type FigureRow as Row} from "./helpers.ts";

describe("captivity days told other ways: 'into captivity', 'lasted', 'behind bars'", () => {
  it.each<[string, string, Row[]]>([
    ["'N days into captivity' in a headline", "Rebels free two Kenyan nurses, 212 days into captivity",
      [{quote: "two", category: "hostages_released"}, {quote: "212", category: "captivity_days"}]],
    ["'<captivity> lasted N days'", "Her detention lasted 96 days, the lawyer said.", [{quote: "96", category: "captivity_days"}]],
    ["'a captivity that had lasted N days'", "The pilots were freed on Monday, ending a captivity that had lasted 1,203 days, the union said.",
      [{quote: "1,203", category: "captivity_days"}]],
    ["'spent N days behind bars'", "He spent 318 days behind bars.", [{quote: "318", category: "captivity_days"}]],
    // negatives
    ["'N days into the war' is no captivity", "The offensive is now 30 days into the war, officials said.", []],
    ["a strike that lasted N days is no captivity", "The strike lasted 40 days, the union said.", []],
    ["'spent N days behind the wheel' is no captivity", "He spent 12 days behind the wheel on the rally.", []]
  ])("%s", (_label, text, rows) => check(text, rows));
});

describe("day counts that are not captivity: a rate over days, a wait for news", () => {
  it.each<[string, string, Row[]]>([
    ["an allowance 'a day for N days'", "The freed nurses will each receive an allowance of 500 pesos a day for 90 days.", []],
    ["no sign of life for N days", "The nurse is still held by the gang; her father says the family has had no sign of life from her for nearly 200 days.", []],
    ["nobody has heard from him in N days", "The mother of the kidnapped pilot says nobody has heard from him in 90 days.", []],
    // negatives: captivity still told after such words
    ["'no contact' far before 'after N days in captivity'", "The engineer, who had no contact with his family, was freed after 150 days in captivity.",
      [{quote: "150", category: "captivity_days"}]],
    ["'held for N days' after a wait for news", "The family, which had no word from the captors for weeks, said the nurse was held for 80 days.",
      [{quote: "80", category: "captivity_days"}]]
  ])("%s", (_label, text, rows) => check(text, rows));
});
