/**
 * Stage 03: an appointment or a hearing held now ("has an appointment … on Wednesday") is one ahead, so its weekday
 * is the next one (model FUTURE_CUES). Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {datesOf} from "./helpers.ts";

// 2025-03-12 is a Wednesday.
const PUB = "2025-03-12";
const dateOf = (text: string, date: string) => datesOf(text, PUB).find((r) => r.text === date)?.date;

describe("appointments and hearings ahead", () => {
  it("has an appointment → the next Friday", () => expect(dateOf("The widow has an appointment with the deputy minister on Friday.", "Friday")).toBe("2025-03-14"));
  it("has a second appointment → the next Monday", () => expect(dateOf("The family has a second appointment at the embassy in Riga on Monday.", "Monday")).toBe("2025-03-17"));
  it("has a hearing → the next Tuesday", () => expect(dateOf("The accused has a hearing before the appeals court on Tuesday.", "Tuesday")).toBe("2025-03-18"));
  it("negative: had an appointment stays past", () => expect(dateOf("The widow had an appointment with the deputy minister on Friday.", "Friday")).toBe("2025-03-07"));
});
