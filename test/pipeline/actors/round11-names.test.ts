/**
 * Round 11 name classes: a transliterated organisation name with "wal-" and its acronym defined
 * in another article, hyphenated given names and surnames, and "the <Name> gang". Each row:
 * sentence → expected mention or merge. Invented names and sentences only.
 */
import {describe, expect, it} from "vitest";
import {chunkEnd, chunkNames, gangNameThrough} from "../../../src/pipeline/actors/chunker.ts";
import {nameInitials} from "../../../src/pipeline/actors/merge.ts";
import {nameWords, parsePersonName} from "../../../src/pipeline/actors/person-name.ts";
import {tokenize} from "../../../src/pipeline/actors/tokens.ts";
import type {ActorKind, ArticleExtraction, Mention} from "../../../src/pipeline/types.ts";
import {makeArticle} from "../../fixtures/actors/make-article.ts";
import {actorOf, foundMentions} from "../../fixtures/actors/found-mentions.ts";

const mentions = (text: string) => foundMentions(text, "a1").mentions.map((m) => `${m.name} (${m.kind})`);

describe("a transliterated organisation name with 'wal-', and its acronym defined in another article", () => {
  it.each<[string, string]>([
    ["'wal-' keeps the name whole", "Fishermen said the Hayat al-Sabr wal-Amal had stopped their boats at dawn."],
    ["'wal-' after a name with 'al-'", "Fighters of Harakat Ansar al-Din wal-Jihad blocked the flooded road."]
  ])("%s", (_label, text) => {
    const names = mentions(text);
    expect(names.some((n) => n.includes("wal-"))).toBe(true);
  });

  it("initials leave out lowercase particles and links", () => {
    expect(nameInitials("Harakat Tahrir el-Wadi")).toBe("HTW");
    expect(nameInitials("Front for the Liberation of the South")).toBe("FLS");
  });

  it("the acronym one article defines joins the transliterated name another spells out", () => {
    const xs = [
      foundMentions("A statement from the Valley Liberation Movement (HTW) listed the names of the two surveyors.", "a1"),
      foundMentions("On Friday, the surveyors' families thanked Harakat Tahrir el-Wadi for sparing them.", "a2")
    ];
    expect(actorOf(xs, 1, "Harakat Tahrir el-Wadi")).toBeDefined();
    expect(actorOf(xs, 1, "Harakat Tahrir el-Wadi")).toBe(actorOf(xs, 0, "HTW"));
    expect(actorOf(xs, 0, "Valley Liberation Movement")).toBe(actorOf(xs, 0, "HTW"));
  });

  it("two names with the same initials leave the acronym alone", () => {
    const xs = [
      foundMentions("A statement from the Valley Liberation Movement (HTW) listed the names of the two surveyors.", "a1"),
      foundMentions("On Friday, the surveyors' families thanked Harakat Tahrir el-Wadi for sparing them.", "a2"),
      foundMentions("Elders met Hizb Tadamun el-Wafd on Sunday.", "a3")
    ];
    const acronym = actorOf(xs, 0, "HTW");
    expect(actorOf(xs, 1, "Harakat Tahrir el-Wadi")).not.toBe(acronym);
    expect(actorOf(xs, 2, "Hizb Tadamun el-Wafd")).not.toBe(acronym);
  });

  it("an acronym no article defines in parentheses stays apart", () => {
    const xs = [foundMentions("Elders blamed HTW for the missing surveyors.", "a1"), foundMentions("On Friday, the surveyors' families thanked Harakat Tahrir el-Wadi for sparing them.", "a2")];
    expect(actorOf(xs, 1, "Harakat Tahrir el-Wadi")).not.toBe(actorOf(xs, 0, "HTW"));
  });

  it("a person's initials never join an acronym", () => {
    const xs = [foundMentions("The striking miners cheered the Kiln Labour Movement (KLM).", "a1"), foundMentions("The union leader Karin Lotte Marsh spoke.", "a2")];
    expect(actorOf(xs, 0, "KLM")).not.toBe(actorOf(xs, 1, "Karin Lotte Marsh"));
  });
});

describe("hyphenated given names and surnames are one word of the name", () => {
  it("nameWords keeps hyphenated words whole, particles apart", () => {
    expect(nameWords("Jean-Luc Moreau-Petit")).toEqual(["jean-luc", "moreau-petit"]);
    expect(nameWords("Nabil el-Hadi")).toEqual(["nabil", "el", "hadi"]);
    expect(parsePersonName("Jean-Luc").shape).toBe("first");
    expect(parsePersonName("Moreau-Petit").shape).toBe("surname");
  });

  it("'Father Jean-Luc' and 'Moreau-Petit' are the 'Jean-Luc Moreau-Petit' of the article", () => {
    const xs = [
      foundMentions("Heavy rain hit the valley on Saturday. Flood victims were driven to a shelter by a priest, Father Jean-Luc Moreau-Petit, on Sunday. Moreau-Petit said the water was rising. Father Jean-Luc said two families were still missing.", "a1")
    ];
    const whole = actorOf(xs, 0, "Jean-Luc Moreau-Petit");
    expect(actorOf(xs, 0, "Moreau-Petit")).toBe(whole);
    expect(actorOf(xs, 0, "Jean-Luc")).toBe(whole);
  });

  it.each<[string, string, string]>([
    ["a husband and wife sharing a hyphenated surname", "Marie-Claire Moreau-Petit", "Jean-Luc Moreau-Petit"],
    ["'Jean-Luc' is no 'Jean'", "Jean-Luc Moreau", "Jean Moreau"]
  ])("%s stay apart", (_label, a, b) => {
    const xs = [foundMentions(`${a} reached the shelter on Monday.`, "a1"), foundMentions(`${b} reached the shelter on Tuesday.`, "a2")];
    expect(actorOf(xs, 0, a)).not.toBe(actorOf(xs, 1, b));
  });
});

