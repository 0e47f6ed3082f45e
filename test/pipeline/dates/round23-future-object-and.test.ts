/**
 * Round 23, stage 03: "and" + a possessive determiner + noun after a future verb's named object joins a second
 * object ("will meet Rosa Lima and her daughters … on Friday"), so the future clause reaches the date.
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2025-03-12 is a Wednesday.
const PUB = "2025-03-12";
const dateOf = (text: string, date: string) => datesOf(text, PUB).find((r) => r.text === date)?.date;

describe("a future verb's object joined by 'and his/her/their …'", () => {
  it("'will receive Rosa Lima and her daughters in Porto on Friday' → the next Friday", () => {
    expect(dateOf("The mayor will receive Rosa Lima and her daughters in Porto on Friday.", "Friday")).toBe("2025-03-14");
  });
  it("'will visit the miners' leader Tiago Ramos and his crew on Saturday' → the next Saturday", () => {
    expect(dateOf("The minister will visit Tiago Ramos and his crew at the pit head on Saturday.", "Saturday")).toBe("2025-03-15");
  });
  it("negative: the joined noun's own past verb makes it past", () => {
    expect(dateOf("The mayor will receive Rosa Lima and her daughters arrived in Porto on Friday.", "Friday")).toBe("2025-03-07");
  });
  it("negative: 'and' + a lowercase noun without a possessive still ends the clause", () => {
    expect(dateOf("The mayor will receive Rosa Lima and officials in Porto saw the damage on Friday.", "Friday")).toBe("2025-03-07");
  });
  it("negative: 'and' + a plural subject with an irregular past verb starts a new clause", () => {
    expect(dateOf("The mayor will receive Rosa Lima and rescuers found two more bodies in Porto on Friday.", "Friday")).toBe("2025-03-07");
  });
});
