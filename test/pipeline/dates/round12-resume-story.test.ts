/**
 * Round 12 class for stage 03: a day counted forward ("the next day", "two days later") well after a look back to an
 * earlier day resumes the story's latest day, not the look back ("freed on 14 June … the envoy recalled talks on 2
 * June. 'They kept their promise,' he said. A doctor saw them the next day" → 15 June). Right after the look back
 * the count still follows it. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

const dateOf = (rows: {text: string; date: string | null}[], text: string) => rows.find((r) => r.text === text)?.date;

describe("a forward day count after a look back", () => {
  it("two sentences after the look back → the day after the story's latest day", () => {
    const rows = datesOf(
      "The two surveyors were handed over to the Red Cross on 14 June, the ministry said.\n" +
      "The envoy said the matter was raised at talks in Niamey on 2 June. \"They gave us their word then. They kept it,\" he said.\n" +
      "A consular doctor examined both men in Agadez the next day.",
      "2025-06-17"
    );
    expect(dateOf(rows, "the next day")).toBe("2025-06-15");
  });
  it("'two days later', well after the look back → two days after the latest day", () => {
    const rows = datesOf(
      "Flood waters reached the town on 9 March, officials said.\n" +
      "The mayor recalled a warning issued on 1 March. \"Nobody listened. Nobody came,\" she said.\n" +
      "The army opened a shelter two days later.",
      "2025-03-20"
    );
    expect(dateOf(rows, "two days later")).toBe("2025-03-11");
  });
  it("negative: right after the look back, the count follows it", () => {
    const rows = datesOf(
      "Gunmen freed the engineer on 20 May, police said.\nHe was seized on 2 May near Kidal.\nThe next day, the gang demanded a ransom.",
      "2025-05-25"
    );
    expect(dateOf(rows, "The next day")).toBe("2025-05-03");
  });
  it("negative: a story told in order counts from the last day", () => {
    const rows = datesOf(
      "Talks opened in Doha on 3 April, the mediators said.\nA draft was agreed on 6 April. \"It is close,\" one said. \"Very close.\"\nThe text was signed the next day.",
      "2025-04-12"
    );
    expect(dateOf(rows, "the next day")).toBe("2025-04-07");
  });
});
