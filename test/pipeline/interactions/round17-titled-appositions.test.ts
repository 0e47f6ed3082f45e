/**
 * Stage 07 on invented sentences (round 17): a person named in apposition after a capitalised
 * title ("his counterpart, Foreign Minister B,"), and a titled person listed after the nouns a
 * possessive country owns ("Zambia's police service and Governor B"):
 * - "A met/thanked his <nationality> counterpart, <Title> B, …" → A met/thanked B;
 * - "A thanked <Country>'s <lowercase title>, <Title> B, for …" → A thanked B (not the country);
 * - "A thanked <Country>'s <nouns> and <Title> B" → A thanked the country and B.
 * Negatives: a reporting verb after the name, no title head after the comma, a lowercase word
 * after the possessed nouns, and sport and business sentences of the same shape.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A met his <nationality> counterpart, <Title> B, → A met B": {
    s: "Interior Minister Nneka Oyelaran met her Ghanaian counterpart, Interior Minister Kwesi Boateng, in Accra on Monday.",
    m: ["Nneka Oyelaran", "Kwesi Boateng", "Accra:place"],
    rows: ["Nneka Oyelaran -met-> Kwesi Boateng"]
  },
  "A thanked the <nationality> envoy, <abbreviated rank> B, → A thanked B": {
    s: "The shipowner Tor Lindqvist thanked the Estonian envoy, Cmdr. Anders Holm, for his patience.",
    m: ["Tor Lindqvist", "Anders Holm"],
    rows: ["Tor Lindqvist -thanked-> Anders Holm"]
  },
  "A thanked <Country>'s <lowercase title>, <Title> B, for … → A thanked B": {
    s: "The archbishop, Kojo Mensah, thanked Fiji's interim leader, General Kofi Adjei, for his help.",
    m: ["Kojo Mensah", "Fiji's:country", "Kofi Adjei"],
    rows: ["Kojo Mensah -thanked-> Kofi Adjei"]
  },
  "A thanked <Country>'s <nouns> and <Title> B → the country and B": {
    s: "Relatives of the hostage Liv Sorvik thanked Zambia's police service and Coast Regional Governor Zawadi Juma on Sunday.",
    m: ["Liv Sorvik", "Zambia's:country", "Zawadi Juma"],
    rows: ["Liv Sorvik -thanked-> Zambia's", "Liv Sorvik -thanked-> Zawadi Juma"]
  },
  "A praised-by-thanks <Organisation>'s <noun> and B → the body and B": {
    s: "Carla Benedetti thanked the Red Cross's field staff and Ambassador Piet de Vries.",
    m: ["Carla Benedetti", "Red Cross's:organization", "Piet de Vries"],
    rows: ["Carla Benedetti -thanked-> Red Cross's", "Carla Benedetti -thanked-> Piet de Vries"]
  },
  "negative: a reporting verb after the name is a new clause": {
    s: "Nneka Oyelaran met her Ghanaian counterpart, Interior Minister Kwesi Boateng said on Monday.",
    m: ["Nneka Oyelaran", "Kwesi Boateng"],
    rows: []
  },
  "negative: capitalised words with no title head are no title": {
    s: "Nneka Oyelaran met her Ghanaian counterpart, Monday Morning Kwesi Boateng, in Accra.",
    m: ["Nneka Oyelaran", "Kwesi Boateng", "Accra:place"],
    rows: []
  },
  "negative: the owned nouns go on into a clause, no one is listed": {
    s: "Liv Sorvik thanked Zambia's police service and Governor Zawadi Juma said the case was closed.",
    m: ["Liv Sorvik", "Zambia's:country", "Zawadi Juma"],
    rows: ["Liv Sorvik -thanked-> Zambia's"]
  },
  "negative (sport): a coach's counterpart named after a non-title is not thanked by the title rule": {
    s: "Coach Ivo Petrov thanked his Croatian counterpart, Striker Luka Horvat, after the final.",
    m: ["Ivo Petrov", "Luka Horvat"],
    rows: []
  },
  "negative (business): a company's owned nouns and a place are no listed person": {
    s: "Analyst Mia Costa thanked Brazil's central bank and Porto Alegre investors for the data.",
    m: ["Mia Costa", "Brazil's:country", "Porto Alegre:place"],
    rows: ["Mia Costa -thanked-> Brazil's"]
  }
};

describe("round 17: titled appositions and titled persons after a body's nouns", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
