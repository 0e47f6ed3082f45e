/**
 * Stage 07 on invented sentences (round 34): a state hosting a meeting between two sides is their go-between. "Norway
 * hosted the meeting between B and C" and "A thanked Norway for hosting the meeting in X between B and C" → Norway mediated
 * B and C. Not a person host (still a meeting with each), not a hosting with no meeting between two sides, not a game.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A thanked a state for hosting the meeting between B and C → the state mediated both": {
    s: "Karl Moss thanked Iceland for hosting last week's meeting between Lise Dahl and Ivo Brandt in Reykjavik.",
    m: ["Karl Moss", "Iceland:country", "Lise Dahl", "Ivo Brandt", "Reykjavik:place"],
    rows: ["Karl Moss -thanked-> Iceland", "Iceland -mediated-> Lise Dahl", "Iceland -mediated-> Ivo Brandt", "Lise Dahl -met-> Ivo Brandt"]
  },
  "titled sides and a dated meeting noun": {
    s: "Karl Moss thanked Iceland for hosting the June 12 meeting between union leader Lise Dahl and Orlen Steel chief Ivo Brandt.",
    m: ["Karl Moss", "Iceland:country", "Lise Dahl", "Orlen Steel:organization", "Ivo Brandt"],
    rows: ["Karl Moss -thanked-> Iceland", "Iceland -mediated-> Lise Dahl", "Iceland -mediated-> Ivo Brandt"]
  },
  "a state hosted talks between B and C → mediated, not met": {
    s: "Norway hosted talks between Pia Lund and Omar Saleh in Oslo.",
    m: ["Norway:country", "Pia Lund", "Omar Saleh", "Oslo:place"],
    rows: ["Norway -mediated-> Pia Lund", "Norway -mediated-> Omar Saleh", "Pia Lund -met-> Omar Saleh", "Pia Lund -negotiated-> Omar Saleh"]
  },
  "negative: a person host still meets each side": {
    s: "Lena Ortiz hosted the meeting between Pia Lund and Omar Saleh.",
    m: ["Lena Ortiz", "Pia Lund", "Omar Saleh"],
    rows: ["Lena Ortiz -met-> Pia Lund", "Lena Ortiz -met-> Omar Saleh", "Pia Lund -met-> Omar Saleh"]
  },
  "negative: thanked for hosting refugees between two months": {
    s: "Tom Berg thanked Norway for hosting the refugees between March and May.",
    m: ["Tom Berg", "Norway:country"],
    rows: ["Tom Berg -thanked-> Norway"]
  },
  "negative: a state hosting a final between two clubs": {
    s: "Qatar hosted the final between Velm United and Acme Rovers.",
    m: ["Qatar:country", "Velm United:organization", "Acme Rovers:organization"],
    rows: ["Qatar -met-> Velm United", "Qatar -met-> Acme Rovers"]
  }
};

describe("stage 07, round 34: a state hosting a meeting between two sides", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
