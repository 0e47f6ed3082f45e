/**
 * Session 27, stage 04 (invented sentences): clergy titles ("Pastor", "Chaplain", "Vicar", "Deacon") and the
 * Malaysian styles "Datuk", "Dato", "Datin" and "Seri" stand before a name and are no part of it; Spanish and
 * Portuguese company words head an organisation's name ("Andina Concesiones", "Constructora del Pacífico").
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";

const reference = contextFrom(readFileSync(new URL("../../../data/reference/actors.csv", import.meta.url), "utf8"));
const found = (text: string) => foundMentions(text, "a1", reference).mentions.map((m) => [m.text, m.kind]);

describe("titles before a name", () => {
  it.each([
    ["The six were handed to Pastor Tavita Oduya of the Lutheran Church.", "Tavita Oduya"],
    ["Chaplain Makoa Hale visited the crew in Mombasa.", "Makoa Hale"],
    ["Malaysia's foreign minister, Datuk Seri Razif Hamzah, met the envoy.", "Razif Hamzah"],
    ["Datin Nurul Azwa opened the shelter on Monday.", "Nurul Azwa"]
  ])("%s → %s", (sentence, name) => {
    const ms = found(sentence);
    expect(ms).toContainEqual([name, "person"]);
  });
  it("negatives: 'Sri' stays part of a country's or a person's name", () => {
    const ms = found("Sri Lanka's president met Sri Mulyani in Colombo.");
    expect(ms).toContainEqual(["Sri Lanka", "country"]);
    expect(ms).toContainEqual(["Sri Mulyani", "person"]);
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
