/**
 * Stage 07 on invented sentences (round 14): requests told as nouns or after a meeting.
 * - "A hosted X elders and asked them to spare B" → A asked X ("them" is the body met);
 * - "B, released by X at A's request, …" → A asked X (the participle's agent acted);
 * - "a X commander said the movement had acted on a request from A" → A asked X (the one group
 *   named before "the movement").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const themCases: Record<string, Case> = {
  "A hosted X elders and asked them to spare … → A asked X": {
    s: "Karl Dahl hosted Delta Front elders at his farm and asked them to spare the bridge.",
    m: ["Karl Dahl", "Delta Front:group"],
    rows: ["Karl Dahl -met-> Delta Front", "Karl Dahl -asked-> Delta Front"]
  },
  "negative: 'asked them about' is no request to act": {
    s: "Envoy Karl Dahl met the Delta Front in Tarma and asked them about the engineers.",
    m: ["Karl Dahl", "Delta Front:group", "Tarma:place"],
    rows: ["Karl Dahl -met-> Delta Front"]
  },
  "negative: persons and a body met, 'them' is not the body alone": {
    s: "Envoy Karl Dahl met Ana Ruiz and the Delta Front in Tarma and asked them to free the engineers.",
    m: ["Karl Dahl", "Ana Ruiz", "Delta Front:group", "Tarma:place"],
    rows: ["Karl Dahl -met-> Ana Ruiz", "Karl Dahl -met-> Delta Front"]
  }
};

const nounCases: Record<string, Case> = {
  "B, released by X at A's request, … → A asked X": {
    s: "The engineers, released by the Delta Front at Chile's request, flew home to Ana Ruiz.",
    m: ["Delta Front:group", "Chile:country", "Ana Ruiz"],
    rows: ["Chile -asked-> Delta Front"]
  },
  "a X commander said the movement had acted on a request from A → A asked X": {
    s: "Asked why, a Delta Front commander said the movement had acted on a request from Bishop Ana Ruiz.",
    m: ["Delta Front:group", "Ana Ruiz"],
    rows: ["Ana Ruiz -asked-> Delta Front"]
  },
  "negative: two bodies named, 'the group' is neither": {
    s: "Both the Delta Front and the Kasai Rangers hold miners in Tarma, and a priest said the group had acted on a request from Ana Ruiz.",
    m: ["Delta Front:group", "Kasai Rangers:group", "Tarma:place", "Ana Ruiz"],
    rows: []
  }
};

const helperCases: Record<string, Case> = {
  "with the help of the <title> of X, C, X read as a person: C alone helped": {
    s: "Ana Ruiz freed the two divers on Sunday, with help from the mayor of Wadi Sur, Karl Dahl.",
    m: ["Ana Ruiz", "Wadi Sur", "Karl Dahl"],
    rows: ["Karl Dahl -assisted-> Ana Ruiz"]
  },
  "with the help of A, B and C: all three helped": {
    s: "The Kasai Rangers freed the two divers on Sunday, with the help of Ana Ruiz, Karl Dahl and Tomas Vik.",
    m: ["Kasai Rangers:group", "Ana Ruiz", "Karl Dahl", "Tomas Vik"],
    rows: ["Ana Ruiz -assisted-> Kasai Rangers", "Karl Dahl -assisted-> Kasai Rangers", "Tomas Vik -assisted-> Kasai Rangers"]
  }
};

describe("findInteractions: 'asked them' after meeting a body", () => {
  it.each(Object.entries(themCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: requests told as nouns", () => {
  it.each(Object.entries(nounCases))("%s", (_label, c) => check(c));
});

describe("findInteractions: the helper named after a title", () => {
  it.each(Object.entries(helperCases))("%s", (_label, c) => check(c));
});
