/**
 * Stage 03, session 32: the start of a period told in a relative clause ("a siege that began on 3 May 2021") is no
 * anchor for a later day count: "the night before" counts back from the story's day. Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

const dates = (text: string, published: string): string[] => datesOf(text, published).map((d) => `${d.text}=${d.date}`);

describe("a period's start in a relative clause", () => {
  it("'the night before' after 'that began … on <date>' counts from the story's day", () => {
    expect(dates("The rebels freed the pilots late on Friday, ending a captivity that began when gunmen seized them on June 3, 2022. Their wives had flown in the night before.", "2023-05-20"))
      .toEqual(["Friday=2023-05-19", "June 3, 2022=2022-06-03", "the night before=2023-05-18"]);
  });
  it("negative: a day told in a 'who' clause still anchors a count from it", () => {
    expect(dates("The guards freed the four officers on Friday. Two others, who were seized on June 3, 2022, and released the next day, spoke to reporters.", "2023-05-20"))
      .toEqual(["Friday=2023-05-19", "June 3, 2022=2022-06-03", "the next day=2022-06-04"]);
  });
});
