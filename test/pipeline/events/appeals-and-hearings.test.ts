/**
 * Stage 06, session 32 (model event-triggers.ts): a plea or a letter to someone is an appeal ("call"); "spoke with" a
 * named person is a meeting (not "spoke with reporters"); a hearing before a judge or a court is a ruling event.
 * Sentences invented for the tests.
 */
import {describe, expect, it} from "vitest";
import {sentenceEvents} from "./helpers.ts";

describe("pleas and letters", () => {
  it("pleading with a president in an open letter", () => {
    expect(sentenceEvents("Her father took another route, pleading with President Ana Ruiz in an open letter in March.", ["March=2025-03"])).toContain("call:pleading with=2025-03");
  });
  it("wrote a letter to the minister", () => {
    expect(sentenceEvents("On 4 May he wrote a letter to the interior minister asking for help.", ["4 May=2025-05-04"])).toContain("call:wrote a letter to=2025-05-04");
  });
  it("wrote to a named person", () => {
    expect(sentenceEvents("The mother wrote to Pope Leo on Friday.", ["Friday=2025-10-17"])).toContain("call:wrote to=2025-10-17");
  });
  it("negative: a letter to the editor is no appeal", () => {
    expect(sentenceEvents("A reader wrote a letter to the editor on Friday.", ["Friday=2025-10-17"]).some((e) => e.startsWith("call:"))).toBe(false);
  });
});

describe("spoke with", () => {
  it("spoke with a named person", () => {
    expect(sentenceEvents("The governor spoke with Rosa Quint on Friday.", ["Friday=2025-10-17"])).toContain("meeting:spoke with=2025-10-17");
  });
  it("negative: spoke with reporters", () => {
    expect(sentenceEvents("The governor spoke with reporters on Friday.", ["Friday=2025-10-17"]).some((e) => e.startsWith("meeting:"))).toBe(false);
  });
});

describe("hearings", () => {
  it("due before an investigating judge", () => {
    expect(sentenceEvents("The treasurer is due before an investigating judge on Monday.", ["Monday=2025-10-20"])).toContain("ruling:due before=2025-10-20");
  });
  it("negative: due before the deadline is no hearing", () => {
    expect(sentenceEvents("The report is due before the summer recess.", []).some((e) => e.startsWith("ruling:"))).toBe(false);
  });
});
