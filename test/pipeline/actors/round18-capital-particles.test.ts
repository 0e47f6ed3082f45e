/**
 * Round 18: an Arabic article written capitalised and hyphened to a surname that opens a sentence
 * ("At-Tamimi said …", "As-Sayed left …", "An-Nimr met …") is part of the name, not the English
 * stop word "At" / "As" / "An" (actors/chunker.ts hyphenedParticle; model HYPHEN_ONLY_PARTICLES):
 * the mention is the whole surname and joins the full name of the same article.
 * Negatives: the article "An" before a name, an aircraft type ("An-124"), "As" and "At" opening a
 * sentence before a capitalised word with a space (sport, business). Invented names only.
 */
import {describe, expect, it} from "vitest";
import {actorOf, foundMentions} from "../../fixtures/actors/found-mentions.ts";

const texts = (x: ReturnType<typeof foundMentions>) => x.mentions.map((m) => m.text);

describe("round 18: a capitalised hyphened Arabic article opening a surname", () => {
  it("sentence → expected row: 'At-Tamimi' opening a sentence is the surname of 'Hamza at-Tamimi'", () => {
    const x = foundMentions("The talks were led by Hamza at-Tamimi in Doha. At-Tamimi said the group would answer within a week.");
    expect(texts(x)).toContain("At-Tamimi");
    expect(actorOf([x], 0, "At-Tamimi")).toBe(actorOf([x], 0, "Hamza at-Tamimi"));
  });

  it("sentence → expected row: 'As-Sayed' and 'An-Nimr' opening sentences", () => {
    const x = foundMentions("Nabil as-Sayed met Faris an-Nimr on Monday. As-Sayed left Amman the next day. An-Nimr stayed.");
    expect(texts(x)).toEqual(expect.arrayContaining(["As-Sayed", "An-Nimr"]));
    expect(actorOf([x], 0, "As-Sayed")).toBe(actorOf([x], 0, "Nabil as-Sayed"));
    expect(actorOf([x], 0, "An-Nimr")).toBe(actorOf([x], 0, "Faris an-Nimr"));
  });

  it("negative: the article 'An' before a name stays an article", () => {
    const x = foundMentions("An Oslo court on Friday freed Lars Eide.");
    expect(texts(x)).not.toContain("An Oslo");
  });

  it("negative (business): an aircraft type 'An-124' is no surname", () => {
    const x = foundMentions("An-124 freighters flew the turbines to Oslo for Nordvind.");
    expect(texts(x).some((t) => t.startsWith("An-"))).toBe(false);
  });

  it("negative (sport): 'At' and 'As' opening a sentence before a spaced name", () => {
    const x = foundMentions("At Wembley the striker Dario Bellini scored twice. As Bellini celebrated, Porto fans left.");
    expect(texts(x).some((t) => t.startsWith("At ") || t.startsWith("As "))).toBe(false);
  });
});
