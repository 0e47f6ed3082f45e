/**
 * Round 34: a church's territory ("the Anglican Diocese of Kitgum", "the Catholic Archdiocese of Tororo") and a body
 * named "<Bloc> … Mechanism" ("the EU Civil Protection Mechanism") are organisations (model/org-words.ts ORG_WORDS):
 * before, the words in front of "of" were read as a person ("Catholic Archdiocese") and the see as a body of its own,
 * and a bloc's acronym was cut off a "Mechanism" read as a person. Invented names only.
 */
import {describe, expect, it} from "vitest";
import {contextFrom, mentionKinds, mentionRows} from "../../fixtures/actors/make-article.ts";

const gaz = contextFrom("name,kind,aliases,affiliation,roles\nEuropean Union,organization,EU,,\nUganda,country,,,\n");

describe("round 34: dioceses and mechanisms are organisations", () => {
  it.each<[string, string, string]>([
    ["an archdiocese of an unlisted town", "Ana Obi wrote to the Catholic Archdiocese of Tororo about the school fees.", "Catholic Archdiocese of Tororo/organization"],
    ["a diocese of an unlisted town", "The Anglican Diocese of Kitgum thanked Ana Obi for the boats.", "Anglican Diocese of Kitgum/organization"],
    ["a bare diocese after 'the'", "Tom Eze of the Diocese of Masaka met the strikers.", "Diocese of Masaka/organization"],
    ["a bloc's mechanism", "Ana Obi said pumps sent through the EU Flood Response Mechanism arrived on Sunday.", "EU Flood Response Mechanism/organization"]
  ])("%s: one organisation", (_label, text, body) => {
    expect(mentionKinds(text, gaz)).toContain(body);
  });

  it("the archdiocese, not the town, is the critic", () => {
    expect(mentionRows("In a letter read at Mass, the Catholic Archdiocese of Tororo blamed Ana Obi for the closures.", gaz)).toEqual(["Catholic Archdiocese of Tororo -criticized-> Ana Obi"]);
  });

  it("the mechanism, not the bloc, is asked", () => {
    expect(mentionRows("The mayor, Ana Obi, asked the EU Flood Response Mechanism to send boats.", gaz)).toEqual(["Ana Obi -asked-> EU Flood Response Mechanism"]);
  });

  it("negative: a bishop of a diocese stays a person", () => {
    expect(mentionKinds("Bishop Tom Eze of the Diocese of Masaka met the strikers.", gaz)).toContain("Tom Eze/person");
  });

  it("negative: the bloc asked alone stays the bloc", () => {
    expect(mentionRows("The mayor, Ana Obi, asked the EU to send boats.", gaz)).toEqual(["Ana Obi -asked-> EU"]);
  });

  it("negative: a lowercase mechanism is no word of the name", () => {
    expect(mentionKinds("Ana Obi asked the EU for a funding mechanism.", gaz)).toContain("EU/organization");
  });
});
