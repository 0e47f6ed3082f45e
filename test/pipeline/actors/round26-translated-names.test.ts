/**
 * Stage 09, round 26 (invented sentences): a body's name translated in the same article is one body: in
 * parentheses after a name in another language ("Jamaat al-Nour (Society of Light)"), or after words that say so
 * ("…, whose name translates as the Front of the Hills"); Urdu and Pashto heads ("Tehreek", "Lashkar") make a body.
 */
import {describe, expect, it} from "vitest";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";

describe("a name and its translation", () => {
  it("in parentheses after a name in another language", () => {
    const a = foundActors(["The engineers were freed by the militia Jamaat al-Nour (Society of Light) after 20 days. The Society of Light still holds a driver."]);
    expect(a.of(0, "Jamaat al-Nour")).toBeDefined();
    expect(a.of(0, "Jamaat al-Nour")).toBe(a.of(0, "Society of Light"));
  });
  it("after 'whose name translates as the'", () => {
    const a = foundActors(["The nurses had been held by Tehreek-e-Pahar, a small armed group whose name translates as the Front of the Hills."]);
    expect(a.of(0, "Tehreek-e-Pahar")).toBeDefined();
    expect(a.of(0, "Tehreek-e-Pahar")).toBe(a.of(0, "Front of the Hills"));
  });
});

describe("negatives", () => {
  it("an English name with its owner in parentheses stays two bodies", () => {
    const a = foundActors(["The Sultan Murad Division (Syrian National Army) said the prisoners were freed."]);
    expect(a.of(0, "Sultan Murad Division")).not.toBe(a.of(0, "Syrian National Army"));
  });
  it("a body and a person in parentheses are no translation", () => {
    const a = foundActors(["The militia Jamaat al-Nour (Omar Haddad, its leader) freed the engineers."]);
    expect(a.of(0, "Jamaat al-Nour")).not.toBe(a.of(0, "Omar Haddad"));
  });
  it("'translates as' with a sentence between is no translation", () => {
    const a = foundActors(["The Harbour Board met the Fishermen Union. Its slogan translates as the Voice of the Sea."]);
    expect(a.of(0, "Fishermen Union")).not.toBe(a.of(0, "Voice of the Sea"));
  });
});

describe("review 26 args F5, F6", () => {
  it("'which means' before another body is no translation", () => {
    const a = foundActors(["The Tana Defence Forces pulled out of the talks, which means the National Relief Directorate must now lead them."]);
    expect(a.of(0, "Tana Defence Forces")).not.toBe(a.of(0, "National Relief Directorate"));
  });
  it("a parent group in another language in parentheses is no translation", () => {
    const a = foundActors(["The militants of Katibat al-Furqan (Jamaat Nusrat al-Sunna) freed the engineers."]);
    expect(a.of(0, "Katibat al-Furqan")).not.toBe(a.of(0, "Jamaat Nusrat al-Sunna"));
  });
});
