/**
 * Round 33: objects counted, then named: "kidnapped porters, guides and two surveyors, among them the convoy's driver, B,
 * and the team leader, C" → B and C are both taken. An "and" before a count joins the last listed noun (no second
 * clause), and two members each described and named in commas after "among them" are both members. Invented sentences.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "kidnapped X, Y and two Z, among them the D1, B, and the D2, C → both abducted": {
    s: "The Red Hand kidnapped porters, guides and two surveyors, among them the convoy's driver, Joy Eke, and the team leader, Ike Nnaji.",
    m: ["Red Hand:group", "Joy Eke", "Ike Nnaji"],
    rows: ["Red Hand -abducted-> Joy Eke", "Red Hand -abducted-> Ike Nnaji"]
  },
  "freed two Z, among them the D1, B, and the D2, C → both released": {
    s: "The Delta Front freed two referees, among them the match commissioner, Ken Iwu, and the fourth official, Sade Ojo, on Sunday.",
    m: ["Delta Front:group", "Ken Iwu", "Sade Ojo"],
    rows: ["Delta Front -released-> Ken Iwu", "Delta Front -released-> Sade Ojo"]
  },
  "kidnapped X and 12 Z, including B → B abducted": {
    s: "The Red Hand kidnapped drivers and 12 dockers, including Ali Musa, outside the port.",
    m: ["Red Hand:group", "Ali Musa"],
    rows: ["Red Hand -abducted-> Ali Musa"]
  },
  "abducted X, Y and three Z, among them B and C → both": {
    s: "The Red Hand abducted nurses, cooks and three porters, among them Ali Musa and Jide Cole.",
    m: ["Red Hand:group", "Ali Musa", "Jide Cole"],
    rows: ["Red Hand -abducted-> Ali Musa", "Red Hand -abducted-> Jide Cole"]
  },
  "negative: a second verb after 'and' keeps its own members": {
    s: "The Red Hand freed the dockers and thanked two priests, among them Ali Musa.",
    m: ["Red Hand:group", "Ali Musa"],
    rows: ["Red Hand -thanked-> Ali Musa"]
  },
  "negative: a seizure that did not happen gives no row": {
    s: "The Red Hand did not seize drivers and two engineers, among them the site manager, Paul Adamu, and the head cook, Ruth Bello.",
    m: ["Red Hand:group", "Paul Adamu", "Ruth Bello"],
    rows: []
  },
  "negative: 'and both' opens no count of the listed nouns": {
    s: "The Red Hand freed the dockers and both sides praised the talks, among them Ali Musa.",
    m: ["Red Hand:group", "Ali Musa"],
    rows: []
  }
};

describe("round 33: objects counted, then named", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
