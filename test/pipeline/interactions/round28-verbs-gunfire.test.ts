/**
 * Stage 07 on invented sentences (round 28): an attack told as gunfire. "A opened fire on B", "A fired on / at B" → A
 * attacked B. Negatives: shots at goal or at a keeper in a final, "fired on all cylinders" (no one fired on), a dismissal ("fired B").
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A opened fire on B → A attacked B": {
    s: "The Sierra Front opened fire on Nigerien soldiers near Tillaberi on Sunday.",
    m: ["Sierra Front:group", "Nigerien soldiers:group", "Tillaberi:place"],
    rows: ["Sierra Front -attacked-> Nigerien soldiers"]
  },
  "A fired on B → A attacked B": {
    s: "Gunmen of the Red Dawn militia fired on the mayor, Ines Duarte, as she left the town hall.",
    m: ["Red Dawn:group", "Ines Duarte"],
    rows: ["Red Dawn -attacked-> Ines Duarte"]
  },
  "A fired at B → A attacked B": {
    s: "North Korea fired at South Korea's border guards, Seoul said.",
    m: ["North Korea:country", "South Korea:country", "Seoul:place"],
    rows: ["North Korea -attacked-> South Korea"]
  },
  "negative: shots at goal in a final": {
    s: "Omar Said fired at goal twice against Benfica in the cup final.",
    m: ["Omar Said", "Benfica:organization"],
    rows: []
  },
  "negative: a shot at a keeper in a final": {
    s: "Omar Said fired at Benfica's keeper in the cup final.",
    m: ["Omar Said", "Benfica:organization"],
    rows: []
  },
  "negative: fired on all cylinders": {
    s: "Porto fired on all cylinders against Benfica.",
    m: ["Porto:organization", "Benfica:organization"],
    rows: []
  },
  "negative: a dismissal": {
    s: "Ines Duarte fired Omar Said on Monday.",
    m: ["Ines Duarte", "Omar Said"],
    rows: []
  }
};

describe("round 28 verbs: gunfire is an attack", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
