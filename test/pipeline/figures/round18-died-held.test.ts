/**
 * Round 18 class for stage 05: a count whose own verb says its people died while held, in captivity or in a
 * state's jails, prisons, custody or detention named by its adjective ("had died in Chadian jails"), counts dead
 * captives (hostages_dead), not a toll. A bare "died in prison" or "in custody" stays killed. Sentences invented
 * for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("the count's own death while held", () => {
  it("soldiers who died in captivity", () => {
    checkFigures("Kyiv says 14 soldiers died in captivity last year.", [{quote: "14", category: "hostages_dead"}]);
  });
  it("a perfect tense and a state's prisons", () => {
    checkFigures("At least three activists have died in Iranian prisons since the protests began.", [
      {quote: "At least three", category: "hostages_dead"}
    ]);
  });
  it("'later' before the verb, a state's custody", () => {
    checkFigures("Rights groups say nine sailors later died in Libyan custody.", [{quote: "nine", category: "hostages_dead"}]);
  });
});

describe("negatives: deaths that are no death while held", () => {
  it("a prison fire is an event at a prison", () => {
    checkFigures("Twelve inmates died in a Chilean prison fire on Sunday.", [{quote: "Twelve", category: "killed"}]);
  });
  it("a bare 'died in prison' says no captivity", () => {
    checkFigures("Two former ministers died in prison, the report said.", [{quote: "Two", category: "killed"}]);
  });
  it("a named prison, not a state's adjective", () => {
    checkFigures("Two guards died in Evin prison last year.", [{quote: "Two", category: "killed"}]);
  });
  it("weather: climbers who died in a storm", () => {
    checkFigures("Three climbers died in the storm on Sunday.", [{quote: "Three", category: "killed"}]);
  });
  it("not the count's own verb: the dead are others", () => {
    checkFigures("Five guards said that 2 inmates had been killed before others died in Iranian custody.", [
      {quote: "Five", category: "other"},
      {quote: "2", category: "killed"}
    ]);
  });
});
