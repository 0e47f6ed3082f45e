/**
 * Stage 07 on invented sentences (round 23): "sat down for talks" is a meeting (model
 * interaction-verbs.ts, beside "held talks"):
 * - "A and B sat down for talks" → A met B, and a host of those talks meets both;
 * - "A sat down for talks with B" → A met B.
 * Negative: "sat down with" a media outlet is an interview, no meeting (not listed on purpose).
 * Review 23 F7: no row with a media outlet (flag `notMedia`), and "sit down for talks" after "to"
 * ("refused / declined / is willing / have yet to") is no meeting held.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative (review 23 F7, media: 'sat down for a meeting with Reuters'): no met row": {
    s: "Ann Ward sat down for a meeting with Reuters on Monday.",
    m: ["Ann Ward", "Reuters:media"],
    rows: []
  },
  "negative (review 23 F7, media: 'sat down for talks with the BBC's B'): no met row": {
    s: "Ann Ward sat down for talks with the BBC's Tom Hale.",
    m: ["Ann Ward", "BBC:media", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F7, media: 'with CNN's B about her new book'): no met row": {
    s: "Ann Ward sat down for talks with CNN's Tom Hale about her new book.",
    m: ["Ann Ward", "CNN:media", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F7, unrealised: 'refused to sit down for talks'): no met row": {
    s: "Ann Ward refused to sit down for talks with Tom Hale.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F7, unrealised: 'declined to sit down for talks'): no met row": {
    s: "Ann Ward declined to sit down for talks with Tom Hale.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "negative (review 23 F7, unrealised: 'have yet to sit down for talks'): no met row": {
    s: "Russia and Ukraine have yet to sit down for talks.",
    m: ["Russia:country", "Ukraine:country"],
    rows: []
  },
  "negative (review 23 F7, unrealised: 'is willing to sit down for talks'): no met row": {
    s: "Ann Ward is willing to sit down for talks with Tom Hale.",
    m: ["Ann Ward", "Tom Hale"],
    rows: []
  },
  "review 23 F7 kept: 'will sit down for talks' → a planned meeting": {
    s: "Ann Ward and Tom Hale will sit down for talks in May.",
    m: ["Ann Ward", "Tom Hale"],
    rows: ["Ann Ward -met-> Tom Hale"],
    modality: "planned"
  },
  "A and B sat down for talks hosted by C's <title>, D → A met B, D met both": {
    s: "On Monday, Denmark's fisheries minister Lena Brandt and the fishing industry chief Paul Odell sat down for talks hosted by Norway's trade minister, Rafe Molin.",
    m: ["Denmark:country", "Lena Brandt", "Paul Odell", "Norway:country", "Rafe Molin"],
    rows: ["Lena Brandt -met-> Paul Odell", "Rafe Molin -met-> Lena Brandt", "Rafe Molin -met-> Paul Odell"]
  },
  "A sat down for talks with B → A met B": {
    s: "Club chairman Lena Brandt sat down for talks with league director Paul Odell on Friday.",
    m: ["Lena Brandt", "Paul Odell"],
    rows: ["Lena Brandt -met-> Paul Odell"]
  },
  "negative (interview): A sat down with a broadcaster: no meeting": {
    s: "Amara Diallo sat down with Radio Dakar on Friday to explain the strike.",
    m: ["Amara Diallo", "Radio Dakar:media"],
    rows: []
  }
};

describe("stage 07 (round 23): sat down for talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
