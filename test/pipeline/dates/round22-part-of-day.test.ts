import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

// Invented texts. "that night" / "later that evening" names the night (or evening) the story told
// last; a flashback in between to a day with no such part ("She was seized on 2 May") does not
// take the anaphor with it.

describe("03 dates: 'that night' after a flashback is the night named before it", () => {
  it("kidnapping: freed on Friday night, seized in May, 'later that night' is that Friday", () => {
    const rows = datesOf(
      "The engineer was freed by the gang on Friday night near the border. He was taken from a bus on 2 May with four colleagues. " +
        "He was driven to a clinic in the capital. His wife met him at the clinic later that night.",
      "2024-07-14"
    );
    expect(dateOf(rows, "later that night")).toBe("2024-07-12");
  });
  it("strike: a plain-past flashback ('walked out on 3 March') between 'Tuesday evening' and 'that evening'", () => {
    const rows = datesOf(
      "Union leaders signed the deal on Tuesday evening at the labour ministry. The dockers walked out on 3 March over pay. " +
        "The first ships were unloaded that evening.",
      "2024-04-11"
    );
    expect(dateOf(rows, "that evening")).toBe("2024-04-09");
  });
});

describe("negatives: 'that night' keeps the date before it", () => {
  it("the date before is later than the night named (no flashback): it stands", () => {
    const rows = datesOf("Rescuers reached the village on Thursday night. The river burst its banks on Friday. Later that night the water rose again.", "2024-07-14");
    expect(dateOf(rows, "Later that night")).toBe("2024-07-12");
  });
  it("a part of the day that differs ('Friday morning' then 'that night') does not pull the anaphor", () => {
    const rows = datesOf("The gang freed the engineer on Friday morning. He was taken on 2 May. Later that night his captors fled.", "2024-07-14");
    expect(dateOf(rows, "Later that night")).toBe("2024-05-02");
  });
  it("the night named too far back (more than three sentences) does not pull the anaphor", () => {
    const rows = datesOf(
      "The gang freed the engineer on Friday night. He was taken on 2 May. He was held in a hut. He was fed once a day. He was beaten twice. Later that night his captors fled.",
      "2024-07-14"
    );
    expect(dateOf(rows, "Later that night")).toBe("2024-05-02");
  });
  it("review 22, F19: a flashback told over two days keeps 'that night' on its own last day", () => {
    const rows = datesOf(
      "The engineer was freed on Friday night, his family said. He was seized from a bus on 2 May. The kidnappers called his wife on 3 May. That night, she sold the family car to raise the ransom.",
      "2025-06-10"
    );
    expect(dateOf(rows, "That night")).toBe("2025-05-03");
  });
});
