/**
 * Round 19 class for stage 05: a count said to be "among them" shares the figure just before it (partsAmongThem) also
 * when a short phrase with "from", "with" or "holding" stands between its noun and the copula ("Three sailors from
 * the tanker are among them", "Five people holding British passports are among them"). Sentences invented for the
 * tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("'among them' after a short from/with/holding phrase", () => {
  it("'from the <noun>'", () => {
    checkFigures("The rebels hold 30 hostages. Three sailors from the tanker are among them.", [
      {quote: "30", category: "hostages_held"},
      {quote: "Three", category: "hostages_held"}
    ]);
  });
  it("'holding <nationality> passports'", () => {
    checkFigures("The rebels hold 30 hostages. Five nurses holding British passports are among them.", [
      {quote: "30", category: "hostages_held"},
      {quote: "Five", category: "hostages_held"}
    ]);
  });
});

describe("negatives: no 'among them'", () => {
  it("another verb on 'them'", () => {
    checkFigures("The rebels hold 30 hostages. Three sailors from the tanker later spoke about them.", [
      {quote: "30", category: "hostages_held"},
      {quote: "Three", category: "other"}
    ]);
  });
  it("sport: among the favourites", () => {
    checkFigures("The club signed 12 players this summer. Two more players with foreign passports are among the favourites.", []);
  });
});
