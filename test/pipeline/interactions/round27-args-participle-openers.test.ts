/**
 * Stage 07 on invented sentences (round 27): a fronted participle clause led by a subordinator
 * ("Before flying south he met B", "After landing he met B", "While touring the camp, she thanked
 * B") has no subject of its own, so "he/she" after it is the previous sentence's person, with or
 * without the clause's closing comma (arguments.ts participleOpener; model
 * PARTICIPLE_CLAUSE_SUBORDINATORS), under the adverbial opener's guards (antecedentSpeaks).
 * Negatives: a pronoun inside the clause ("Before meeting him she …": she may be someone else), an
 * antecedent that was its sentence's object ("Police arrested B. After questioning he …"), a
 * previous sentence naming another person of the pronoun's sex, and a clause with its own subject
 * ("Before the rebels left he …").
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mention} from "../events/helpers.ts";

/** Rows of a two-sentence article: the first names the antecedent, the second holds the pronoun. */
function rows(first: string, second: string, names: [string, string][]): string[] {
  const {article, sentences} = makeArticle([first, second]);
  const mentions = names.map(([text, kind], k) => mention(sentences[k === 0 || first.includes(text) ? 0 : 1], text, kind as "person"));
  const raw = findInteractions(article, sentences, datesFrom(sentences[1], []), mentions, emptyCtx);
  return raw.map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
}

describe("round 27: a subordinated participle clause before he/she", () => {
  it("positive: 'Before flying south he met C' → B met C", () => {
    expect(rows("Piet Claes reached the flooded delta on Monday.", "Before flying south he met Ana Vidal at the port.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual(["Piet Claes -met-> Ana Vidal"]);
  });
  it("positive: 'While touring the camp, she thanked <body>' → B thanked the body", () => {
    expect(rows("Lena Roth arrived in Tarma on Friday.", "While touring the camp, she thanked the Coastal Guard.", [["Lena Roth", "person"], ["Coastal Guard", "organization"]])).toEqual(["Lena Roth -thanked-> Coastal Guard"]);
  });
  it("positive: 'On arriving in X he criticised C' → B criticized C", () => {
    expect(rows("Piet Claes left the capital on Monday.", "On arriving in Tarma he criticised the Vale Water Board.", [["Piet Claes", "person"], ["Tarma", "place"], ["Vale Water Board", "organization"]])).toEqual(["Piet Claes -criticized-> Vale Water Board"]);
  });
  it("negative (a pronoun inside the clause: 'Before meeting him she thanked C'): no row", () => {
    expect(rows("Piet Claes reached the delta on Monday.", "Before meeting him she thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (the antecedent was an object: 'Police arrested B. After questioning he accused C'): no row", () => {
    expect(rows("Police arrested Tom Hale on Monday.", "After questioning he accused Ana Vidal.", [["Tom Hale", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
  it("negative (another man named before: 'B met C. Before leaving he thanked D'): no row from the opener", () => {
    expect(rows("Tom Hale met Piet Claes on Monday.", "Before leaving he thanked Ana Vidal.", [["Tom Hale", "person"], ["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual(["Tom Hale -met-> Piet Claes"]);
  });
  it("negative (a clause with its own subject: 'Before the rebels left he thanked C'): no row", () => {
    expect(rows("Piet Claes reached the delta on Monday.", "Before the rebels left he thanked Ana Vidal.", [["Piet Claes", "person"], ["Ana Vidal", "person"]])).toEqual([]);
  });
});
