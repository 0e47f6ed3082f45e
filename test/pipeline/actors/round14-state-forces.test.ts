/**
 * Round 14, class 7: "<Nationality> forces / troops / police / army" names the state's forces, a
 * surface form of the state as "Kenyan government" is: stage 04 writes the mention as the
 * adjective ("Ethiopian" → Ethiopia) and stage 09 gives the state the words that name its forces
 * ("Ethiopian troops"). Negatives: a possessive country, a noun modifying another noun, other
 * nouns after the adjective, coordinated adjectives. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {forcesAfter} from "../../../src/pipeline/actors/merge.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";

/** Aliases of every actor of the invented articles, by actor name. */
function aliases(...texts: string[]): Record<string, string[]> {
  const xs = texts.map((t, i) => foundMentions(t, "a" + i));
  return Object.fromEntries(mergeActors(xs, emptyContext()).actors.map((a) => [a.name, a.aliases]));
}

describe("a nationality's forces as a surface form of the state", () => {
  it("sentence → expected row: the state's troops as the subject of a flood rescue", () => {
    expect(aliases("Ethiopian troops airlifted the stranded herders to Gondar.").Ethiopia).toEqual(["Ethiopian", "Ethiopian troops"]);
  });

  it("sentence → expected row: modifiers between the adjective and the noun, as the subject", () => {
    expect(aliases("Yemeni security forces freed the two engineers on Sunday.").Yemen).toContain("Yemeni security forces");
    expect(aliases("Two trawler crews were detained by Indian border police.").India).toContain("Indian border police");
  });

  it("sentence → expected row: the forces and the country's name are one actor", () => {
    const xs = [foundMentions("Peruvian police raided the camp.", "a0"), foundMentions("Peru denied the report.", "a1")];
    const out = mergeActors(xs, emptyContext());
    expect(out.mentionActors[0][0]).toBe(out.mentionActors[1][0]);
    expect(out.actors[0].aliases).toContain("Peruvian police");
  });

  it("negative: a possessive country, a noun modifying another noun, mediators, coordinated adjectives", () => {
    expect(aliases("Chile's troops withdrew.").Chile).toEqual(["Chile"]);
    expect(Object.keys(aliases("Ghanaian army positions were shelled overnight."))).toEqual([]);
    expect(aliases("Egyptian mediators met the kidnappers.").Egypt).toEqual(["Egyptian"]);
    expect(aliases("Kenyan and Ugandan forces crossed the border.").Kenya).toEqual(["Kenyan"]);
    expect(forcesAfter("Kenyan officials said", 6)).toBeNull();
  });
});
