/**
 * Stage 07 on invented sentences (round 29, verb class of negotiation): verbs of bargaining are verbs of negotiation:
 * "A bargained / haggled (over X) with B", "A struck / drove a (hard) bargain with B" → A negotiated with B.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "bargained for days with a country over a quota → negotiated": {
    s: "Fisheries minister Ana Sousa bargained for three days with Kestria over the quota.",
    m: ["Ana Sousa", "Kestria:country"],
    rows: ["Ana Sousa -negotiated-> Kestria"]
  },
  "haggled over a pay offer with an employer → negotiated": {
    s: "Union leader Tom Reyes haggled over the pay offer with Metro Transit until dawn.",
    m: ["Tom Reyes", "Metro Transit:organization"],
    rows: ["Tom Reyes -negotiated-> Metro Transit"]
  },
  "struck a bargain with a rebel commander → negotiated": {
    s: "Village elder Musa Kalu struck a bargain with the rebel commander, Idris Bako, for the hostages' release.",
    m: ["Musa Kalu", "Idris Bako"],
    rows: ["Musa Kalu -negotiated-> Idris Bako"]
  },
  "haggling with a named kidnapper by phone → negotiated": {
    s: "Detective Rosa Pinto spent the night haggling with the kidnapper, Ugo Bassi, by phone.",
    m: ["Rosa Pinto", "Ugo Bassi"],
    rows: ["Rosa Pinto -negotiated-> Ugo Bassi"]
  },
  "negative: refused to bargain (an act not done)": {
    s: "The government refused to bargain with the kidnappers' leader, Ade Olu.",
    m: ["Ade Olu"],
    rows: []
  },
  "negative: a coach haggling over a fee before a final (sport)": {
    s: "Coach Pep Guarin haggled with Real Madrid over the fee before the final.",
    m: ["Pep Guarin", "Real Madrid:organization"],
    rows: []
  },
  "negative: a singer haggling with a broadcaster over an interview (media)": {
    s: "The singer Mia Torres haggled with the BBC over the interview slot.",
    m: ["Mia Torres", "BBC:media"],
    rows: []
  },
  "negative: 'got more than she bargained for' (idiom)": {
    s: "Ann Lee got more than she bargained for when she hired Tom Dyke.",
    m: ["Ann Lee", "Tom Dyke"],
    rows: []
  }
};

describe("round 29 verbs: bargaining is negotiation", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
