/**
 * Stage 03, session 32: in a headline or standfirst, "to" + a determiner or a place noun is a preposition's object, no
 * headline future ("The pair were handed to the Red Cross on Tuesday morning" is past); "to" + a verb still is
 * ("Ferries to resume on Monday"); a trip told in the present simple ("arrives in Moscow on Tuesday") is scheduled.
 * Lines invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {dateOf, datesOf} from "./helpers.ts";

// 2025-06-18 is a Wednesday.
const PUB = "2025-06-18";
const page = (line: string) => `Nurses home after a year in captivity\n\n${line}\n\nThe ministry confirmed the release.`;

describe("'to' in a headline line", () => {
  it("handed to the Red Cross on Tuesday morning: the past Tuesday", () => {
    expect(dateOf(datesOf(page("The pair were handed to the Red Cross on Tuesday morning in a release the embassy announced first"), PUB), "Tuesday")).toBe("2025-06-17");
  });
  it("negative: 'to' + a verb is the headline future", () => {
    expect(dateOf(datesOf(page("Ferries to resume on Tuesday after the strike"), PUB), "Tuesday")).toBe("2025-06-24");
  });
});

describe("a trip told in the present simple is scheduled", () => {
  it("'arrives in Moscow on Tuesday' is the coming Tuesday", () => {
    expect(dateOf(datesOf("The foreign minister, who mediated the talks, arrives in Moscow on Tuesday.", PUB), "Tuesday")).toBe("2025-06-24");
  });
  it("negative: 'arrived in Moscow on Tuesday' is past", () => {
    expect(dateOf(datesOf("The foreign minister arrived in Moscow on Tuesday.", PUB), "Tuesday")).toBe("2025-06-17");
  });
});
