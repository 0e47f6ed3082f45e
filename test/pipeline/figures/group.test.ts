/**
 * Round 21 class for stage 05's group (figures/group.ts with model/figure-person-nouns.ts): suspects, middlemen,
 * observers, military attaches and an official's "compatriots" are people, so their counts are figures.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("people counted by their part in a case or a mission", () => {
  it("arrested suspects", () => {
    checkFigures("Police in Mombasa arrested six suspects on Friday.", [{quote: "six", value: 6, category: "other", group: "suspects"}]);
  });
  it("suspected middlemen, in a passive", () => {
    checkFigures("Four suspected middlemen from Tarvo were remanded on Friday.", [{quote: "Four", value: 4, group: "suspected middlemen from tarvo"}]);
  });
  it("observers, with a hedge", () => {
    checkFigures("The vote went ahead, and about 25 observers stayed in the valley.", [{quote: "about 25", value: 25, qualifier: "about"}]);
  });
  it("military attaches (written without the accent)", () => {
    checkFigures("Some 9 military attaches toured the border post on Sunday.", [{quote: "Some 9", value: 9}]);
  });
  it("an official's compatriots, freed", () => {
    checkFigures("Two compatriots of the envoy were freed by the militia near Velm on Monday.", [
      {quote: "Two", value: 2, category: "hostages_released"}
    ]);
  });
});

describe("negatives: no count of people", () => {
  it("devices: heart monitors", () => {
    checkFigures("The clinic bought four heart monitors in March.", []);
  });
  it("a suspect package is a thing", () => {
    checkFigures("Police found two suspect packages at the station.", []);
  });
  it("the verb 'attaches'", () => {
    checkFigures("The army attaches 40 medics to each unit.", [{quote: "40", value: 40, group: "medics"}]);
  });
});

describe("a part of a count in words named before ('two of the four')", () => {
  it("no noun after the whole: the part takes the verb after it", () => {
    checkFigures("A driver and five pupils were abducted near Dorla. Three of the six were later freed at a checkpoint.", [
      {quote: "five", category: "abducted"},
      {quote: "Three", value: 3, category: "hostages_released"}
    ]);
  });
  it("a noun after the whole: the part's group is that noun, as for digits", () => {
    checkFigures("All but two of the nine miners were rescued.", [
      {quote: "All but two", group: "miners"},
      {quote: "nine", group: "miners"}
    ]);
  });
  it("negative: 'of the' and a word that is no number", () => {
    checkFigures("Two of the men were later released, she said.", [{quote: "Two", group: "men"}]);
  });
  it("negative: a count of one is no figure", () => {
    checkFigures("Her son and three friends were abducted in May. One of the four was later released.", [{quote: "three", category: "abducted"}]);
  });
});

/**
 * Review 21 F5: suspects (and middlemen) are perpetrator heads. The crime word beside them is what they are
 * suspected of, no victim category of theirs; only their own death or wounds told in the passive count.
 */
describe("suspects: the crime word beside them is not theirs", () => {
  it("questioned about a kidnapping: other, not abducted", () => {
    checkFigures("Police questioned 15 suspects about the kidnapping of two aid workers.", [
      {quote: "15", value: 15, category: "other"}, {quote: "two", value: 2, category: "abducted"}
    ]);
  });
  it("detained over an abduction: other", () => {
    checkFigures("Police detained 15 suspects over the abduction of the students.", [{quote: "15", value: 15, category: "other"}]);
  });
  it("suspects in a kidnapping, charged: other", () => {
    checkFigures("Nine suspects in the kidnapping of the engineers were charged on Monday.", [{quote: "Nine", value: 9, category: "other"}]);
  });
  it("charged with kidnapping: other", () => {
    checkFigures("Prosecutors charged six suspects with kidnapping.", [{quote: "six", value: 6, category: "other"}]);
  });
  it("suspects who abducted someone: other", () => {
    checkFigures("Three suspects who abducted a schoolgirl were arrested.", [{quote: "Three", value: 3, category: "other"}]);
  });
  it("suspects holding hostages are not held", () => {
    checkFigures("Police said the 15 suspects had been holding the hostages for weeks.", [{quote: "15", value: 15, category: "other"}]);
  });
  it("suspects who fled are not displaced", () => {
    checkFigures("The three suspects fled to Niger, police said.", [{quote: "three", value: 3, category: "other"}]);
  });
  it("positive kept: suspects killed in their own passive", () => {
    checkFigures("Six suspects were killed in a shootout with police.", [{quote: "Six", value: 6, category: "killed"}]);
  });
  it("positive kept: middlemen arrested", () => {
    checkFigures("Two middlemen were arrested in Eldoret on Tuesday.", [{quote: "Two", value: 2, category: "other"}]);
  });
});
