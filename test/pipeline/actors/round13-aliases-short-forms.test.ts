/**
 * Round 13, classes 4 and 5: a person after "'s <role>," whose given name is also a port city
 * ("Aden") is found whole, and an unquoted name after ", better known as" / ", also known as" /
 * ", alias" is his other name; English everyday short forms (Joe / Joseph, Andy / Andrew, Dave /
 * David …) are given-name classes, joined only with the same surname. Negatives: a name later in
 * a longer apposition, a possessor after "known as", the city before a title, another surname,
 * a son with a suffix. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import type {Context} from "../../../src/pipeline/types.ts";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";

const ctx: Context = contextFrom("name,kind,aliases,affiliation,roles,not_same\nAden,place,,Yemen,,\n");

const actors = (texts: string[]) => foundActors(texts, ctx);

describe("'better known as' and a given name that is also a city", () => {
  it("sentence → expected row: 'A B C, better known as D' as the subject", () => {
    const {of, texts} = actors(["Aden Yusuf Dirie, better known as Abu Layla, crossed the flooded river at night with 30 cattle, herders said.", "Abu Layla denied stealing the cattle."]);
    expect(texts(0)).toContain("Aden Yusuf Dirie");
    expect(of(0, "Abu Layla")).toBe(of(0, "Aden Yusuf Dirie"));
    expect(of(1, "Abu Layla")).toBe(of(0, "Aden Yusuf Dirie"));
  });

  it("sentence → expected row: ', alias' and ', also known as' before an unquoted name", () => {
    const {of} = actors(["Detectives charged Carlos Mena, alias Tito Vargas, with the warehouse robbery.", "The smuggler Omar Saleh, also known as Abu Karim, was extradited."]);
    expect(of(0, "Tito Vargas")).toBe(of(0, "Carlos Mena"));
    expect(of(1, "Abu Karim")).toBe(of(1, "Omar Saleh"));
  });

  it("negative: a name later in a longer apposition, or a possessor, is someone else", () => {
    const {of} = actors(["Omar Saleh, known among dockers as a friend of Hassan Ali, was freed.", "Yusuf Dirie, better known as Abu Layla's deputy, was freed."]);
    expect(of(0, "Hassan Ali")).not.toBe(of(0, "Omar Saleh"));
    expect(of(1, "Abu Layla")).toBeDefined();
    expect(of(1, "Abu Layla")).not.toBe(of(1, "Yusuf Dirie"));
  });

  it("negative: the city before a title or an organisation word stays a place", () => {
    const {texts} = actors(["Aden Governor Ali Saleh Hadi reopened the Aden Port Authority offices. Shelling in Aden resumed."]);
    expect(texts(0)).toContain("Ali Saleh Hadi");
    expect(texts(0)).toContain("Aden");
    expect(texts(0)).not.toContain("Aden Governor Ali Saleh Hadi");
  });
});

describe("English short forms of given names", () => {
  it("sentence → expected row: a lone 'Joe' later is the article's Joseph", () => {
    const {of} = actors(["Rescuers freed the engineer Joseph Wekesa near Lodwar. Doctors said Joe had lost ten kilos."]);
    expect(of(0, "Joe")).toBe(of(0, "Joseph Wekesa"));
  });

  it("sentence → expected row: 'Dave' / 'David' and 'Andy' / 'Andrew' with one surname across outlets", () => {
    const {of} = actors(["Flood wardens evacuated 40 homes, said Dave Pritchard.", "David Pritchard, the chief warden, said the river had peaked.", "Andy Moreton's ferry was stranded.", "Andrew Moreton said the ferry was safe."]);
    expect(of(0, "Dave Pritchard")).toBe(of(1, "David Pritchard"));
    expect(of(2, "Andy Moreton")).toBe(of(3, "Andrew Moreton"));
  });

  it("negative: another surname, or a son with a suffix, stays apart", () => {
    const {of} = actors(["Joe Kimani and Joseph Wekesa were freed.", "Joseph Wekesa and his son Joe Wekesa Jr. were freed."]);
    expect(of(0, "Joe Kimani")).not.toBe(of(0, "Joseph Wekesa"));
    expect(of(1, "Joe Wekesa Jr.")).not.toBe(of(1, "Joseph Wekesa"));
  });
});
