/**
 * Stage 07 on invented sentences (round 33): a call whose object is a long titled name. The phone word is looked for from
 * the end of the object, so "A spoke to <nationality> Prime Minister <four-word name> by telephone and thanked him" is the
 * thanks only, as it is with a short name. A call with no content stays a meeting; a meeting in person dated by an
 * earlier call stays a meeting.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A spoke to <title> <long name> by telephone and thanked him → thanked only": {
    s: "President Jonas Eke spoke to Norlandic Foreign Minister Pia Maria Lund van der Berg by telephone and thanked her for the rescue teams.",
    m: ["Jonas Eke", "Pia Maria Lund van der Berg"],
    rows: ["Jonas Eke -thanked-> Pia Maria Lund van der Berg"]
  },
  "A talked to <title> <long name> by phone and thanked her → thanked only": {
    s: "Governor Tom Berg talked to Velmari Interior Minister Ana Maria Lopez de Vega by phone and thanked her for the pumps.",
    m: ["Tom Berg", "Ana Maria Lopez de Vega"],
    rows: ["Tom Berg -thanked-> Ana Maria Lopez de Vega"]
  },
  "A spoke to <title> <long name> by telephone and promised him help → promised only": {
    s: "Mayor Ana Lee spoke to Velmari Deputy Prime Minister Omar Abdel Karim al-Rashid by telephone and promised him two fire engines.",
    m: ["Ana Lee", "Omar Abdel Karim al-Rashid"],
    rows: ["Ana Lee -promised-> Omar Abdel Karim al-Rashid"]
  },
  "negative: a call with no content stays a meeting": {
    s: "Prime Minister Tom Berg spoke to Velmari Prime Minister Omar Abdel Karim al-Rashid by telephone on Monday.",
    m: ["Tom Berg", "Omar Abdel Karim al-Rashid"],
    rows: ["Tom Berg -met-> Omar Abdel Karim al-Rashid"]
  },
  "negative: a meeting in person after a phone call stays a meeting beside the thanks": {
    s: "Tom Berg met Velmari Prime Minister Omar Abdel Karim al-Rashid in Orsk after their phone call last week and thanked him.",
    m: ["Tom Berg", "Omar Abdel Karim al-Rashid", "Orsk:place"],
    rows: ["Tom Berg -met-> Omar Abdel Karim al-Rashid", "Tom Berg -thanked-> Omar Abdel Karim al-Rashid"]
  }
};

describe("stage 07, round 33: calls to long titled names", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
