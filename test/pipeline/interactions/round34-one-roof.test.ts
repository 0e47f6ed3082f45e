/**
 * Stage 07 on invented sentences (round 34): a host's mediation told by the roof. "A received B and C under one roof" → A
 * mediated B and C (not met each); one side may be unnamed. A gathering verb ("brought B and C under one roof") only with
 * talks told. Not a host's guest alone, not a firm's plants, not two people living together.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A received B and C under one roof → A mediated both": {
    s: "Archbishop Lena Ortiz received Tom Berg and Omar Saleh under one roof on Friday.",
    m: ["Lena Ortiz", "Tom Berg", "Omar Saleh"],
    rows: ["Lena Ortiz -mediated-> Tom Berg", "Lena Ortiz -mediated-> Omar Saleh"]
  },
  "an unnamed side and a named one → A mediated the named one": {
    s: "The mayor, Lena Ortiz, received the strikers' delegation and Omar Saleh under one roof.",
    m: ["Lena Ortiz", "Omar Saleh"],
    rows: ["Lena Ortiz -mediated-> Omar Saleh"]
  },
  "a body hosted two bodies under the same roof for talks → mediated": {
    s: "The Velmar Chamber of Commerce hosted the Dock Workers Union and Harbour Lines under the same roof for wage talks last week.",
    m: ["Velmar Chamber of Commerce:organization", "Dock Workers Union:organization", "Harbour Lines:organization"],
    rows: ["Velmar Chamber of Commerce -mediated-> Dock Workers Union", "Velmar Chamber of Commerce -mediated-> Harbour Lines"]
  },
  "brought B and C under one roof for talks → mediated, and B met C": {
    s: "Pia Lund brought Tom Berg and Omar Saleh under one roof for talks on the strike.",
    m: ["Pia Lund", "Tom Berg", "Omar Saleh"],
    rows: ["Pia Lund -mediated-> Tom Berg", "Pia Lund -mediated-> Omar Saleh", "Tom Berg -met-> Omar Saleh"]
  },
  "negative: one guest under one roof stays a meeting": {
    s: "Lena Ortiz hosted Tom Berg under one roof with his staff.",
    m: ["Lena Ortiz", "Tom Berg"],
    rows: ["Lena Ortiz -met-> Tom Berg"]
  },
  "negative: a firm brought two managers under one roof with no talks": {
    s: "Acme Steel brought Tom Berg and Omar Saleh under one roof at its new headquarters.",
    m: ["Acme Steel:organization", "Tom Berg", "Omar Saleh"],
    rows: []
  },
  "negative: two people living under one roof": {
    s: "Pia Lund and Omar Saleh lived under one roof for years.",
    m: ["Pia Lund", "Omar Saleh"],
    rows: []
  },
  "negative: received B and C at her home stays two meetings": {
    s: "Lena Ortiz received Tom Berg and Omar Saleh at her home on Friday.",
    m: ["Lena Ortiz", "Tom Berg", "Omar Saleh"],
    rows: ["Lena Ortiz -met-> Tom Berg", "Lena Ortiz -met-> Omar Saleh"]
  }
};

describe("stage 07, round 34: mediation told by one roof", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
