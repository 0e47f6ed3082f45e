/**
 * Session 27, stage 04 (invented sentences): clergy titles ("Pastor", "Chaplain", "Vicar", "Deacon") and the
 * Malaysian styles "Datuk", "Dato" and "Datin" stand before a name and are no part of it; Spanish and Portuguese
 * company words head an organisation's name ("Andina Concesiones", "Constructora del Pacífico"). "Seri" / "Sri"
 * are a style's second word only after Datuk, Dato, Datin or Tan ("Datuk Seri", "Tan Sri"; model STYLE_PAIRS):
 * alone they are given names and words of places ("Bandar Seri Begawan", "Sri Lanka"; review 27 F4, F5, F15).
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";

const reference = contextFrom(readFileSync(new URL("../../../data/reference/actors.csv", import.meta.url), "utf8"));
const found = (text: string) => foundMentions(text, "a1", reference).mentions.map((m) => [m.text, m.kind]);

describe("titles before a name", () => {
  it.each([
    ["Pastor Tavita Oduya led the prayers at the graveside.", "Tavita Oduya"],
    ["Chaplain Makoa Hale visited the crew in Mombasa.", "Makoa Hale"],
    ["Datuk Razif Hamzah chaired the flood committee.", "Razif Hamzah"],
    ["Datin Nurul Azwa opened the shelter on Monday.", "Nurul Azwa"]
  ])("%s → %s", (sentence, name) => {
    const ms = found(sentence);
    expect(ms).toContainEqual([name, "person"]);
  });
  it("negatives: 'Sri' and 'Seri' stay words of a country's, a city's or a person's name", () => {
    const ms = found("Sri Lanka's president met Sri Mulyani and Seri Rahayu in Bandar Seri Begawan.");
    expect(ms).toContainEqual(["Sri Lanka", "country"]);
    expect(ms).toContainEqual(["Sri Mulyani", "person"]);
    expect(ms).toContainEqual(["Seri Rahayu", "person"]);
    expect(ms.map((m) => m[0])).toContain("Bandar Seri Begawan");
  });
  it.each([
    ["Datuk Seri Razif Hamzah chaired the flood committee.", "Razif Hamzah"],
    ["Dato Sri Aminah Yusof opened the clinic.", "Aminah Yusof"],
    ["Tan Sri Noor Aziz met the envoy.", "Noor Aziz"]
  ])("a two-word style is one title: %s → %s", (sentence, name) => {
    expect(found(sentence)).toContainEqual([name, "person"]);
  });
});

describe("Spanish and Portuguese company words", () => {
  it("sentence → expected row: 'Andina Concesiones' is an organisation", () => {
    expect(found("Senator Ana Ruiz accused the road's operator, Andina Concesiones, of ignoring warnings.")).toContainEqual(["Andina Concesiones", "organization"]);
  });
  it("sentence → expected row: 'Constructora del Pacífico' is an organisation", () => {
    expect(found("The bridge was built by Constructora del Pacífico in 2019.")).toContainEqual(["Constructora del Pacífico", "organization"]);
  });
  it("negative: a person's name with no company word stays a person", () => {
    expect(found("Senator Ana Ruiz accused Carlos Andino of lying.")).toContainEqual(["Carlos Andino", "person"]);
  });
});

describe("named storms are weather events, no actors (review 27 verbs F4)", () => {
  it.each(["Hurricane Tomas hit the coast on Monday.", "Cyclone Dara killed 40 people in the delta.", "Tropical Storm Alma flooded the valley."])("%s → no actor", (sentence) => {
    expect(found(sentence).filter((m) => m[1] === "person" || m[1] === "organization")).toEqual([]);
  });
  it("negative: a person who shares the storm's name stays a person", () => {
    expect(found("Hurricane Tomas hit the coast. Tomas Ruiz, a fisherman, said the port was closed.")).toContainEqual(["Tomas Ruiz", "person"]);
  });
});
