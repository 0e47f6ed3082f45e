/**
 * Stage 07 on invented sentences (session 28): calls told with a purpose.
 * - A purpose of courtesy that no interaction type tells ("to congratulate him", "to offer condolences", "to
 *   apologise") leaves a telephone call a meeting, after "phoned" and after "called / rang" (model
 *   interaction-calls.ts CALL_COURTESY_*; calls.ts courtesyAt, talkPurposeAfter).
 * - "A called / rang B (on Tuesday) to thank / urge / reassure him" is A's call, so the infinitive is A's act,
 *   reported, not one asked of B (events/called-to-act.ts; model CALLED_CONTENT_PURPOSES, CALLED_OBJECT_PRONOUNS).
 * Negatives: "called on B to thank C" (a request), "called B to testify" (a summons), "called B a liar", "called
 * its members to thank the volunteers" (the purpose's object is someone else), a purpose after a full stop.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "positive: 'A called B on Friday evening to thank him' → A thanked B, reported": {
    s: "Mayor Ines Calder called Rafael Ostby on Friday evening to thank him, her office said.",
    m: ["Ines Calder", "Rafael Ostby"],
    rows: ["Ines Calder -thanked-> Rafael Ostby"],
    modality: "reported"
  },
  "positive: 'A rang B to urge him to reopen the mill' → A called on B": {
    s: "Union leader Petra Vane rang Olaf Brandt on Monday to urge him to reopen the mill.",
    m: ["Petra Vane", "Olaf Brandt"],
    rows: ["Petra Vane -called_on-> Olaf Brandt"],
    modality: "reported"
  },
  "positive: 'A called B to congratulate her on her re-election' → A met B": {
    s: "Governor Tomas Elling called Senator Marta Quist to congratulate her on her re-election.",
    m: ["Tomas Elling", "Marta Quist"],
    rows: ["Tomas Elling -met-> Marta Quist"]
  },
  "positive: 'A called B to offer condolences' → A met B": {
    s: "Premier Aldo Fenn called Mayor Rosa Kettel on Sunday to offer condolences after the flood.",
    m: ["Aldo Fenn", "Rosa Kettel"],
    rows: ["Aldo Fenn -met-> Rosa Kettel"]
  },
  "positive: 'A phoned B to offer his sympathy' → A met B": {
    s: "Aldo Fenn phoned Rosa Kettel late on Sunday to offer his sympathy to the town.",
    m: ["Aldo Fenn", "Rosa Kettel"],
    rows: ["Aldo Fenn -met-> Rosa Kettel"]
  },
  "negative: 'called on B to thank C' asks B, no call of thanks": {
    s: "Ines Calder called on Rafael Ostby to thank the groundsmen.",
    m: ["Ines Calder", "Rafael Ostby"],
    rows: ["Ines Calder -called_on-> Rafael Ostby"]
  },
  "negative: 'called B to testify' is a summons, no row": {
    s: "The judge, Ines Calder, called Rafael Ostby to testify on Monday.",
    m: ["Ines Calder", "Rafael Ostby"],
    rows: []
  },
  "negative: 'called B a liar' is no call": {
    s: "Ines Calder called Rafael Ostby a liar on Monday.",
    m: ["Ines Calder", "Rafael Ostby"],
    rows: []
  },
  "negative: 'called its members to thank C': the purpose's object is not the one called, no thanks by A": {
    s: "Ines Calder called the club's members to thank Rafael Ostby.",
    m: ["Ines Calder", "Rafael Ostby"],
    rows: []
  },
  "negative: 'phoned B to offer him a job' is an offer, no meeting": {
    s: "Ines Calder phoned Rafael Ostby to offer him a job at the club.",
    m: ["Ines Calder", "Rafael Ostby"],
    rows: []
  }
};

describe("stage 07 (session 28): calls with a purpose", () => {
  for (const [label, c] of Object.entries(cases)) it(label, () => check(c));
});
