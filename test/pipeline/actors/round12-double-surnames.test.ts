/**
 * Round 12: a lone surname beside a name written with two surnames (Spanish style: paternal, then
 * maternal). The lone paternal surname is that person when he is the only one carrying it first
 * and was named before anyone whose last name it is; when two people fit either way it is given
 * to neither (a wrong merge is the worst error). Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {paternalSurname} from "../../../src/pipeline/actors/person-name.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";

const empty = emptyContext();

/** Mentions (text → actor id, nth occurrence) of every article, in one merge. */
function actors(texts: string[]): (xi: number, surface: string, nth?: number) => string | undefined {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i));
  const out = mergeActors(xs, empty).mentionActors;
  return (xi, surface, nth = 0) => {
    const ks = xs[xi].mentions.flatMap((m, k) => (m.text === surface ? [k] : []));
    return ks.length <= nth ? undefined : out[xi][ks[nth]];
  };
}

describe("paternalSurname", () => {
  it("sentence → expected row: the second-to-last word of a three-or-four-word name", () => {
    expect(paternalSurname(["luis", "alberto", "mena", "cordero"])).toBe("mena");
    expect(paternalSurname(["gloria", "ibarra", "de", "la", "torre"])).toBe("ibarra");
  });

  it("negatives: a second given name, an Arabic lineage name, two words", () => {
    expect(paternalSurname(["juan", "carlos", "mena"])).toBeNull();
    expect(paternalSurname(["faisal", "bin", "saad", "al", "harbi"])).toBeNull();
    expect(paternalSurname(["pablo", "mena"])).toBeNull();
  });
});

describe("a lone paternal surname in the article of a two-surname name", () => {
  it("the two-surname man named first takes the lone surname, his brother keeps his own name", () => {
    const of = actors(["Flooding cut off Luis Alberto Mena Cordero, a rice farmer, for a week. Mena and his cousin Pablo Mena were rescued by boat."]);
    expect(of(0, "Mena")).toBeDefined();
    expect(of(0, "Mena")).toBe(of(0, "Luis Alberto Mena Cordero"));
    expect(of(0, "Pablo Mena")).not.toBe(of(0, "Luis Alberto Mena Cordero"));
  });

  it("the only two-surname holder takes the lone surname (no one else carries it)", () => {
    const of = actors(["Striking dockers cheered when Gloria Ibarra Solís arrived at the port. Ibarra promised a new contract."]);
    expect(of(0, "Ibarra")).toBeDefined();
    expect(of(0, "Ibarra")).toBe(of(0, "Gloria Ibarra Solís"));
  });

  it("negative: the one-surname man named first makes the lone surname either of them (given to neither)", () => {
    const of = actors(["Pablo Mena met the mayor Luis Alberto Mena Cordero at the flooded bridge. Mena said the water was still rising."]);
    expect(of(0, "Mena")).toBeDefined();
    expect(of(0, "Mena")).not.toBe(of(0, "Pablo Mena"));
    expect(of(0, "Mena")).not.toBe(of(0, "Luis Alberto Mena Cordero"));
  });

  it("negative: two people carrying it as first surname leave the lone surname alone", () => {
    const of = actors(["Rebels seized Rosa Paz Ortega and Tomás Paz Villa near the mine. Paz was later seen in a video."]);
    expect(of(0, "Paz")).toBeDefined();
    expect(of(0, "Paz")).not.toBe(of(0, "Rosa Paz Ortega"));
    expect(of(0, "Paz")).not.toBe(of(0, "Tomás Paz Villa"));
  });

  it("across articles: a lone surname that two full names of the corpus may stand for joins neither", () => {
    const of = actors(["Pablo Mena was hurt when the dam burst.", "Luis Alberto Mena Cordero inspected the levee.", "Mena told reporters the town was lost."]);
    expect(of(2, "Mena")).toBeDefined();
    expect(of(2, "Mena")).not.toBe(of(0, "Pablo Mena"));
    expect(of(2, "Mena")).not.toBe(of(1, "Luis Alberto Mena Cordero"));
  });

  it("across articles: with only the one-surname man in the corpus the lone surname still joins him", () => {
    const of = actors(["Pablo Mena was hurt when the dam burst.", "Mena told reporters the town was lost."]);
    expect(of(1, "Mena")).toBeDefined();
    expect(of(1, "Mena")).toBe(of(0, "Pablo Mena"));
  });
});
