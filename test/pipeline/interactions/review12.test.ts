/**
 * Stage 07 on the reviewer's invented look-alikes of round 12 (REVIEW12 items 9–11 and 17): each
 * sentence must give the rows listed (mostly none of the look-alike kind).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // 9: a possessed relative does not jump a comma to the speaker.
  "9: '…and Ole Vik's brother, Ana Vik said' frees no Ana Vik": {
    s: "Hamas freed Karl Dahl and Ole Vik's brother, Ana Vik said.",
    m: ["Hamas:group", "Karl Dahl", "Ole Vik", "Ana Vik"],
    rows: ["Hamas -released-> Karl Dahl"]
  },
  "9: '…and Ole Vik's team, Ana Vik told reporters' thanks no Ana Vik": {
    s: "Norway thanked Karl Dahl and Ole Vik's team, Ana Vik told reporters.",
    m: ["Norway:country", "Karl Dahl", "Ole Vik", "Ana Vik"],
    rows: ["Norway -thanked-> Karl Dahl"]
  },
  // 10: a plural noun's list that is the subject of a later verb.
  "10: 'the hostages, B and C, both mediators, watched' frees neither": {
    s: "As Hamas freed the hostages, Karl Dahl and Ana Vik, both mediators, watched from Doha.",
    m: ["Hamas:group", "Karl Dahl", "Ana Vik", "Doha:place"],
    rows: []
  },
  "10: 'the strikers, B and C, the union leaders, stayed away' meets neither": {
    s: "When Ines Moura met the strikers, Karl Dahl and Ana Vik, the union leaders, stayed away.",
    m: ["Ines Moura", "Karl Dahl", "Ana Vik"],
    rows: []
  },
  // 11: "with A and B, which …": only B is the relative's head when B is no person.
  "11: 'disagreed with Karl Dahl and Qatar, which had freed C' → only Qatar freed C": {
    s: "Ines Moura disagreed with Karl Dahl and Qatar, which had freed Ana Vik the day before.",
    m: ["Ines Moura", "Karl Dahl", "Qatar:country", "Ana Vik"],
    rows: ["Qatar -released-> Ana Vik"]
  },
  // 17: a nationality that opens a new clause.
  "17: 'and Israeli troops shot Ana Vik' frees no Ana Vik": {
    s: "Hamas freed Karl Dahl and Israeli troops shot Ana Vik near the fence.",
    m: ["Hamas:group", "Karl Dahl", "Ana Vik"],
    rows: ["Hamas -released-> Karl Dahl"]
  },
  "17: 'and Peruvian police arrested Ana Vik' meets no Ana Vik": {
    s: "Ines Moura met Karl Dahl and Peruvian police arrested Ana Vik.",
    m: ["Ines Moura", "Karl Dahl", "Ana Vik"],
    rows: ["Ines Moura -met-> Karl Dahl"]
  }
};

describe("review 12: stage 07 look-alikes", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
