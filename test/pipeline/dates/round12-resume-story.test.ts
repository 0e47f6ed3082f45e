/**
 * Round 12 class for stage 03: a day counted forward ("the next day", "two days later") well after a look back to an
 * earlier day resumes the story's latest day, not the look back ("rescuers arrived on 14 June … a resident recalled
 * the river rising on 2 June. 'Nobody came,' she said. A medical team arrived the next day" → 15 June). Right after the look back
 * the count still follows it. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

describe("a forward day count after a look back", () => {
  it("two sentences after the look back → the day after the story's latest day", () => {
    const rows = datesOf(
      "Rescuers reached the stranded village on 14 June, officials said.\n" +
      "A resident recalled that the river first rose on 2 June. \"We waited. Nobody came,\" she said.\n" +
      "A medical team arrived the next day.",
      "2025-06-17"
    );
    expect(dateOf(rows, "the next day")).toBe("2025-06-15");
  });
  it("'two days later', well after the look back → two days after the latest day", () => {
    const rows = datesOf(
      "Dock workers returned to work on 9 March, the union said.\n" +
      "Its leader recalled the first walkout on 1 March. \"We held firm. We won,\" he said.\n" +
      "The port reopened fully two days later.",
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
      "Talks opened in Accra on 3 April, the mediators said.\nA draft was agreed on 6 April. \"It is close,\" one said. \"Very close.\"\nThe text was signed the next day.",
      "2025-04-12"
    );
    expect(dateOf(rows, "the next day")).toBe("2025-04-07");
  });
});
