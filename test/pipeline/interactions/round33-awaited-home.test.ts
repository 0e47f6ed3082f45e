/**
 * Stage 07 on invented articles (round 33): a freed captive awaited back home. "B is expected / due back in X on
 * Thursday", where the article tells B was freed, held or seized, is the way home, not a visit (as a landing is). Not an
 * envoy expected back in a capital, not a freed captive "due in X" to be received by a minister (a trip).
 */
import {describe, expect, it} from "vitest";
import {findInteractions} from "../../../src/pipeline/stages/07-interactions.ts";
import {emptyCtx, makeArticle, mentionsFrom} from "../events/helpers.ts";

function rowsOf(s: string[], m: string[][]): string[] {
  const {article, sentences} = makeArticle(s);
  const mentions = sentences.flatMap((sentence, k) => mentionsFrom(sentence, m[k]));
  return findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
}

describe("round 33: freed captives awaited back home", () => {
  it("B, freed, is expected back in X → no visit", () => {
    expect(rowsOf(["The Sahel Front freed Tom Berg on Monday.", "Tom Berg is expected back in Velm on Thursday."],
      [["Sahel Front:group", "Tom Berg"], ["Tom Berg", "Velm:place"]])).toEqual(["Sahel Front -released-> Tom Berg"]);
  });

  it("B, held, is due back in X → no visit", () => {
    expect(rowsOf(["The Red Hand held Ana Lee for 40 days.", "Ms Lee is due back in Orsk on Friday."],
      [["Red Hand:group", "Ana Lee"], ["Ms Lee", "Orsk:place"]])).toEqual(["Red Hand -held-> Ana Lee"]);
  });

  it("B, abducted, expected back in X after a stop → no visit", () => {
    expect(rowsOf(["Gunmen of the Delta Front abducted Omar Saleh in May.", "Mr Saleh, flown to Orsk on Wednesday, is expected back in Velm on Saturday."],
      [["Delta Front:group", "Omar Saleh"], ["Mr Saleh", "Orsk:place", "Velm:place"]]).filter((r) => r.includes("Velm"))).toEqual([]);
  });

  it("negative: an envoy expected back in a capital still visits", () => {
    expect(rowsOf(["The Sahel Front freed Tom Berg on Monday.", "Pavel Orlik is expected back in Niamey on Thursday."],
      [["Sahel Front:group", "Tom Berg"], ["Pavel Orlik", "Niamey:place"]])).toEqual(["Sahel Front -released-> Tom Berg", "Pavel Orlik -visited-> Niamey"]);
  });

  it("negative: a freed captive due in a capital (no 'back') still visits", () => {
    expect(rowsOf(["The Sahel Front freed Tom Berg on Monday.", "Tom Berg is due in Niamey on Friday."],
      [["Sahel Front:group", "Tom Berg"], ["Tom Berg", "Niamey:place"]])).toEqual(["Sahel Front -released-> Tom Berg", "Tom Berg -visited-> Niamey"]);
  });
});
