/**
 * Stage 07 on invented sentences (round 33): thanks told from the side of the one thanked. "A received / got B's thanks
 * (for …)" → B thanked A. Not thanks never received, not thanks carried to a third party, not thanks from an unnamed crowd.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "At a dinner, A received B's thanks for his help → B thanked A": {
    s: "At a dinner in Tarn, Jonas Eke received Pia Lund's thanks for his help with the rescue.",
    m: ["Tarn:place", "Jonas Eke", "Pia Lund"],
    rows: ["Pia Lund -thanked-> Jonas Eke"],
    rule: "nominal-thanks-received"
  },
  "a body got a company's gratitude → the company thanked the body": {
    s: "The Velm Council got Acme Steel's gratitude for the quick repairs.",
    m: ["Velm Council:organization", "Acme Steel:organization"],
    rows: ["Acme Steel -thanked-> Velm Council"]
  },
  "A accepted B's thanks on behalf of the crew → B thanked A": {
    s: "Captain Omar Saleh accepted Mayor Ana Lee's thanks on behalf of the lifeboat crew.",
    m: ["Omar Saleh", "Ana Lee"],
    rows: ["Ana Lee -thanked-> Omar Saleh"]
  },
  "negative: thanks never received": {
    s: "Tom Berg never received Ana Lee's thanks.",
    m: ["Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: thanks from an unnamed crowd": {
    s: "Tom Berg received thanks from the crowd.",
    m: ["Tom Berg"],
    rows: []
  }
};

describe("stage 07, round 33: thanks received", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
