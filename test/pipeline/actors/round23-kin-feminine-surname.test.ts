/**
 * Stage 09, round 23: a woman's given name alone after a man's Slavic surname in a possessive ("Sokolov's mother,
 * Irina") joins the one full name of that given name with the surname in the feminine ("Irina Sokolova"), in the
 * same article or in a story that names a Sokolov in full too: the reverse of round 22's "Belova's father, Pavel".
 * Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundMentions, actorOf} from "../../fixtures/actors/found-mentions.ts";

describe("a woman's given name after a man's possessive joins the full name in the feminine", () => {
  it("mountain rescue: 'Mr Sokolov's mother, Irina' → 'Irina Sokolova' of another outlet's story naming him", () => {
    const xs = [
      foundMentions("The climber Anton Sokolov was found alive on the glacier on Tuesday. His mother, Irina Sokolova, flew to Kathmandu.", "a1"),
      foundMentions("Rescuers reached Mr Sokolov on Tuesday night. Mr Sokolov's mother, Irina, thanked the Nepali pilots.", "a2")
    ];
    expect(actorOf(xs, 1, "Irina")).toBeDefined();
    expect(actorOf(xs, 1, "Irina")).toBe(actorOf(xs, 0, "Irina Sokolova"));
    // Mother and son stay two people.
    expect(actorOf(xs, 0, "Irina Sokolova")).not.toBe(actorOf(xs, 0, "Anton Sokolov"));
  });
});

describe("negatives", () => {
  it("a namesake in a story that names no Sokolov in full stays apart", () => {
    const xs = [
      foundMentions("Irina Sokolova, a teacher from Tver, won the regional chess cup on Sunday.", "a1"),
      foundMentions("Rescuers reached Mr Sokolov on Tuesday night. Mr Sokolov's mother, Irina, thanked the Nepali pilots.", "a2")
    ];
    expect(actorOf(xs, 0, "Irina Sokolova")).toBeDefined();
    expect(actorOf(xs, 1, "Irina")).not.toBe(actorOf(xs, 0, "Irina Sokolova"));
  });
  it("without the possessive the given name stays alone", () => {
    const xs = [
      foundMentions("The climber Anton Sokolov was found alive on the glacier on Tuesday. His mother, Irina Sokolova, flew to Kathmandu.", "a1"),
      foundMentions("Rescuers reached Mr Sokolov on Tuesday night. Irina thanked the Nepali pilots.", "a2")
    ];
    expect(actorOf(xs, 1, "Irina")).not.toBe(actorOf(xs, 0, "Irina Sokolova"));
  });
});
