/**
 * Round 18 class for stage 05: a count whose label names a seizure ("kidnapped miners", "abduction victims") and
 * whose own release is told after an aside that describes them all ("…, most of them migrants, have been
 * released") or after a relative clause: the release is what happened to them now; the seizure in the label is
 * their past. Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";

describe("a release after an aside or a relative clause outweighs a seizure in the label", () => {
  it("'most of them' aside, perfect passive", () => {
    checkFigures("Five kidnapped miners, most of them migrants, have been released.", [{quote: "Five", category: "hostages_released"}]);
  });
  it("'both' aside, freed by troops", () => {
    checkFigures("Two abduction victims, both teachers, were freed by troops on Sunday.", [{quote: "Two", category: "hostages_released"}]);
  });
  it("a relative clause of where they were found", () => {
    checkFigures("Three kidnapping victims, who were found in a barn, were freed on Friday.", [{quote: "Three", category: "hostages_released"}]);
  });
});

describe("negatives: no release of the count's own", () => {
  it("a verb after the aside that is no release keeps the label's seizure", () => {
    checkFigures("Two kidnapped engineers, both Chinese nationals, were seen in a video on Monday.", [{quote: "Two", category: "abducted"}]);
  });
  it("a seizure after the aside", () => {
    checkFigures("Two engineers, both Chinese nationals, were kidnapped on Monday.", [{quote: "Two", category: "abducted"}]);
  });
  it("weather: hikers rescued after a blizzard stay other", () => {
    checkFigures("Four hikers, all students, were rescued after the blizzard.", [{quote: "Four", category: "other"}]);
  });
  // Executives are counted as people since session 27; the count is still no release.
  it("business: executives released from their contracts are no release", () => {
    checkFigures("Two executives, both former bankers, were released from their contracts on Friday.", [{quote: "Two", category: "other"}]);
  });
});
