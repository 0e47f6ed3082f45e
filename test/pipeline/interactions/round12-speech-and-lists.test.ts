/**
 * Stage 07 on invented sentences (round 12): a pronoun subject after a media addressee and
 * "first/last" between a subject and its verb; members of a plural object named after
 * "including" for meetings and thanks; relative clauses whose head is a list (its first
 * conjunct after "with", or conjuncts owned by a possessive). Each block has negatives.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const speechCases: Record<string, Case> = {
  "A told <outlet> she had visited B → A visited B": {
    s: "The nurse Ana Leon told Radio Sur she had visited Karl Dahl twice at the camp.",
    m: ["Ana Leon", "Radio Sur:media", "Karl Dahl"],
    rows: ["Ana Leon -visited-> Karl Dahl"]
  },
  "A told <outlet> (that) she thanked B → A thanked B": {
    s: "Ines Moura told Radio Norte that she thanked Tomas Vik after the flood.",
    m: ["Ines Moura", "Radio Norte:media", "Tomas Vik"],
    rows: ["Ines Moura -thanked-> Tomas Vik"]
  },
  "negative: a person told is a second candidate for the pronoun, so no row": {
    s: "Ines Moura told Karl Dahl she had met Tomas Vik.",
    m: ["Ines Moura", "Karl Dahl", "Tomas Vik"],
    rows: []
  },
  "A first met B → A met B": {
    s: "The envoy Ines Moura first met Karl Dahl at a mine near the coast.",
    m: ["Ines Moura", "Karl Dahl"],
    rows: ["Ines Moura -met-> Karl Dahl"]
  },
  "A last visited X in <month> → A visited X": {
    s: "Governor Ines Moura last visited Tarsa in June, before the flood.",
    m: ["Ines Moura", "Tarsa:place"],
    rows: ["Ines Moura -visited-> Tarsa"]
  },
  "negative: a possessive's 'first meeting' is a noun": {
    s: "Karl Dahl's first meeting with Ines Moura was cancelled.",
    m: ["Karl Dahl", "Ines Moura"],
    rows: []
  },
  "negative: 'the last release' after an article stays a noun": {
    s: "The Sierra Front said the last release of miners came in May.",
    m: ["Sierra Front:group"],
    rows: []
  }
};

describe("findInteractions: reported speech to an outlet, and first/last as adverbs", () => {
  it.each(Object.entries(speechCases))("%s", (_label, c) => check(c));
});

const memberCases: Record<string, Case> = {
  "A met several of <plural>, including B, on <day> → A met B": {
    s: "At the port, the union leader Karl Dahl met several of the striking dockers, including Ana Leon, on Friday.",
    m: ["Karl Dahl", "Ana Leon"],
    rows: ["Karl Dahl -met-> Ana Leon"]
  },
  "A thanked <plural>, including B and C, for … → A thanked each": {
    s: "Ines Moura thanked the rescue crews, including pilot Tomas Vik and Ana Leon, for their work.",
    m: ["Ines Moura", "Tomas Vik", "Ana Leon"],
    rows: ["Ines Moura -thanked-> Tomas Vik", "Ines Moura -thanked-> Ana Leon"]
  },
  "negative: countries after 'including' are no persons met": {
    s: "Karl Dahl met envoys from several countries, including Chile and Peru.",
    m: ["Karl Dahl", "Chile:country", "Peru:country"],
    rows: []
  },
  "negative: 'including those of B' names no member": {
    s: "Ines Moura met the families, including those of Tomas Vik.",
    m: ["Ines Moura", "Tomas Vik"],
    rows: []
  }
};

describe("findInteractions: members named after 'including' are met or thanked", () => {
  it.each(Object.entries(memberCases))("%s", (_label, c) => check(c));
});

const relativeListCases: Record<string, Case> = {
  "with A and B, which mediated between C and D → A and B mediated": {
    s: "The truce held thanks to close contacts with Norway and Chile, which had mediated between the Sierra Front and Peru.",
    m: ["Norway:country", "Chile:country", "Sierra Front:group", "Peru:country"],
    rows: ["Norway -mediated-> Sierra Front", "Norway -mediated-> Peru", "Chile -mediated-> Sierra Front", "Chile -mediated-> Peru"]
  },
  "with A, B and C, who brokered … between D and E → all three mediated": {
    s: "Ines Moura spoke with Norway, Chile and Brazil, who brokered a deal between the Dockers Union and the Port Authority.",
    m: ["Ines Moura", "Norway:country", "Chile:country", "Brazil:country", "Dockers Union:organization", "Port Authority:organization"],
    rows: ["Norway -mediated-> Dockers Union", "Norway -mediated-> Port Authority", "Chile -mediated-> Dockers Union", "Chile -mediated-> Port Authority", "Brazil -mediated-> Dockers Union", "Brazil -mediated-> Port Authority"]
  },
  "X's A and Y's B, who brokered … between C and D → A and B mediated": {
    s: "Chile's envoy Ana Leon and Peru's Karl Dahl, who brokered the truce between the Sierra Front and the Delta Brigade, flew home on Sunday.",
    m: ["Chile:country", "Ana Leon", "Peru:country", "Karl Dahl", "Sierra Front:group", "Delta Brigade:group"],
    rows: ["Ana Leon -mediated-> Sierra Front", "Ana Leon -mediated-> Delta Brigade", "Karl Dahl -mediated-> Sierra Front", "Karl Dahl -mediated-> Delta Brigade"]
  },
  "negative: a clause of its own after ', and' is no relative head list": {
    s: "The union worked with Norway, and Chile mediated between the Sierra Front and Peru.",
    m: ["Norway:country", "Chile:country", "Sierra Front:group", "Peru:country"],
    rows: ["Chile -mediated-> Sierra Front", "Chile -mediated-> Peru"]
  }
};

describe("findInteractions: a relative clause's head list acts as a whole", () => {
  it.each(Object.entries(relativeListCases))("%s", (_label, c) => check(c));
});
