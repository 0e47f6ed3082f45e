/**
 * Stage 07 on invented sentences (round 12): a listed person named through a possessive
 * relation ("Vik's wife Ana Vik", "the pilot's mother, B, and Vik's brother, C") is the one
 * acted on, not the owner; "he/she" after "told <a body or outlet>" is the speaker.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const relativeCases: Record<string, Case> = {
  "A thanked <plural>, including X's <relation> B → A thanked B": {
    s: "The governor Ines Moura thanked the rescuers' families, including Dahl's widow Ana Dahl.",
    m: ["Ines Moura", "Dahl", "Ana Dahl"],
    rows: ["Ines Moura -thanked-> Ana Dahl"]
  },
  "A freed B and X's <relation> C on <day> → A released B and C": {
    s: "The Sierra Front freed Karl Dahl and Vik's wife Ana Vik on Sunday.",
    m: ["Sierra Front:group", "Karl Dahl", "Vik", "Ana Vik"],
    rows: ["Sierra Front -released-> Karl Dahl", "Sierra Front -released-> Ana Vik"]
  },
  "A greeted the <n>'s <relation>, B, and X's <relation>, C → A met B and C": {
    s: "Mayor Ines Moura also greeted the pilot's mother, Ana Leon, and Vik's brother, Karl Vik.",
    m: ["Ines Moura", "Ana Leon", "Vik", "Karl Vik"],
    rows: ["Ines Moura -met-> Ana Leon", "Ines Moura -met-> Karl Vik"]
  },
  "negative: a relation with no name after it gives no one": {
    s: "The Sierra Front freed Karl Dahl and Vik's lawyers.",
    m: ["Sierra Front:group", "Karl Dahl", "Vik"],
    rows: ["Sierra Front -released-> Karl Dahl"]
  },
  "negative: a lone possessive object is someone unnamed": {
    s: "Ines Moura visited Vik's wife.",
    m: ["Ines Moura", "Vik"],
    rows: []
  }
};

describe("findInteractions: persons named through a possessive relation", () => {
  it.each(Object.entries(relativeCases))("%s", (_label, c) => check(c));
});

const bodyCases: Record<string, Case> = {
  "A told <organisation> he had visited X → A visited X": {
    s: "Karl Dahl told the Dockers Union he had visited Tarsa twice.",
    m: ["Karl Dahl", "Dockers Union:organization", "Tarsa:place"],
    rows: ["Karl Dahl -visited-> Tarsa"]
  },
  "negative: 'it' after a told body is not the speaker": {
    s: "Karl Dahl told the Dockers Union it had visited Tarsa.",
    m: ["Karl Dahl", "Dockers Union:organization", "Tarsa:place"],
    rows: []
  }
};

describe("findInteractions: he/she after 'told <body>' is the speaker", () => {
  it.each(Object.entries(bodyCases))("%s", (_label, c) => check(c));
});
