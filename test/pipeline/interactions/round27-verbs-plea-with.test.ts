/**
 * Stage 07 on invented sentences (round 27): a plea brought to someone, "A turned to B with a request / an
 * appeal / a plea (to …)", "A approached B with a petition" → A called on B. Negatives: "with a smile", "with a
 * knife", "turned to B" with no plea, "turned to page 4".
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A turned to B with a request to <verb> → A called on B": {
    s: "The fisherman's wife, Rosa Ilic, turned to Governor Jan Pohl with a request to search the islands again.",
    m: ["Rosa Ilic", "Jan Pohl"],
    rows: ["Rosa Ilic -called_on-> Jan Pohl"]
  },
  "A had turned to B with an appeal → A called on B": {
    s: "Union leader Marta Kohl had turned to the Labour Ministry with an appeal for mediation.",
    m: ["Marta Kohl", "Labour Ministry:organization"],
    rows: ["Marta Kohl -called_on-> Labour Ministry"]
  },
  "A approached B with a petition → A called on B": {
    s: "Villagers' spokesman Emil Hart approached Mayor Lea Sand with a petition signed by 900 residents.",
    m: ["Emil Hart", "Lea Sand"],
    rows: ["Emil Hart -called_on-> Lea Sand"]
  },
  "negative: 'turned to B with a smile'": {
    s: "Marta Kohl turned to Jan Pohl with a smile.",
    m: ["Marta Kohl", "Jan Pohl"],
    rows: []
  },
  "negative: 'approached B with a knife' is a threat, no plea": {
    s: "Emil Hart approached Lea Sand with a knife.",
    m: ["Emil Hart", "Lea Sand"],
    rows: []
  },
  "negative: 'turned to B' for a pass in a game": {
    s: "Striker Emil Hart turned to Lea Sand and passed the ball.",
    m: ["Emil Hart", "Lea Sand"],
    rows: []
  }
};

describe("findInteractions: a plea brought to someone with a request (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
