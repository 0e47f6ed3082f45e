/**
 * Round 12 review finding for stage 03 (item 21), pasted as the reviewer wrote it: a forward day count after the
 * captive's own account of his abduction follows that account; only a look back told as a recollection
 * ("recalled", "remembered") is passed over by a later "the next day".
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

const dateOf = (rows: {text: string; date: string | null}[], text: string) => rows.find((r) => r.text === text)?.date;

describe("review 12, item 21: the next day after an account of the past follows it", () => {
  it("a release after the captive's own account of his seizure → the day after the seizure", () => {
    const rows = datesOf(
      "Karl Dahl was freed by the Sierra Front on 22 May. He said he was seized near Tarsa on 2 May with his driver. " +
      "\"They tied our hands,\" he said. \"We did not eat for two days.\" The next day the kidnappers released his driver, Ole Vik.",
      "2026-05-25"
    );
    expect(dateOf(rows, "The next day")).toBe("2026-05-03");
  });
  it("kept: a recollection is passed over (round 12)", () => {
    const rows = datesOf(
      "Rescuers reached the stranded village on 14 June, officials said.\n" +
      "A resident recalled that the river first rose on 2 June. \"We waited. Nobody came,\" she said.\n" +
      "A medical team arrived the next day.",
      "2025-06-17"
    );
    expect(dateOf(rows, "the next day")).toBe("2025-06-15");
  });
});
