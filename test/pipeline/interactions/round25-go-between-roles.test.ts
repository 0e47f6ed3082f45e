/**
 * Stage 07 on invented sentences (round 25): a go-between's role told with a noun (model
 * interaction-verbs.ts): "A acted / served as a go-between / an intermediary / a conduit / a mediator
 * between B and C" and "A offered / used its good offices for the talks between B and C" → A mediated B
 * and C. Not "broker", "bridge" or "link" (trade, places, a team's lines), not after "to" ("refused to
 * act as a mediator"), and the parties must be named after "between".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A acted as a go-between between B and C' → A mediated both": {
    s: "Ghana acted as a go-between between Togo and Benin during the border dispute.",
    m: ["Ghana:country", "Togo:country", "Benin:country"],
    rows: ["Ghana -mediated-> Togo", "Ghana -mediated-> Benin"]
  },
  "positive: 'A has served as an intermediary between B and C' → A mediated both": {
    s: "The Lutheran bishop Anders Lund has served as an intermediary between the Miners Union and Nordkobber for a year.",
    m: ["Anders Lund", "Miners Union:organization", "Nordkobber:organization"],
    rows: ["Anders Lund -mediated-> Miners Union", "Anders Lund -mediated-> Nordkobber"]
  },
  "positive: 'A had acted as a conduit between B and C' → A mediated both": {
    s: "Malta had quietly acted as a conduit between Tunisia and Libya over the seized trawlers.",
    m: ["Malta:country", "Tunisia:country", "Libya:country"],
    rows: ["Malta -mediated-> Tunisia", "Malta -mediated-> Libya"]
  },
  "positive: 'A offered its good offices for the talks between B and C' → A mediated both": {
    s: "Switzerland offered its good offices for the contacts between Borduria and Syldavia.",
    m: ["Switzerland:country", "Borduria:country", "Syldavia:country"],
    rows: ["Switzerland -mediated-> Borduria", "Switzerland -mediated-> Syldavia"]
  },
  "negative (a team's line: 'acted as a link between B and the midfield'): no mediation": {
    s: "Tom Hale acted as a link between Joe Bell and Sam Cole in midfield.",
    m: ["Tom Hale", "Joe Bell", "Sam Cole"],
    rows: []
  },
  "negative (trade: 'acted as a broker between B and C'): no mediation": {
    s: "Goldman Sachs acted as a broker between Glencore and Xstrata.",
    m: ["Goldman Sachs:organization", "Glencore:organization", "Xstrata:organization"],
    rows: []
  },
  "negative (review 25 F9, gas transit: 'serves as a conduit between B and C for gas'): no mediation": {
    s: "Turkey serves as a conduit between Russia and Europe for gas.",
    m: ["Turkey:country", "Russia:country", "Europe:place"],
    rows: []
  },
  "negative (review 25 F9, exports: 'acts as a channel between B and C for gas exports'): no mediation": {
    s: "Ukraine acts as a channel between Russia and Europe for gas exports.",
    m: ["Ukraine:country", "Russia:country", "Europe:place"],
    rows: []
  },
  "negative (review 25 F9, arms: 'acted as a conduit between B and C for arms shipments'): no mediation": {
    s: "Tom Hale acted as a conduit between Russia and Iran for arms shipments.",
    m: ["Tom Hale", "Russia:country", "Iran:country"],
    rows: []
  },
  "negative (refusal: 'refused to act as a mediator between B and C'): no mediation": {
    s: "Turkey has refused to act as a mediator between Borduria and Syldavia.",
    m: ["Turkey:country", "Borduria:country", "Syldavia:country"],
    rows: []
  },
  "negative (an offer: 'offered to serve as a go-between between B and C'): no mediation": {
    s: "Ghana offered to serve as a go-between between Togo and Benin.",
    m: ["Ghana:country", "Togo:country", "Benin:country"],
    rows: []
  }
};

describe("round 25: go-between roles", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
