/**
 * Round 24, stage 04: a nationality adjective or a country's name right before "Red Cross" / "Red Crescent" (and maybe
 * "Society") names that state's national society, one organisation of its own, not the gazetteer's Red Cross (the
 * ICRC) nor the country. Invented sentences, run with the test gazetteer (which knows "Red Cross" and Chile; Nepal
 * only through the lexicon).
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {foundMentions} from "../../fixtures/actors/found-mentions.ts";
import {contextFrom} from "../../fixtures/actors/make-article.ts";

const gaz = contextFrom(readFileSync(new URL("../../fixtures/actors/gazetteer.csv", import.meta.url), "utf8"));
const found = (text: string) => foundMentions(text, "a1", gaz).mentions.map((m) => [m.text, m.name, m.kind]);

describe("a state's national society", () => {
  it("sentence → expected row: a nationality adjective before 'Red Cross'", () => {
    const ms = found("The Bolivian Red Cross sent 40 volunteers to the flooded valley.");
    expect(ms).toContainEqual(["Bolivian Red Cross", "Bolivian Red Cross", "organization"]);
    expect(ms.map((m) => m[0])).not.toContain("Red Cross");
  });
  it("sentence → expected row: 'Red Crescent Society' after an adjective", () => {
    const ms = found("Volunteers of the Jordanian Red Crescent Society handed out blankets.");
    expect(ms).toContainEqual(["Jordanian Red Crescent Society", "Jordanian Red Crescent Society", "organization"]);
  });
  it("sentence → expected row: a gazetteer country before 'Red Cross'", () => {
    const ms = found("The Chile Red Cross said 12 people were missing after the mudslide.");
    expect(ms).toContainEqual(["Chile Red Cross", "Chile Red Cross", "organization"]);
    expect(ms.map((m) => m[0])).not.toContain("Chile");
  });
  it("sentence → expected row: a country's name before 'Red Cross' in front of a noun", () => {
    const ms = found("A Nepal Red Cross ambulance reached the landslide on Monday.");
    expect(ms).toContainEqual(["Nepal Red Cross", "Nepal Red Cross", "organization"]);
    expect(ms.map((m) => m[0])).not.toContain("Nepal");
  });
});

describe("negatives: the movement's body alone, or the state and the body apart", () => {
  it("'the Red Cross' alone stays the gazetteer's body", () => {
    expect(found("The Red Cross said it had visited the prisoners.")).toContainEqual(["Red Cross", "Red Cross", "organization"]);
  });
  it("a comma between the state and the body: two mentions", () => {
    // Mutation check: without the space test on the first movement word this becomes "Nepal, Red Cross".
    const ms = found("In Nepal, Red Cross teams reached the landslide.").map((m) => m[0]);
    expect(ms).toContain("Nepal");
    expect(ms).toContain("Red Cross");
  });
  it("a possessive state: the state's Red Cross is told as two mentions", () => {
    const ms = found("Nepal's Red Cross said it was ready.").map((m) => m[0]);
    expect(ms).toContain("Red Cross");
    expect(ms).not.toContain("Nepal's Red Cross");
  });
  it("a word that is no nationality before the body: no national society", () => {
    // Mutation check: accepting any capitalised word makes "Geneva Red Cross" an organisation of its own.
    const ms = found("Officials at the Geneva Red Cross headquarters declined to comment.").map((m) => m[0]);
    expect(ms).not.toContain("Geneva Red Cross");
  });
});

// Review 24 F4: a nationality adjective that describes an ICRC staff member ("Swiss Red Cross worker X …, the ICRC
// said") names no national society. Mutation check: without the staff-noun test both give "Swiss Red Cross".
describe("negatives: a staff member's nationality when the article names the ICRC", () => {
  it("'Swiss Red Cross worker X was freed …, the ICRC said'", () => {
    const ms = found("Swiss Red Cross worker Andreas Keller was freed by the gunmen on Saturday, the ICRC said.").map((m) => m[0]);
    expect(ms).not.toContain("Swiss Red Cross");
    expect(ms).toContain("Red Cross");
  });
  it("'Two Swiss Red Cross delegates were kidnapped …, the International Committee of the Red Cross said'", () => {
    const ms = found("Two Swiss Red Cross delegates were kidnapped on Monday, the International Committee of the Red Cross said.").map((m) => m[0]);
    expect(ms).not.toContain("Swiss Red Cross");
  });
  it("a determiner before the name keeps the society ('A Bolivian Red Cross volunteer')", () => {
    const ms = found("A Bolivian Red Cross volunteer was hurt on Monday, the ICRC said.").map((m) => m[0]);
    expect(ms).toContain("Bolivian Red Cross");
  });
  it("no ICRC in the article keeps the society ('Bolivian Red Cross volunteers')", () => {
    const ms = found("Bolivian Red Cross volunteers handed out blankets in the valley.").map((m) => m[0]);
    expect(ms).toContain("Bolivian Red Cross");
  });
});

// Review 24 F5: a US state's chapter is no foreign state's society. Mutation check: without the chapter test
// "Georgia Red Cross" is a society. (The test gazetteer has no Mexico, so the New Mexico case guards the glued-capital
// test only with the real gazetteer, where the review found "Mexico Red Cross".)
describe("negatives: US chapters", () => {
  it("'The New Mexico Red Cross' is no Mexican society", () => {
    expect(found("The New Mexico Red Cross opened three shelters after the wildfire.").map((m) => m[0])).not.toContain("Mexico Red Cross");
  });
  it("'the Georgia Red Cross chapter' is no society of the state Georgia", () => {
    expect(found("Volunteers from the Georgia Red Cross chapter drove to the coast.").map((m) => m[0])).not.toContain("Georgia Red Cross");
  });
});
