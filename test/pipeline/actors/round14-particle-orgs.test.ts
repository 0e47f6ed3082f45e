/**
 * Round 14, classes 4 and 5: organisations whose names hold lowercase particles. An acronym in
 * parentheses after a French, Spanish or Portuguese name ("Union des Travailleurs du Sud (UTS)")
 * proves the words between are one name, and the acronym joins it; a capitalised "Cartel" or an
 * organisation word after a particle ends one organisation mention, a known place inside it too.
 * Negatives: a person's name with a particle, a place before an organisation word without a
 * particle, an acronym that does not spell the words, 'los' with no 'de' before it. Invented names and sentences only.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {contextFrom, emptyContext} from "../../fixtures/actors/make-article.ts";

const texts = (text: string) => foundMentions(text).mentions.map((m) => [m.text, m.kind]);

describe("an acronym defined after a name with lowercase particles", () => {
  it("sentence → expected row: the dockers' union and its acronym are one organisation", () => {
    const x = foundMentions("The Union des Travailleurs du Port (UTP) called the strike on Monday. The UTP said the strike would go on.");
    expect(x.mentions.map((m) => [m.text, m.kind])).toContainEqual(["Union des Travailleurs du Port", "organization"]);
    const out = mergeActors([x], emptyContext()).mentionActors[0];
    expect(new Set(out).size).toBe(1);
  });

  it("sentence → expected row: a Spanish name with 'de la' and 'y', defined in another word order", () => {
    const x = foundMentions("A ransom was demanded by the Frente de Defensa de la Selva y el Agua (FDSA), police said.");
    expect(x.mentions.map((m) => m.text)).toContain("Frente de Defensa de la Selva y el Agua");
  });

  it("negative: an acronym that does not spell the words leaves the first word alone", () => {
    expect(texts("Farmers of the Collectif des Planteurs du Littoral (UPL) marched.").map((m) => m[0])).not.toContain("Collectif des Planteurs du Littoral");
  });
});

describe("a particle inside an organisation's name", () => {
  it("sentence → expected row: a cartel named with a saint's given name and a particle is one organisation", () => {
    expect(texts("Prosecutors said the San Tadeo de la Montaña Cartel ran the extortion racket.")).toContainEqual(["San Tadeo de la Montaña Cartel", "organization"]);
  });

  it("sentence → expected row: 'de los' inside a cartel's name and a person's name", () => {
    expect(texts("Prosecutors said the San Tadeo de los Montes Cartel ran the extortion racket.")).toContainEqual(["San Tadeo de los Montes Cartel", "organization"]);
    expect(texts("María de los Remedios Paz thanked the flood volunteers.")).toContainEqual(["María de los Remedios Paz", "person"]);
  });

  it("sentence → expected row: a known city inside the name, between 'de' and the organisation word", () => {
    const ctx = contextFrom(readFileSync("data/reference/actors.csv", "utf8"));
    const ms = foundMentions("Two truck drivers were held by the Puerto Azul de Caracas Cartel for a week.", "a1", ctx).mentions.map((m) => m.text);
    expect(ms).toContain("Puerto Azul de Caracas Cartel");
  });

  it("negative: a lowercase 'los' with no 'de' before it links nothing", () => {
    expect(texts("Marta Ruiz los Andes said.").map((m) => m[0])).not.toContain("Marta Ruiz los Andes");
  });

  it("negative: a person's name with a particle stays a person; a city before 'Police' is that city's police", () => {
    expect(texts("Ana de Souza Reis thanked the rescuers.")).toContainEqual(["Ana de Souza Reis", "person"]);
    const ctx = contextFrom(readFileSync("data/reference/actors.csv", "utf8"));
    const ms = foundMentions("Officers of Caracas Police arrested him.", "a1", ctx).mentions.map((m) => m.text);
    expect(ms).toContain("Caracas Police");
  });
});
