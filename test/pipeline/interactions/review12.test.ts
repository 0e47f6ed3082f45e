/**
 * Stage 07 on the reviewer's invented look-alikes of round 12 (REVIEW12 items 9–13, 15, 17–20): each
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
  // 12: "including" after a noun of another's.
  "12: 'met the families of several hostages, including B' meets no B": {
    s: "Ines Moura met the families of several hostages, including Karl Dahl, on Monday.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: []
  },
  "12: 'thanked the lawyers of the miners, including B' thanks no B": {
    s: "Ines Moura thanked the lawyers of the miners, including Karl Dahl.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: []
  },
  "12: 'met the lawyers of several detainees, including B, in X' meets no B": {
    s: "Ines Moura met the lawyers of several detainees, including Karl Dahl, in Tarsa.",
    m: ["Ines Moura", "Karl Dahl", "Tarsa:place"],
    rows: []
  },
  // 13: a companion freed by someone else, or released from hospital.
  "13: companion 'later freed in an army raid' is not freed by the captors": {
    s: "Karl Dahl was seized by the Sierra Front along with his cousin Ole Dahl, who was later freed in an army raid.",
    m: ["Karl Dahl", "Sierra Front:group", "Ole Dahl"],
    rows: ["Sierra Front -abducted-> Karl Dahl", "Sierra Front -abducted-> Ole Dahl"]
  },
  "13: companion 'later released from hospital' is not freed by the captors": {
    s: "Karl Dahl was seized by the Sierra Front along with his cousin Ole Dahl, who was later released from hospital in Tarsa.",
    m: ["Karl Dahl", "Sierra Front:group", "Ole Dahl", "Tarsa:place"],
    rows: ["Sierra Front -abducted-> Karl Dahl", "Sierra Front -abducted-> Ole Dahl"]
  },
  "13: companion 'freed when the army stormed the camp' is not freed by the captors": {
    s: "Karl Dahl was seized by the Sierra Front along with his cousin Ole Dahl, who was freed when the army stormed the camp.",
    m: ["Karl Dahl", "Sierra Front:group", "Ole Dahl"],
    rows: ["Sierra Front -abducted-> Karl Dahl", "Sierra Front -abducted-> Ole Dahl"]
  },
  // 15: "due/expected in" with a possessive subject.
  "15: 'Karl Dahl's verdict is due in Tarsa' is no planned visit": {
    s: "Karl Dahl's verdict is due in Tarsa on Friday.",
    m: ["Karl Dahl", "Tarsa:place"],
    rows: []
  },
  "15: 'Karl Dahl's ship is expected in Tarsa' is no planned visit": {
    s: "Karl Dahl's ship is expected in Tarsa on Monday with 300 tonnes of food.",
    m: ["Karl Dahl", "Tarsa:place"],
    rows: []
  },
  // 18: "among the hostages" after "the driver of B": the driver is counted, not B.
  "18: 'The driver of B was among the hostages that G freed' frees no B": {
    s: "The driver of Karl Dahl was among the hostages that the Tarsa Boys freed.",
    m: ["Karl Dahl", "Tarsa Boys:group"],
    rows: []
  },
  // 19: an order that someone be released is no call on that person.
  "19: 'ordered B to be released on bail' calls on no B": {
    s: "Judge Ines Moura ordered Karl Dahl to be released on bail.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: []
  },
  // 20: "came to X as a child refugee" is a life story, no visit.
  "20: 'B, who came to X as a child refugee in 1991' visits no X": {
    s: "Karl Dahl, who came to Norway as a child refugee in 1991, now runs a shipping firm.",
    m: ["Karl Dahl", "Norway:country"],
    rows: []
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
