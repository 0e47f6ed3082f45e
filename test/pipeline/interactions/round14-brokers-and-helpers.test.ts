/**
 * Stage 07 on invented sentences (round 14): deals, help and meetings set up by a third party,
 * and a person sent on a trip.
 * - "A brokered a truce with B" → A negotiated with B (one side, no go-between);
 * - "…, with help from C" / "…, with the help of the <title> of X, C" → C assisted the doer;
 * - "A set up a meeting between B and C" → A mediated B and C (who still meet);
 * - "A dispatched its negotiator B to X", "A sent B, an engineer, to the <noun> of X" → B visited X;
 * - "thanked B during a radio call on Friday and asked C" → the thanker asks C ("call on Friday" is
 *   no call on anyone).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const dealCases: Record<string, Case> = {
  "A brokered a new truce with X → A negotiated with X": {
    s: "Last spring Chile brokered a new truce with the Delta Front after the mine flooded.",
    m: ["Chile:country", "Delta Front:group"],
    rows: ["Chile -negotiated-> Delta Front"]
  },
  "A brokered the deal between X and Y stays a mediation": {
    s: "Norway brokered the deal between the dockers' union and Maersk in May.",
    m: ["Norway:country", "Maersk:organization"],
    rows: []
  },
  "negative: 'with X's help' names a helper, no party": {
    s: "Chile brokered the accord with Peru's help.",
    m: ["Chile:country", "Peru:country"],
    rows: []
  }
};

const helpCases: Record<string, Case> = {
  "…, with help from C → C assisted the doer": {
    s: "Ana Ruiz met the Delta Front in Tarma on Monday, with help from Norway.",
    m: ["Ana Ruiz", "Delta Front:group", "Tarma:place", "Norway:country"],
    rows: ["Ana Ruiz -met-> Delta Front", "Norway -assisted-> Ana Ruiz"]
  },
  "…, with the help of the <title> of X, C → C assisted the releaser": {
    s: "The Delta Front freed the last two miners on Sunday, with the help of the mayor of Tarma, Karl Dahl.",
    m: ["Delta Front:group", "Tarma:place", "Karl Dahl"],
    rows: ["Karl Dahl -assisted-> Delta Front"]
  },
  "negative: help of someone's family is not that person's": {
    s: "Ana Ruiz rebuilt the clinic, with the help of Karl Dahl's family.",
    m: ["Ana Ruiz", "Karl Dahl"],
    rows: []
  },
  "negative: help joined by 'and' to a reason names no helper of a doer": {
    s: "The Delta Front freed Tomas Vik on a request from Chile and with the help of Peru.",
    m: ["Delta Front:group", "Tomas Vik", "Chile:country", "Peru:country"],
    rows: ["Delta Front -released-> Tomas Vik"]
  }
};

const arrangedCases: Record<string, Case> = {
  "A set up a meeting between B and C elders → A mediated both, B met C": {
    s: "In May the bishop Karl Dahl set up a meeting between Ana Ruiz and Delta Front elders in his parish hall.",
    m: ["Karl Dahl", "Ana Ruiz", "Delta Front:group"],
    rows: ["Ana Ruiz -met-> Delta Front", "Karl Dahl -mediated-> Ana Ruiz", "Karl Dahl -mediated-> Delta Front"]
  },
  "A organised direct talks between X and Y → mediated, and X negotiated Y": {
    s: "Switzerland organised direct talks between Chile and Peru over the border dam.",
    m: ["Switzerland:country", "Chile:country", "Peru:country"],
    rows: ["Chile -negotiated-> Peru", "Switzerland -mediated-> Chile", "Switzerland -mediated-> Peru"]
  },
  "negative: talks that were arranged name no arranger": {
    s: "Ana Ruiz said the talks between Chile and Peru had been arranged in May.",
    m: ["Ana Ruiz", "Chile:country", "Peru:country"],
    rows: ["Chile -negotiated-> Peru"]
  }
};

const sentCases: Record<string, Case> = {
  "A dispatched its <title> B to X → B visited X": {
    s: "To calm the strikers the ministry dispatched its best negotiator Karl Dahl to Tarma.",
    m: ["Karl Dahl", "Tarma:place"],
    rows: ["Karl Dahl -visited-> Tarma"]
  },
  "A sent B, an engineer, to the <noun> of X → B visited X": {
    s: "After the cyclone the ministry sent Ana Ruiz, an engineer, to the fishing port of Pemba.",
    m: ["Ana Ruiz", "Pemba:place"],
    rows: ["Ana Ruiz -visited-> Pemba"]
  },
  "negative: a thing sent to X is no trip": {
    s: "Ana Ruiz sent Karl Dahl a letter to Lima.",
    m: ["Ana Ruiz", "Karl Dahl", "Lima:place"],
    rows: []
  },
  "negative: sent to prison in X is no visit": {
    s: "The court sent Karl Dahl to prison in Lima.",
    m: ["Karl Dahl", "Lima:place"],
    rows: []
  }
};

const callNounCases: Record<string, Case> = {
  "A thanked B during a radio call on <day> and asked C → A asked C": {
    s: "Ana Ruiz thanked Karl Dahl during a radio call on Friday and asked Peru to keep the pumps running.",
    m: ["Ana Ruiz", "Karl Dahl", "Peru:country"],
    d: ["Friday=2025-10-10"],
    rows: ["Ana Ruiz -thanked-> Karl Dahl", "Ana Ruiz -asked-> Peru"]
  },
  "a call on someone stays a call": {
    s: "Ana Ruiz, in a radio call on Friday, called on Peru to open the dam.",
    m: ["Ana Ruiz", "Peru:country"],
    d: ["Friday=2025-10-10"],
    rows: ["Ana Ruiz -called_on-> Peru"]
  }
};

describe("findInteractions: a deal brokered with one side", () => {
  it.each(Object.entries(dealCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: with (the) help of/from a named helper", () => {
  it.each(Object.entries(helpCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a meeting or talks arranged between parties", () => {
  it.each(Object.entries(arrangedCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a person sent to a place", () => {
  it.each(Object.entries(sentCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: a phone call on a day is no call on anyone", () => {
  it.each(Object.entries(callNounCases))("%s", (_label, c) => check(c));
});
