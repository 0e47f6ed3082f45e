/**
 * Mend 29 (review of the lead's session-29 figure rules): the review's near misses, names invented, as negatives
 * (each paired with the rule's own positive in the session29-*.test.ts files).
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("F1: 'still in' a state or the place of the freed is no captivity", () => {
  it("still in school", () => checkFigures("Of the 300 pupils abducted last year, 200 are still in school.", [{quote: "300", category: "abducted"}, {quote: "200", category: "abducted"}]));
  it("still in shock", () => checkFigures("Of the 80 villagers kidnapped in March, 60 are still in shock.", [{quote: "80", category: "abducted"}, {quote: "60", category: "abducted"}]));
  it("a named place with their families", () => checkFigures("Of the 110 students abducted in Tarka, 104 are still in Tarka with their families.", [{quote: "110", category: "abducted"}, {quote: "104", category: "abducted"}]));
});

describe("F2: hostages escaping during a raid on their captors escaped captivity", () => {
  it("during the attack on the camp", () => checkFigures("Twelve hostages escaped during the attack on the camp by troops.", [{quote: "Twelve", category: "hostages_released"}]));
});

describe("F3: a country's possessive region stays a place captives are taken to", () => {
  it("taken to a country's region", () => checkFigures("The two engineers were taken to Niger's Tillaberi region after the raid.", [{quote: "two", category: "abducted"}]));
  it("a saint's hospital right after 'to' is care", () => checkFigures("Twelve passengers were taken to Mary's Hospital.", [{quote: "Twelve", category: "other"}]));
});

describe("F4: bodies held at a morgue or by experts are no hostages", () => {
  it("held at the city morgue", () => checkFigures("The bodies of 30 victims are being held at the city morgue.", [{quote: "30", category: "killed"}]));
  it("in the hands of forensic experts", () => checkFigures("The bodies of 14 miners remain in the hands of forensic experts.", [{quote: "14", category: "killed"}]));
});

describe("F5: days in the hands of the police or administrators are no hostage story", () => {
  it("protesters released from police hands are no hostages", () => checkFigures("Eight protesters were released after 20 days in the hands of the police.", [{quote: "Eight", category: "other"}, {quote: "20", category: "captivity_days"}]));
  it("a club in administrators' hands counts no captivity", () => checkFigures("The club was sold after 90 days in the hands of the administrators.", []));
});

describe("F6: a time span after the people is a point in time, not a rate", () => {
  it("a year and a half after", () => checkFigures("The militia still holds 59 hostages a year and a half after the attack.", [{quote: "59", category: "hostages_held"}]));
  it("a week into the talks", () => checkFigures("Rebels released 12 hostages a week into the talks.", [{quote: "12", category: "hostages_released"}]));
  it("an hour's drive north", () => checkFigures("Bandits kidnapped 15 farmers an hour's drive north of the capital.", [{quote: "15", category: "abducted"}]));
  it("a day early", () => checkFigures("The kidnappers released eight hostages a day early, officials said.", [{quote: "eight", category: "hostages_released"}]));
});

describe("F11: 'all but N' inside a sentence about things counts no people", () => {
  it("houses rebuilt", () => checkFigures("The storm damaged 40 houses in the town, and all but three have been rebuilt.", []));
  it("stores reopened after a semicolon", () => checkFigures("The company closed 50 stores last year; all but five have since reopened.", []));
});

describe("F14: the kin's own aside after the 'of' phrase is theirs", () => {
  it("a participle aside", () => checkFigures("Twelve relatives of the emir, who were abducted on Sunday, have not been heard from.", [{quote: "Twelve", category: "abducted"}]));
  it("F10: two-word kin heads", () => checkFigures("About 200 family members of the kidnapped pupils marched to parliament.", [{quote: "About 200", category: "other"}]));
});
