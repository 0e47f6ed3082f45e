/**
 * Round 15, class 3: North African surname prefixes ("Ould", "Bou", "Ait") written joined to the
 * surname by one outlet and apart by another ("<Given> Ouldhamdi" / "<Given> Ould Hamdi"), with
 * the given name or alone, are one surname. Negatives: two brothers with one surname and two
 * given names; the surname without its prefix is another name; a prefix before another word.
 * Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";

describe("a surname prefix written joined or apart", () => {
  it("sentence → expected row: 'Ould' joined in one outlet, apart in another, and the bare surname", () => {
    expect(parsePersonName("Brahim Ould Hamdi").surnameKey).toBe(parsePersonName("Brahim Ouldhamdi").surnameKey);
    const r = foundActors(["The herders' leader Brahim Ouldhamdi was released near Nema on Friday.", "Brahim Ould Hamdi told the radio he had been fed well. Ould Hamdi thanked the elders."]);
    expect(r.of(0, "Brahim Ouldhamdi")).toBeDefined();
    expect(r.of(1, "Brahim Ould Hamdi")).toBe(r.of(0, "Brahim Ouldhamdi"));
    expect(r.of(1, "Ould Hamdi")).toBe(r.of(0, "Brahim Ouldhamdi"));
  });

  it("sentence → expected row: 'Bou' written apart by one outlet, and 'Ait' alone", () => {
    const r = foundActors(["The port strike was called off by Nadia Bouzara late on Tuesday.", "Nadia Bou Zara said the dockers would return at dawn."]);
    expect(r.of(0, "Nadia Bouzara")).toBeDefined();
    expect(r.of(1, "Nadia Bou Zara")).toBe(r.of(0, "Nadia Bouzara"));
    expect(parsePersonName("Ait Messaoud").surnameKey).toBe(parsePersonName("Aitmessaoud").surnameKey);
  });

  it("negative: brothers with one surname stay two people", () => {
    const r = foundActors(["Salem Ould Hamdi and his brother Brahim Ould Hamdi crossed the border."]);
    expect(r.of(0, "Salem Ould Hamdi")).toBeDefined();
    expect(r.of(0, "Brahim Ould Hamdi")).not.toBe(r.of(0, "Salem Ould Hamdi"));
  });

  it("negative: the surname without its prefix is another name", () => {
    const r = foundActors(["Brahim Ould Hamdi met Brahim Hamdi, the mayor, after the floods."]);
    expect(r.of(0, "Brahim Hamdi")).toBeDefined();
    expect(r.of(0, "Brahim Hamdi")).not.toBe(r.of(0, "Brahim Ould Hamdi"));
  });
});
