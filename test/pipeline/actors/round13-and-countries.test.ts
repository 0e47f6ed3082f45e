/**
 * Round 13, class 6: a country whose name holds "and" ("Trinidad and Tobago", "Bosnia and
 * Herzegovina", "Sao Tome and Principe") is one country mention, written with or without accents.
 * Negatives: two countries joined by "and", possessives of each island. Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";

const texts = (text: string) => foundMentions(text).mentions.map((m) => [m.text, m.kind]);

describe("countries whose name holds 'and'", () => {
  it("sentence → expected row: two such countries in one list are two country mentions", () => {
    expect(texts("Flood aid from Trinidad and Tobago reached the coast before the teams of Bosnia and Herzegovina arrived.")).toEqual(
      expect.arrayContaining([["Trinidad and Tobago", "country"], ["Bosnia and Herzegovina", "country"]])
    );
  });

  it("sentence → expected row: accented and plain spellings are one country", () => {
    const xs = [foundMentions("Dockworkers in São Tomé and Príncipe went on strike.", "a0"), foundMentions("The strike in Sao Tome and Principe ended on Friday.", "a1")];
    const out = mergeActors(xs, emptyContext()).mentionActors;
    expect(xs[0].mentions[0].kind).toBe("country");
    expect(out[0][0]).toBe(out[1][0]);
  });

  it("negative: two countries joined by 'and', and each island's possessive, stay apart", () => {
    expect(texts("Ghana and Togo closed the border.").map((x) => x[0])).toEqual(["Ghana", "Togo"]);
    expect(texts("Trinidad's and Tobago's fishermen protested.").map((x) => x[0])).not.toContain("Trinidad's and Tobago");
  });
});
