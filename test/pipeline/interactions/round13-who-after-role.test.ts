/**
 * Stage 07 on invented sentences (round 13): in "B, a <role> of the X council/clan/union, who
 * …" the relative clause is B's, even when B follows "by" ("was brokered by B, an elder of …"),
 * never the act of the body that ends the apposition.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const whoCases: Record<string, Case> = {
  "brokered by B, an elder of the X clan, who negotiated with G → B negotiated": {
    s: "The water-sharing deal was brokered by Omar Said, an elder of the Nuer clan, who negotiated with Red Hand commanders for a month.",
    m: ["Omar Said", "Nuer:group", "Red Hand:group"],
    rows: ["Omar Said -negotiated-> Red Hand"]
  },
  "B, a member of the X union, who met C → B met C": {
    s: "Omar Said, a member of the Dockers Union, who met Karl Dahl on Monday, called off the strike.",
    m: ["Omar Said", "Dockers Union:organization", "Karl Dahl"],
    rows: ["Omar Said -met-> Karl Dahl"]
  },
  "negative: 'which' after the body is the body's": {
    s: "Omar Said, a member of the Dockers Union, which met Karl Dahl on Monday, stayed home.",
    m: ["Omar Said", "Dockers Union:organization", "Karl Dahl"],
    rows: ["Dockers Union -met-> Karl Dahl"]
  }
};

describe("findInteractions: 'who' after an apposition naming a body", () => {
  it.each(Object.entries(whoCases))("%s", (_label, c) => check(c));
});
