/**
 * Stage 07 on invented sentences (round 29, verb class of mediation): the one who runs the talks mediates them: "A
 * moderated / chaired / oversaw / sponsored talks (a meeting) between B and C", "the meeting between B and C was
 * moderated by A" → A mediated B and C (and B and C still talk or meet).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "moderated talks between two states → mediated both": {
    s: "Norway moderated talks between Valdoria and Kestria.",
    m: ["Norway:country", "Valdoria:country", "Kestria:country"],
    rows: ["Norway -mediated-> Valdoria", "Norway -mediated-> Kestria", "Valdoria -negotiated-> Kestria"]
  },
  "chaired a meeting between two union leaders → mediated both": {
    s: "Labour commissioner Ines Moro chaired a meeting between Paul Grent and Ann Dover on Friday.",
    m: ["Ines Moro", "Paul Grent", "Ann Dover"],
    rows: ["Ines Moro -mediated-> Paul Grent", "Ines Moro -mediated-> Ann Dover", "Paul Grent -met-> Ann Dover"]
  },
  "a meeting between two sides was moderated by a bishop → mediated both": {
    s: "The meeting between Paul Grent and Ann Dover was moderated by Bishop Luca Ferri.",
    m: ["Paul Grent", "Ann Dover", "Luca Ferri"],
    rows: ["Luca Ferri -mediated-> Paul Grent", "Luca Ferri -mediated-> Ann Dover", "Paul Grent -met-> Ann Dover"]
  },
  "oversaw negotiations between two states → mediated both": {
    s: "The African Union oversaw negotiations between Valdoria and Kestria.",
    m: ["African Union:organization", "Valdoria:country", "Kestria:country"],
    rows: ["African Union -mediated-> Valdoria", "African Union -mediated-> Kestria", "Valdoria -negotiated-> Kestria"]
  },
  "negative: moderated a debate between two candidates (no talks)": {
    s: "Anchor Mara Quell moderated a debate between Paul Grent and Ann Dover.",
    m: ["Mara Quell", "Paul Grent", "Ann Dover"],
    rows: []
  },
  "negative: oversaw the game between two clubs (sport)": {
    s: "Referee Tom Dyke oversaw the game between Rovers and United.",
    m: ["Tom Dyke", "Rovers:organization", "United:organization"],
    rows: []
  },
  "negative: refused to chair a meeting between them (an act not done)": {
    s: "Ines Moro refused to chair a meeting between Paul Grent and Ann Dover.",
    m: ["Ines Moro", "Paul Grent", "Ann Dover"],
    rows: ["Paul Grent -met-> Ann Dover"]
  }
};

describe("round 29 verbs: who runs the talks mediates them", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
