/**
 * Round 12: a quoted alias after a name ('Hernán Ibáñez, alias "El Zurdo"', 'aka "Tiger"') is the
 * name, like a nickname after "known as". Negatives: an alias given to someone else after "whose",
 * a quoted word after "alias" that follows no name. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const empty = emptyContext();

function actors(texts: string[]): (xi: number, surface: string) => string | undefined {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i));
  const out = mergeActors(xs, empty).mentionActors;
  return (xi, surface) => {
    const k = xs[xi].mentions.findIndex((m) => m.text === surface);
    return k < 0 ? undefined : out[xi][k];
  };
}

describe("a quoted alias after a name", () => {
  it("sentence → expected row: 'X, alias \"Y\"' (the alias of a later article too)", () => {
    const of = actors(['Hernán Ibáñez, alias "El Zurdo", surrendered to the police in Cúcuta on Friday.', 'Troops said "El Zurdo" had fled into the hills.']);
    expect(of(0, "El Zurdo")).toBeDefined();
    expect(of(0, "El Zurdo")).toBe(of(0, "Hernán Ibáñez"));
    expect(of(1, "El Zurdo")).toBe(of(0, "Hernán Ibáñez"));
  });

  it("sentence → expected row: 'aka' in a police statement", () => {
    const of = actors(['Police arrested Dwayne Okafor, 31, aka "Big Tiger", after the warehouse fire in Lagos.']);
    expect(of(0, "Big Tiger")).toBeDefined();
    expect(of(0, "Big Tiger")).toBe(of(0, "Dwayne Okafor"));
  });

  it("negative: after 'whose' the alias is another person's", () => {
    const of = actors(['The mine owner Hernán Ibáñez, whose bodyguard Tomás Rivas goes by the alias "El Flaco", denied the strike had been broken.']);
    expect(of(0, "El Flaco")).toBeDefined();
    expect(of(0, "El Flaco")).not.toBe(of(0, "Hernán Ibáñez"));
  });

  it("negative: the word 'alias' with no name before the comma joins nothing", () => {
    const of = actors(['Prosecutors said the man used an alias, "Don Beto", to rent the boat. Julio Paredes denied it.']);
    expect(of(0, "Don Beto")).toBeDefined();
    expect(of(0, "Don Beto")).not.toBe(of(0, "Julio Paredes"));
  });
});
