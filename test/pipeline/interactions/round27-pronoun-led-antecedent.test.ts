/**
 * Stage 07 on invented sentences (session 27): a sentence whose subject is a he/she standing for the antecedent is
 * still about that person, so a person it names after the pronoun does not become the next sentence's antecedent:
 * "Peter Lind reached the dam on Monday. At the site he thanked Governor Hale. Before leaving he met Ana Ruiz" →
 * Lind met Ana Ruiz. Found on heldout27's first reading of the round's participle-opener rule, which made the
 * governor the one who met. Negatives: a pronoun inside a quotation ("\"He made a joke,\" Dana Ross said") and a
 * pronoun of the other sex let the named person take over.
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

function rows(lines: [string, string[]][]): string[] {
  const {article, sentences} = makeArticle(lines.map((l) => l[0]));
  const mentions = lines.flatMap((l, i) => mentionsFrom(sentences[i], l[1]));
  return findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`).sort();
}

describe("stage 07 (session 27): a pronoun-led sentence keeps its antecedent", () => {
  it("'At the site he thanked Governor Hale. He then met Ana Ruiz' → Lind met Ana Ruiz", () => {
    expect(rows([
      ["Peter Lind reached the dam on Monday.", ["Peter Lind"]],
      ["At the site he thanked Governor Tom Hale.", ["Tom Hale"]],
      ["He then met Ana Ruiz.", ["Ana Ruiz"]]
    ])).toContain("Peter Lind -met-> Ana Ruiz");
  });
  it("negative: a pronoun inside a quotation leaves the speaker as the antecedent", () => {
    expect(rows([
      ["Peter Lind was reunited with his wife on Monday.", ["Peter Lind"]],
      ["\"He made a joke about the food,\" Ana Lind said.", ["Ana Lind"]],
      ["She had appealed to Tom Hale in March.", ["Tom Hale"]]
    ])).toContain("Ana Lind -called_on-> Tom Hale");
  });
  it("negative: a pronoun of the other sex than the antecedent lets the named person take over", () => {
    expect(rows([
      ["Peter Lind reached the dam on Monday.", ["Peter Lind"]],
      ["At the site she thanked Governor Tom Hale.", ["Tom Hale"]],
      ["He then met Ana Ruiz.", ["Ana Ruiz"]]
    ])).toContain("Tom Hale -met-> Ana Ruiz");
  });
});

describe("review 27 args F2, F6: only a main-clause subject pronoun keeps the antecedent", () => {
  it("negative: a pronoun in a fronted subordinate clause lets the named subject take over", () => {
    expect(rows([
      ["Peter Lind reached the dam on Monday.", ["Peter Lind"]],
      ["Before he left, Governor Tom Hale thanked the volunteers.", ["Tom Hale"]],
      ["He also met Ana Ruiz.", ["Ana Ruiz"]]
    ])).toContain("Tom Hale -met-> Ana Ruiz");
  });
  it("negative: 'He said C had …' lets C take over, as before", () => {
    expect(rows([
      ["Inspector Peter Lind spoke on Monday.", ["Peter Lind"]],
      ["He said Tom Hale had confessed.", ["Tom Hale"]],
      ["He had met Ana Ruiz in March.", ["Ana Ruiz"]]
    ])).toContain("Tom Hale -met-> Ana Ruiz");
  });
});
