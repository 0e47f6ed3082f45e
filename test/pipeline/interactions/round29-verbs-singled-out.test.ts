/**
 * Stage 07 on invented sentences (round 29, verb classes of criticism and thanks): "A singled out B for criticism /
 * blame" → A criticized B; "A singled out B for thanks / gratitude" → A thanked B. The noun after "for" names the act.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "singled out a person for criticism → criticized": {
    s: "Auditor Ruth Gale singled out Tom Hale for criticism over the missing funds.",
    m: ["Ruth Gale", "Tom Hale"],
    rows: ["Ruth Gale -criticized-> Tom Hale"]
  },
  "singled a body out for blame → criticized": {
    s: "Senator Ruth Gale singled the Port Authority out for blame.",
    m: ["Ruth Gale", "Port Authority:organization"],
    rows: ["Ruth Gale -criticized-> Port Authority"]
  },
  "singled out a country for thanks → thanked": {
    s: "President Ana Costa singled out Norway for thanks after the rescue.",
    m: ["Ana Costa", "Norway:country"],
    rows: ["Ana Costa -thanked-> Norway"]
  },
  "singled out a person for special gratitude → thanked": {
    s: "The freed engineer, Omar Faye, singled out Bishop Luca Ferri for special gratitude.",
    m: ["Omar Faye", "Luca Ferri"],
    rows: ["Omar Faye -thanked-> Luca Ferri"]
  },
  "negative: singled out for praise (praise alone is no row)": {
    s: "Ruth Gale singled out Tom Hale for praise.",
    m: ["Ruth Gale", "Tom Hale"],
    rows: []
  },
  "negative: a coach singling out a player after a final (sport)": {
    s: "Coach Rui Vale singled out Leo Duarte for criticism after the final.",
    m: ["Rui Vale", "Leo Duarte"],
    rows: []
  },
  "negative: singled out for promotion (another noun)": {
    s: "Ana Costa singled out Tom Hale for promotion.",
    m: ["Ana Costa", "Tom Hale"],
    rows: []
  }
};

describe("round 29 verbs: singled out for criticism or thanks", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
