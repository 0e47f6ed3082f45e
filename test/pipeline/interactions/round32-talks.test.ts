/**
 * Stage 07 on invented sentences (round 32): talks told without a meeting verb.
 * - "A and B talked for hours / for most of the afternoon", "A talked for an hour with B" → A met B (model TALKED_SPANS);
 * - "A and B went through the list / the draft line by line" → A met B (model WENT_THROUGH_DOCUMENTS);
 * - "A will fly to X on Monday for talks with B", "A is due in X for talks with B" → A met B, planned.
 * Not talks only called for or offered ("ready for talks with B"), not a broadcast ("talked for hours on the podcast",
 * interactions/talk-spans.ts), not a game ("went through the group stage"), not a negated talk.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A and B talked for most of the afternoon' → A met B": {
    s: "Union leader Karl Moss and Lena Dahl of Acme Steel talked for most of the afternoon, two officials said.",
    m: ["Karl Moss", "Lena Dahl", "Acme Steel:organization"],
    rows: ["Karl Moss -met-> Lena Dahl"]
  },
  "positive: 'A and B talked for much of the night before the vote' → A met B": {
    s: "Mara Tull and Piet Vos talked for much of the night before the vote, an aide to the mayor said.",
    m: ["Mara Tull", "Piet Vos"],
    rows: ["Mara Tull -met-> Piet Vos"]
  },
  "positive: 'A talked for an hour with B' → A met B": {
    s: "Mayor Ana Lee talked for an hour with the dam's operator, Otto Berg.",
    m: ["Ana Lee", "Otto Berg"],
    rows: ["Ana Lee -met-> Otto Berg"]
  },
  "positive: 'A and B went through the list of demands line by line' → A met B": {
    s: "Karl Moss and Lena Dahl went through the list of demands line by line.",
    m: ["Karl Moss", "Lena Dahl"],
    rows: ["Karl Moss -met-> Lena Dahl"]
  },
  "positive: 'A will fly to X next week for talks with B' → A met B, planned (and visited X)": {
    s: "The ferry crews' spokeswoman, Ines Vidal, will fly to Lisbon next week for talks with Jorge Pinto.",
    m: ["Ines Vidal", "Lisbon:place", "Jorge Pinto"],
    rows: ["Ines Vidal -visited-> Lisbon", "Ines Vidal -met-> Jorge Pinto"],
    modality: "planned"
  },
  "positive: 'A is due in X on Friday for talks with B' → A met B, planned": {
    s: "Tom Hale is due in Oslo on Friday for talks with Otto Berg.",
    m: ["Tom Hale", "Oslo:place", "Otto Berg"],
    rows: ["Tom Hale -visited-> Oslo", "Tom Hale -met-> Otto Berg"],
    modality: "planned"
  },
  "negative (talks offered: 'said he was ready for talks with B'): no row": {
    s: "Tom Hale said he was ready for talks with Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (talks called for: 'called for talks with B'): no meeting": {
    s: "The striking nurses' leader, Tom Hale, called for talks with Otto Berg.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (mend 32 F4, refused: 'A refused to travel to X for talks with B'): no meeting (the trip stays hypothetical)": {
    s: "The ferry union's leader, Rosa Quint, refused to travel to Velm for talks with Mayor Jorge Pinto.",
    m: ["Rosa Quint", "Velm:place", "Jorge Pinto"],
    rows: ["Rosa Quint -visited-> Velm"],
    modality: "hypothetical"
  },
  "negative (mend 32 F4, only invited: 'A has been invited to X for talks with B'): no meeting": {
    s: "Rosa Quint has been invited to Velm for talks with Jorge Pinto.",
    m: ["Rosa Quint", "Velm:place", "Jorge Pinto"],
    rows: []
  },
  "negative (a broadcast: 'A and B talked for hours on the podcast'): no row": {
    s: "Tom Hale and Otto Berg talked for hours on the Sports Hour podcast.",
    m: ["Tom Hale", "Otto Berg", "Sports Hour:media"],
    rows: []
  },
  "negative (mend 32 F10, before the press: 'A and B talked for an hour at a press conference'): no meeting": {
    s: "The two coaches, Lars Eng and Piet Vos, talked for an hour at a joint press conference in Brisk.",
    m: ["Lars Eng", "Piet Vos", "Brisk:place"],
    rows: []
  },
  "negative (mend 32 F10, on air: 'A talked for an hour with B on the radio'): no meeting": {
    s: "Mara Tull talked for an hour with Piet Vos on the radio about the harbour closure.",
    m: ["Mara Tull", "Piet Vos"],
    rows: []
  },
  "negative (a game: 'A and B went through the group stage unbeaten'): no row": {
    s: "Tom Hale and Otto Berg went through the group stage unbeaten.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (negated: 'A and B did not talk for long'): no row": {
    s: "Tom Hale and Otto Berg did not talk for long.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  }
};

describe("findInteractions: round 32 talks told without a meeting verb", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
