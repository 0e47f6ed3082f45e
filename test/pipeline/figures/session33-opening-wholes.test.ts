/**
 * Session 33, stage 05. A count in a sentence-opening "Of the N …," is the whole a later part is taken from: the cues
 * after the opener's comma are the part's ("Of the 40 hostages still in Velm, the army counts 12 as dead" → 40 held,
 * 12 hostages dead). A hand-over "passed to Red Cross officials" is a release. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("an opening whole and its part", () => {
  it("'Of the N hostages still in X, A counts M as dead'", () => {
    checkFigures("Of the 40 hostages still in Velm, the army counts 12 as dead.", [{quote: "40", category: "hostages_held"}, {quote: "12", category: "hostages_dead"}]);
  });
  it("'Of the N miners trapped, M died': the whole did not all die", () => {
    checkFigures("Of the 40 miners trapped, 12 died.", [{quote: "40", category: "other"}, {quote: "12", category: "killed"}]);
  });
  it("negative: the whole keeps its own cue before the comma", () => {
    checkFigures("Of the 40 hostages freed on Monday, 12 needed treatment.", [{quote: "40", category: "hostages_released"}, {quote: "12", category: "wounded"}]);
  });
  it("negative: 'still in hospital' is no hold", () => {
    checkFigures("Nine of the wounded are still in hospital.", [{quote: "Nine", category: "wounded"}]);
  });
});

describe("a hand-over to the Red Cross", () => {
  it("'were passed to Red Cross officials'", () => {
    checkFigures("Two Velmari citizens who had spent 300 days as hostages were passed to Red Cross officials on Monday.",
      [{quote: "Two", category: "hostages_released"}, {quote: "300", category: "captivity_days"}]);
  });
});

describe("people carried off into a named place", () => {
  it("'dragged N people into <place>'", () => {
    checkFigures("The raiders killed some 300 people and dragged 41 people into Velm.", [{quote: "some 300", category: "killed"}, {quote: "41", category: "abducted"}]);
  });
  it("'took N people into <place>'", () => {
    checkFigures("The militia and its allies took 41 people into Velm in the raid.", [{quote: "41", category: "abducted"}]);
  });
  it("'carried N captives back to <place>'", () => {
    checkFigures("The raiders carried 41 captives back to Velm.", [{quote: "41", category: "abducted"}]);
  });
  it("negative: a vehicle's trip ('The ferry took 300 people to Lombok')", () => {
    checkFigures("The ferry took 300 people to Lombok.", [{quote: "300", category: "other"}]);
  });
  it("negative: into a place with no name ('took 30 people into the town hall')", () => {
    checkFigures("Rescuers took 30 people into the town hall.", [{quote: "30", category: "other"}]);
  });
});

describe("hostages a holding verb counts are held, whatever their participle says of their past", () => {
  it("'is still holding N hostages abducted during the raid'", () => {
    checkFigures("The militia is still holding 41 hostages abducted during the raid on Velm.", [{quote: "41", category: "hostages_held"}]);
  });
  it("'still holds N hostages seized in the raid'", () => {
    checkFigures("The militia still holds 41 hostages seized in the raid.", [{quote: "41", category: "hostages_held"}]);
  });
  it("negative: a release verb before the count still frees them", () => {
    checkFigures("The militia released 41 hostages seized in the raid.", [{quote: "41", category: "hostages_released"}]);
  });
});
