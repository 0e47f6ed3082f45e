/**
 * Round 12 review finding for stage 03 (item 21), pasted as the reviewer wrote it: a forward day count after the
 * captive's own account of his abduction follows that account; only a look back told as a recollection
 * ("recalled", "remembered") is passed over by a later "the next day" (kept: round12-resume-story.test.ts
 * checks that case).
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

describe("review 12, item 21: the next day after an account of the past follows it", () => {
  it("a release after the captive's own account of his seizure → the day after the seizure", () => {
    const rows = datesOf(
      "Karl Dahl was freed by the Sierra Front on 22 May. He said he was seized near Tarsa on 2 May with his driver. " +
      "\"They tied our hands,\" he said. \"We did not eat for two days.\" The next day the kidnappers released his driver, Ole Vik.",
      "2026-05-25"
    );
    expect(dateOf(rows, "The next day")).toBe("2026-05-03");
  });
});
