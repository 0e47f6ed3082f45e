/**
 * Session 27, stage 06 (sentences invented for the tests): a date before ", when" dates the event of the "when"
 * clause up to its next comma, even after "since"; a date inside a relative aside (", who … on 7 May,") loses to
 * one in the trigger's own stretch of the clause; collisions of vehicles, bodies recovered and statements by video
 * link are dated events. Review 27 F7–F9 and F14 give the negatives.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

const has = (rows: string[], prefix: string) => rows.some((r) => r.startsWith(prefix));

describe("dates of 'when' clauses", () => {
  it("'since the spring floods of April, when engineers pulled two bodies …' → the recovery is April", () => {
    expect(sentenceEvents("No dam has failed since April, when engineers recovered two bodies from the reservoir.", ["April=2025-04@since"])).toContain("other:recovered two bodies=2025-04");
  });
  it("'on Monday, when the talks ended' → the talks are Monday", () => {
    expect(sentenceEvents("Police freed the driver on Monday, when the talks ended.", ["Monday=2025-10-13"])).toContain("meeting:talks=2025-10-13");
  });
  it("negative (review F8): the main clause after a fronted 'Since X, when …,' is a period, not an event of X", () => {
    expect(has(sentenceEvents("Since January, when the truce ended, gunmen have killed 40 people in the region.", ["January=2025-01@since"]), "killing:killed=2025-01")).toBe(false);
  });
  it("negative (review F9): the 'when' clause's own date beats the date it hangs on", () => {
    expect(sentenceEvents("Last week, when the minister visited Accra on Tuesday, she promised more aid.", ["Last week=2025-10", "Tuesday=2025-10-07"])).toContain("visit:visited=2025-10-07");
  });
  it("negative: 'since' with no 'when' after it still dates nothing", () => {
    expect(has(sentenceEvents("Two miners have been missing since late August after the shaft flooded.", ["late August=2025-08@since"]), "other:flooded=2025-08")).toBe(false);
  });
});

describe("a date inside a relative aside", () => {
  it("the verb after ', who was seized on 7 May,' takes its own date", () => {
    const rows = sentenceEvents("The nurse, who was seized on 7 May, spoke by video link from a clinic in Goma on Wednesday.", ["7 May=2025-05-07", "Wednesday=2025-10-15"]);
    expect(rows).toContain("statement:by video link=2025-10-15");
    expect(rows).toContain("abduction:seized=2025-05-07");
  });
  it("negative: a fronted date's own comma sets nothing apart", () => {
    expect(sentenceEvents("Last Friday, Lund held a press conference with two nurses who were freed in late May.", ["Last Friday=2025-10-10", "late May=2025-05"])).toContain("statement:press conference=2025-10-10");
  });
  it.each<[string, string[], string]>([
    ["At dawn on Tuesday, soldiers freed 12 hostages kidnapped in March.", ["Tuesday=2025-10-14", "March=2025-03"], "release:freed=2025-10-14"],
    ["In Goma, on Sunday, the rebels handed over three nurses taken in June.", ["Sunday=2025-10-12", "June=2025-06"], "release:handed over=2025-10-12"],
    ["Later that day, on 4 March, the court freed three activists arrested in January.", ["4 March=2025-03-04", "January=2025-01"], "release:freed=2025-03-04"]
  ])("negative (review F7): a lead-in's date is no aside: %s", (sentence, dates, row) => {
    expect(sentenceEvents(sentence, dates)).toContain(row);
  });
});

describe("accidents, finds and video-link statements", () => {
  it("'collided' with a vehicle near → a dated accident", () => {
    expect(sentenceEvents("A bus collided with a lorry near Tamale on Friday.", ["Friday=2025-10-10"])).toContain("other:collided=2025-10-10");
  });
  it("'retrieved the body' → a dated find", () => {
    expect(sentenceEvents("Divers retrieved the body of the pilot on Sunday.", ["Sunday=2025-10-12"])).toContain("other:retrieved the body=2025-10-12");
  });
  it("negatives (review F14): figurative and sporting collisions, 'recovered from the flu', a video link with no speech", () => {
    expect(has(sentenceEvents("The two parties were on a collision course on Monday.", ["Monday=2025-10-13"]), "other:collision")).toBe(false);
    expect(has(sentenceEvents("The talks ended amid a collision of interests on Monday.", ["Monday=2025-10-13"]), "other:collision")).toBe(false);
    expect(has(sentenceEvents("The midfielder was taken off after a collision with the goalkeeper on Saturday.", ["Saturday=2025-10-11"]), "other:collision")).toBe(false);
    expect(sentenceEvents("The coach recovered from the flu on Monday.", ["Monday=2025-10-13"]).some((r) => /recovered .*bod/u.test(r))).toBe(false);
    expect(has(sentenceEvents("The council installed a video link in the hall on Monday.", ["Monday=2025-10-13"]), "statement:")).toBe(false);
  });
});
