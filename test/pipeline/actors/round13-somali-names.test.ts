/**
 * Round 13, class 3: Somali given names (model/first-names.ts SOMALI_GIVEN_NAMES) open a name and
 * stand second as the father's name, so "Abdi Jama Ibrahim" is one person even though its last
 * word is a given name too; a hyphened first pair ("Abdi-Farah") is the same name; outlets' u / i
 * and e / i spellings ("Abdirashid" / "Abdurashid", "Elmi" / "Ilmi") join across articles.
 * Negatives: a woman with the same father's and family names, the byline order reversed ("Ibrahim
 * Abdi"), the city of Aden. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";

describe("Somali names", () => {
  it("sentence → expected row: a three-word name ending in a given name is one mention", () => {
    const {texts} = foundActors(["Gunmen stopped the bus carrying the nurse Abdi Jama Ibrahim near the river crossing."]);
    expect(texts(0)).toContain("Abdi Jama Ibrahim");
    expect(texts(0)).not.toContain("Ibrahim");
  });

  it("sentence → expected row: hyphen and space spellings of the first pair are one person", () => {
    const {of} = foundActors(["Teachers went on strike after Abdi-Farah Osman was dismissed.", "The dismissal of headmaster Abdi Farah Osman angered parents."]);
    expect(of(0, "Abdi-Farah Osman")).toBeDefined();
    expect(of(0, "Abdi-Farah Osman")).toBe(of(1, "Abdi Farah Osman"));
  });

  it("sentence → expected row: u / i and e / i spellings of one man in two outlets", () => {
    const {of} = foundActors(["Flood relief in the district is run by Abdirashid Elmi Guled, the mayor said.", "The district mayor thanked Abdurashid Ilmi Guled for the boats."]);
    expect(of(0, "Abdirashid Elmi Guled")).toBeDefined();
    expect(of(0, "Abdirashid Elmi Guled")).toBe(of(1, "Abdurashid Ilmi Guled"));
  });

  it("negative: another name after 'Abdi-' / 'Abdu-' is another man", () => {
    const {of} = foundActors(["Flood relief in the district is run by Abdirashid Elmi Guled, the mayor said.", "His brother Abdurahman Elmi Guled drove the boats."]);
    expect(of(1, "Abdurahman Elmi Guled")).toBeDefined();
    expect(of(1, "Abdurahman Elmi Guled")).not.toBe(of(0, "Abdirashid Elmi Guled"));
  });

  it("negative: a woman with the same father's and family names is someone else", () => {
    const {of} = foundActors(["Abdi Jama Ibrahim was freed on Monday.", "His sister Hodan Jama Ibrahim said the family had sold its goats."]);
    expect(of(1, "Hodan Jama Ibrahim")).toBeDefined();
    expect(of(1, "Hodan Jama Ibrahim")).not.toBe(of(0, "Abdi Jama Ibrahim"));
  });

  it("negative: the same two names in the other order are another man", () => {
    const {of} = foundActors(["Ibrahim Abdi filed the report from the camp. The nurse Abdi Ibrahim was among the freed workers."]);
    expect(of(0, "Ibrahim Abdi")).toBeDefined();
    expect(of(0, "Abdi Ibrahim")).toBeDefined();
    expect(of(0, "Ibrahim Abdi")).not.toBe(of(0, "Abdi Ibrahim"));
  });

  it("negative: the port city of Aden stays a place", () => {
    const {texts} = foundActors(["Shelling in Aden closed the port for a week."]);
    expect(texts(0)).toContain("Aden");
  });
});
