/**
 * Session 33, stage 05. (1) A part named in a closed aside ("four of them children", "among them four children")
 * with no verb of its own leaves the clause's verb to the whole: "Twelve people, four of them children, died" → the
 * twelve died. A part's aside that tells the part's own fate keeps it ("12 captives, two of them dead"). (2) An
 * evacuation order obeyed ("were ordered out of the town") and nights in a school or gym are displacement.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a part's naming aside leaves the verb to the whole", () => {
  it("'N people, among them M children, died'", () => {
    checkFigures("Nine people, among them three children, died early on Tuesday.", [{quote: "Nine", category: "killed"}, {quote: "three", category: "killed"}]);
  });
  it("'N people, M of them children, died'", () => {
    checkFigures("Nine people, three of them children, died early on Tuesday.", [{quote: "Nine", category: "killed"}, {quote: "three", category: "killed"}]);
  });
  it("'N people, M of them children, were killed'", () => {
    checkFigures("Nine villagers, three of them children, were killed in the raid.", [{quote: "Nine", category: "killed"}, {quote: "three", category: "killed"}]);
  });
  it("negative: the aside tells the part's own fate ('two of them dead')", () => {
    checkFigures("The gang still holds 12 captives, two of them dead.", [{quote: "12", category: "hostages_held"}, {quote: "two", category: "hostages_dead"}]);
  });
  it("negative: no verb after the aside leaves the whole uncategorised", () => {
    checkFigures("Nine people, three of them children, in the second bus.", [{quote: "Nine", category: "other"}, {quote: "three", category: "other"}]);
  });
});

describe("evacuation orders and school nights are displacement", () => {
  it("'were ordered out of <town>'", () => {
    checkFigures("About 9,000 people were ordered out of Lakeview on Monday night.", [{quote: "About 9,000", category: "displaced"}]);
  });
  it("a headline's bare count 'N ordered out of <town>'", () => {
    checkFigures("Fire jumps the river, 9,000 ordered out of Lakeview", [{quote: "9,000", category: "displaced"}]);
  });
  it("'some N are sleeping in school gyms'", () => {
    checkFigures("Some 700 residents are sleeping in school gyms.", [{quote: "Some 700", category: "displaced"}]);
  });
  it("'were ordered to leave'", () => {
    checkFigures("Nearly 2,000 residents were ordered to leave as the dam weakened.", [{quote: "Nearly 2,000", category: "displaced"}]);
  });
});

describe("a passive release right after the count's phrase is its own verb, however long the phrase", () => {
  it("a modifier between ('three women with Velmari passports were released'), in a hostage story", () => {
    checkFigures("The Delta Front freed two hostages on Monday. Last year, three women with both Velmari and Ostrian passports were released by the Delta Front during a truce.",
      [{quote: "two", category: "hostages_released"}, {quote: "three", category: "hostages_released"}]);
  });
  it("a coordinated noun phrase between ('Four crew members and an engineer were released')", () => {
    checkFigures("The militia freed two hostages on Monday. Four crew members and the ship's elderly chief engineer were released with them.",
      [{quote: "two", category: "hostages_released"}, {quote: "Four", category: "hostages_released"}]);
  });
  it("negative: no story of a release, no release kind", () => {
    checkFigures("Last year, three women with Velmari passports were released from the clinic after a long treatment course.", [{quote: "three", category: "other"}]);
  });
  it("negative: a second clause's verb is not the count's ('four crew members said the engineer was released')", () => {
    checkFigures("The militia freed two hostages on Monday. Four crew members told reporters the ship's engineer was released with them.",
      [{quote: "two", category: "hostages_released"}, {quote: "Four", category: "other"}]);
  });
});

describe("session 33: more cues", () => {
  it("a death toll named before a long phrase: 'The death toll from a leak at a plant in X, in Y state, rose to N'", () => {
    checkFigures("The death toll from a gas leak at a fertiliser plant in Orle, in Velm province, rose to 14 on Wednesday.", [{quote: "14", category: "killed"}]);
  });
  it("negative: a second clause between the toll and the count", () => {
    checkFigures("The death toll in the north rose sharply, and the number of missing people climbed to 40.", [{quote: "40", category: "other"}]);
  });
  it("'N of them remain in intensive care'", () => {
    checkFigures("More than 300 people were treated in hospitals for burns, and 41 of them remain in intensive care.", [{quote: "More than 300", category: "wounded"}, {quote: "41", category: "wounded"}]);
  });
  it("'N firefighters were among those treated'", () => {
    checkFigures("Seven firefighters were among those treated.", [{quote: "Seven", category: "wounded"}]);
  });
  it("'the remaining N hostages walked out'", () => {
    checkFigures("The gunmen surrendered and the remaining 14 hostages walked out on Thursday afternoon.", [{quote: "14", category: "hostages_released"}]);
  });
  it("negative: workers who walk out strike", () => {
    checkFigures("About 2,000 workers walked out on Monday over pay.", [{quote: "About 2,000", category: "other"}]);
  });
});
