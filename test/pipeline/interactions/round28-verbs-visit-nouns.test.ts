/**
 * Stage 07 on invented sentences (round 28): a visit told as a noun. "A paid a (brief / surprise / working) visit to X",
 * "A made a trip to X" → A visited X, as "A visited X"; "is due to pay a visit to X" is a plan. Negatives: a visit
 * paid to no named place or person, a team's away fixture, a storm's "visit", a trip's words with no "to" of a destination; a visit refused
 * is hypothetical.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A paid a surprise visit to X → A visited X": {
    s: "Interior Minister Selim Oz paid a surprise visit to Malatya on Sunday.",
    m: ["Selim Oz", "Malatya:place"],
    rows: ["Selim Oz -visited-> Malatya"]
  },
  "A made a trip to X → A visited X": {
    s: "The labour minister, Ana Vidal, made a trip to Setubal to see the striking dockers.",
    m: ["Ana Vidal", "Setubal:place"],
    rows: ["Ana Vidal -visited-> Setubal"]
  },
  "A is due to pay a working visit to X → A visited X (planned)": {
    s: "Rosa Ibarra is due to pay a working visit to Trujillo next week.",
    m: ["Rosa Ibarra", "Trujillo:place"],
    rows: ["Rosa Ibarra -visited-> Trujillo"],
    modality: "planned"
  },
  "negative: a visit paid to a place no one names": {
    s: "Selim Oz paid a visit to the damaged dam, Ana Vidal said.",
    m: ["Selim Oz", "Ana Vidal"],
    rows: []
  },
  "a visit refused is hypothetical": {
    s: "Selim Oz refused to pay a visit to Malatya.",
    m: ["Selim Oz", "Malatya:place"],
    rows: ["Selim Oz -visited-> Malatya"],
    modality: "hypothetical"
  },
  "negative: a team's away fixture": {
    s: "Ajax paid a visit to Rotterdam for Sunday's match.",
    m: ["Ajax:organization", "Rotterdam:place"],
    rows: []
  },
  "negative: a visit paid by a thing, not an actor": {
    s: "The storm paid a visit to Malatya on Sunday.",
    m: ["Malatya:place"],
    rows: []
  },
  "negative: a trip made for a sale, no destination after 'to'": {
    s: "Selim Oz made a trip worth a fortune for Malatya's club.",
    m: ["Selim Oz", "Malatya:place"],
    rows: []
  }
};

describe("round 28 verbs: visits told as a noun", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
