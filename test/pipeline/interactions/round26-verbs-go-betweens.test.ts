/**
 * Stage 07 on invented sentences (round 26): a go-between's work told by a verb of carrying or of going to
 * and fro. "A carried / passed / relayed / ferried / conveyed <messages, proposals, demands, replies, lists …>
 * (back and forth) between B and C" and "A shuttled / went back and forth between B and C" mean A mediated
 * B and C (model interaction-verbs.ts, flags messageCue and shuttle; verbs-go-betweens.ts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A relayed proposals between B and C' → A mediated B and C": {
    s: "Ghana relayed proposals between Togo and Benin for much of the border dispute.",
    m: ["Ghana:country", "Togo:country", "Benin:country"],
    rows: ["Ghana -mediated-> Togo", "Ghana -mediated-> Benin"]
  },
  "positive: 'A carried written demands and replies between B and C' → A mediated B and C": {
    s: "Father Tom Hale carried written demands and replies between the Miners Union and Acme Mining.",
    m: ["Tom Hale", "Miners Union:organization", "Acme Mining:organization"],
    rows: ["Tom Hale -mediated-> Miners Union", "Tom Hale -mediated-> Acme Mining"]
  },
  "positive: 'A carried lists of names back and forth between B and C' → A mediated B and C": {
    s: "The elder Joe Bell carried lists of names back and forth between the Sierra Front and the Delta Brigade.",
    m: ["Joe Bell", "Sierra Front:group", "Delta Brigade:group"],
    rows: ["Joe Bell -mediated-> Sierra Front", "Joe Bell -mediated-> Delta Brigade"]
  },
  "positive: 'A ferried offers between B and C' → A mediated B and C": {
    s: "Ann Vidal ferried offers between Joe Bell and Tom Hale until the strike ended.",
    m: ["Ann Vidal", "Joe Bell", "Tom Hale"],
    rows: ["Ann Vidal -mediated-> Joe Bell", "Ann Vidal -mediated-> Tom Hale"]
  },
  "positive: 'A shuttled between B and C' (persons) → A mediated B and C": {
    s: "Ann Vidal shuttled between Tom Hale and Joe Bell, who sat in separate rooms of the hotel.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: ["Ann Vidal -mediated-> Tom Hale", "Ann Vidal -mediated-> Joe Bell"]
  },
  "positive: 'A had spent the night going back and forth between B and C' → A mediated B and C": {
    s: "Ann Vidal had spent the night going back and forth between Tom Hale and Joe Bell.",
    m: ["Ann Vidal", "Tom Hale", "Joe Bell"],
    rows: ["Ann Vidal -mediated-> Tom Hale", "Ann Vidal -mediated-> Joe Bell"]
  },
  "positive: 'A shuttled between a group and an organisation' with talks told → A mediated both": {
    s: "The bishop Tom Hale shuttled between the Sierra Front and the Red Cross during the talks.",
    m: ["Tom Hale", "Sierra Front:group", "Red Cross:organization"],
    rows: ["Tom Hale -mediated-> Sierra Front", "Tom Hale -mediated-> Red Cross"]
  },
  "negative (a footballer between two clubs, no talks): no mediation": {
    s: "The striker Tom Hale shuttled between Ajax and PSV on loan deals.",
    m: ["Tom Hale", "Ajax:organization", "PSV:organization"],
    rows: []
  },
  "negative (a commuter between two cities): no mediation": {
    s: "Tom Hale shuttled between Oslo and Bergen for work during the talks.",
    m: ["Tom Hale", "Oslo:place", "Bergen:place"],
    rows: []
  },
  "negative (between two countries' capitals): no mediation": {
    s: "Ann Vidal shuttled between Norway and Chile ahead of the talks.",
    m: ["Ann Vidal", "Norway:country", "Chile:country"],
    rows: []
  },
  "negative ('passed the ball between B and C'): no message, no mediation": {
    s: "Tom Hale passed the ball between Joe Bell and Ann Vidal.",
    m: ["Tom Hale", "Joe Bell", "Ann Vidal"],
    rows: []
  },
  "negative ('carried letters between two towns'): places, no mediation": {
    s: "Couriers of Acme carried letters between Oslo and Bergen.",
    m: ["Acme:organization", "Oslo:place", "Bergen:place"],
    rows: []
  },
  "negative ('refused to shuttle between B and C'): no mediation": {
    s: "Tom Hale refused to shuttle between Joe Bell and Ann Vidal.",
    m: ["Tom Hale", "Joe Bell", "Ann Vidal"],
    rows: []
  },
  "negative (a choice: 'going back and forth between B and C as his running mate'): no mediation": {
    s: "Tom Hale had trouble choosing, going back and forth between Joe Bell and Ann Vidal as his running mate.",
    m: ["Tom Hale", "Joe Bell", "Ann Vidal"],
    rows: []
  }
};

describe("round 26: go-betweens carrying messages and shuttling", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
