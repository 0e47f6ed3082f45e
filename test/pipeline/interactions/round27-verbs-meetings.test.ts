/**
 * Stage 07 on invented sentences (round 27): meetings told by a trip's or a plan's purpose ("came to X to see
 * B", "is due to see B") and by a handshake ("A shook hands with B"). Negatives: "to see B play" (a sight),
 * a wish ("wanted to see B"), a refused handshake, a handshake at a game.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A came to X to see B → A met B (and visited X)": {
    s: "The Danish consul, Erik Holm, came to Tarsa on Friday evening to see Marta Lind.",
    m: ["Erik Holm", "Tarsa:place", "Marta Lind"],
    rows: ["Erik Holm -visited-> Tarsa", "Erik Holm -met-> Marta Lind"]
  },
  "A is expected to see B and C at X → A met B and C (planned)": {
    s: "Bishop Paulo Reis is expected to see Ana Moura and Rui Sal at the city hospital on Monday.",
    m: ["Paulo Reis", "Ana Moura", "Rui Sal"],
    rows: ["Paulo Reis -met-> Ana Moura", "Paulo Reis -met-> Rui Sal"],
    modality: "planned"
  },
  "A flew home to see B → A met B": {
    s: "Oil worker Jonas Berg flew home to see his daughter, Lisa Berg, after the storm.",
    m: ["Jonas Berg", "Lisa Berg"],
    rows: ["Jonas Berg -met-> Lisa Berg"]
  },
  "A shook hands with B (talks told) → A met B": {
    s: "Rebel commander Ivo Dragan shook hands with Colonel Petra Sand at the checkpoint before the ceasefire talks.",
    m: ["Ivo Dragan", "Petra Sand"],
    rows: ["Ivo Dragan -met-> Petra Sand"]
  },
  "negative (review 27 verbs F7): a handshake with no talks told is sport or ceremony": {
    s: "Nadia Kern shook hands with Ivo Dragan at the net after the third set.",
    m: ["Nadia Kern", "Ivo Dragan"],
    rows: []
  },

  "A and B shook hands → A met B": {
    s: "Mayor Lea Voss and union leader Karl Ek shook hands after the strike talks.",
    m: ["Lea Voss", "Karl Ek"],
    rows: ["Lea Voss -met-> Karl Ek"]
  },
  "negative: 'went to X to see B play' is a sight": {
    s: "Lea Voss went to the stadium to see Karl Ek play.",
    m: ["Lea Voss", "Karl Ek"],
    rows: []
  },
  "negative: 'wanted to see B' is a wish, no trip": {
    s: "Lea Voss wanted to see Karl Ek before the vote.",
    m: ["Lea Voss", "Karl Ek"],
    rows: []
  },
  "negative: 'refused to shake hands with B'": {
    s: "Lea Voss refused to shake hands with Karl Ek.",
    m: ["Lea Voss", "Karl Ek"],
    rows: []
  },
  "negative: a handshake before a final is the game's ritual": {
    s: "Captains Lea Voss and Karl Ek shook hands before the cup final.",
    m: ["Lea Voss", "Karl Ek"],
    rows: []
  }
};

describe("findInteractions: meetings told by a visit's purpose or a handshake (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});

// Known miss (review 27 verbs F7): "A and B shook hands" pairs its coordinated subjects whatever their kind, so two
// countries "shaking hands on a trade deal" still meet (personOnly filters only a verb's objects).
it.fails("known miss: countries shaking hands on a deal are no meeting in person", () => {
  check({s: "Ruritania and Borduria shook hands on a trade deal.", m: ["Ruritania:country", "Borduria:country"], rows: []});
});
