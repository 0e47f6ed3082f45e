/**
 * Stage 07 on invented sentences (round 33): a request named with its asker, then the participle that carried it to its
 * addressee in commas. "A request from A, delivered / passed to B in February, …" → A asked B. Not to a place, not a
 * request denied, not a newsroom's request.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A request from A, delivered to B <when>, … → A asked B": {
    s: "A request from Jonas Eke, delivered to the Red Hand last spring, opened the way to the exchange, his aide said.",
    m: ["Jonas Eke", "Red Hand:organization"],
    rows: ["Jonas Eke -asked-> Red Hand"]
  },
  "A request from A, passed to B by a third party, … → A asked B": {
    s: "A request from Tom Berg, passed to Acme Steel by the union, was refused.",
    m: ["Tom Berg", "Acme Steel:organization"],
    rows: ["Tom Berg -asked-> Acme Steel"]
  },
  "The request of A, sent to B, … → A asked B": {
    s: "The request of the Velm Council, sent to the Harbour Authority last week, asks for new cranes.",
    m: ["Velm Council:organization", "Harbour Authority:organization"],
    rows: ["Velm Council -asked-> Harbour Authority"]
  },
  "negative: delivered to a place": {
    s: "A request from Tom Berg, delivered to Velm by courier, arrived late.",
    m: ["Tom Berg", "Velm:place"],
    rows: []
  },
  "negative: no request was made": {
    s: "There was no request from Tom Berg, delivered to the Delta Front or otherwise.",
    m: ["Tom Berg", "Delta Front:organization"],
    rows: []
  },
  "negative: a newsroom's request": {
    s: "A request from Reuters, sent to Acme Steel, went unanswered.",
    m: ["Reuters:media", "Acme Steel:organization"],
    rows: []
  }
};

describe("stage 07, round 33: requests carried in commas", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
