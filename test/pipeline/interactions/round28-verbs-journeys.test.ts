/**
 * Stage 07 on invented sentences (round 28): more verbs of a person's journey to a named place. "A flew into X",
 * "A went straight to X", "A headed (straight) to / for X", "A drove to X", "A toured X" → A visited X. Negatives:
 * a team or a body heading somewhere (not a person), a trip to play ("toured … before the World Cup"), an object
 * that is no place ("flew into a rage", "headed to Eva Kral's office" names a person), a bare "went to X" (a life
 * story as often as a trip), and the ways home of freed captives the annotated sets read as no visit ("flew on
 * to X", "crossed into X", "landed in X"; session 33 reads an envoy's landing as a visit: session33-trips.test.ts).
 */
import {describe, it} from "vitest";
import {checkInteractions as check, type InteractionCase as Case} from "./check.ts";

const cases: Record<string, Case> = {
  "A flew into X → A visited X": {
    s: "Health Minister Rosa Ibarra flew into Trujillo on Sunday as the river crested.",
    m: ["Rosa Ibarra", "Trujillo:place"],
    rows: ["Rosa Ibarra -visited-> Trujillo"]
  },
  "A is flying into X (present) → A visited X (a plan)": {
    s: "Rosa Ibarra is flying into Trujillo on Monday, her office said.",
    m: ["Rosa Ibarra", "Trujillo:place"],
    rows: ["Rosa Ibarra -visited-> Trujillo"]
  },
  "A, who …, went straight to X → A visited X": {
    s: "Governor Tomas Lind, who landed before dawn, went straight to Kiruna to inspect the mine.",
    m: ["Tomas Lind", "Kiruna:place"],
    rows: ["Tomas Lind -visited-> Kiruna"]
  },
  "A headed to X → A visited X": {
    s: "After the earthquake, Interior Minister Selim Oz headed to Malatya with a team of engineers.",
    m: ["Selim Oz", "Malatya:place"],
    rows: ["Selim Oz -visited-> Malatya"]
  },
  "A headed for X → A visited X": {
    s: "Mayor Ines Duarte headed for Braga as soon as the strike was called off.",
    m: ["Ines Duarte", "Braga:place"],
    rows: ["Ines Duarte -visited-> Braga"]
  },
  "A drove to X → A visited X": {
    s: "The labour minister, Ana Vidal, drove to Setubal on Friday to talk to the dockers.",
    m: ["Ana Vidal", "Setubal:place"],
    rows: ["Ana Vidal -visited-> Setubal"]
  },
  "A will tour X → A visited X (planned)": {
    s: "President Omar Said will tour Kassala on Monday and meet flood victims.",
    m: ["Omar Said", "Kassala:place"],
    rows: ["Omar Said -visited-> Kassala"],
    modality: "planned"
  },
  "negative: a possessor is not the traveller ('B's wife flew into X')": {
    s: "Rosa Ibarra's husband flew into Trujillo on Sunday.",
    m: ["Rosa Ibarra", "Trujillo:place"],
    rows: []
  },
  "negative: a team heading to a country is no person's trip": {
    s: "The Kiruna mine rescue team headed to Norway on Monday.",
    m: ["Kiruna mine rescue team:organization", "Norway:country"],
    rows: []
  },
  "negative: a player touring a country before a tournament": {
    s: "Tomas Lind toured Spain before the World Cup.",
    m: ["Tomas Lind", "Spain:country"],
    rows: []
  },
  "negative: flew into a rage names no place": {
    s: "Tomas Lind flew into a rage when Kiruna was mentioned.",
    m: ["Tomas Lind", "Kiruna:place"],
    rows: []
  },
  "negative: headed to a person's office is no visit to a place": {
    s: "Tomas Lind headed to Ana Vidal's office.",
    m: ["Tomas Lind", "Ana Vidal"],
    rows: []
  },
  "negative: a bare 'went to X' is a life story as often as a trip": {
    s: "\"Ana Vidal went to Mali to teach children,\" her brother said.",
    m: ["Ana Vidal", "Mali:country"],
    rows: []
  },
  "negative: a freed captive flying on home": {
    s: "The freed engineer Ali Reza was put on a flight to Doha, from where he flew on to Tehran.",
    m: ["Ali Reza", "Doha:place", "Tehran:place"],
    rows: []
  }
};

describe("round 28 verbs: journeys to a place are visits", () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => check(c));
});
