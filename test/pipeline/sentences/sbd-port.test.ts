import sbd from "sbd";
import {describe, expect, it} from "vitest";
import {ABBREVIATIONS} from "../../../src/pipeline/model/abbreviations.ts";
import {sbdSentences} from "../../../src/pipeline/sentences/sbd-port.ts";

/** How stage 02 called the package before the port: the port must split exactly as this does. */
const SBD_OPTIONS = {newline_boundaries: false, preserve_whitespace: false, abbreviations: ABBREVIATIONS};

describe("sbdSentences (sbd's splitter, ported): the same sentences as the package", () => {
  it.each([
    ["two plain sentences", "The river rose. Officials said so."],
    ["a dotted acronym", "He left the U.S. He came back."],
    ["a model abbreviation", "Gen. Ruiz arrived. He spoke."],
    ["a month abbreviation before a number", "It began on Oct. 7 when rain fell. Roads closed."],
    ["a decimal", "Prices rose 3.5 percent. Markets fell."],
    ["a number ending a sentence", "Ten died in 2014. The toll rose."],
    ["a short capitalised word early on", "She sailed to Oslo. Friends met her there."],
    ["a closing quote after the period", 'He said it was "an act". Officials denied it.'],
    ["a curly closing quote", "It was “well”. Then it rained."],
    ["an opening quote starts the next sentence", 'He left. "The road is gone," she said.'],
    ["a question and an exclamation", "Why now? Nobody knows! Rain fell."],
    ["an ellipsis", "He waited... Then he left."],
    ["a.m. before a day", "It ended at 9 a.m. Tuesday and resumed."],
    ["a concatenated sentence", "They reached the capital.Officials met them."],
    ["a URL and a phone number", "See www.example.com for more. Call 555-123-4567. Thanks."],
    ["an enumeration", "1. First aid arrived. 2. Then food."],
    ["a single initial", "J. Smith said no. He left."],
    ["a lone period and the newline placeholder", "A . B @~@ C"],
    ["many capitals after a period", "It was the end. The UN Security Council met."],
    ["a word in brackets", "Aid came (e.g. food). More came."],
    ["no sentence mark", "Floods hit the valley"],
    ["only spaces", "   "],
    ["empty", ""]
  ])("%s", (_label, text) => {
    expect(sbdSentences(text)).toEqual(sbd.sentences(text, SBD_OPTIONS));
  });
});
