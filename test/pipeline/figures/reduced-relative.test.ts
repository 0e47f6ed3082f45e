/**
 * figures/reduced-relative.ts: a participle describing the counted people yields to their own verb after it.
 * Sentences invented for the tests.
 */
import {describe, it} from "vitest";
import {checkFigures} from "./helpers.ts";
import type {FigureCategory} from "../../../src/pipeline/types.ts";

describe("the count's own verb after a describing participle", () => {
  it.each<[string, string, string, FigureCategory]>([
    ["deployed … were killed", "Seven soldiers deployed to the border were killed on Monday.", "Seven", "killed"],
    ["employed … were wounded", "Twelve workers employed by the firm were wounded in the blast.", "Twelve", "wounded"],
    ["taking part … were injured", "Twelve fans taking part in the march were injured.", "Twelve", "wounded"],
    ["carrying … were killed", "Nine drivers carrying fuel were killed when the convoy was ambushed.", "Nine", "killed"],
    ["carrying … were released", "Seven drivers carrying food were released on Monday after a week in captivity.", "Seven", "hostages_released"],
    ["trapped … were killed", "Forty miners trapped underground for a week were killed.", "Forty", "killed"],
    ["sent … were abducted", "Twenty soldiers sent to the area last week were abducted by the rebels.", "Twenty", "abducted"]
  ])("%s", (_label, sentence, quote, category) => checkFigures(sentence, [{quote, category}]));
});

describe("negatives", () => {
  it("a count after 'carrying' keeps the participle's cue", () => checkFigures("A bus carrying 40 passengers crashed on Monday.", [{quote: "40", category: "other"}]));
  it("a trial's past keeps its cue", () => checkFigures("Ten men charged with the kidnapping were released on bail.", [{quote: "Ten", category: "other"}]));
  it("a main verb, then another clause's count", () => checkFigures("Some 300 people gathered in the square where 12 were killed.", [{quote: "Some 300", category: "other"}, {quote: "12", category: "killed"}]));
  it("a comma ends the phrase", () => checkFigures("Some 200 fans attended the match, police said, and were later dispersed.", [{quote: "Some 200", category: "other"}]));
});
