/**
 * Stage 07 on invented sentences (round 33): help told by what was sent. "A sent ambulances from X to help B", "A sent
 * 30 rescuers and two water-dropping aircraft to help B after the floods" → A assisted B: the place the aid set out from
 * and a hyphenated modifier of the aid no longer end the reach to "to help". Not a letter, not troops sent to fight.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A sent ambulances from <town> to help B → A assisted B": {
    s: "The Velmar Rescue Service sent ambulances from Orsk to help the Lakeland Fire Brigade, a spokesman said.",
    m: ["Velmar Rescue Service:organization", "Orsk:place", "Lakeland Fire Brigade:organization"],
    rows: ["Velmar Rescue Service -assisted-> Lakeland Fire Brigade"]
  },
  "the town read as a body after 'from' is passed over too": {
    s: "The Velmar Rescue Service sent six ambulances from Orsk to help the Lakeland Fire Brigade.",
    m: ["Velmar Rescue Service:organization", "Orsk:organization", "Lakeland Fire Brigade:organization"],
    rows: ["Velmar Rescue Service -assisted-> Lakeland Fire Brigade"]
  },
  "A sent N rescuers and two water-dropping aircraft to help B after the floods → A assisted B": {
    s: "Norland sent 30 rescuers and two water-dropping aircraft to help Tarnia after the Kessel floods.",
    m: ["Norland:country", "Tarnia:country", "Kessel:place"],
    rows: ["Norland -assisted-> Tarnia"]
  },
  "A sent paramedics from <town> to assist B → A assisted B": {
    s: "Norway sent paramedics from Tromso to assist Sweden after the flood.",
    m: ["Norway:country", "Tromso:place", "Sweden:country"],
    rows: ["Norway -assisted-> Sweden"]
  },
  "negative: a letter sent from a town is no aid": {
    s: "The Velmar Rescue Service sent a letter from Orsk to the Lakeland Fire Brigade.",
    m: ["Velmar Rescue Service:organization", "Orsk:place", "Lakeland Fire Brigade:organization"],
    rows: []
  },
  "negative: troops sent from a town to fight B are no help": {
    s: "Chile sent troops from Arica to fight Peru in the desert.",
    m: ["Chile:country", "Arica:place", "Peru:country"],
    rows: []
  },
  "negative: ambulances sent from a town to another town name no one helped": {
    s: "The Velmar Rescue Service sent ambulances from Orsk to Tomsk.",
    m: ["Velmar Rescue Service:organization", "Orsk:place", "Tomsk:place"],
    rows: []
  },
  "negative: planes sent from a base to bomb rebels are no aid": {
    s: "Chile sent planes from Arica to bomb rebels near Peru.",
    m: ["Chile:country", "Arica:place", "Peru:country"],
    rows: []
  }
};

describe("stage 07, round 33: help told by what was sent", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
