/**
 * Reference gazetteer entries for organisations that outlets name two ways (full name in one,
 * initials in another): both spellings find the same entry, so stage 09 makes one actor.
 * Invented sentences.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {findMentions} from "../../../src/pipeline/stages/04-mentions.ts";
import {contextFrom, makeArticle, makeSentences} from "../../fixtures/actors/make-article.ts";

const ctx = contextFrom(readFileSync(new URL("../../../data/reference/actors.csv", import.meta.url), "utf8"));

function entries(text: string): (string | null)[] {
  return findMentions(makeArticle(text, {published: "2024-05-01"}), makeSentences(text), ctx).map((m) => m.gazetteerName);
}

describe("reference organisations named by full name or initials", () => {
  it.each<[string, string]>([
    ["Rebels of the National Liberation Army freed four surveyors near the river on Monday.", "full name → National Liberation Army"],
    ["The ELN said the four surveyors were in good health.", "initials → National Liberation Army"],
    ["A statement from the Ejército de Liberación Nacional denied the kidnapping.", "Spanish name → National Liberation Army"]
  ])("%s (%s)", (sentence) => {
    expect(entries(sentence)).toContain("National Liberation Army");
  });

  it("another army's name is not that entry", () => {
    expect(entries("The Libyan National Army shelled the port on Friday.")).not.toContain("National Liberation Army");
  });
});

describe("Sahel armed groups named in English, in transliterated Arabic or by initials", () => {
  it.each<[string, string]>([
    ["In a message to the drillers' employer, Jamaat Nusrat al-Islam wal-Muslimin set a deadline of ten days.", "JNIM"],
    ["The Group for the Support of Islam and Muslims said the drillers were alive.", "JNIM"],
    ["JNIM fighters blocked the road to the gold mine.", "JNIM"],
    ["A convoy of grain lorries was ambushed by the Islamic State in the Sahel on Sunday.", "Islamic State Sahel Province"],
    ["Fighters of the Islamic State in the Greater Sahara burned the market.", "Islamic State Sahel Province"]
  ])("%s → %s", (sentence, entry) => {
    expect(entries("Rains flooded the valley. " + sentence)).toContain(entry);
  });

  it("the Islamic State without a region stays the Islamic State", () => {
    const found = entries("Rains flooded the valley. The Islamic State claimed the attack on the ferry.");
    expect(found).toContain("Islamic State");
    expect(found).not.toContain("Islamic State Sahel Province");
  });
});
