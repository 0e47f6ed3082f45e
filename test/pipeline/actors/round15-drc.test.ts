/**
 * Round 15: the Democratic Republic of the Congo and its short forms ("DRC", "DR Congo") are one
 * country in the gazetteer. Negatives: the Congo River is a place, and a bare "Congo" (which may
 * be the other republic, Congo-Brazzaville) is not given to it. Invented sentences only.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {contextFrom} from "../../fixtures/actors/make-article.ts";
import {foundActors} from "../../fixtures/actors/found-mentions.ts";

const ctx = contextFrom(readFileSync("data/reference/actors.csv", "utf8"));

describe("the Democratic Republic of the Congo", () => {
  it("sentence → expected row: 'DRC', 'DR Congo' and the full name are one country", () => {
    const r = foundActors(["Cholera spread through camps in the east of the DRC, the health ministry said.", "DR Congo asked for vaccines.", "Floods hit the capital of the Democratic Republic of the Congo."], ctx);
    expect(r.of(0, "DRC")).toBe("democratic-republic-of-the-congo");
    expect(r.of(1, "DR Congo")).toBe("democratic-republic-of-the-congo");
    expect(r.of(2, "Democratic Republic of the Congo")).toBe("democratic-republic-of-the-congo");
  });

  it("negative: the river and a bare 'Congo' are not the country", () => {
    const r = foundActors(["Barges on the Congo River were stranded by low water.", "Congo and Gabon signed a fishing accord."], ctx);
    expect(r.of(0, "Congo River")).not.toBe("democratic-republic-of-the-congo");
    expect(r.of(1, "Congo")).not.toBe("democratic-republic-of-the-congo");
  });
});
