/**
 * Round 18: a given name that South Asian and Arabic usage writes second ("Ali", "Ahmed",
 * "Hussain": model/first-names.ts SECOND_GIVEN_NAMES) after an unknown word and before one surname
 * keeps the unknown word as the first given name: "spokesman Tanveer Ali Qureshi" is one person,
 * not an organisation "Tanveer" and a person "Ali Qureshi" (actors/chunker.ts innerFirstName).
 * Negatives: a known country before the name still splits ("Kenya Ali Khan"), an acronym before
 * it ("UNHCR Ali Khan"), a club's possessive (sport).
 * Invented names only.
 */
import {describe, expect, it} from "vitest";
import {actorOf, foundMentions} from "../../fixtures/actors/found-mentions.ts";

const texts = (x: ReturnType<typeof foundMentions>) => x.mentions.map((m) => m.text);

describe("round 18: a second given name after an unknown first one", () => {
  it("sentence → expected row: 'spokesman Tanveer Ali Qureshi' is one person, 'Qureshi' joins him", () => {
    const x = foundMentions("Foreign Office spokesman Tanveer Ali Qureshi said the talks would go on. Qureshi gave no date.");
    expect(texts(x)).toContain("Tanveer Ali Qureshi");
    expect(actorOf([x], 0, "Qureshi")).toBe(actorOf([x], 0, "Tanveer Ali Qureshi"));
  });

  it("sentence → expected row: 'Pervez Hussain Butt' opening a sentence", () => {
    const x = foundMentions("Pervez Hussain Butt, a trader from Multan, was freed on Monday.");
    expect(texts(x)).toContain("Pervez Hussain Butt");
  });

  it("negative: a known country before the name still splits off", () => {
    const x = foundMentions("Officials said Kenya Ali Khan would not travel.");
    expect(texts(x)).not.toContain("Kenya Ali Khan");
  });

  it("negative: an acronym before the name still splits off", () => {
    const x = foundMentions("The UNHCR Ali Khan case was closed in May.");
    expect(texts(x)).not.toContain("UNHCR Ali Khan");
  });

  it("negative (sport): a club's possessive before the name", () => {
    const x = foundMentions("Benfica's Ahmed Musa scored twice against Porto.");
    expect(texts(x)).toContain("Ahmed Musa");
    expect(texts(x).some((t) => t.startsWith("Benfica ") || t.startsWith("Benfica's A"))).toBe(false);
  });
});
