/**
 * Stage 07 on invented sentences (round 25): the rest of the thesaurus of criticism (model
 * interaction-verbs.ts). Verbs with no other sense in news ("decried", "censured", "rebuked",
 * "upbraided", "admonished", "protested to", "lodged a protest with" …) criticize; phrasal verbs and
 * verbs that also tell a shot, a blow or a game ("took aim at", "tore into", "rounded on", "laid into",
 * "assailed", "blasted") only with a sign of speech in the sentence (flag speechCue).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A took aim at B in a speech' → A criticized B": {
    s: "Opposition leader Maria Torres took aim at President Juan Perez in a speech on Monday.",
    m: ["Maria Torres", "Juan Perez"],
    rows: ["Maria Torres -criticized-> Juan Perez"]
  },
  "positive: 'A tore into B, saying …' → A criticized B": {
    s: "Union leader Kofi Mensah tore into Transport Minister Ama Owusu, saying the strike could have been avoided.",
    m: ["Kofi Mensah", "Ama Owusu"],
    rows: ["Kofi Mensah -criticized-> Ama Owusu"]
  },
  "positive: 'A rounded on B over …' → A criticized B": {
    s: "Senator Paul Brandt rounded on the Water Board over the late flood warnings.",
    m: ["Paul Brandt", "Water Board:organization"],
    rows: ["Paul Brandt -criticized-> Water Board"]
  },
  "positive: 'A assailed B for …' → A criticized B": {
    s: "Human Rights Watch assailed Borduria for the mass arrests of students.",
    m: ["Human Rights Watch:organization", "Borduria:country"],
    rows: ["Human Rights Watch -criticized-> Borduria"]
  },
  "positive: 'A protested to B' → A criticized B": {
    s: "Kenya protested to Uganda after soldiers crossed the border near Busia.",
    m: ["Kenya:country", "Uganda:country", "Busia:place"],
    rows: ["Kenya -criticized-> Uganda"]
  },
  "negative (review 25 F3, a player's complaint: 'protested to B that he had been fouled'): no criticism": {
    s: "Tom Hale protested to Ann Vidal that he had been fouled.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 25 F3, 'protested to the referee, B, after the penalty'): no criticism": {
    s: "Tom Hale protested to the referee, Ann Vidal, after the penalty.",
    m: ["Tom Hale", "Ann Vidal"],
    rows: []
  },
  "negative (review 25 F3, 'lodged a protest with FIFA over the referee'): no criticism of FIFA": {
    s: "Tom Hale lodged a protest with FIFA over the referee.",
    m: ["Tom Hale", "FIFA:organization"],
    rows: []
  },
  "positive: 'A lodged a protest with B' → A criticized B": {
    s: "Chile lodged a protest with Peru on Tuesday.",
    m: ["Chile:country", "Peru:country"],
    rows: ["Chile -criticized-> Peru"]
  },
  "positive: 'B was censured by A' → A criticized B": {
    s: "Mayor Ana Vidal was censured by the city council for the late warnings.",
    m: ["Ana Vidal", "city council:organization"],
    rows: ["city council -criticized-> Ana Vidal"]
  },
  "positive: 'A decried B' and 'A upbraided B' → A criticized B": {
    s: "Amnesty International decried Borduria, and Senator Paul Brandt upbraided the Water Board.",
    m: ["Amnesty International:organization", "Borduria:country", "Paul Brandt", "Water Board:organization"],
    rows: ["Amnesty International -criticized-> Borduria", "Paul Brandt -criticized-> Water Board"]
  },
  "negative (a shot: 'took aim at B from the roof'): no criticism": {
    s: "The sniper Tom Hale took aim at Joe Bell from the roof and fired twice.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (sport: 'tore into B from the first whistle'): no criticism": {
    s: "Liverpool tore into Chelsea from the first whistle and led 3-0 at half-time.",
    m: ["Liverpool:organization", "Chelsea:organization"],
    rows: []
  },
  "negative (a race: 'rounded on B in the final bend'): no criticism": {
    s: "Tom Hale rounded on Joe Bell in the final bend to win the sprint.",
    m: ["Tom Hale", "Joe Bell"],
    rows: []
  },
  "negative (an assault: 'gunmen assailed B near his home'): no criticism": {
    s: "Gunmen assailed Tom Hale near his home in Orvik.",
    m: ["Tom Hale", "Orvik:place"],
    rows: []
  },
  "negative (a goal: 'blasted B into the lead'): no criticism": {
    s: "Erling Haaland blasted Manchester City into the lead.",
    m: ["Erling Haaland", "Manchester City:organization"],
    rows: []
  },
  "negative (weather: 'the storm blasted X'): no criticism": {
    s: "The storm blasted Orvik and Kenya overnight.",
    m: ["Orvik:place", "Kenya:country"],
    rows: []
  }
};

describe("round 25: verbs of criticism", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
