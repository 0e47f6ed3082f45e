/**
 * Stage 07 on invented sentences (round 28): an offer of aid is a promise. "A offered B a survey ship / two helicopters /
 * emergency assistance" → A promised B, as "A promised B two helicopters" (verbs-go-betweens.ts aidOffered: a noun of
 * aid, OFFERED_AID_NOUNS, within five words after the object). Negatives: condolences, a job, a seat on the rescue
 * helicopter (the aid noun behind a stop word), cash (a ransom or a bid as often as aid), a club's equipment before
 * a final (a game's sentence).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A has offered B a ship and a team of divers → A promised B": {
    s: "Norway has offered Iceland a coast guard ship and a team of navy divers for the search.",
    m: ["Norway:country", "Iceland:country"],
    rows: ["Norway -promised-> Iceland"]
  },
  "A offered B emergency assistance → A promised B": {
    s: "The European Union offered Morocco emergency assistance after the earthquake.",
    m: ["European Union:organization", "Morocco:country"],
    rows: ["European Union -promised-> Morocco"]
  },
  "A offered B two firefighting helicopters → A promised B": {
    s: "President Omar Said offered Chad two firefighting helicopters on Monday.",
    m: ["Omar Said", "Chad:country"],
    rows: ["Omar Said -promised-> Chad"]
  },
  "negative: offered B his condolences": {
    s: "Omar Said offered Ana Vidal his condolences after the floods.",
    m: ["Omar Said", "Ana Vidal"],
    rows: []
  },
  "negative: offered B a job": {
    s: "Omar Said offered Ana Vidal a job in the ministry.",
    m: ["Omar Said", "Ana Vidal"],
    rows: []
  },
  "negative: offered B a seat on a helicopter": {
    s: "Omar Said offered Ana Vidal a seat on the rescue helicopter.",
    m: ["Omar Said", "Ana Vidal"],
    rows: []
  },
  "negative: offered a gang cash": {
    s: "The family offered the Sierra Front cash for the boy's release.",
    m: ["Sierra Front:group"],
    rows: []
  },
  "negative: a club offering another its equipment before a final": {
    s: "Benfica offered Porto their training equipment before the cup final.",
    m: ["Benfica:organization", "Porto:organization"],
    rows: []
  }
};

describe("round 28 verbs: aid offered is a promise", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
