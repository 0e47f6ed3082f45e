/**
 * Round 12: o / u in a long given name, one surname ("Omaru Kamara" / "Umaru Kamara"): West
 * African and Philippine outlets, and a caption beside its own story, write the vowel either way.
 * Negatives: Japanese "yo" / "yu", "ryo" / "ryu" (other names), short names, another surname.
 * Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {mergeActors} from "../../../src/pipeline/stages/09-actors.ts";
import type {ArticleExtraction} from "../../../src/pipeline/types.ts";
import {emptyContext} from "../../fixtures/actors/make-article.ts";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {makeExtraction} from "../../fixtures/actors/make-extraction.ts";

const empty = emptyContext();

function ids(names: string[]): string[] {
  const xs: ArticleExtraction[] = names.map((n, i) => makeExtraction(`a${i}`, `outlet${i % 3}`, [[n]]));
  return mergeActors(xs, empty).mentionActors.map((row) => row[0]);
}

const oneActor = (names: string[]) => new Set(ids(names)).size === 1;

describe("o / u in a given name", () => {
  it("sentence → expected row: a first vowel and a last vowel written o / u, the lone surname too", () => {
    expect(oneActor(["Omaru Kamara", "Umaru Kamara", "Kamara"])).toBe(true);
    expect(oneActor(["Yunos Hataman", "Yunus Hataman"])).toBe(true);
  });

  it("in articles: a ferry captain spelt one way in a caption and the other in the story", () => {
    const xs = [foundMentions("The storm hit the ferry at dawn, said its captain, Yunus Hataman.\nYunos Hataman steered the ferry back to port before noon.", "a0")];
    const out = mergeActors(xs, empty).mentionActors[0];
    const at = (s: string) => out[xs[0].mentions.findIndex((m) => m.text === s)];
    expect(at("Yunos Hataman")).toBeDefined();
    expect(at("Yunus Hataman")).toBe(at("Yunos Hataman"));
  });

  it("negative: Japanese yo / yu and ryo / ryu are other names", () => {
    expect(oneActor(["Yoichi Morita", "Yuichi Morita"])).toBe(false);
    expect(oneActor(["Ryota Morita", "Ryuta Morita"])).toBe(false);
  });

  it("negative: short given names, another surname, an o / a difference", () => {
    expect(oneActor(["Jon Lee", "Jun Lee"])).toBe(false);
    expect(oneActor(["Umaru Kamara", "Omaru Kamora"])).toBe(false);
    expect(oneActor(["Bruno Costa", "Bruna Costa"])).toBe(false);
  });
});
