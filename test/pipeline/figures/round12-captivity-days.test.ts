/**
 * Round 12 classes for stage 05: days in captivity told other ways — held somewhere for N days before a release,
 * a release told as an interval after the seizure ("freed 40 days later"), an ordeal that lasted N days in a
 * hostage story, a headline freeing two people "after N days". Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("held somewhere (or by someone) for N days, then a word DAYS_NOT would stop at", () => {
  it("held by someone in a place for N days before a release → captivity_days", () => {
    checkFigures("Held by jihadists in Timbuktu for 90 days before his release in 2022, the pilot now teaches.", [
      {quote: "90", value: 90, category: "captivity_days"}
    ]);
  });
  it("detained by an armed group for N days after a raid → captivity_days", () => {
    checkFigures("The journalist was detained by the militia for 40 days after the raid on his office.", [
      {quote: "40", value: 40, category: "captivity_days"}
    ]);
  });
  it("negative: days before a release with no holding verb are no captivity", () => {
    checkFigures("The strike went on for 40 days before the miners returned to work.", []);
  });
});

describe("a release told as an interval after the seizure", () => {
  it("abducted on a date and released N days later → captivity_days", () => {
    checkFigures("The surveyor was abducted on 3 May near Kidal and was released 40 days later, police said.", [
      {quote: "40", value: 40, category: "captivity_days"}
    ]);
  });
  it("fronted participle: Kidnapped in June, the priest was freed N days later → captivity_days", () => {
    checkFigures("Kidnapped in June, the parish priest was freed twelve days later.", [{quote: "twelve", value: 12, category: "captivity_days"}]);
  });
  it("negative: a seized building reopened N days later", () => {
    checkFigures("The refinery was seized by strikers in March and reopened 40 days later.", []);
  });
  it("negative: released from hospital N days later (no seizure, no captivity)", () => {
    checkFigures("The driver was released from hospital nine days later.", []);
  });
  it("negative: a seizure, then a death N days later", () => {
    checkFigures("The trawler was captured on Monday; its engineer died three days later.", []);
  });
});

describe("the ordeal lasted N days", () => {
  it("with a captivity word in the sentence → captivity_days", () => {
    checkFigures("The hostages' ordeal lasted 96 days.", [{quote: "96", value: 96, category: "captivity_days"}]);
  });
  it("in an article about hostages, with no captivity word in the sentence → captivity_days", () => {
    checkFigures("Gunmen freed 14 hostages in Zamfara on Sunday.\nThe villagers say their ordeal lasted 33 days.", [
      {quote: "14", category: "hostages_released"},
      {quote: "33", value: 33, category: "captivity_days"}
    ]);
  });
  it("negative: a flood ordeal in a story without captives", () => {
    checkFigures("The flood ordeal lasted nine days for the villagers of Kerala.", []);
  });
});

describe("a headline freeing two people after N days", () => {
  it("the person noun is the sixth word after 'free' → captivity_days", () => {
    checkFigures("Gunmen free Kenyan water engineer and his soldier escort after 40 days", [{quote: "40", value: 40, category: "captivity_days"}]);
  });
  it("negative: free check-ups after N days are no release", () => {
    checkFigures("Clinic offers free eye tests and dental care after 40 days", []);
  });
});
