/**
 * Stage 07 on invented sentences (round 31, verbs and nouns): a meeting told by a noun. "Consultations / talks (on X)
 * took place / were held (the next day) between B and C" → B met C (talks also negotiated); talks between two persons are
 * also their meeting (not indirect talks); "… between B and C at a meeting convened / chaired / brokered by A" → A
 * mediated each (interactions/nominal.ts tookPlaceBetween, atMeetingBy).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "consultations took place on a day between two persons, at a meeting called by a minister → met, mediated": {
    s: "Consultations over the mill's closure took place on Wednesday between Tom Reyes and Ana Lopes, who leads the dockers, at a meeting called by Labour Minister Paulo Reis.",
    m: ["Tom Reyes", "Ana Lopes", "Paulo Reis"],
    rows: ["Tom Reyes -met-> Ana Lopes", "Paulo Reis -mediated-> Tom Reyes", "Paulo Reis -mediated-> Ana Lopes"]
  },
  "talks were conducted in a city on a day between two persons → negotiated and met": {
    s: "Talks were conducted in Porto on Friday between Tom Reyes and Ana Lopes.",
    m: ["Porto:place", "Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes", "Tom Reyes -met-> Ana Lopes"]
  },
  "the strike ended after talks in a city between two persons → negotiated and met": {
    s: "The strike ended after talks in Lisbon between Tom Reyes and Ana Lopes.",
    m: ["Lisbon:place", "Tom Reyes", "Ana Lopes"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes", "Tom Reyes -met-> Ana Lopes"]
  },
  "talks between two persons at a meeting chaired by a judge → mediated each": {
    s: "Talks between Tom Reyes and Ana Lopes at a meeting chaired by Judge Rita Okafor ended the strike.",
    m: ["Tom Reyes", "Ana Lopes", "Rita Okafor"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes", "Tom Reyes -met-> Ana Lopes", "Rita Okafor -mediated-> Tom Reyes", "Rita Okafor -mediated-> Ana Lopes"]
  },
  "negative: indirect talks between two persons are no meeting": {
    s: "Norway has mediated indirect talks between Tom Reyes and Ana Lopes for months.",
    m: ["Norway:country", "Tom Reyes", "Ana Lopes"],
    rows: ["Norway -mediated-> Tom Reyes", "Norway -mediated-> Ana Lopes", "Tom Reyes -negotiated-> Ana Lopes"]
  },
  "negative: talks between two cities stay negotiation only": {
    s: "Talks between Tehran and Paris had taken place in Muscat.",
    m: ["Tehran:place", "Paris:place", "Muscat:place"],
    rows: ["Tehran -negotiated-> Paris"]
  },
  "negative: talks took place with no parties named after them": {
    s: "Talks took place on Monday, but Tom Reyes and Ana Lopes did not attend.",
    m: ["Tom Reyes", "Ana Lopes"],
    rows: []
  },
  "negative: a game took place between two clubs": {
    s: "The match took place on Sunday between Rovers FC and United FC.",
    m: ["Rovers FC:organization", "United FC:organization"],
    rows: []
  },
  "negative: a meeting only attended by a third person: no mediation": {
    s: "Talks between Tom Reyes and Ana Lopes at a meeting attended by Paulo Reis ended the strike.",
    m: ["Tom Reyes", "Ana Lopes", "Paulo Reis"],
    rows: ["Tom Reyes -negotiated-> Ana Lopes", "Tom Reyes -met-> Ana Lopes"]
  }
};

describe("round 31 nouns: meetings and talks told by a noun, and the meeting's convener", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
