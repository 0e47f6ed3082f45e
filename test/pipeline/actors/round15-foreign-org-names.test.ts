/**
 * Round 15, class 6: a French, Italian, Spanish, Portuguese or German organisation's name with a
 * lowercase preposition and article inside ("<Word> per il <Word>", "<Word> pour la <Word>",
 * "<Word> für <Word>") is one organisation mention, also when a known country closes it or an
 * "NGO" (with its nationality) stands before it. Negatives: "per" with no article (an English
 * word), a person's byline for a newspaper, an "NGO" followed by an organisation word (part of
 * the name). Invented names and sentences only.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";

const ctx = contextFrom(readFileSync("data/reference/actors.csv", "utf8"));
const rows = (text: string) => foundMentions(text, "a1", ctx).mentions.map((m) => [m.text, m.kind]);
const texts = (text: string) => rows(text).map((r) => r[0]);

describe("a foreign organisation's name over a lowercase preposition", () => {
  it("sentence → expected row: Italian 'per il' at the start of a sentence", () => {
    expect(rows("Medici per il Mondo ran the only clinic in the camp until the floods.")).toContainEqual(["Medici per il Mondo", "organization"]);
  });

  it("sentence → expected row: French 'pour la' after 'joined the charity'", () => {
    expect(rows("She joined the charity Médecins pour la Paix in 2019, her family said.")).toContainEqual(["Médecins pour la Paix", "organization"]);
  });

  it("sentence → expected row: German 'für' before a known country inside the name", () => {
    expect(rows("Two engineers of Brunnen für Kenia were kidnapped near the border.")).toContainEqual(["Brunnen für Kenia", "organization"]);
  });

  it("sentence → expected row: a Spanish name after 'of the Spanish NGO'", () => {
    expect(rows("Gunmen stopped a truck of the Spanish NGO Alianza por la Selva on the river road.")).toContainEqual(["Alianza por la Selva", "organization"]);
    expect(rows("The Kenyan NGO Maji Safi said the wells were dry.")).toContainEqual(["Maji Safi", "organization"]);
  });

  it("negative: 'per' with no article, a byline, 'NGO Forum'", () => {
    expect(texts("Visitors to Rome per Day Pass paid twice, said Tom Reed.").some((t) => t.includes(" per "))).toBe(false);
    expect(texts("Anna Moretti per il Corriere reported from the quay.")).toContain("Anna Moretti");
    expect(texts("The NGO Forum on Water met in Dakar.")).toContain("NGO Forum on Water");
  });
});
