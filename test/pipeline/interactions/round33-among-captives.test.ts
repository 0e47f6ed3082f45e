/**
 * Stage 07 on invented sentences (round 33): a person counted among a holder's captives. "B, 61, is among the captives the
 * Delta Front still keeps in the hills", "B and C are among the hostages that A holds" → A held each. Not captives freed
 * by A (no holder after the noun), not a person holder, not a list of places.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, <age>, is among the captives A still keeps in X → A held B": {
    s: "Tom Berg, 61, is among the captives the Delta Front still keeps in the hills.",
    m: ["Tom Berg", "Delta Front:organization"],
    rows: ["Delta Front -held-> Tom Berg"],
    rule: "nominal-among-captives"
  },
  "His father, B, is among the captives A still keeps → A held B": {
    s: "His father, Tom Berg, is among the captives the Delta Front still keeps.",
    m: ["Tom Berg", "Delta Front:organization"],
    rows: ["Delta Front -held-> Tom Berg"]
  },
  "B and C are among the hostages that A holds → A held both": {
    s: "Tom Berg and Ana Lee are among the hostages that the Red Hand holds.",
    m: ["Tom Berg", "Ana Lee", "Red Hand:group"],
    rows: ["Red Hand -held-> Tom Berg", "Red Hand -held-> Ana Lee"]
  },
  "negative: among the hostages freed by A": {
    s: "Tom Berg is among the hostages freed by the Red Hand.",
    m: ["Tom Berg", "Red Hand:group"],
    rows: []
  },
  "negative: among the captives a person visited (no holder, no hold)": {
    s: "Tom Berg is among the captives Ana Lee visited on Monday.",
    m: ["Tom Berg", "Ana Lee"],
    rows: []
  },
  "negative: among the prisoners a state released": {
    s: "Tom Berg is among the prisoners Velmar released on Monday.",
    m: ["Tom Berg", "Velmar:country"],
    rows: ["Velmar -released-> Tom Berg"]
  }
};

describe("stage 07, round 33: among a holder's captives", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
