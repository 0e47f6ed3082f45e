/**
 * Stage 07 on invented sentences (round 14): thanks to unnamed officials of a nationality
 * ("to thank Kenyan officials") thank no country, as "to plead with Kenyan officials" pleads
 * with none; a country thanked by name still is.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "negative: A flew to X to thank Kenyan officials → A visited X, no thanks to Kenya": {
    s: "Ana Ruiz flew to Mombasa in June to thank Kenyan officials for the rescue.",
    m: ["Ana Ruiz", "Mombasa:place", "Kenyan:country"],
    rows: ["Ana Ruiz -visited-> Mombasa"]
  },
  "negative: thanked Chilean envoys names no country": {
    s: "The freed sailor Tomas Vik thanked Chilean envoys on the quay.",
    m: ["Tomas Vik", "Chilean:country"],
    rows: []
  },
  "A thanked Kenya for … → thanked Kenya": {
    s: "Ana Ruiz thanked Kenya for the rescue.",
    m: ["Ana Ruiz", "Kenya:country"],
    rows: ["Ana Ruiz -thanked-> Kenya"]
  },
  "A thanked Kenyan President B → thanked B": {
    s: "Ana Ruiz thanked Kenyan President Joseph Mwangi for the rescue.",
    m: ["Ana Ruiz", "Kenyan:country", "Joseph Mwangi"],
    rows: ["Ana Ruiz -thanked-> Joseph Mwangi"]
  }
};

describe("findInteractions: thanks to unnamed officials of a nationality", () => {
  it.each(Object.entries(cases))("%s", (_label, c) => check(c));
});
