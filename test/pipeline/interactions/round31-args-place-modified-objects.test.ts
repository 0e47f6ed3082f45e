/**
 * Stage 07, round 31 (subjects and objects): an object described with a place as its first modifier and then
 * named in commas, after a relative clause or straight away: "accused the Oslo ferry company that ran the
 * crossing, Fjord Lines, of …", "blamed the Lagos bus firm, Eko Lines, for …" → the named company, not the place
 * (arguments.ts objectsAfter, namedAfterPlaceModifier, namedAfterRelative). Before, the place was the object.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A accused the <place> company that ran the route, B, of …": {
    s: "Mark Hale accused the Oslo ferry company that ran the crossing, Fjord Lines, of cutting corners on safety.",
    m: ["Mark Hale", "Oslo:place", "Fjord Lines:organization"],
    rows: ["Mark Hale -criticized-> Fjord Lines"]
  },
  "A blamed the <place> firm, B, for …": {
    s: "The mayor, Ada Obi, blamed the Lagos bus firm, Eko Lines, for the crash.",
    m: ["Ada Obi", "Lagos:place", "Eko Lines:organization"],
    rows: ["Ada Obi -criticized-> Eko Lines"]
  },
  "A criticised the <place> football club that owns the ground, B, for …": {
    s: "Lena Vos criticised the Leeds football club that owns the stadium, Aire Sports, for the delays.",
    m: ["Lena Vos", "Leeds:place", "Aire Sports:organization"],
    rows: ["Lena Vos -criticized-> Aire Sports"]
  },
  "negative: the place's company with no name after it keeps the old reading, a speech tag after the relative clause": {
    s: "Mark Hale accused the Oslo ferry company that ran the crossing, Lena Vos said, of cutting corners.",
    m: ["Mark Hale", "Oslo:place", "Lena Vos"],
    rows: ["Mark Hale -criticized-> Oslo"]
  },
  "A accused the <place> harbour master, B, of … (a person named after the place's office)": {
    s: "Mark Hale accused the Oslo harbour master, Lena Vos, of lying.",
    m: ["Mark Hale", "Oslo:place", "Lena Vos"],
    rows: ["Mark Hale -criticized-> Lena Vos"]
  },
  "negative: the company's name opens a speech tag at the sentence end (no apposition)": {
    s: "Mark Hale accused the Oslo ferry company that ran the crossing of cutting corners, Fjord Lines said.",
    m: ["Mark Hale", "Oslo:place", "Fjord Lines:organization"],
    rows: ["Mark Hale -criticized-> Oslo"]
  },
  "negative: a game, beat the <place> chess club that won the cup, B (no verb of the stage)": {
    s: "Mark Hale beat the Oslo chess club that won the cup, Nord Chess, on Sunday.",
    m: ["Mark Hale", "Oslo:place", "Nord Chess:organization"],
    rows: []
  },
  "negative: a conjunct, thanked <place> and its mayor, B (two objects, the place kept)": {
    s: "Mark Hale thanked the Oslo council and its mayor, Lena Vos, for the help.",
    m: ["Mark Hale", "Oslo:place", "Lena Vos"],
    rows: ["Mark Hale -thanked-> Oslo"]
  }
};

describe("round 31: 'accused the <place> company (that ran the route), B, of …' → B", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
