/**
 * Stages 04 and 09, round 26 (invented sentences):
 * - a state's formal name ("the State of Qatar", "the Sultanate of Oman") is one more surface form of the country;
 * - a city named after its state ("Bahrain City") is a place of its own, not the state;
 * - "railway(s)" heads an organisation's name ("the Nigerian Railway Corporation");
 * - a royal title and a given name alone ("Sheikh Tamim") join the one full name written with that title and
 *   given name in another article ("Sheikh Tamim bin Saif al-Murri"), and the reference's surname of somebody
 *   else ("Khalid Tamim" known as "Tamim") does not take it; a royal title before a surname that the corpus never
 *   writes as a given name keeps the surname rules ("Sultan Tidjani" stays the one "Ousmane Tidjani").
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {foundActors, foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";

const reference = contextFrom(readFileSync(new URL("../../../data/reference/actors.csv", import.meta.url), "utf8"));
const found = (text: string) => foundMentions(text, "a1", reference).mentions.map((m) => [m.text, m.name, m.kind]);

describe("a state's formal name and a capital named after its state", () => {
  it("sentence → expected row: 'the State of Qatar' is Qatar, written whole", () => {
    expect(found("The football cup was hosted by the State of Qatar in 2022.")).toContainEqual(["State of Qatar", "Qatar", "country"]);
  });
  it("sentence → expected row: 'the Sultanate of Oman'", () => {
    expect(found("The Sultanate of Oman sent two planes to the flooded coast.")).toContainEqual(["Sultanate of Oman", "Oman", "country"]);
  });
  it("sentence → expected row: 'Bahrain City' is a place, not the state", () => {
    const ms = found("The cyclists rode into Bahrain City late on Sunday.");
    expect(ms).toContainEqual(["Bahrain City", "Bahrain City", "place"]);
    expect(ms.map((m) => m[1])).not.toContain("Bahrain");
  });
  it("negative: a formal name before more capitalised words names something else ('the Republic of Chile Navy')", () => {
    expect(found("The Republic of Chile Navy rescued the crew.").map((m) => m[0])).not.toContain("Republic of Chile");
  });
  it("negative: 'the state of the economy' is no state's name", () => {
    expect(found("Officials in Oman spoke about the state of the economy.").map((m) => m[0])).toEqual(["Oman"]);
  });
  it("sentence → expected row: 'the Nigerian Railway Corporation' is one organisation", () => {
    expect(found("The Nigerian Railway Corporation said the line would reopen.")).toContainEqual(["Nigerian Railway Corporation", "Nigerian Railway Corporation", "organization"]);
  });
});

describe("a royal title and a given name alone", () => {
  it("joins the one full name written with the same title and given name in another article", () => {
    const a = foundActors([
      "The Emir of Qatar, Sheikh Tamim bin Saif al-Murri, received the envoys on Monday.",
      "The mother said she had written to Sheikh Tamim in October."
    ]);
    expect(a.of(1, "Tamim")).toBeDefined();
    expect(a.of(1, "Tamim")).toBe(a.of(0, "Sheikh Tamim bin Saif al-Murri"));
  });
  it("negative: two full names with that title and given name leave it alone", () => {
    const a = foundActors([
      "Prince Faisal bin Omar met Prince Faisal bin Salem in Jeddah.",
      "Prince Faisal thanked the pilots."
    ]);
    expect(a.of(1, "Faisal")).not.toBe(a.of(0, "Faisal bin Omar"));
    expect(a.of(1, "Faisal")).not.toBe(a.of(0, "Faisal bin Salem"));
  });
  it("negative: the reference's surname of somebody else does not take a royal given name", () => {
    // The reference gazetteer knows Khaled Mashal by his surname alone; after "Sheikh" the word is a given name.
    const a = foundActors(["Hamas leader Khaled Mashal spoke in Doha.", "The fishermen wrote to the ruler, Sheikh Mashal, in May."], reference);
    expect(a.of(1, "Mashal")).toBeDefined();
    expect(a.of(1, "Mashal")).not.toBe(a.of(0, "Khaled Mashal"));
  });
  it("negative: a traditional ruler's title before a surname keeps the surname rules", () => {
    const a = foundActors([
      "The transport minister, Ousmane Tidjani, met the drivers' families in Abeche.",
      "Sultan Tidjani thanked the drivers' union."
    ]);
    expect(a.of(1, "Tidjani")).toBe(a.of(0, "Ousmane Tidjani"));
  });
});

describe("a relative's possessive before a given name, without a comma", () => {
  it("'Sokolov's sister Irina' joins the one 'Irina Sokolova' of a story naming him", () => {
    const a = foundActors([
      "The climber Anton Sokolov was found alive on Tuesday. His sister, Irina Sokolova, flew to Kathmandu.",
      "Rescuers reached Anton Sokolov on Tuesday night. Sokolov's sister Irina thanked the pilots."
    ]);
    expect(a.of(1, "Irina")).toBeDefined();
    expect(a.of(1, "Irina")).toBe(a.of(0, "Irina Sokolova"));
  });
  it("negative: a given name after a possessive that is no kin noun stays alone", () => {
    const a = foundActors([
      "The climber Anton Sokolov was found alive on Tuesday. His sister, Irina Sokolova, flew to Kathmandu.",
      "Rescuers reached Anton Sokolov on Tuesday night. Sokolov's guide Irina thanked the pilots."
    ]);
    expect(a.of(1, "Irina")).not.toBe(a.of(0, "Irina Sokolova"));
  });
});

describe("more Russian given-name classes", () => {
  it("'Tima' alone is the article's one Timofey", () => {
    const a = foundActors(["Timofey Orlov, 24, was freed on Monday. His mother said Tima had lost weight."]);
    expect(a.of(0, "Tima")).toBeDefined();
    expect(a.of(0, "Tima")).toBe(a.of(0, "Timofey Orlov"));
  });
  it("'Arseniy' and 'Arseny' with one surname are one man across articles", () => {
    const a = foundActors(["Arseniy Volkov was freed on Monday.", "Arseny Volkov thanked the mediators."]);
    expect(a.of(0, "Arseniy Volkov")).toBe(a.of(1, "Arseny Volkov"));
  });
  it("negative: 'Tima' with no Timofey in the article stays alone", () => {
    const a = foundActors(["Timur Orlov was freed on Monday. His mother said Tima had lost weight."]);
    expect(a.of(0, "Tima")).not.toBe(a.of(0, "Timur Orlov"));
  });
});

describe("review 26 F13: a very common royal given name joins only within its article", () => {
  it("'Sheikh Mohammed' of a Dubai story is no 'Sheikh Mohammed bin Zayed' of another", () => {
    const a = foundActors([
      "Sheikh Mohammed bin Zayed met the Turkish president in Ankara on Monday.",
      "In Dubai, Sheikh Mohammed opened the airshow and praised the airline."
    ]);
    expect(a.of(1, "Mohammed")).toBeDefined();
    expect(a.of(1, "Mohammed")).not.toBe(a.of(0, "Sheikh Mohammed bin Zayed"));
  });
  it("within one article it still joins", () => {
    const a = foundActors(["Sheikh Mohammed bin Zayed met the envoy on Monday. Sheikh Mohammed later thanked the pilots."]);
    expect(a.of(0, "Mohammed")).toBe(a.of(0, "Sheikh Mohammed bin Zayed"));
  });
});
