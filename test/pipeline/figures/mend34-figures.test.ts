/**
 * Mend 34 (review of round 34, stage 05): regressions for the round's figure rules. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("Mend 34 F1: 'in need' does not outweigh the count's own verb or label", () => {
  it("'Floods have displaced some 9,000 people in need of shelter' stays displaced", () => {
    checkFigures("Floods have displaced some 9,000 people in need of shelter.", [{quote: "some 9,000", category: "displaced"}]);
  });
  it("'The quake injured 300 people in need of help' stays wounded", () => {
    checkFigures("The quake injured 300 people in need of help.", [{quote: "300", category: "wounded"}]);
  });
  it("'still holding 30 hostages in need of help' stays held", () => {
    checkFigures("Rebels are still holding 30 hostages in need of help.", [{quote: "30", category: "hostages_held"}]);
  });
  it("a label in the count's phrase ('tents for 12,000 displaced people in need') stays displaced", () => {
    checkFigures("The agency sent tents for 12,000 displaced people in need.", [{quote: "12,000", category: "displaced"}]);
  });
});
