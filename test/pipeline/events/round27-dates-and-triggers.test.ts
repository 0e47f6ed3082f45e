/**
 * Session 27, stage 06 (sentences invented for the tests): a date before ", when" dates the "when" clause's
 * event, even after "since"; a date set apart by a comma loses to one in the trigger's own stretch of the
 * clause; collisions, bodies recovered and statements by video link are dated events.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const has = (rows: string[], prefix: string) => rows.some((r) => r.startsWith(prefix));

describe("dates of 'when' clauses and dates set apart by a comma", () => {
  it("'since late August, when divers recovered four bodies' → the recovery is late August", () => {
    expect(sentenceEvents("It was the first rescue since late August, when divers recovered four bodies from the lake.", ["late August=2025-08@since"])).toContain("other:recovered four bodies=2025-08");
  });
  it("'on Monday, when the talks ended' → the talks are Monday", () => {
    expect(sentenceEvents("Police freed the driver on Monday, when the talks ended.", ["Monday=2025-10-13"])).toContain("meeting:talks=2025-10-13");
  });
  it("a relative clause's date does not date the verb after it", () => {
    const rows = sentenceEvents("Mr Lund, who was abducted on 7 May, spoke by video link from hospital on Wednesday.", ["7 May=2025-05-07", "Wednesday=2025-10-15"]);
    expect(rows).toContain("statement:by video link=2025-10-15");
    expect(rows).toContain("abduction:abducted=2025-05-07");
  });
  it("negative: a fronted date's own comma sets nothing apart", () => {
    expect(sentenceEvents("Last Friday, Lund held a press conference with two nurses who were freed in late May.", ["Last Friday=2025-10-10", "late May=2025-05"])).toContain("statement:press conference=2025-10-10");
  });
  it("negative: 'since' with no 'when' after it still dates nothing", () => {
    expect(has(sentenceEvents("Two miners have been missing since late August after the shaft flooded.", ["late August=2025-08@since"]), "other:flooded=2025-08")).toBe(false);
  });
});

describe("accidents, finds and video-link statements", () => {
  it("'collided' → a dated accident", () => {
    expect(sentenceEvents("A bus collided with a lorry near Tamale on Friday.", ["Friday=2025-10-10"])).toContain("other:collided=2025-10-10");
  });
  it("'retrieved the body' → a dated find", () => {
    expect(sentenceEvents("Divers retrieved the body of the pilot on Sunday.", ["Sunday=2025-10-12"])).toContain("other:retrieved the body=2025-10-12");
  });
  it("negatives: 'on a collision course', 'recovered from the flu', a video link with no speech", () => {
    expect(has(sentenceEvents("The two parties were on a collision course on Monday.", ["Monday=2025-10-13"]), "other:collision")).toBe(false);
    expect(sentenceEvents("The coach recovered from the flu on Monday.", ["Monday=2025-10-13"]).some((r) => /recovered .*bod/u.test(r))).toBe(false);
    expect(has(sentenceEvents("The council installed a video link in the hall on Monday.", ["Monday=2025-10-13"]), "statement:")).toBe(false);
  });
});
