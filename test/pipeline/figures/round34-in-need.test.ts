/**
 * Round 34, stage 05: people "in need" (or "in need of aid / food …") at the end of the count's clause are counted by
 * their need, other, whatever displacement the sentence names before ("registering the displaced and asked for maize
 * for nearly 9,000 people in need" → other). People in need with a verb of their own keep it ("9,000 people in need
 * of aid have fled" → displaced). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'N people in need' ending the clause is other", () => {
  it("after 'the evacuees' earlier in the sentence", () => {
    checkFigures("Aid workers are counting the evacuees and have requested blankets for roughly 4,500 people in need.", [{quote: "roughly 4,500", category: "other"}]);
  });
  it("'in need of food aid' before a comma", () => {
    checkFigures("The agency is counting the displaced and has rice for 1,800 villagers in need of food aid, a spokesman said.", [{quote: "1,800", category: "other"}]);
  });
  it("'in need of shelter' after evacuees", () => {
    checkFigures("Evacuees crowd the stadium, where volunteers cook for some 3,500 residents in need of shelter.", [{quote: "some 3,500", category: "other"}]);
  });
  it("negative: a verb of their own decides ('in need of aid have fled')", () => {
    checkFigures("Some 9,000 people in need of aid have fled the district.", [{quote: "Some 9,000", category: "displaced"}]);
  });
  it("negative: 'in need of shelter sleep in schools' keeps its own verb", () => {
    checkFigures("The flood displaced 9,000 people, and 2,000 people in need of shelter sleep in schools.",
      [{quote: "9,000", category: "displaced"}, {quote: "2,000", category: "displaced"}]);
  });
});
