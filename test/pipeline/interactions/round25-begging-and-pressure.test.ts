/**
 * Stage 07 on invented sentences (round 25): verbs of begging and of pressure to act (model
 * interaction-verbs.ts). "A implored / begged / beseeched / entreated / exhorted B (to act)" → A
 * called_on B; "A begged B for help" asks B (BEGGING_VERBS, like "appealed to B for …"). "A leaned on /
 * prevailed upon / lobbied B" only with the act after the object ("to …", flag thenTo): "leaned on its
 * striker for goals", "prevailed on penalties", "lobbied B for years" are reliance, a win, a campaign.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A implored B to …' → A called_on B": {
    s: "Nurse Ama Owusu implored Governor Paul Brandt to reopen the rescue shaft.",
    m: ["Ama Owusu", "Paul Brandt"],
    rows: ["Ama Owusu -called_on-> Paul Brandt"]
  },
  "positive: 'A begged B to …' → A called_on B": {
    s: "Maria Torres begged Governor Paul Brandt to reopen the rescue shaft.",
    m: ["Maria Torres", "Paul Brandt"],
    rows: ["Maria Torres -called_on-> Paul Brandt"]
  },
  "positive: 'A implored B and C to …' → A called_on both": {
    s: "Ama Owusu implored Kofi Mensah and Yaw Boateng to call off the strike.",
    m: ["Ama Owusu", "Kofi Mensah", "Yaw Boateng"],
    rows: ["Ama Owusu -called_on-> Kofi Mensah", "Ama Owusu -called_on-> Yaw Boateng"]
  },
  "positive: 'A exhorted B to …' → A called_on B": {
    s: "Kenya exhorted Uganda to free the fishermen.",
    m: ["Kenya:country", "Uganda:country"],
    rows: ["Kenya -called_on-> Uganda"]
  },
  "positive: 'A begged B for help' → A asked B": {
    s: "Maria Torres begged Governor Paul Brandt for help after the floods.",
    m: ["Maria Torres", "Paul Brandt"],
    rows: ["Maria Torres -asked-> Paul Brandt"]
  },
  "positive: 'A leaned on B to …' → A called_on B": {
    s: "The European Union leaned on Borduria to free the jailed reporters.",
    m: ["European Union:organization", "Borduria:country"],
    rows: ["European Union -called_on-> Borduria"]
  },
  "positive: 'A prevailed upon B to …' → A called_on B": {
    s: "Brazil prevailed upon Bolivia to release the engineers.",
    m: ["Brazil:country", "Bolivia:country"],
    rows: ["Brazil -called_on-> Bolivia"]
  },
  "positive: 'A lobbied B to …' → A called_on B": {
    s: "The Miners Union lobbied Governor Paul Brandt to reopen the pit.",
    m: ["Miners Union:organization", "Paul Brandt"],
    rows: ["Miners Union -called_on-> Paul Brandt"]
  },
  "negative (review 25 F4, reliance: 'leaned on B to get through the final set'): no call": {
    s: "Tom Hale leaned on Ann Vidal to get through the final set.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 25 F4, a preposition: 'leaned on B to the very end of his life'): no call": {
    s: "Tom Hale leaned on Ann Vidal to the very end of his life.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (sport, reliance: 'leaned on B for goals'): no call": {
    s: "Liverpool leaned on Mohamed Salah for goals all season.",
    m: ["Liverpool:organization", "Mohamed Salah"],
    rows: []
  },
  "negative (a literal lean: 'leaned on B as they left'): no call": {
    s: "Ann Ward leaned on Joe Bell as they left the hospital.",
    m: ["Ann Ward", "Joe Bell"],
    rows: []
  },
  "negative (a win: 'prevailed on Centre Court against B'): no call": {
    s: "Roger Federer prevailed on Centre Court against Andy Murray.",
    m: ["Roger Federer", "Andy Murray"],
    rows: []
  },
  "negative (a campaign: 'lobbied B for years'): no call": {
    s: "The Miners Union lobbied Governor Paul Brandt for years.",
    m: ["Miners Union:organization", "Paul Brandt"],
    rows: []
  },
  "negative ('begged for mercy as B walked away'): no one begged": {
    s: "Tom Hale begged for mercy as Joe Bell walked away.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  }
};

describe("round 25: verbs of begging and pressure", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
