/**
 * Known misses left at the end of session 33, kept visible (it.fails: each passes the day the miss is fixed, and then
 * must become a plain test). Invented sentences of the shapes the held-out sets showed.
 */
import {describe, expect, it} from "vitest";
import {findEvents} from "../../src/pipeline/stages/06-events.ts";
import {findInteractions} from "../../src/pipeline/stages/07-interactions.ts";
import {datesFrom, emptyCtx, makeArticle, mentionsFrom} from "./events/helpers.ts";
import {figuresOf} from "./figures/helpers.ts";

describe("session 33 known misses", () => {
  // Stage 03 counts "the next day" from the last date written, here a background meeting's; the visit follows the
  // release the visited people share (stage 06 would have to re-date it by the actors it shares with an earlier event).
  it.fails("'the next day' after a background date counts from the event it follows", () => {
    const lines: [string, string[]][] = [
      ["The militia released two nurses on 22 February.", ["22 February=2025-02-22"]],
      ["The envoy said the issue had been raised at his meeting with the militia on 10 February.", ["10 February=2025-02-10"]],
      ["The ambassador visited the two nurses at the hospital the next day.", ["the next day=2025-02-11"]]
    ];
    const {article, sentences} = makeArticle(lines.map(([t]) => t));
    const dates = lines.flatMap(([, d], i) => datesFrom(sentences[i], d));
    const visit = findEvents(article, sentences, dates, [], emptyCtx).find((e) => e.type === "visit");
    expect(visit?.date).toBe("2025-02-23");
  });

  // A part of a bare anaphoric whole ("of the 59", the hostages counted before) is no candidate count.
  it.fails("'Up to 35 of the 59 are thought to be dead' after '59 hostages' counts dead hostages", () => {
    const rows = figuresOf("The militia still holds 59 hostages. Up to 35 of the 59 are thought to be dead.");
    expect(rows.some((f) => f.quote === "Up to 35" && f.category === "hostages_dead")).toBe(true);
  });

  // "keep" reads a hold only with a place or the clause's end right after it; "kept at a farm for a year, is 40" has
  // both a place and a term, and a copula after the clause.
  it.fails("'B, whom A kept at a farm for a year, is 40' → A held B", () => {
    const {article, sentences} = makeArticle(["Ana Lee, whom the Delta Front kept at a farm for a year, is 40."]);
    const mentions = mentionsFrom(sentences[0], ["Ana Lee", "Delta Front:group"]);
    const rows = findInteractions(article, sentences, [], mentions, emptyCtx).map((r) => `${mentions[r.sourceMention].text} -${r.type}-> ${mentions[r.targetMention].text}`);
    expect(rows).toContain("Delta Front -held-> Ana Lee");
  });
});
