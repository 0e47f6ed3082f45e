/**
 * Stage 07 on invented sentences (round 26): an object written as an office noun with its body or
 * seat, then the holder's name in commas, is that person: "met the head of the union, B, on Monday",
 * "received Kenya's ambassador in Oslo, B", "freed a member of the X club, B" → B
 * (arguments.ts officeRoleBefore, officeHolderAfter in objectsAfter and titled; model OFFICE_ROLE_NOUNS).
 * Negatives: a speech tag after the name ("met the head of the union, B said"), a kin noun ("the
 * father of the victim, B": either may be named), a possessive name ("the head of the union, B's
 * husband"), and a person inside the body ("the envoy of President C, B").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A met the head of the union, B, on Monday' → A met B": {
    s: "Piet Claes met the head of the dockers' union, Lena Roth, on Monday.",
    m: ["Piet Claes", "Lena Roth"],
    rows: ["Piet Claes -met-> Lena Roth"]
  },
  "positive: 'A received X's ambassador in Y, B, at his request' → A met B": {
    s: "Jonas Dahl received Ghana's ambassador in Oslo, Kofi Boateng, at his request.",
    m: ["Jonas Dahl", "Ghana:country", "Oslo:place", "Kofi Boateng"],
    rows: ["Jonas Dahl -met-> Kofi Boateng"]
  },
  "positive: 'A freed a member of the X club, B, on Friday' → A released B": {
    s: "The Tamba Front freed a member of the Ruritanian Rowing Club, Ana Vidal, on Friday.",
    m: ["Tamba Front:group", "Ruritanian Rowing Club:organization", "Ana Vidal"],
    rows: ["Tamba Front -released-> Ana Vidal"]
  },
  "positive: 'A thanked the deputy head of the rescue agency, B.' (the name ends the sentence) → A thanked B": {
    s: "Jonas Dahl thanked the deputy head of the rescue agency, Lena Roth.",
    m: ["Jonas Dahl", "Lena Roth"],
    rows: ["Jonas Dahl -thanked-> Lena Roth"]
  },
  "negative (a speech tag): 'A met the head of the union, B said' → no row": {
    s: "Jonas Dahl met the head of the union, Lena Roth said.",
    m: ["Jonas Dahl", "Lena Roth"],
    rows: []
  },
  "negative (a kin noun, though 'father' is also a priest's title): 'A met the father of the victim, B, …' → no row": {
    s: "Jonas Dahl met the father of the drowned boy, Kofi Boateng, on Monday.",
    m: ["Jonas Dahl", "Kofi Boateng"],
    rows: []
  },
  "negative (a possessive name): 'A met the head of the union, B's husband, …' → no row": {
    s: "Jonas Dahl met the head of the union, Lena Roth's husband, on Monday.",
    m: ["Jonas Dahl", "Lena Roth"],
    rows: []
  },
  "negative (a person inside the body): 'A met the envoy of President C, B, …' → not B": {
    s: "Jonas Dahl met the envoy of President Ana Vidal, Lena Roth, on Monday.",
    m: ["Jonas Dahl", "Ana Vidal", "Lena Roth"],
    rows: []
  }
};

describe("round 26: an office with its body, then its holder in commas, as the object", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
