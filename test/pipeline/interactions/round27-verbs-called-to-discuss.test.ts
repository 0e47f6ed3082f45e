/**
 * Stage 07 on invented sentences (round 27): "A called / rang B (on Monday) to discuss / review / go over …" is a
 * call told with no typed content → A met B. Negatives: "called B a liar", "called B to testify", "called B to
 * the stand", "called on B to …" (a call on B), a media outlet.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A called B on <day> to discuss … → A met B": {
    s: "Premier Oskar Veld called Governor Rosa Ilic on Tuesday to discuss the flood defences.",
    m: ["Oskar Veld", "Rosa Ilic"],
    rows: ["Oskar Veld -met-> Rosa Ilic"]
  },
  "A rang B to go over … → A met B": {
    s: "Union leader Marta Kohl rang Karl Ek to go over the wage offer.",
    m: ["Marta Kohl", "Karl Ek"],
    rows: ["Marta Kohl -met-> Karl Ek"]
  },
  "negative: 'called B a liar' names B, no call": {
    s: "Oskar Veld called Rosa Ilic a liar during the debate.",
    m: ["Oskar Veld", "Rosa Ilic"],
    rows: []
  },
  "negative: 'called B to testify' is a summons": {
    s: "Judge Oskar Veld called Rosa Ilic to testify about the contracts.",
    m: ["Oskar Veld", "Rosa Ilic"],
    rows: []
  },
  "negative: 'called B to the stand'": {
    s: "Oskar Veld called Rosa Ilic to the stand on Monday.",
    m: ["Oskar Veld", "Rosa Ilic"],
    rows: []
  },
  "negative: 'called on B to …' stays a call on B": {
    s: "Oskar Veld called on Rosa Ilic to discuss the budget in parliament.",
    m: ["Oskar Veld", "Rosa Ilic"],
    rows: ["Oskar Veld -called_on-> Rosa Ilic"]
  }
};

describe("findInteractions: a call made to talk something over is a meeting (round 27)", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
