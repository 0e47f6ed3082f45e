/**
 * Mend 33 (arguments): regressions for the round-33 rules on relatives and counted members. Invented sentences.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  // F1: a person followed by its own verb between the opener and the list is a clause subject the pronoun may be.
  "F1: 'A said C had thanked B and D, whom she met' gives A no meeting": {
    s: "Ana Obi said Mary Kay had thanked Tom Berg and Ruth Bello, whom she met in Paris.",
    m: ["Ana Obi", "Mary Kay", "Tom Berg", "Ruth Bello", "Paris:place"],
    rows: ["Mary Kay -thanked-> Tom Berg", "Mary Kay -thanked-> Ruth Bello"]
  },
  "F1: 'A and C thanked B and D, whom she met' gives A no meeting either": {
    s: "Ada Lutz and Carla Mendes thanked Joy Hart and Pia Sand, whom she met at the club.",
    m: ["Ada Lutz", "Carla Mendes", "Joy Hart", "Pia Sand"],
    rows: ["Ada Lutz -thanked-> Joy Hart", "Ada Lutz -thanked-> Pia Sand", "Carla Mendes -thanked-> Joy Hart", "Carla Mendes -thanked-> Pia Sand"]
  },
  "F1: 'A said C, the coach, had thanked B and D, whom she met' gives A no meeting": {
    s: "Ana Obi said Mary Kay, the coach, had thanked Tom Berg and Ruth Bello, whom she met in Paris.",
    m: ["Ana Obi", "Mary Kay", "Tom Berg", "Ruth Bello", "Paris:place"],
    rows: ["Mary Kay -thanked-> Tom Berg", "Mary Kay -thanked-> Ruth Bello"]
  },
  // F6: a serial comma closes no apposition: the relative after a plain list is about every member.
  "F6: 'A thanked B, C, and D, whom she met' meets all three": {
    s: "Ana Obi thanked Tom Berg, Ken Iwu, and Ruth Bello, whom she met in Lagos.",
    m: ["Ana Obi", "Tom Berg", "Ken Iwu", "Ruth Bello", "Lagos:place"],
    rows: ["Ana Obi -thanked-> Tom Berg", "Ana Obi -thanked-> Ken Iwu", "Ana Obi -thanked-> Ruth Bello", "Ana Obi -met-> Tom Berg", "Ana Obi -met-> Ken Iwu", "Ana Obi -met-> Ruth Bello"]
  },
  // F2: an "and" before a count skips to the members only over a counted noun phrase, not over a second clause.
  "F2: 'freed 12 hostages and two soldiers were killed, among them B' frees no B": {
    s: "The Delta Front freed 12 hostages and two soldiers were killed, among them Sgt Paul Adamu.",
    m: ["Delta Front:organization", "Paul Adamu"],
    rows: []
  },
  "F2: 'seized 30 miners and two engineers escaped, including B' seizes no B": {
    s: "The Delta Front seized 30 miners and two engineers escaped, including Paul Adamu.",
    m: ["Delta Front:organization", "Paul Adamu"],
    rows: []
  },
  "F2 kept: 'kidnapped bakers and three cooks, including B' still takes B": {
    s: "The Delta Front kidnapped bakers and three cooks, including Paul Adamu, on Monday.",
    m: ["Delta Front:organization", "Paul Adamu"],
    rows: ["Delta Front -abducted-> Paul Adamu"]
  }
};

describe("mend 33 arguments", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
