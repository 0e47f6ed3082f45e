/**
 * Stage 07 on invented sentences (round 33): mediation told by the sitting a chair ran. "A chaired the first round / both
 * sessions between B and C", "A organised two rounds between B and C" → A mediated B and C. Not a game's round under an
 * umpire, not a refusal to chair one.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "<apposition>, A, chaired the opening round between B and C → A mediated both": {
    s: "A retired judge's widow, Mara Holt, chaired the opening round between Jonas Eke and Pia Lund on Friday.",
    m: ["Mara Holt", "Jonas Eke", "Pia Lund"],
    rows: ["Mara Holt -mediated-> Jonas Eke", "Mara Holt -mediated-> Pia Lund"]
  },
  "A, <apposition>, who moderated both sittings between B and C → A mediated both": {
    s: "Mara Holt, Norland's deputy premier, who moderated both sittings between Mr Eke and Pia Lund, insists nothing was promised.",
    m: ["Mara Holt", "Norland:country", "Mr Eke", "Pia Lund"],
    rows: ["Mara Holt -mediated-> Mr Eke", "Mara Holt -mediated-> Pia Lund"]
  },
  "A organised two rounds between a company and a union → A mediated both": {
    s: "Omar Saleh organised two rounds between Acme Steel and the Velm Miners Union in March.",
    m: ["Omar Saleh", "Acme Steel:organization", "Velm Miners Union:organization"],
    rows: ["Omar Saleh -mediated-> Acme Steel", "Omar Saleh -mediated-> Velm Miners Union"]
  },
  "negative: an umpire oversaw a round of a tournament": {
    s: "The umpire Omar Saleh oversaw the second round between Tom Berg and Ana Lee in the tournament.",
    m: ["Omar Saleh", "Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: a refusal to chair a round": {
    s: "Omar Saleh refused to chair a round between Tom Berg and Ana Lee.",
    m: ["Omar Saleh", "Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: a round between two parties with no chair gives no meeting": {
    s: "A second round between Tom Berg and Ana Lee is planned.",
    m: ["Tom Berg", "Ana Lee"],
    rows: []
  }
};

describe("stage 07, round 33: rounds of talks chaired", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
