/**
 * Stage 07 on invented sentences (round 34): the second side of a go-between's gathering told after "together with".
 * "A brought B together with C for talks" → A mediated B and C; the side is the name heading the phrase after "with".
 * Not without a word of talks, not a place after "with", not a phrase that runs on past a name.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A brought B together with C for talks → A mediated both": {
    s: "Lena Ortiz brought Tom Berg together with Omar Saleh for talks on the strike.",
    m: ["Lena Ortiz", "Tom Berg", "Omar Saleh"],
    rows: ["Lena Ortiz -mediated-> Tom Berg", "Lena Ortiz -mediated-> Omar Saleh"]
  },
  "a described side: the name heading the phrase, not the body inside it": {
    s: "A wage deal followed after the governor, Ana Ruiz, brought Ivo Brandt together with the veteran Dockers Union figure Karl Moss on Tuesday.",
    m: ["Ana Ruiz", "Ivo Brandt", "Dockers Union:organization", "Karl Moss"],
    rows: ["Ana Ruiz -mediated-> Ivo Brandt", "Ana Ruiz -mediated-> Karl Moss"]
  },
  "a hyphenated name after a possessive body": {
    s: "The ceasefire talks began after Norway brought the Delta Front together with Acme Oil's negotiator Ali al-Masri in Oslo.",
    m: ["Norway:country", "Delta Front:organization", "Acme Oil:organization", "Ali al-Masri", "Oslo:place"],
    rows: ["Norway -mediated-> Delta Front", "Norway -mediated-> Ali al-Masri"]
  },
  "negative: no word of talks (a concert)": {
    s: "Lena Ortiz brought Tom Berg together with Omar Saleh for a concert.",
    m: ["Lena Ortiz", "Tom Berg", "Omar Saleh"],
    rows: []
  },
  "negative: a place after 'together with' is no side": {
    s: "Lena Ortiz brought Tom Berg together with Velm for talks.",
    m: ["Lena Ortiz", "Tom Berg", "Velm:place"],
    rows: ["Lena Ortiz -mediated-> Tom Berg"]
  },
  "negative: the name is not the phrase's head": {
    s: "Lena Ortiz brought Tom Berg together with Omar Saleh's lawyers for talks.",
    m: ["Lena Ortiz", "Tom Berg", "Omar Saleh"],
    rows: ["Lena Ortiz -mediated-> Tom Berg"]
  }
};

describe("stage 07, round 34: the side after 'together with'", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
