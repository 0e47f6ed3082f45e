/**
 * Stage 07 on invented sentences (round 32):
 * - a meeting told as time shut in a room together or as an appointment: "A spent more than three hours closeted with
 *   B", "A has a second appointment with B at the ministry on Wednesday" → A met B (persons only);
 * - a demand to be put through to someone: "A repeatedly demanded to speak with President B" → A asked B.
 * Not with lawyers or a dentist unnamed, not with a media outlet, not an appointment denied.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A spent about two hours closeted with the harbour master, B, at a hotel' → A met B": {
    s: "The fishermen's spokeswoman, Mara Tull, spent about two hours closeted with the harbour master, Lars Eng, at a hotel near the port.",
    m: ["Mara Tull", "Lars Eng"],
    rows: ["Mara Tull -met-> Lars Eng"]
  },
  "positive: 'A was closeted with B for three hours' → A met B": {
    s: "The mediator, Ines Vidal, was closeted with Jorge Pinto for three hours on Monday.",
    m: ["Ines Vidal", "Jorge Pinto"],
    rows: ["Ines Vidal -met-> Jorge Pinto"]
  },
  "positive: 'A had a further appointment with B at her office last Thursday' → A met B": {
    s: "The contractor Lars Eng had a further appointment with Councillor Mara Tull at her office in Brisk last Thursday.",
    m: ["Lars Eng", "Mara Tull", "Brisk:place"],
    rows: ["Lars Eng -met-> Mara Tull"]
  },
  "positive: 'A insisted on speaking to Premier B throughout the standoff' → A asked B": {
    s: "Throughout the standoff the hijacker, Piet Vos, insisted on speaking to Premier Mara Tull.",
    m: ["Piet Vos", "Mara Tull"],
    rows: ["Piet Vos -asked-> Mara Tull"]
  },
  "negative (mend 32 F5, the passive: 'A was asked to speak to B about the strike'): A asked no one": {
    s: "The shop steward, Rosa Quint, was asked to speak to Jorge Pinto about the overtime ban.",
    m: ["Rosa Quint", "Jorge Pinto"],
    rows: []
  },
  "negative (mend 32 F12, a missed appointment: 'A had an appointment with B but never turned up'): no meeting": {
    s: "The contractor Lars Eng had an appointment with Councillor Mara Tull on Tuesday but never turned up.",
    m: ["Lars Eng", "Mara Tull"],
    rows: []
  },
  "negative (a media outlet: 'demanded to speak to the BBC'): no row": {
    s: "Tom Hale demanded to speak to the BBC.",
    m: ["Tom Hale", "BBC:media"],
    rows: []
  },
  "negative (no actor: 'was closeted with his lawyers all day'): no row": {
    s: "Tom Hale was closeted with his lawyers all day while Otto Berg waited.",
    m: ["Tom Hale", "Otto Berg"],
    rows: []
  },
  "negative (denied: 'A never had an appointment with B'): no row": {
    s: "Ana Lee said she never had an appointment with Tom Hale.",
    m: ["Ana Lee", "Tom Hale"],
    rows: []
  }
};

describe("findInteractions: round 32 closeted meetings, appointments and demands to speak", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
