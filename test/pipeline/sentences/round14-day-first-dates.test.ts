/**
 * Round 14 (stage 02): a day-first numeric date ("since 12.03.2024") is no sentence end after its day. Sentences
 * invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {splitSentences} from "../../../src/pipeline/stages/02-sentences.ts";
import {makeArticle} from "../dates/make-article.ts";

const texts = (text: string) => splitSentences(makeArticle(text, {title: null})).map((s) => s.text);

describe("02 sentences: day-first numeric dates", () => {
  it("two day-first dates in one sentence stay inside it", () => {
    expect(texts("The union spoke out. Nine fishermen held by pirates since 03.02.2024 were let go on 20.06.2025, their union said. They sailed home.")).toEqual([
      "The union spoke out.", "Nine fishermen held by pirates since 03.02.2024 were let go on 20.06.2025, their union said.", "They sailed home."
    ]);
  });
  it("a day with a leading zero ends no sentence", () => {
    expect(texts("The talks began on 09.11.2025 in Oslo. Both sides attended.")).toEqual(["The talks began on 09.11.2025 in Oslo.", "Both sides attended."]);
  });
});
