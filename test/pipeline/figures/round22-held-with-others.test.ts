/**
 * Round 22 class for stage 05: "N other <people>" held with someone (othersHeldWith, heldWithStart) also after how long
 * ("held for 40 days with three other workers"), after one named companion ("with her sister and two other nurses"),
 * and over the speaker's own release told before a verb of saying ("The pilot, released in May, told reporters he was
 * held … with five other hostages"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'held … with N other <people>' → held", () => {
  it("after how long", () => {
    checkFigures("The engineer was held for 40 days with three other workers, his family said.", [
      {quote: "40", category: "captivity_days"},
      {quote: "three", category: "hostages_held"}
    ]);
  });
  it("after a named companion", () => {
    checkFigures("The nurse was kept in a hut with her sister and two other nurses until the rains came.", [
      {quote: "two", category: "hostages_held"}
    ]);
  });
  it("after the speaker's own release and a verb of saying", () => {
    checkFigures("The pilot, released by the militia in May, told reporters he was held in a cellar with five other hostages.", [
      {quote: "five", category: "hostages_held"}
    ]);
  });
});

describe("negatives", () => {
  it("a release of the one held with them, no account of it", () => {
    checkFigures("The rebels freed the pilot, who was held with five other hostages.", [{quote: "five", category: "hostages_released"}]);
  });
  it("a release after the count: not held", () => {
    checkFigures("The nurse was kept in a hut with her sister and two other nurses until troops freed them.", [
      {quote: "two", category: "other"}
    ]);
  });
});

describe("Mend 22 F5: 'held for questioning / in custody with N other men' is a detention (review sentences)", () => {
  it("held for questioning, in an abduction story", () => {
    checkFigures("Gunmen kidnapped a priest in Enugu on Monday. The driver was held for questioning with two other men, police said.", [
      {quote: "two", category: "other"}
    ]);
  });
  it("held in custody", () => {
    checkFigures("Gunmen kidnapped a priest in Enugu on Monday. The driver was held in custody with three other men, police said.", [
      {quote: "three", category: "other"}
    ]);
  });
  it("still held: for two months in a cellar", () => {
    checkFigures("The engineer was held for two months in a cellar with five other men, his family said.", [
      {quote: "five", category: "hostages_held"}
    ]);
  });
});
