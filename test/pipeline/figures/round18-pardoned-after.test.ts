/**
 * Round 18 class for stage 05: people freed by a pardon or an amnesty told by a participle after them ("among 900
 * prisoners pardoned by the king") or by a pardon verb before "the remaining N" ("to pardon the remaining four
 * activists"). A pardon frees people a state jailed: prisoners released. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a pardon participle after the counted people", () => {
  it("among a whole pardoned by someone", () => {
    checkFigures("The blogger was among 2,300 convicts pardoned by the emir at the end of Ramadan.", [
      {quote: "2,300", category: "prisoners_released"}
    ]);
  });
  it("amnestied, with a time after it, and a main verb of leaving", () => {
    checkFigures("The 40 protesters amnestied on Friday left the jail in buses.", [
      {quote: "40", category: "prisoners_released"}
    ]);
  });
  it("a relative clause with the pardon", () => {
    checkFigures("Some 75 inmates who were pardoned under the decree went home to the provinces.", [
      {quote: "Some 75", category: "prisoners_released"}
    ]);
  });
  it("a pardon asked for 'the remaining' people (requested)", () => {
    checkFigures("The union said it would ask the governor to pardon the remaining four activists before the election.", [
      {quote: "four", category: "prisoners_released"}
    ]);
  });
});

describe("negatives: a pardon that is not the count's last state, or no pardon of people", () => {
  it("the people's own later verb wins: pardoned, then arrested again", () => {
    checkFigures("Twelve activists pardoned in 2019 were arrested again last month.", [{quote: "Twelve", category: "other"}]);
  });
  it("courts: 'pardoned for' tells the reason of an old pardon, the verb after is theirs", () => {
    checkFigures("The court heard that 30 prisoners pardoned for good conduct had reoffended.", [{quote: "30", category: "other"}]);
  });
  it("sport: riders 'pardoned for' a crash by the race jury", () => {
    checkFigures("Four riders pardoned for the crash in stage two will start the race on Sunday.", []);
  });
  it("a refused pardon of the remaining people", () => {
    checkFigures("The governor refused to pardon the remaining four activists.", [{quote: "four", category: "other"}]);
  });
});
