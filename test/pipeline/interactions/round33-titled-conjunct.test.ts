/**
 * Round 33: a listed body after "the" that only qualifies a lowercase title names the person in apposition after it
 * ("met A and the FIFA president, B" → B), as it does for a first object ("met the FIFA president, B"). Invented sentences.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "met A and the <ORG> president, B → A and B": {
    s: "Tom Berg met Ana Obi and the FIFA president, Ken Iwu, in Zurich.",
    m: ["Tom Berg", "Ana Obi", "FIFA:organization", "Ken Iwu"],
    rows: ["Tom Berg -met-> Ana Obi", "Tom Berg -met-> Ken Iwu"]
  },
  "thanked A and the <country> ambassador, B → A and B": {
    s: "The mayor, Ruth Bello, thanked the Red Cross and the Ghana ambassador, Kofi Mensah.",
    m: ["Ruth Bello", "Red Cross:organization", "Ghana:country", "Kofi Mensah"],
    rows: ["Ruth Bello -thanked-> Red Cross", "Ruth Bello -thanked-> Kofi Mensah"]
  },
  "negative: a body after 'the' with no title and name stays the body": {
    s: "Tom Berg met Ana Obi and the FIFA delegation in Zurich.",
    m: ["Tom Berg", "Ana Obi", "FIFA:organization"],
    rows: ["Tom Berg -met-> Ana Obi", "Tom Berg -met-> FIFA"]
  },
  "negative: a name opening a clause after the apposition is no apposition": {
    s: "Tom Berg met Ana Obi and the FIFA president, Ken Iwu said.",
    m: ["Tom Berg", "Ana Obi", "FIFA:organization", "Ken Iwu"],
    rows: ["Tom Berg -met-> Ana Obi", "Tom Berg -met-> FIFA"]
  }
};

describe("round 33: a titled conjunct after 'and the <body>'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
