/**
 * Round 17 class for stage 05: "N other <people> escaped" right after the seizure or raid itself ("were seized when
 * gunmen stormed the quarry. Five other workers escaped") got away from the raid: "other", no release. After
 * captivity is told ("died in captivity. Two other pupils escaped") they escaped from captivity: freed. Sentences
 * invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("others who escaped the raid", () => {
  it("after a seizure told with the storming, next sentence", () => {
    checkFigures("The two engineers were seized on Monday when gunmen stormed the quarry. Five other workers escaped into the forest, police said.", [
      {quote: "two", category: "abducted"},
      {quote: "Five", category: "other", attribution: "police"}
    ]);
  });
  it("after a kidnapping from a bus, 'had also escaped'", () => {
    checkFigures("Gunmen kidnapped 12 passengers from the bus. Three other passengers had also escaped.", [
      {quote: "12", category: "abducted"},
      {quote: "Three", category: "other"}
    ]);
  });
});

describe("negatives: escapes from captivity stay releases", () => {
  it("after a death in captivity", () => {
    checkFigures("Bandits abducted 30 pupils in May. One pupil died in captivity in June. Two other pupils escaped last month.", [
      {quote: "30", category: "abducted"},
      {quote: "Two", category: "hostages_released"}
    ]);
  });
  it("no 'other': captives who escaped in a kidnap story", () => {
    checkFigures("Gunmen kidnapped 12 passengers from the bus. Three passengers escaped on Friday.", [
      {quote: "12", category: "abducted"},
      {quote: "Three", category: "hostages_released"}
    ]);
  });
  it("courts: inmates who escaped after an attack on a jail stay other", () => {
    checkFigures("Militants attacked the jail on Sunday. Forty other inmates escaped.", [{quote: "Forty", category: "other"}]);
  });
});
