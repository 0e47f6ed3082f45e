/**
 * Stage 07 on invented sentences (round 32): "A raised <a matter> with B" is a talk with B, a meeting (the held-out golds
 * type it met four times, negotiated once, asked never). Money raised, children reared, a thing lifted "with" someone, a
 * game's trophy or a media outlet are none (interactions/raised-topics.ts, model RAISED_NOT_TOPIC_WORDS).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A raised the strike with B on the sidelines of the summit' → A met B": {
    s: "Chancellor Tom Hale raised the dock strike with Prime Minister Otto Berg on the sidelines of the summit.",
    m: ["Tom Hale", "Otto Berg"],
    rows: ["Tom Hale -met-> Otto Berg"]
  },
  "positive: 'A raised the case with her counterpart, B, last month' → A met B": {
    s: "Foreign Minister Lena Dahl raised the case with her Chilean counterpart, Jorge Pinto, in Lima last month.",
    m: ["Lena Dahl", "Jorge Pinto", "Lima:place"],
    rows: ["Lena Dahl -met-> Jorge Pinto"]
  },
  "positive: 'the union raised the overtime dispute with the port authority' (organisations) → met": {
    s: "The Dockers Union raised the overtime dispute with the Port Authority on Tuesday.",
    m: ["Dockers Union:organization", "Port Authority:organization"],
    rows: ["Dockers Union -met-> Port Authority"]
  },
  "positive: 'A raised the flood defences with B during a visit to X' → A met B (and visited X)": {
    s: "Mayor Rosa Quint raised the flood defences with Governor Otto Brandt during a visit to Dorfield.",
    m: ["Rosa Quint", "Otto Brandt", "Dorfield:place"],
    rows: ["Rosa Quint -met-> Otto Brandt", "Rosa Quint -visited-> Dorfield"]
  },
  "different row (a named person's case: 'A had raised B's case with C'): a plea for B, A asked C": {
    s: "The federation said Ghana had raised Kofi Mensah's case with the Accra Hearts board.",
    m: ["Ghana:country", "Kofi Mensah", "Accra Hearts:organization"],
    rows: ["Ghana -asked-> Accra Hearts"]
  },
  "negative (money: 'raised 2 million euros with B'): no row": {
    s: "Tom Hale raised 2 million euros with Otto Berg for the flood victims.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (a family: 'raised three children with her husband B'): no row": {
    s: "Ana Lee raised three children with her husband Otto Berg in Dorfield.",
    m: ["Ana Lee", "Otto Berg", "Dorfield:place"],
    rows: []
  },
  "negative (a game: 'raised the trophy with captain B after the final'): no row": {
    s: "The Rovers raised the trophy with captain Otto Berg after the final.",
    m: ["Rovers:organization", "Otto Berg"],
    rows: []
  },
  "negative (mend 32 F6, a child reared, the passive: 'A, who was raised with B in X, …'): no row": {
    s: "Mara Tull, who was raised with her cousin Piet Vos on a farm near Brisk, became the port's first female pilot.",
    m: ["Mara Tull", "Piet Vos", "Brisk:place"],
    rows: []
  },
  "negative (mend 32 F6, an alarm raised: 'A raised the alarm with a neighbour, B'): no row": {
    s: "The night porter, Lars Eng, raised the alarm with a neighbour, Piet Vos, when smoke filled the stairwell.",
    m: ["Lars Eng", "Piet Vos"],
    rows: []
  },
  "negative (mend 32 F7, in writing: 'A raised the overtime claims with B in a letter'): no meeting": {
    s: "The nurses' representative, Mara Tull, raised the overtime claims with the hospital director, Lars Eng, in a letter last week.",
    m: ["Mara Tull", "Lars Eng"],
    rows: []
  },
  "negative (a media outlet: 'raised the matter with the BBC'): no row": {
    s: "Tom Hale raised the matter with the BBC on Monday.",
    m: ["Tom Hale", "BBC:media"],
    rows: []
  }
};

describe("findInteractions: round 32 matters raised with someone", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
