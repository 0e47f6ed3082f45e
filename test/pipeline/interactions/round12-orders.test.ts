/**
 * Stage 07 on invented sentences (round 12): an order to act ("A ordered B to …") is a call on
 * B; thanks to a team "led by" named persons reach its leaders. Each block has negatives.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const orderCases: Record<string, Case> = {
  "A ordered <org> to <verb> → A called on the org": {
    s: "Governor Ines Moura ordered the Coast Guard to evacuate Tarsa before the storm.",
    m: ["Ines Moura", "Coast Guard:organization", "Tarsa:place"],
    rows: ["Ines Moura -called_on-> Coast Guard"]
  },
  "A has instructed B on <day> to <verb> → A called on B": {
    s: "Karl Dahl has instructed the Dockers Union on Monday to end the strike.",
    m: ["Karl Dahl", "Dockers Union:organization"],
    rows: ["Karl Dahl -called_on-> Dockers Union"]
  },
  // Round 32: no call on anyone, but the release itself (round32-ordered-release.test.ts).
  "negative: 'ordered the release of B' tells no one named to act (the order is the release)": {
    s: "Ines Moura ordered the release of Karl Dahl.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: ["Ines Moura -released-> Karl Dahl"]
  },
  "negative: 'B was ordered to leave X' names no one who ordered": {
    s: "Karl Dahl was ordered to leave Tarsa within a week.",
    m: ["Karl Dahl", "Tarsa:place"],
    rows: []
  },
  "negative: 'ordered B's arrest' is an act on B, no call": {
    s: "The judge Ines Moura ordered Karl Dahl's arrest.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: []
  }
};

describe("findInteractions: an order to act is a call on the one ordered", () => {
  it.each(Object.entries(orderCases))("%s", (_label, c) => check(c));
});

const ledTeamCases: Record<string, Case> = {
  "A thanked a team of <plural> led by B and C → A thanked B and C": {
    s: "Ines Moura thanked a team of volunteer divers led by Karl Dahl and Ana Leon.",
    m: ["Ines Moura", "Karl Dahl", "Ana Leon"],
    rows: ["Ines Moura -thanked-> Karl Dahl", "Ines Moura -thanked-> Ana Leon"]
  },
  "A thanked an \"informal\" team of <plural> led by B for … → A thanked B": {
    s: "For the rescue, Ines Moura thanked an \"informal\" team of harbour pilots led by Karl Dahl.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: ["Ines Moura -thanked-> Karl Dahl"]
  },
  "negative: the team B led, after a relative, is not reached": {
    s: "Ines Moura thanked the team that Karl Dahl led.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: []
  }
};

describe("findInteractions: thanks to a team led by named persons reach the leaders", () => {
  it.each(Object.entries(ledTeamCases))("%s", (_label, c) => check(c));
});
