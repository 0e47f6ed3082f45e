/**
 * Stage 07 on invented sentences (round 14): who acts in a conjunct after a telephone call, a
 * body's office-holder named after "and its <title>,", and a person's office acting for her.
 * - "A rang B (time) and thanked him" → A thanked B (the caller, not the one called);
 * - "thanked X and its labour minister, B" → X and B are thanked;
 * - "A told the council her staff had met B" → A met B.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const callerCases: Record<string, Case> = {
  "A rang B twice last week and thanked him → A thanked B": {
    s: "Ana Ruiz rang Karl Dahl twice last week and thanked him each time for the pumps.",
    m: ["Ana Ruiz", "Karl Dahl"],
    rows: ["Ana Ruiz -thanked-> Karl Dahl"]
  },
  "A telephoned B and urged him → A called on B": {
    s: "The mine owner Ines Moura telephoned Tomas Vik late last night and urged him to reopen the pit.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -called_on-> Tomas Vik"]
  },
  "A (title) said B called C and thanked him → B thanked C": {
    s: "The coach Ines Moura said Tomas Vik rang Juan Soto yesterday and thanked him.",
    m: ["Ines Moura", "Tomas Vik", "Juan Soto"],
    rows: ["Tomas Vik -thanked-> Juan Soto"]
  },
  "negative: a passive call names no caller (the one called thanks)": {
    s: "Ines Moura was called by Tomas Vik on Sunday and thanked him.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: ["Ines Moura -thanked-> Tomas Vik"]
  }
};

const holderCases: Record<string, Case> = {
  "thanked X and its <title>, B → X and B thanked": {
    s: "Ines Moura thanked Portugal and its civil protection chief, Rui Matos, for the boats.",
    m: ["Ines Moura", "Portugal:country", "Rui Matos"],
    rows: ["Ines Moura -thanked-> Portugal", "Ines Moura -thanked-> Rui Matos"]
  },
  "A met X and its envoy, B → both": {
    s: "Tomas Vik met the Delta Front and its chief negotiator, Juan Soto, in Tarma.",
    m: ["Tomas Vik", "Delta Front:group", "Juan Soto", "Tarma:place"],
    rows: ["Tomas Vik -met-> Delta Front", "Tomas Vik -met-> Juan Soto"]
  },
  "negative: the name after 'and its <noun>,' that says something is a new clause": {
    s: "Ana Ruiz thanked Ghana and its navy, Kofi Mensah said on Monday.",
    m: ["Ana Ruiz", "Ghana:country", "Kofi Mensah"],
    rows: ["Ana Ruiz -thanked-> Ghana"]
  }
};

const staffCases: Record<string, Case> = {
  "A told the council her staff had met B → A met B": {
    s: "Ana Ruiz told the council her staff had met Tomas Vik before the vote.",
    m: ["Ana Ruiz", "Tomas Vik"],
    rows: ["Ana Ruiz -met-> Tomas Vik"]
  },
  "A told reporters his team had negotiated with X → A negotiated with X": {
    s: "Karl Dahl told reporters that his team had negotiated with the Delta Front for a week.",
    m: ["Karl Dahl", "Delta Front:group"],
    rows: ["Karl Dahl -negotiated-> Delta Front"]
  },
  "negative: someone else's helper acts for no one named": {
    s: "Ana Ruiz said her lawyer had met Tomas Vik on May 3.",
    m: ["Ana Ruiz", "Tomas Vik"],
    rows: []
  }
};

describe("findInteractions: the caller acts in the conjunct after a call", () => {
  it.each(Object.entries(callerCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a body's office-holder after 'and its <title>,'", () => {
  it.each(Object.entries(holderCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: 'his/her office' acts for the person reporting", () => {
  it.each(Object.entries(staffCases))("%s", (_label, c) => check(c));
});
