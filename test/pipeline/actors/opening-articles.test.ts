/**
 * A name opening with a Romance article ("La Paz", "Le Havre", "Las Vegas") is a lone surname only
 * of a full name that writes the same article ("Le Pen" is "Marine Le Pen"); otherwise it is a
 * place's name and never a form of the person whose surname is its last word ("Carlos Paz").
 * Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";

describe("a name opening with a Romance article", () => {
  it("sentence → expected row: 'La Paz' beside 'Carlos Paz' in one article stays apart from him", () => {
    const r = foundActors(["Interior Minister Carlos Paz said the bus had left La Paz at dawn. Paz said 12 people were hurt."]);
    expect(r.of(0, "Carlos Paz")).toBeDefined();
    expect(r.of(0, "La Paz")).not.toBe(r.of(0, "Carlos Paz"));
    expect(r.of(0, "Paz")).toBe(r.of(0, "Carlos Paz"));
  });

  it("sentence → expected row: 'Las Vegas' is not the surname of 'Rosa Vegas'", () => {
    const r = foundActors(["Union leader Rosa Vegas said hotel staff in Las Vegas would strike on Friday."]);
    expect(r.of(0, "Las Vegas")).not.toBe(r.of(0, "Rosa Vegas"));
  });

  it("positive: 'Le Pen' is still 'Marine Le Pen', whose name writes the article", () => {
    const r = foundActors(["Marine Le Pen spoke in Lille on Sunday. Le Pen said the vote was stolen."]);
    expect(r.of(0, "Le Pen")).toBe(r.of(0, "Marine Le Pen"));
  });
});
