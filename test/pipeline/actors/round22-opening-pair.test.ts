/**
 * Stage 09, round 22: a two-word full name joins the one name of four words or more in its article
 * that opens with both its words ("Kevin Lau" / "Kevin Lau Chi Wai"), when the article writes the longer
 * name first and never the two in one sentence, and not for names written from Arabic (review 22, F12).
 * Invented sentences only.
 */
import {describe, expect, it} from "vitest";
import {actorOf, foundMentions} from "../../fixtures/actors/found-mentions.ts";

describe("the first two words of a longer name in the article", () => {
  it("an English given name before a Chinese name: 'Kevin Lau' is 'Kevin Lau Chi Wai'", () => {
    const xs = [foundMentions("Activist Kevin Lau Chi Wai was released on bail on Friday. Kevin Lau told reporters he would appeal the ruling.", "a1")];
    expect(actorOf(xs, 0, "Kevin Lau")).toBeDefined();
    expect(actorOf(xs, 0, "Kevin Lau")).toBe(actorOf(xs, 0, "Kevin Lau Chi Wai"));
  });
});

describe("negatives", () => {
  it("a three-word name ('Ana Ruiz Tellez') may be a relative of 'Ana Ruiz': apart", () => {
    const xs = [foundMentions("The striker Ana Ruiz Tellez scored twice on Sunday. Ana Ruiz, her aunt, coached the club for a decade.", "a1")];
    expect(actorOf(xs, 0, "Ana Ruiz")).not.toBe(actorOf(xs, 0, "Ana Ruiz Tellez"));
  });
  it("two longer names with the same opening leave the pair alone", () => {
    const xs = [
      foundMentions("Activists Kevin Lau Chi Wai and Kevin Lau Ka Ming were released on bail on Friday. Kevin Lau told reporters he would appeal.", "a1")
    ];
    const k = actorOf(xs, 0, "Kevin Lau");
    expect(k).not.toBe(actorOf(xs, 0, "Kevin Lau Chi Wai"));
    expect(k).not.toBe(actorOf(xs, 0, "Kevin Lau Ka Ming"));
  });
  it("the longer name in another article only does not take the pair", () => {
    const xs = [
      foundMentions("Activist Kevin Lau Chi Wai was released on bail on Friday.", "a1"),
      foundMentions("Kevin Lau, a banker, opened the new branch in Kowloon on Monday.", "a2")
    ];
    expect(actorOf(xs, 1, "Kevin Lau")).not.toBe(actorOf(xs, 0, "Kevin Lau Chi Wai"));
  });
  it("review 22, F12: the pair written first, the longer name a relative after a kin noun: apart", () => {
    const xs = [foundMentions("Carlos Gomez, the farm minister, resigned on Monday. His father, Carlos Gomez Ruiz Lopez, founded the party.", "a1")];
    expect(actorOf(xs, 0, "Carlos Gomez")).toBeDefined();
    expect(actorOf(xs, 0, "Carlos Gomez")).not.toBe(actorOf(xs, 0, "Carlos Gomez Ruiz Lopez"));
  });
  it("review 22, F12: the two in one sentence are two people", () => {
    const xs = [foundMentions("Activist Kevin Lau Chi Wai was freed on Friday. On Monday Kevin Lau Chi Wai met Kevin Lau, a banker, in Kowloon.", "a1")];
    expect(actorOf(xs, 0, "Kevin Lau")).not.toBe(actorOf(xs, 0, "Kevin Lau Chi Wai"));
  });
  it("review 22, F12: names written from Arabic share openings between men ('Mohammed Ali' / 'Mohammed Ali Abdel Rahman')", () => {
    const xs = [foundMentions("Militia leader Mohammed Ali Abdel Rahman spoke in Khartoum on Monday. Mohammed Ali, a trader, said the market was closed.", "a1")];
    expect(actorOf(xs, 0, "Mohammed Ali")).not.toBe(actorOf(xs, 0, "Mohammed Ali Abdel Rahman"));
  });
});
