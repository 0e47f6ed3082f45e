/**
 * Stage 07 on invented sentences (round 28): a go-between who gets two sides to talk. "A brought B and C to the
 * (negotiating) table", "A got B and C back to the table", "A coaxed B and C into the same room" (with a word of talks
 * in the sentence) and "A got / persuaded B and C to agree (to …)" → A mediated B and C (and B met C, as after "brought
 * B and C together"). Negatives: one side alone ("brought the rebels to the table" is pressure on them), a dinner
 * table (no talks), a game ("got two teams to agree to replay the match"), one side persuaded to agree.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A brought B and C to the negotiating table → A mediated B and C": {
    s: "Norway brought the Tamil rebels and Colombo to the negotiating table in 2002.",
    m: ["Norway:country", "Tamil rebels:group", "Colombo:country"],
    rows: ["Norway -mediated-> Tamil rebels", "Norway -mediated-> Colombo", "Tamil rebels -met-> Colombo"]
  },
  "A got B and C back to the table for talks → A mediated B and C": {
    s: "Archbishop Paulo Mena got the Dockers Union and Transnet back to the table for wage talks.",
    m: ["Paulo Mena", "Dockers Union:organization", "Transnet:organization"],
    rows: ["Paulo Mena -mediated-> Dockers Union", "Paulo Mena -mediated-> Transnet", "Dockers Union -met-> Transnet"]
  },
  "A coaxed B and C into the same room (a word of talks) → A mediated B and C": {
    s: "It was Ghana's foreign minister, Kofi Asante, who coaxed Togo and Benin into the same room for the border talks.",
    m: ["Ghana:country", "Kofi Asante", "Togo:country", "Benin:country"],
    rows: ["Kofi Asante -mediated-> Togo", "Kofi Asante -mediated-> Benin", "Togo -met-> Benin"]
  },
  "A got B and C to agree to the terms → A mediated B and C": {
    s: "The terms were drafted by two colonels, but it was the papal nuncio, Luca Ferri, who got Lima and Quito to agree to them.",
    m: ["Luca Ferri", "Lima:country", "Quito:country"],
    rows: ["Luca Ferri -mediated-> Lima", "Luca Ferri -mediated-> Quito"]
  },
  "negative: one side brought to the table is pressure on it": {
    s: "Sanctions by the European Union brought Minsk to the negotiating table.",
    m: ["European Union:organization", "Minsk:country"],
    rows: []
  },
  "negative: one side persuaded to agree": {
    s: "Luca Ferri persuaded Quito to agree to the ceasefire.",
    m: ["Luca Ferri", "Quito:country"],
    rows: []
  },
  "negative: two guests brought to a dinner table": {
    s: "The host, Ana Vidal, brought Rui Matos and Lena Berg to the table for dessert.",
    m: ["Ana Vidal", "Rui Matos", "Lena Berg"],
    rows: []
  },
  "negative: a governing body getting two teams to agree to replay a match": {
    s: "FIFA got Peru and Chile to agree to replay the abandoned match in Lima.",
    m: ["FIFA:organization", "Peru:country", "Chile:country", "Lima:place"],
    rows: []
  }
};

describe("round 28 verbs: go-betweens who bring two sides to the table", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
