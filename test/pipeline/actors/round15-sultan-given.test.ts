/**
 * Round 15, class 5: a title word that is also an Arabic given name ("Sultan") before an Arabic
 * family name alone ("al-<X>", "Al <X>") is the man's given name, so the person's mention is the
 * whole name; the al- / Al and vowel spellings of that name in two outlets are one person.
 * Negatives: before a given name and surname the word stays a title; another given name with the
 * same family name is another man; "the Sultan of <Country>" names no person, nor "the Sultan
 * al-<X> dynasty". Invented names and
 * sentences only.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {contextFrom} from "../../fixtures/actors/make-article.ts";
import {foundActors, foundMentions} from "../../fixtures/actors/found-mentions.ts";

const ctx = contextFrom(readFileSync("data/reference/actors.csv", "utf8"));
const rows = (text: string) => foundMentions(text, "a1", ctx).mentions.map((m) => [m.text, m.kind]);

describe("'Sultan' as a given name before an Arabic family name", () => {
  it("sentence → expected row: 'Sultan al-<X>' is one person", () => {
    expect(rows("The flood relief convoy was escorted by Sultan al-Nuaimi, a tribal elder.")).toContainEqual(["Sultan al-Nuaimi", "person"]);
  });

  it("sentence → expected row: al- / Al and ee / i spellings in two outlets merge", () => {
    const r = foundActors(["Grain prices fell after Sultan al-Hakeemi opened the depots.", "The depots were opened by Sultan Al Hakimi, the traders said."], ctx);
    expect(r.of(0, "Sultan al-Hakeemi")).toBeDefined();
    expect(r.of(1, "Sultan Al Hakimi")).toBe(r.of(0, "Sultan al-Hakeemi"));
  });

  it("negative: before a given name and surname 'Sultan' stays a title", () => {
    const ms = rows("Sultan Omar Haddad opened the new dam on Sunday.").map((m) => m[0]);
    expect(ms).toContain("Omar Haddad");
    expect(ms).not.toContain("Sultan Omar Haddad");
  });

  it("negative: another given name with the same family name is another man", () => {
    const r = foundActors(["Sultan al-Nuaimi and Khalid al-Nuaimi signed the truce."], ctx);
    expect(r.of(0, "Sultan al-Nuaimi")).toBeDefined();
    expect(r.of(0, "Khalid al-Nuaimi")).not.toBe(r.of(0, "Sultan al-Nuaimi"));
  });

  it("negative: 'the Sultan of <Country>' names no person called Sultan", () => {
    expect(rows("The Sultan of Brunei pardoned the fishermen.").map((m) => m[0])).not.toContain("Sultan of Brunei");
  });

  it("negative: after 'the' the word is a house's title", () => {
    expect(rows("Farmers said the Sultan al-Hakeemi dynasty had owned the valley for a century.").map((m) => m[0])).not.toContain("Sultan al-Hakeemi");
  });
});