describe("'the <Name> gang': the name is the gang's", () => {
  it.each<[string, string]>([
    ["Nine nurses were freed by the Ravine Boys gang near the port.", "Ravine Boys (organization)"],
    ["The Costa Norte cartel denied any role in the kidnapping.", "Costa Norte (organization)"]
  ])("%s → %s", (text, want) => {
    expect(mentions(text)).toContain(want);
  });

  it("a person's gang stays the person ('the Johnny Dorval gang')", () => {
    expect(mentions("Police blamed the Johnny Dorval gang.")).toContain("Johnny Dorval (person)");
  });

  it("the chunk goes on over a one-word gazetteer name (a city) before the gang noun", () => {
    const toks = tokenize("Prosecutors charged the Verdes Quito syndicate with extortion");
    expect(gangNameThrough(toks, 3, 4)).toBe(true);
    const end = chunkEnd(toks, 3, (j) => j === 4);
    expect(end).toBe(5);
    expect(chunkNames(toks, 3, end)[0].kind).toBe("organization");
  });

  it("two words before the city: 'the Nueva Familia Quito cartel'", () => {
    const toks = tokenize("raided by the Nueva Familia Quito cartel at dawn");
    expect(gangNameThrough(toks, 3, 5)).toBe(true);
    expect(chunkEnd(toks, 3, (j) => j === 5)).toBe(6);
  });

  it("no article, three words before the city, or a possessive: the city ends the chunk", () => {
    expect(gangNameThrough(tokenize("a raid on Nueva Familia Quito cartel bases"), 3, 5)).toBe(false);
    expect(gangNameThrough(tokenize("raided by the Gran Nueva Familia Quito cartel"), 3, 6)).toBe(false);
    expect(gangNameThrough(tokenize("raided by the Verdes' Quito cartel"), 3, 4)).toBe(false);
  });

  it("without a gang noun the gazetteer name still ends the chunk ('the Verdes Quito office')", () => {
    const toks = tokenize("Prosecutors charged the Verdes Quito office with extortion");
    expect(chunkEnd(toks, 3, (j) => j === 4)).toBe(4);
  });
});

describe("a quoted nickname inside a full name ('Tomas \"El Flaco\" Reyes') and the bare surname", () => {
  /** One article whose mentions are the given surfaces, found at their first place in `text`. */
  function handMade(text: string, surfaces: [string, ActorKind][], id = "a1"): ArticleExtraction {
    let from = 0;
    const mentions: Mention[] = surfaces.map(([surface, kind]) => {
      const start = text.indexOf(surface, from);
      from = start + surface.length;
      return {sentenceIndex: 0, start, end: start + surface.length, text: surface, name: surface, kind, gazetteerName: null, via: "chunk", title: null};
    });
    const article = makeArticle(text, {published: "2024-05-01", articleId: id, outlet: "o" + id, file: id + ".txt"});
    return {article, sentences: [], dates: [], mentions, figures: [], events: [], interactions: [], labels: [], warnings: []};
  }

  it("the nickname and the surname after it are one actor, with the surname of another article", () => {
    const xs = [
      handMade('Police named the smuggling boss, Tomas "El Flaco" Reyes, as the kidnapper.', [["Tomas", "organization"], ["El Flaco", "person"], ["Reyes", "person"]]),
      handMade("Reyes has not been seen since the flood.", [["Reyes", "person"]], "a2")
    ];
    const flaco = actorOf(xs, 0, "El Flaco");
    expect(actorOf(xs, 0, "Reyes")).toBe(flaco);
    expect(actorOf(xs, 1, "Reyes")).toBe(flaco);
  });

  it.each<[string, string, [string, ActorKind][]]>([
    ["a quoted title between a name and a place stays apart", 'The reporter Lena "Storm Watch" Oslo filed late.', [["Lena", "person"], ["Storm Watch", "organization"], ["Oslo", "place"]]],
    ["a quote followed by a comma is no name inside a name", 'Tomas "El Flaco", Reyes said, is gone.', [["Tomas", "person"], ["El Flaco", "person"], ["Reyes", "person"]]]
  ])("%s", (_label, text, surfaces) => {
    const xs = [handMade(text, surfaces)];
    expect(actorOf(xs, 0, surfaces[2][0])).not.toBe(actorOf(xs, 0, surfaces[1][0]));
  });
});
