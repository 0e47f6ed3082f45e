/**
 * Stage 07 on invented sentences (round 34): a go-between named with its acronym in brackets after the talks it served.
 * "talks between B and C, with the X Federation (XF) acting as go-between" → the Federation mediated B and C. Not with
 * no go-between's participle, not with no talks before.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "talks between B and C, with M (ACR) acting as go-between → M mediated both": {
    s: "The lockout was lifted following negotiations between Lise Dahl and Karl Moss, with the Orlen Pilots Guild (OPG) acting as go-between.",
    m: ["Lise Dahl", "Karl Moss", "Orlen Pilots Guild:organization", "OPG:organization"],
    rows: ["Lise Dahl -negotiated-> Karl Moss", "Lise Dahl -met-> Karl Moss", "Orlen Pilots Guild -mediated-> Lise Dahl", "Orlen Pilots Guild -mediated-> Karl Moss"]
  },
  "B met C, with M (ACR) mediating → M mediated both": {
    s: "Pia Lund met Omar Saleh in Velm on Monday, with the Harbour Council (HC) mediating.",
    m: ["Pia Lund", "Omar Saleh", "Velm:place", "Harbour Council:organization", "HC:organization"],
    rows: ["Pia Lund -met-> Omar Saleh", "Harbour Council -mediated-> Pia Lund", "Harbour Council -mediated-> Omar Saleh"]
  },
  "negative: a bracketed body watching, no go-between": {
    s: "Pia Lund met Omar Saleh in Velm on Monday, with the Harbour Council (HC) watching.",
    m: ["Pia Lund", "Omar Saleh", "Velm:place", "Harbour Council:organization", "HC:organization"],
    rows: ["Pia Lund -met-> Omar Saleh"]
  },
  "negative: no meeting or talks before the go-between": {
    s: "The lockout went on, with the Orlen Pilots Guild (OPG) acting as go-between.",
    m: ["Orlen Pilots Guild:organization", "OPG:organization"],
    rows: []
  }
};

describe("stage 07, round 34: a bracketed go-between after the talks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
