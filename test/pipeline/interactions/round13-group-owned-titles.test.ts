/**
 * Stage 07 on invented sentences (round 13): an armed group's possessive before a role names the
 * person in apposition or right after it ("met the cartel's local boss, B" → met B), as a
 * country's or organisation's possessive already did. Without a named person the group stays.
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const ownedCases: Record<string, Case> = {
  "A met the <group>'s <role>, B, … → A met B": {
    s: "Ana Ruiz met the cartel's local boss, Ramon Vega, twice during the strike.",
    m: ["Ana Ruiz", "cartel:group", "Ramon Vega"],
    rows: ["Ana Ruiz -met-> Ramon Vega"]
  },
  "A visited <group>'s <role> B → A visited B": {
    s: "Ines Moura visited Red Hand's field commander Ramon Vega in the hills.",
    m: ["Ines Moura", "Red Hand:group", "Ramon Vega"],
    rows: ["Ines Moura -visited-> Ramon Vega"]
  },
  "negative: a plural after the possessive and no name keeps the group": {
    s: "Ana Ruiz met the cartel's rivals near the mine.",
    m: ["Ana Ruiz", "cartel:group"],
    rows: ["Ana Ruiz -met-> cartel"]
  },
  "negative: a name that opens a new clause ('…, B said') is no apposition": {
    s: "Ana Ruiz met the cartel's boss in the port, Ramon Vega said.",
    m: ["Ana Ruiz", "cartel:group", "Ramon Vega"],
    rows: ["Ana Ruiz -met-> cartel"]
  }
};

describe("findInteractions: a role owned by an armed group names its holder", () => {
  it.each(Object.entries(ownedCases))("%s", (_label, c) => check(c));
});
