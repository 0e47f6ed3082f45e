/**
 * Round 24, stages 04 and 09: (a) a name in apposition right after a noun phrase of a kind of group ("the armed group
 * X", "a little-known militia X") is that group's name, an organisation even when it reads like a person's; (b) a
 * group's other name of two words or more in parentheses right after its name ("X (Brigade of the Sun)", a translation)
 * is the same actor. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundActors, foundMentions} from "../../fixtures/actors/found-mentions.ts";

const kinds = (text: string) => foundMentions(text).mentions.map((m) => [m.text, m.kind]);

describe("(a) a name after a group noun is the group's", () => {
  it("sentence → expected row: 'the armed group' before an Arabic name", () => {
    expect(kinds("The armed group Jaysh al-Nasr claimed the ambush near the dam.")).toContainEqual(["Jaysh al-Nasr", "organization"]);
  });
  it("sentence → expected row: modifiers and a hyphen before 'militia'", () => {
    expect(kinds("A little-known militia Saraya al-Fajr said it held the engineers.")).toContainEqual(["Saraya al-Fajr", "organization"]);
  });
  it("negative: a person after the group noun as the subject of a relative clause stays a person", () => {
    // Mutation check: without the first-name test Maria Lopez becomes an organisation.
    expect(kinds("The group Maria Lopez founded in 2010 feeds migrants.")).toContainEqual(["Maria Lopez", "person"]);
  });
  it("negative: a possessive group noun opens a title, not an apposition", () => {
    expect(kinds("The armed group's commander Idris Bako was captured.")).toContainEqual(["Idris Bako", "person"]);
  });
  it("sentence → expected row: an acronym after the group noun", () => {
    expect(kinds("The rebel group FDLR-K denied the claim.").map((m) => m[1])).toContain("organization");
  });
});

describe("(b) a group's other name in parentheses", () => {
  it("sentence → expected row: a translation in parentheses, and the translation alone later, are one actor", () => {
    const r = foundActors([
      "The kidnapping was claimed by the armed group Jaysh al-Nasr (Brigade of Victory) on Tuesday.",
      "The Brigade of Victory freed the drivers a week later."
    ]);
    expect(r.of(0, "Jaysh al-Nasr")).toBeDefined();
    expect(r.of(0, "Brigade of Victory")).toBe(r.of(0, "Jaysh al-Nasr"));
    expect(r.of(1, "Brigade of Victory")).toBe(r.of(0, "Jaysh al-Nasr"));
  });
  it("negative: a dateline's place in capitals before its outlet is no other name", () => {
    // Mutation check: without the capitals test the place and the outlet become one actor.
    // (A place of eight capitals or fewer reads as an acronym, which an older rule joins: not this rule's case.)
    const r = foundActors(["OUAGADOUGOU (Sahel Wire Service) - Gunmen seized two engineers on Monday."]);
    expect(r.texts(0)).toContain("OUAGADOUGOU");
    expect(r.of(0, "OUAGADOUGOU")).not.toBe(r.of(0, "Sahel Wire Service"));
  });
  it("negative: a one-word place in parentheses is no other name", () => {
    const r = foundActors(["The armed group Jaysh al-Nasr (Niger) freed the drivers."]);
    expect(r.of(0, "Niger")).not.toBe(r.of(0, "Jaysh al-Nasr"));
  });
  it("negative: two English names are two bodies (no particle of another language in the first)", () => {
    // Mutation check: without the particle test the water board and the rescue service become one actor.
    const r = foundActors(["Staff of the Lakeside Water Board (Mountain Rescue Service) met on Friday."]);
    expect(r.of(0, "Lakeside Water Board")).toBeDefined();
    expect(r.of(0, "Mountain Rescue Service")).not.toBe(r.of(0, "Lakeside Water Board"));
  });
  it("negative: a person in parentheses is no other name of the group", () => {
    const r = foundActors(["The armed group Jaysh al-Nasr (Omar Diallo) freed the drivers."]);
    expect(r.of(0, "Omar Diallo")).not.toBe(r.of(0, "Jaysh al-Nasr"));
  });
});
