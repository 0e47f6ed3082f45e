/**
 * Stage 07 on invented sentences (round 33): a person counted among a holder's captives. "B, a nurse, is among the hostages
 * A still keeps near the border", "B and C are among the hostages that A holds" → A held each. Not captives freed
 * by A (no holder after the noun), not a person holder, not a list of places.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "B, <apposition>, is among the hostages A still keeps near X → A held B": {
    s: "Jonas Eke, a nurse from Tarn, is among the hostages the Red Hand still keeps near the border.",
    m: ["Jonas Eke", "Tarn:place", "Red Hand:group"],
    rows: ["Red Hand -held-> Jonas Eke"],
    rule: "nominal-among-captives"
  },
  "Their uncle, B, is among the prisoners A still keeps → A held B": {
    s: "Their uncle, Jonas Eke, is among the prisoners the Coastal Brigade still keeps.",
    m: ["Jonas Eke", "Coastal Brigade:organization"],
    rows: ["Coastal Brigade -held-> Jonas Eke"]
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
    s: "Jonas Eke is among the detainees Pia Lund visited on Friday.",
    m: ["Jonas Eke", "Pia Lund"],
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
