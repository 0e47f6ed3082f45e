/**
 * Stage 07 on invented sentences (round 13): a listed person written after a nationality, with
 * or without a lowercase trade ("and Peruvian B", "as well as Chilean nurse B", "and Bolivians
 * B"), is a conjunct of the object list. Only a listed nationality opens it.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const nationalCases: Record<string, Case> = {
  "G set free A, as well as <Nationality> <trade> B → both released": {
    s: "The river pirates set free Lena Ortiz, as well as Peruvian nurse Tomas Vik, on Friday.",
    m: ["river pirates:group", "Lena Ortiz", "Tomas Vik"],
    rows: ["river pirates -released-> Lena Ortiz", "river pirates -released-> Tomas Vik"]
  },
  "G freed A and <Nationality> B → both released": {
    s: "Police freed Lena Ortiz and Chilean Tomas Vik after the flood rescue.",
    m: ["Police:organization", "Lena Ortiz", "Tomas Vik"],
    rows: ["Police -released-> Lena Ortiz", "Police -released-> Tomas Vik"]
  },
  "A met B and <plural demonym> C and D → all met": {
    s: "The striking dockers' leader Ines Moura met Karl Dahl and Bolivians Ana Ruiz and Juan Soto in the port.",
    m: ["Ines Moura", "Karl Dahl", "Ana Ruiz", "Juan Soto"],
    rows: ["Ines Moura -met-> Karl Dahl", "Ines Moura -met-> Ana Ruiz", "Ines Moura -met-> Juan Soto"]
  },
  "negative: a capitalised word that is no nationality ('and Monday B') opens nothing": {
    s: "Police freed Lena Ortiz and Monday Tomas Vik returned home.",
    m: ["Police:organization", "Lena Ortiz", "Tomas Vik"],
    rows: ["Police -released-> Lena Ortiz"]
  },
  "negative: a nationality before a plural and a place is no listed person": {
    s: "Police freed Lena Ortiz and Chilean workers in Tomas Vik's warehouse.",
    m: ["Police:organization", "Lena Ortiz", "Tomas Vik"],
    rows: ["Police -released-> Lena Ortiz"]
  }
};

describe("findInteractions: a nationality before a listed person", () => {
  it.each(Object.entries(nationalCases))("%s", (_label, c) => check(c));
});
