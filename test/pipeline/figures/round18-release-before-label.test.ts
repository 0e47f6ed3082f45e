/**
 * Round 18 class for stage 05: an active release verb right before a count whose label names a seizure ("troops freed
 * 30 abducted pupils", "the gang released 12 kidnapped farmers") frees them: the seizure in the label is their past,
 * as with a release verb after the count ("12 kidnapped pupils were freed"). Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a release verb before the count outweighs a seizure in its label", () => {
  it("participle label", () => {
    checkFigures("Soldiers freed 30 abducted students near the border on Friday.", [{quote: "30", category: "hostages_released"}]);
  });
  it("noun modifier label, with a hedge between", () => {
    checkFigures("The army freed some 40 kidnap victims in a raid.", [{quote: "some 40", category: "hostages_released"}]);
  });
  it("a captor releasing, with a determiner between", () => {
    checkFigures("The gang released the 12 kidnapped farmers after a ransom was paid.", [{quote: "12", category: "hostages_released"}]);
  });
});

describe("negatives: the release is not the count's own", () => {
  it("a release of others, then a seizure of the count", () => {
    checkFigures("The rebels freed the hostages and kidnapped 12 farmers.", [{quote: "12", category: "abducted"}]);
  });
  it("a report released about the count", () => {
    checkFigures("The report on 12 kidnapped farmers was released on Monday.", [{quote: "12", category: "abducted"}]);
  });
  it("health: wounded soldiers released from hospital stay wounded", () => {
    checkFigures("Doctors released 12 wounded soldiers from hospital.", [{quote: "12", category: "wounded"}]);
  });
});
